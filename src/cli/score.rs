//! `elmer score FILE.jsonl`: a file's programs in a fresh grid, the summary (DESIGN §8).

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{Context, Result};
use elmer::export;
use elmer::sandbox::{Pool, SandboxConfig};
use elmer::walker::WalkerLimits;

/// `elmer score` arguments.
#[derive(clap::Args)]
pub struct ScoreArgs {
    /// JSONL file: lines with "text", "prompt"+"completion", or "messages".
    file: PathBuf,
    /// Print the summary as one JSON object (evaluations, num_elites, coverage, qd_score,
    /// norm_qd_score, obj_max, obj_mean, runnable_rate).
    #[arg(long)]
    json: bool,
}

/// Runs `elmer score`.
pub fn run(args: ScoreArgs) -> Result<ExitCode> {
    let path = &args.file;
    let text = std::fs::read_to_string(path)
        .with_context(|| format!("{}: cannot read the file", path.display()))?;
    let programs: Vec<String> = export::programs_from_jsonl(path, &text)?
        .into_iter()
        .map(|(_, p)| p)
        .collect();
    let pool = Pool::new(&SandboxConfig::default(), WalkerLimits::default())
        .context("cannot start the sandbox (run `elmer doctor`)")?;
    let report = export::score(&programs, &pool);
    let s = &report.summary;
    let mut out = std::io::stdout().lock();
    if args.json {
        writeln!(out, "{}", serde_json::to_string(s)?)?;
    } else {
        writeln!(out, "evaluations    {}", s.evaluations)?;
        writeln!(out, "num_elites     {}", s.num_elites)?;
        writeln!(out, "coverage       {:.4}", s.coverage)?;
        writeln!(out, "qd_score       {:.4}", s.qd_score)?;
        writeln!(out, "norm_qd_score  {:.6}", s.norm_qd_score)?;
        if let Some(m) = s.obj_max {
            writeln!(out, "obj_max        {m:.4}")?;
        }
        if let Some(m) = s.obj_mean {
            writeln!(out, "obj_mean       {m:.4}")?;
        }
        writeln!(out, "runnable_rate  {:.4}", s.runnable_rate)?;
    }
    Ok(ExitCode::SUCCESS)
}
