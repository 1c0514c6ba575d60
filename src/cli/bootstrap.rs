//! `elmer bootstrap RUN... --out DIR` and `elmer bootstrap sample`: fine-tune the local model on
//! the runs' own Stage-2 data, and sample it by niche ([`elmer::bootstrap`],
//! docs/bootstrap.md).

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Duration;

use anyhow::{Result, bail};
use elmer::bootstrap::{
    self, BootstrapOptions, Dtype, Event, LocalLlm, SampleOptions, TrainOptions, Trainer,
};
use elmer::export::{self, Format, Stage2Options};
use elmer::store::RunStore;
use indicatif::{ProgressBar, ProgressStyle};

/// `elmer bootstrap` arguments.
#[derive(clap::Args)]
#[command(args_conflicts_with_subcommands = true)]
pub struct BootstrapArgs {
    #[command(subcommand)]
    sample: Option<Sub>,
    #[command(flatten)]
    train: TrainArgs,
}

#[derive(clap::Subcommand)]
enum Sub {
    /// Ask the tuned model for programs aimed at named cells; `elmer score FILE` then reports
    /// the valid share, the hit rate (and its chance level) and the coverage.
    Sample(SampleArgs),
}

/// Environment: ELMER_CACHE (default ~/.cache/elmer: the model, llama.cpp, logs),
/// ELMER_TRAIN_VENV (the trainer's venv, default $ELMER_CACHE/venv-train), ELMER_TRAIN_PYTHON
/// (the interpreter it is made with, default /usr/bin/python3.11).
#[derive(clap::Args)]
struct TrainArgs {
    /// Runs (folders, run.sqlite files or names under archives/) whose Stage-2 export is the
    /// training data; same sim config and grid (unless --grid).
    runs: Vec<String>,
    /// Output folder: adapter.gguf, adapter/, data/, evolve.toml, bootstrap.json, README.md
    /// (must be new or empty; written only when everything succeeded).
    #[arg(long)]
    out: Option<PathBuf>,
    /// Export format trained on: mutation (parent -> child pairs as `elmer evolve`'s
    /// `llm:chat` operator asks for them; the default), chat (programs, by cell with
    /// --with-conditioning; the default with it) or text.
    #[arg(long)]
    format: Option<Format>,
    /// Name each program's cell in the chat user message: the conditional model that
    /// `bootstrap sample` asks by cell (the chat format and the default grid).
    #[arg(long)]
    with_conditioning: bool,
    /// Export: keep programs with fitness >= THRESHOLD x their cell's best; in (0, 1].
    #[arg(long, default_value_t = 0.5)]
    threshold: f64,
    /// Export: share of programs in the test split (by a hash of the source); in [0, 1].
    #[arg(long, default_value_t = 0.05)]
    test_share: f64,
    /// Export: re-bin into this grid (`default`, bins `H,W,M`, or a TOML file), as
    /// `elmer export stage2 --grid`.
    #[arg(long, value_name = "GRID")]
    grid: Option<String>,
    /// Optimiser steps, one example each [default: one pass per epoch over the train split].
    #[arg(long)]
    steps: Option<u64>,
    /// Passes over the train split when --steps is not given.
    #[arg(long, default_value_t = 1)]
    epochs: u32,
    /// LoRA rank (every linear layer).
    #[arg(long, default_value_t = 8)]
    rank: u32,
    /// LoRA alpha [default: twice the rank].
    #[arg(long)]
    alpha: Option<f64>,
    /// Peak learning rate (AdamW; linear warm-up, then linear decay to 0).
    #[arg(long, default_value_t = 2e-4)]
    lr: f64,
    /// Tokens per example (prompt and reply); longer ones are cut.
    #[arg(long, default_value_t = 1024)]
    seq_len: u32,
    /// Warm-up steps (at most a tenth of the steps).
    #[arg(long, default_value_t = 10)]
    warmup: u64,
    /// Seed of the LoRA init and of the example order.
    #[arg(long, default_value_t = 0)]
    seed: u64,
    /// torch threads (the adapter's bytes depend on it).
    #[arg(long, default_value_t = 2)]
    threads: u32,
    /// Weights' dtype while training: f32, or bf16 (~20x slower on CPUs without AVX-512 BF16).
    #[arg(long, default_value = "f32")]
    dtype: Dtype,
    /// The base model GGUF [default: the model of scripts/local-llm install].
    #[arg(long)]
    base: Option<PathBuf>,
    /// The llama.cpp source tree with convert_lora_to_gguf.py [default: the one
    /// scripts/local-llm built llama-server from].
    #[arg(long, value_name = "DIR")]
    llama_cpp: Option<PathBuf>,
    /// No progress bars.
    #[arg(long)]
    quiet: bool,
}

