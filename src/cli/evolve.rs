//! `elmer evolve`: a new run, or `--resume RUN`.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Mutex, MutexGuard};
use std::time::{Duration, Instant};

use anyhow::{Context, Result, anyhow, bail};
use elmer::config::{OperatorKind, RunConfig, parse_mutator};
use elmer::evolve::{self, Engine, EvolveError};
use elmer::mutate::llm::{self, EndpointState};
use elmer::qd::Summary;
use elmer::seeds;
use elmer::store::{DB_FILE, RunStatus, RunStore};
use indicatif::{ProgressBar, ProgressStyle};

use super::{ARCHIVES, SimFlags, at_least_one, out_run_dir, summary, whole};

/// `elmer evolve` arguments. Every flag has a TOML key; flags win over `--config`.
#[derive(clap::Args)]
pub struct EvolveArgs {
    /// A TOML run config (defaults < this file < flags).
    #[arg(long)]
    config: Option<PathBuf>,
    /// Seed program: a name from `elmer seeds` or a .py file (TOML: evolve.seed_program).
    #[arg(long)]
    seed_program: Option<String>,
    /// Operators with weights, e.g. `gp` or `llm:chat=0.9,gp=0.1`; llm formats: chat, diff,
    /// prompt, crossover, chat_crossover, with `+repair` for chat ones; the servers come from
    /// [[llm.endpoints]] in --config (TOML: [[mutate.operators]]).
    #[arg(long)]
    mutator: Option<String>,
    /// Total evaluations, the seed program included; with --resume, the new total
    /// (TOML: evolve.evals).
    #[arg(long, value_parser = whole::<u64>)]
    evals: Option<u64>,
    /// Children per generation (TOML: evolve.batch_size).
    #[arg(long, value_parser = whole::<usize>)]
    batch_size: Option<usize>,
    /// Seed of the run's random generator (TOML: evolve.seed).
    #[arg(long, value_parser = whole::<u64>)]
    seed: Option<u64>,
    /// Threads and sandbox workers (TOML: evolve.threads; default: the number of CPUs).
    #[arg(long, value_parser = whole::<usize>)]
    threads: Option<usize>,
    #[command(flatten)]
    sim: SimFlags,
    /// Run folder, or a name under archives/ (default: <seed-program>-<YYYYmmdd-HHMMSS>).
    #[arg(long, conflicts_with = "resume")]
    out: Option<String>,
    /// Continue a run: its folder, its run.sqlite, or its name under archives/.
    #[arg(long)]
    resume: Option<String>,
    /// Run N replicates of the same config into <run dir>/rep-1 .. rep-N, with seeds
    /// seed+1 .. seed+N, one after another; prints one summary per replicate, then the mean.
    /// Resume a replicate with `--resume <run dir>/rep-K`.
    #[arg(long, value_name = "N", conflicts_with = "resume", value_parser = at_least_one::<u32>)]
    replicates: Option<u32>,
    /// Print the final summary as one JSON object on stdout, with the run's folder as `run`
    /// (and no progress bar); with --replicates, one object per replicate, then the mean over
    /// them (with `runs`, and the group's folder as `run`). Notices go to stderr.
    #[arg(long)]
    json: bool,
    /// No progress bar.
    #[arg(long)]
    quiet: bool,
}

impl EvolveArgs {
    /// `base` with the config file and the flags applied.
    fn apply(&self, mut cfg: RunConfig) -> Result<RunConfig> {
        // A config file gives every key: the ones it omits are the defaults.
        if let Some(path) = &self.config {
            cfg = RunConfig::load(path)?;
        }
        if let Some(s) = &self.seed_program {
            cfg.evolve.seed_program = s.clone();
        }
        if let Some(spec) = &self.mutator {
            cfg.mutate.operators = parse_mutator(spec)?;
        }
        if let Some(n) = self.evals {
            cfg.evolve.evals = n;
        }
        if let Some(b) = self.batch_size {
            cfg.evolve.batch_size = b;
        }
        if let Some(s) = self.seed {
            cfg.evolve.seed = s;
        }
        if let Some(t) = self.threads {
            cfg.evolve.threads = Some(t);
        }
        self.sim.apply(&mut cfg.sim);
        cfg.validate()?;
        Ok(cfg)
    }
}

