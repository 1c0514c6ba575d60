//! `elmer report`: PNG heatmaps and QD curves of one run or a group of replicate runs (DESIGN
//! §7, §10).
//!
//! # Overview
//! [`expand`] turns RUN on the command line into run stores: a run folder, its `run.sqlite`, a
//! name under `archives/`, or a folder of runs (every subfolder holding a `run.sqlite`, e.g.
//! `rep-1` .. `rep-N` from `elmer evolve --replicates N`). [`Report::load`] reads them
//! read-only as one group; [`Report::write_pngs`] draws into a folder:
//!
//! - `heatmaps.png`: the three projections side by side with one colour bar (the paper
//!   figure); `heatmap-width-height.png`, `heatmap-width-mass.png`, `heatmap-height-mass.png`:
//!   each alone. Each is the grid projected on two descriptors, each cell the best fitness
//!   (metres) over the third axis; viridis colours over ONE range shared by all heatmaps (the
//!   lowest to the highest elite), empty cells grey. For a group of runs on the same grid, the
//!   element-wise max over the runs (else the first run's archive); the title says which.
//! - `qd-score.png`, `coverage.png`: over evaluations, per run (thin) and, for several runs,
//!   the mean with a min-max band, from [`mean_curve`].
//! - `status-counts.png`: evaluations by status, stacked by operator, summed over the runs;
//!   each bar's count above it, each operator's in the legend, the seed's segment drawn at a
//!   visible minimum height.
//!
//! Sizes and fonts are chosen for print: an 800-pixel chart one paper column wide shows its
//! tick labels at about 7 pt; axes carry whole-number ticks where the values are whole.
//!
//! [`Report::summary`] is the summary of DESIGN §10 ([`GroupSummary`]). The text uses an
//! embedded DejaVu Sans (Bitstream Vera licence, `assets/fonts/`), so no system font or
//! fontconfig is needed.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use thiserror::Error;

use crate::qd::{GridConfig, GroupSummary, Status, Summary};
use crate::store::{MetricsRow, RunStatus, RunStore, StoreError};

pub mod calibration;
mod group;
mod plot;
pub mod self_eval;

pub use group::{GroupCheck, expand};
use plot::{
    CHART_SIZE, HEATMAP_SIZE, HEATMAPS_SIZE, Metric, colour_range, curve_chart, draw, heatmap,
    heatmaps, register_font, status_chart,
};

/// Names of the PNG files [`Report::write_pngs`] writes, in order.
pub const PNG_FILES: [&str; 7] = [
    "heatmaps.png",
    "heatmap-width-height.png",
    "heatmap-width-mass.png",
    "heatmap-height-mass.png",
    "qd-score.png",
    "coverage.png",
    "status-counts.png",
];

/// What went wrong making a report; every message names the path.
#[derive(Debug, Error)]
pub enum ReportError {
    /// A run store could not be opened or read (missing, newer schema, not a store...).
    ///
    /// How to fix: see the store's message.
    #[error(transparent)]
    Store(#[from] StoreError),
    /// A folder given as RUN holds no `run.sqlite`, and neither does any subfolder.
    ///
    /// How to fix: give a run folder, its `run.sqlite`, or a folder of runs (`rep-1`, ...).
    #[error(
        "{}: no run here: neither a run.sqlite nor subfolders holding one; give a run folder, \
         its run.sqlite, or a folder of runs",
        path.display()
    )]
    EmptyFolder {
        /// The folder.
        path: PathBuf,
    },
    /// No RUN given.
    ///
    /// How to fix: name at least one run.
    #[error("no run given; name a run folder, its run.sqlite, or a folder of runs")]
    NoRuns,
    /// A folder or PNG file could not be written.
    ///
    /// How to fix: check the `--out` folder exists or can be created, and is writable.
    #[error("{}: cannot write ({source}); check --out is a writable folder", path.display())]
    Io {
        /// The file or folder.
        path: PathBuf,
        /// The I/O error.
        source: std::io::Error,
    },
    /// Drawing or encoding a plot failed.
    ///
    /// How to fix: check the output folder is writable; otherwise a bug, please report it.
    #[error("{}: cannot draw the plot: {message}", path.display())]
    Plot {
        /// The PNG file.
        path: PathBuf,
        /// The backend's message.
        message: String,
    },
}

/// One run as the report reads it.
#[derive(Clone, Debug)]
pub struct RunData {
    /// The run folder.
    pub dir: PathBuf,
    /// The store file, canonical (so one store given twice is seen as one).
    pub db: PathBuf,
    /// The resolved config the run stored, TOML.
    pub config: String,
    /// The run's status.
    pub status: RunStatus,
    /// The grid of the run.
    pub grid: GridConfig,
    /// Best fitness (metres) per cell, row-major in (height, width, mass); `None` when empty.
    pub cells: Vec<Option<f64>>,
    /// The metrics rows, one per generation.
    pub metrics: Vec<MetricsRow>,
    /// The summary of DESIGN §10: archive stats from the stored elites, evaluations and
    /// runnable rate from the last metrics row (0 before the first generation).
    pub summary: Summary,
}

