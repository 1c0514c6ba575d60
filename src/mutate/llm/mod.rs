//! The language-model operator (DESIGN §5): a prompt built from the parent, a request to an
//! OpenAI-compatible server, a child extracted from the reply.
//!
//! - [`LlmConfig`] / [`EndpointConfig`]: `[llm]` and `[[llm.endpoints]]`.
//! - [`Client`]: async requests with retries, resting endpoints and a ceiling on requests in
//!   flight; every call becomes an [`LlmCall`](crate::mutate::LlmCall) record, whatever
//!   happens.
//! - [`Llm`] (`operator.rs`): the [`Mutator`](crate::mutate::Mutator), with its [`Options`].
//!   It blocks its calling thread on the shared runtime; the engine
//!   calls it from as many threads as the endpoints have slots, so requests overlap with
//!   physics.
//! - [`chat`]: the `chat` format's prompt and reply extraction (also `chat_crossover`).
//! - [`diff`]: the ELM diff model's prompt and the tolerant hunk application.
//! - [`prompt`]: OpenELM's continuation prompt (also `crossover`) and the function splice.
//! - [`cut`]: closing a program cut off by the token limit.
//! - [`lmx`]: language-model crossover, k elites as examples in one completion prompt.
//! - [`guide`]: archive-aware chat prompts (context elites and a target cell).
//! - [`grammar`]: constrained reply shapes (GBNF) and their token budgets.
//! - [`self_eval`]: the model's P(runs) and P(improves) for each child it writes, from the
//!   token log-probabilities that [`logprobs`] reads (`llm:FORMAT+self_eval`).

pub mod chat;
mod client;
mod config;
pub mod cut;
pub mod diff;
pub mod doctor;
pub mod grammar;
pub mod guide;
pub mod lmx;
pub mod logprobs;
mod operator;
pub mod prompt;
pub mod retry;
pub mod self_eval;

pub use client::{
    Client, ClientError, EndpointEvent, EndpointState, Health, LlmStats, Message, Reply, Request,
    parse_reply,
};
pub use config::{Api, EndpointConfig, LlmConfig, LlmConfigError, SeedPolicy};
pub use grammar::{Grammar, GrammarApi, Shape};
pub use guide::{Guide, Role, Target};
pub use operator::{Llm, Options, repair_message};
pub use retry::{CallFailure, CallStatus};

use std::str::FromStr;
use std::sync::{Arc, Mutex, OnceLock};

/// The prompt formats of the `llm` operator (DESIGN §5). Read and written (TOML, the
/// `children.format` column) as its [`name`](Format::name).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// Instruction models: the parent in a chat message; a program or search/replace edits back.
    Chat,
    /// The ELM diff model: file, commit message, a unified diff back.
    Diff,
    /// OpenELM's continuation: the parent, an instruction, `def make_walker():`.
    Prompt,
    /// Language-model crossover by continuation: two parents, OpenELM's crossover instruction.
    Crossover,
    /// Crossover for instruction models: two parents in one chat message.
    ChatCrossover,
    /// Language-model crossover: k elites as examples in one completion prompt.
    Lmx,
}

impl Format {
    /// Every format, for messages.
    pub const ALL: [Format; 6] = [
        Format::Chat,
        Format::Diff,
        Format::Prompt,
        Format::Crossover,
        Format::ChatCrossover,
        Format::Lmx,
    ];

    /// Its name in `--mutator llm:NAME` and `children.format`.
    pub fn name(self) -> &'static str {
        match self {
            Format::Chat => "chat",
            Format::Diff => "diff",
            Format::Prompt => "prompt",
            Format::Crossover => "crossover",
            Format::ChatCrossover => "chat_crossover",
            Format::Lmx => "lmx",
        }
    }

    /// Does its prompt hold the other elites the engine drew (a crossover)?
    pub fn crosses(self) -> bool {
        matches!(
            self,
            Format::Crossover | Format::ChatCrossover | Format::Lmx
        )
    }

    /// The API it needs.
    pub fn api(self) -> Api {
        match self {
            Format::Chat | Format::ChatCrossover => Api::Chat,
            Format::Diff | Format::Prompt | Format::Crossover | Format::Lmx => Api::Completions,
        }
    }
}

impl std::fmt::Display for Format {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

impl serde::Serialize for Format {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.name())
    }
}

impl<'de> serde::Deserialize<'de> for Format {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Format, D::Error> {
        let name = String::deserialize(d)?;
        name.parse().map_err(serde::de::Error::custom)
    }
}

/// Stop sequences of the diff format: the model starting another file or section.
const DIFF_STOP: [&str; 4] = ["\n<NME>", "\n<BEF>", "\n<MSG>", "\n<DFF>"];

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
    /// A warning for the user, once per run: `Some(None)` once it has been taken.
    warning: Mutex<Option<Option<String>>>,
    /// Set once the servers showed they cannot self-evaluate (the status, e.g.
    /// `no_logprobs`): no more self-evaluation requests this run.
    self_eval_stopped: OnceLock<String>,
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
        Ok(Arc::new(Backend {
            runtime,
            client,
            warning: Mutex::new(None),
            self_eval_stopped: OnceLock::new(),
        }))
    }

    /// Keeps `message` for [`take_warning`](Backend::take_warning) unless a warning was
    /// already kept this run (the first one wins; a run warns once).
    pub fn warn_once(&self, message: String) {
        let mut slot = self.warning.lock().unwrap_or_else(|p| p.into_inner());
        if slot.is_none() {
            *slot = Some(Some(message));
        }
    }

    /// The warning kept by [`warn_once`](Backend::warn_once), once: the caller prints it.
    pub fn take_warning(&self) -> Option<String> {
        let mut slot = self.warning.lock().unwrap_or_else(|p| p.into_inner());
        slot.as_mut().and_then(Option::take)
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
