//! [`InspectorPlugin`]: the focused program and where it came from (DESIGN §9).
//!
//! Left: the program source (monospace, scrollable with the wheel or `J`/`K`), the lines
//! changed from its first parent marked `+` in green; the LLM reply below it when there is
//! one. Right: fitness, descriptors, cell, status, insertion, operator, format, generation; the
//! parents as links (click, or `P` for the first) that select the parent's cell and program;
//! the chain of ancestors back to the seed.

use bevy::input::mouse::{MouseScrollUnit, MouseWheel};
use bevy::prelude::*;
use bevy::window::PrimaryWindow;
use elmer::qd::ChildId;
use elmer::store::ChildRow;

use crate::app::Store;
use crate::layout;
use crate::problem::Problem;
use crate::run::RunData;
use crate::selection::{Focus, Frame, InputSeen, Selection, ViewerSet};

/// Ancestors listed at most (the chain is followed to the seed; the middle is elided).
const MAX_CHAIN: usize = 10;
/// Colour of changed lines.
const CHANGED: Color = Color::srgb(0.45, 0.9, 0.45);
/// Pixels one `J`/`K` press or wheel line scrolls.
const SCROLL_LINE: f32 = 16.0;

/// Width of the source pane.
const SOURCE_W: f32 = 520.0;

/// What the inspector shows for the focused program.
#[derive(Resource, Default, Debug, Clone)]
pub struct Inspection {
    /// The focused child's id.
    pub id: Option<ChildId>,
    /// Its source lines, each with whether it changed from the first parent.
    pub lines: Vec<(String, bool)>,
    /// The ancestors from the first parent back to the seed: (id, fitness, cell).
    pub chain: Vec<(ChildId, Option<f64>, Option<[usize; 3]>)>,
    /// The parents: (id, cell).
    pub parents: Vec<(ChildId, Option<[usize; 3]>)>,
}

/// A link to a program (a parent or an ancestor).
#[derive(Component, Debug, Clone, Copy)]
pub struct ProgramLink {
    /// The program.
    pub id: ChildId,
    /// Its cell.
    pub cell: [usize; 3],
}

#[derive(Component)]
struct SourcePane;

#[derive(Component)]
struct SourceText;

#[derive(Component)]
struct Details;

#[derive(Component)]
struct Links;

/// The inspector feature.
pub struct InspectorPlugin;

impl Plugin for InspectorPlugin {
    fn build(&self, app: &mut App) {
        app.init_resource::<Inspection>()
            .add_systems(Startup, spawn)
            .add_systems(Update, (links, keys, scroll).in_set(ViewerSet::Input))
            .add_systems(
                Update,
                (inspect, show)
                    .chain()
                    .in_set(ViewerSet::Show)
                    .run_if(resource_changed::<Focus>),
            );
    }
}

/// Line-level diff: for each line of `child`, whether it is outside a longest common
/// subsequence with `parent` (an added or changed line).
pub fn changed_lines(parent: &str, child: &str) -> Vec<bool> {
    let a: Vec<&str> = parent.lines().collect();
    let b: Vec<&str> = child.lines().collect();
    let (n, m) = (a.len(), b.len());
    // lcs[i][j]: LCS length of a[i..] and b[j..]; programs are a few hundred lines at most.
    let mut lcs = vec![vec![0u32; m + 1]; n + 1];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            lcs[i][j] = if a[i] == b[j] {
                lcs[i + 1][j + 1] + 1
            } else {
                lcs[i + 1][j].max(lcs[i][j + 1])
            };
        }
    }
    let mut changed = vec![true; m];
    let (mut i, mut j) = (0, 0);
    while i < n && j < m {
        if a[i] == b[j] {
            changed[j] = false;
            i += 1;
            j += 1;
        } else if lcs[i + 1][j] >= lcs[i][j + 1] {
            i += 1;
        } else {
            j += 1;
        }
    }
    changed
}