impl RunData {
    /// Reads a run store read-only, leaving no file behind ([`RunStore::open_snapshot`]).
    pub fn load(db: &Path) -> Result<RunData, ReportError> {
        let store = RunStore::open_snapshot(db)?;
        let row = store.run()?;
        let grid = store.grid().clone();
        let archive = store.archive()?;
        let mut cells = vec![None; grid.num_cells()];
        for (cell, elite) in archive.iter() {
            if let Some(slot) = cell.flat(&grid).and_then(|i| cells.get_mut(i)) {
                *slot = Some(elite.fitness);
            }
        }
        let metrics = store.metrics()?;
        let (evaluations, runnable) = metrics
            .last()
            .map_or((0, 0.0), |m| (m.evaluations, m.runnable_rate));
        let summary = Summary::new(evaluations, archive.stats(), runnable);
        let dir = db
            .parent()
            .map_or_else(|| PathBuf::from("."), Path::to_path_buf);
        Ok(RunData {
            dir,
            db: std::fs::canonicalize(db).unwrap_or_else(|_| db.to_path_buf()),
            config: row.config,
            status: row.status,
            grid,
            cells,
            metrics,
            summary,
        })
    }

    /// `(evaluations, value)` per metrics row.
    pub fn curve(&self, value: impl Fn(&MetricsRow) -> f64) -> Vec<(u64, f64)> {
        self.metrics
            .iter()
            .map(|m| (m.evaluations, value(m)))
            .collect()
    }
}

/// Mean, min and max of several step curves at the union of their x values.
///
/// Each curve is `(x, y)` points sorted by x (evaluations, metric), read as a step function:
/// at any x a curve has the value of its last point at or before x (last value carried
/// forward, also past its end). A curve with no point at or before x (it has not started) is
/// left out there. Returns `(x, mean, min, max)` at every distinct x of any curve, sorted.
///
/// ```
/// use elmer::report::mean_curve;
/// let a = vec![(1, 1.0), (3, 3.0)];
/// let b = vec![(1, 3.0), (2, 5.0)];
/// assert_eq!(
///     mean_curve(&[a, b]),
///     vec![(1, 2.0, 1.0, 3.0), (2, 3.0, 1.0, 5.0), (3, 4.0, 3.0, 5.0)]
/// );
/// ```
pub fn mean_curve(curves: &[Vec<(u64, f64)>]) -> Vec<(u64, f64, f64, f64)> {
    let mut xs: Vec<u64> = curves.iter().flatten().map(|&(x, _)| x).collect();
    xs.sort_unstable();
    xs.dedup();
    let mut next = vec![0usize; curves.len()];
    let mut out = Vec::with_capacity(xs.len());
    for x in xs {
        let (mut sum, mut n, mut lo, mut hi) = (0.0, 0usize, f64::INFINITY, f64::NEG_INFINITY);
        for (curve, i) in curves.iter().zip(next.iter_mut()) {
            while *i < curve.len() && curve[*i].0 <= x {
                *i += 1;
            }
            if *i > 0 {
                let y = curve[*i - 1].1;
                sum += y;
                n += 1;
                lo = lo.min(y);
                hi = hi.max(y);
            }
        }
        if n > 0 {
            out.push((x, sum / n as f64, lo, hi));
        }
    }
    out
}

/// A group of runs read for a report.
#[derive(Clone, Debug)]
pub struct Report {
    /// The runs, in the order given (folders of runs sorted naturally).
    pub runs: Vec<RunData>,
    /// The group is not replicates of one config ([`Report::check_group`] refused it and the
    /// user chose `--mixed`): every plot title says so.
    pub mixed: bool,
}

impl Report {
    /// Reads every run of every RUN argument as one group ([`expand`]).
    pub fn load(args: &[String], archives_dir: &Path) -> Result<Report, ReportError> {
        if args.is_empty() {
            return Err(ReportError::NoRuns);
        }
        let mut runs = Vec::new();
        for arg in args {
            for db in expand(arg, archives_dir)? {
                runs.push(RunData::load(&db)?);
            }
        }
        Ok(Report { runs, mixed: false })
    }

    /// What stands in the way of averaging the group honestly ([`GroupCheck`]).
    pub fn check_group(&self) -> GroupCheck {
        group::check(&self.runs)
    }

