//! The async client for OpenAI-compatible servers: `/v1/chat/completions` and
//! `/v1/completions`, weighted endpoint choice, a ceiling on requests in flight per endpoint,
//! retries, resting of failing endpoints, and the provenance record of every call.

use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::time::Duration;

use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use serde_json::{Value, json};
use thiserror::Error;
use tokio::sync::Semaphore;
use tokio::time::Instant;

use super::logprobs::{self, TokenLogprob};
use super::retry::{CallFailure, CallStatus, Failure, RetryPolicy, parse_retry_after, retry};
use super::{Api, EndpointConfig, Grammar, LlmConfig};
use crate::mutate::LlmCall;

/// The most bytes of a server's error body quoted in a message.
const QUOTE: usize = 300;

/// The client cannot be built.
#[derive(Debug, Error)]
pub enum ClientError {
    /// An endpoint's `api_key_env` names a variable that is not set.
    #[error(
        "llm.endpoints[{index}].api_key_env: the environment variable {var} is not set; export it or remove the key"
    )]
    MissingKey {
        /// The endpoint's index.
        index: usize,
        /// The variable.
        var: String,
    },
    /// The HTTP client or its runtime cannot start.
    #[error("cannot start the HTTP client: {0}")]
    Start(String),
}

/// What a request asks for; the endpoint adds its model and sampling parameters.
#[derive(Clone, Debug, PartialEq)]
pub enum Request {
    /// Chat messages, `{"role", "content"}` each.
    Chat(Vec<Message>),
    /// A raw completion prompt, and the stop sequences its format needs (an endpoint's own
    /// `stop` replaces them).
    Completion {
        /// The prompt text.
        prompt: String,
        /// The format's stop sequences.
        stop: Vec<String>,
    },
}

/// One chat message.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Message {
    /// `system`, `user` or `assistant`.
    pub role: String,
    /// Its text.
    pub content: String,
}

impl Message {
    /// A message of `role`.
    pub fn new(role: &str, content: impl Into<String>) -> Message {
        Message {
            role: role.into(),
            content: content.into(),
        }
    }
}

impl Request {
    /// The API this request needs.
    pub fn api(&self) -> Api {
        match self {
            Request::Chat(_) => Api::Chat,
            Request::Completion { .. } => Api::Completions,
        }
    }

    /// The prompt as stored: the text, or the messages as JSON.
    pub fn stored_prompt(&self) -> String {
        match self {
            Request::Chat(m) => serde_json::to_string(m).unwrap_or_default(),
            Request::Completion { prompt, .. } => prompt.clone(),
        }
    }

    /// The format's stop sequences.
    fn stop(&self) -> &[String] {
        match self {
            Request::Chat(_) => &[],
            Request::Completion { stop, .. } => stop,
        }
    }
}

/// Live counters for the progress bar.
#[derive(Debug, Default)]
pub struct LlmStats {
    /// Requests being sent or awaited now.
    pub in_flight: AtomicUsize,
    /// Calls finished (any status).
    pub calls: AtomicU64,
    /// Calls that failed after their retries.
    pub failed_calls: AtomicU64,
    /// Attempts that were retried.
    pub retries: AtomicU64,
    /// Completion tokens received.
    pub completion_tokens: AtomicU64,
}

/// Decrements `in_flight` however the attempt ends.
struct InFlight<'a>(&'a AtomicUsize);

impl<'a> InFlight<'a> {
    fn enter(n: &'a AtomicUsize) -> InFlight<'a> {
        n.fetch_add(1, Ordering::SeqCst);
        InFlight(n)
    }
}

impl Drop for InFlight<'_> {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::SeqCst);
    }
}

/// An endpoint's recent record: failing endpoints rest.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Health {
    /// Failed attempts since the last success.
    pub consecutive_failures: u32,
    /// Resting until then.
    pub rest_until: Option<Instant>,
}

