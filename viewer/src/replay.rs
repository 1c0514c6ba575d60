//! [`ReplayPlugin`]: the selected elite simulated by `elmer::sim` in real time (DESIGN §9).
//!
//! One [`Simulation`] step per `FixedUpdate` at the run's `sim.hz`; play/pause (Space) and speed
//! (`+`/`-`) drive virtual time, `R` restarts, `T` or the terrain buttons pick the terrain. The
//! run's own `[sim]` config is used, its engine (elmer or rapier) included, so on the run's
//! terrain the replayed fitness at the horizon equals the stored one bit for bit. The camera follows the walker's centre of mass.

use bevy::prelude::*;
use elmer::qd::ChildId;
use elmer::sim::{Outcome, SimConfig, Simulation, Terrain, TerrainKind};
use elmer::walker::Walker;

use crate::app::MainCamera;
use crate::args::ViewerArgs;
use crate::layout;
use crate::problem::Problem;
use crate::run::RunData;
use crate::selection::{Focus, Frame, InputSeen, ViewerSet};

/// Joint colour (tests look for it in the replay region).
pub const JOINT: Color = Color::srgb(1.0, 0.84, 0.2);
/// Muscle colour.
pub const MUSCLE: Color = Color::srgb(0.95, 0.35, 0.3);
/// Passive spring colour.
pub const SPRING: Color = Color::srgb(0.55, 0.75, 0.95);
/// Terrain colour.
pub const GROUND: Color = Color::srgb(0.3, 0.27, 0.24);

/// Replay speeds `+`/`-` step through, as multiples of real time.
const SPEEDS: [f32; 7] = [0.25, 0.5, 1.0, 2.0, 4.0, 8.0, 16.0];

/// One walker being replayed.
pub struct Walking {
    /// The elite's child id.
    pub child_id: ChildId,
    /// The elite's stored fitness (on the run's terrain).
    pub stored_fitness: Option<f64>,
    walker: Walker,
    sim: Simulation<'static>,
    /// Joint positions after the last step, metres.
    pub positions: Vec<[f32; 2]>,
    /// Mean joint x at the start of the horizon, metres (the distance's origin).
    com_start: Option<f64>,
    /// y the camera keeps (the placed walker's centre), metres.
    camera_y: f32,
    /// Pixels per metre for this walker.
    pub zoom: f32,
    /// The outcome, once the horizon ended or the walker blew up.
    pub outcome: Option<Outcome>,
}

impl Walking {
    /// Places `walker` with `cfg` (its terrain included), ready to step.
    pub fn new(
        child_id: ChildId,
        stored_fitness: Option<f64>,
        walker: Walker,
        cfg: &SimConfig,
    ) -> Self {
        let sim = Simulation::new(&walker, cfg);
        let positions = sim.positions();
        let (x0, y0, x1, y1) = walker.bounds();
        let extent = ((x1 - x0).max(y1 - y0) as f32 * cfg.unit_m).max(0.05);
        let r = layout::replay_rect();
        let zoom = (r.width().min(r.height() - 60.0) * 0.4 / extent).clamp(20.0, 800.0);
        let n = positions.len().max(1) as f32;
        let camera_y = positions.iter().map(|p| p[1]).sum::<f32>() / n;
        Walking {
            child_id,
            stored_fitness,
            walker,
            sim,
            positions,
            com_start: None,
            camera_y,
            zoom,
            outcome: None,
        }
    }

    /// Advances one step (nothing once finished).
    pub fn step(&mut self) {
        if self.outcome.is_some() {
            return;
        }
        self.outcome = self.sim.step();
        self.positions = self.sim.positions();
        if self.sim.steps_run() == self.sim.config().settle_steps() {
            self.com_start = Some(self.com_x());
        }
    }

    /// Steps to the end and returns the outcome (what the horizon gives the replay).
    pub fn run_to_end(&mut self) -> Outcome {
        loop {
            self.step();
            if let Some(outcome) = &self.outcome {
                return outcome.clone();
            }
        }
    }

    /// Steps run so far.
    pub fn steps_run(&self) -> u32 {
        self.sim.steps_run()
    }

    /// Mean joint x now, metres (every joint weighs the same).
    pub fn com_x(&self) -> f64 {
        let n = self.positions.len().max(1) as f64;
        self.positions.iter().map(|p| p[0] as f64).sum::<f64>() / n
    }

