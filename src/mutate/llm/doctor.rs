//! `elmer doctor`'s endpoint checks: is the server there, does it take the key, does it serve
//! the model, does a real prompt fit its context, does it take the grammar its `grammar` key
//! promises. Each problem is said in words.

use std::time::Duration;

use serde_json::{Value, json};

use super::{Api, EndpointConfig, LlmConfig, Request};

/// The longest a run's check before generation 1 waits for an endpoint's model list.
const PREFLIGHT_TIMEOUT_S: f64 = 5.0;

/// One endpoint's check.
#[derive(Clone, Debug, PartialEq)]
pub struct EndpointReport {
    /// The endpoint's name.
    pub label: String,
    /// What was found, one line each; problems start with `problem:`.
    pub lines: Vec<String>,
    /// True when every check passed.
    pub ok: bool,
}

impl std::fmt::Display for EndpointReport {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        writeln!(
            f,
            "endpoint {}: {}",
            self.label,
            if self.ok { "ok" } else { "NOT OK" }
        )?;
        for l in &self.lines {
            writeln!(f, "  {l}")?;
        }
        Ok(())
    }
}

/// Checks `e`: `GET /models` (reachable, key accepted, model listed), then one request of
/// `probe` with `max_tokens` 1, whose prompt size plus `reply_tokens` must fit the server's
/// context (llama-server's `/props` says its slot size; other servers refuse too long a
/// prompt with a 400 that names the context).
pub async fn check_endpoint(
    e: &EndpointConfig,
    key: Option<&str>,
    probe: &Request,
    reply_tokens: u32,
) -> EndpointReport {
    let mut r = EndpointReport::new(e);
    // The model list answers at once or not at all; the probe request gets the endpoint's own
    // timeout (a CPU server reads a first prompt of ~700 tokens in 20-60 s).
    let Some(http) = check_models(e, key, e.timeout_s.min(30.0), &mut r).await else {
        return r;
    };
    let base = e.base_url.trim_end_matches('/');
    let auth = |rb: reqwest::RequestBuilder| match key {
        Some(k) => rb.bearer_auth(k),
        None => rb,
    };

    // 2. One tiny request with a real prompt.
    let mut body = json!({"model": e.model, "max_tokens": 1, "temperature": 0.0});
    let path = match probe {
        Request::Chat(m) => {
            body["messages"] = json!(m);
            "chat/completions"
        }
        Request::Completion { prompt, .. } => {
            body["prompt"] = json!(prompt);
            "completions"
        }
    };
    // An endpoint that says it takes grammars gets one (the walker shape's), so a server that
    // cannot parse it says so here rather than on every child.
    if let Some(api) = e.grammar {
        body[api.field()] = json!(super::grammar::walker_gbnf(30));
    }
    if !e.serves(probe.api()) {
        r.problem(format!(
            "the endpoint does not take \"{}\" requests",
            probe.api().name()
        ));
        return r;
    }
    let request = http
        .post(format!("{base}/{path}"))
        .json(&body)
        .timeout(Duration::from_secs_f64(e.timeout_s));
    let resp = match auth(request).send().await {
        Err(err) => {
            r.problem(transport_words(base, &err, e.timeout_s));
            return r;
        }
        Ok(resp) => resp,
    };
    let code = resp.status().as_u16();
    let text = resp.text().await.unwrap_or_default();
    if code != 200 {
        if text.to_ascii_lowercase().contains("context") {
            r.problem(format!(
                "context too small: the server refused a real prompt ({code}): {}",
                text.chars().take(200).collect::<String>()
            ));
        } else if e.grammar.is_some() && text.to_ascii_lowercase().contains("grammar") {
            r.problem(format!(
                "the server refused the grammar ({code}): {}; remove the endpoint's grammar key \
                 if it does not take GBNF (llama-server does)",
                text.chars().take(200).collect::<String>()
            ));
        } else {
            r.problem(status_words(code, e));
        }
        return r;
    }
    if e.grammar.is_some() {
        r.lines.push("takes a GBNF grammar".to_string());
    }
    let reply = match super::parse_reply(e.label(), probe.api(), text.as_bytes()) {
        Ok(reply) => reply,
        Err(f) => {
            r.problem(f.message);
            return r;
        }
    };
    let prompt_tokens = reply.prompt_tokens.unwrap_or(0);
    let need = prompt_tokens + u64::from(e.max_tokens.unwrap_or(reply_tokens));
    r.lines.push(format!(
        "a square prompt is {prompt_tokens} tokens; with its reply it needs {need}"
    ));
    let root = base.strip_suffix("/v1").unwrap_or(base);
    if let Some(n_ctx) = slot_context(&http, root).await {
        if need > n_ctx {
            r.problem(format!(
                "context too small: a slot holds {n_ctx} tokens but a prompt and its reply need {need}; \
                 start the server with a larger -c (per slot: -c / -np)"
            ));
        } else {
            r.lines.push(format!("a slot holds {n_ctx} tokens"));
        }
    }
    r
}

impl EndpointReport {
    fn new(e: &EndpointConfig) -> EndpointReport {
        EndpointReport {
            label: e.label().to_string(),
            lines: Vec::new(),
            ok: true,
        }
    }

    fn problem(&mut self, what: String) {
        self.ok = false;
        self.lines.push(format!("problem: {what}"));
    }
}

