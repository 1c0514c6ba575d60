//! Retries with exponential backoff and jitter, honouring Retry-After.
//!
//! The loop is generic over the attempt so that its timing is tested on tokio's paused clock
//! with scripted failures, apart from any network.

use std::future::Future;
use std::time::Duration;

use rand::Rng;
use rand_chacha::ChaCha8Rng;

use super::LlmConfig;

/// The kind of a failed call, stored in `llm_calls.status` as its `Display` text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CallFailure {
    /// The server answered with this HTTP status (`http_429`, `http_500`, ...).
    Http(u16),
    /// No reply within the timeout (`timeout`).
    Timeout,
    /// The connection was refused (`refused`).
    Refused,
    /// The connection broke (`connection`).
    Connection,
    /// The reply is not JSON (`invalid_json`).
    InvalidJson,
    /// The reply has no choices (`empty_choices`).
    EmptyChoices,
    /// No endpoint can take the request (`endpoints_down`).
    EndpointsDown,
}

impl std::fmt::Display for CallFailure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            CallFailure::Http(code) => write!(f, "http_{code}"),
            CallFailure::Timeout => f.write_str("timeout"),
            CallFailure::Refused => f.write_str("refused"),
            CallFailure::Connection => f.write_str("connection"),
            CallFailure::InvalidJson => f.write_str("invalid_json"),
            CallFailure::EmptyChoices => f.write_str("empty_choices"),
            CallFailure::EndpointsDown => f.write_str("endpoints_down"),
        }
    }
}

impl std::str::FromStr for CallFailure {
    type Err = String;

    fn from_str(s: &str) -> Result<CallFailure, String> {
        Ok(match s {
            "timeout" => CallFailure::Timeout,
            "refused" => CallFailure::Refused,
            "connection" => CallFailure::Connection,
            "invalid_json" => CallFailure::InvalidJson,
            "empty_choices" => CallFailure::EmptyChoices,
            "endpoints_down" => CallFailure::EndpointsDown,
            _ => match s.strip_prefix("http_").map(str::parse::<u16>) {
                Some(Ok(code)) => CallFailure::Http(code),
                _ => {
                    return Err(format!(
                        "unknown llm call status {s:?} (expected ok, http_CODE, timeout, \
                         refused, connection, invalid_json, empty_choices or endpoints_down)"
                    ));
                }
            },
        })
    }
}

/// How an LLM call ended: `ok`, or how it failed. Stored in `llm_calls.status` as its
/// `Display` text (`ok`, `http_429`, `timeout`, ...), read back with `FromStr`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CallStatus {
    /// A reply came.
    Ok,
    /// No reply, after the retries.
    Failed(CallFailure),
}

impl std::fmt::Display for CallStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            CallStatus::Ok => f.write_str("ok"),
            CallStatus::Failed(kind) => kind.fmt(f),
        }
    }
}

impl std::str::FromStr for CallStatus {
    type Err = String;

    fn from_str(s: &str) -> Result<CallStatus, String> {
        match s {
            "ok" => Ok(CallStatus::Ok),
            _ => s.parse().map(CallStatus::Failed),
        }
    }
}

impl serde::Serialize for CallStatus {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> serde::Deserialize<'de> for CallStatus {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<CallStatus, D::Error> {
        String::deserialize(d)?
            .parse()
            .map_err(serde::de::Error::custom)
    }
}

/// How one attempt failed.
#[derive(Clone, Debug, PartialEq)]
pub struct Failure {
    /// What kind of failure.
    pub kind: CallFailure,
    /// What happened, in words, with the endpoint's name.
    pub message: String,
    /// Worth another attempt (429, 5xx, 408, timeouts, refused or broken connections).
    pub retryable: bool,
    /// The server's Retry-After, if it sent one.
    pub retry_after: Option<Duration>,
}

impl Failure {
    /// A failure that another attempt will not fix.
    pub fn fatal(kind: CallFailure, message: String) -> Failure {
        Failure {
            kind,
            message,
            retryable: false,
            retry_after: None,
        }
    }

    /// A transient failure.
    pub fn transient(kind: CallFailure, message: String, retry_after: Option<Duration>) -> Failure {
        Failure {
            kind,
            message,
            retryable: true,
            retry_after,
        }
    }
}

