//! Datasets for fine-tuning from run stores (DESIGN §8): Stage 2, Stage 3 and `score`.
//!
//! # Overview
//! - [`read_runs`] reads one or more run stores ([`SourceRun`]); [`check_pooling`] checks they
//!   share the sim config (and the grid, unless re-binned); [`load_runs`] does both.
//! - [`stage2`] pools their admitted children (re-binned into [`Stage2Options::grid`] by their
//!   stored descriptors when given, see [`parse_grid`]), keeps those within `threshold` of
//!   their cell's best across the runs, deduplicates by normalised source, splits train/test by
//!   a hash of the normalised source and renders the lines of one [`Format`].
//! - [`stage3`] re-evaluates programs (the runs' elites, or a Stage-2 file) on several terrains
//!   and builds the terrain-conditioned pairs.
//! - [`score`] runs the programs of a JSONL file into a fresh archive and returns the summary
//!   and the generations [`write_score_run`] stores as a run.
//! - [`target_cells`] and [`target_report`]: for lines that name the cell their program was
//!   asked for (`elmer bootstrap sample`), the valid share, the hit rate and its chance level.
//! - [`ood`] is the out-of-distribution kit: half-programs of the wheel, galloper and runner
//!   seeds as prompts, and the completions' fitness as a share of the original's.
//! - [`card`] writes the dataset cards (README.md) that go beside each dataset.
//!
//! In: run stores and JSONL files; out: JSONL lines, CSV text and Markdown, all as strings, in
//! a deterministic order (same inputs, same bytes; no timestamps). Writing files is the CLI's
//! job, after everything was computed, so an error leaves nothing behind.

pub mod card;
pub mod ood;
mod score;
mod stage2;
mod stage3;
mod targets;

use std::path::{Path, PathBuf};

use thiserror::Error;

use crate::config::RunConfig;
use crate::qd::{ChildId, GridConfig};
use crate::store::{ChildRow, RunStore, StoreError};

pub use score::{
    SCORE_BATCH, SCORE_OPERATOR, ScoreReport, programs_from_jsonl, score, score_config,
    write_score_run,
};
pub use stage2::{
    CHAT_SYSTEM, CHAT_USER, Format, PROMPT_HEADER, Stage2, Stage2Counts, Stage2Options, Stage2Row,
    chat_user_for_cell, check_options, split_prompt, stage2, test_fraction, unified_diff,
};
pub use stage3::{
    Stage3, Stage3Program, TERRAIN_SETS, parse_terrains, stage3, stage3_programs_from_dataset,
    stage3_programs_from_runs, terrain_token,
};
pub use targets::{TargetReport, target_cells, target_report};

