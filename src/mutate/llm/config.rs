//! `[llm]` and `[[llm.endpoints]]`: where language-model requests go and how they are retried.

use serde::{Deserialize, Serialize};
use thiserror::Error;

use super::GrammarApi;
use crate::number::Num;

/// `[llm]`: the endpoints and the retry policy shared by every LLM operator.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct LlmConfig {
    /// The endpoints, one `[[llm.endpoints]]` table each (default: none; an `llm` operator
    /// needs at least one, e.g. from `configs/local-llm.toml`).
    pub endpoints: Vec<EndpointConfig>,
    /// Retries of one call after its first attempt, on 429, 5xx, timeouts and refused or
    /// broken connections (default: 4).
    pub retries: u32,
    /// First backoff, seconds; doubled per retry, with jitter in [0.5, 1) (default: 1).
    pub backoff_s: f64,
    /// Longest backoff, seconds, also the cap on a server's Retry-After (default: 60).
    pub max_backoff_s: f64,
    /// Consecutive failed attempts after which an endpoint rests (default: 3).
    pub rest_after: u32,
    /// How long a failing endpoint rests, seconds (default: 30).
    pub rest_s: f64,
}

impl Default for LlmConfig {
    fn default() -> Self {
        LlmConfig {
            endpoints: Vec::new(),
            retries: 4,
            backoff_s: 1.0,
            max_backoff_s: 60.0,
            rest_after: 3,
            rest_s: 30.0,
        }
    }
}

/// The API an endpoint speaks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Api {
    /// `/v1/chat/completions` (instruction models; the `chat` format).
    Chat,
    /// `/v1/completions` (base and diff models).
    Completions,
}

impl Api {
    /// Its name in the config (`chat`, `completions`).
    pub fn name(self) -> &'static str {
        match self {
            Api::Chat => "chat",
            Api::Completions => "completions",
        }
    }
}

/// What seed a request carries.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum SeedPolicy {
    /// The same seed on every request.
    Fixed(u64),
    /// `"per-child"`: the child's own seed from the run's RNG (reproducible on a server that
    /// honours seeds), or `"none"`: no seed field.
    Named(String),
}

impl Default for SeedPolicy {
    fn default() -> Self {
        SeedPolicy::Named("per-child".into())
    }
}

impl SeedPolicy {
    /// The seed to send for a child whose task seed is `child_seed`. Seeds are cut to 31 bits:
    /// some servers read them as signed 32-bit integers.
    pub fn seed_for(&self, child_seed: u64) -> Option<u64> {
        match self {
            SeedPolicy::Fixed(s) => Some(*s),
            SeedPolicy::Named(n) if n == "none" => None,
            SeedPolicy::Named(_) => Some(child_seed & 0x7fff_ffff),
        }
    }
}

/// One `[[llm.endpoints]]` table: an OpenAI-compatible server and its sampling parameters.
#[derive(Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EndpointConfig {
    /// A short name for logs and the store (default: the base URL).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The server's base URL up to and including `/v1`, e.g. `http://127.0.0.1:8642/v1`.
    pub base_url: String,
    /// The model name sent with each request.
    pub model: String,
    /// The environment variable holding the API key, sent as a bearer token (default: none).
    /// Only the variable's name is stored; the key never reaches the store, logs or sandbox.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub api_key_env: Option<String>,
    /// Restricts the endpoint to `chat` (`/v1/chat/completions`) or `completions`
    /// (`/v1/completions`) requests (default: unset = both, as llama-server, vLLM and Ollama
    /// serve both).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub api: Option<Api>,
    /// Share of requests sent here, > 0 (default: 1).
    #[serde(default = "default_weight")]
    pub weight: f64,
    /// Most requests in flight at once, >= 1 (default: 2, llama-server's `-np 2`).
    #[serde(default = "default_in_flight")]
    pub max_in_flight: usize,
    /// Sampling temperature (default: 0.8).
    #[serde(default = "default_temperature")]
    pub temperature: f64,
    /// Nucleus sampling (default: 0.95).
    #[serde(default = "default_top_p")]
    pub top_p: f64,
    /// Most tokens in a reply (default: unset = about twice the parent's tokens, within
    /// [256, 2048]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_tokens: Option<u32>,
    /// Stop sequences (default: none).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub stop: Vec<String>,
    /// `"per-child"` (default), `"none"`, or a fixed integer.
    #[serde(default)]
    pub seed: SeedPolicy,
    /// Time limit of one attempt, seconds (default: 300: a small model on a busy CPU writes
    /// ~10 tokens/s).
    #[serde(default = "default_timeout")]
    pub timeout_s: f64,
    /// How the server takes a grammar that constrains the reply: `"gbnf"` (llama.cpp's
    /// `llama-server`; default: unset, no grammar is sent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub grammar: Option<GrammarApi>,
}

