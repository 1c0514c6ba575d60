//! `elmer eval PROGRAM.py`: program -> sandbox -> walker -> sim -> outcome.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{Context, Result};
use elmer::evaluate;
use elmer::sandbox::{self, Pool, SandboxConfig};
use elmer::sim::Evaluator;
use elmer::walker::WalkerLimits;

use super::SimFlags;
use super::outcome::OutcomeJson;

/// `elmer eval` arguments.
#[derive(clap::Args)]
pub struct EvalArgs {
    /// The program: Python defining `make_walker()`.
    program: PathBuf,
    #[command(flatten)]
    sim: SimFlags,
    /// Seed of the program's `random` (default: from a hash of its normalised source, as in
    /// evolve, so one program gives one walker everywhere).
    #[arg(long, value_parser = super::whole::<u64>)]
    seed: Option<u64>,
    /// Print one JSON object on stdout instead of a table.
    #[arg(long)]
    json: bool,
}

/// Runs `elmer eval`.
pub fn run(args: EvalArgs) -> Result<ExitCode> {
    let cfg = args.sim.sim_config()?;
    let path = &args.program;
    let source = std::fs::read_to_string(path)
        .with_context(|| format!("{}: cannot read the program", path.display()))?;
    let sandbox_cfg = SandboxConfig {
        workers: Some(1),
        ..SandboxConfig::default()
    };
    let pool = Pool::new(&sandbox_cfg, WalkerLimits::default())
        .context("cannot start the sandbox (run `elmer doctor`)")?;
    let seed = args
        .seed
        .unwrap_or_else(|| sandbox::program_seed(&source, sandbox_cfg.random_salt));
    let evaluated = evaluate::evaluate(&pool, &mut Evaluator::new(), &source, seed, &cfg);
    if let evaluate::Evaluated::Simulated(s) = &evaluated {
        super::outcome::warn_self_springs(&path.display().to_string(), &s.walker);
    }
    let report = OutcomeJson::evaluated(&evaluated, cfg.terrain).with_seed(seed);
    report.print(args.json)?;
    Ok(if report.is_ok() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}
