//! `elmer-viewer [RUN] [--cell i,j,k] [--terrain T] [--paused] [--screenshot FILE --frames N]
//! [--frames-after-input N] [--measure-fps S] [--refresh S]`: parses the arguments and runs the
//! viewer in a window.

use std::path::Path;
use std::process::ExitCode;

use bevy::app::AppExit;
use clap::Parser;
use elmer_viewer::{Output, Problem, ViewerArgs, build_app};

fn main() -> ExitCode {
    let args = ViewerArgs::parse();
    let mut app = build_app(args, Output::Window, Path::new("archives"));
    // Bad input (missing store, newer schema, cell outside the grid) is shown in the window
    // and on stderr; the exit code says so once the window closes.
    let bad_input = app.world().resource::<Problem>().any();
    match app.run() {
        AppExit::Success if bad_input => ExitCode::from(2),
        AppExit::Success => ExitCode::SUCCESS,
        AppExit::Error(code) => ExitCode::from(code.get()),
    }
}
