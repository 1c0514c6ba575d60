//! `elmer simulate WALKER.json`.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{Context, Result, bail};
use elmer::sim::Evaluator;
use elmer::walker::{Walker, WalkerLimits};

use super::SimFlags;
use super::outcome::OutcomeJson;

/// Frames per second of `--trace` (every 6th step at 60 Hz).
const TRACE_EVERY: u32 = 6;

/// `elmer simulate` arguments.
#[derive(clap::Args)]
pub struct SimulateArgs {
    /// The walker file: `{"joints", "springs"}` or OpenELM's `{"joints", "muscles"}`.
    walker: PathBuf,
    #[command(flatten)]
    sim: SimFlags,
    /// Print one JSON object on stdout instead of a table.
    #[arg(long)]
    json: bool,
    /// Write joint positions every 6 steps (10 per second) as JSON to this file.
    #[arg(long)]
    trace: Option<PathBuf>,
}

/// Runs `elmer simulate`.
pub fn run(args: SimulateArgs) -> Result<ExitCode> {
    let cfg = args.sim.sim_config()?;
    let path = &args.walker;
    let text = std::fs::read_to_string(path)
        .with_context(|| format!("{}: cannot read the walker file", path.display()))?;
    if text.trim().is_empty() {
        bail!(
            "{}: the file is empty; a walker file is JSON: {{\"joints\": [[x, y], ...], \
             \"springs\": [[a, b, amplitude, phase], ...]}}",
            path.display()
        );
    }
    let walker = Walker::from_json(&text, &WalkerLimits::default())
        .with_context(|| format!("{}: not a valid walker", path.display()))?;
    super::outcome::warn_self_springs(&path.display().to_string(), &walker);
    let mut evaluator = Evaluator::new();
    let outcome = match &args.trace {
        Some(trace_path) => {
            let (outcome, trace) = evaluator.evaluate_traced(&walker, &cfg, TRACE_EVERY);
            let file = std::fs::File::create(trace_path)
                .with_context(|| format!("{}: cannot write the trace", trace_path.display()))?;
            serde_json::to_writer(std::io::BufWriter::new(file), &trace)
                .with_context(|| format!("{}: cannot write the trace", trace_path.display()))?;
            outcome
        }
        None => evaluator.evaluate(&walker, &cfg),
    };
    let report = OutcomeJson::simulated(&walker, &outcome);
    report.print(args.json)?;
    Ok(if report.is_ok() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}