fn default_weight() -> f64 {
    1.0
}
fn default_in_flight() -> usize {
    2
}
fn default_temperature() -> f64 {
    0.8
}
fn default_top_p() -> f64 {
    0.95
}
fn default_timeout() -> f64 {
    300.0
}

// By hand, so that a future field holding a secret cannot slip into a log by derive.
impl std::fmt::Debug for EndpointConfig {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("EndpointConfig")
            .field("name", &self.label())
            .field("base_url", &self.base_url)
            .field("model", &self.model)
            .field("api_key_env", &self.api_key_env)
            .field("api", &self.api)
            .finish_non_exhaustive()
    }
}

impl EndpointConfig {
    /// An endpoint at `base_url` serving `model`, every other field at its default.
    pub fn new(base_url: &str, model: &str) -> EndpointConfig {
        EndpointConfig {
            name: None,
            base_url: base_url.to_string(),
            model: model.to_string(),
            api_key_env: None,
            api: None,
            weight: default_weight(),
            max_in_flight: default_in_flight(),
            temperature: default_temperature(),
            top_p: default_top_p(),
            max_tokens: None,
            stop: Vec::new(),
            seed: SeedPolicy::default(),
            timeout_s: default_timeout(),
            grammar: None,
        }
    }

    /// Does it take requests of `api`?
    pub fn serves(&self, api: Api) -> bool {
        self.api.is_none_or(|a| a == api)
    }

    /// The name used in logs and the `llm_calls.endpoint` column.
    pub fn label(&self) -> &str {
        self.name.as_deref().unwrap_or(&self.base_url)
    }
}

/// A value of `[llm]` out of range; `key` is the dotted key.
#[derive(Debug, Error, PartialEq)]
#[error("{key}: {message}")]
pub struct LlmConfigError {
    /// e.g. `llm.endpoints[0].base_url`.
    pub key: String,
    /// What is wrong and what is expected.
    pub message: String,
}

impl LlmConfig {
    /// Checks every field; the first problem ([`LlmConfig::problems`] has them all).
    pub fn validate(&self) -> Result<(), LlmConfigError> {
        self.problems().into_iter().next().map_or(Ok(()), Err)
    }

