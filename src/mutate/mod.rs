//! Mutation operators: parent programs in, a child program (or a failure) out (DESIGN.md §5).
//!
//! # Overview
//! - [`Mutator`]: the operator interface the engine drives. It gets the selected [`Parent`]s,
//!   other elites (for crossover) and a per-child seed, and returns a [`Proposal`]: the child's
//!   source with provenance (the edit kind, the prompt format, the [`LlmCall`] if any), or a
//!   failure that is recorded as a [`Status`] (data, never an `Err`).
//! - [`Gp`]: the embedded genetic-programming operator (no network). It edits the program's
//!   syntax tree with Python's own `ast` inside a sandbox worker (`sodarace/gp.py`, reached
//!   through [`Pool::call`](crate::sandbox::Pool::call)); its weights are [`GpConfig`]
//!   (`[mutate.gp]`). The edit kinds are [`EditKind::ALL`]; a child's provenance is an
//!   [`Edit`] and, for an LLM operator, its [`Format`].
//! - [`llm::Llm`]: the language-model operator over OpenAI-compatible servers ([`llm`]).
//! - [`LlmCall`]: the record of one language-model request (`gp` never sets it), with the
//!   model's [`SelfEval`] of its child when the operator asks for one.
//!
//! An operator never runs the child: the engine evaluates it, and marks a child whose
//! normalised source equals its parent's `unchanged`.

mod edit;
mod gp;
pub mod llm;

pub use edit::{Edit, EditKind, LlmEdit};
pub use gp::{Gp, GpConfig, GpConfigError};

use serde::{Deserialize, Serialize};

use crate::qd::{CellIndex, ChildId, Failure, Status};
use llm::Format;

/// A parent handed to a mutation operator.
#[derive(Clone, Debug, PartialEq)]
pub struct Parent {
    /// The parent's program (child) id in the run.
    pub id: ChildId,
    /// Its source text.
    pub source: String,
    /// Its fitness, metres.
    pub fitness: f64,
    /// Its archive cell.
    pub cell: CellIndex,
}

/// What an operator proposes: a child program or why there is none, with its provenance.
#[derive(Clone, Debug, PartialEq)]
pub struct Proposal {
    /// The child's source text, to be evaluated; or no child, whose status and error are
    /// stored as the child's (e.g. [`Status::SyntaxError`] for a parent that does not parse,
    /// [`Status::LlmError`] or [`Status::BadDiff`] for an LLM operator).
    pub child: Result<String, Failure>,
    /// The edit applied (or attempted, if known).
    pub edit: Option<Edit>,
    /// The prompt format of an LLM operator.
    pub format: Option<Format>,
    /// The LLM call that produced it, if one was made.
    pub llm_call: Option<LlmCall>,
}

impl Proposal {
    /// A child program, without provenance yet.
    pub fn program(source: impl Into<String>) -> Proposal {
        Proposal {
            child: Ok(source.into()),
            edit: None,
            format: None,
            llm_call: None,
        }
    }

    /// No child, with `status` because of `error`.
    pub fn failed(status: Status, error: impl Into<String>) -> Proposal {
        Proposal {
            child: Err(Failure::new(status, error)),
            edit: None,
            format: None,
            llm_call: None,
        }
    }

    /// With the edit that made it.
    pub fn with_edit(mut self, edit: Edit) -> Proposal {
        self.edit = Some(edit);
        self
    }

    /// With the LLM format and call that made it.
    pub fn with_llm(mut self, format: Format, call: Option<LlmCall>) -> Proposal {
        self.format = Some(format);
        self.llm_call = call;
        self
    }
}

/// A mutation operator. `Send + Sync`: the engine calls it from rayon threads by reference.
pub trait Mutator: Send + Sync {
    /// The operator's name, stored in the `operator` column (e.g. `gp`).
    fn name(&self) -> &str;

    /// One child of `parents` (usually one; several for crossover formats), with `others` as
    /// extra material (other elites) and `seed` as the only source of randomness: the same
    /// inputs and seed give the same proposal (for `gp`; an LLM server may not be
    /// deterministic).
    fn mutate(&self, parents: &[Parent], others: &[Parent], seed: u64) -> Proposal;

