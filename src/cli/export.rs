//! `elmer export stage2|stage3 RUN...`: datasets from run stores (DESIGN §8).

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use std::io::IsTerminal;

use anyhow::{Context, Result, bail};
use elmer::export::card::{self, Stage3Input};
use elmer::export::{self, Format, Stage2Options};
use elmer::sandbox::{Pool, SandboxConfig};
use elmer::sim::SimEngine;
use elmer::store::RunStore;
use elmer::walker::WalkerLimits;
use indicatif::{ProgressBar, ProgressStyle};

/// `elmer export` arguments.
#[derive(clap::Args)]
pub struct ExportArgs {
    #[command(subcommand)]
    stage: Stage,
}

#[derive(clap::Subcommand)]
enum Stage {
    /// The fittest admitted programs of runs as train/test JSONL and a dataset card.
    Stage2(Stage2Args),
    /// Elites (or a dataset's programs) re-evaluated per terrain: fitness.csv, pairs.jsonl,
    /// best-of-n.csv and a dataset card.
    Stage3(Stage3Args),
}

/// `elmer export stage2` arguments.
#[derive(clap::Args)]
struct Stage2Args {
    /// Runs (folders, run.sqlite files or names under archives/) with the same sim config and
    /// the same grid (unless --grid).
    #[arg(required = true)]
    runs: Vec<String>,
    /// Re-bin every admitted child into this grid by its stored descriptors (runs with
    /// different grids can then be pooled): `default` (12,12,12 over the calibrated ranges),
    /// bins `H,W,M` (or one number) over the default ranges, or a TOML run config whose [grid]
    /// table is the grid.
    #[arg(long, value_name = "GRID")]
    grid: Option<String>,
    /// Keep programs with fitness >= THRESHOLD x their cell's best across the runs; in (0, 1].
    #[arg(long, default_value_t = 0.5)]
    threshold: f64,
    /// Share of programs in test.jsonl (by a hash of the normalised source); in [0, 1].
    #[arg(long, default_value_t = 0.05)]
    test_share: f64,
    /// Line format: text, prompt, chat, diff or mutation (the `llm:chat` operator's request
    /// for the parent, answered with the child).
    #[arg(long, default_value = "text")]
    format: Format,
    /// Add fitness, cell and descriptors fields to every line.
    #[arg(long)]
    with_conditioning: bool,
    /// Output folder (refused when not empty, unless --force).
    #[arg(long)]
    out: PathBuf,
    /// Write into a non-empty --out, replacing the files of the same names.
    #[arg(long)]
    force: bool,
    /// Print what was written as one JSON object on stdout.
    #[arg(long)]
    json: bool,
}

/// `elmer export stage3` arguments.
#[derive(clap::Args)]
struct Stage3Args {
    /// Runs whose elites are re-evaluated (same sim config; grids may differ).
    #[arg(required_unless_present = "dataset", conflicts_with = "dataset")]
    runs: Vec<String>,
    /// A JSONL file (e.g. a Stage-2 export) whose programs are re-evaluated instead.
    #[arg(long)]
    dataset: Option<PathBuf>,
    /// Terrains: a comma list of names, or a set: paper-tunnel, paper-bumpy, all.
    #[arg(long, default_value = "paper-tunnel")]
    terrains: String,
    /// Pairs per terrain in pairs.jsonl (the fittest programs); at least 1.
    #[arg(long, default_value_t = 100, value_parser = super::at_least_one::<usize>)]
    top: usize,
    /// Output folder (refused when not empty, unless --force).
    #[arg(long)]
    out: PathBuf,
    /// Write into a non-empty --out, replacing the files of the same names.
    #[arg(long)]
    force: bool,
    /// Physics engine of the re-evaluation, elmer or rapier (default: the runs' own; elmer
    /// for --dataset).
    #[arg(long)]
    engine: Option<SimEngine>,
    /// Print what was written as one JSON object on stdout.
    #[arg(long)]
    json: bool,
}

/// What an export wrote: the `--json` object, one line.
#[derive(serde::Serialize)]
struct Written {
    /// `stage2` or `stage3`.
    stage: &'static str,
    /// The output folder.
    out: String,
    /// The files written, in order.
    files: Vec<&'static str>,
    /// stage2: train lines.
    #[serde(skip_serializing_if = "Option::is_none")]
    train: Option<usize>,
    /// stage2: test lines.
    #[serde(skip_serializing_if = "Option::is_none")]
    test: Option<usize>,
    /// stage3: programs evaluated.
    #[serde(skip_serializing_if = "Option::is_none")]
    programs: Option<usize>,
    /// stage3: terrains.
    #[serde(skip_serializing_if = "Option::is_none")]
    terrains: Option<usize>,
}

impl Written {
    fn print(&self) -> Result<()> {
        use std::io::Write;
        writeln!(std::io::stdout().lock(), "{}", serde_json::to_string(self)?)?;
        Ok(())
    }
}

/// Runs `elmer export`.
pub fn run(args: ExportArgs) -> Result<ExitCode> {
    match args.stage {
        Stage::Stage2(a) => stage2(a),
        Stage::Stage3(a) => stage3(a),
    }
}

/// The command line as typed, program name `elmer`, arguments quoted when needed.
pub(super) fn command_line() -> String {
    let mut out = String::from("elmer");
    for a in std::env::args().skip(1) {
        out.push(' ');
        if !a.is_empty()
            && a.chars()
                .all(|c| c.is_ascii_alphanumeric() || "-_./:,=+@%".contains(c))
        {
            out.push_str(&a);
        } else {
            out.push('\'');
            out.push_str(&a.replace('\'', "'\\''"));
            out.push('\'');
        }
    }
    out
}