fn spawn(mut commands: Commands) {
    let r = layout::inspector_rect();
    commands.spawn((
        Node {
            position_type: PositionType::Absolute,
            left: Val::Px(r.min.x),
            top: Val::Px(r.min.y),
            width: Val::Px(r.width()),
            height: Val::Px(r.height()),
            ..default()
        },
        BackgroundColor(layout::PANEL_BG),
        GlobalZIndex(-1),
    ));
    commands
        .spawn((
            Node {
                position_type: PositionType::Absolute,
                left: Val::Px(r.min.x + layout::MARGIN),
                top: Val::Px(r.min.y + 6.0),
                width: Val::Px(SOURCE_W),
                height: Val::Px(r.height() - 12.0),
                overflow: Overflow::scroll_y(),
                padding: UiRect::all(Val::Px(6.0)),
                ..default()
            },
            BackgroundColor(Color::srgb(0.11, 0.11, 0.13)),
            ScrollPosition::default(),
            SourcePane,
        ))
        .with_child((
            Text::new(""),
            TextFont::from_font_size(layout::FONT_SMALL),
            TextColor(Color::srgb(0.85, 0.85, 0.85)),
            SourceText,
        ));
    let right = r.min.x + SOURCE_W + 2.0 * layout::MARGIN;
    commands.spawn((
        Node {
            position_type: PositionType::Absolute,
            left: Val::Px(right),
            top: Val::Px(r.min.y + 6.0),
            width: Val::Px(r.max.x - right - layout::MARGIN),
            ..default()
        },
        Details,
        Text::new(""),
        TextFont::from_font_size(layout::FONT_SMALL),
        TextColor(Color::WHITE),
    ));
    commands.spawn((
        Node {
            position_type: PositionType::Absolute,
            left: Val::Px(right),
            top: Val::Px(r.min.y + 150.0),
            width: Val::Px(r.max.x - right - layout::MARGIN),
            flex_direction: FlexDirection::Column,
            row_gap: Val::Px(2.0),
            ..default()
        },
        Links,
    ));
}

/// Reads the focused program's parent and ancestors from the store.
fn inspect(
    focus: Res<Focus>,
    store: Option<Res<Store>>,
    mut inspection: ResMut<Inspection>,
    mut problem: ResMut<Problem>,
) {
    *inspection = Inspection::default();
    let (Some(child), Some(store)) = (&focus.child, store) else {
        return;
    };
    let store = match store.0.lock() {
        Ok(s) => s,
        Err(poisoned) => poisoned.into_inner(),
    };
    let coords = |row: &ChildRow| row.cell.map(|c| c.coords());
    let mut fetch = |id: ChildId| match store.child(id) {
        Ok(row) => row,
        Err(e) => {
            problem.report(format!("child {id}: {e}"));
            None
        }
    };
    let source = child.source.clone().unwrap_or_default();
    let first_parent = child.parent_ids.first().and_then(|&id| fetch(id));
    let changed = match first_parent.as_ref().and_then(|p| p.source.as_deref()) {
        Some(parent) => changed_lines(parent, &source),
        None => vec![false; source.lines().count()],
    };
    inspection.id = Some(child.id);
    inspection.lines = source.lines().map(str::to_owned).zip(changed).collect();
    inspection.parents = child
        .parent_ids
        .iter()
        .map(|&id| (id, fetch(id).as_ref().and_then(coords)))
        .collect();
    // Follow first parents to the seed; ids strictly decrease, so this ends.
    let mut next = first_parent;
    while let Some(row) = next {
        inspection.chain.push((row.id, row.fitness, coords(&row)));
        next = match row.parent_ids.first() {
            Some(&id) if id < row.id => fetch(id),
            _ => None,
        };
    }
}

