//! `elmer view [RUN] [viewer flags]`: finds the `elmer-viewer` binary and runs it.
//!
//! The viewer is a separate crate (Bevy stays out of `elmer`'s build, DESIGN §1). It is looked
//! up beside this executable (same cargo target folder or install folder), then on `PATH`;
//! when missing, the message says how to build it.

use std::path::PathBuf;
use std::process::{Command, ExitCode};

use anyhow::{Context, Result, bail};

/// `elmer view` arguments: everything is passed on to `elmer-viewer`.
#[derive(clap::Args)]
pub struct ViewArgs {
    /// The run (a folder holding run.sqlite, the file, or a name under archives/), then any
    /// elmer-viewer flags (--cell I,J,K, --terrain T, --paused, --screenshot FILE, ...).
    #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
    args: Vec<String>,
}

const VIEWER: &str = "elmer-viewer";

/// Runs `elmer view`.
pub fn run(args: ViewArgs) -> Result<ExitCode> {
    let Some(viewer) = find_viewer() else {
        bail!(
            "{VIEWER} not found beside elmer or on PATH; build it with `cargo build --release \
             -p elmer-viewer` (or `cargo install --path viewer`) in the elmer checkout"
        );
    };
    let status = Command::new(&viewer)
        .args(&args.args)
        .status()
        .with_context(|| format!("{}: could not start the viewer", viewer.display()))?;
    Ok(match status.code() {
        Some(code) => ExitCode::from(u8::try_from(code).unwrap_or(2)),
        None => ExitCode::from(2),
    })
}

fn find_viewer() -> Option<PathBuf> {
    let beside = std::env::current_exe()
        .ok()
        .and_then(|exe| exe.parent().map(|dir| dir.join(VIEWER)))
        .filter(|p| p.is_file());
    beside.or_else(|| {
        let path = std::env::var_os("PATH")?;
        std::env::split_paths(&path)
            .map(|dir| dir.join(VIEWER))
            .find(|p| p.is_file())
    })
}