impl Health {
    /// Records a failed attempt at `now`: after `rest_after` in a row the endpoint rests for
    /// `rest`; a Retry-After rests it at least that long.
    pub fn failed(
        &mut self,
        now: Instant,
        rest_after: u32,
        rest: Duration,
        retry_after: Option<Duration>,
    ) {
        self.consecutive_failures += 1;
        let mut until = self.rest_until.filter(|t| *t > now);
        if self.consecutive_failures >= rest_after {
            until = until.max(Some(now + rest));
        }
        if let Some(ra) = retry_after {
            until = until.max(Some(now + ra.min(rest)));
        }
        self.rest_until = until;
    }

    /// Records a success.
    pub fn succeeded(&mut self) {
        *self = Health::default();
    }

    /// Resting at `now`?
    pub fn resting(&self, now: Instant) -> bool {
        self.rest_until.is_some_and(|t| t > now)
    }
}

/// An endpoint's state as a run sees it, for the progress bar and the stderr lines.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EndpointState {
    /// Its last attempt succeeded (or none was made).
    Ok,
    /// Its last attempts failed; it still gets requests.
    Failing,
    /// It failed too often in a row and gets no request until its rest ends.
    Resting,
}

impl EndpointState {
    /// The state of `h` at `now`.
    pub fn of(h: &Health, now: Instant) -> EndpointState {
        if h.resting(now) {
            EndpointState::Resting
        } else if h.consecutive_failures > 0 {
            EndpointState::Failing
        } else {
            EndpointState::Ok
        }
    }
}

impl std::fmt::Display for EndpointState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            EndpointState::Ok => "ok",
            EndpointState::Failing => "failing",
            EndpointState::Resting => "resting",
        })
    }
}

/// An endpoint's change of state, said once on stderr by the CLI.
#[derive(Clone, Debug, PartialEq)]
pub struct EndpointEvent {
    /// The endpoint's label.
    pub endpoint: String,
    /// The state it entered.
    pub state: EndpointState,
    /// Failed attempts in a row when it changed (for `Ok`: before it answered again).
    pub failures: u32,
    /// How long it rests, for `Resting`.
    pub rest: Option<Duration>,
    /// The last error, unless the state is `Ok`.
    pub error: Option<String>,
}

impl std::fmt::Display for EndpointEvent {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "endpoint {}: ", self.endpoint)?;
        match self.state {
            EndpointState::Ok => write!(
                f,
                "back: answered again after {} failed attempts",
                self.failures
            ),
            EndpointState::Failing => write!(
                f,
                "failing: {}",
                self.error.as_deref().unwrap_or("no answer")
            ),
            EndpointState::Resting => write!(
                f,
                "resting for {:.1} s after {} failed attempts in a row; last error: {}",
                self.rest.unwrap_or_default().as_secs_f64(),
                self.failures,
                self.error.as_deref().unwrap_or("no answer")
            ),
        }
    }
}

struct Endpoint {
    cfg: EndpointConfig,
    /// The bearer token, read from the environment at start; never logged or stored.
    key: Option<String>,
    slots: Semaphore,
    health: Mutex<Health>,
}

/// A reply's text and token counts.
#[derive(Clone, Debug, PartialEq)]
pub struct Reply {
    /// The text.
    pub text: String,
    /// Prompt tokens, if the server said.
    pub prompt_tokens: Option<u64>,
    /// Completion tokens, if the server said.
    pub completion_tokens: Option<u64>,
    /// Why generation stopped (`stop`, `length`, ...), if the server said.
    pub finish_reason: Option<String>,
    /// The alternatives of the first token with their log-probabilities, when the server sent
    /// them ([`logprobs::first_token`]).
    pub first_token: Option<Vec<TokenLogprob>>,
}

/// What a request asks the server to produce.
#[derive(Clone, Copy, Debug)]
enum Ask<'a> {
    /// Text of at most this many tokens, sampled with the endpoint's parameters, shaped by the
    /// grammar if any (sent to endpoints that take one).
    Text(u32, Option<&'a Grammar>),
    /// One token at temperature 0, with this many alternatives and their log-probabilities.
    Logprobs(u32),
}

