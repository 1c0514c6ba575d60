//! `elmer report`: PNG heatmaps and QD curves of one run or a group of replicate runs (DESIGN
//! §7, §10).
//!
//! # Overview
//! [`expand`] turns RUN on the command line into run stores: a run folder, its `run.sqlite`, a
//! name under `archives/`, or a folder of runs (every subfolder holding a `run.sqlite`, e.g.
//! `rep-1` .. `rep-N` from `elmer evolve --replicates N`). [`Report::load`] reads them
//! read-only as one group; [`Report::write_pngs`] draws into a folder:
//!
//! - `heatmap-width-height.png`, `heatmap-width-mass.png`, `heatmap-height-mass.png`: the
//!   grid projected on two descriptors, each pixel the best fitness (metres) over the third
//!   axis; viridis colours with a colour bar, empty cells grey. For a group of runs on the same
//!   grid, the element-wise max over the runs (else the first run's archive); the title says
//!   which.
//! - `qd-score.png`, `coverage.png`: over evaluations, per run (thin) and, for several runs,
//!   the mean with a min-max band, from [`mean_curve`].
//! - `status-counts.png`: evaluations by status, stacked by operator, summed over the runs.
//!
//! [`Report::summary`] is the summary of DESIGN §10 ([`GroupSummary`]). Runs whose LLM
//! operators self-evaluated also get [`self_eval::SelfEvalReport`]: AUROC, Brier and a
//! reliability diagram per operator ([`calibration`] holds the arithmetic). The text uses an
//! embedded DejaVu Sans (Bitstream Vera licence, `assets/fonts/`), so no system font or
//! fontconfig is needed.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use plotters::coord::Shift;
use plotters::prelude::*;
use thiserror::Error;

use crate::qd::{GridConfig, GroupSummary, Status, Summary};
use crate::store::{DB_FILE, MetricsRow, RunStore, StoreError};

pub mod calibration;
pub mod self_eval;

/// The embedded font (DejaVu Sans; licence in `assets/fonts/DejaVuSans-LICENSE.txt`).
const FONT: &[u8] = include_bytes!("../assets/fonts/DejaVuSans.ttf");
/// Font family name the plots ask for.
const FAMILY: &str = "sans-serif";
/// Colour of empty cells.
const EMPTY: RGBColor = RGBColor(225, 225, 225);
/// Heatmap image size, pixels.
const HEATMAP_SIZE: (u32, u32) = (760, 640);
/// Curve and bar chart image size, pixels.
const CHART_SIZE: (u32, u32) = (960, 600);
/// Names of the PNG files [`Report::write_pngs`] writes, in order.
pub const PNG_FILES: [&str; 6] = [
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

/// The run stores meant by one RUN argument, sorted (`rep-2` before `rep-10`).
///
/// A path or bare name resolving to an existing store ([`RunStore::resolve`]) is one run. A
/// folder (or `archives_dir/<name>`) without `run.sqlite` is a folder of runs: its subfolders
/// holding one. Anything else is returned as is, so opening it reports the missing store.
pub fn expand(arg: &str, archives_dir: &Path) -> Result<Vec<PathBuf>, ReportError> {
    let db = RunStore::resolve(arg, archives_dir);
    if db.is_file() {
        return Ok(vec![db]);
    }
    // A folder of runs is named as a folder (or a bare name), never as a .sqlite file.
    let folder = db
        .parent()
        .filter(|_| !arg.ends_with(".sqlite"))
        .map(Path::to_path_buf);
    let Some(folder) = folder.filter(|f| f.is_dir()) else {
        return Ok(vec![db]);
    };
    let entries = std::fs::read_dir(&folder).map_err(|source| ReportError::Io {
        path: folder.clone(),
        source,
    })?;
    let mut runs: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|e| e.path().join(DB_FILE))
        .filter(|p| p.is_file())
        .collect();
    if runs.is_empty() {
        return Err(ReportError::EmptyFolder { path: folder });
    }
    runs.sort_by_key(|p| natural_key(p));
    Ok(runs)
}

/// Sort key splitting digits from the rest, so `rep-2` sorts before `rep-10`.
fn natural_key(path: &Path) -> Vec<(String, u64)> {
    let s = path.to_string_lossy();
    let mut key = Vec::new();
    let mut text = String::new();
    let mut digits = String::new();
    for c in s.chars() {
        if c.is_ascii_digit() {
            digits.push(c);
        } else {
            if !digits.is_empty() {
                key.push((
                    std::mem::take(&mut text),
                    digits.parse().unwrap_or(u64::MAX),
                ));
                digits.clear();
            }
            text.push(c);
        }
    }
    key.push((text, digits.parse().unwrap_or(0)));
    key
}

