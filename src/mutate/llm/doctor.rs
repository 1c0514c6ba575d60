//! `elmer doctor`'s endpoint checks: is the server there, does it take the key, does it serve
//! the model, does a real prompt fit its context, does it take the grammar its `grammar` key
//! promises. Each problem is said in words.

use std::time::Duration;

use serde_json::{Value, json};

use super::{EndpointConfig, Request};

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
    let mut r = EndpointReport {
        label: e.label().to_string(),
        lines: Vec::new(),
        ok: true,
    };
    // The model list answers at once or not at all; the probe request gets the endpoint's own
    // timeout (a CPU server reads a first prompt of ~700 tokens in 20-60 s).
    let quick = Duration::from_secs_f64(e.timeout_s.min(30.0));
    let http = match reqwest::Client::builder().build() {
        Ok(c) => c,
        Err(err) => {
            r.problem(format!("cannot start an HTTP client: {err}"));
            return r;
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
            r.problem(transport_words(base, &err, e.timeout_s.min(30.0)));
            return r;
        }
        Ok(resp) if !resp.status().is_success() => {
            let code = resp.status().as_u16();
            r.problem(status_words(code, e));
            if code == 401 || code == 403 {
                return r;
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
                return r;
            }
        }
    }

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
    fn problem(&mut self, what: String) {
        self.ok = false;
        self.lines.push(format!("problem: {what}"));
    }
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
        format!("timeout: {base} did not answer within {timeout_s} s")
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