/// The client: endpoints, their slots and health, the retry policy.
pub struct Client {
    endpoints: Vec<Endpoint>,
    policy: RetryPolicy,
    rest_after: u32,
    rest: Duration,
    http: reqwest::Client,
    stats: LlmStats,
    down: Mutex<Option<String>>,
    events: Mutex<Vec<EndpointEvent>>,
}

impl Client {
    /// A client for `cfg`; reads each endpoint's API key from its environment variable now.
    pub fn new(cfg: &LlmConfig) -> Result<Client, ClientError> {
        let mut endpoints = Vec::with_capacity(cfg.endpoints.len());
        for (index, e) in cfg.endpoints.iter().enumerate() {
            let key = match &e.api_key_env {
                Some(var) => Some(std::env::var(var).map_err(|_| ClientError::MissingKey {
                    index,
                    var: var.clone(),
                })?),
                None => None,
            };
            endpoints.push(Endpoint {
                cfg: e.clone(),
                key,
                slots: Semaphore::new(e.max_in_flight),
                health: Mutex::new(Health::default()),
            });
        }
        let http = reqwest::Client::builder()
            .user_agent(concat!("elmer/", env!("CARGO_PKG_VERSION")))
            .connect_timeout(Duration::from_secs(10))
            .build()
            .map_err(|e| ClientError::Start(e.to_string()))?;
        Ok(Client {
            endpoints,
            policy: RetryPolicy::new(cfg),
            rest_after: cfg.rest_after,
            rest: Duration::from_secs_f64(cfg.rest_s),
            http,
            stats: LlmStats::default(),
            down: Mutex::new(None),
            events: Mutex::new(Vec::new()),
        })
    }

    /// Live counters.
    pub fn stats(&self) -> &LlmStats {
        &self.stats
    }

    /// The endpoints' changes of state since the last call, oldest first.
    pub fn take_events(&self) -> Vec<EndpointEvent> {
        std::mem::take(&mut *lock(&self.events))
    }

    /// Each endpoint's label and state now.
    pub fn endpoint_states(&self) -> Vec<(String, EndpointState)> {
        let now = Instant::now();
        self.endpoints
            .iter()
            .map(|e| {
                (
                    e.cfg.label().to_string(),
                    EndpointState::of(&lock(&e.health), now),
                )
            })
            .collect()
    }

    /// Requests that may be in flight at once for `api`: the sum of its endpoints' ceilings.
    pub fn capacity(&self, api: Api) -> usize {
        self.endpoints
            .iter()
            .filter(|e| e.cfg.serves(api))
            .map(|e| e.cfg.max_in_flight)
            .sum()
    }

    /// Set once a call has spent its retries while every endpoint was failing: the run
    /// should stop (it can be resumed when the servers are back).
    pub fn down(&self) -> Option<String> {
        lock(&self.down).clone()
    }

    /// Sends `request` for a child with seed `child_seed`, with retries; the record is
    /// complete whatever happens (status `ok` or the failure kind). `grammar` goes to the
    /// endpoints that take one (their `grammar` key), and its label into the stored params.
    pub async fn call(
        &self,
        request: &Request,
        child_seed: u64,
        max_tokens: u32,
        grammar: Option<&Grammar>,
    ) -> LlmCall {
        self.exchange(request, child_seed, Ask::Text(max_tokens, grammar))
            .await
            .0
    }

    /// Asks for a one-token answer at temperature 0 with the `top` most likely first tokens and
    /// their log-probabilities (`logprobs`/`top_logprobs`); the record, and the alternatives
    /// unless the server sent none.
    pub async fn call_logprobs(
        &self,
        request: &Request,
        child_seed: u64,
        top: u32,
    ) -> (LlmCall, Option<Vec<TokenLogprob>>) {
        self.exchange(request, child_seed, Ask::Logprobs(top)).await
    }

