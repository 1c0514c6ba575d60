//! The `elmer` command line: parses, calls the library, maps errors to exit codes.
//!
//! Exit codes (DESIGN §10): 0 success; 1 ran but the answer is no (a walker or program that is
//! not `ok`); 2 usage, config, input or I/O error; 130 after Ctrl-C once the generation is saved.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{Context, Result};
use clap::{Parser, Subcommand};
use serde::Serialize;

use elmer::qd::GridConfig;
use elmer::sim::{self, Outcome, SimConfig, TerrainKind};
use elmer::walker::{Walker, WalkerLimits};

/// Evolution through Large Models: MAP-Elites over Python Sodarace walkers.
#[derive(Parser)]
#[command(name = "elmer", version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Simulate a walker JSON file (ours or OpenELM's dict) and print its outcome.
    Simulate(SimulateArgs),
}

/// Flags shared by the commands that simulate.
#[derive(clap::Args)]
struct SimFlags {
    /// Terrain: flat, bumpy, tunnel, left-wall, right-wall (TOML: sim.terrain).
    #[arg(long)]
    terrain: Option<TerrainKind>,
    /// Steps of the scored horizon at 60 Hz (TOML: sim.horizon).
    #[arg(long)]
    steps: Option<u32>,
    /// Print one JSON object on stdout instead of a table.
    #[arg(long)]
    json: bool,
}

impl SimFlags {
    fn sim_config(&self) -> Result<SimConfig> {
        let mut cfg = SimConfig::default();
        if let Some(t) = self.terrain {
            cfg.terrain = t;
        }
        if let Some(n) = self.steps {
            cfg.horizon = n;
        }
        cfg.validate().context("--steps")?;
        Ok(cfg)
    }
}

#[derive(clap::Args)]
struct SimulateArgs {
    /// The walker file: `{"joints", "springs"}` or OpenELM's `{"joints", "muscles"}`.
    walker: PathBuf,
    #[command(flatten)]
    sim: SimFlags,
    /// Write joint positions every 6 steps (10 per second) as JSON to this file.
    #[arg(long)]
    trace: Option<PathBuf>,
}

/// The `--json` object of `simulate` and `eval` (DESIGN §10): one line on stdout.
#[derive(Serialize)]
struct OutcomeJson {
    /// `ok` or another status name of DESIGN §4.
    status: &'static str,
    /// |dx| in metres; null unless ok.
    fitness: Option<f64>,
    /// Signed x displacement of the centre of mass over the horizon, metres; null unless ok.
    dx: Option<f64>,
    /// Descriptors in program units (null when there is no walker).
    height: Option<f64>,
    width: Option<f64>,
    mass: Option<f64>,
    /// Cell `i,j,k` in the default grid (null when there is no walker).
    cell: Option<String>,
    /// Joint and spring counts (null when there is no walker).
    joints: Option<usize>,
    springs: Option<usize>,
    /// What went wrong, when not ok.
    error: Option<String>,
    /// Steps simulated.
    steps: Option<u32>,
    /// The terrain.
    terrain: TerrainKind,
}

impl OutcomeJson {
    fn new(walker: &Walker, outcome: &Outcome) -> Self {
        let d = walker.descriptors();
        OutcomeJson {
            status: outcome.status_name(),
            fitness: outcome.fitness(),
            dx: outcome.dx(),
            height: Some(d.height),
            width: Some(d.width),
            mass: Some(d.mass),
            cell: Some(GridConfig::default().cell_of(&d).to_string()),
            joints: Some(walker.joints().len()),
            springs: Some(walker.springs().len()),
            error: match outcome {
                Outcome::Unstable { reason, steps, .. } => {
                    Some(format!("unstable at step {steps}: {reason}"))
                }
                Outcome::Ok { .. } => None,
            },
            steps: Some(outcome.steps()),
            terrain: outcome.terrain(),
        }
    }

    fn print(&self, json: bool) -> Result<()> {
        let mut out = std::io::stdout().lock();
        if json {
            writeln!(out, "{}", serde_json::to_string(self)?)?;
            return Ok(());
        }
        writeln!(out, "status   {}", self.status)?;
        if let Some(f) = self.fitness {
            writeln!(out, "fitness  {f:.4} m")?;
        }
        if let Some(dx) = self.dx {
            writeln!(out, "dx       {dx:+.4} m")?;
        }
        writeln!(out, "terrain  {}", self.terrain)?;
        if let (Some(h), Some(w), Some(m)) = (self.height, self.width, self.mass) {
            writeln!(out, "height   {h:.3}\nwidth    {w:.3}\nmass     {m:.3}")?;
        }
        if let Some(c) = &self.cell {
            writeln!(out, "cell     {c}")?;
        }
        if let (Some(j), Some(s)) = (self.joints, self.springs) {
            writeln!(out, "joints   {j}\nsprings  {s}")?;
        }
        if let Some(e) = &self.error {
            writeln!(out, "error    {e}")?;
        }
        Ok(())
    }
}

/// An error that means "bad input": exit 2.
fn run(cli: Cli) -> Result<ExitCode> {
    match cli.command {
        Command::Simulate(args) => simulate(args),
    }
}

fn simulate(args: SimulateArgs) -> Result<ExitCode> {
    let cfg = args.sim.sim_config()?;
    let path = &args.walker;
    let text = std::fs::read_to_string(path)
        .with_context(|| format!("{}: cannot read the walker file", path.display()))?;
    let walker = Walker::from_json(&text, &WalkerLimits::default())
        .with_context(|| format!("{}: not a valid walker", path.display()))?;
    let mut evaluator = sim::Evaluator::new();
    let outcome = match &args.trace {
        Some(trace_path) => {
            let (outcome, trace) = evaluator.evaluate_traced(&walker, &cfg, 6);
            let file = std::fs::File::create(trace_path)
                .with_context(|| format!("{}: cannot write the trace", trace_path.display()))?;
            serde_json::to_writer(std::io::BufWriter::new(file), &trace)
                .with_context(|| format!("{}: cannot write the trace", trace_path.display()))?;
            outcome
        }
        None => evaluator.evaluate(&walker, &cfg),
    };
    OutcomeJson::new(&walker, &outcome).print(args.sim.json)?;
    Ok(if outcome.fitness().is_some() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        Err(err) => {
            // A closed stdout (e.g. `| head`) is not an error worth a message.
            if err
                .downcast_ref::<std::io::Error>()
                .is_some_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe)
            {
                return ExitCode::SUCCESS;
            }
            eprintln!("elmer: {err:#}");
            ExitCode::from(2)
        }
    }
}