    /// Every field out of range, each naming its key, in the order of the fields.
    pub fn problems(&self) -> Vec<LlmConfigError> {
        let mut out = Vec::new();
        let mut err = |key: String, message: String| out.push(LlmConfigError { key, message });
        let positive = |x: f64| x.is_finite() && x > 0.0;
        if !positive(self.backoff_s) || !positive(self.max_backoff_s) || !positive(self.rest_s) {
            err(
                "llm".into(),
                "backoff_s, max_backoff_s and rest_s must be finite numbers > 0".into(),
            );
        }
        if self.rest_after == 0 {
            err("llm.rest_after".into(), "must be >= 1".into());
        }
        for (i, e) in self.endpoints.iter().enumerate() {
            let key = |f: &str| format!("llm.endpoints[{i}].{f}");
            if !(e.base_url.starts_with("http://") || e.base_url.starts_with("https://")) {
                err(
                    key("base_url"),
                    format!(
                        "{:?} is not an http(s) URL; write e.g. \"http://127.0.0.1:8642/v1\"",
                        e.base_url
                    ),
                );
            }
            if e.model.trim().is_empty() {
                err(
                    key("model"),
                    "is empty; name the model the server serves (GET /v1/models lists them)".into(),
                );
            }
            if !positive(e.weight) {
                err(key("weight"), format!("must be > 0, got {}", Num(e.weight)));
            }
            if e.max_in_flight == 0 {
                err(key("max_in_flight"), "must be >= 1".into());
            }
            if !(e.temperature.is_finite() && e.temperature >= 0.0) {
                err(
                    key("temperature"),
                    format!("must be >= 0, got {}", Num(e.temperature)),
                );
            }
            if !(e.top_p > 0.0 && e.top_p <= 1.0) {
                err(
                    key("top_p"),
                    format!("must be in (0, 1], got {}", Num(e.top_p)),
                );
            }
            if e.max_tokens == Some(0) {
                err(key("max_tokens"), "must be >= 1 when set".into());
            }
            if !positive(e.timeout_s) {
                err(
                    key("timeout_s"),
                    format!("must be > 0, got {}", Num(e.timeout_s)),
                );
            }
            if let SeedPolicy::Named(n) = &e.seed
                && n != "per-child"
                && n != "none"
            {
                err(
                    key("seed"),
                    format!("{n:?}: expected \"per-child\", \"none\" or an integer"),
                );
            }
            if let Some(var) = &e.api_key_env
                && (var.is_empty() || var.contains('='))
            {
                err(
                    key("api_key_env"),
                    "must name an environment variable, e.g. \"OPENAI_API_KEY\"".into(),
                );
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn endpoint_tables_parse_with_defaults() {
        let cfg: LlmConfig = toml::from_str(
            r#"
            retries = 2
            [[endpoints]]
            base_url = "http://127.0.0.1:8642/v1"
            model = "qwen"
            seed = 7
            [[endpoints]]
            base_url = "https://api.example.com/v1"
            model = "big"
            api_key_env = "EXAMPLE_KEY"
            seed = "none"
            "#,
        )
        .unwrap();
        cfg.validate().unwrap();
        assert_eq!(cfg.retries, 2);
        assert_eq!(cfg.endpoints[0].max_in_flight, 2);
        assert_eq!(cfg.endpoints[0].seed.seed_for(99), Some(7));
        assert_eq!(cfg.endpoints[1].seed.seed_for(99), None);
        assert_eq!(SeedPolicy::default().seed_for(u64::MAX), Some(0x7fff_ffff));
    }

    #[test]
    fn bad_values_name_the_key() {
        let mut cfg = LlmConfig::default();
        cfg.endpoints
            .push(EndpointConfig::new("localhost:8642", "m"));
        assert_eq!(cfg.validate().unwrap_err().key, "llm.endpoints[0].base_url");
        cfg.endpoints[0].base_url = "http://x/v1".into();
        cfg.endpoints[0].top_p = 0.0;
        assert_eq!(cfg.validate().unwrap_err().key, "llm.endpoints[0].top_p");
        cfg.endpoints[0].top_p = 1.0;
        cfg.endpoints[0].seed = SeedPolicy::Named("random".into());
        assert_eq!(cfg.validate().unwrap_err().key, "llm.endpoints[0].seed");
    }

    #[test]
    fn every_bad_key_is_named() {
        let mut cfg = LlmConfig {
            rest_after: 0,
            ..LlmConfig::default()
        };
        let mut e = EndpointConfig::new("localhost:8642", "m");
        e.top_p = 0.0;
        cfg.endpoints.push(e);
        let keys: Vec<String> = cfg.problems().into_iter().map(|p| p.key).collect();
        assert_eq!(
            keys,
            [
                "llm.rest_after",
                "llm.endpoints[0].base_url",
                "llm.endpoints[0].top_p"
            ]
        );
    }
}
