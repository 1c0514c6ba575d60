//! [`HeatmapPlugin`]: the archive as a 2-D heatmap (DESIGN §9).
//!
//! By default the (width, height) max-projection over mass; `M` switches to a slice through the
//! third axis (`[` / `]` or PageDown / PageUp move it), `A` cycles the axis pair. Cells are
//! coloured by fitness on viridis with a legend; empty cells keep the background colour. Hover
//! shows a cell; a click or the arrow keys select it.

use std::collections::BTreeMap;

use bevy::prelude::*;

use crate::colormap::{normalise, viridis};
use crate::layout;
use crate::run::RunData;
use crate::selection::{Frame, InputSeen, Selection, ViewerSet};

/// The descriptor axes in cell-coordinate order.
pub const AXIS_NAMES: [&str; 3] = ["height", "width", "mass"];

/// The axis pairs `A` cycles through, as (x axis, y axis).
const AXIS_PAIRS: [(usize, usize); 3] = [(1, 0), (2, 0), (1, 2)];

/// Segments of the legend's colour bar.
const LEGEND_STEPS: usize = 48;

/// What the heatmap shows: two axes and, for the third, the max-projection or one slice.
#[derive(Resource, Debug, Clone, Copy, PartialEq, Eq)]
pub struct HeatmapView {
    /// The cell axis along x (0 height, 1 width, 2 mass).
    pub x_axis: usize,
    /// The cell axis along y.
    pub y_axis: usize,
    /// `None`: the max-projection over the third axis; `Some(k)`: the slice at index k.
    pub slice: Option<usize>,
}

impl Default for HeatmapView {
    fn default() -> Self {
        HeatmapView {
            x_axis: 1,
            y_axis: 0,
            slice: None,
        }
    }
}

impl HeatmapView {
    /// The axis not shown (projected over or sliced).
    pub fn third_axis(&self) -> usize {
        3 - self.x_axis - self.y_axis
    }

    /// Columns and rows shown for a grid of `bins`.
    pub fn dims(&self, bins: [usize; 3]) -> (usize, usize) {
        (bins[self.x_axis], bins[self.y_axis])
    }

    /// The displayed position of a cell.
    pub fn project(&self, cell: [usize; 3]) -> (usize, usize) {
        (cell[self.x_axis], cell[self.y_axis])
    }

    /// The displayed cells that hold an elite: position -> (cell, fitness), the fittest along
    /// the third axis in max-projection, the slice's own in slice mode.
    pub fn displayed(&self, run: &RunData) -> BTreeMap<(usize, usize), ([usize; 3], f64)> {
        let third = self.third_axis();
        let mut out: BTreeMap<(usize, usize), ([usize; 3], f64)> = BTreeMap::new();
        for (cell, child) in &run.elites {
            let Some(fitness) = child.fitness else {
                continue;
            };
            if self.slice.is_some_and(|k| cell[third] != k) {
                continue;
            }
            let at = self.project(*cell);
            if out.get(&at).is_none_or(|(_, f)| fitness > *f) {
                out.insert(at, (*cell, fitness));
            }
        }
        out
    }

    /// The 3-D cell meant by displayed position `at`: its shown elite if any, else `at` with
    /// the third coordinate of the slice, of `keep` (the current selection), or 0.
    pub fn cell_at(
        &self,
        run: &RunData,
        at: (usize, usize),
        keep: Option<[usize; 3]>,
    ) -> [usize; 3] {
        if let Some((cell, _)) = self.displayed(run).get(&at) {
            return *cell;
        }
        let third = self.third_axis();
        let mut cell = [0; 3];
        cell[third] = self.slice.or(keep.map(|c| c[third])).unwrap_or(0);
        cell[self.x_axis] = at.0;
        cell[self.y_axis] = at.1;
        cell
    }
}

/// The window rectangle of displayed cell (x, y) for a grid of `cols` x `rows` (y up, as in
/// plots; rectangles in window pixels, y down). The tests sample cell centres with it.
pub fn cell_rect(cols: usize, rows: usize, x: usize, y: usize) -> Rect {
    let side = cell_side(cols, rows);
    let min =
        layout::GRID_ORIGIN + Vec2::new(1.0 + x as f32 * side, 1.0 + (rows - 1 - y) as f32 * side);
    Rect::from_corners(min, min + Vec2::splat(side - 1.0))
}

fn cell_side(cols: usize, rows: usize) -> f32 {
    (layout::GRID_SIDE / cols.max(rows).max(1) as f32).floor()
}

/// One displayed cell's node.
#[derive(Component, Debug, Clone, Copy)]
pub struct HeatCell {
    /// Displayed column.
    pub x: usize,
    /// Displayed row (0 at the bottom).
    pub y: usize,
}