/// `elmer bootstrap sample` arguments.
#[derive(clap::Args)]
struct SampleArgs {
    /// The --out folder of `elmer bootstrap ... --with-conditioning`.
    #[arg(long)]
    adapter: PathBuf,
    /// Target cells `i,j,k` separated by `;`, or `all-empty` (every cell the runs left empty,
    /// shuffled by --seed).
    #[arg(long)]
    cells: String,
    /// Samples in all; sample i asks for target i mod (number of targets).
    #[arg(long)]
    n: usize,
    /// The JSONL file written ({"cell", "messages", ...} per sample).
    #[arg(long)]
    out: PathBuf,
    /// Seed of the all-empty order and of the sampling seeds.
    #[arg(long, default_value_t = 0)]
    seed: u64,
    /// Sampling temperature.
    #[arg(long, default_value_t = 0.8)]
    temperature: f64,
    /// Serve the base model without the adapter (same prompts and seeds), for comparison.
    #[arg(long)]
    no_adapter: bool,
    /// No progress bar.
    #[arg(long)]
    quiet: bool,
}

/// Runs `elmer bootstrap`.
pub fn run(args: BootstrapArgs) -> Result<ExitCode> {
    match args.sample {
        Some(Sub::Sample(a)) => sample(a),
        None => train(args.train),
    }
}

/// elmer's cache root: `$ELMER_CACHE`, else `~/.cache/elmer`.
fn cache() -> PathBuf {
    match std::env::var_os("ELMER_CACHE") {
        Some(c) if !c.is_empty() => PathBuf::from(c),
        _ => std::env::var_os("HOME")
            .map_or_else(|| PathBuf::from("."), PathBuf::from)
            .join(".cache")
            .join("elmer"),
    }
}

fn train(a: TrainArgs) -> Result<ExitCode> {
    let Some(out) = a.out.clone() else {
        bail!("--out DIR is required: the folder the adapter, its card and evolve.toml go to");
    };
    if a.runs.is_empty() {
        bail!("give at least one RUN whose programs are the training data");
    }
    let cache = cache();
    let local = LocalLlm {
        cache: cache.clone(),
    };
    let llama_cpp = match &a.llama_cpp {
        Some(d) => d.clone(),
        None => local.llama_cpp()?,
    };
    let venv = std::env::var_os("ELMER_TRAIN_VENV")
        .filter(|v| !v.is_empty())
        .map_or_else(|| cache.join("venv-train"), PathBuf::from);
    let python = std::env::var_os("ELMER_TRAIN_PYTHON")
        .filter(|v| !v.is_empty())
        .map_or_else(|| PathBuf::from("/usr/bin/python3.11"), PathBuf::from);
    let grid = a.grid.as_deref().map(export::parse_grid).transpose()?;
    let opts = BootstrapOptions {
        runs: a
            .runs
            .iter()
            .map(|r| RunStore::resolve(r, Path::new("archives")))
            .collect(),
        export: Stage2Options {
            threshold: a.threshold,
            test_share: a.test_share,
            // The chat operator's model by default; the conditional model with its flag.
            format: a.format.unwrap_or(if a.with_conditioning {
                Format::Chat
            } else {
                Format::Mutation
            }),
            conditioning: a.with_conditioning,
            grid,
        },
        train: TrainOptions {
            steps: a.steps,
            epochs: a.epochs,
            rank: a.rank,
            alpha: a.alpha,
            lr: a.lr,
            seq_len: a.seq_len,
            seed: a.seed,
            threads: a.threads,
            warmup: a.warmup,
            dtype: a.dtype,
        },
        base: a.base.clone().unwrap_or_else(|| local.base_model()),
        llama_cpp,
        trainer: Trainer { venv },
        python,
        cache,
        out,
        command: super::export::command_line(),
    };
    let show = !a.quiet && std::io::stderr().is_terminal();
    let bar = if show {
        spinner()
    } else {
        ProgressBar::hidden()
    };
    let mut on = |e: Event| match e {
        Event::Say(s) => say(&bar, show, &s),
        Event::Phase(p) => {
            let what = match p.as_str() {
                "export" => "exporting Stage 2",
                "load" => "loading the base model (GGUF, dequantised by transformers)",
                "data" => "tokenising",
                "train" => "training",
                "test" => "test loss",
                "save" => "saving the adapter",
                "convert" => "converting the adapter to GGUF",
                "sha256" => "checksums",
                other => other,
            };
            if p == "train" {
                bar.set_style(steps_style());
            } else if p != "test" {
                bar.set_style(spinner_style());
            }
            bar.set_message(what.to_string());
            if !show && !a.quiet {
                eprintln!("elmer: bootstrap: {what}");
            }
        }
        Event::Step { step, steps, loss } => {
            bar.set_length(steps);
            bar.set_position(step);
            bar.set_message(format!("training, loss {loss:.4}"));
            // A log (no terminal) still shows how far a long training is.
            if !show && !a.quiet && (step % 10 == 0 || step == steps) {
                eprintln!("elmer: bootstrap: step {step}/{steps}, loss {loss:.4}");
            }
        }
        Event::Test(t) => {
            let loss = t
                .test_loss
                .map_or("- (empty test split)".into(), |x| format!("{x:.4}"));
            say(
                &bar,
                show || !a.quiet,
                &format!("epoch {} (step {}): test loss {loss}", t.epoch, t.step),
            );
        }
    };
    let done = bootstrap::bootstrap(&opts, &mut on)?;
    bar.finish_and_clear();
    let r = &done.record;
    let mut o = std::io::stdout().lock();
    writeln!(o, "out            {}", done.out.display())?;
    writeln!(
        o,
        "programs       {} ({} train, {} test)",
        r.programs, r.train_lines, r.test_lines
    )?;
    writeln!(o, "steps          {}", r.result.steps)?;
    if let Some(last) = r.result.train_loss.last() {
        writeln!(o, "train_loss     {last:.4} (last step)")?;
    }
    for t in &r.result.test_loss {
        let loss = t.test_loss.map_or("-".into(), |x| format!("{x:.4}"));
        writeln!(o, "test_loss      {loss} (epoch {})", t.epoch)?;
    }
    writeln!(o, "adapter_sha256 {}", r.adapter_sha256)?;
    writeln!(o, "seconds        {:.1}", r.times.total_s)?;
    Ok(ExitCode::SUCCESS)
}