    async fn exchange(
        &self,
        request: &Request,
        child_seed: u64,
        ask: Ask<'_>,
    ) -> (LlmCall, Option<Vec<TokenLogprob>>) {
        let start = Instant::now();
        let api = request.api();
        // Two streams from the child's seed: endpoint picks here, backoff jitter in `retry`
        // (a clone of one stream would make each jitter equal the pick before it).
        let mut rng = ChaCha8Rng::seed_from_u64(child_seed ^ 0x6c6c_6d5f_6361_6c6c);
        let mut jitter_rng = ChaCha8Rng::seed_from_u64(child_seed ^ 0x6a69_7474_6572);
        let chosen = AtomicUsize::new(usize::MAX);
        let (result, attempts) = retry(&self.policy, &mut jitter_rng, |n| {
            let pick = rng.random::<f64>();
            let chosen = &chosen;
            async move {
                if n > 0 {
                    self.stats.retries.fetch_add(1, Ordering::Relaxed);
                }
                let i = self.choose(api, pick).await?;
                chosen.store(i, Ordering::Relaxed);
                self.attempt(&self.endpoints[i], request, child_seed, ask)
                    .await
            }
        })
        .await;
        let endpoint = self.endpoints.get(chosen.load(Ordering::Relaxed));
        let mut call = LlmCall {
            endpoint: endpoint.map_or(String::new(), |e| e.cfg.label().to_string()),
            model: endpoint.map_or(String::new(), |e| e.cfg.model.clone()),
            prompt: request.stored_prompt(),
            params: endpoint.map_or(Value::Null, |e| {
                let mut p = params(&e.cfg, request, ask);
                if let (Ask::Text(_, Some(g)), Some(_)) = (ask, e.cfg.grammar) {
                    p["grammar"] = json!(g.label);
                }
                p["attempts"] = json!(attempts);
                p
            }),
            seed: endpoint.and_then(|e| e.cfg.seed.seed_for(child_seed)),
            reply: None,
            prompt_tokens: None,
            completion_tokens: None,
            latency_ms: start.elapsed().as_millis() as u64,
            status: CallStatus::Ok,
            error: None,
            self_eval: None,
        };
        self.stats.calls.fetch_add(1, Ordering::Relaxed);
        let mut first_token = None;
        match result {
            Ok(reply) => {
                first_token = reply.first_token;
                self.stats
                    .completion_tokens
                    .fetch_add(reply.completion_tokens.unwrap_or(0), Ordering::Relaxed);
                call.reply = Some(reply.text);
                call.prompt_tokens = reply.prompt_tokens;
                call.completion_tokens = reply.completion_tokens;
            }
            Err(f) => {
                self.stats.failed_calls.fetch_add(1, Ordering::Relaxed);
                call.error = Some(if attempts > 1 {
                    format!("{} (after {attempts} attempts)", f.message)
                } else {
                    f.message.clone()
                });
                call.status = CallStatus::Failed(f.kind);
                self.check_down(api, call.error.as_deref().unwrap_or_default());
            }
        }
        (call, first_token)
    }

    /// Marks the client down when every endpoint of `api` has failed `rest_after` times in a
    /// row.
    fn check_down(&self, api: Api, last: &str) {
        let mut any = false;
        for e in self.endpoints.iter().filter(|e| e.cfg.serves(api)) {
            any = true;
            if lock(&e.health).consecutive_failures < self.rest_after {
                return;
            }
        }
        if any {
            let mut down = lock(&self.down);
            if down.is_none() {
                *down = Some(format!(
                    "every LLM endpoint is failing ({} failed attempts in a row each); last error: {last}",
                    self.rest_after
                ));
            }
        }
    }

    /// A weighted choice among the endpoints of `api` that are not resting, those with a free
    /// slot first (a request never queues behind a busy server while another is idle); when
    /// all rest, waits for the first to wake.
    async fn choose(&self, api: Api, pick: f64) -> Result<usize, Failure> {
        loop {
            let now = Instant::now();
            let mut awake = Vec::new();
            let mut free = Vec::new();
            let mut wake: Option<Instant> = None;
            for (i, e) in self.endpoints.iter().enumerate() {
                if !e.cfg.serves(api) {
                    continue;
                }
                let h = *lock(&e.health);
                if h.resting(now) {
                    wake = wake.min(h.rest_until).or(h.rest_until);
                    continue;
                }
                awake.push((i, e.cfg.weight));
                if e.slots.available_permits() > 0 {
                    free.push((i, e.cfg.weight));
                }
            }
            if let Some(i) = weighted(&free, pick).or_else(|| weighted(&awake, pick)) {
                return Ok(i);
            }
            match wake {
                Some(t) => tokio::time::sleep_until(t).await,
                None => {
                    return Err(Failure::fatal(
                        CallFailure::EndpointsDown,
                        format!("no [[llm.endpoints]] entry has api = \"{}\"", api.name()),
                    ));
                }
            }
        }
    }

