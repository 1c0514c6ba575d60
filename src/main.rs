//! The `elmer` command line: parses, calls the library, maps errors to exit codes.
//!
//! Exit codes (DESIGN §10): 0 success; 1 ran but the answer is no (a walker or program that is
//! not `ok`; `doctor --strict` with a layer missing); 2 usage, config, input or I/O error; 130
//! after Ctrl-C once the generation is saved.

mod cli;

use std::process::ExitCode;

use clap::{CommandFactory, FromArgMatches, Parser, Subcommand};

/// Evolution through Large Models: MAP-Elites over Python Sodarace walkers.
#[derive(Parser)]
#[command(name = "elmer", version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Run MAP-Elites: evolve walker programs into a grid of elites (archives/<name>/).
    Evolve(cli::evolve::EvolveArgs),
    /// Simulate a walker JSON file (ours or OpenELM's dict) and print its outcome.
    Simulate(cli::simulate::SimulateArgs),
    /// Run a Python walker program in the sandbox, simulate it and print its outcome.
    Eval(cli::eval::EvalArgs),
    /// List the seed programs, or show one.
    Seeds(cli::seeds::SeedsArgs),
    /// Export datasets from runs: stage2 (train/test JSONL) or stage3 (per-terrain fitness).
    Export(cli::export::ExportArgs),
    /// Run the programs of a JSONL file into a fresh grid and print the summary.
    Score(cli::score::ScoreArgs),
    /// Plot a run or a group of replicate runs (PNG heatmaps, QD curves) and print a summary.
    Report(cli::report::ReportArgs),
    /// Report the Python interpreter and which sandbox layers are active.
    Doctor(cli::doctor::DoctorArgs),
    /// Fine-tune the local model (LoRA) on runs' own Stage-2 data, or sample it by cell.
    Bootstrap(cli::bootstrap::BootstrapArgs),
    /// Open a run in the Bevy viewer (elmer-viewer): heatmap, replay, inspector, live mode.
    View(cli::view::ViewArgs),
}

/// Every option of every subcommand takes a negative number as its value (`--seed -1` is then
/// refused by the value's parser as "not a u64", `--threshold -1` as out of range), instead of
/// clap reading `-1` as an unknown flag.
fn negative_numbers(cmd: clap::Command) -> clap::Command {
    cmd.mut_args(|a| {
        if a.get_action().takes_values() && !a.is_allow_hyphen_values_set() {
            a.allow_negative_numbers(true)
        } else {
            a
        }
    })
    .mut_subcommands(negative_numbers)
}

/// The error and its causes on one line, each said once: a cause whose text an earlier part
/// already holds (an error that prints its source, then the source itself) is left out, and
/// so are its own sources, which it summarised.
fn error_line(err: &anyhow::Error) -> String {
    let mut parts: Vec<String> = Vec::new();
    for cause in err.chain() {
        let text = cause.to_string();
        if parts.iter().any(|p| p.contains(&text)) {
            break;
        }
        if !text.is_empty() {
            parts.push(text);
        }
    }
    parts.join(": ")
}

fn main() -> ExitCode {
    let matches = negative_numbers(Cli::command()).get_matches();
    let cli = Cli::from_arg_matches(&matches).unwrap_or_else(|e| e.exit());
    let result = match cli.command {
        Command::Evolve(args) => cli::evolve::run(args),
        Command::Simulate(args) => cli::simulate::run(args),
        Command::Eval(args) => cli::eval::run(args),
        Command::Seeds(args) => cli::seeds::run(args),
        Command::Report(args) => cli::report::run(args),
        Command::Doctor(args) => cli::doctor::run(args),
        Command::Export(args) => cli::export::run(args),
        Command::Score(args) => cli::score::run(args),
        Command::View(args) => cli::view::run(args),
        Command::Bootstrap(args) => cli::bootstrap::run(args),
    };
    match result {
        Ok(code) => code,
        Err(err) => {
            // A closed stdout (e.g. `| head`) is not an error worth a message.
            if err
                .downcast_ref::<std::io::Error>()
                .is_some_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe)
            {
                return ExitCode::SUCCESS;
            }
            eprintln!("elmer: {}", error_line(&err));
            ExitCode::from(2)
        }
    }
}
