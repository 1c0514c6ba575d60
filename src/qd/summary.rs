//! [`Summary`]: the run's metrics as `evolve`, `score` and `report` print them (DESIGN §10),
//! and [`GroupSummary`], the mean over a group of runs.

use std::fmt;

use serde::{Deserialize, Serialize};

use super::archive::ArchiveStats;

/// The summary object of DESIGN §10: one run's metrics, or (from [`Summary::mean`]) each the
/// mean over a group of runs. The one struct for them: `--json` writes it with serde (counts as
/// integers when whole), the terminal gets [`Summary::table`].
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Summary {
    /// Evaluations, the seed program included (a mean may be fractional).
    #[serde(serialize_with = "whole_as_integer")]
    pub evaluations: f64,
    /// Filled cells (a mean may be fractional).
    #[serde(serialize_with = "whole_as_integer")]
    pub num_elites: f64,
    /// Filled cells / all cells.
    pub coverage: f64,
    /// Sum of elite fitness, metres.
    pub qd_score: f64,
    /// `qd_score` / number of cells.
    pub norm_qd_score: f64,
    /// Best fitness, metres (null when empty; a mean is over the runs with an elite).
    pub obj_max: Option<f64>,
    /// Mean elite fitness, metres (null when empty; a mean is over the runs with an elite).
    pub obj_mean: Option<f64>,
    /// Share of evaluations that ran and gave a valid walker.
    pub runnable_rate: f64,
}

/// The `--json` summary of a group of runs (`report`, `evolve --replicates`): `runs`, then each
/// metric's mean over them (for one run, its own).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct GroupSummary {
    /// Number of runs in the group (1 for a single run).
    pub runs: usize,
    /// The mean of each metric.
    #[serde(flatten)]
    pub mean: Summary,
}

impl Summary {
    /// One run's summary: its evaluations, archive stats and runnable rate.
    pub fn new(evaluations: u64, s: &ArchiveStats, runnable_rate: f64) -> Summary {
        Summary {
            evaluations: evaluations as f64,
            num_elites: s.num_elites as f64,
            coverage: s.coverage,
            qd_score: s.qd_score,
            norm_qd_score: s.norm_qd_score,
            obj_max: s.obj_max,
            obj_mean: s.obj_mean,
            runnable_rate,
        }
    }

    /// The mean of `summaries`, each counted as one run (all zero when empty); `obj_max` and
    /// `obj_mean` are the means over the runs that have an elite (`None` if none has).
    pub fn mean(summaries: &[Summary]) -> GroupSummary {
        let n = summaries.len().max(1) as f64;
        let mean = |f: &dyn Fn(&Summary) -> f64| summaries.iter().map(f).sum::<f64>() / n;
        let mean_opt = |f: &dyn Fn(&Summary) -> Option<f64>| {
            let v: Vec<f64> = summaries.iter().filter_map(f).collect();
            (!v.is_empty()).then(|| v.iter().sum::<f64>() / v.len() as f64)
        };
        GroupSummary {
            runs: summaries.len(),
            mean: Summary {
                evaluations: mean(&|s| s.evaluations),
                num_elites: mean(&|s| s.num_elites),
                coverage: mean(&|s| s.coverage),
                qd_score: mean(&|s| s.qd_score),
                norm_qd_score: mean(&|s| s.norm_qd_score),
                obj_max: mean_opt(&|s| s.obj_max),
                obj_mean: mean_opt(&|s| s.obj_mean),
                runnable_rate: mean(&|s| s.runnable_rate),
            },
        }
    }

    /// The terminal table: `heading` rows (e.g. `("run", dir)`), then one `name  value` row
    /// per metric, names padded to one column; `-` for a missing fitness.
    pub fn table<'a>(&'a self, heading: &'a [(&'a str, &'a str)]) -> Table<'a> {
        Table {
            summary: self,
            heading,
        }
    }
}

/// [`Summary::table`]'s `Display`.
pub struct Table<'a> {
    summary: &'a Summary,
    heading: &'a [(&'a str, &'a str)],
}

impl fmt::Display for Table<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let s = self.summary;
        let opt = |v: Option<f64>| v.map_or("-".to_string(), |x| format!("{x:.4}"));
        let rows = [
            ("evaluations", s.evaluations.to_string()),
            ("num_elites", s.num_elites.to_string()),
            ("coverage", format!("{:.4}", s.coverage)),
            ("qd_score", format!("{:.4}", s.qd_score)),
            ("norm_qd_score", format!("{:.6}", s.norm_qd_score)),
            ("obj_max", opt(s.obj_max)),
            ("obj_mean", opt(s.obj_mean)),
            ("runnable_rate", format!("{:.4}", s.runnable_rate)),
        ];
        for (name, value) in self.heading {
            writeln!(f, "{name:<15}{value}")?;
        }
        for (name, value) in rows {
            writeln!(f, "{name:<15}{value}")?;
        }
        Ok(())
    }
}

/// Writes a whole number below 2^53 as a JSON integer, else a float.
fn whole_as_integer<S: serde::Serializer>(v: &f64, s: S) -> Result<S::Ok, S::Error> {
    if v.fract() == 0.0 && v.abs() < 9_007_199_254_740_992.0 {
        s.serialize_i64(*v as i64)
    } else {
        s.serialize_f64(*v)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(qd: f64, elites: usize, obj_max: Option<f64>) -> Summary {
        let stats = ArchiveStats {
            num_elites: elites,
            coverage: elites as f64 / 1728.0,
            qd_score: qd,
            norm_qd_score: qd / 1728.0,
            obj_max,
            obj_mean: obj_max,
        };
        Summary::new(4000, &stats, 0.843)
    }

    #[test]
    fn the_table_is_the_readme_s() {
        let s = Summary {
            evaluations: 4000.0,
            num_elites: 175.0,
            coverage: 0.10127,
            qd_score: 1958.24689,
            norm_qd_score: 1.1332447,
            obj_max: Some(30.25049),
            obj_mean: Some(11.19),
            runnable_rate: 0.843,
        };
        assert_eq!(
            s.table(&[("run", "archives/square-20261128-083340")])
                .to_string(),
            "run            archives/square-20261128-083340\nevaluations    4000\n\
             num_elites     175\ncoverage       0.1013\nqd_score       1958.2469\n\
             norm_qd_score  1.133245\nobj_max        30.2505\nobj_mean       11.1900\n\
             runnable_rate  0.8430\n"
        );
    }

    #[test]
    fn json_counts_are_integers_when_whole_and_a_group_leads_with_runs() {
        let a = one(10.0, 3, Some(4.0));
        let json = serde_json::to_string(&a).unwrap();
        assert!(
            json.starts_with("{\"evaluations\":4000,\"num_elites\":3,\"coverage\":"),
            "{json}"
        );
        let group = Summary::mean(&[a.clone(), one(20.0, 4, None)]);
        assert_eq!(group.runs, 2);
        assert_eq!(group.mean.qd_score, 15.0);
        assert_eq!(group.mean.obj_max, Some(4.0), "over the runs with an elite");
        let json = serde_json::to_string(&group).unwrap();
        assert!(
            json.starts_with("{\"runs\":2,\"evaluations\":4000,\"num_elites\":3.5,"),
            "{json}"
        );
        assert_eq!(Summary::mean(&[]).runs, 0);
    }
}