    /// One request to one endpoint, within its slot ceiling; updates its health.
    async fn attempt(
        &self,
        e: &Endpoint,
        request: &Request,
        child_seed: u64,
        ask: Ask<'_>,
    ) -> Result<Reply, Failure> {
        let _slot = e.slots.acquire().await.map_err(|_| {
            Failure::fatal(
                CallFailure::EndpointsDown,
                "the client is shutting down".into(),
            )
        })?;
        let _in_flight = InFlight::enter(&self.stats.in_flight);
        let result = self.send(e, request, child_seed, ask).await;
        let mut health = lock(&e.health);
        let now = Instant::now();
        let (before, failures) = (EndpointState::of(&health, now), health.consecutive_failures);
        match &result {
            Ok(_) => health.succeeded(),
            Err(f) => health.failed(now, self.rest_after, self.rest, f.retry_after),
        }
        let after = EndpointState::of(&health, now);
        if after != before {
            lock(&self.events).push(EndpointEvent {
                endpoint: e.cfg.label().to_string(),
                state: after,
                failures: health.consecutive_failures.max(failures),
                rest: health.rest_until.map(|t| t.saturating_duration_since(now)),
                error: result.as_ref().err().map(|f| f.message.clone()),
            });
        }
        result
    }

    async fn send(
        &self,
        e: &Endpoint,
        request: &Request,
        child_seed: u64,
        ask: Ask<'_>,
    ) -> Result<Reply, Failure> {
        let label = e.cfg.label();
        let mut body = params(&e.cfg, request, ask);
        body["model"] = json!(e.cfg.model);
        if let (Some(api), Ask::Text(_, Some(g))) = (e.cfg.grammar, ask) {
            body[api.field()] = json!(g.gbnf);
        }
        if let Some(seed) = e.cfg.seed.seed_for(child_seed) {
            body["seed"] = json!(seed);
        }
        let path = match request {
            Request::Chat(messages) => {
                body["messages"] = json!(messages);
                "chat/completions"
            }
            Request::Completion { prompt, .. } => {
                body["prompt"] = json!(prompt);
                "completions"
            }
        };
        let url = format!("{}/{path}", e.cfg.base_url.trim_end_matches('/'));
        let mut req = self
            .http
            .post(&url)
            .json(&body)
            .timeout(Duration::from_secs_f64(e.cfg.timeout_s));
        if let Some(key) = &e.key {
            req = req.bearer_auth(key);
        }
        let resp = req.send().await.map_err(|err| transport(label, &err))?;
        let status = resp.status();
        let retry_after = resp
            .headers()
            .get(reqwest::header::RETRY_AFTER)
            .and_then(|v| v.to_str().ok())
            .and_then(parse_retry_after);
        let bytes = resp.bytes().await.map_err(|err| transport(label, &err))?;
        if !status.is_success() {
            return Err(http_failure(label, status.as_u16(), &bytes, retry_after, e));
        }
        parse_reply(label, request.api(), &bytes)
    }
}

/// The request parameters stored with each call (and sent).
fn params(e: &EndpointConfig, request: &Request, ask: Ask<'_>) -> Value {
    let mut p = match ask {
        Ask::Text(max_tokens, _) => json!({
            "temperature": e.temperature,
            "top_p": e.top_p,
            "max_tokens": e.max_tokens.unwrap_or(max_tokens),
        }),
        // OpenAI's names: chat takes a flag and a count, completions the count alone.
        Ask::Logprobs(top) => match request.api() {
            Api::Chat => json!({"temperature": 0.0, "max_tokens": 1, "logprobs": true,
                                "top_logprobs": top}),
            Api::Completions => json!({"temperature": 0.0, "max_tokens": 1, "logprobs": top}),
        },
    };
    let stop = if e.stop.is_empty() {
        request.stop()
    } else {
        &e.stop
    };
    if !stop.is_empty() {
        p["stop"] = json!(stop);
    }
    p
}