    /// Signed distance travelled since the horizon began; `None` while settling.
    pub fn distance(&self) -> Option<f64> {
        match &self.outcome {
            Some(Outcome::Ok { dx, .. }) => Some(*dx),
            _ => self.com_start.map(|s| self.com_x() - s),
        }
    }

    /// The simulated config.
    pub fn config(&self) -> &SimConfig {
        self.sim.config()
    }
}

/// The replay state: what is walking, on which terrain, how fast.
#[derive(Resource)]
pub struct Replay {
    /// The walker being replayed; `None` for an empty cell or before a run is loaded.
    pub walking: Option<Walking>,
    /// The replay terrain.
    pub terrain: TerrainKind,
    /// Index into the speed table.
    speed: usize,
    /// Why there is nothing to replay, if so.
    pub note: String,
}

impl Default for Replay {
    fn default() -> Self {
        Replay {
            walking: None,
            terrain: TerrainKind::Flat,
            speed: 2,
            note: String::new(),
        }
    }
}

impl Replay {
    /// The speed, as a multiple of real time.
    pub fn speed(&self) -> f32 {
        SPEEDS[self.speed]
    }
}

/// Asks for a replay restart (selection, terrain or `R`).
#[derive(Message, Default)]
pub struct Restart;

/// Marks terrain pieces drawn as sprites (respawned with each replay).
#[derive(Component)]
struct TerrainPiece;

#[derive(Component)]
struct ReplayText;

/// A terrain button (part of the replay header).
#[derive(Component)]
pub struct TerrainButton(pub TerrainKind);

/// The replay feature.
pub struct ReplayPlugin;

impl Plugin for ReplayPlugin {
    fn build(&self, app: &mut App) {
        app.init_resource::<Replay>()
            .add_message::<Restart>()
            .add_systems(Startup, (setup, spawn_header))
            .add_systems(FixedUpdate, step)
            .add_systems(
                Update,
                (keys, terrain_buttons).chain().in_set(ViewerSet::Input),
            )
            .add_systems(
                Update,
                (
                    restart_on_focus,
                    restart.run_if(on_message::<Restart>),
                    follow,
                    draw,
                    header,
                )
                    .chain()
                    .in_set(ViewerSet::Show),
            );
    }
}

fn setup(
    args: Res<ViewerArgs>,
    run: Option<Res<RunData>>,
    mut replay: ResMut<Replay>,
    mut time: ResMut<Time<Virtual>>,
    mut restart: MessageWriter<Restart>,
    mut commands: Commands,
) {
    if let Some(run) = &run {
        replay.terrain = run.config.sim.terrain;
        commands.insert_resource(Time::<Fixed>::from_hz(run.config.sim.hz as f64));
    }
    if let Some(t) = args.terrain {
        replay.terrain = t;
    }
    if args.paused {
        time.pause();
    }
    restart.write(Restart);
}

fn restart_on_focus(focus: Res<Focus>, mut restart: MessageWriter<Restart>) {
    if focus.is_changed() {
        restart.write(Restart);
    }
}

/// Starts the selected elite afresh on the chosen terrain, and lays out that terrain.
#[allow(clippy::too_many_arguments)]
fn restart(
    mut commands: Commands,
    mut messages: MessageReader<Restart>,
    run: Option<Res<RunData>>,
    focus: Res<Focus>,
    mut replay: ResMut<Replay>,
    mut problem: ResMut<Problem>,
    pieces: Query<Entity, With<TerrainPiece>>,
) {
    messages.clear();
    for e in &pieces {
        commands.entity(e).despawn();
    }
    replay.walking = None;
    let Some(run) = run else {
        replay.note = "no run loaded".into();
        return;
    };
    let Some(child) = &focus.child else {
        replay.note = "no elite in the selected cell".into();
        return;
    };
    let Some(json) = &child.walker else {
        replay.note = format!("child {} has no stored walker", child.id);
        return;
    };
    let walker = match Walker::from_json(json, &run.config.walker) {
        Ok(w) => w,
        Err(e) => {
            problem.report(format!("child {}: stored walker: {e}", child.id));
            replay.note = format!("child {}: walker does not load", child.id);
            return;
        }
    };
    let mut cfg = run.config.sim.clone();
    cfg.terrain = replay.terrain;
    let walking = Walking::new(child.id, child.fitness, walker, &cfg);
    spawn_terrain(&mut commands, &walking, &cfg);
    replay.note.clear();
    replay.walking = Some(walking);
}