/// The retry budget and backoff of `[llm]`.
#[derive(Clone, Debug, PartialEq)]
pub struct RetryPolicy {
    /// Retries after the first attempt.
    pub retries: u32,
    /// First backoff.
    pub base: Duration,
    /// Longest backoff; also caps Retry-After.
    pub max: Duration,
}

impl RetryPolicy {
    /// The policy of `cfg`.
    pub fn new(cfg: &LlmConfig) -> RetryPolicy {
        RetryPolicy {
            retries: cfg.retries,
            base: Duration::from_secs_f64(cfg.backoff_s),
            max: Duration::from_secs_f64(cfg.max_backoff_s),
        }
    }

    /// The wait before retry number `retry` (1-based): `base * 2^(retry-1)` scaled by `jitter`
    /// in [0.5, 1), capped at `max`, and never shorter than the server's Retry-After (itself
    /// capped at `max`, so a hostile header cannot park the run).
    pub fn delay(&self, retry: u32, jitter: f64, retry_after: Option<Duration>) -> Duration {
        let exp = 2f64.powi(retry.saturating_sub(1).min(30) as i32);
        let backoff = self.base.mul_f64(exp * jitter).min(self.max);
        match retry_after {
            Some(ra) => backoff.max(ra.min(self.max)),
            None => backoff,
        }
    }
}

/// The jitter factor for one retry, in [0.5, 1).
pub fn jitter(rng: &mut ChaCha8Rng) -> f64 {
    0.5 + 0.5 * rng.random::<f64>()
}

/// Runs `attempt(n)` for n = 0, 1, ... until it succeeds, fails for good, or the budget is
/// spent, sleeping [`RetryPolicy::delay`] between attempts. Returns the result and the number
/// of attempts made.
pub async fn retry<T, F, Fut>(
    policy: &RetryPolicy,
    rng: &mut ChaCha8Rng,
    mut attempt: F,
) -> (Result<T, Failure>, u32)
where
    F: FnMut(u32) -> Fut,
    Fut: Future<Output = Result<T, Failure>>,
{
    let mut n = 0;
    loop {
        match attempt(n).await {
            Ok(v) => return (Ok(v), n + 1),
            Err(f) if f.retryable && n < policy.retries => {
                n += 1;
                let wait = policy.delay(n, jitter(rng), f.retry_after);
                tokio::time::sleep(wait).await;
            }
            Err(f) => return (Err(f), n + 1),
        }
    }
}

/// Parses a Retry-After header: delay-seconds (fractions tolerated). HTTP dates are ignored
/// (the backoff applies): they need a clock the server and we agree on.
pub fn parse_retry_after(value: &str) -> Option<Duration> {
    let secs: f64 = value.trim().parse().ok()?;
    (secs.is_finite() && secs >= 0.0).then(|| Duration::from_secs_f64(secs))
}

#[cfg(test)]
mod tests {
    use super::*;
    use rand::SeedableRng;
    use std::sync::{Arc, Mutex};
    use tokio::time::Instant;

    fn policy() -> RetryPolicy {
        RetryPolicy {
            retries: 4,
            base: Duration::from_secs(1),
            max: Duration::from_secs(60),
        }
    }