/// One run as the report reads it.
#[derive(Clone, Debug)]
pub struct RunData {
    /// The run folder.
    pub dir: PathBuf,
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
    /// Reads a run store read-only.
    pub fn load(db: &Path) -> Result<RunData, ReportError> {
        let store = RunStore::open_read_only(db)?;
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
        Ok(Report { runs })
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
        (first.grid.clone(), cells, format!(" (max over {n} runs)"))
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
        let mut written = Vec::new();
        // Axes in coordinate order (height, width, mass); (x axis, y axis) per heatmap.
        for (name, x, y) in [
            (PNG_FILES[0], 1, 0),
            (PNG_FILES[1], 1, 2),
            (PNG_FILES[2], 0, 2),
        ] {
            let path = out.join(name);
            draw(&path, HEATMAP_SIZE, |root| {
                heatmap(root, &grid, &cells, x, y, &note)
            })?;
            written.push(path);
        }
        let curves: [(&str, &str, Metric); 2] = [
            (PNG_FILES[3], "qd_score (m)", |m| m.stats.qd_score),
            (PNG_FILES[4], "coverage", |m| m.stats.coverage),
        ];
        for (name, label, value) in curves {
            let path = out.join(name);
            let runs: Vec<Vec<(u64, f64)>> = self.runs.iter().map(|r| r.curve(value)).collect();
            draw(&path, CHART_SIZE, |root| curve_chart(root, &runs, label))?;
            written.push(path);
        }
        let path = out.join(PNG_FILES[5]);
        let counts = self.status_counts();
        let n = self.runs.len();
        draw(&path, CHART_SIZE, |root| status_chart(root, &counts, n))?;
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

/// Registers the embedded font once (later calls are no-ops).
fn register_font() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        // The font is a fixed, valid TTF: failure would show as text-less plots, not a crash.
        let _ = plotters::style::register_font(FAMILY, FontStyle::Normal, FONT);
    });
}

/// Reads one metric from a metrics row.
type Metric = fn(&MetricsRow) -> f64;
type Area<'a> = DrawingArea<BitMapBackend<'a>, Shift>;
type DrawResult = Result<(), Box<dyn std::error::Error>>;