#[allow(clippy::too_many_arguments)]
fn show(
    mut commands: Commands,
    focus: Res<Focus>,
    inspection: Res<Inspection>,
    run: Option<Res<RunData>>,
    store: Option<Res<Store>>,
    source: Query<Entity, With<SourceText>>,
    mut pane: Query<&mut ScrollPosition, With<SourcePane>>,
    mut details: Query<&mut Text, With<Details>>,
    links: Query<Entity, With<Links>>,
) {
    let font = TextFont::from_font_size(layout::FONT_SMALL);
    let plain = Color::srgb(0.85, 0.85, 0.85);
    if let Ok(root) = source.single() {
        let mut root = commands.entity(root);
        root.despawn_related::<Children>();
        root.insert(Text::new(""));
        let mut spans: Vec<(String, bool)> = inspection
            .lines
            .iter()
            .enumerate()
            .map(|(i, (line, changed))| {
                let mark = if *changed { '+' } else { ' ' };
                (format!("{:>3}{mark} {line}\n", i + 1), *changed)
            })
            .collect();
        let reply = focus
            .child
            .as_ref()
            .and_then(|c| c.llm_call_id)
            .and_then(|id| store.as_ref()?.0.lock().ok()?.llm_call(id).ok().flatten())
            .and_then(|call| call.reply);
        if let Some(reply) = reply {
            spans.push((format!("\n--- LLM reply ---\n{reply}\n"), false));
        }
        if focus.child.is_none() {
            spans.push(("(no program: the selected cell is empty)".into(), false));
        }
        root.with_children(|text| {
            for (span, changed) in spans {
                text.spawn((
                    TextSpan::new(span),
                    font.clone(),
                    TextColor(if changed { CHANGED } else { plain }),
                ));
            }
        });
    }
    for mut scroll in &mut pane {
        scroll.0 = Vec2::ZERO;
    }
    if let Ok(mut text) = details.single_mut() {
        text.0 = match &focus.child {
            Some(c) => describe(c, run.as_deref()),
            None => String::new(),
        };
    }
    let Ok(links) = links.single() else {
        return;
    };
    let mut links = commands.entity(links);
    links.despawn_related::<Children>();
    links.with_children(|list| {
        let label = |list: &mut ChildSpawnerCommands, s: String| {
            list.spawn((Text::new(s), font.clone(), TextColor(layout::DIM_TEXT)));
        };
        if inspection.parents.is_empty() && focus.child.is_some() {
            label(list, "parents: none (the seed program)".into());
        } else if !inspection.parents.is_empty() {
            label(list, "parents (click or P to jump):".into());
        }
        for &(id, cell) in &inspection.parents {
            link(list, &font, id, None, cell);
        }
        if !inspection.chain.is_empty() {
            label(
                list,
                format!("ancestry, {} back to the seed:", inspection.chain.len()),
            );
        }
        let n = inspection.chain.len();
        for (k, &(id, fitness, cell)) in inspection.chain.iter().enumerate() {
            if n > MAX_CHAIN && k == MAX_CHAIN - 2 {
                label(list, format!("  ... {} more", n - MAX_CHAIN + 1));
            }
            if n > MAX_CHAIN && k >= MAX_CHAIN - 2 && k + 1 < n {
                continue;
            }
            link(list, &font, id, fitness, cell);
        }
    });
}

fn link(
    list: &mut ChildSpawnerCommands,
    font: &TextFont,
    id: ChildId,
    fitness: Option<f64>,
    cell: Option<[usize; 3]>,
) {
    let fit = fitness.map_or(String::new(), |f| format!("  {f:.3} m"));
    let Some(cell) = cell else {
        list.spawn((
            Text::new(format!("  #{id} (no cell: it failed){fit}")),
            font.clone(),
            TextColor(layout::DIM_TEXT),
        ));
        return;
    };
    let [h, w, m] = cell;
    list.spawn((
        Button,
        Node {
            padding: UiRect::axes(Val::Px(6.0), Val::Px(1.0)),
            ..default()
        },
        BackgroundColor(Color::srgb(0.14, 0.17, 0.24)),
        ProgramLink { id, cell },
    ))
    .with_child((
        Text::new(format!("#{id}  cell {h},{w},{m}{fit}")),
        font.clone(),
        TextColor(Color::srgb(0.6, 0.8, 1.0)),
    ));
}