    /// Scripted attempts on the paused clock: each gap equals the policy's delay for the jitter
    /// the same seeded RNG draws, and Retry-After wins when it is longer.
    #[tokio::test(start_paused = true)]
    async fn backoff_and_retry_after_timing() {
        let script = [
            Err(Failure::transient(
                CallFailure::Http(429),
                "slow down".into(),
                Some(Duration::from_secs(7)),
            )),
            Err(Failure::transient(
                CallFailure::Http(500),
                "oops".into(),
                None,
            )),
            Err(Failure::transient(
                CallFailure::Timeout,
                "late".into(),
                None,
            )),
            Ok("done"),
        ];
        let times = Arc::new(Mutex::new(Vec::new()));
        let t0 = Instant::now();
        let mut rng = ChaCha8Rng::seed_from_u64(5);
        let (result, attempts) = retry(&policy(), &mut rng, |n| {
            let times = times.clone();
            let r = script[n as usize].clone();
            async move {
                times.lock().unwrap().push(t0.elapsed());
                r
            }
        })
        .await;
        assert_eq!(result, Ok("done"));
        assert_eq!(attempts, 4);
        let mut expect = ChaCha8Rng::seed_from_u64(5);
        let d1 = policy().delay(1, jitter(&mut expect), Some(Duration::from_secs(7)));
        let d2 = policy().delay(2, jitter(&mut expect), None);
        let d3 = policy().delay(3, jitter(&mut expect), None);
        assert_eq!(
            d1,
            Duration::from_secs(7),
            "Retry-After beats a 0.5-1 s backoff"
        );
        assert!(d2 >= Duration::from_secs(1) && d2 < Duration::from_secs(2));
        assert!(d3 >= Duration::from_secs(2) && d3 < Duration::from_secs(4));
        let times = times.lock().unwrap().clone();
        assert_eq!(times.len(), 4);
        assert_eq!(times[0], Duration::ZERO);
        // tokio's timer has millisecond resolution: each sleep ends within 1 ms after its delay.
        for (gap, want) in times.windows(2).map(|w| w[1] - w[0]).zip([d1, d2, d3]) {
            assert!(
                gap >= want && gap - want < Duration::from_millis(1),
                "{gap:?} vs {want:?}"
            );
        }
    }

    #[tokio::test(start_paused = true)]
    async fn the_budget_ends_and_fatal_failures_do_not_retry() {
        let mut rng = ChaCha8Rng::seed_from_u64(1);
        let t0 = Instant::now();
        let (r, n) = retry(&policy(), &mut rng, |_| async {
            Err::<(), _>(Failure::transient(CallFailure::Refused, "no".into(), None))
        })
        .await;
        assert_eq!(r.unwrap_err().kind, CallFailure::Refused);
        assert_eq!(n, 5, "the first attempt and four retries");
        // 0.5+1+2+4 <= waited < 1+2+4+8 seconds.
        assert!(
            t0.elapsed() >= Duration::from_millis(7500) && t0.elapsed() < Duration::from_secs(15)
        );

        let t0 = Instant::now();
        let (r, n) = retry(&policy(), &mut rng, |_| async {
            Err::<(), _>(Failure::fatal(
                CallFailure::Http(401),
                "unauthorised".into(),
            ))
        })
        .await;
        assert_eq!((r.unwrap_err().kind.to_string(), n), ("http_401".into(), 1));
        assert_eq!(t0.elapsed(), Duration::ZERO);
    }

    #[test]
    fn call_statuses_read_back_from_their_text() {
        let all = [
            CallStatus::Ok,
            CallStatus::Failed(CallFailure::Http(429)),
            CallStatus::Failed(CallFailure::Timeout),
            CallStatus::Failed(CallFailure::Refused),
            CallStatus::Failed(CallFailure::Connection),
            CallStatus::Failed(CallFailure::InvalidJson),
            CallStatus::Failed(CallFailure::EmptyChoices),
            CallStatus::Failed(CallFailure::EndpointsDown),
        ];
        for s in all {
            assert_eq!(s.to_string().parse::<CallStatus>(), Ok(s));
        }
        assert_eq!(all[1].to_string(), "http_429");
        assert_eq!(all[7].to_string(), "endpoints_down");
        for bad in ["http_", "http_x", "nope", ""] {
            assert!(bad.parse::<CallStatus>().is_err(), "{bad}");
        }
    }

    #[test]
    fn delays_are_capped() {
        let p = policy();
        assert_eq!(p.delay(20, 0.99, None), Duration::from_secs(60));
        assert_eq!(
            p.delay(1, 0.5, Some(Duration::from_secs(3600))),
            Duration::from_secs(60),
            "a hostile Retry-After is capped"
        );
        assert_eq!(parse_retry_after(" 2 "), Some(Duration::from_secs(2)));
        assert_eq!(parse_retry_after("1.5"), Some(Duration::from_millis(1500)));
        assert_eq!(parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT"), None);
        assert_eq!(parse_retry_after("-1"), None);
    }
}
