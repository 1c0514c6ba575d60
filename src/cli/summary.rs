//! The one printer of a run's summary (DESIGN §10) for `evolve`, `score` and `report`: a table
//! on stdout ([`Summary::table`]), or one JSON object per line with `--json`.

use std::io::Write;
use std::path::Path;

use anyhow::Result;
use elmer::qd::{GroupSummary, Summary};

/// A `--json` summary with the run's folder first: `{"run": DIR, ...the summary's fields}`
/// (the one JSON contract: every summary says which run it is).
#[derive(serde::Serialize)]
struct WithRun<'a, T: serde::Serialize> {
    /// The run's folder (or the folder of a group of runs).
    #[serde(skip_serializing_if = "Option::is_none")]
    run: Option<&'a str>,
    /// The summary.
    #[serde(flatten)]
    summary: &'a T,
}

/// One run's summary, after `heading` rows (e.g. `("run", dir)`); with `json`, the object,
/// with the heading's `run` (when it has one) as its first field.
pub fn print(summary: &Summary, heading: &[(&str, &str)], json: bool) -> Result<()> {
    let mut out = std::io::stdout().lock();
    if json {
        let run = heading.iter().find(|(k, _)| *k == "run").map(|(_, v)| *v);
        writeln!(out, "{}", serde_json::to_string(&WithRun { run, summary })?)?;
    } else {
        write!(out, "{}", summary.table(heading))?;
    }
    Ok(())
}

/// A group's mean: `mean of N runs` and the table; with `json`, the object (with `runs`, and
/// the group's folder `dir` as `run` when there is one).
pub fn print_mean(group: &GroupSummary, dir: Option<&Path>, json: bool) -> Result<()> {
    let mut out = std::io::stdout().lock();
    if json {
        let dir = dir.map(|d| d.display().to_string());
        let object = WithRun {
            run: dir.as_deref(),
            summary: group,
        };
        writeln!(out, "{}", serde_json::to_string(&object)?)?;
    } else {
        writeln!(out, "mean of {} runs", group.runs)?;
        write!(out, "{}", group.mean.table(&[]))?;
    }
    Ok(())
}