/// Terrain slabs, ceilings and walls as sprites; the bumpy heightfield is drawn with gizmos.
fn spawn_terrain(commands: &mut Commands, walking: &Walking, cfg: &SimConfig) {
    let (x0, _, x1, _) = walking.walker.bounds();
    let half = ((x1 - x0) as f32 * cfg.unit_m) / 2.0;
    let terrain = Terrain::new(cfg.terrain, cfg.terrain_seed);
    for piece in terrain.pieces(-half, half) {
        if let Some(cuboid) = piece.shape.as_cuboid() {
            let size = Vec2::new(cuboid.half_extents.x, cuboid.half_extents.y) * 2.0;
            commands.spawn((
                Sprite::from_color(GROUND, size),
                Transform::from_xyz(piece.at.x, piece.at.y, -1.0),
                TerrainPiece,
            ));
        }
    }
}

fn step(mut replay: ResMut<Replay>) {
    if let Some(w) = &mut replay.walking {
        w.step();
    }
}

fn keys(
    keys: Res<ButtonInput<KeyCode>>,
    frame: Res<Frame>,
    mut replay: ResMut<Replay>,
    mut time: ResMut<Time<Virtual>>,
    mut restart: MessageWriter<Restart>,
    mut seen: ResMut<InputSeen>,
) {
    let mut handled = true;
    if keys.just_pressed(KeyCode::Space) {
        if time.is_paused() {
            time.unpause();
        } else {
            time.pause();
        }
    } else if keys.just_pressed(KeyCode::KeyR) {
        restart.write(Restart);
    } else if keys.any_just_pressed([KeyCode::Equal, KeyCode::NumpadAdd]) {
        replay.speed = (replay.speed + 1).min(SPEEDS.len() - 1);
    } else if keys.any_just_pressed([KeyCode::Minus, KeyCode::NumpadSubtract]) {
        replay.speed = replay.speed.saturating_sub(1);
    } else if keys.just_pressed(KeyCode::KeyT) {
        let i = TerrainKind::ALL
            .iter()
            .position(|t| *t == replay.terrain)
            .unwrap_or(0);
        replay.terrain = TerrainKind::ALL[(i + 1) % TerrainKind::ALL.len()];
        restart.write(Restart);
    } else {
        handled = false;
    }
    if handled {
        seen.mark(frame.0);
        let speed = replay.speed();
        time.set_relative_speed(speed);
    }
}

fn terrain_buttons(
    frame: Res<Frame>,
    mut replay: ResMut<Replay>,
    mut restart: MessageWriter<Restart>,
    mut seen: ResMut<InputSeen>,
    mut buttons: Query<(&TerrainButton, &Interaction, &mut BackgroundColor)>,
) {
    for (button, interaction, mut bg) in &mut buttons {
        if *interaction == Interaction::Pressed && replay.terrain != button.0 {
            replay.terrain = button.0;
            restart.write(Restart);
            seen.mark(frame.0);
        }
        let want = if replay.terrain == button.0 {
            Color::srgb(0.25, 0.35, 0.55)
        } else if *interaction == Interaction::Hovered {
            Color::srgb(0.22, 0.22, 0.26)
        } else {
            Color::srgb(0.15, 0.15, 0.18)
        };
        if bg.0 != want {
            bg.0 = want;
        }
    }
}

/// Keeps the walker's centre of mass at the replay region's centre, at the walker's zoom.
fn follow(
    replay: Res<Replay>,
    mut camera: Query<(&mut Transform, &mut Projection), With<MainCamera>>,
) {
    let Some(w) = &replay.walking else {
        return;
    };
    let Ok((mut transform, mut projection)) = camera.single_mut() else {
        return;
    };
    let centre = layout::replay_rect().center();
    let offset = Vec2::new(
        centre.x - layout::WINDOW_W / 2.0,
        -(centre.y - layout::WINDOW_H / 2.0),
    );
    let target = Vec2::new(w.com_x() as f32, w.camera_y);
    let at = target - offset / w.zoom;
    transform.translation.x = at.x;
    transform.translation.y = at.y;
    if let Projection::Orthographic(ortho) = projection.as_mut() {
        let scale = 1.0 / w.zoom;
        if ortho.scale != scale {
            ortho.scale = scale;
        }
    }
}

