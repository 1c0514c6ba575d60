//! Datasets for fine-tuning from run stores (DESIGN §8): Stage 2, Stage 3 and `score`.
//!
//! # Overview
//! - [`load_runs`] reads one or more run stores ([`SourceRun`]) and checks they share the grid
//!   and sim config.
//! - [`stage2`] pools their admitted children, keeps those within `threshold` of their cell's
//!   best across the runs, deduplicates by normalised source, splits train/test by a hash of
//!   the normalised source and renders the lines of one [`Format`].
//! - [`stage3`] re-evaluates programs (the runs' elites, or a Stage-2 file) on several terrains
//!   and builds the terrain-conditioned pairs.
//! - [`score`] runs the programs of a JSONL file into a fresh archive and returns the summary.
//! - [`card`] writes the dataset cards (README.md) that go beside each dataset.
//!
//! In: run stores and JSONL files; out: JSONL lines, CSV text and Markdown, all as strings, in
//! a deterministic order (same inputs, same bytes; no timestamps). Writing files is the CLI's
//! job, after everything was computed, so an error leaves nothing behind.

pub mod card;
mod score;
mod stage2;
mod stage3;

use std::path::{Path, PathBuf};

use thiserror::Error;

use crate::config::RunConfig;
use crate::store::{ChildRow, RunStore, StoreError};

pub use score::{ScoreReport, programs_from_jsonl, score};
pub use stage2::{
    CHAT_SYSTEM, CHAT_USER, Format, PROMPT_HEADER, Stage2, Stage2Counts, Stage2Options, Stage2Row,
    split_prompt, stage2, test_fraction, unified_diff,
};
pub use stage3::{
    Stage3, Stage3Program, TERRAIN_SETS, parse_terrains, stage3, stage3_programs_from_dataset,
    stage3_programs_from_runs, terrain_token,
};

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
    /// How to fix: export the runs separately (re-binning with `--grid` is not implemented).
    #[error(
        "{} and {} differ in {key} ({a} vs {b}); runs pooled in one export need the same [grid] \
         and [sim] settings: export them separately (re-binning with --grid is not implemented)",
        first.display(),
        other.display()
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
    #[error("--{flag}: {message}, got {value}")]
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
    pub elite_ids: Vec<u64>,
}

/// Reads the runs at `paths` (each a `run.sqlite` or run folder, already resolved) and checks
/// that they share the `[grid]` and `[sim]` settings (the first difference is named).
pub fn load_runs(paths: &[PathBuf]) -> Result<Vec<SourceRun>, ExportError> {
    let mut runs: Vec<SourceRun> = Vec::with_capacity(paths.len());
    for p in paths {
        let store = RunStore::open_read_only(p)?;
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
        if let Some(first) = runs.first() {
            check_same(&first.path, &first.config, &path, &config)?;
        }
        runs.push(SourceRun {
            path,
            config,
            children,
            elite_ids,
        });
    }
    Ok(runs)
}

fn check_same(first: &Path, a: &RunConfig, other: &Path, b: &RunConfig) -> Result<(), ExportError> {
    let tables = [
        (
            "grid",
            toml::Value::try_from(&a.grid),
            toml::Value::try_from(&b.grid),
        ),
        (
            "sim",
            toml::Value::try_from(&a.sim),
            toml::Value::try_from(&b.sim),
        ),
    ];
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
    if a.grid != b.grid || a.sim != b.sim {
        return Err(ExportError::ConfigMismatch {
            first: first.to_path_buf(),
            other: other.to_path_buf(),
            key: "grid or sim".into(),
            a: "...".into(),
            b: "...".into(),
        });
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
