//! Conditional sampling scored (ELM Stage 2's evaluation): did the programs asked for a cell
//! land in it?
//!
//! A line of a JSONL file may name the cell its program was asked for in a `cell` field
//! ("i,j,k", e.g. written by `elmer bootstrap sample`). [`target_cells`] reads them;
//! [`target_report`] compares them with where [`super::score`] put each program.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use serde::Serialize;
use serde_json::Value;

use super::score::json_lines;
use super::{ExportError, ScoreReport};
use crate::qd::{CellIndex, Status};

/// The `cell` field of every non-blank line of a JSONL file, in the order of
/// [`super::programs_from_jsonl`]; `None` where a line has none.
pub fn target_cells(path: &Path, text: &str) -> Result<Vec<Option<CellIndex>>, ExportError> {
    let mut out = Vec::new();
    for (line, v) in json_lines(path, text)? {
        let bad = |message: String| ExportError::BadLine {
            path: path.to_path_buf(),
            line,
            message,
        };
        let cell = match v.get("cell") {
            None | Some(Value::Null) => None,
            Some(Value::String(s)) => Some(s.parse::<CellIndex>().map_err(|e| {
                bad(format!(
                    "\"cell\": {e} (expected \"i,j,k\", the target cell)"
                ))
            })?),
            Some(other) => {
                return Err(bad(format!(
                    "\"cell\" must be a string \"i,j,k\", got {other}"
                )));
            }
        };
        out.push(cell);
    }
    Ok(out)
}

/// How the programs that named a target cell did (the paper's Stage-2 evaluation).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct TargetReport {
    /// Programs that named a target cell.
    pub asked: usize,
    /// Distinct target cells.
    pub cells: usize,
    /// Of those, programs whose walker ran, was valid and stable (status `ok`).
    pub valid: usize,
    /// Of those, valid programs whose walker is in the target cell.
    pub hits: usize,
    /// `valid / asked`.
    pub valid_rate: f64,
    /// `hits / asked`.
    pub hit_rate: f64,
    /// The hit rate if the targets were ignored: for each asked program, the share of the
    /// asked programs whose valid walker is in its target cell, averaged. It is the hit rate
    /// the same walkers would score with their targets shuffled among them.
    pub chance_rate: f64,
    /// Distinct cells the valid programs filled: the coverage from sampling alone, in cells.
    pub filled: usize,
}

/// The [`TargetReport`] of a scored file whose lines named `targets` (one per program, in
/// order); `None` when no line named a cell.
pub fn target_report(report: &ScoreReport, targets: &[Option<CellIndex>]) -> Option<TargetReport> {
    let landed: Vec<(CellIndex, Option<CellIndex>)> = report
        .generations
        .iter()
        .flat_map(|g| &g.children)
        .zip(targets)
        .filter_map(|(row, t)| {
            let valid = row.status == Status::Ok;
            t.map(|t| (t, row.cell.filter(|_| valid)))
        })
        .collect();
    if landed.is_empty() {
        return None;
    }
    let asked = landed.len();
    let mut per_cell: BTreeMap<CellIndex, usize> = BTreeMap::new();
    for c in landed.iter().filter_map(|(_, c)| *c) {
        *per_cell.entry(c).or_default() += 1;
    }
    let valid = landed.iter().filter(|(_, c)| c.is_some()).count();
    let hits = landed.iter().filter(|(t, c)| Some(*t) == *c).count();
    let chance: f64 = landed
        .iter()
        .map(|(t, _)| per_cell.get(t).copied().unwrap_or(0) as f64 / asked as f64)
        .sum::<f64>()
        / asked as f64;
    let cells: BTreeSet<CellIndex> = landed.iter().map(|(t, _)| *t).collect();
    Some(TargetReport {
        asked,
        cells: cells.len(),
        valid,
        hits,
        valid_rate: valid as f64 / asked as f64,
        hit_rate: hits as f64 / asked as f64,
        chance_rate: chance,
        filled: per_cell.len(),
    })
}
