//! [`ScreenshotPlugin`]: `--screenshot FILE --frames N` writes a PNG of the window after N
//! frames and exits; `--frames-after-input N` counts the N frames from the first input event a
//! feature handled instead (DESIGN §9).

use std::path::PathBuf;

use bevy::prelude::*;
use bevy::render::view::screenshot::{Screenshot, ScreenshotCaptured};

use crate::app::RenderImage;
use crate::args::ViewerArgs;
use crate::problem::Problem;
use crate::selection::{Frame, InputSeen, Selection};

/// The last screenshot taken, kept for tests (pixels in RGBA8, sRGB).
#[derive(Resource, Default)]
pub struct LastCapture(pub Option<Image>);

/// Where the screenshot stands.
#[derive(Resource, Default, Debug, Clone, PartialEq, Eq)]
pub enum Plan {
    /// No `--screenshot`.
    #[default]
    Off,
    /// Waiting for the frame.
    Waiting(PathBuf),
    /// Requested; the capture arrives a frame or two later.
    Requested,
}

impl Plan {
    /// Takes a screenshot to `path` once the frame count is due (at once if it already is),
    /// then exits, as `--screenshot` does.
    pub fn set_up(&mut self, path: PathBuf) {
        *self = Plan::Waiting(path);
    }
}

/// The screenshot feature.
pub struct ScreenshotPlugin;

impl Plugin for ScreenshotPlugin {
    fn build(&self, app: &mut App) {
        app.init_resource::<Plan>()
            .init_resource::<LastCapture>()
            .add_systems(Startup, plan)
            .add_systems(Last, request);
    }
}

fn plan(args: Res<ViewerArgs>, mut plan: ResMut<Plan>) {
    if let Some(path) = &args.screenshot {
        *plan = Plan::Waiting(path.clone());
    }
}

/// Frames rendered towards the screenshot: from start, or from the first handled input.
fn due(args: &ViewerArgs, frame: u64, seen: &InputSeen) -> bool {
    match args.frames_after_input {
        Some(n) => seen
            .first_frame
            .is_some_and(|first| frame >= first + u64::from(n)),
        None => frame >= u64::from(args.frames),
    }
}

fn request(
    mut commands: Commands,
    args: Res<ViewerArgs>,
    frame: Res<Frame>,
    seen: Res<InputSeen>,
    image: Option<Res<RenderImage>>,
    mut plan: ResMut<Plan>,
) {
    let Plan::Waiting(path) = plan.clone() else {
        return;
    };
    if !due(&args, frame.0, &seen) {
        return;
    }
    let shot = match image {
        Some(image) => Screenshot::image(image.0.clone()),
        None => Screenshot::primary_window(),
    };
    commands.spawn(shot).observe(
        move |captured: On<ScreenshotCaptured>,
              mut last: ResMut<LastCapture>,
              mut problem: ResMut<Problem>,
              selection: Res<Selection>,
              mut exit: MessageWriter<AppExit>| {
            let saved = save(&captured.image, &path);
            if let Err(e) = &saved {
                problem.report(format!("{}: screenshot not written: {e}", path.display()));
            } else {
                let cell = selection
                    .cell
                    .map_or("none".to_owned(), |[h, w, m]| format!("{h},{w},{m}"));
                eprintln!(
                    "elmer-viewer: wrote {} (selected cell {cell})",
                    path.display()
                );
            }
            last.0 = Some(captured.image.clone());
            exit.write(if saved.is_ok() && !problem.any() {
                AppExit::Success
            } else {
                AppExit::from_code(2)
            });
        },
    );
    *plan = Plan::Requested;
}

fn save(image: &Image, path: &std::path::Path) -> Result<(), String> {
    let dynamic = image
        .clone()
        .try_into_dynamic()
        .map_err(|e| e.to_string())?;
    dynamic.to_rgb8().save(path).map_err(|e| e.to_string())
}