/// The seed program's source: a seed name or a file.
fn seed_source(name: &str) -> Result<String> {
    if let Some(seed) = seeds::find(name) {
        return Ok(seed.source.to_string());
    }
    let path = Path::new(name);
    if path.is_file() {
        return std::fs::read_to_string(path)
            .with_context(|| format!("{name}: cannot read the seed program"));
    }
    bail!(
        "evolve.seed_program: unknown seed program {name:?}: expected one of {} or a path to a .py file",
        seeds::names()
    )
}

/// `archives/<seed>-<YYYYmmdd-HHMMSS>`, with `-2`, `-3`... if that exists.
fn default_run_dir(seed_program: &str) -> PathBuf {
    let stem = Path::new(seed_program)
        .file_stem()
        .map_or("run".into(), |s| s.to_string_lossy().into_owned());
    let base = format!("{stem}-{}", utc_stamp());
    let mut dir = Path::new(ARCHIVES).join(&base);
    let mut n = 2;
    while dir.exists() {
        dir = Path::new(ARCHIVES).join(format!("{base}-{n}"));
        n += 1;
    }
    dir
}

/// The current UTC time as YYYYmmdd-HHMMSS.
fn utc_stamp() -> String {
    jiff::Timestamp::now().strftime("%Y%m%d-%H%M%S").to_string()
}

/// The folder of a new run: `--out` ([`out_run_dir`]), or the default name under archives/.
fn new_run_dir(args: &EvolveArgs, cfg: &RunConfig) -> Result<PathBuf> {
    match &args.out {
        Some(out) => out_run_dir(out),
        None => Ok(default_run_dir(&cfg.evolve.seed_program)),
    }
}

/// The runs in the subfolders of `dir` (a folder of replicates), if any.
fn runs_below(dir: &Path) -> Vec<PathBuf> {
    std::fs::read_dir(dir).map_or_else(
        |_| Vec::new(),
        |entries| {
            let mut runs: Vec<PathBuf> = entries
                .filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.join(DB_FILE).is_file())
                .collect();
            runs.sort();
            runs
        },
    )
}

/// Before generation 1: checks each endpoint the run's `llm` operators use, as `elmer doctor`
/// does (reachable, key, model); none usable is an error (exit 2) naming each endpoint, what
/// failed and the fix, raised before any run folder exists. A failing endpoint beside a
/// usable one is a warning.
fn preflight(cfg: &RunConfig) -> Result<()> {
    let apis: Vec<llm::Api> = cfg
        .mutate
        .operators
        .iter()
        .filter(|op| op.kind == OperatorKind::Llm)
        .map(|op| op.llm_format().api())
        .collect();
    if apis.is_empty() {
        return Ok(());
    }
    let reports = llm::doctor::preflight(&cfg.llm, &apis);
    // The same endpoints, in the same order, as preflight checked.
    let checked: Vec<&llm::EndpointConfig> = cfg
        .llm
        .endpoints
        .iter()
        .filter(|e| apis.iter().any(|&a| e.serves(a)))
        .collect();
    let said = |r: &llm::doctor::EndpointReport| r.to_string().trim_end().to_string();
    // Each API an operator needs must have a usable endpoint of its own.
    for api in &apis {
        let serving: Vec<&llm::doctor::EndpointReport> = checked
            .iter()
            .zip(&reports)
            .filter(|(e, _)| e.serves(*api))
            .map(|(_, r)| r)
            .collect();
        if !serving.iter().any(|r| r.ok) {
            let why: Vec<String> = serving.iter().map(|r| said(r)).collect();
            bail!(
                "no LLM endpoint for {} requests is usable, so no run was started:\n{}",
                api.name(),
                why.join("\n")
            );
        }
    }
    for r in reports.iter().filter(|r| !r.ok) {
        eprintln!("elmer: warning: {}", said(r));
    }
    Ok(())
}

