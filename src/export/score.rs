//! `elmer score` (DESIGN §8): the programs of a JSONL file in a fresh archive.

use std::path::Path;

use rayon::prelude::*;
use serde_json::Value;

use super::ExportError;
use crate::evolve::{Summary, failure_status};
use crate::qd::{Archive, Counters, GridConfig, Insert, Status};
use crate::sandbox::{self, Pool};
use crate::sim::{Evaluator, Outcome, SimConfig};

/// The programs of a JSONL file, with their 1-based line numbers; blank lines are skipped.
///
/// A line is a JSON object with `text` (the program), or `prompt` and `completion` (the
/// program is their concatenation), or `messages` (the program is the content of the last
/// message whose role is `assistant`; when it holds a ``` fence, the code inside the first
/// fenced block).
pub fn programs_from_jsonl(path: &Path, text: &str) -> Result<Vec<(usize, String)>, ExportError> {
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let bad = |message: String| ExportError::BadLine {
            path: path.to_path_buf(),
            line: i + 1,
            message,
        };
        let v: Value = serde_json::from_str(line).map_err(|e| bad(format!("not JSON ({e})")))?;
        let s = |k: &str| v.get(k).and_then(Value::as_str);
        let program = if let Some(t) = s("text") {
            t.to_string()
        } else if let (Some(p), Some(c)) = (s("prompt"), s("completion")) {
            format!("{p}{c}")
        } else if let Some(msgs) = v.get("messages").and_then(Value::as_array) {
            let content = msgs
                .iter()
                .rev()
                .find(|m| m.get("role").and_then(Value::as_str) == Some("assistant"))
                .and_then(|m| m.get("content"))
                .and_then(Value::as_str)
                .ok_or_else(|| bad("no assistant message with a string content".into()))?;
            code_of(content)
        } else {
            return Err(bad(
                "no \"text\", \"prompt\"+\"completion\" or \"messages\"".into(),
            ));
        };
        out.push((i + 1, program));
    }
    if out.is_empty() {
        return Err(ExportError::EmptyFile {
            path: path.to_path_buf(),
        });
    }
    Ok(out)
}

/// The code in a chat reply: inside the first ``` fence if there is one, else all of it.
fn code_of(content: &str) -> String {
    let mut lines = content.lines();
    if !content.contains("```") {
        return content.to_string();
    }
    let mut code = String::new();
    for line in lines.by_ref() {
        if line.trim_start().starts_with("```") {
            break;
        }
    }
    for line in lines {
        if line.trim_start().starts_with("```") {
            break;
        }
        code.push_str(line);
        code.push('\n');
    }
    code
}

/// What `score` found.
#[derive(Clone, Debug)]
pub struct ScoreReport {
    /// The summary object (evaluations, coverage, QD score, runnable rate, ...).
    pub summary: Summary,
    /// Status and insertion counts.
    pub counters: Counters,
    /// The archive the programs filled.
    pub archive: Archive,
}

/// Runs each program in the sandbox (seed [`sandbox::program_seed`] with salt 0) and the
/// simulation (default [`SimConfig`]), in parallel, then inserts the ok walkers in input
/// order (id = index in `programs`) into a fresh archive with the default grid.
pub fn score(programs: &[String], pool: &Pool) -> ScoreReport {
    let cfg = SimConfig::default();
    let grid = GridConfig::default();
    let results: Vec<(Status, Option<(f64, crate::walker::Descriptors)>)> = programs
        .par_iter()
        .map_init(Evaluator::new, |ev, src| {
            match pool.run(src, sandbox::program_seed(src, 0)) {
                Err(f) => (failure_status(&f.kind), None),
                Ok(w) => match ev.evaluate(&w, &cfg) {
                    o @ Outcome::Ok { .. } => {
                        (Status::Ok, o.fitness().map(|f| (f, w.descriptors())))
                    }
                    Outcome::Unstable { .. } => (Status::Unstable, None),
                },
            }
        })
        .collect();
    #[allow(clippy::expect_used)]
    let mut archive = Archive::new(grid.clone()).expect("the default grid is valid");
    let mut counters = Counters::default();
    for (id, (status, ok)) in results.into_iter().enumerate() {
        let insert: Option<Insert> =
            ok.map(|(f, d)| archive.insert(grid.cell_of(&d), id as u64, f));
        counters.record("score", status, insert);
    }
    ScoreReport {
        summary: Summary::new(
            programs.len() as u64,
            archive.stats(),
            counters.runnable_rate(),
        ),
        counters,
        archive,
    }
}