/// The cell under the pointer, if any.
#[derive(Resource, Default, Debug, Clone, Copy)]
pub struct Hovered(pub Option<(usize, usize)>);

/// Cells that just changed (live mode), with the time their flash ends (real seconds).
#[derive(Resource, Default, Debug)]
pub struct Flashes(pub Vec<([usize; 3], f64)>);

#[derive(Component)]
struct GridRoot;

#[derive(Component)]
struct LegendLabel(bool);

#[derive(Component)]
struct InfoText;

#[derive(Component)]
struct TitleText;

/// The heatmap feature: grid, legend, hover and selection.
pub struct HeatmapPlugin;

impl Plugin for HeatmapPlugin {
    fn build(&self, app: &mut App) {
        app.init_resource::<HeatmapView>()
            .init_resource::<Hovered>()
            .init_resource::<Flashes>()
            .add_systems(Startup, (spawn_panel, spawn_legend))
            .add_systems(
                Update,
                (keys, pointer)
                    .chain()
                    .in_set(ViewerSet::Input)
                    .run_if(resource_exists::<RunData>),
            )
            .add_systems(
                Update,
                (
                    rebuild_grid.run_if(resource_changed::<HeatmapView>),
                    paint,
                    outline,
                    legend_labels,
                    info,
                )
                    .chain()
                    .in_set(ViewerSet::Show)
                    .run_if(resource_exists::<RunData>),
            );
    }
}

fn text(value: impl Into<String>, size: f32, color: Color) -> impl Bundle {
    (
        Text::new(value),
        TextFont::from_font_size(size),
        TextColor(color),
    )
}

fn spawn_panel(mut commands: Commands) {
    // The left column is opaque: the replay world scrolls beneath it.
    commands.spawn((
        Node {
            position_type: PositionType::Absolute,
            left: Val::Px(0.0),
            top: Val::Px(0.0),
            width: Val::Px(layout::LEFT_W),
            height: Val::Px(layout::WINDOW_H - layout::STATUS_H),
            ..default()
        },
        BackgroundColor(layout::PANEL_BG),
        // Beneath every other node of the column.
        GlobalZIndex(-1),
    ));
    commands.spawn((
        Node {
            position_type: PositionType::Absolute,
            left: Val::Px(layout::MARGIN),
            top: Val::Px(layout::MARGIN),
            ..default()
        },
        TitleText,
        text("", layout::FONT, Color::WHITE),
    ));
    commands.spawn((
        Node {
            position_type: PositionType::Absolute,
            left: Val::Px(layout::MARGIN),
            top: Val::Px(layout::GRID_ORIGIN.y + layout::GRID_SIDE + 58.0),
            width: Val::Px(layout::LEFT_W - 2.0 * layout::MARGIN),
            ..default()
        },
        InfoText,
        text("", layout::FONT_SMALL, Color::WHITE),
    ));
}

fn spawn_legend(mut commands: Commands) {
    let top = layout::GRID_ORIGIN.y + layout::GRID_SIDE + 22.0;
    let step = layout::GRID_SIDE / LEGEND_STEPS as f32;
    for i in 0..LEGEND_STEPS {
        let t = (i as f64 + 0.5) / LEGEND_STEPS as f64;
        commands.spawn((
            Node {
                position_type: PositionType::Absolute,
                left: Val::Px(layout::GRID_ORIGIN.x + i as f32 * step),
                top: Val::Px(top),
                width: Val::Px(step.ceil()),
                height: Val::Px(10.0),
                ..default()
            },
            BackgroundColor(viridis(t)),
        ));
    }
    for high in [false, true] {
        let mut node = Node {
            position_type: PositionType::Absolute,
            top: Val::Px(top + 12.0),
            ..default()
        };
        if high {
            node.right = Val::Px(layout::WINDOW_W - layout::GRID_ORIGIN.x - layout::GRID_SIDE);
        } else {
            node.left = Val::Px(layout::GRID_ORIGIN.x);
        }
        commands.spawn((
            node,
            LegendLabel(high),
            text("", layout::FONT_SMALL, layout::DIM_TEXT),
        ));
    }
}