/// Installs the Ctrl-C handling: the first sets the flag (finish the generation, commit, exit
/// 130), the second exits at once.
fn install_stop() -> Result<Arc<AtomicBool>> {
    let stop = Arc::new(AtomicBool::new(false));
    signal_hook::flag::register_conditional_shutdown(
        signal_hook::consts::SIGINT,
        130,
        stop.clone(),
    )
    .context("cannot install the Ctrl-C handler")?;
    signal_hook::flag::register(signal_hook::consts::SIGINT, stop.clone())
        .context("cannot install the Ctrl-C handler")?;
    Ok(stop)
}

/// Runs `elmer evolve`.
pub fn run(args: EvolveArgs) -> Result<ExitCode> {
    if let Some(n) = args.replicates {
        return run_replicates(&args, n);
    }
    let (cfg, mut store, source, dir, ctx) = match &args.resume {
        Some(run) => match open_resume(&args, run)? {
            Ok((cfg, store, source, dir)) => {
                let ctx = context(&cfg)?;
                (cfg, store, source, dir, ctx)
            }
            Err(code) => return Ok(code),
        },
        None => {
            let cfg = args.apply(RunConfig::default())?;
            let source = seed_source(&cfg.evolve.seed_program)?;
            let dir = new_run_dir(&args, &cfg)?;
            if let Some(run) = runs_below(&dir).first() {
                bail!(
                    "{}: --out is a folder of runs ({} is one); choose another --out, or \
                     resume one of them with --resume",
                    dir.display(),
                    run.display()
                );
            }
            preflight(&cfg)?;
            let ctx = context(&cfg)?;
            // Check before creating the run, so a broken seed leaves nothing behind.
            evolve::check_seed(&ctx, &source)
                .with_context(|| format!("evolve.seed_program {:?}", cfg.evolve.seed_program))?;
            let engine = Engine::new(&cfg)?;
            let store = RunStore::create(&dir, &cfg.to_toml(), &cfg.grid, &engine.rng_state())?;
            (cfg, store, source, dir, ctx)
        }
    };
    let engine = if args.resume.is_some() {
        Engine::resume(&cfg, &store)?
    } else {
        Engine::new(&cfg)?
    };
    let stop = install_stop()?;
    let (summary, done) = evolve_one(&args, &cfg, engine, &ctx, &mut store, &source, &dir, &stop)?;
    summary::print(&summary, &[("run", &dir.display().to_string())], args.json)?;
    if !done {
        eprintln!(
            "elmer: interrupted; the last generation is saved. Continue with: elmer evolve --resume {}",
            dir.display()
        );
        return Ok(ExitCode::from(130));
    }
    Ok(ExitCode::SUCCESS)
}

/// `--replicates N`: N runs of one config in `<run dir>/rep-1` .. `rep-N`, seeds seed+1 ..
/// seed+N (DESIGN §7), one after another.
fn run_replicates(args: &EvolveArgs, n: u32) -> Result<ExitCode> {
    if n == 0 {
        bail!("--replicates: must be at least 1, got 0");
    }
    let base = args.apply(RunConfig::default())?;
    let source = seed_source(&base.evolve.seed_program)?;
    let dir = new_run_dir(args, &base)?;
    if dir.join(DB_FILE).exists() {
        bail!(
            "{}: --out holds a single run; replicates need a folder of their own (rep-1 .. \
             rep-{n}): choose another --out",
            dir.display()
        );
    }
    let reps: Vec<PathBuf> = (1..=n).map(|i| dir.join(format!("rep-{i}"))).collect();
    // Refuse before running anything, not after the first replicates.
    if let Some(taken) = reps.iter().find(|r| r.join(elmer::store::DB_FILE).exists()) {
        bail!(
            "{}: a run already exists here; resume a replicate with --resume, or choose another --out",
            taken.display()
        );
    }
    preflight(&base)?;
    let stop = install_stop()?;
    let mut summaries = Vec::new();
    for (i, rep) in (1..=n).zip(&reps) {
        let mut cfg = base.clone();
        cfg.evolve.seed = base.evolve.seed.wrapping_add(u64::from(i));
        let ctx = context(&cfg)?;
        if i == 1 {
            evolve::check_seed(&ctx, &source)
                .with_context(|| format!("evolve.seed_program {:?}", cfg.evolve.seed_program))?;
        }
        let engine = Engine::new(&cfg)?;
        let mut store = RunStore::create(rep, &cfg.to_toml(), &cfg.grid, &engine.rng_state())?;
        let (summary, done) =
            evolve_one(args, &cfg, engine, &ctx, &mut store, &source, rep, &stop)?;
        let heading = [
            ("run", rep.display().to_string()),
            ("seed", cfg.evolve.seed.to_string()),
        ];
        let heading = heading.each_ref().map(|(k, v)| (*k, v.as_str()));
        summary::print(&summary, &heading, args.json)?;
        summaries.push(summary);
        if !done {
            eprintln!(
                "elmer: interrupted; the last generation is saved. Continue with: elmer evolve --resume {}{}",
                rep.display(),
                if i < n {
                    format!(" (replicates {} .. {n} were not started)", i + 1)
                } else {
                    String::new()
                }
            );
            return Ok(ExitCode::from(130));
        }
    }
    summary::print_mean(&Summary::mean(&summaries), Some(&dir), args.json)?;
    eprintln!("elmer: plot them with: elmer report {}", dir.display());
    Ok(ExitCode::SUCCESS)
}