fn resolve(runs: &[String]) -> Vec<PathBuf> {
    runs.iter()
        .map(|r| RunStore::resolve(r, Path::new("archives")))
        .collect()
}

/// A progress bar of `len` programs on stderr, hidden when `quiet` or stderr is not a terminal.
pub(super) fn progress_bar(len: usize, quiet: bool) -> ProgressBar {
    if quiet || !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::new(len as u64);
    bar.set_style(
        ProgressStyle::with_template("{elapsed_precise} [{bar:30}] {pos}/{len} programs {msg}")
            .unwrap_or_else(|_| ProgressStyle::default_bar()),
    );
    bar
}

fn check_out(out: &Path, force: bool) -> Result<()> {
    if force || !out.exists() {
        return Ok(());
    }
    let mut entries =
        std::fs::read_dir(out).with_context(|| format!("{}: cannot read --out", out.display()))?;
    if entries.next().is_some() {
        bail!(
            "{}: --out is not empty; choose an empty folder, or add --force to replace the files",
            out.display()
        );
    }
    Ok(())
}

fn write_all(out: &Path, files: &[(&str, &str)]) -> Result<()> {
    std::fs::create_dir_all(out)
        .with_context(|| format!("{}: cannot create --out", out.display()))?;
    for (name, text) in files {
        let path = out.join(name);
        std::fs::write(&path, text).with_context(|| format!("{}: cannot write", path.display()))?;
    }
    Ok(())
}

fn jsonl(lines: &[String]) -> String {
    let mut s = String::new();
    for l in lines {
        s.push_str(l);
        s.push('\n');
    }
    s
}

fn stage2(a: Stage2Args) -> Result<ExitCode> {
    check_out(&a.out, a.force)?;
    let grid = a.grid.as_deref().map(export::parse_grid).transpose()?;
    let opts = Stage2Options {
        threshold: a.threshold,
        test_share: a.test_share,
        format: a.format,
        conditioning: a.with_conditioning,
        grid,
    };
    // Before reading runs: a bad flag is said first.
    export::check_options(&opts)?;
    // stage2 checks that the runs can be pooled (re-binned or not) before anything is written.
    let runs = export::read_runs(&resolve(&a.runs))?;
    let ex = export::stage2(&runs, &opts)?;
    let card = card::stage2_card(&runs, &opts, &ex, &command_line());
    write_all(
        &a.out,
        &[
            ("train.jsonl", &jsonl(&ex.train)),
            ("test.jsonl", &jsonl(&ex.test)),
            ("README.md", &card),
        ],
    )?;
    eprintln!(
        "elmer: wrote {} train and {} test lines to {}",
        ex.counts.train,
        ex.counts.test,
        a.out.display()
    );
    if a.json {
        Written {
            stage: "stage2",
            out: a.out.display().to_string(),
            files: vec!["train.jsonl", "test.jsonl", "README.md"],
            train: Some(ex.counts.train),
            test: Some(ex.counts.test),
            programs: None,
            terrains: None,
        }
        .print()?;
    }
    Ok(ExitCode::SUCCESS)
}

fn stage3(a: Stage3Args) -> Result<ExitCode> {
    check_out(&a.out, a.force)?;
    let terrains = export::parse_terrains(&a.terrains)?;
    let mut runs = Vec::new();
    let (programs, sandbox_cfg, limits) = match &a.dataset {
        Some(path) => {
            let text = std::fs::read_to_string(path)
                .with_context(|| format!("{}: cannot read --dataset", path.display()))?;
            (
                export::stage3_programs_from_dataset(path, &text)?,
                SandboxConfig::default(),
                WalkerLimits::default(),
            )
        }
        None => {
            // Stage 3 does not use cells, so only the sim config must match: fitness of runs
            // under other physics would not be comparable in one table.
            runs = export::read_runs(&resolve(&a.runs))?;
            export::check_pooling(&runs, true)?;
            let first = &runs[0].config; // load_runs gives one run per RUN, and clap requires one
            (
                export::stage3_programs_from_runs(&runs)?,
                first.sandbox.clone(),
                first.walker.clone(),
            )
        }
    };
    let mut programs = programs;
    if let Some(engine) = a.engine {
        for p in &mut programs {
            p.sim.engine = engine;
        }
    }
    let pool =
        Pool::new(&sandbox_cfg, limits).context("cannot start the sandbox (run `elmer doctor`)")?;
    let bar = progress_bar(programs.len(), a.json);
    bar.set_message(format!("x {} terrains", terrains.len()));
    let s = export::stage3(&programs, &terrains, a.top, &pool, &|| bar.inc(1));
    bar.finish_and_clear();
    let input = match &a.dataset {
        Some(p) => Stage3Input::Dataset(p),
        None => Stage3Input::Runs(&runs),
    };
    let card = card::stage3_card(input, a.top, &s, &command_line());
    write_all(
        &a.out,
        &[
            ("fitness.csv", &s.fitness_csv),
            ("pairs.jsonl", &jsonl(&s.pairs)),
            ("best-of-n.csv", &s.best_of_n_csv),
            ("README.md", &card),
        ],
    )?;
    eprintln!(
        "elmer: evaluated {} programs on {} terrains into {}",
        s.ids.len(),
        s.terrains.len(),
        a.out.display()
    );
    if a.json {
        Written {
            stage: "stage3",
            out: a.out.display().to_string(),
            files: vec!["fitness.csv", "pairs.jsonl", "best-of-n.csv", "README.md"],
            train: None,
            test: None,
            programs: Some(s.ids.len()),
            terrains: Some(s.terrains.len()),
        }
        .print()?;
    }
    Ok(ExitCode::SUCCESS)
}