/// Respawns the cell nodes for the current view (axis pair or mode changed).
fn rebuild_grid(
    mut commands: Commands,
    view: Res<HeatmapView>,
    run: Res<RunData>,
    roots: Query<Entity, With<GridRoot>>,
) {
    for root in &roots {
        commands.entity(root).despawn();
    }
    let (cols, rows) = view.dims(run.grid.bins);
    let side = cell_side(cols, rows);
    commands
        .spawn((
            Node {
                position_type: PositionType::Absolute,
                left: Val::Px(layout::GRID_ORIGIN.x),
                top: Val::Px(layout::GRID_ORIGIN.y),
                width: Val::Px(cols as f32 * side + 1.0),
                height: Val::Px(rows as f32 * side + 1.0),
                ..default()
            },
            BackgroundColor(layout::GRID_LINES),
            GridRoot,
        ))
        .with_children(|grid| {
            for y in 0..rows {
                for x in 0..cols {
                    let r = cell_rect(cols, rows, x, y);
                    grid.spawn((
                        Button,
                        Node {
                            position_type: PositionType::Absolute,
                            left: Val::Px(r.min.x - layout::GRID_ORIGIN.x),
                            top: Val::Px(r.min.y - layout::GRID_ORIGIN.y),
                            width: Val::Px(r.width()),
                            height: Val::Px(r.height()),
                            border: UiRect::all(Val::Px(2.0)),
                            ..default()
                        },
                        BackgroundColor(layout::BACKGROUND),
                        BorderColor::all(Color::NONE),
                        HeatCell { x, y },
                    ));
                }
            }
        });
}

/// Fills cells by fitness; empty cells keep the background; live flashes fade to the colour.
fn paint(
    run: Res<RunData>,
    view: Res<HeatmapView>,
    flashes: Res<Flashes>,
    time: Res<Time<Real>>,
    mut cells: Query<(&HeatCell, &mut BackgroundColor)>,
) {
    let shown = view.displayed(&run);
    let (lo, hi) = run.fitness_range().unwrap_or((0.0, 1.0));
    let now = time.elapsed_secs_f64();
    for (cell, mut bg) in &mut cells {
        let color = match shown.get(&(cell.x, cell.y)) {
            Some((full, fitness)) => {
                let base = viridis(normalise(*fitness, lo, hi));
                match flashes.0.iter().find(|(c, _)| c == full) {
                    Some((_, until)) if *until > now => {
                        let left = ((until - now) / crate::live::FLASH_S).clamp(0.0, 1.0) as f32;
                        base.mix(&layout::FLASH, left)
                    }
                    _ => base,
                }
            }
            None => layout::BACKGROUND,
        };
        if bg.0 != color {
            bg.0 = color;
        }
    }
}

/// Outlines the selected cell (red) and the hovered one (white).
fn outline(
    view: Res<HeatmapView>,
    selection: Res<Selection>,
    hovered: Res<Hovered>,
    mut cells: Query<(&HeatCell, &mut BorderColor)>,
) {
    let selected = selection.cell.map(|c| view.project(c));
    for (cell, mut border) in &mut cells {
        let at = Some((cell.x, cell.y));
        let color = if at == selected {
            layout::SELECTED
        } else if at == hovered.0 {
            layout::HOVERED
        } else {
            Color::NONE
        };
        let want = BorderColor::all(color);
        if *border != want {
            *border = want;
        }
    }
}

/// Hover and click through bevy_ui's `Interaction`.
fn pointer(
    run: Res<RunData>,
    view: Res<HeatmapView>,
    frame: Res<Frame>,
    mut hovered: ResMut<Hovered>,
    mut selection: ResMut<Selection>,
    mut seen: ResMut<InputSeen>,
    cells: Query<(&HeatCell, &Interaction)>,
) {
    let mut over = None;
    for (cell, interaction) in &cells {
        match interaction {
            Interaction::Pressed => {
                over = Some((cell.x, cell.y));
                let target = view.cell_at(&run, (cell.x, cell.y), selection.cell);
                if selection.cell != Some(target) || selection.child.is_some() {
                    selection.select_cell(target);
                    seen.mark(frame.0);
                }
            }
            Interaction::Hovered => over = Some((cell.x, cell.y)),
            Interaction::None => {}
        }
    }
    if hovered.0 != over {
        hovered.0 = over;
    }
}