/// Evolves one opened run to its budget or Ctrl-C; returns its summary and whether it completed.
#[allow(clippy::too_many_arguments)]
fn evolve_one(
    args: &EvolveArgs,
    cfg: &RunConfig,
    mut engine: Engine,
    ctx: &evolve::Context,
    store: &mut RunStore,
    source: &str,
    dir: &Path,
    stop: &AtomicBool,
) -> Result<(Summary, bool)> {
    let bar = progress_bar(args, cfg.evolve.evals, engine.evaluations());
    eprintln!("elmer: run {}", dir.display());
    // The generation's figures change once per generation; the LLM's (requests in flight,
    // tokens/s, endpoint states) change all the time, so a ticker redraws them between
    // generations and says each endpoint's change of state once on stderr.
    let line = Mutex::new(String::new());
    let finished = AtomicBool::new(false);
    let started = Instant::now();
    let done = std::thread::scope(|s| {
        if let Some(backend) = ctx.llm.as_ref() {
            s.spawn(|| {
                loop {
                    let last = finished.load(Ordering::SeqCst);
                    let client = backend.client();
                    for event in client.take_events() {
                        bar.suspend(|| eprintln!("elmer: {event}"));
                    }
                    let stats = client.stats();
                    let tokens = stats.completion_tokens.load(Ordering::Relaxed) as f64;
                    let unwell: Vec<String> = client
                        .endpoint_states()
                        .into_iter()
                        .filter(|(_, state)| *state != EndpointState::Ok)
                        .map(|(label, state)| format!("{label} {state}"))
                        .collect();
                    bar.set_message(format!(
                        "{}  llm {} in flight  {:.1} tok/s{}",
                        lock(&line),
                        stats.in_flight.load(Ordering::Relaxed),
                        tokens / started.elapsed().as_secs_f64().max(1e-9),
                        if unwell.is_empty() {
                            String::new()
                        } else {
                            format!("  endpoints: {}", unwell.join(", "))
                        }
                    ));
                    if last {
                        break;
                    }
                    std::thread::park_timeout(Duration::from_millis(250));
                }
            });
        }
        let done = evolve::run(&mut engine, ctx, store, source, stop, |p| {
            let s = p.engine.archive().stats();
            let rate = p.session_evaluations as f64 / p.session_elapsed.as_secs_f64().max(1e-9);
            bar.set_position(p.engine.evaluations());
            *lock(&line) = format!(
                "{rate:.1} evals/s  coverage {:.1}%  qd {:.2}  runnable {:.0}%",
                s.coverage * 100.0,
                s.qd_score,
                p.engine.counters().runnable_rate() * 100.0
            );
            bar.set_message(lock(&line).clone());
            // A run warns once (e.g. a server without log-probabilities for self-evaluation).
            if let Some(w) = ctx.llm.as_ref().and_then(|b| b.take_warning()) {
                bar.suspend(|| eprintln!("elmer: warning: {w}"));
            }
        });
        finished.store(true, Ordering::SeqCst);
        done
    });
    bar.finish_and_clear();
    let done = done.map_err(|e| match e {
        // The library cannot know the folder; the hint names it.
        EvolveError::OperatorDown { message } => anyhow!(
            "{message}; the run is saved: fix the endpoint, then continue with: elmer evolve \
             --resume {}",
            dir.display()
        ),
        other => other.into(),
    })?;
    let dropped = engine.counters().self_springs_dropped;
    if dropped > 0 {
        eprintln!(
            "elmer: warning: {dropped} springs from a joint to itself were dropped from this \
             run's walkers (counted in metrics.counts as self_springs_dropped)"
        );
    }
    Ok((engine.summary(), done))
}

