//! `elmer score` (DESIGN §8): the programs of a JSONL file in a fresh archive.

use std::path::{Path, PathBuf};

use rayon::prelude::*;
use serde_json::Value;

use super::ExportError;
use crate::config::RunConfig;
use crate::evaluate::{self, Evaluated};
use crate::qd::{Archive, CellIndex, ChildId, Counters, Elite, GridConfig, Insert, Summary};
use crate::sandbox::{self, Pool};
use crate::sim::{Evaluator, SimConfig, SimEngine};
use crate::store::{ChildRow, Generation, MetricsRow, RunStatus, RunStore};

/// The programs of a JSONL file, with their 1-based line numbers; blank lines are skipped.
///
/// A line is a JSON object with `text` (the program), or `prompt` and `completion` (the
/// program is their concatenation), or `messages` (the program is the content of the last
/// message whose role is `assistant`; when it holds a ``` fence, the code inside the first
/// fenced block).
pub fn programs_from_jsonl(path: &Path, text: &str) -> Result<Vec<(usize, String)>, ExportError> {
    let mut out = Vec::new();
    for (line, v) in json_lines(path, text)? {
        let bad = |message: String| ExportError::BadLine {
            path: path.to_path_buf(),
            line,
            message,
        };
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
        out.push((line, program));
    }
    if out.is_empty() {
        return Err(ExportError::EmptyFile {
            path: path.to_path_buf(),
        });
    }
    Ok(out)
}

