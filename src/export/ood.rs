//! The out-of-distribution kit of `elmer score` (the ELM paper's test of a Stage-2 model on
//! walkers unlike its training data).
//!
//! # Overview
//! - [`ood_kit`]: for each of [`OOD_SEEDS`] (wheel, galloper, runner; `sodarace/seeds/`), a
//!   completion prompt made of the program's first half ([`half_prompt`]);
//!   [`ood_prompts_jsonl`] writes them as `{"seed", "prompt"}` lines for a user's model.
//! - [`ood_completions`] reads the model's answers (`{"seed" or "prompt", "completion"}`
//!   lines) and joins each to its prompt: program = prompt + completion, nothing added between.
//! - [`score_ood`] runs every joined program and the original seeds (default sim config with
//!   the engine chosen, salt 0, as `elmer score`) and reports each completion's fitness as a share of its original's.
//!
//! "First half": the prompt is the Stage-2 `prompt`-format prompt of the seed
//! ([`split_prompt`]: the fixed API header, the seed's lines before `def make_walker():` minus
//! its `walker_creator` import, then `def make_walker():`) followed by the first
//! floor(n / 2) of the n body lines after `def make_walker():` (trailing blank lines not
//! counted; comments and blank lines inside count as lines). The three seeds end with
//! `make_walker`, so its body is the rest of the file.

use std::path::Path;

use rayon::prelude::*;
use serde::Serialize;
use serde_json::{Value, json};

use super::ExportError;
use super::stage2::split_prompt;
use crate::evaluate;
use crate::qd::Status;
use crate::sandbox::{self, Pool};
use crate::seeds;
use crate::sim::{Evaluator, SimConfig};

/// The seeds of the kit, in the order of the prompts file.
pub const OOD_SEEDS: [&str; 3] = ["wheel", "galloper", "runner"];

/// One prompt of the kit.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OodPrompt {
    /// The seed's name.
    pub seed: &'static str,
    /// The completion prompt: the first half of the program (see the module doc).
    pub prompt: String,
    /// The original second half: `prompt + rest` runs as the original walker.
    pub rest: String,
    /// The seed program as written (its fitness is the reference).
    pub original: &'static str,
}

/// A program's first half as a completion prompt, and the rest: `(prompt, rest)` with
/// `prompt + rest` a program building the same walker. `None` without a
/// `def make_walker():` line.
pub fn half_prompt(source: &str) -> Option<(String, String)> {
    let (mut prompt, body) = split_prompt(source)?;
    let lines: Vec<&str> = body.split_inclusive('\n').collect();
    let mut n = lines.len();
    while n > 0 && lines[n - 1].trim().is_empty() {
        n -= 1;
    }
    let half = n / 2;
    prompt.push_str(&lines[..half].concat());
    Some((prompt, lines[half..].concat()))
}

/// The kit: one prompt per seed of [`OOD_SEEDS`], in that order.
pub fn ood_kit() -> Vec<OodPrompt> {
    OOD_SEEDS
        .iter()
        .filter_map(|&name| {
            let seed = seeds::find(name)?;
            let (prompt, rest) = half_prompt(seed.source)?;
            Some(OodPrompt {
                seed: seed.name,
                prompt,
                rest,
                original: seed.source,
            })
        })
        .collect()
}

/// The kit as JSONL: one `{"seed": NAME, "prompt": PROMPT}` line per seed.
pub fn ood_prompts_jsonl() -> String {
    let mut out = String::new();
    for p in ood_kit() {
        out.push_str(&json!({"seed": p.seed, "prompt": p.prompt}).to_string());
        out.push('\n');
    }
    out
}

/// One completion, joined to its prompt.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OodCompletion {
    /// Its 1-based line in the file.
    pub line: usize,
    /// The seed it completes.
    pub seed: &'static str,
    /// The kit's prompt for that seed followed by the completion.
    pub program: String,
}