/// Draws one PNG with `f`, mapping errors to [`ReportError::Plot`].
fn draw(
    path: &Path,
    size: (u32, u32),
    f: impl FnOnce(&Area<'_>) -> DrawResult,
) -> Result<(), ReportError> {
    let plot_err = |e: &dyn std::fmt::Display| ReportError::Plot {
        path: path.to_path_buf(),
        message: e.to_string(),
    };
    let root = BitMapBackend::new(path, size).into_drawing_area();
    root.fill(&WHITE).map_err(|e| plot_err(&e))?;
    f(&root).map_err(|e| plot_err(&e))?;
    root.present().map_err(|e| plot_err(&e))?;
    Ok(())
}

/// The descriptor names in coordinate order, with units.
const AXIS_NAMES: [&str; 3] = ["height", "width", "mass"];

/// A 2-D max-projection of the grid on axes `x` and `y` with a colour bar.
fn heatmap(
    root: &Area<'_>,
    grid: &GridConfig,
    cells: &[Option<f64>],
    x: usize,
    y: usize,
    note: &str,
) -> DrawResult {
    let bins = grid.bins;
    let ranges = grid.ranges();
    let mut proj = vec![None::<f64>; bins[x] * bins[y]];
    for (flat, fitness) in cells.iter().enumerate() {
        let Some(f) = *fitness else { continue };
        let coords = [
            flat / (bins[1] * bins[2]),
            flat / bins[2] % bins[1],
            flat % bins[2],
        ];
        let slot = &mut proj[coords[y] * bins[x] + coords[x]];
        *slot = Some(slot.map_or(f, |s: f64| s.max(f)));
    }
    let (lo, hi) = proj
        .iter()
        .flatten()
        .fold((f64::INFINITY, f64::NEG_INFINITY), |(a, b), &v| {
            (a.min(v), b.max(v))
        });
    let (lo, hi) = if lo.is_finite() {
        if hi > lo {
            (lo, hi)
        } else {
            (lo - 0.5, hi + 0.5)
        }
    } else {
        (0.0, 1.0)
    };
    let (main, bar) = root.split_horizontally(root.dim_in_pixel().0 - 130);
    let title = format!(
        "best fitness by {} and {}{note}",
        AXIS_NAMES[x], AXIS_NAMES[y]
    );
    let [x0, x1] = ranges[x];
    let [y0, y1] = ranges[y];
    let mut chart = ChartBuilder::on(&main)
        .caption(title, (FAMILY, 20))
        .margin(12)
        .x_label_area_size(45)
        .y_label_area_size(60)
        .build_cartesian_2d(x0..x1, y0..y1)?;
    chart
        .configure_mesh()
        .disable_mesh()
        .x_desc(format!("{} (program units)", AXIS_NAMES[x]))
        .y_desc(format!("{} (program units)", AXIS_NAMES[y]))
        .label_style((FAMILY, 14))
        .draw()?;
    let (dx, dy) = ((x1 - x0) / bins[x] as f64, (y1 - y0) / bins[y] as f64);
    chart.draw_series(proj.iter().enumerate().map(|(i, v)| {
        let (cx, cy) = ((i % bins[x]) as f64, (i / bins[x]) as f64);
        let colour = v.map_or(EMPTY, |f| ViridisRGB::get_color_normalized(f, lo, hi));
        Rectangle::new(
            [
                (x0 + cx * dx, y0 + cy * dy),
                (x0 + (cx + 1.0) * dx, y0 + (cy + 1.0) * dy),
            ],
            colour.filled(),
        )
    }))?;
    // Colour bar.
    let mut bar_chart = ChartBuilder::on(&bar)
        .margin_top(44)
        .margin_bottom(57)
        .margin_right(10)
        .y_label_area_size(70)
        .build_cartesian_2d(0.0..1.0, lo..hi)?;
    bar_chart
        .configure_mesh()
        .disable_mesh()
        .disable_x_axis()
        .y_desc("fitness (m)")
        .label_style((FAMILY, 13))
        .draw()?;
    const STEPS: usize = 100;
    let step = (hi - lo) / STEPS as f64;
    bar_chart.draw_series((0..STEPS).map(|i| {
        let v = lo + (i as f64 + 0.5) * step;
        Rectangle::new(
            [
                (0.0, lo + i as f64 * step),
                (1.0, lo + (i + 1) as f64 * step),
            ],
            ViridisRGB::get_color_normalized(v, lo, hi).filled(),
        )
    }))?;
    Ok(())
}

/// Points of a step function: each value held until the next x.
fn steps(points: impl IntoIterator<Item = (f64, f64)>) -> Vec<(f64, f64)> {
    let mut out: Vec<(f64, f64)> = Vec::new();
    for (x, y) in points {
        if let Some(&(_, prev)) = out.last() {
            out.push((x, prev));
        }
        out.push((x, y));
    }
    out
}

/// A metric over evaluations: every run thin; for several runs the mean and a min-max band.
fn curve_chart(root: &Area<'_>, runs: &[Vec<(u64, f64)>], label: &str) -> DrawResult {
    let stats = mean_curve(runs);
    let x_max = stats.last().map_or(1.0, |s| s.0 as f64).max(1.0);
    let y_max = stats.iter().map(|s| s.3).fold(0.0, f64::max);
    let y_min = stats.iter().map(|s| s.2).fold(0.0, f64::min);
    let y_max = if y_max > y_min {
        y_max * 1.05
    } else {
        y_min + 1.0
    };
    let title = if runs.len() > 1 {
        format!("{label}: mean and min-max band over {} runs", runs.len())
    } else {
        label.to_string()
    };
    let mut chart = ChartBuilder::on(root)
        .caption(title, (FAMILY, 20))
        .margin(15)
        .x_label_area_size(45)
        .y_label_area_size(70)
        .build_cartesian_2d(0.0..x_max, y_min..y_max)?;
    chart
        .configure_mesh()
        .x_desc("evaluations")
        .y_desc(label)
        .label_style((FAMILY, 14))
        .draw()?;
    let blue = RGBColor(31, 119, 180);
    if runs.len() > 1 {
        let upper = steps(stats.iter().map(|s| (s.0 as f64, s.3)));
        let mut lower = steps(stats.iter().map(|s| (s.0 as f64, s.2)));
        lower.reverse();
        let band: Vec<(f64, f64)> = upper.into_iter().chain(lower).collect();
        chart
            .draw_series(std::iter::once(Polygon::new(band, blue.mix(0.2).filled())))?
            .label("min-max")
            .legend(move |(x, y)| {
                Rectangle::new([(x, y - 5), (x + 18, y + 5)], blue.mix(0.2).filled())
            });
        for run in runs {
            let pts = steps(run.iter().map(|&(x, y)| (x as f64, y)));
            chart.draw_series(LineSeries::new(
                pts,
                RGBColor(150, 150, 150).stroke_width(1),
            ))?;
        }
    }
    let name = if runs.len() > 1 { "mean" } else { label };
    chart
        .draw_series(LineSeries::new(
            steps(stats.iter().map(|s| (s.0 as f64, s.1))),
            blue.stroke_width(2),
        ))?
        .label(name)
        .legend(move |(x, y)| PathElement::new([(x, y), (x + 18, y)], blue.stroke_width(2)));
    chart
        .configure_series_labels()
        .position(SeriesLabelPosition::LowerRight)
        .background_style(WHITE.mix(0.8))
        .border_style(BLACK)
        .label_font((FAMILY, 14))
        .draw()?;
    Ok(())
}

/// Evaluations by status, one bar per status seen, stacked by operator.
fn status_chart(
    root: &Area<'_>,
    counts: &BTreeMap<String, [u64; Status::ALL.len()]>,
    runs: usize,
) -> DrawResult {
    let shown: Vec<usize> = (0..Status::ALL.len())
        .filter(|&i| counts.values().any(|row| row[i] > 0))
        .collect();
    let total = |i: usize| counts.values().map(|row| row[i]).sum::<u64>();
    let y_max = shown.iter().map(|&i| total(i)).max().unwrap_or(0).max(1);
    let title = if runs > 1 {
        format!("evaluations by status and operator, summed over {runs} runs")
    } else {
        "evaluations by status and operator".to_string()
    };
    let names: Vec<&str> = shown.iter().map(|&i| Status::ALL[i].as_str()).collect();
    let mut chart = ChartBuilder::on(root)
        .caption(title, (FAMILY, 20))
        .margin(15)
        .x_label_area_size(45)
        .y_label_area_size(70)
        .build_cartesian_2d(
            // A segmented 0..n has n + 1 segments: stop one short so no empty slot shows.
            (0..names.len().max(2) - 1).into_segmented(),
            0..(y_max + y_max / 10 + 1),
        )?;
    chart
        .configure_mesh()
        .disable_x_mesh()
        .x_labels(names.len().max(1))
        .x_label_formatter(&|v| match v {
            SegmentValue::CenterOf(i) => names.get(*i).copied().unwrap_or("").to_string(),
            _ => String::new(),
        })
        .x_desc("status")
        .y_desc("evaluations")
        .label_style((FAMILY, 14))
        .draw()?;
    let mut base = vec![0u64; shown.len()];
    for (k, (op, row)) in counts.iter().enumerate() {
        let colour = Palette99::pick(k).to_rgba();
        let bars: Vec<Rectangle<(SegmentValue<usize>, u64)>> = shown
            .iter()
            .enumerate()
            .filter(|&(_, &i)| row[i] > 0)
            .map(|(j, &i)| {
                let mut r = Rectangle::new(
                    [
                        (SegmentValue::Exact(j), base[j]),
                        (SegmentValue::Exact(j + 1), base[j] + row[i]),
                    ],
                    colour.filled(),
                );
                r.set_margin(0, 0, 12, 12);
                base[j] += row[i];
                r
            })
            .collect();
        chart
            .draw_series(bars)?
            .label(op.as_str())
            .legend(move |(x, y)| Rectangle::new([(x, y - 5), (x + 18, y + 5)], colour.filled()));
    }
    chart
        .configure_series_labels()
        .position(SeriesLabelPosition::UpperRight)
        .background_style(WHITE.mix(0.8))
        .border_style(BLACK)
        .label_font((FAMILY, 14))
        .draw()?;
    Ok(())
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

    #[test]
    fn natural_order_puts_rep_2_before_rep_10() {
        let mut v = vec![PathBuf::from("a/rep-10"), PathBuf::from("a/rep-2")];
        v.sort_by_key(|p| natural_key(p));
        assert_eq!(v, vec![PathBuf::from("a/rep-2"), PathBuf::from("a/rep-10")]);
    }
}
