//! Row types: one struct per table, and [`Generation`], what one commit writes.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use crate::mutate::{CallId, LlmCall};
use crate::qd::{
    ArchiveStats, CellIndex, ChildId, Counters, Elite, Insert, ParseNameError, Status,
};
use crate::walker::Descriptors;

/// One child (one evaluation): a row of `children`.
///
/// `fitness` and `insertion` are `None` unless `status` is `ok`; `descriptors`, `cell` and
/// `walker` are set when the program gave a valid walker (`ok` and `unstable`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ChildRow {
    /// Program id, unique in the run; the seed program is 0.
    pub id: ChildId,
    /// The generation that proposed it.
    pub generation: u32,
    /// The parents' ids (empty for the seed, two or more for crossover).
    pub parent_ids: Vec<ChildId>,
    /// The operator's name, e.g. `gp` or `llm:diff`.
    pub operator: String,
    /// The LLM format (`diff`, `prompt`, `chat`, ...), if an LLM made it.
    pub format: Option<String>,
    /// The edit applied to the parent (diff, GP edit description), if any.
    pub edit: Option<String>,
    /// The program text; `None` when there was no code (`llm_error`, `no_code`, `bad_diff`).
    pub source: Option<String>,
    /// The seed of the program's `random` module. Stored as its bit pattern in a signed column.
    pub seed: Option<u64>,
    /// What happened.
    pub status: Status,
    /// The error text of a failure.
    pub error: Option<String>,
    /// The walker as JSON (`Walker::to_json`).
    pub walker: Option<String>,
    /// Height, width and mass, program units.
    pub descriptors: Option<Descriptors>,
    /// The cell of the descriptors.
    pub cell: Option<CellIndex>,
    /// Distance travelled, metres; finite, `ok` children only.
    pub fitness: Option<f64>,
    /// What inserting it did, `ok` children only.
    pub insertion: Option<Insert>,
    /// The LLM call that made it (`llm_calls.id`).
    pub llm_call_id: Option<CallId>,
    /// CPU time of the simulation on its thread, microseconds.
    pub sim_us: Option<u64>,
    /// Engine-side thread CPU of the whole evaluation (requests, validation, simulation), µs.
    pub cpu_us: Option<u64>,
}

/// The metrics after one generation: a row of `metrics`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MetricsRow {
    /// The generation.
    pub generation: u32,
    /// Evaluations so far, this generation's included.
    pub evaluations: u64,
    /// Archive metrics (pyribs' names; their own columns).
    pub stats: ArchiveStats,
    /// The paper's diff-valid rate over the run so far.
    pub diff_valid_rate: f64,
    /// The paper's runnable rate over the run so far.
    pub runnable_rate: f64,
    /// Per-status and per-operator counts (JSON in the `counts` column).
    pub counts: Counters,
    /// Run time so far, seconds (summed over sessions when resumed).
    pub elapsed_s: f64,
}

/// The single row of `run`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RunRow {
    /// The resolved run config, TOML.
    pub config: String,
    /// The store's schema version.
    pub schema_version: u32,
    /// The engine's RNG state after the last committed generation (opaque JSON).
    pub rng_state: String,
    /// Whether the run is going, was interrupted, or finished.
    pub status: RunStatus,
    /// When the run was created, RFC 3339 UTC.
    pub created_at: String,
    /// When the row last changed, RFC 3339 UTC.
    pub updated_at: String,
    /// The last committed generation; `None` before the first.
    pub generation: Option<u32>,
    /// The id the next child will get.
    pub next_child_id: ChildId,
}

/// Where a run stands; stored as its lower-case name.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum RunStatus {
    /// Being written, or killed while being written.
    Running,
    /// Stopped by Ctrl-C after saving its last generation.
    Interrupted,
    /// Its evaluation budget is spent.
    Complete,
}

impl RunStatus {
    /// Every run status.
    pub const ALL: [RunStatus; 3] = [
        RunStatus::Running,
        RunStatus::Interrupted,
        RunStatus::Complete,
    ];

    /// The stored name: `running`, `interrupted` or `complete`.
    pub const fn as_str(self) -> &'static str {
        match self {
            RunStatus::Running => "running",
            RunStatus::Interrupted => "interrupted",
            RunStatus::Complete => "complete",
        }
    }
}

impl fmt::Display for RunStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for RunStatus {
    type Err = ParseNameError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        RunStatus::ALL
            .into_iter()
            .find(|status| status.as_str() == s)
            .ok_or_else(|| ParseNameError {
                kind: "run status",
                value: s.to_owned(),
                valid: RunStatus::ALL.map(RunStatus::as_str).to_vec(),
            })
    }
}

/// Everything one generation adds to a run: [`RunStore::commit`](super::RunStore::commit)
/// writes it in one transaction.
#[derive(Clone, Debug, PartialEq)]
pub struct Generation {
    /// The generation: 0 for the first commit, then the last committed + 1.
    pub generation: u32,
    /// Its children, in any order (ids unique in the run).
    pub children: Vec<ChildRow>,
    /// The LLM calls its children reference, each under its id (`llm_calls.id`, unique in the
    /// run).
    pub llm_calls: Vec<(CallId, LlmCall)>,
    /// The cells whose elite changed, with the new elite (a child of this generation).
    pub elites: Vec<(CellIndex, Elite)>,
    /// The metrics after it.
    pub metrics: MetricsRow,
    /// The engine's RNG state after it (opaque JSON).
    pub rng_state: String,
    /// The id the next child will get.
    pub next_child_id: ChildId,
    /// The run's status after it (`Complete` on the last generation).
    pub status: RunStatus,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn run_status_names_round_trip() {
        for status in RunStatus::ALL {
            assert_eq!(status.as_str().parse::<RunStatus>(), Ok(status));
            let json = serde_json::to_string(&status).unwrap();
            assert_eq!(json, format!("\"{status}\""));
        }
        let err = "done".parse::<RunStatus>().unwrap_err().to_string();
        assert_eq!(
            err,
            "unknown run status `done`; expected one of: running, interrupted, complete"
        );
    }
}