/// Why an export, a Stage-3 evaluation or a score could not be made. Nothing was written.
#[derive(Debug, Error)]
pub enum ExportError {
    /// A run store could not be read.
    ///
    /// How to fix: as the store error says.
    #[error(transparent)]
    Store(#[from] StoreError),
    /// A run's stored config does not parse.
    ///
    /// How to fix: the store is damaged or was written by another tool; restore it.
    #[error("{}: the stored config does not parse: {message}", path.display())]
    BadConfig {
        /// The run store.
        path: PathBuf,
        /// The config error.
        message: String,
    },
    /// Two runs differ in their grid or sim settings, so their cells or fitness cannot be
    /// pooled.
    ///
    /// How to fix: for a grid difference, give `--grid` to re-bin every child into one grid;
    /// for a sim difference (fitness measured under other physics), export the runs separately.
    #[error(
        "{} and {} differ in {key} ({a} vs {b}); runs pooled in one export need the same [sim] \
         settings and the same [grid] settings unless re-binned: {}",
        first.display(),
        other.display(),
        mismatch_hint(key)
    )]
    ConfigMismatch {
        /// The first run.
        first: PathBuf,
        /// The run that differs.
        other: PathBuf,
        /// The differing key, e.g. `sim.horizon`.
        key: String,
        /// Its value in the first run.
        a: String,
        /// Its value in the other run.
        b: String,
    },
    /// A `--grid` value that is not a grid.
    ///
    /// How to fix: give `default`, bins `H,W,M` (or one number for all three axes) over the
    /// default ranges, or a TOML file whose `[grid]` table is the target grid.
    #[error(
        "--grid {spec:?}: {message} (expected `default`, bins `H,W,M` over the default ranges, \
         or a TOML file with a [grid] table)"
    )]
    BadGrid {
        /// The value given.
        spec: String,
        /// What is wrong.
        message: String,
    },
    /// A run has nothing to export (no admitted child, or no elite).
    ///
    /// How to fix: give a run that has evaluated at least its seed program.
    #[error("{}: the run has no {what}; give a run that has evaluated programs", path.display())]
    EmptyRun {
        /// The run store.
        path: PathBuf,
        /// What is missing, e.g. "admitted children".
        what: String,
    },
    /// A threshold or share outside its range.
    ///
    /// How to fix: as the message says.
    #[error("--{flag}: {message}, got {}", crate::number::Num(*value))]
    BadArgument {
        /// The flag, e.g. `threshold`.
        flag: String,
        /// The valid range.
        message: String,
        /// The value given.
        value: f64,
    },
    /// An unknown terrain or terrain set.
    ///
    /// How to fix: use flat, bumpy, tunnel, left-wall, right-wall or a set (paper-tunnel,
    /// paper-bumpy, all).
    #[error(
        "--terrains: unknown terrain {0:?} (expected a comma list of flat, bumpy, tunnel, \
         left-wall, right-wall, or a set: paper-tunnel, paper-bumpy, all)"
    )]
    UnknownTerrain(String),
    /// A JSONL input line that is not a program record.
    ///
    /// How to fix: each line must be a JSON object with `text`, `prompt`+`completion`, or
    /// `messages` (with an assistant message).
    #[error(
        "{}:{line}: {message}; each line must be a JSON object with \"text\", \
         \"prompt\"+\"completion\", or \"messages\" holding an assistant message",
        path.display()
    )]
    BadLine {
        /// The file.
        path: PathBuf,
        /// 1-based line number.
        line: usize,
        /// What is wrong.
        message: String,
    },
    /// An input file with no program.
    ///
    /// How to fix: give a non-empty JSONL file.
    #[error("{}: no program in the file; give a JSONL file with one program per line", path.display())]
    EmptyFile {
        /// The file.
        path: PathBuf,
    },
    /// The sandbox could not start.
    ///
    /// How to fix: run `elmer doctor`.
    #[error("cannot start the sandbox ({0}); run `elmer doctor`")]
    Sandbox(String),
    /// A line of an `--ood` completions file that names no kit seed, or whose prompt is not
    /// the kit's.
    ///
    /// How to fix: keep the `seed` (or the `prompt`) of the line written by `--ood-prompts`
    /// and add the model's text as `completion`.
    #[error("{}:{line}: {message}", path.display())]
    BadCompletion {
        /// The file.
        path: PathBuf,
        /// 1-based line number.
        line: usize,
        /// What is wrong and what to do.
        message: String,
    },
}

/// One run read for export: its store path, parsed config and children.
#[derive(Clone, Debug)]
pub struct SourceRun {
    /// The `run.sqlite` file.
    pub path: PathBuf,
    /// The run's stored config.
    pub config: RunConfig,
    /// All its children, by id.
    pub children: Vec<ChildRow>,
    /// Its elites' child ids, by cell.
    pub elite_ids: Vec<ChildId>,
}

impl SourceRun {
    /// Its child `id`, if stored (`children` is in id order, as the store reads it).
    pub fn child(&self, id: ChildId) -> Option<&ChildRow> {
        let at = self.children.binary_search_by_key(&id, |c| c.id).ok()?;
        self.children.get(at)
    }
}

/// Reads the runs at `paths` (each a `run.sqlite` or run folder, already resolved) and checks
/// that they share the `[grid]` and `[sim]` settings (the first difference is named).
pub fn load_runs(paths: &[PathBuf]) -> Result<Vec<SourceRun>, ExportError> {
    let runs = read_runs(paths)?;
    check_pooling(&runs, false)?;
    Ok(runs)
}

/// Checks that `runs` can be pooled: the same `[sim]` settings always (fitness measured under
/// other physics is not comparable, and re-binning cannot fix that), and the same `[grid]`
/// unless `rebin` (their children are then re-binned by their stored descriptors). The first
/// difference is named.
pub fn check_pooling(runs: &[SourceRun], rebin: bool) -> Result<(), ExportError> {
    let Some((first, rest)) = runs.split_first() else {
        return Ok(());
    };
    for run in rest {
        check_same(&first.path, &first.config, &run.path, &run.config, rebin)?;
    }
    Ok(())
}