/// The completions of a JSONL file (blank lines skipped). Each line is an object with a
/// string `completion` and either `seed` (a kit seed name) or `prompt` (a kit prompt, as
/// written by [`ood_prompts_jsonl`]) or both (then they must agree). The program is the kit's
/// prompt + the completion, nothing added between; several completions per seed are fine.
pub fn ood_completions(path: &Path, text: &str) -> Result<Vec<OodCompletion>, ExportError> {
    let kit = ood_kit();
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let bad = |message: String| ExportError::BadCompletion {
            path: path.to_path_buf(),
            line: i + 1,
            message,
        };
        let v: Value = serde_json::from_str(line)
            .map_err(|e| bad(format!("not JSON ({e}); each line is an object")))?;
        let completion = v
            .get("completion")
            .and_then(Value::as_str)
            .ok_or_else(|| bad("no string \"completion\": add the model's text there".into()))?;
        let by_seed = match v.get("seed") {
            None => None,
            Some(s) => {
                let name = s.as_str().unwrap_or_default();
                Some(kit.iter().find(|p| p.seed == name).ok_or_else(|| {
                    bad(format!(
                        "\"seed\" {s} is not a kit seed (expected one of {})",
                        OOD_SEEDS.join(", ")
                    ))
                })?)
            }
        };
        let entry = match (by_seed, v.get("prompt")) {
            (Some(p), None) => p,
            (found, Some(prompt)) => {
                let prompt = prompt.as_str().unwrap_or_default();
                let by_prompt = kit.iter().find(|p| p.prompt == prompt).ok_or_else(|| {
                    bad(
                        "\"prompt\" is not one of the kit's prompts; keep the prompt line \
                         written by `elmer score --ood-prompts` unchanged, or give only \"seed\""
                            .into(),
                    )
                })?;
                if let Some(s) = found.filter(|s| s.seed != by_prompt.seed) {
                    return Err(bad(format!(
                        "\"seed\" is {} but \"prompt\" is the {} prompt",
                        s.seed, by_prompt.seed
                    )));
                }
                by_prompt
            }
            (None, None) => {
                return Err(bad(format!(
                    "no \"seed\" ({}) or \"prompt\" to say which program this completes",
                    OOD_SEEDS.join(", ")
                )));
            }
        };
        out.push(OodCompletion {
            line: i + 1,
            seed: entry.seed,
            program: format!("{}{completion}", entry.prompt),
        });
    }
    if out.is_empty() {
        return Err(ExportError::EmptyFile {
            path: path.to_path_buf(),
        });
    }
    Ok(out)
}

/// One completion's result.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct OodLine {
    /// Its 1-based line in the completions file.
    pub line: usize,
    /// Its status (`ok`, `syntax_error`, `unstable`, ...).
    pub status: Status,
    /// Its fitness, metres (null unless ok).
    pub fitness: Option<f64>,
    /// fitness / the original's (0 unless ok; null if the original has no positive fitness).
    pub share: Option<f64>,
}

/// The kit's result for one seed: one JSON object per seed with `--json`.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct OodScore {
    /// The seed.
    pub seed: &'static str,
    /// The original program's fitness, metres (null if it failed, which is a bug).
    pub original_fitness: Option<f64>,
    /// Completions of this seed in the file.
    pub samples: usize,
    /// Of those, the ones that ran and gave a stable walker.
    pub runnable: usize,
    /// The best completion's fitness, metres.
    pub best_fitness: Option<f64>,
    /// The best share (null without samples).
    pub best_share: Option<f64>,
    /// The mean share, a failed completion counting 0 (null without samples).
    pub mean_share: Option<f64>,
    /// Every completion, in file order.
    pub completions: Vec<OodLine>,
}