fn describe(c: &ChildRow, run: Option<&RunData>) -> String {
    let cell = c.cell.map_or("-".to_owned(), |cell| {
        let [h, w, m] = cell.coords();
        format!("{h},{w},{m}")
    });
    let elite = match (c.cell, run) {
        (Some(cell), Some(run)) => match run.elites.get(&cell.coords()) {
            Some(e) if e.id == c.id => "the cell's elite".to_owned(),
            Some(e) => format!("replaced by #{} in its cell", e.id),
            None => "not in the archive".to_owned(),
        },
        _ => String::new(),
    };
    let d = c.descriptors.map_or("-".to_owned(), |d| {
        format!(
            "height {:.2}  width {:.2}  mass {:.2}",
            d.height, d.width, d.mass
        )
    });
    let opt = |s: &Option<String>| s.clone().unwrap_or_else(|| "-".into());
    format!(
        "program #{}  generation {}  cell {cell}  {elite}\nfitness {}\n{d}\nstatus {}  insertion {}\noperator {}  format {}{}",
        c.id,
        c.generation,
        c.fitness.map_or("-".to_owned(), |f| format!("{f:.6} m")),
        c.status,
        c.insertion.map_or("-".to_owned(), |i| i.to_string()),
        c.operator,
        opt(&c.format),
        c.error
            .as_ref()
            .map_or(String::new(), |e| format!("\nerror {e}")),
    )
}

fn links(
    frame: Res<Frame>,
    mut selection: ResMut<Selection>,
    mut seen: ResMut<InputSeen>,
    links: Query<(&ProgramLink, &Interaction), Changed<Interaction>>,
) {
    for (link, interaction) in &links {
        if *interaction == Interaction::Pressed {
            jump(&mut selection, link.id, link.cell);
            seen.mark(frame.0);
        }
    }
}

/// Selects program `id` in `cell` (its cell's elite, or that program itself if it lost its
/// cell since).
pub fn jump(selection: &mut Selection, id: ChildId, cell: [usize; 3]) {
    *selection = Selection {
        cell: Some(cell),
        child: Some(id),
    };
}

fn keys(
    keys: Res<ButtonInput<KeyCode>>,
    frame: Res<Frame>,
    inspection: Res<Inspection>,
    mut selection: ResMut<Selection>,
    mut seen: ResMut<InputSeen>,
    mut pane: Query<&mut ScrollPosition, With<SourcePane>>,
) {
    if keys.just_pressed(KeyCode::KeyP)
        && let Some(&(id, Some(cell))) = inspection.parents.first()
    {
        jump(&mut selection, id, cell);
        seen.mark(frame.0);
    }
    let dy = if keys.just_pressed(KeyCode::KeyJ) {
        3.0 * SCROLL_LINE
    } else if keys.just_pressed(KeyCode::KeyK) {
        -3.0 * SCROLL_LINE
    } else {
        return;
    };
    seen.mark(frame.0);
    for mut scroll in &mut pane {
        scroll.0.y = (scroll.0.y + dy).max(0.0);
    }
}

/// The wheel scrolls the source when the pointer is over it.
fn scroll(
    mut wheel: MessageReader<MouseWheel>,
    window: Query<&Window, With<PrimaryWindow>>,
    mut pane: Query<&mut ScrollPosition, With<SourcePane>>,
) {
    let over = window
        .single()
        .ok()
        .and_then(|w| w.cursor_position())
        .is_some_and(|p| {
            let r = layout::inspector_rect();
            p.x >= r.min.x
                && p.x < r.min.x + SOURCE_W + layout::MARGIN
                && p.y >= r.min.y
                && p.y < r.max.y
        });
    for event in wheel.read() {
        if !over {
            continue;
        }
        let lines = match event.unit {
            MouseScrollUnit::Line => event.y * SCROLL_LINE,
            MouseScrollUnit::Pixel => event.y,
        };
        for mut scroll in &mut pane {
            scroll.0.y = (scroll.0.y - lines).max(0.0);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn changed_lines_marks_edits_and_insertions() {
        let parent = "a\nb\nc\nd\n";
        let child = "a\nB\nc\nx\nd\n";
        assert_eq!(
            changed_lines(parent, child),
            [false, true, false, true, false]
        );
        assert_eq!(changed_lines(child, child), [false; 5]);
        assert_eq!(changed_lines("", "a\n"), [true]);
    }
}
