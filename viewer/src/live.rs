//! [`LivePlugin`]: follows a run while `elmer evolve` writes it (DESIGN §9).
//!
//! Every `--refresh` seconds of real time (also while the replay is paused) the store, open
//! read-only in WAL mode, is asked for children newer than the last seen; changed elites are
//! merged into [`RunData`], their cells flash, and the status bar shows evaluations, coverage,
//! QD score and evaluations per second. A finished run is still polled (it may be resumed);
//! one poll is two small indexed queries when nothing changed.

use std::time::Duration;

use bevy::prelude::*;
use bevy::time::common_conditions::on_real_timer;

use crate::app::Store;
use crate::args::ViewerArgs;
use crate::heatmap::Flashes;
use crate::layout;
use crate::problem::Problem;
use crate::run::RunData;

/// How long a new elite's cell flashes, seconds.
pub const FLASH_S: f64 = 1.5;

/// Progress seen by the polls, for the evaluations-per-second estimate.
#[derive(Resource, Default, Debug)]
pub struct LiveStats {
    /// (real seconds, evaluations) at the previous poll that saw a change.
    last: Option<(f64, u64)>,
    /// Evaluations per second between the last two changes.
    pub evals_per_s: Option<f64>,
    /// Polls made.
    pub polls: u64,
}

#[derive(Component)]
struct StatusText;

/// The live-mode feature.
pub struct LivePlugin;

impl Plugin for LivePlugin {
    fn build(&self, app: &mut App) {
        let refresh = app
            .world()
            .get_resource::<ViewerArgs>()
            .map_or(1.0, |a| a.refresh)
            .clamp(0.05, 3600.0);
        app.init_resource::<LiveStats>()
            .add_systems(Startup, spawn_status)
            .add_systems(
                Update,
                (
                    poll.run_if(resource_exists::<Store>)
                        .run_if(on_real_timer(Duration::from_secs_f64(refresh))),
                    status,
                )
                    .chain()
                    .run_if(resource_exists::<RunData>),
            );
    }
}

fn poll(
    store: Res<Store>,
    time: Res<Time<Real>>,
    mut run: ResMut<RunData>,
    mut flashes: ResMut<Flashes>,
    mut stats: ResMut<LiveStats>,
    mut problem: ResMut<Problem>,
) {
    stats.polls += 1;
    let now = time.elapsed_secs_f64();
    flashes.0.retain(|(_, until)| *until > now);
    let store = match store.0.lock() {
        Ok(s) => s,
        Err(poisoned) => poisoned.into_inner(),
    };
    // Two small queries decide whether anything changed, so `RunData` is marked changed (and
    // the heatmap repainted) only when it did.
    let unchanged = match (store.max_child_id(), store.run()) {
        (Ok(max), Ok(row)) => max == run.max_child_id && row.status == run.status,
        (Err(e), _) | (_, Err(e)) => {
            problem.report(format!("live refresh: {e}"));
            return;
        }
    };
    if unchanged {
        return;
    }
    match run.refresh(&store) {
        Ok(cells) => {
            for cell in cells {
                flashes.0.retain(|(c, _)| *c != cell);
                flashes.0.push((cell, now + FLASH_S));
            }
            let evals = run.metrics.as_ref().map_or(0, |m| m.evaluations);
            if let Some((t0, e0)) = stats.last
                && now > t0
                && evals > e0
            {
                stats.evals_per_s = Some((evals - e0) as f64 / (now - t0));
            }
            stats.last = Some((now, evals));
        }
        Err(e) => problem.report(format!("live refresh: {e}")),
    }
}

fn spawn_status(mut commands: Commands) {
    commands.spawn((
        Node {
            position_type: PositionType::Absolute,
            left: Val::Px(0.0),
            right: Val::Px(0.0),
            bottom: Val::Px(0.0),
            height: Val::Px(layout::STATUS_H),
            padding: UiRect::axes(Val::Px(layout::MARGIN), Val::Px(4.0)),
            ..default()
        },
        BackgroundColor(Color::srgb(0.12, 0.12, 0.15)),
        StatusText,
        Text::new(""),
        TextFont::from_font_size(layout::FONT_SMALL),
        TextColor(Color::WHITE),
    ));
}

fn status(run: Res<RunData>, stats: Res<LiveStats>, mut text: Query<&mut Text, With<StatusText>>) {
    if !(run.is_changed() || stats.is_changed()) {
        return;
    }
    let Ok(mut text) = text.single_mut() else {
        return;
    };
    let body = match &run.metrics {
        Some(m) => {
            let rate = match stats.evals_per_s {
                Some(r) => format!("{r:.1} evals/s"),
                None => "- evals/s".to_owned(),
            };
            format!(
                "{}  {}  generation {}  evaluations {}  elites {}  coverage {:.1}%  qd_score {:.3}  {rate}",
                run.name,
                run.status,
                m.generation,
                m.evaluations,
                run.elites.len(),
                100.0 * run.elites.len() as f64 / run.grid.num_cells() as f64,
                run.elites.values().filter_map(|c| c.fitness).sum::<f64>(),
            )
        }
        None => format!("{}  {}  no generation committed yet", run.name, run.status),
    };
    if text.0 != body {
        text.0 = body;
    }
}