    /// The summary: the run's, or the mean over the group.
    pub fn summary(&self) -> GroupSummary {
        let all: Vec<Summary> = self.runs.iter().map(|r| r.summary.clone()).collect();
        Summary::mean(&all)
    }

    /// The heatmap data: per-cell best fitness and a title note. Element-wise max over the
    /// runs when they share a grid, else the first run's archive.
    fn cells(&self) -> (GridConfig, Vec<Option<f64>>, String) {
        let first = &self.runs[0];
        let n = self.runs.len();
        if n == 1 {
            return (first.grid.clone(), first.cells.clone(), String::new());
        }
        if self.runs.iter().any(|r| r.grid != first.grid) {
            return (
                first.grid.clone(),
                first.cells.clone(),
                format!(" (first of {n} runs: grids differ)"),
            );
        }
        let mut cells = first.cells.clone();
        for run in &self.runs[1..] {
            for (c, o) in cells.iter_mut().zip(&run.cells) {
                *c = match (*c, *o) {
                    (Some(a), Some(b)) => Some(a.max(b)),
                    (a, b) => a.or(b),
                };
            }
        }
        (
            first.grid.clone(),
            cells,
            format!(" (max over {})", plot::group(n, self.mixed)),
        )
    }

    /// Writes the PNGs of [`PNG_FILES`] into `out` (created if missing); returns their paths.
    pub fn write_pngs(&self, out: &Path) -> Result<Vec<PathBuf>, ReportError> {
        if self.runs.is_empty() {
            return Err(ReportError::NoRuns);
        }
        register_font();
        std::fs::create_dir_all(out).map_err(|source| ReportError::Io {
            path: out.to_path_buf(),
            source,
        })?;
        let (grid, cells, note) = self.cells();
        // One colour range for every heatmap, so one colour means one fitness in all of them.
        let range = colour_range(&cells);
        let mut written = Vec::new();
        // Axes in coordinate order (height, width, mass); (x axis, y axis) per heatmap.
        let projections = [(1, 0), (1, 2), (0, 2)];
        let path = out.join(PNG_FILES[0]);
        draw(&path, HEATMAPS_SIZE, |root| {
            heatmaps(root, &grid, &cells, &projections, range, &note)
        })?;
        written.push(path);
        for (name, axes) in PNG_FILES[1..4].iter().zip(projections) {
            let path = out.join(name);
            draw(&path, HEATMAP_SIZE, |root| {
                heatmap(root, &grid, &cells, (axes, &projections), range, &note)
            })?;
            written.push(path);
        }
        let curves: [(&str, &str, Metric); 2] = [
            (PNG_FILES[4], "QD score (m)", |m| m.stats.qd_score),
            (PNG_FILES[5], "Coverage", |m| m.stats.coverage),
        ];
        for (name, label, value) in curves {
            let path = out.join(name);
            let runs: Vec<Vec<(u64, f64)>> = self.runs.iter().map(|r| r.curve(value)).collect();
            draw(&path, CHART_SIZE, |root| {
                curve_chart(root, &runs, label, self.mixed)
            })?;
            written.push(path);
        }
        let path = out.join(PNG_FILES[6]);
        let counts = self.status_counts();
        let n = self.runs.len();
        draw(&path, CHART_SIZE, |root| {
            status_chart(root, &counts, n, self.mixed)
        })?;
        written.push(path);
        Ok(written)
    }

    /// Evaluations per operator and status at each run's last generation, summed over runs.
    pub fn status_counts(&self) -> BTreeMap<String, [u64; Status::ALL.len()]> {
        let mut out: BTreeMap<String, [u64; Status::ALL.len()]> = BTreeMap::new();
        for run in &self.runs {
            let Some(last) = run.metrics.last() else {
                continue;
            };
            for (op, counts) in &last.counts.operators {
                let row = out.entry(op.clone()).or_insert([0; Status::ALL.len()]);
                for (slot, status) in row.iter_mut().zip(Status::ALL) {
                    *slot += counts.statuses.get(status);
                }
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mean_curve_carries_the_last_value_forward() {
        let a = vec![(4, 1.0), (8, 2.0)];
        let b = vec![(4, 3.0), (6, 5.0), (8, 7.0)];
        assert_eq!(
            mean_curve(&[a, b]),
            vec![(4, 2.0, 1.0, 3.0), (6, 3.0, 1.0, 5.0), (8, 4.5, 2.0, 7.0)]
        );
    }

    #[test]
    fn mean_curve_leaves_out_runs_not_started() {
        let a = vec![(2, 1.0)];
        let b = vec![(5, 3.0)];
        assert_eq!(
            mean_curve(&[a, b]),
            vec![(2, 1.0, 1.0, 1.0), (5, 2.0, 1.0, 3.0)]
        );
        assert!(mean_curve(&[]).is_empty());
    }
}
