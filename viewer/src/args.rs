//! The command line of `elmer-viewer` (DESIGN §9).

use std::path::PathBuf;

use bevy::prelude::Resource;
use clap::Parser;
use elmer::sim::TerrainKind;

/// Browse an elmer run: the archive heatmap, elite replay, program inspector, live mode.
#[derive(Parser, Clone, Debug, Default, Resource)]
#[command(name = "elmer-viewer", version, about, long_about = None)]
pub struct ViewerArgs {
    /// The run: a folder holding run.sqlite, the file itself, or a name under archives/.
    /// Default: the newest run under archives/, else the sample run archives/samples/square-gp.
    pub run: Option<String>,
    /// Select this cell at start, as `height,width,mass` bin indices (0-based).
    #[arg(long, value_name = "I,J,K")]
    pub cell: Option<String>,
    /// Replay terrain: flat, bumpy, tunnel, left-wall, right-wall (default: the run's).
    #[arg(long, value_name = "T")]
    pub terrain: Option<TerrainKind>,
    /// Start with the replay paused.
    #[arg(long)]
    pub paused: bool,
    /// Write a PNG of the window after `--frames` frames, then exit.
    #[arg(long, value_name = "FILE")]
    pub screenshot: Option<PathBuf>,
    /// Frames to render before the screenshot (counted from start).
    #[arg(long, value_name = "N", default_value_t = 30)]
    pub frames: u32,
    /// Count the screenshot's frames from the first handled input event instead of from start.
    #[arg(long, value_name = "N")]
    pub frames_after_input: Option<u32>,
    /// Count the frames rendered over S seconds (after a 1 s warm-up), print the rate on
    /// stderr and exit.
    #[arg(long, value_name = "S")]
    pub measure_fps: Option<f64>,
    /// Seconds between polls of the store for new generations (live mode).
    #[arg(long, value_name = "S", default_value_t = 1.0)]
    pub refresh: f64,
}
