//! `elmer doctor [--strict]`.

use std::process::ExitCode;

use anyhow::Result;
use elmer::sandbox::{self, SandboxConfig};

/// `elmer doctor` arguments.
#[derive(clap::Args)]
pub struct DoctorArgs {
    /// Exit 1 if any sandbox layer is missing.
    #[arg(long)]
    strict: bool,
}

/// Runs `elmer doctor`.
pub fn run(args: DoctorArgs) -> Result<ExitCode> {
    let report = sandbox::doctor(&SandboxConfig::default());
    println!("{report}");
    Ok(if args.strict && !report.all_active() {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}