/// The index whose cumulative weight first exceeds `pick` (in [0, 1)) times the total.
fn weighted(candidates: &[(usize, f64)], pick: f64) -> Option<usize> {
    let total: f64 = candidates.iter().map(|c| c.1).sum();
    let mut acc = 0.0;
    for &(i, w) in candidates {
        acc += w;
        if pick * total < acc {
            return Some(i);
        }
    }
    candidates.last().map(|c| c.0)
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    // A panic while holding these locks leaves plain data behind, still usable.
    m.lock().unwrap_or_else(|p| p.into_inner())
}

/// A reqwest error as a failure in words.
fn transport(label: &str, err: &reqwest::Error) -> Failure {
    if err.is_timeout() {
        Failure::transient(
            CallFailure::Timeout,
            format!("{label}: no reply within the timeout"),
            None,
        )
    } else if err.is_connect() {
        Failure::transient(
            CallFailure::Refused,
            format!("{label}: cannot connect (is the server running?)"),
            None,
        )
    } else {
        // Without the URL: it may carry credentials in its userinfo.
        Failure::transient(
            CallFailure::Connection,
            format!("{label}: connection failed: {}", cause(err)),
            None,
        )
    }
}

/// The causes under a reqwest error, without the URL its own message carries (the URL may
/// hold credentials in its userinfo).
pub(crate) fn cause(err: &reqwest::Error) -> String {
    let mut parts = Vec::new();
    let mut source = std::error::Error::source(err);
    while let Some(e) = source {
        parts.push(e.to_string());
        source = e.source();
    }
    if parts.is_empty() {
        "request failed".into()
    } else {
        parts.join(": ")
    }
}

fn http_failure(
    label: &str,
    code: u16,
    body: &[u8],
    retry_after: Option<Duration>,
    e: &Endpoint,
) -> Failure {
    let text = String::from_utf8_lossy(&body[..body.len().min(QUOTE)]);
    let text = text.trim();
    let kind = CallFailure::Http(code);
    let message = match code {
        401 | 403 => format!(
            "{label}: HTTP {code}: the server refused the credentials{}: {text}",
            e.cfg
                .api_key_env
                .as_deref()
                .map_or(" (no api_key_env is set)".to_string(), |v| format!(
                    "; check ${v}"
                ))
        ),
        404 => format!(
            "{label}: HTTP 404: no such route or model {:?} (GET /v1/models lists the models): {text}",
            e.cfg.model
        ),
        _ => format!("{label}: HTTP {code}: {text}"),
    };
    if code == 429 || code == 408 || code >= 500 {
        Failure::transient(kind, message, retry_after)
    } else {
        Failure::fatal(kind, message)
    }
}

