//! The language-model operator (DESIGN §5): a prompt built from the parent, a request to an
//! OpenAI-compatible server, a child extracted from the reply.
//!
//! - [`LlmConfig`] / [`EndpointConfig`]: `[llm]` and `[[llm.endpoints]]`.
//! - [`Client`]: async requests with retries, resting endpoints and a ceiling on requests in
//!   flight; every call becomes an [`LlmCall`] record, whatever happens.
//! - [`Llm`]: the [`Mutator`]. It blocks its calling thread on the shared runtime; the engine
//!   calls it from as many threads as the endpoints have slots, so requests overlap with
//!   physics.
//! - [`chat`]: the `chat` format's prompt and reply extraction (also `chat_crossover`).
//! - [`diff`]: the ELM diff model's prompt and the tolerant hunk application.
//! - [`prompt`]: OpenELM's continuation prompt (also `crossover`) and the function splice.
//! - [`self_eval`]: the model's P(runs) and P(improves) for each child it writes, from the
//!   token log-probabilities that [`logprobs`] reads (`llm:FORMAT+self_eval`).

pub mod chat;
mod client;
mod config;
pub mod diff;
pub mod doctor;
pub mod logprobs;
pub mod prompt;
pub mod retry;
pub mod self_eval;

pub use client::{
    Client, ClientError, EndpointEvent, EndpointState, Health, LlmStats, Message, Reply, Request,
    parse_reply,
};
pub use config::{Api, EndpointConfig, LlmConfig, LlmConfigError, SeedPolicy};
pub use retry::{CallFailure, CallStatus};

use std::str::FromStr;
use std::sync::{Arc, Mutex, OnceLock};

use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

use crate::mutate::{Edit, LlmCall, LlmEdit, Mutator, Parent, Proposal};
use crate::qd::Status;
use chat::{NoChild, PromptLimits};

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
}

impl Format {
    /// Every format, for messages.
    pub const ALL: [Format; 5] = [
        Format::Chat,
        Format::Diff,
        Format::Prompt,
        Format::Crossover,
        Format::ChatCrossover,
    ];