fn draw(replay: Res<Replay>, mut gizmos: Gizmos) {
    let Some(w) = &replay.walking else {
        return;
    };
    let cfg = w.config();
    if cfg.terrain == TerrainKind::Bumpy {
        draw_bumps(&mut gizmos, w);
    }
    let p = |i: usize| Vec2::from(w.positions[i]);
    for s in w.walker.springs() {
        let color = if s.is_muscle() { MUSCLE } else { SPRING };
        gizmos.line_2d(p(s.a), p(s.b), color);
    }
    // At least 3 px across so a joint shows at any zoom.
    let r = cfg.joint_radius_m.max(3.0 / w.zoom);
    for i in 0..w.positions.len() {
        gizmos.circle_2d(p(i), r, JOINT);
        gizmos.circle_2d(p(i), r * 0.5, JOINT);
    }
}

/// The bumps near the walker (the heightfield spans 200 m; only what is on screen is drawn).
fn draw_bumps(gizmos: &mut Gizmos, w: &Walking) {
    let cfg = w.config();
    let terrain = Terrain::new(cfg.terrain, cfg.terrain_seed);
    let half_view = layout::replay_rect().width() / w.zoom;
    let x = w.com_x() as f32;
    let step = 0.02;
    let n = (2.0 * half_view / step) as usize;
    let points = (0..=n).map(|i| {
        let xi = x - half_view + i as f32 * step;
        Vec2::new(xi, terrain.ground_top(xi, xi))
    });
    gizmos.linestrip_2d(points, GROUND.lighter(0.2));
}

fn spawn_header(mut commands: Commands) {
    let r = layout::replay_rect();
    commands.spawn((
        Node {
            position_type: PositionType::Absolute,
            left: Val::Px(r.min.x + layout::MARGIN),
            top: Val::Px(layout::MARGIN),
            ..default()
        },
        ReplayText,
        Text::new(""),
        TextFont::from_font_size(layout::FONT),
        TextColor(Color::WHITE),
    ));
    commands
        .spawn(Node {
            position_type: PositionType::Absolute,
            left: Val::Px(r.min.x + layout::MARGIN),
            top: Val::Px(r.max.y - 30.0),
            column_gap: Val::Px(6.0),
            ..default()
        })
        .with_children(|row| {
            for t in TerrainKind::ALL {
                row.spawn((
                    Button,
                    Node {
                        padding: UiRect::axes(Val::Px(8.0), Val::Px(3.0)),
                        ..default()
                    },
                    BackgroundColor(Color::srgb(0.15, 0.15, 0.18)),
                    TerrainButton(t),
                ))
                .with_child((
                    Text::new(t.name()),
                    TextFont::from_font_size(layout::FONT_SMALL),
                    TextColor(Color::WHITE),
                ));
            }
        });
}

fn header(
    replay: Res<Replay>,
    time: Res<Time<Virtual>>,
    run: Option<Res<RunData>>,
    mut text: Query<&mut Text, With<ReplayText>>,
) {
    let Ok(mut text) = text.single_mut() else {
        return;
    };
    let state = if time.is_paused() {
        "paused"
    } else {
        "playing"
    };
    let body = match &replay.walking {
        None => format!("replay: {}   terrain {}", replay.note, replay.terrain),
        Some(w) => {
            let cfg = w.config();
            let t = w.steps_run() as f32 / cfg.hz;
            let total = (cfg.settle_steps() + cfg.horizon) as f32 / cfg.hz;
            let distance = match w.distance() {
                Some(d) => format!("distance {d:+.3} m"),
                None => "settling".to_owned(),
            };
            let run_terrain = run.as_ref().map(|r| r.config.sim.terrain);
            let stored = match w.stored_fitness {
                Some(f) if run_terrain == Some(cfg.terrain) => format!("stored {f:.4} m"),
                Some(f) => format!(
                    "stored {f:.4} m on {}",
                    run_terrain.map_or("?", |t| t.name())
                ),
                None => "no stored fitness".to_owned(),
            };
            let end = match &w.outcome {
                Some(Outcome::Ok { fitness, .. }) => {
                    let same = w.stored_fitness.map(f64::to_bits) == Some(fitness.to_bits())
                        && run_terrain == Some(cfg.terrain);
                    format!(
                        "\nhorizon: replayed fitness {fitness:.6} m{}",
                        if same { " = stored, bit for bit" } else { "" }
                    )
                }
                Some(Outcome::Unstable { reason, steps, .. }) => {
                    format!("\nunstable after {steps} steps: {reason}")
                }
                None => String::new(),
            };
            format!(
                "child {}  {}  t {t:5.2}/{total:.0} s  {distance}  {stored}\n{state} x{}  terrain {}{end}",
                w.child_id,
                cfg.terrain,
                replay.speed(),
                cfg.terrain,
            )
        }
    };
    if text.0 != body {
        text.0 = body;
    }
}
