//! The generation loop of DESIGN §4 as an ask/tell engine (pyribs' scheduler shape).
//!
//! # Overview
//! - [`Engine`] (`engine.rs`): the MAP-Elites state. [`Engine::ask`] selects every parent of
//!   a generation from the archive as it stood at the generation's start, with the run's RNG,
//!   and hands out [`Task`]s; [`Engine::tell`] consumes each task with its [`Evaluation`], in
//!   task-id order (checked), updating the archive and counters, and returns the child's
//!   records ([`Told`]); [`Engine::finish`] packs a generation's records for one store commit.
//!   No I/O: it never touches the sandbox, an operator or the store.
//! - [`evaluate`] and [`evaluate_generation`] (`evaluation.rs`): a task's child made by its
//!   operator and run through the one evaluation path ([`crate::evaluate`]), in parallel: the
//!   lanes for operators that wait on a server, rayon for the rest, CPU accounting, and the
//!   repair policy.
//! - [`Context`] (`context.rs`): the wiring: the sandbox pool and the operators of a config.
//! - [`run`] and [`check_seed`] (`run.rs`): the loop the CLI drives, committing each
//!   generation; Ctrl-C and a halted operator stop it after a commit.
//!
//! The seed program is evaluation 0. Reproducibility: all randomness comes from the run's RNG
//! at `ask` time (parent cells and a seed per task), the sandbox seeds `random` from the
//! program text, and the simulation is pure, so a gp run gives the same archive for any
//! thread count.

mod context;
mod engine;
mod evaluation;
mod run;

pub use context::Context;
pub use engine::{Engine, Evaluation, Task, Told, allot};
pub use evaluation::{evaluate, evaluate_generation};
pub use run::{Progress, check_seed, run};

use thiserror::Error;

use crate::mutate::llm::ClientError;
use crate::qd::{ChildId, Status};
use crate::sandbox::SandboxError;
use crate::store::StoreError;

/// The operator name recorded for the seed program (evaluation 0).
pub const SEED_OPERATOR: &str = "seed";

/// Why a run cannot go on. Program failures are not errors: they are statuses.
#[derive(Debug, Error)]
pub enum EvolveError {
    /// The store failed.
    #[error(transparent)]
    Store(#[from] StoreError),
    /// The sandbox could not start.
    #[error(transparent)]
    Sandbox(#[from] SandboxError),
    /// The seed program does not give a walker that simulates; nothing can evolve from it.
    #[error("the seed program does not run: {status}: {error}")]
    SeedFailed {
        /// Its status.
        status: Status,
        /// Why.
        error: String,
    },
    /// The stored state cannot be resumed.
    #[error("{0}")]
    Corrupt(String),
    /// The LLM client cannot start (e.g. an API key variable is not set).
    #[error(transparent)]
    Llm(#[from] ClientError),
    /// An operator cannot go on (every LLM endpoint down); the last generation is saved.
    #[error("{message}; the run is saved: fix the endpoint, then continue with --resume")]
    OperatorDown {
        /// Why.
        message: String,
    },
    /// A task was told out of order, or a generation finished before all its tasks were
    /// told: a bug in the caller of [`Engine`]. Fix: tell every asked task, in task-id order.
    #[error("tell out of order: expected task {expected}, got {got}")]
    TellOrder {
        /// The task the engine waits for (for `finish`, the first one not yet asked).
        expected: ChildId,
        /// The task it got (for `finish`, the first one not yet told).
        got: ChildId,
    },
}
