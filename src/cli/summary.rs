//! The one printer of a run's summary (DESIGN §10) for `evolve`, `score` and `report`: a table
//! on stdout ([`Summary::table`]), or one JSON object per line with `--json`.

use std::io::Write;

use anyhow::Result;
use elmer::qd::{GroupSummary, Summary};

/// One run's summary, after `heading` rows (e.g. `("run", dir)`); with `json`, the object alone.
pub fn print(summary: &Summary, heading: &[(&str, &str)], json: bool) -> Result<()> {
    let mut out = std::io::stdout().lock();
    if json {
        writeln!(out, "{}", serde_json::to_string(summary)?)?;
    } else {
        write!(out, "{}", summary.table(heading))?;
    }
    Ok(())
}

/// A group's mean: `mean of N runs` and the table; with `json`, the object (with `runs`).
pub fn print_mean(group: &GroupSummary, json: bool) -> Result<()> {
    let mut out = std::io::stdout().lock();
    if json {
        writeln!(out, "{}", serde_json::to_string(group)?)?;
    } else {
        writeln!(out, "mean of {} runs", group.runs)?;
        write!(out, "{}", group.mean.table(&[]))?;
    }
    Ok(())
}