/// Runs the originals and the completions (sandbox seed [`sandbox::program_seed`] with salt
/// 0, `sim` (the default [`SimConfig`] with the engine chosen), in parallel) and reports one [`OodScore`] per kit seed, in
/// [`OOD_SEEDS`] order, seeds without completions included.
pub fn score_ood(completions: &[OodCompletion], sim: &SimConfig, pool: &Pool) -> Vec<OodScore> {
    let kit = ood_kit();
    let sources: Vec<&str> = kit
        .iter()
        .map(|p| p.original)
        .chain(completions.iter().map(|c| c.program.as_str()))
        .collect();
    let results: Vec<(Status, Option<f64>)> = sources
        .par_iter()
        .map_init(Evaluator::new, |ev, src| {
            let e = evaluate::evaluate(pool, ev, src, sandbox::program_seed(src, 0), sim);
            (e.status(), e.fitness())
        })
        .collect();
    let (originals, answers) = results.split_at(kit.len());
    kit.iter()
        .zip(originals)
        .map(|(p, &(_, original))| {
            let reference = original.filter(|&f| f > 0.0);
            let lines: Vec<OodLine> = completions
                .iter()
                .zip(answers)
                .filter(|(c, _)| c.seed == p.seed)
                .map(|(c, &(status, fitness))| OodLine {
                    line: c.line,
                    status,
                    fitness,
                    share: reference.map(|r| fitness.unwrap_or(0.0) / r),
                })
                .collect();
            let shares: Vec<f64> = lines.iter().filter_map(|l| l.share).collect();
            OodScore {
                seed: p.seed,
                original_fitness: original,
                samples: lines.len(),
                runnable: lines.iter().filter(|l| l.status == Status::Ok).count(),
                best_fitness: lines
                    .iter()
                    .filter_map(|l| l.fitness)
                    .max_by(f64::total_cmp),
                best_share: shares.iter().copied().max_by(f64::total_cmp),
                mean_share: (!shares.is_empty())
                    .then(|| shares.iter().sum::<f64>() / shares.len() as f64),
                completions: lines,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_kit_has_three_half_programs_that_rejoin_to_the_walker() {
        let kit = ood_kit();
        assert_eq!(kit.iter().map(|p| p.seed).collect::<Vec<_>>(), OOD_SEEDS);
        for p in &kit {
            assert!(p.prompt.contains("def make_walker():\n"), "{}", p.seed);
            let body_in_prompt = p.prompt.split("def make_walker():\n").nth(1).unwrap_or("");
            let (a, b) = (
                body_in_prompt.lines().count(),
                p.rest.trim_end().lines().count(),
            );
            assert!(a > 0 && (a == b || a + 1 == b), "{}: {a} vs {b}", p.seed);
            assert!(p.original.ends_with(&p.rest), "{}", p.seed);
        }
    }

    #[test]
    fn half_prompt_counts_body_lines_without_trailing_blanks() {
        let (prompt, rest) = half_prompt("def make_walker():\n    a\n    b\n    c\n\n\n").unwrap();
        assert!(prompt.ends_with("def make_walker():\n    a\n"), "{prompt}");
        assert_eq!(rest, "    b\n    c\n\n\n");
        assert!(half_prompt("x = 1\n").is_none());
    }

    #[test]
    fn completions_are_matched_by_seed_or_prompt() {
        let kit = ood_kit();
        let path = Path::new("c.jsonl");
        let text = format!(
            "{}\n\n{}\n",
            json!({"seed": "runner", "completion": "x"}),
            json!({"prompt": kit[0].prompt, "completion": "y"})
        );
        let c = ood_completions(path, &text).unwrap();
        assert_eq!(
            (c[0].line, c[0].seed, c[1].line, c[1].seed),
            (1, "runner", 3, "wheel")
        );
        assert_eq!(c[1].program, format!("{}y", kit[0].prompt));
        let bad = [
            (json!({"seed": "moon", "completion": "x"}), "not a kit seed"),
            (json!({"seed": "wheel"}), "completion"),
            (json!({"completion": "x"}), "no \"seed\""),
            (
                json!({"prompt": "def make_walker():\n", "completion": "x"}),
                "not one of the kit's prompts",
            ),
            (
                json!({"seed": "runner", "prompt": kit[0].prompt, "completion": "x"}),
                "wheel prompt",
            ),
        ];
        for (line, needle) in bad {
            let err = ood_completions(path, &line.to_string())
                .unwrap_err()
                .to_string();
            assert!(
                err.starts_with("c.jsonl:1: ") && err.contains(needle),
                "{err}"
            );
        }
        assert!(ood_completions(path, "\n").is_err());
    }
}
