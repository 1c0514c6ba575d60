//! The run store (DESIGN §7): one run's children, elites, metrics and LLM calls in SQLite.
//!
//! # Overview
//! A run is a folder `archives/<name>/` holding `run.sqlite` (bundled SQLite, WAL mode).
//! [`RunStore::resolve`] maps RUN on the command line to that file; [`RunStore::create`] makes a
//! new run, [`RunStore::open`] reopens one to resume (migrating an older schema),
//! [`RunStore::open_read_only`] reads one for report, export and the viewer, also while a run
//! is writing it.
//!
//! In: from the evolution loop, one [`Generation`] per [`RunStore::commit`]: its children
//! ([`ChildRow`]), LLM calls ([`LlmCall`] under their ids), the cells whose elite changed,
//! the metrics ([`MetricsRow`]), the RNG state and the run status; all in one transaction, so a
//! run killed at any moment loses at most the generation in progress. Out: the same rows, the [`RunRow`],
//! and the archive rebuilt from the elites ([`RunStore::archive`], same hash as the live one).
//!
//! The store runs nothing: no sandbox, no simulation. It only converts: a [`CellIndex`] is
//! stored as its flat row-major index under the run's grid (kept as JSON in `run.grid`), a
//! [`Status`] as its lower-case name, seeds (`u64`) as the `i64` of the same bits. The schema
//! (table and column names are fixed: other tools read them) and its versioning through
//! `PRAGMA user_version` are in [`MIGRATIONS`].
//!
//! The store's jobs, one file each: `run_store` (create, open, the run row), `commit` (one
//! generation's rows), `read` (the readers), `decode` (the column lists and row decoding, by
//! column name), `guard` (values that cannot be stored are refused), `connection` (the file and
//! its connections), `checkpoint` (the WAL checkpoint thread), `schema` (migrations). A new
//! column is a name in `decode`'s list for its table, its field read there and bound in
//! `commit`, and a new entry of [`MIGRATIONS`].
//! The self-evaluation columns of `llm_calls` are the exception: optional on read, they live in
//! `self_eval` (written with the call, read when the store has them).
//!
//! [`CellIndex`]: crate::qd::CellIndex
//! [`LlmCall`]: crate::mutate::LlmCall
//! [`Status`]: crate::qd::Status

mod checkpoint;
mod commit;
mod connection;
mod decode;
mod error;
#[cfg(test)]
mod fixtures;
mod guard;
mod read;
mod rows;
mod run_store;
mod schema;
mod self_eval;

/// The self-evaluation record of a call, for readers that see it through the store.
pub use crate::mutate::SelfEval;
pub use error::StoreError;
pub use rows::{ChildRow, Generation, MetricsRow, RunRow, RunStatus};
pub use run_store::{DB_FILE, RunStore};
pub use schema::{MIGRATIONS, SCHEMA_VERSION};
pub use self_eval::SelfEvalRecord;