/// Step 1 of a check: `GET /models` within `timeout_s` (reachable, key accepted, model
/// listed). Problems go into `r`; `None` when there is no point going on.
async fn check_models(
    e: &EndpointConfig,
    key: Option<&str>,
    timeout_s: f64,
    r: &mut EndpointReport,
) -> Option<reqwest::Client> {
    let quick = Duration::from_secs_f64(timeout_s);
    let http = match reqwest::Client::builder().build() {
        Ok(c) => c,
        Err(err) => {
            r.problem(format!("cannot start an HTTP client: {err}"));
            return None;
        }
    };
    let base = e.base_url.trim_end_matches('/');
    let auth = |rb: reqwest::RequestBuilder| match key {
        Some(k) => rb.bearer_auth(k),
        None => rb,
    };

    // 1. The model list.
    match auth(http.get(format!("{base}/models")).timeout(quick))
        .send()
        .await
    {
        Err(err) => {
            r.problem(transport_words(base, &err, timeout_s));
            return None;
        }
        Ok(resp) if !resp.status().is_success() => {
            let code = resp.status().as_u16();
            r.problem(status_words(code, e));
            if code == 401 || code == 403 {
                return None;
            }
        }
        Ok(resp) => {
            let models: Vec<String> = resp
                .json::<Value>()
                .await
                .ok()
                .and_then(|v| v.get("data").cloned())
                .and_then(|d| d.as_array().cloned())
                .unwrap_or_default()
                .iter()
                .filter_map(|m| m.get("id").and_then(Value::as_str).map(str::to_string))
                .collect();
            if models.contains(&e.model) {
                r.lines.push(format!("serves {:?}", e.model));
            } else if models.is_empty() {
                r.lines
                    .push("GET /models lists no models; trying a request anyway".to_string());
            } else {
                r.problem(format!(
                    "unknown model {:?}: the server serves {}; set model to one of them",
                    e.model,
                    models.join(", ")
                ));
                return None;
            }
        }
    }
    Some(http)
}

/// Before a run's first generation: each endpoint serving one of `apis` checked as
/// [`check_endpoint`]'s first step (reachable, key accepted, model served), all at once, each
/// within [`PREFLIGHT_TIMEOUT_S`]. An endpoint whose `api_key_env` is unset is a problem too.
/// A failed start of the async runtime is reported as every endpoint's problem.
pub fn preflight(cfg: &LlmConfig, apis: &[Api]) -> Vec<EndpointReport> {
    let endpoints: Vec<&EndpointConfig> = cfg
        .endpoints
        .iter()
        .filter(|e| apis.iter().any(|&a| e.serves(a)))
        .collect();
    let runtime = match tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(err) => {
            return endpoints
                .iter()
                .map(|e| {
                    let mut r = EndpointReport::new(e);
                    r.problem(format!("cannot start the async runtime: {err}"));
                    r
                })
                .collect();
        }
    };
    runtime.block_on(async {
        let checks = endpoints.iter().map(|e| async move {
            let mut r = EndpointReport::new(e);
            let key = match &e.api_key_env {
                Some(var) => match std::env::var(var) {
                    Ok(k) => Some(k),
                    Err(_) => {
                        r.problem(format!(
                            "the environment variable {var} (api_key_env) is not set; export it"
                        ));
                        return r;
                    }
                },
                None => None,
            };
            let timeout = e.timeout_s.min(PREFLIGHT_TIMEOUT_S);
            check_models(e, key.as_deref(), timeout, &mut r).await;
            r
        });
        join_all(checks).await
    })
}

/// Awaits every future, concurrently, on the current task; results in order.
async fn join_all<F: std::future::Future>(futures: impl IntoIterator<Item = F>) -> Vec<F::Output> {
    let mut pending: Vec<std::pin::Pin<Box<F>>> = futures.into_iter().map(Box::pin).collect();
    let mut done: Vec<Option<F::Output>> = pending.iter().map(|_| None).collect();
    std::future::poll_fn(|cx| {
        let mut all = true;
        for (f, slot) in pending.iter_mut().zip(done.iter_mut()) {
            if slot.is_none() {
                match f.as_mut().poll(cx) {
                    std::task::Poll::Ready(v) => *slot = Some(v),
                    std::task::Poll::Pending => all = false,
                }
            }
        }
        if all {
            std::task::Poll::Ready(())
        } else {
            std::task::Poll::Pending
        }
    })
    .await;
    done.into_iter().flatten().collect()
}

/// llama-server's per-slot context, from `GET /props`, when the server has that route.
async fn slot_context(http: &reqwest::Client, root: &str) -> Option<u64> {
    let v: Value = http
        .get(format!("{root}/props"))
        .timeout(Duration::from_secs(10))
        .send()
        .await
        .ok()?
        .json()
        .await
        .ok()?;
    v.pointer("/default_generation_settings/n_ctx")
        .and_then(Value::as_u64)
}

fn transport_words(base: &str, err: &reqwest::Error, timeout_s: f64) -> String {
    if err.is_timeout() {
        format!(
            "timeout: {base} did not answer within {timeout_s} s; check that the server runs and is not busy, or raise timeout_s"
        )
    } else if err.is_connect() {
        format!(
            "connection refused: nothing answers at {base}; start the server (scripts/local-llm start) or fix base_url"
        )
    } else {
        format!("cannot reach {base}: {}", super::client::cause(err))
    }
}

fn status_words(code: u16, e: &EndpointConfig) -> String {
    match code {
        401 | 403 => match &e.api_key_env {
            Some(v) => format!("{code}: the server refused the key in ${v}; check it"),
            None => format!(
                "{code}: the server wants a key; set api_key_env to the variable holding it"
            ),
        },
        404 => format!(
            "404: no such route under {}; base_url must end in /v1",
            e.base_url
        ),
        429 => "429: rate limited right now; try again later or lower max_in_flight".into(),
        c => format!("the server answered HTTP {c}"),
    }
}