/// Arrows move the selection; `M` toggles projection/slice; `[`/`]` move the slice; `A` cycles
/// the axes.
fn keys(
    keys: Res<ButtonInput<KeyCode>>,
    mut presses: MessageReader<bevy::input::keyboard::KeyboardInput>,
    run: Res<RunData>,
    frame: Res<Frame>,
    mut view: ResMut<HeatmapView>,
    mut selection: ResMut<Selection>,
    mut seen: ResMut<InputSeen>,
) {
    let bins = run.grid.bins;
    let mut handled = false;
    let (cols, rows) = view.dims(bins);
    let moves = [
        (KeyCode::ArrowLeft, (-1, 0)),
        (KeyCode::ArrowRight, (1, 0)),
        (KeyCode::ArrowUp, (0, 1)),
        (KeyCode::ArrowDown, (0, -1)),
    ];
    // Every press counts, also two of one key within a frame (`just_pressed` is a set).
    let pressed: Vec<KeyCode> = presses
        .read()
        .filter(|k| k.state.is_pressed())
        .map(|k| k.key_code)
        .collect();
    for (dx, dy) in pressed
        .iter()
        .filter_map(|p| moves.iter().find(|(k, _)| k == p).map(|(_, d)| *d))
    {
        let (x, y) = selection.cell.map(|c| view.project(c)).unwrap_or((0, 0));
        let x = x.saturating_add_signed(dx).min(cols - 1);
        let y = y.saturating_add_signed(dy).min(rows - 1);
        let target = view.cell_at(&run, (x, y), selection.cell);
        selection.select_cell(target);
        handled = true;
    }
    if keys.just_pressed(KeyCode::KeyM) {
        let third = view.third_axis();
        view.slice = match view.slice {
            Some(_) => None,
            None => Some(selection.cell.map(|c| c[third]).unwrap_or(0)),
        };
        handled = true;
    }
    let third_bins = bins[view.third_axis()];
    if keys.any_just_pressed([KeyCode::BracketRight, KeyCode::PageUp])
        && let Some(k) = view.slice
    {
        view.slice = Some((k + 1).min(third_bins - 1));
        handled = true;
    }
    if keys.any_just_pressed([KeyCode::BracketLeft, KeyCode::PageDown])
        && let Some(k) = view.slice
    {
        view.slice = Some(k.saturating_sub(1));
        handled = true;
    }
    if keys.just_pressed(KeyCode::KeyA) {
        let i = AXIS_PAIRS
            .iter()
            .position(|p| *p == (view.x_axis, view.y_axis))
            .unwrap_or(0);
        let (x_axis, y_axis) = AXIS_PAIRS[(i + 1) % AXIS_PAIRS.len()];
        let slice = view
            .slice
            .map(|_| selection.cell.map(|c| c[3 - x_axis - y_axis]).unwrap_or(0));
        *view = HeatmapView {
            x_axis,
            y_axis,
            slice,
        };
        handled = true;
    }
    if handled {
        seen.mark(frame.0);
    }
}

fn legend_labels(run: Res<RunData>, mut labels: Query<(&LegendLabel, &mut Text)>) {
    if !run.is_changed() {
        return;
    }
    let (lo, hi) = run.fitness_range().unwrap_or((0.0, 0.0));
    for (label, mut text) in &mut labels {
        text.0 = if label.0 {
            format!("{hi:.3} m")
        } else {
            format!("fitness {lo:.3} m")
        };
    }
}

fn describe(run: &RunData, cell: [usize; 3]) -> String {
    let [h, w, m] = cell;
    match run.elites.get(&cell) {
        Some(child) => format!(
            "cell {h},{w},{m}: child {} fitness {:.4} m",
            child.id,
            child.fitness.unwrap_or(f64::NAN)
        ),
        None => format!("cell {h},{w},{m}: empty"),
    }
}

// Bevy system signatures with a `ParamSet` of queries are the usual false positive.
#[allow(clippy::type_complexity)]
fn info(
    run: Res<RunData>,
    view: Res<HeatmapView>,
    hovered: Res<Hovered>,
    selection: Res<Selection>,
    mut texts: ParamSet<(
        Query<&mut Text, With<InfoText>>,
        Query<&mut Text, With<TitleText>>,
    )>,
) {
    if !(run.is_changed() || view.is_changed() || hovered.is_changed() || selection.is_changed()) {
        return;
    }
    let third = AXIS_NAMES[view.third_axis()];
    let mode = match view.slice {
        None => format!("max over {third}"),
        Some(k) => format!("{third} slice {k}/{}", run.grid.bins[view.third_axis()] - 1),
    };
    let shown = view.displayed(&run);
    let hover = match hovered.0 {
        Some(at) => {
            let cell = view.cell_at(&run, at, selection.cell);
            format!("hover    {}", describe(&run, cell))
        }
        None => "hover    -".to_owned(),
    };
    let selected = match selection.cell {
        Some(cell) => format!("selected {}", describe(&run, cell)),
        None => "selected -".to_owned(),
    };
    let body = format!(
        "x: {}   y: {}   {mode}   ({} shown)\n{hover}\n{selected}",
        AXIS_NAMES[view.x_axis],
        AXIS_NAMES[view.y_axis],
        shown.len()
    );
    for mut text in &mut texts.p0() {
        text.0.clone_from(&body);
    }
    let title = format!(
        "{}  {} elites / {} cells",
        run.name,
        run.elites.len(),
        run.grid.num_cells()
    );
    for mut text in &mut texts.p1() {
        text.0.clone_from(&title);
    }
}