/// The target grid of `--grid SPEC`: `default` (the calibrated 12 x 12 x 12 grid), bins
/// `H,W,M` (or one number for all three) over the default ranges, or a path to a TOML run
/// config whose `[grid]` table (missing keys default) is the grid. The grid is validated.
pub fn parse_grid(spec: &str) -> Result<GridConfig, ExportError> {
    let bad = |message: String| ExportError::BadGrid {
        spec: spec.to_string(),
        message,
    };
    let t = spec.trim();
    let grid = if t == "default" {
        GridConfig::default()
    } else if !t.is_empty()
        && t.chars()
            .all(|c| c.is_ascii_digit() || c == ',' || c == ' ')
    {
        let nums: Vec<usize> = t
            .split(',')
            .map(|n| n.trim().parse::<usize>())
            .collect::<Result<_, _>>()
            .map_err(|e| bad(format!("bins must be whole numbers ({e})")))?;
        let bins = match nums[..] {
            [n] => [n; 3],
            [h, w, m] => [h, w, m],
            _ => return Err(bad(format!("{} bin counts, need 1 or 3", nums.len()))),
        };
        GridConfig {
            bins,
            ..GridConfig::default()
        }
    } else if Path::new(t).is_file() {
        RunConfig::load(Path::new(t))
            .map_err(|e| bad(e.to_string()))?
            .grid
    } else {
        return Err(bad("not `default`, not bins, and no such file".into()));
    };
    grid.validate().map_err(|e| bad(e.to_string()))?;
    Ok(grid)
}

/// Reads the runs at `paths` (each a `run.sqlite` or run folder, already resolved), without
/// comparing their configs ([`check_pooling`] does).
pub fn read_runs(paths: &[PathBuf]) -> Result<Vec<SourceRun>, ExportError> {
    let mut runs: Vec<SourceRun> = Vec::with_capacity(paths.len());
    for p in paths {
        let store = RunStore::open_snapshot(p)?;
        let path = store.path().to_path_buf();
        let row = store.run()?;
        let config =
            RunConfig::from_toml(&row.config, &path.display().to_string()).map_err(|e| {
                ExportError::BadConfig {
                    path: path.clone(),
                    message: e.to_string(),
                }
            })?;
        let children = store.children()?;
        let elite_ids = store.elites()?.into_iter().map(|(_, c)| c.id).collect();
        runs.push(SourceRun {
            path,
            config,
            children,
            elite_ids,
        });
    }
    Ok(runs)
}

const GRID_HINT: &str = "give --grid (default, H,W,M or a TOML file) to re-bin their children \
                         into one grid by their stored descriptors, or export them separately";
const SIM_HINT: &str = "fitness measured under other physics cannot be pooled, and re-binning \
                        cannot fix that: export them separately";

/// What to do about a [`ExportError::ConfigMismatch`] in `key` (`grid.*` or `sim.*`).
fn mismatch_hint(key: &str) -> &'static str {
    if key.starts_with("grid") {
        GRID_HINT
    } else {
        SIM_HINT
    }
}

fn check_same(
    first: &Path,
    a: &RunConfig,
    other: &Path,
    b: &RunConfig,
    rebin: bool,
) -> Result<(), ExportError> {
    let mut tables = vec![(
        "sim",
        toml::Value::try_from(&a.sim),
        toml::Value::try_from(&b.sim),
    )];
    if !rebin {
        tables.insert(
            0,
            (
                "grid",
                toml::Value::try_from(&a.grid),
                toml::Value::try_from(&b.grid),
            ),
        );
    }
    for (name, va, vb) in tables {
        let (Ok(toml::Value::Table(ta)), Ok(toml::Value::Table(tb))) = (va, vb) else {
            continue;
        };
        let mut keys: Vec<&String> = ta.keys().chain(tb.keys()).collect();
        keys.sort();
        keys.dedup();
        for k in keys {
            let (x, y) = (ta.get(k), tb.get(k));
            if x != y {
                let show = |v: Option<&toml::Value>| v.map_or("unset".into(), |v| v.to_string());
                return Err(ExportError::ConfigMismatch {
                    first: first.to_path_buf(),
                    other: other.to_path_buf(),
                    key: format!("{name}.{k}"),
                    a: show(x),
                    b: show(y),
                });
            }
        }
    }
    // A difference the TOML comparison cannot show (it should not exist) still refuses.
    let differs = |key: &str| ExportError::ConfigMismatch {
        first: first.to_path_buf(),
        other: other.to_path_buf(),
        key: key.into(),
        a: "...".into(),
        b: "...".into(),
    };
    if a.sim != b.sim {
        return Err(differs("sim"));
    }
    if !rebin && a.grid != b.grid {
        return Err(differs("grid"));
    }
    Ok(())
}

/// Median of sorted values (mean of the middle two for an even count); `None` when empty.
pub(crate) fn median(sorted: &[f64]) -> Option<f64> {
    let n = sorted.len();
    match n {
        0 => None,
        _ if n % 2 == 1 => Some(sorted[n / 2]),
        _ => Some((sorted[n / 2 - 1] + sorted[n / 2]) / 2.0),
    }
}