/// The non-blank lines of a JSONL file, parsed, with their 1-based line numbers; a line that
/// is not JSON is an error naming it.
pub(super) fn json_lines(path: &Path, text: &str) -> Result<Vec<(usize, Value)>, ExportError> {
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let v: Value = serde_json::from_str(line).map_err(|e| ExportError::BadLine {
            path: path.to_path_buf(),
            line: i + 1,
            message: format!("not JSON ({e})"),
        })?;
        out.push((i + 1, v));
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

/// Children per stored generation of a score run ([`write_score_run`]): the programs in file
/// order, cut into generations of this size, so `elmer report` draws coverage and QD score
/// against the number of samples. The stored `evolve.batch_size`.
pub const SCORE_BATCH: usize = 32;

/// The `children.operator` of a scored program (and its name in the counters).
pub const SCORE_OPERATOR: &str = "score";

/// What `score` found.
#[derive(Clone, Debug)]
pub struct ScoreReport {
    /// The summary object (evaluations, coverage, QD score, runnable rate, ...).
    pub summary: Summary,
    /// Status and insertion counts.
    pub counters: Counters,
    /// The archive the programs filled.
    pub archive: Archive,
    /// The programs as a run store holds them: child id = index in the input, generations of
    /// [`SCORE_BATCH`] in input order, each with its changed elites and metrics after it; the
    /// last one's status is `complete`.
    pub generations: Vec<Generation>,
}

/// What one program gave: its child row before insertion, and its fitness if ok.
fn evaluate_one(
    ev: &mut Evaluator,
    pool: &Pool,
    cfg: &SimConfig,
    grid: &GridConfig,
    id: ChildId,
    src: &str,
) -> (ChildRow, Option<f64>) {
    let seed = sandbox::program_seed(src, 0);
    let evaluated = evaluate::evaluate(pool, ev, src, seed, cfg);
    let sim = match &evaluated {
        Evaluated::Simulated(sim) => Some(sim),
        Evaluated::Failed(_) => None,
    };
    let row = ChildRow {
        id,
        generation: (id.get() / SCORE_BATCH as u64) as u32,
        parent_ids: Vec::new(),
        operator: SCORE_OPERATOR.into(),
        format: None,
        edit: None,
        source: Some(src.to_string()),
        seed: Some(seed),
        status: evaluated.status(),
        error: evaluated.error(),
        walker: sim.map(|s| s.walker.to_json()),
        descriptors: sim.map(|s| s.descriptors),
        cell: sim.map(|s| grid.cell_of(&s.descriptors)),
        fitness: evaluated.fitness(),
        insertion: None,
        llm_call_id: None,
        sim_us: None,
        cpu_us: None,
    };
    (row, evaluated.fitness())
}

/// Runs each program in the sandbox (seed [`sandbox::program_seed`] with salt 0) and the
/// simulation (`sim`: the stored config's, see [`score_config`]), in parallel, then inserts the ok walkers in input
/// order (id = index in `programs`) into a fresh archive with the default grid: the config of
/// [`score_config`]. The wall time of the scoring is apportioned to the generations' metrics
/// (`elapsed_s`) by their share of the programs. `tick` is called once per program evaluated
/// (from the worker threads), for a progress bar.
pub fn score(
    programs: &[String],
    sim: &SimConfig,
    pool: &Pool,
    tick: &(dyn Fn() + Sync),
) -> ScoreReport {
    let start = std::time::Instant::now();
    let grid = GridConfig::default();
    let results: Vec<(ChildRow, Option<f64>)> = programs
        .par_iter()
        .enumerate()
        .map_init(Evaluator::new, |ev, (id, src)| {
            let done = evaluate_one(ev, pool, sim, &grid, ChildId(id as u64), src);
            tick();
            done
        })
        .collect();
    let elapsed = start.elapsed().as_secs_f64();
    #[allow(clippy::expect_used)]
    let mut archive = Archive::new(grid).expect("the default grid is valid");
    let mut counters = Counters::default();
    let mut generations = Vec::new();
    let total = results.len().max(1) as f64;
    let mut results = results.into_iter().peekable();
    let mut done = 0usize;
    let mut generation = 0u32;
    while results.peek().is_some() {
        let mut children = Vec::with_capacity(SCORE_BATCH);
        let mut changed = Vec::new();
        for (mut row, fitness) in results.by_ref().take(SCORE_BATCH) {
            if let (Some(f), Some(cell)) = (fitness, row.cell) {
                let insert = archive.insert(cell, row.id, f);
                if insert != Insert::Rejected {
                    changed.push(cell);
                }
                row.insertion = Some(insert);
            }
            counters.record(SCORE_OPERATOR, row.status, row.insertion);
            children.push(row);
        }
        done += children.len();
        changed.sort();
        changed.dedup();
        let elites: Vec<(CellIndex, Elite)> = changed
            .into_iter()
            .filter_map(|c| archive.elite(c).map(|e| (c, e)))
            .collect();
        let last = done == programs.len();
        generations.push(Generation {
            generation,
            children,
            llm_calls: Vec::new(),
            elites,
            metrics: MetricsRow {
                generation,
                evaluations: done as u64,
                stats: *archive.stats(),
                diff_valid_rate: counters.diff_valid_rate(),
                runnable_rate: counters.runnable_rate(),
                counts: counters.clone(),
                elapsed_s: elapsed * done as f64 / total,
            },
            rng_state: String::new(),
            next_child_id: ChildId(done as u64),
            status: if last {
                RunStatus::Complete
            } else {
                RunStatus::Running
            },
        });
        generation += 1;
    }
    ScoreReport {
        summary: Summary::new(
            programs.len() as u64,
            archive.stats(),
            counters.runnable_rate(),
        ),
        counters,
        archive,
        generations,
    }
}

/// The run config a score run stores, and whose `sim` [`score`] evaluates with: the defaults
/// (sim, grid, sandbox salt 0, walker limits) with `engine`, `evolve.seed_program` = the
/// scored file, `evolve.evals` = its number of programs (so the run is complete),
/// `evolve.batch_size` = [`SCORE_BATCH`].
pub fn score_config(file: &Path, programs: usize, engine: SimEngine) -> RunConfig {
    let mut cfg = RunConfig::default();
    cfg.sim.engine = engine;
    cfg.evolve.seed_program = file.display().to_string();
    cfg.evolve.evals = programs as u64;
    cfg.evolve.batch_size = SCORE_BATCH;
    cfg
}

/// Writes a scored file as a run store in `dir` (created; refused if it holds a run), in the
/// store format `elmer evolve` writes, so `elmer report`, the viewer and `export` read it.
/// `config` is [`score_config`]; `rng_state` is a fresh run's of that config (the caller asks
/// the engine: `evolve::Engine::new(config)?.rng_state()`), so `elmer evolve --resume DIR
/// --evals N` can go on evolving from the scored programs. Returns the `run.sqlite` path.
pub fn write_score_run(
    dir: &Path,
    config: &RunConfig,
    rng_state: &str,
    report: &ScoreReport,
) -> Result<PathBuf, ExportError> {
    let mut store = RunStore::create(dir, &config.to_toml(), &config.grid, rng_state)?;
    for g in &report.generations {
        let g = Generation {
            rng_state: rng_state.to_string(),
            ..g.clone()
        };
        store.commit(&g)?;
    }
    Ok(store.path().to_path_buf())
}