type Opened = (RunConfig, RunStore, String, PathBuf);

/// Sizes the global thread pool and starts the sandbox and operators.
fn context(cfg: &RunConfig) -> Result<evolve::Context> {
    if let Some(t) = cfg.evolve.threads {
        // Only fails if the global pool was already built, which nothing here does.
        let _ = rayon::ThreadPoolBuilder::new()
            .num_threads(t)
            .build_global();
    }
    Ok(evolve::Context::new(cfg)?)
}

/// Opens a run to resume; `Err(code)` when there is nothing to run, after saying why: a
/// complete run (its summary on stdout, exit 0), or a stopped run whose new `--evals` is not
/// above the evaluations it has (exit 2; its status is left as stored, and the message says
/// it).
fn open_resume(args: &EvolveArgs, run: &str) -> Result<std::result::Result<Opened, ExitCode>> {
    let path = RunStore::resolve(run, Path::new(ARCHIVES));
    // The grid lives in the store; read it first, then open for writing (which migrates).
    let grid = RunStore::open_read_only(&path)?.grid().clone();
    let mut store = RunStore::open(&path, &grid)?;
    let row = store.run()?;
    let stored = RunConfig::from_toml(&row.config, &format!("{}: run.config", path.display()))?;
    let new = args.apply(stored.clone())?;
    if let Some(field) = stored.frozen_difference(&new) {
        bail!(
            "{}: {field} cannot change on --resume (it would make a different run); start a new run with --out instead",
            path.display()
        );
    }
    let dir = path
        .parent()
        .map_or_else(|| PathBuf::from("."), Path::to_path_buf);
    let last = store.metrics()?.last().cloned();
    let done = last.as_ref().map_or(0, |m| m.evaluations);
    if done >= new.evolve.evals {
        let budget = stored.evolve.evals;
        if row.status != RunStatus::Complete && done < budget {
            bail!(
                "{}: the run stopped at {done} of its {budget} evaluations (status {}); --evals {} \
                 is not above {done}, so nothing was run and its status stays {}; continue it \
                 with --evals above {done}, or without --evals to reach its {budget}",
                dir.display(),
                row.status,
                new.evolve.evals,
                row.status
            );
        }
        if row.status != RunStatus::Complete {
            // Its budget is spent, whatever stopped it: the stored status says so from now on.
            store.set_status(RunStatus::Complete)?;
        }
        eprintln!(
            "elmer: run {} is complete: {done} evaluations (raise --evals to continue it)",
            dir.display()
        );
        let archive = store.archive()?;
        let summary = Summary::new(done, archive.stats(), last.map_or(0.0, |m| m.runnable_rate));
        summary::print(&summary, &[("run", &dir.display().to_string())], args.json)?;
        return Ok(Err(ExitCode::SUCCESS));
    }
    preflight(&new)?;
    let source = store
        .child(elmer::qd::ChildId::SEED)?
        .and_then(|c| c.source)
        .map_or_else(|| seed_source(&new.evolve.seed_program), Ok)?;
    store.set_config(&new.to_toml())?;
    store.set_status(RunStatus::Running)?;
    Ok(Ok((new, store, source, dir)))
}

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|p| p.into_inner())
}

fn progress_bar(args: &EvolveArgs, total: u64, done: u64) -> ProgressBar {
    if args.json || args.quiet || !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::new(total);
    bar.set_style(
        ProgressStyle::with_template("{elapsed_precise} [{bar:30}] {pos}/{len} {msg}")
            .unwrap_or_else(|_| ProgressStyle::default_bar()),
    );
    bar.set_position(done);
    bar
}
