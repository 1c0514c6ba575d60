//! [`RunData`]: the run as the viewer sees it, read from the store (read-only, WAL: works while
//! `elmer evolve` writes it), and how RUN on the command line is found.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use bevy::prelude::Resource;
use elmer::config::RunConfig;
use elmer::qd::{CellIndex, ChildId, GridConfig};
use elmer::store::{ChildRow, DB_FILE, MetricsRow, RunStatus, RunStore, StoreError};
use thiserror::Error;

/// The run folder of the committed sample run, relative to the checkout.
pub const SAMPLE_RUN: &str = "archives/samples/square-gp";

/// The run could not be loaded.
#[derive(Debug, Error)]
pub enum LoadError {
    /// The store could not be opened or read (missing, not a store, newer schema, ...).
    #[error(transparent)]
    Store(#[from] StoreError),
    /// The stored config does not parse.
    ///
    /// How to fix: the store was edited or written by an incompatible elmer; use a run made by
    /// this elmer.
    #[error("{}: run.config: {message}", path.display())]
    Config {
        /// The database file.
        path: PathBuf,
        /// What is wrong.
        message: String,
    },
    /// No RUN given and none found.
    ///
    /// How to fix: give a run folder, or make the sample run with `scripts/make-samples --load`.
    #[error(
        "no run given and none under archives/ (nor the sample {SAMPLE_RUN}); give RUN, or \
         build the sample with scripts/make-samples --load"
    )]
    NoRun,
}

/// A `--cell` that does not name a cell of the run's grid.
#[derive(Debug, Error)]
pub enum CellError {
    /// Not three comma-separated integers.
    #[error("--cell {0:?}: expected three bin indices height,width,mass, e.g. --cell 3,5,2")]
    Syntax(String),
    /// Outside the grid.
    #[error("--cell {cell:?} is outside the run's {}x{}x{} grid (indices are 0-based)", bins[0], bins[1], bins[2])]
    Outside {
        /// The cell asked for.
        cell: [usize; 3],
        /// The grid's bins.
        bins: [usize; 3],
    },
}

/// One loaded run: its config, grid, elites and progress.
#[derive(Resource, Debug, Clone)]
pub struct RunData {
    /// The database file.
    pub path: PathBuf,
    /// A short name for titles (the run folder's name).
    pub name: String,
    /// The run's resolved config (its `[sim]` is what replay must use for bit-equal fitness).
    pub config: RunConfig,
    /// The run's grid.
    pub grid: GridConfig,
    /// The elites by cell coordinates `[height, width, mass]`.
    pub elites: BTreeMap<[usize; 3], ChildRow>,
    /// The run's status when last read.
    pub status: RunStatus,
    /// The highest child id when last read (live mode asks only for what is newer).
    pub max_child_id: Option<ChildId>,
    /// The last committed generation's metrics, if any.
    pub metrics: Option<MetricsRow>,
}

impl RunData {
    /// Opens `path` (a run folder or its `run.sqlite`) read-only and reads what the viewer
    /// shows.
    pub fn load(path: &Path) -> Result<(RunData, RunStore), LoadError> {
        let store = RunStore::open_read_only(path)?;
        let path = store.path().to_path_buf();
        let row = store.run()?;
        let config = RunConfig::from_toml(&row.config, &format!("{}: run.config", path.display()))
            .map_err(|e| LoadError::Config {
                path: path.clone(),
                message: e.to_string(),
            })?;
        let elites = store
            .elites()?
            .into_iter()
            .map(|(cell, child)| (cell.coords(), child))
            .collect();
        let name = path
            .parent()
            .and_then(|p| p.file_name())
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| path.display().to_string());
        let data = RunData {
            grid: store.grid().clone(),
            name,
            config,
            elites,
            status: row.status,
            max_child_id: store.max_child_id()?,
            metrics: store.metrics()?.pop(),
            path,
        };
        Ok((data, store))
    }

    /// Reads what changed since the last read: new elites, status, metrics. Returns the cells
    /// whose elite changed.
    pub fn refresh(&mut self, store: &RunStore) -> Result<Vec<[usize; 3]>, StoreError> {
        let max = store.max_child_id()?;
        let row = store.run()?;
        self.status = row.status;
        if max == self.max_child_id {
            return Ok(Vec::new());
        }
        let changed = match self.max_child_id {
            Some(seen) => store.elites_since(seen)?,
            None => store.elites()?,
        };
        self.max_child_id = max;
        self.metrics = store.metrics()?.pop();
        let mut cells = Vec::with_capacity(changed.len());
        for (cell, child) in changed {
            let coords = cell.coords();
            self.elites.insert(coords, child);
            cells.push(coords);
        }
        Ok(cells)
    }

    /// The lowest and highest elite fitness (the legend's range); `None` with no elite.
    pub fn fitness_range(&self) -> Option<(f64, f64)> {
        let mut it = self.elites.values().filter_map(|c| c.fitness);
        let first = it.next()?;
        Some(it.fold((first, first), |(lo, hi), f| (lo.min(f), hi.max(f))))
    }

    /// The cell holding the fittest elite.
    pub fn best_cell(&self) -> Option<[usize; 3]> {
        self.elites
            .iter()
            .filter_map(|(cell, c)| c.fitness.map(|f| (*cell, f)))
            .max_by(|a, b| a.1.total_cmp(&b.1))
            .map(|(cell, _)| cell)
    }

    /// The cell of child `id` if it is an elite now.
    pub fn cell_of_elite(&self, id: ChildId) -> Option<[usize; 3]> {
        self.elites
            .iter()
            .find(|(_, c)| c.id == id)
            .map(|(cell, _)| *cell)
    }

    /// Checks a `--cell` value against the grid.
    pub fn parse_cell(&self, text: &str) -> Result<[usize; 3], CellError> {
        let parts: Vec<&str> = text.split(',').map(str::trim).collect();
        let nums: Option<Vec<usize>> = parts.iter().map(|p| p.parse().ok()).collect();
        let cell: [usize; 3] = nums
            .and_then(|n| n.try_into().ok())
            .ok_or_else(|| CellError::Syntax(text.to_owned()))?;
        let bins = self.grid.bins;
        if CellIndex::from_coords(cell, &self.grid).is_err() {
            return Err(CellError::Outside { cell, bins });
        }
        Ok(cell)
    }
}