    /// Its name in `--mutator llm:NAME` and `children.format`.
    pub fn name(self) -> &'static str {
        match self {
            Format::Chat => "chat",
            Format::Diff => "diff",
            Format::Prompt => "prompt",
            Format::Crossover => "crossover",
            Format::ChatCrossover => "chat_crossover",
        }
    }

    /// Does its prompt hold the other elites the engine drew (a crossover)?
    pub fn crosses(self) -> bool {
        matches!(self, Format::Crossover | Format::ChatCrossover)
    }

    /// The API it needs.
    pub fn api(self) -> Api {
        match self {
            Format::Chat | Format::ChatCrossover => Api::Chat,
            Format::Diff | Format::Prompt | Format::Crossover => Api::Completions,
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

/// The `llm` operator with one prompt format.
pub struct Llm {
    backend: Arc<Backend>,
    format: Format,
    limits: PromptLimits,
    repair: bool,
    self_eval: bool,
}

/// The follow-up message of a repair: the sandbox's verdict and the request for a fix.
pub fn repair_message(error: &str) -> String {
    format!(
        "Running that program failed:\n\n{}\n\nFix it. Answer with the complete corrected program in \
one ```python code block, without explanations.",
        error.trim()
    )
}

impl Llm {
    /// An operator of `format` over `backend`.
    pub fn new(backend: Arc<Backend>, format: Format, limits: PromptLimits) -> Llm {
        Llm {
            backend,
            format,
            limits,
            repair: false,
            self_eval: false,
        }
    }

    /// With the model's self-evaluation of each child it writes ([`self_eval`]).
    pub fn with_self_eval(mut self, self_eval: bool) -> Llm {
        self.self_eval = self_eval;
        self
    }

    /// `call` (whose reply to `request` gave a child) with the model's self-evaluation of
    /// that child ([`self_eval::evaluate`]), when this operator self-evaluates.
    fn self_evaluated(
        &self,
        mut call: LlmCall,
        request: &Request,
        reply: &str,
        seed: u64,
    ) -> LlmCall {
        if self.self_eval {
            call.self_eval = Some(self_eval::evaluate(&self.backend, request, reply, seed));
        }
        call
    }

    /// With one repair follow-up after a sandbox failure (chat formats).
    pub fn with_repair(mut self, repair: bool) -> Llm {
        self.repair = repair && self.format.api() == Api::Chat;
        self
    }

    fn failed(&self, status: Status, error: String, call: Option<LlmCall>) -> Proposal {
        Proposal::failed(status, error).with_llm(self.format, call)
    }
}

impl Llm {
    /// The child a reply gives, with its edit kind; or the status and why not.
    fn child(
        &self,
        reply: &str,
        parent: &Parent,
        sources: &[&str],
    ) -> Result<(String, LlmEdit), (Status, String)> {
        match self.format {
            Format::Chat | Format::ChatCrossover => match chat::extract(reply, &parent.source) {
                Ok(child) => Ok((child.source().to_string(), child.edit())),
                Err(NoChild::NoCode(why)) => Err((Status::NoCode, why)),
                Err(NoChild::BadEdit(why)) => Err((Status::BadDiff, why)),
            },
            Format::Diff => diff::apply(&parent.source, reply)
                .map(|c| (c, LlmEdit::Diff))
                .map_err(|e| (Status::BadDiff, e.0)),
            Format::Prompt => prompt::splice(&parent.source, &prompt::cut_body(reply))
                .map(|c| (c, LlmEdit::Continuation))
                .ok_or((Status::NoCode, "the completion has no function body".into())),
            Format::Crossover => prompt::crossover_child(sources, &prompt::cut_body(reply))
                .map(|c| (c, LlmEdit::Crossover))
                .ok_or((Status::NoCode, "the completion has no function body".into())),
        }
    }
}

impl Mutator for Llm {
    fn name(&self) -> &str {
        "llm"
    }

    fn mutate(&self, parents: &[Parent], others: &[Parent], seed: u64) -> Proposal {
        let Some(parent) = parents.first() else {
            return self.failed(Status::NoCode, "no parent to edit".into(), None);
        };
        if let Some(why) = self.backend.client.down() {
            return self.failed(Status::LlmError, format!("not sent: {why}"), None);
        }
        // Crossover takes the parent and the other elites the engine drew (two or three).
        let mates: Vec<&Parent> = parents.iter().chain(others).take(3).collect();
        let sources: Vec<&str> = mates.iter().map(|p| p.source.as_str()).collect();
        let stop = |s: &[&str]| s.iter().map(|x| x.to_string()).collect();
        let request = match self.format {
            Format::Chat => Request::Chat(chat::messages(parent, &self.limits)),
            Format::ChatCrossover => {
                let owned: Vec<Parent> = mates.iter().map(|p| (*p).clone()).collect();
                Request::Chat(chat::crossover_messages(&owned, &self.limits))
            }
            Format::Diff => {
                let u = ChaCha8Rng::seed_from_u64(seed).random::<f64>();
                Request::Completion {
                    prompt: diff::prompt(&parent.source, diff::message_for(u)),
                    stop: stop(&DIFF_STOP),
                }
            }
            Format::Prompt => Request::Completion {
                prompt: prompt::prompt(&parent.source),
                stop: stop(&prompt::STOP),
            },
            Format::Crossover => Request::Completion {
                prompt: prompt::crossover_prompt(&sources),
                stop: stop(&prompt::STOP),
            },
        };
        // Room for the longest parent rewritten (a crossover child is about one parent long).
        let longest = sources
            .iter()
            .max_by_key(|s| s.len())
            .copied()
            .unwrap_or("");
        let max_tokens = default_max_tokens(longest);
        let call = self
            .backend
            .block_on(self.backend.client.call(&request, seed, max_tokens));
        let Some(reply) = call.reply.clone() else {
            let error = call
                .error
                .clone()
                .unwrap_or_else(|| call.status.to_string());
            return self.failed(Status::LlmError, error, Some(call));
        };
        match self.child(&reply, parent, &sources) {
            Ok((source, edit)) => Proposal::program(source)
                .with_edit(Edit::llm(edit))
                .with_llm(
                    self.format,
                    Some(self.self_evaluated(call, &request, &reply, seed)),
                ),
            Err((status, why)) => self.failed(status, why, Some(call)),
        }
    }

    fn repair(
        &self,
        parents: &[Parent],
        _others: &[Parent],
        seed: u64,
        first: &LlmCall,
        error: &str,
    ) -> Option<Proposal> {
        let parent = parents.first()?;
        let reply = first.reply.as_deref()?;
        if !self.repair || self.backend.client.down().is_some() {
            return None;
        }
        // The first conversation as sent, the model's own answer, then the error.
        let mut messages: Vec<Message> = serde_json::from_str(&first.prompt).ok()?;
        messages.push(Message::new("assistant", reply));
        messages.push(Message::new("user", repair_message(error)));
        let request = Request::Chat(messages);
        let max_tokens = default_max_tokens(&parent.source);
        // A seed of its own, so a deterministic server does not repeat the first answer.
        let seed = seed ^ 0x7265_7061_6972;
        let call = self
            .backend
            .block_on(self.backend.client.call(&request, seed, max_tokens));
        let Some(text) = call.reply.clone() else {
            let error = call
                .error
                .clone()
                .unwrap_or_else(|| call.status.to_string());
            return Some(self.failed(Status::LlmError, error, Some(call)));
        };
        Some(match chat::extract(&text, &parent.source) {
            Ok(child) => Proposal::program(child.source())
                .with_edit(Edit::Llm {
                    edit: child.edit(),
                    repaired: true,
                })
                .with_llm(
                    self.format,
                    Some(self.self_evaluated(call, &request, &text, seed)),
                ),
            Err(NoChild::NoCode(why)) => self.failed(Status::NoCode, why, Some(call)),
            Err(NoChild::BadEdit(why)) => self.failed(Status::BadDiff, why, Some(call)),
        })
    }

    fn lanes(&self) -> usize {
        self.backend.client.capacity(self.format.api())
    }

    fn halted(&self) -> Option<String> {
        self.backend.client.down()
    }
}
