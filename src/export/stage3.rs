//! Stage 3 (DESIGN §8): programs re-evaluated on several terrains, and terrain-conditioned
//! pairs.

use std::fmt::Write as _;
use std::path::Path;

use rayon::prelude::*;
use serde_json::json;

use super::stage2::split_prompt;
use super::{ExportError, SourceRun, programs_from_jsonl};
use crate::evaluate;
use crate::sandbox::{self, Pool};
use crate::sim::{Evaluator, SimConfig, TerrainKind};

/// The named terrain sets of `--terrains`: `paper-tunnel` (the default), `paper-bumpy`, `all`.
pub const TERRAIN_SETS: [(&str, &[TerrainKind]); 3] = [
    (
        "paper-tunnel",
        &[
            TerrainKind::LeftWall,
            TerrainKind::RightWall,
            TerrainKind::Tunnel,
        ],
    ),
    (
        "paper-bumpy",
        &[
            TerrainKind::LeftWall,
            TerrainKind::RightWall,
            TerrainKind::Bumpy,
        ],
    ),
    ("all", &TerrainKind::ALL),
];

/// Parses `--terrains`: a set name of [`TERRAIN_SETS`] or a comma list of terrain names
/// (duplicates dropped, order kept).
pub fn parse_terrains(spec: &str) -> Result<Vec<TerrainKind>, ExportError> {
    if let Some((_, set)) = TERRAIN_SETS.iter().find(|(n, _)| *n == spec.trim()) {
        return Ok(set.to_vec());
    }
    let mut out = Vec::new();
    for name in spec.split(',').map(str::trim) {
        let t = TerrainKind::ALL
            .into_iter()
            .find(|t| t.name() == name)
            .ok_or_else(|| ExportError::UnknownTerrain(name.to_string()))?;
        if !out.contains(&t) {
            out.push(t);
        }
    }
    Ok(out)
}

/// The stable terrain token opening a Stage-3 prompt: `<terrain:NAME>` (NAME as in DESIGN §3,
/// e.g. `<terrain:left-wall>`), followed by a newline and the `prompt`-format prompt.
pub fn terrain_token(t: TerrainKind) -> String {
    format!("<terrain:{}>", t.name())
}

/// One program to re-evaluate.
#[derive(Clone, Debug)]
pub struct Stage3Program {
    /// Its id in the CSV: `<run index>:<child id>` (run index 0-based, in the order given) or
    /// the 1-based line number in a dataset.
    pub id: String,
    /// Its source as stored.
    pub source: String,
    /// The sim config it is evaluated with (its run's, or the default); only the terrain
    /// changes per column.
    pub sim: SimConfig,
    /// `sandbox.random_salt` of its run (0 for a dataset).
    pub salt: u64,
}

/// The elites of `runs`, ordered by (run index, child id).
pub fn stage3_programs_from_runs(runs: &[SourceRun]) -> Result<Vec<Stage3Program>, ExportError> {
    let mut out = Vec::new();
    for (ri, run) in runs.iter().enumerate() {
        let mut ids = run.elite_ids.clone();
        ids.sort_unstable();
        let before = out.len();
        for id in ids {
            if let Some(source) = run
                .children
                .iter()
                .find(|c| c.id == id)
                .and_then(|c| c.source.clone())
            {
                out.push(Stage3Program {
                    id: format!("{ri}:{id}"),
                    source,
                    sim: run.config.sim.clone(),
                    salt: run.config.sandbox.random_salt,
                });
            }
        }
        if out.len() == before {
            return Err(ExportError::EmptyRun {
                path: run.path.clone(),
                what: "elites".into(),
            });
        }
    }
    Ok(out)
}

/// The programs of a Stage-2 (or any program) JSONL file, ids = line numbers, evaluated with
/// the default sim config and salt 0.
pub fn stage3_programs_from_dataset(
    path: &Path,
    text: &str,
) -> Result<Vec<Stage3Program>, ExportError> {
    Ok(programs_from_jsonl(path, text)?
        .into_iter()
        .map(|(line, source)| Stage3Program {
            id: line.to_string(),
            source,
            sim: SimConfig::default(),
            salt: 0,
        })
        .collect())
}

/// A Stage-3 evaluation, computed in memory.
#[derive(Clone, Debug)]
pub struct Stage3 {
    /// The terrains, one column each.
    pub terrains: Vec<TerrainKind>,
    /// The program ids, one row each.
    pub ids: Vec<String>,
    /// `fitness[program][terrain]`, `None` unless the program ran and the walker was ok there.
    pub fitness: Vec<Vec<Option<f64>>>,
    /// Per terrain, the best program's index and fitness (first in row order on ties).
    pub best: Vec<Option<(usize, f64)>>,
    /// A program best on every terrain, if any.
    pub best_on_all: Option<usize>,
    /// Pairs written per terrain.
    pub pairs_per_terrain: Vec<usize>,
    /// `fitness.csv`.
    pub fitness_csv: String,
    /// `pairs.jsonl` lines.
    pub pairs: Vec<String>,
    /// `best-of-n.csv`.
    pub best_of_n_csv: String,
}

