//! Drawing the report's PNGs: heatmaps with a colour bar, curves, status bars.

use std::collections::BTreeMap;
use std::path::Path;

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::{ReportError, mean_curve};
use crate::qd::{GridConfig, Status};
use crate::store::MetricsRow;

/// The embedded font (DejaVu Sans; licence in `assets/fonts/DejaVuSans-LICENSE.txt`).
const FONT: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans.ttf");
/// Font family name the plots ask for.
pub(super) const FAMILY: &str = "sans-serif";
/// Colour of empty cells.
const EMPTY: RGBColor = RGBColor(225, 225, 225);
/// One heatmap with its colour bar, pixels.
pub(super) const HEATMAP_SIZE: (u32, u32) = (720, 640);
/// The three heatmaps side by side with one colour bar, pixels.
pub(super) const HEATMAPS_SIZE: (u32, u32) = (1860, 640);
/// Curve and bar chart image size, pixels.
pub(super) const CHART_SIZE: (u32, u32) = (800, 520);
/// Text sizes, pixels: an 800-pixel chart printed one paper column wide (8.5 cm) shows tick
/// labels at about 7 pt and titles at about 9 pt.
const TITLE: u32 = 30;
/// Axis descriptions.
const DESC: u32 = 26;
/// Tick labels and legends.
const TICK: u32 = 23;
/// The line colour of a single series and of a group's mean.
const BLUE: RGBColor = RGBColor(31, 119, 180);
/// Operators' colours (Tableau 10, colour-blind safe in pairs); the seed is dark grey.
const OPERATOR_COLOURS: [RGBColor; 9] = [
    RGBColor(31, 119, 180),
    RGBColor(255, 127, 14),
    RGBColor(44, 160, 44),
    RGBColor(214, 39, 40),
    RGBColor(148, 103, 189),
    RGBColor(140, 86, 75),
    RGBColor(227, 119, 194),
    RGBColor(188, 189, 34),
    RGBColor(23, 190, 207),
];
/// The seed's segment colour.
const SEED_COLOUR: RGBColor = RGBColor(50, 50, 50);

/// Registers the embedded font once (later calls are no-ops).
pub(super) fn register_font() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        // The font is a fixed, valid TTF: failure would show as text-less plots, not a crash.
        let _ = plotters::style::register_font(FAMILY, FontStyle::Normal, FONT);
    });
}

/// Reads one metric from a metrics row.
pub(super) type Metric = fn(&MetricsRow) -> f64;
pub(super) type Area<'a> = DrawingArea<BitMapBackend<'a>, Shift>;
pub(super) type DrawResult = Result<(), Box<dyn std::error::Error>>;

