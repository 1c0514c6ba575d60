//! [`Summary`]: the run's metrics as printed at the end of `evolve` (and by `report`, `score`).

use serde::{Deserialize, Serialize};

use super::archive::ArchiveStats;

/// The summary object of DESIGN §10.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Summary {
    /// Evaluations, the seed program included.
    pub evaluations: u64,
    /// Filled cells.
    pub num_elites: usize,
    /// Filled cells / all cells.
    pub coverage: f64,
    /// Sum of elite fitness, metres.
    pub qd_score: f64,
    /// `qd_score` / number of cells.
    pub norm_qd_score: f64,
    /// Best fitness (null when empty).
    pub obj_max: Option<f64>,
    /// Mean elite fitness (null when empty).
    pub obj_mean: Option<f64>,
    /// Share of evaluations that ran and gave a valid walker.
    pub runnable_rate: f64,
}

impl Summary {
    /// From archive stats.
    pub fn new(evaluations: u64, s: &ArchiveStats, runnable_rate: f64) -> Summary {
        Summary {
            evaluations,
            num_elites: s.num_elites,
            coverage: s.coverage,
            qd_score: s.qd_score,
            norm_qd_score: s.norm_qd_score,
            obj_max: s.obj_max,
            obj_mean: s.obj_mean,
            runnable_rate,
        }
    }
}
