//! [`FpsPlugin`]: `--measure-fps S` counts the frames rendered in S seconds of real time (after
//! a warm-up of one second), prints the rate on stderr and exits; the figure behind the
//! viewer's measured frame rates (replay, live refresh) in docs/viewer.md.

use std::time::Duration;

use bevy::prelude::*;

use crate::args::ViewerArgs;
use crate::live::LiveStats;

/// Real time before counting starts: the first frames build meshes, text and pipelines.
const WARM_UP: Duration = Duration::from_secs(1);

/// The frame count over the measured window.
#[derive(Resource, Default, Debug)]
struct Count {
    /// Real time and live polls when counting started.
    start: Option<(Duration, u64)>,
    frames: u64,
}

/// The frame-rate measurement.
pub struct FpsPlugin;

impl Plugin for FpsPlugin {
    fn build(&self, app: &mut App) {
        let measuring = app
            .world()
            .get_resource::<ViewerArgs>()
            .is_some_and(|a| a.measure_fps.is_some());
        if measuring {
            app.init_resource::<Count>().add_systems(Last, count);
        }
    }
}

fn count(
    time: Res<Time<Real>>,
    args: Res<ViewerArgs>,
    live: Res<LiveStats>,
    mut count: ResMut<Count>,
    mut exit: MessageWriter<AppExit>,
) {
    let Some(seconds) = args.measure_fps else {
        return;
    };
    let now = time.elapsed();
    let Some((start, polls)) = count.start else {
        if now >= WARM_UP {
            count.start = Some((now, live.polls));
        }
        return;
    };
    count.frames += 1;
    let elapsed = (now - start).as_secs_f64();
    if elapsed >= seconds {
        eprintln!(
            "elmer-viewer: {} frames in {elapsed:.2} s = {:.1} frames/s (replay {}, {} live polls)",
            count.frames,
            count.frames as f64 / elapsed,
            if args.paused { "paused" } else { "running" },
            live.polls - polls,
        );
        exit.write(AppExit::Success);
    }
}
