//! The language-model operator (DESIGN §5): a prompt built from the parent, a request to an
//! OpenAI-compatible server, a child extracted from the reply.
//!
//! - [`LlmConfig`] / [`EndpointConfig`]: `[llm]` and `[[llm.endpoints]]`.
//! - [`Client`]: async requests with retries, resting endpoints and a ceiling on requests in
//!   flight; every call becomes an [`LlmCall`] record, whatever happens.
//! - [`Llm`]: the [`Mutator`]. It blocks its calling thread on the shared runtime; the engine
//!   calls it from as many threads as the endpoints have slots, so requests overlap with
//!   physics.
//! - [`chat`]: the `chat` format's prompt and reply extraction.

pub mod chat;
mod client;
mod config;
pub mod doctor;
pub mod retry;

pub use client::{Client, ClientError, Health, LlmStats, Message, Reply, Request, parse_reply};
pub use config::{Api, EndpointConfig, LlmConfig, LlmConfigError, SeedPolicy};

use std::str::FromStr;
use std::sync::Arc;

use crate::mutate::{LlmCall, Mutator, Parent, Proposal};
use crate::qd::Status;
use chat::{NoChild, PromptLimits};

/// The prompt formats of the `llm` operator.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// Instruction models: the parent in a chat message; a program or search/replace edits back.
    Chat,
}

impl Format {
    /// Every format, for messages.
    pub const ALL: [Format; 1] = [Format::Chat];

    /// Its name in `--mutator llm:NAME` and `children.format`.
    pub fn name(self) -> &'static str {
        match self {
            Format::Chat => "chat",
        }
    }

    /// The API it needs.
    pub fn api(self) -> Api {
        match self {
            Format::Chat => Api::Chat,
        }
    }
}

impl FromStr for Format {
    type Err = String;

    fn from_str(s: &str) -> Result<Format, String> {
        Format::ALL
            .into_iter()
            .find(|f| f.name() == s)
            .ok_or_else(|| {
                let names: Vec<&str> = Format::ALL.iter().map(|f| f.name()).collect();
                format!(
                    "unknown llm format {s:?} (this build knows: {})",
                    names.join(", ")
                )
            })
    }
}

/// The client and the runtime its calls run on, shared by every `llm` operator of a run.
pub struct Backend {
    runtime: tokio::runtime::Runtime,
    client: Client,
}

impl Backend {
    /// Starts the runtime (one I/O thread) and the client of `cfg`.
    pub fn new(cfg: &LlmConfig) -> Result<Arc<Backend>, ClientError> {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(1)
            .thread_name("elmer-llm")
            .enable_all()
            .build()
            .map_err(|e| ClientError::Start(e.to_string()))?;
        let client = Client::new(cfg)?;
        Ok(Arc::new(Backend { runtime, client }))
    }

    /// The client.
    pub fn client(&self) -> &Client {
        &self.client
    }

    /// Runs `f` to completion on the runtime, blocking this (non-runtime) thread.
    pub fn block_on<F: std::future::Future>(&self, f: F) -> F::Output {
        self.runtime.block_on(f)
    }
}

/// `max_tokens` when the endpoint does not set it: about twice the parent's tokens (a code
/// token is ~3 bytes), within [256, 2048], so a whole rewritten program fits.
pub fn default_max_tokens(parent: &str) -> u32 {
    ((parent.len() as u32 / 3) * 2).clamp(256, 2048)
}

/// The `llm` operator with one prompt format.
pub struct Llm {
    backend: Arc<Backend>,
    format: Format,
    limits: PromptLimits,
}

impl Llm {
    /// An operator of `format` over `backend`.
    pub fn new(backend: Arc<Backend>, format: Format, limits: PromptLimits) -> Llm {
        Llm {
            backend,
            format,
            limits,
        }
    }

    fn failed(&self, status: Status, error: String, call: Option<LlmCall>) -> Proposal {
        Proposal::Failed {
            status,
            error,
            edit: None,
            format: Some(self.format.name().into()),
            llm_call: call,
        }
    }
}

impl Mutator for Llm {
    fn name(&self) -> &str {
        "llm"
    }

    fn mutate(&self, parents: &[Parent], _others: &[Parent], seed: u64) -> Proposal {
        let Some(parent) = parents.first() else {
            return self.failed(Status::NoCode, "no parent to edit".into(), None);
        };
        if let Some(why) = self.backend.client.down() {
            return self.failed(Status::LlmError, format!("not sent: {why}"), None);
        }
        let request = match self.format {
            Format::Chat => Request::Chat(chat::messages(parent, &self.limits)),
        };
        let max_tokens = default_max_tokens(&parent.source);
        let call = self
            .backend
            .block_on(self.backend.client.call(&request, seed, max_tokens));
        let Some(reply) = call.reply.clone() else {
            let error = call.error.clone().unwrap_or_else(|| call.status.clone());
            return self.failed(Status::LlmError, error, Some(call));
        };
        match chat::extract(&reply, &parent.source) {
            Ok(child) => Proposal::Program {
                source: child.source().to_string(),
                edit: Some(child.edit().into()),
                format: Some(self.format.name().into()),
                llm_call: Some(call),
            },
            Err(NoChild::NoCode(why)) => self.failed(Status::NoCode, why, Some(call)),
            Err(NoChild::BadEdit(why)) => self.failed(Status::BadDiff, why, Some(call)),
        }
    }

    fn lanes(&self) -> usize {
        self.backend.client.capacity(self.format.api())
    }

    fn halted(&self) -> Option<String> {
        self.backend.client.down()
    }
}