/// The reply text and usage of a chat or completion response.
pub fn parse_reply(label: &str, api: Api, bytes: &[u8]) -> Result<Reply, Failure> {
    let v: Value = serde_json::from_slice(bytes).map_err(|err| {
        let quote = String::from_utf8_lossy(&bytes[..bytes.len().min(80)]).into_owned();
        Failure::fatal(
            CallFailure::InvalidJson,
            format!("{label}: the reply is not JSON ({err}): {quote:?}"),
        )
    })?;
    let choice = v
        .get("choices")
        .and_then(Value::as_array)
        .and_then(|c| c.first())
        .ok_or_else(|| {
            Failure::fatal(
                CallFailure::EmptyChoices,
                format!("{label}: the reply has no choices"),
            )
        })?;
    let text = match api {
        Api::Chat => choice.pointer("/message/content"),
        Api::Completions => choice.get("text"),
    }
    .and_then(Value::as_str)
    .unwrap_or_default()
    .to_string();
    let usage = |k: &str| v.pointer(&format!("/usage/{k}")).and_then(Value::as_u64);
    Ok(Reply {
        text,
        prompt_tokens: usage("prompt_tokens"),
        completion_tokens: usage("completion_tokens"),
        finish_reason: choice
            .get("finish_reason")
            .and_then(Value::as_str)
            .map(str::to_string),
        first_token: logprobs::first_token(&v),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weighted_choice_follows_the_weights() {
        let c = [(0, 3.0), (2, 1.0)];
        assert_eq!(weighted(&c, 0.0), Some(0));
        assert_eq!(weighted(&c, 0.74), Some(0));
        assert_eq!(weighted(&c, 0.76), Some(2));
        assert_eq!(weighted(&[], 0.5), None);
    }

    #[tokio::test]
    async fn a_request_goes_to_an_endpoint_with_a_free_slot() {
        let one_slot = |url| EndpointConfig {
            max_in_flight: 1,
            ..EndpointConfig::new(url, "m")
        };
        let cfg = LlmConfig {
            endpoints: vec![
                one_slot("http://127.0.0.1:9/v1"),
                one_slot("http://127.0.0.1:10/v1"),
            ],
            ..LlmConfig::default()
        };
        let client = Client::new(&cfg).expect("client");
        async fn chosen(client: &Client) -> Vec<usize> {
            let mut out = Vec::new();
            for p in [0.0, 0.3, 0.49, 0.51, 0.99] {
                out.push(client.choose(Api::Chat, p).await.expect("an endpoint"));
            }
            out
        }
        assert_eq!(
            chosen(&client).await,
            [0, 0, 0, 1, 1],
            "both free: by weight"
        );
        let busy = client.endpoints[0].slots.acquire().await.expect("slot");
        assert_eq!(
            chosen(&client).await,
            [1; 5],
            "the idle one while the other is full"
        );
        let _also = client.endpoints[1].slots.acquire().await.expect("slot");
        assert_eq!(
            chosen(&client).await,
            [0, 0, 0, 1, 1],
            "both full: by weight"
        );
        drop(busy);
        assert_eq!(chosen(&client).await, [0; 5]);
    }

    #[tokio::test(start_paused = true)]
    async fn endpoints_rest_after_failures_and_for_retry_after() {
        let now = Instant::now();
        let mut h = Health::default();
        let rest = Duration::from_secs(30);
        h.failed(now, 3, rest, None);
        h.failed(now, 3, rest, None);
        assert!(!h.resting(now), "two failures do not rest it");
        h.failed(now, 3, rest, None);
        assert!(h.resting(now + Duration::from_secs(29)));
        assert!(!h.resting(now + Duration::from_secs(30)));
        h.succeeded();
        assert_eq!(h, Health::default());
        h.failed(now, 3, rest, Some(Duration::from_secs(5)));
        assert!(
            h.resting(now + Duration::from_secs(4)),
            "Retry-After rests it"
        );
        assert!(!h.resting(now + Duration::from_secs(5)));
    }

    #[test]
    fn replies_parse_or_fail_in_words() {
        let chat = br#"{"choices":[{"message":{"role":"assistant","content":"hi"},"finish_reason":"stop"}],"usage":{"prompt_tokens":5,"completion_tokens":1}}"#;
        let r = parse_reply("e", Api::Chat, chat).unwrap();
        assert_eq!(
            (r.text.as_str(), r.prompt_tokens, r.completion_tokens),
            ("hi", Some(5), Some(1))
        );
        let r = parse_reply("e", Api::Completions, br#"{"choices":[{"text":"x"}]}"#).unwrap();
        assert_eq!((r.text.as_str(), r.completion_tokens), ("x", None));
        assert_eq!(
            parse_reply("e", Api::Chat, b"<html>").unwrap_err().kind,
            CallFailure::InvalidJson
        );
        assert_eq!(
            parse_reply("e", Api::Chat, br#"{"choices":[]}"#)
                .unwrap_err()
                .kind,
            CallFailure::EmptyChoices
        );
    }
}