/// Runs each program once in the sandbox (seed from its salt) and simulates its walker on each
/// terrain (rayon, one [`Evaluator`] per thread); then builds `fitness.csv`, the top `top_k`
/// pairs per terrain (`{"terrain", "prompt": token + "\n" + prompt-format prompt,
/// "completion", "fitness"}`, fittest first, ties in row order; programs without a
/// `def make_walker():` line skipped) and `best-of-n.csv`. `tick` is called once per program
/// evaluated on every terrain (from the worker threads), for a progress bar.
pub fn stage3(
    programs: &[Stage3Program],
    terrains: &[TerrainKind],
    top_k: usize,
    pool: &Pool,
    tick: &(dyn Fn() + Sync),
) -> Stage3 {
    let fitness: Vec<Vec<Option<f64>>> = programs
        .par_iter()
        .map_init(Evaluator::new, |ev, p| {
            let seed = sandbox::program_seed(&p.source, p.salt);
            // One sandbox run, one simulation per terrain: the two steps of the one path.
            let row = match evaluate::build(pool, &p.source, seed) {
                Err(_) => vec![None; terrains.len()],
                Ok(w) => terrains
                    .iter()
                    .map(|&t| {
                        let cfg = SimConfig {
                            terrain: t,
                            ..p.sim.clone()
                        };
                        evaluate::simulate(ev, &w, &cfg).0.fitness()
                    })
                    .collect(),
            };
            tick();
            row
        })
        .collect();
    let mut csv = String::from("program_id");
    for t in terrains {
        let _ = write!(csv, ",{t}");
    }
    csv.push('\n');
    for (p, row) in programs.iter().zip(&fitness) {
        csv.push_str(&p.id);
        for f in row {
            csv.push(',');
            if let Some(f) = f {
                let _ = write!(csv, "{f}");
            }
        }
        csv.push('\n');
    }
    let mut best = Vec::new();
    let mut pairs = Vec::new();
    let mut pairs_per_terrain = Vec::new();
    for (ti, &t) in terrains.iter().enumerate() {
        let mut order: Vec<(usize, f64)> = fitness
            .iter()
            .enumerate()
            .filter_map(|(i, r)| r[ti].map(|f| (i, f)))
            .collect();
        order.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        best.push(order.first().copied());
        let mut n = 0;
        for &(i, f) in &order {
            if n == top_k {
                break;
            }
            let Some((prompt, completion)) = split_prompt(&sandbox::normalise(&programs[i].source))
            else {
                continue;
            };
            pairs.push(
                json!({
                    "terrain": t.name(),
                    "prompt": format!("{}\n{prompt}", terrain_token(t)),
                    "completion": completion,
                    "fitness": f,
                })
                .to_string(),
            );
            n += 1;
        }
        pairs_per_terrain.push(n);
    }
    let best_on_all = match best.first() {
        Some(Some((i, _))) if best.iter().all(|b| b.map(|b| b.0) == Some(*i)) => Some(*i),
        _ => None,
    };
    let mut bon = String::from("terrain,best_fitness,program_id,best_on_all_terrains\n");
    for (t, b) in terrains.iter().zip(&best) {
        match b {
            Some((i, f)) => {
                let _ = writeln!(
                    bon,
                    "{t},{f},{},{}",
                    programs[*i].id,
                    best_on_all == Some(*i)
                );
            }
            None => {
                let _ = writeln!(bon, "{t},,,false");
            }
        }
    }
    Stage3 {
        terrains: terrains.to_vec(),
        ids: programs.iter().map(|p| p.id.clone()).collect(),
        fitness,
        best,
        best_on_all,
        pairs_per_terrain,
        fitness_csv: csv,
        pairs,
        best_of_n_csv: bon,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn terrain_sets_and_lists_parse() {
        assert_eq!(parse_terrains("paper-tunnel").unwrap().len(), 3);
        assert_eq!(parse_terrains("all").unwrap().len(), 5);
        assert_eq!(
            parse_terrains("flat, bumpy,flat").unwrap(),
            vec![TerrainKind::Flat, TerrainKind::Bumpy]
        );
        let err = parse_terrains("flat,moon").unwrap_err().to_string();
        assert!(err.contains("\"moon\""), "{err}");
    }
}