fn say(bar: &ProgressBar, show: bool, s: &str) {
    if bar.is_hidden() {
        if show {
            eprintln!("elmer: {s}");
        }
    } else {
        bar.println(format!("elmer: {s}"));
    }
}

fn spinner_style() -> ProgressStyle {
    ProgressStyle::with_template("{elapsed_precise} {spinner} {msg}")
        .unwrap_or_else(|_| ProgressStyle::default_spinner())
}

fn steps_style() -> ProgressStyle {
    ProgressStyle::with_template("{elapsed_precise} [{bar:30}] {pos}/{len} steps, eta {eta} {msg}")
        .unwrap_or_else(|_| ProgressStyle::default_bar())
}

fn spinner() -> ProgressBar {
    let bar = ProgressBar::new_spinner();
    bar.set_style(spinner_style());
    bar.enable_steady_tick(Duration::from_millis(200));
    bar
}

fn sample(a: SampleArgs) -> Result<ExitCode> {
    let local = LocalLlm { cache: cache() };
    let logs = local.cache.join("logs");
    std::fs::create_dir_all(&logs)?;
    let opts = SampleOptions {
        adapter_dir: a.adapter.clone(),
        no_adapter: a.no_adapter,
        targets: bootstrap::parse_targets(&a.cells)?,
        n: a.n,
        seed: a.seed,
        temperature: a.temperature,
        server: local.server(),
        log: logs.join(format!("bootstrap-sample-{}.log", std::process::id())),
        out: a.out.clone(),
    };
    let bar = super::export::progress_bar(a.n, a.quiet);
    bar.set_message("samples (loading the model first)");
    let s = bootstrap::sample(&opts, &|| bar.inc(1))?;
    bar.finish_and_clear();
    eprintln!(
        "elmer: wrote {} samples over {} target cells to {} ({} calls failed, {} completion \
         tokens); score them with `elmer score {}`",
        s.samples,
        s.cells,
        a.out.display(),
        s.failed_calls,
        s.completion_tokens,
        a.out.display()
    );
    Ok(ExitCode::SUCCESS)
}