/// Draws one PNG with `f`, mapping errors to [`ReportError::Plot`].
pub(super) fn draw(
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

/// The descriptor names in coordinate order.
const AXIS_NAMES: [&str; 3] = ["height", "width", "mass"];

/// A tick label: whole numbers without a decimal point, others with at most six decimals
/// and no trailing zeros (never `0.30000000000000004`).
fn tick(v: &f64) -> String {
    if (v - v.round()).abs() < 1e-9 {
        return format!("{}", v.round());
    }
    let s = format!("{v:.6}");
    s.trim_end_matches('0').trim_end_matches('.').to_string()
}

/// The colour range shared by every heatmap of a report: the lowest and highest best fitness
/// over all cells (a max-projection only shows values in that range), widened when flat.
pub(super) fn colour_range(cells: &[Option<f64>]) -> (f64, f64) {
    let (lo, hi) = cells
        .iter()
        .flatten()
        .fold((f64::INFINITY, f64::NEG_INFINITY), |(a, b), &v| {
            (a.min(v), b.max(v))
        });
    match (lo.is_finite(), hi > lo) {
        (true, true) => (lo, hi),
        (true, false) => (lo - 0.5, hi + 0.5),
        _ => (0.0, 1.0),
    }
}

/// The max-projection of `cells` on axes `x` and `y`: row-major, `bins[x]` per row.
fn project(grid: &GridConfig, cells: &[Option<f64>], x: usize, y: usize) -> Vec<Option<f64>> {
    let bins = grid.bins;
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
    proj
}

/// One projection drawn in `area` with colours over `range`, titled `title`.
fn panel(
    area: &Area<'_>,
    grid: &GridConfig,
    cells: &[Option<f64>],
    (x, y): (usize, usize),
    range: (f64, f64),
    (title, title_px): (&str, u32),
) -> DrawResult {
    let bins = grid.bins;
    let ranges = grid.ranges();
    let proj = project(grid, cells, x, y);
    let [x0, x1] = ranges[x];
    let [y0, y1] = ranges[y];
    let mut chart = ChartBuilder::on(area)
        .caption(title, (FAMILY, title_px))
        .margin(14)
        .x_label_area_size(70)
        .y_label_area_size(80)
        .build_cartesian_2d(x0..x1, y0..y1)?;
    chart
        .configure_mesh()
        .disable_mesh()
        .x_labels(6)
        .y_labels(6)
        .x_label_formatter(&tick)
        .y_label_formatter(&tick)
        .x_desc(format!("{} (program units)", AXIS_NAMES[x]))
        .y_desc(format!("{} (program units)", AXIS_NAMES[y]))
        .label_style((FAMILY, TICK))
        .axis_desc_style((FAMILY, DESC))
        .draw()?;
    let (dx, dy) = ((x1 - x0) / bins[x] as f64, (y1 - y0) / bins[y] as f64);
    let (lo, hi) = range;
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
    Ok(())
}

/// The colour bar of `range` in `area`, its top and bottom aligned with the plot of a panel
/// whose title is `title_px` high.
fn colour_bar(area: &Area<'_>, (lo, hi): (f64, f64), title_px: u32) -> DrawResult {
    let mut bar = ChartBuilder::on(area)
        .margin_top(14 + title_px + 14)
        .margin_bottom(14 + 70)
        .margin_right(10)
        .y_label_area_size(100)
        .build_cartesian_2d(0.0..1.0, lo..hi)?;
    bar.configure_mesh()
        .disable_mesh()
        .disable_x_axis()
        .y_labels(6)
        .y_label_formatter(&tick)
        .y_desc("best fitness (m)")
        .label_style((FAMILY, TICK))
        .axis_desc_style((FAMILY, DESC))
        .draw()?;
    const STEPS: usize = 100;
    let step = (hi - lo) / STEPS as f64;
    bar.draw_series((0..STEPS).map(|i| {
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

/// Width of the colour bar's area, pixels.
const BAR_WIDTH: u32 = 190;

/// A heatmap's title: the descriptor on the y axis by the one on the x axis.
fn heatmap_title((x, y): (usize, usize), note: &str) -> String {
    format!("Best fitness: {} by {}{note}", AXIS_NAMES[y], AXIS_NAMES[x])
}

/// One 2-D max-projection on axes `axes` (of `all` the report draws), with the report's shared
/// colour bar; the title size is the one all of them fit, so their bars are the same pixels.
pub(super) fn heatmap(
    root: &Area<'_>,
    grid: &GridConfig,
    cells: &[Option<f64>],
    (axes, all): ((usize, usize), &[(usize, usize)]),
    range: (f64, f64),
    note: &str,
) -> DrawResult {
    let (main, bar) = root.split_horizontally(root.dim_in_pixel().0 - BAR_WIDTH);
    let width = main.dim_in_pixel().0;
    let px = all
        .iter()
        .map(|&a| title_size(&heatmap_title(a, note), width))
        .min()
        .unwrap_or(TITLE);
    panel(
        &main,
        grid,
        cells,
        axes,
        range,
        (&heatmap_title(axes, note), px),
    )?;
    colour_bar(&bar, range, px)
}

/// The three projections side by side with one colour bar (the figure for a paper).
pub(super) fn heatmaps(
    root: &Area<'_>,
    grid: &GridConfig,
    cells: &[Option<f64>],
    projections: &[(usize, usize)],
    range: (f64, f64),
    note: &str,
) -> DrawResult {
    let (main, bar) = root.split_horizontally(root.dim_in_pixel().0 - BAR_WIDTH);
    let panels = main.split_evenly((1, projections.len().max(1)));
    let titles: Vec<String> = projections
        .iter()
        .map(|&(x, y)| format!("{} by {}{note}", AXIS_NAMES[y], AXIS_NAMES[x]))
        .collect();
    // One title size for all three, so the plots and the bar line up.
    let width = panels.first().map_or(0, |p| p.dim_in_pixel().0);
    let px = titles
        .iter()
        .map(|t| title_size(t, width))
        .min()
        .unwrap_or(TITLE);
    for ((area, &(x, y)), title) in panels.iter().zip(projections).zip(&titles) {
        panel(area, grid, cells, (x, y), range, (title, px))?;
    }
    colour_bar(&bar, range, px)
}

/// The title's text size: [`TITLE`], smaller when a long title would not fit `width` pixels
/// (a DejaVu Sans character is about 0.55 of the size wide).
fn title_size(title: &str, width: u32) -> u32 {
    let chars = title.chars().count().max(1) as f64;
    let fits = (f64::from(width) - 40.0) / (0.55 * chars);
    (fits.floor() as u32).clamp(TICK - 5, TITLE)
}

/// "3 runs", or "3 runs, not replicates" for a group averaged with `report --mixed`.
pub(super) fn group(runs: usize, mixed: bool) -> String {
    if mixed {
        format!("{runs} runs, not replicates")
    } else {
        format!("{runs} runs")
    }
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

/// A metric over evaluations: one run as one line without a legend; several runs thin grey,
/// their mean and a min-max band, with a legend.
pub(super) fn curve_chart(
    root: &Area<'_>,
    runs: &[Vec<(u64, f64)>],
    label: &str,
    mixed: bool,
) -> DrawResult {
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
        format!("{label}, mean of {}", group(runs.len(), mixed))
    } else {
        label.to_string()
    };
    let size = title_size(&title, root.dim_in_pixel().0);
    let mut chart = ChartBuilder::on(root)
        .caption(title, (FAMILY, size))
        .margin(18)
        .x_label_area_size(70)
        .y_label_area_size(115)
        .build_cartesian_2d(0.0..x_max, y_min..y_max)?;
    chart
        .configure_mesh()
        .max_light_lines(0)
        .x_labels(6)
        .y_labels(6)
        .x_label_formatter(&|v| format!("{}", v.round()))
        .y_label_formatter(&tick)
        .x_desc("evaluations")
        .y_desc(label)
        .label_style((FAMILY, TICK))
        .axis_desc_style((FAMILY, DESC))
        .draw()?;
    let mean = steps(stats.iter().map(|s| (s.0 as f64, s.1)));
    if runs.len() == 1 {
        chart.draw_series(LineSeries::new(mean, BLUE.stroke_width(3)))?;
        return Ok(());
    }
    let upper = steps(stats.iter().map(|s| (s.0 as f64, s.3)));
    let mut lower = steps(stats.iter().map(|s| (s.0 as f64, s.2)));
    lower.reverse();
    let band: Vec<(f64, f64)> = upper.into_iter().chain(lower).collect();
    chart
        .draw_series(std::iter::once(Polygon::new(band, BLUE.mix(0.2).filled())))?
        .label("min-max")
        .legend(move |(x, y)| {
            Rectangle::new([(x, y - 8), (x + 18, y + 8)], BLUE.mix(0.2).filled())
        });
    let grey = RGBColor(150, 150, 150);
    for (k, run) in runs.iter().enumerate() {
        let pts = steps(run.iter().map(|&(x, y)| (x as f64, y)));
        let series = chart.draw_series(LineSeries::new(pts, grey.stroke_width(1)))?;
        if k == 0 {
            series.label("each run").legend(move |(x, y)| {
                PathElement::new([(x, y), (x + 18, y)], grey.stroke_width(2))
            });
        }
    }
    chart
        .draw_series(LineSeries::new(mean, BLUE.stroke_width(3)))?
        .label("mean")
        .legend(move |(x, y)| PathElement::new([(x, y), (x + 18, y)], BLUE.stroke_width(3)));
    chart
        .configure_series_labels()
        .position(SeriesLabelPosition::UpperLeft)
        .background_style(WHITE.mix(0.85))
        .border_style(BLACK)
        .label_font((FAMILY, TICK))
        .draw()?;
    Ok(())
}

/// Evaluations by status, one bar per status seen, stacked by operator; each bar's total is
/// written above it and each operator's total in the legend. A segment too thin to see (the
/// seed is one evaluation) is drawn at a visible minimum height; the numbers stay exact.
pub(super) fn status_chart(
    root: &Area<'_>,
    counts: &BTreeMap<String, [u64; Status::ALL.len()]>,
    runs: usize,
    mixed: bool,
) -> DrawResult {
    let shown: Vec<usize> = (0..Status::ALL.len())
        .filter(|&i| counts.values().any(|row| row[i] > 0))
        .collect();
    let total = |i: usize| counts.values().map(|row| row[i]).sum::<u64>();
    let y_top = shown.iter().map(|&i| total(i)).max().unwrap_or(0).max(1) as f64;
    // The thinnest a non-empty segment is drawn: 1.5% of the axis, a few pixels.
    let min_seg = y_top * 0.015;
    let title = if runs > 1 {
        format!("Evaluations by status, summed over {}", group(runs, mixed))
    } else {
        "Evaluations by status".to_string()
    };
    let names: Vec<String> = shown
        .iter()
        .map(|&i| Status::ALL[i].as_str().replace('_', " "))
        .collect();
    let size = title_size(&title, root.dim_in_pixel().0);
    let mut chart = ChartBuilder::on(root)
        .caption(title, (FAMILY, size))
        .margin(18)
        .x_label_area_size(70)
        .y_label_area_size(90)
        .build_cartesian_2d(
            // A segmented 0..n has n + 1 segments: stop one short so no empty slot shows.
            (0..names.len().max(2) - 1).into_segmented(),
            0.0..y_top * 1.18,
        )?;
    chart
        .configure_mesh()
        .disable_x_mesh()
        .light_line_style(TRANSPARENT)
        .x_labels(names.len().max(1))
        .y_labels(6)
        .x_label_formatter(&|v| match v {
            SegmentValue::CenterOf(i) => names.get(*i).cloned().unwrap_or_default(),
            _ => String::new(),
        })
        .y_label_formatter(&|v| format!("{}", v.round()))
        .x_desc("status")
        .y_desc("evaluations")
        .label_style((FAMILY, TICK))
        .axis_desc_style((FAMILY, DESC))
        .draw()?;
    let mut base = vec![0.0f64; shown.len()];
    let mut others = 0;
    // The seed first, at the bottom of its bar, so its thin segment sits on the axis.
    let mut ops: Vec<(&String, &[u64; Status::ALL.len()])> = counts.iter().collect();
    ops.sort_by_key(|(op, _)| op.as_str() != "seed");
    for (op, row) in ops {
        let colour = if op == "seed" {
            SEED_COLOUR
        } else {
            others += 1;
            OPERATOR_COLOURS[(others - 1) % OPERATOR_COLOURS.len()]
        };
        let bars: Vec<Rectangle<(SegmentValue<usize>, f64)>> = shown
            .iter()
            .enumerate()
            .filter(|&(_, &i)| row[i] > 0)
            .map(|(j, &i)| {
                let h = (row[i] as f64).max(min_seg);
                let mut r = Rectangle::new(
                    [
                        (SegmentValue::Exact(j), base[j]),
                        (SegmentValue::Exact(j + 1), base[j] + h),
                    ],
                    colour.filled(),
                );
                r.set_margin(0, 0, 14, 14);
                base[j] += h;
                r
            })
            .collect();
        let sum: u64 = row.iter().sum();
        chart
            .draw_series(bars)?
            .label(format!("{op} ({sum})"))
            .legend(move |(x, y)| Rectangle::new([(x, y - 8), (x + 18, y + 8)], colour.filled()));
    }
    let label =
        TextStyle::from((FAMILY, TICK).into_font()).pos(Pos::new(HPos::Center, VPos::Bottom));
    chart.draw_series(shown.iter().enumerate().map(|(j, &i)| {
        Text::new(
            total(i).to_string(),
            (SegmentValue::CenterOf(j), base[j] + y_top * 0.01),
            label.clone(),
        )
    }))?;
    chart
        .configure_series_labels()
        .position(SeriesLabelPosition::UpperRight)
        .background_style(WHITE.mix(0.85))
        .border_style(BLACK)
        .label_font((FAMILY, TICK))
        .draw()?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ticks_are_whole_numbers_when_whole() {
        assert_eq!(tick(&50.0), "50");
        assert_eq!(tick(&0.0), "0");
        assert_eq!(tick(&(0.1 + 0.2)), "0.3");
        assert_eq!(tick(&0.0025), "0.0025");
    }

    #[test]
    fn one_colour_range_spans_every_cell() {
        let cells = [None, Some(2.0), Some(0.5), None, Some(7.0)];
        assert_eq!(colour_range(&cells), (0.5, 7.0));
        assert_eq!(colour_range(&[Some(3.0)]), (2.5, 3.5));
        assert_eq!(colour_range(&[None]), (0.0, 1.0));
    }
}