    /// As [`mutate`](Mutator::mutate), with the archive's guidance (context elites and a
    /// target cell) for an operator whose prompt uses it; the others ignore it.
    fn mutate_guided(
        &self,
        parents: &[Parent],
        others: &[Parent],
        _guide: Option<&llm::Guide>,
        seed: u64,
    ) -> Proposal {
        self.mutate(parents, others, seed)
    }

    /// How many [`mutate`](Mutator::mutate) calls may usefully wait at once (requests in
    /// flight): the engine runs that many of them on their own threads, overlapping with the
    /// physics. 0 (the default) means the operator computes locally and runs inline.
    fn lanes(&self) -> usize {
        0
    }

    /// One follow-up after the child of `first` (a proposal of this operator) failed in the
    /// sandbox with `error`: the operator's second try, or `None` when it does not repair.
    fn repair(
        &self,
        _parents: &[Parent],
        _others: &[Parent],
        _seed: u64,
        _first: &LlmCall,
        _error: &str,
    ) -> Option<Proposal> {
        None
    }

    /// Set when the operator cannot go on (every endpoint down): the engine commits the
    /// generation and stops the run with this message.
    fn halted(&self) -> Option<String> {
        None
    }
}

/// An LLM call's id in its run (`llm_calls.id`), from 1, in the order the engine records them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct CallId(pub u64);

impl CallId {
    /// The first call's id.
    pub const FIRST: CallId = CallId(1);

    /// The stored integer.
    pub const fn get(self) -> u64 {
        self.0
    }

    /// The id after this one.
    pub const fn next(self) -> CallId {
        CallId(self.0 + 1)
    }
}

impl std::fmt::Display for CallId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.fmt(f)
    }
}

/// The provenance of one language-model call: a row of the `llm_calls` table (DESIGN §7),
/// which the run store keeps under a call id unique in the run.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LlmCall {
    /// The endpoint's base URL or name.
    pub endpoint: String,
    /// The model name sent.
    pub model: String,
    /// The full prompt (or the chat messages as JSON).
    pub prompt: String,
    /// The request parameters (temperature, top_p, max_tokens, stop, ...).
    pub params: serde_json::Value,
    /// The sampling seed sent, if any. Stored as its bit pattern in a signed column.
    pub seed: Option<u64>,
    /// The reply text, if one came.
    pub reply: Option<String>,
    /// Prompt tokens reported by the server.
    pub prompt_tokens: Option<u64>,
    /// Completion tokens reported by the server.
    pub completion_tokens: Option<u64>,
    /// Wall time of the call, retries included, milliseconds.
    pub latency_ms: u64,
    /// `ok` or how it failed; stored as its text (`ok`, `http_429`, `timeout`, ...).
    pub status: llm::CallStatus,
    /// The error text of a failed call.
    pub error: Option<String>,
    /// The model's forecast for the child, when its operator self-evaluates (issue 21).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub self_eval: Option<SelfEval>,
}

/// The model's own forecast for a child it wrote, read from token log-probabilities
/// ([`llm::self_eval`]); the `p_runs`, `p_improves` and `self_eval_*` columns of `llm_calls`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SelfEval {
    /// P("Yes") to "Will this program run and build a valid walker?", in [0, 1]; `None` when
    /// not read (see `status`) or when neither Yes nor No was among the likely answers.
    pub p_runs: Option<f64>,
    /// P("Yes") to "Will its walker travel farther than the parent's?", as `p_runs`.
    pub p_improves: Option<f64>,
    /// Prompt tokens of the self-evaluation's requests, summed, if the server said.
    pub prompt_tokens: Option<u64>,
    /// Completion tokens of the self-evaluation's requests, summed, if the server said.
    pub completion_tokens: Option<u64>,
    /// Wall time of the self-evaluation's requests, retries included, milliseconds.
    pub latency_ms: u64,
    /// `ok`, `no_logprobs` (the server sent none), or the failed request's kind
    /// (`http_500`, `timeout`, ...).
    pub status: String,
}