/// The store meant by RUN, or the default: the newest `run.sqlite` under `archives_dir`
/// (directly in a run folder or one level deeper, e.g. `rep-1`; the samples excluded), else the
/// sample run.
pub fn resolve(arg: Option<&str>, archives_dir: &Path) -> Result<PathBuf, LoadError> {
    if let Some(arg) = arg {
        return Ok(RunStore::resolve(arg, archives_dir));
    }
    if let Some(newest) = newest_run(archives_dir) {
        return Ok(newest);
    }
    let sample = archives_dir
        .parent()
        .unwrap_or(Path::new("."))
        .join(SAMPLE_RUN)
        .join(DB_FILE);
    if sample.exists() {
        Ok(sample)
    } else {
        Err(LoadError::NoRun)
    }
}

fn newest_run(archives_dir: &Path) -> Option<PathBuf> {
    let mut found = Vec::new();
    let entries = std::fs::read_dir(archives_dir).ok()?;
    for entry in entries.flatten() {
        let dir = entry.path();
        if !dir.is_dir() || dir.file_name().is_some_and(|n| n == "samples") {
            continue;
        }
        found.push(dir.join(DB_FILE));
        if let Ok(inner) = std::fs::read_dir(&dir) {
            found.extend(inner.flatten().map(|e| e.path().join(DB_FILE)));
        }
    }
    found
        .into_iter()
        .filter_map(|p| {
            let modified = p.metadata().ok()?.modified().ok()?;
            Some((modified, p))
        })
        .max()
        .map(|(_, p)| p)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn newest_run_skips_samples_and_prefers_recent() {
        let dir = tempfile::tempdir().unwrap();
        let archives = dir.path().join("archives");
        std::fs::create_dir_all(archives.join("samples/square-gp")).unwrap();
        std::fs::write(archives.join("samples/square-gp").join(DB_FILE), "").unwrap();
        assert!(newest_run(&archives).is_none());
        std::fs::create_dir_all(archives.join("old")).unwrap();
        std::fs::write(archives.join("old").join(DB_FILE), "").unwrap();
        let old = archives.join("old").join(DB_FILE);
        assert_eq!(newest_run(&archives), Some(old.clone()));
        std::fs::create_dir_all(archives.join("grp/rep-1")).unwrap();
        let rep = archives.join("grp/rep-1").join(DB_FILE);
        std::fs::write(&rep, "").unwrap();
        let past = std::time::SystemTime::now() - std::time::Duration::from_secs(3600);
        std::fs::File::options()
            .write(true)
            .open(&old)
            .unwrap()
            .set_modified(past)
            .unwrap();
        assert_eq!(newest_run(&archives), Some(rep));
    }

    #[test]
    fn no_run_at_all_is_an_error_not_a_panic() {
        let dir = tempfile::tempdir().unwrap();
        let err = resolve(None, &dir.path().join("archives")).unwrap_err();
        assert!(err.to_string().contains("make-samples"), "{err}");
    }
}
