//! `elmer score FILE.jsonl`: a file's programs in a fresh grid, the summary (DESIGN §8); with
//! `--out RUN`, also stored as a run. `--ood-prompts` and `--ood`: the out-of-distribution
//! kit ([`elmer::export::ood`]).

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context, Result, bail};
use elmer::export::{self, ood};
use elmer::sandbox::{Pool, SandboxConfig};
use elmer::sim::{SimConfig, SimEngine};
use elmer::store::DB_FILE;
use elmer::walker::WalkerLimits;

/// `elmer score` arguments.
#[derive(clap::Args)]
pub struct ScoreArgs {
    /// JSONL file: lines with "text", "prompt"+"completion", or "messages"; a "cell" field
    /// ("i,j,k") is the cell the program was asked for (valid share, hit rate and chance are
    /// then reported).
    #[arg(required_unless_present_any = ["ood_prompts", "ood"])]
    file: Option<PathBuf>,
    /// Also store the scored programs as a run (a folder, or a name under archives/) that
    /// `elmer report`, `elmer view` and `elmer export` read; refused if a run is there.
    #[arg(long, value_name = "RUN", conflicts_with_all = ["ood_prompts", "ood"])]
    out: Option<String>,
    /// Print the summary as one JSON object (evaluations, num_elites, coverage, qd_score,
    /// norm_qd_score, obj_max, obj_mean, runnable_rate; with --out, `run` first); with --ood,
    /// one object per seed.
    #[arg(long, conflicts_with = "ood_prompts")]
    json: bool,
    /// Write the out-of-distribution kit: the first half of the wheel, galloper and runner
    /// seeds as completion prompts, one {"seed", "prompt"} line each, to feed to a model.
    #[arg(long, value_name = "OUT.jsonl", conflicts_with_all = ["file", "ood"])]
    ood_prompts: Option<PathBuf>,
    /// Score a model's completions of the kit ({"seed" or "prompt", "completion"} lines;
    /// program = prompt + completion) as a share of the original seed's fitness.
    #[arg(long, value_name = "COMPLETIONS.jsonl", conflicts_with = "file")]
    ood: Option<PathBuf>,
    /// With --ood-prompts: replace an existing file.
    #[arg(long, requires = "ood_prompts")]
    force: bool,
    #[command(flatten)]
    engine: super::EngineFlag,
}

/// Runs `elmer score`.
pub fn run(args: ScoreArgs) -> Result<ExitCode> {
    if let Some(out) = &args.ood_prompts {
        return write_prompts(out, args.force);
    }
    if let Some(path) = &args.ood {
        return score_ood(path, args.engine.engine.unwrap_or_default(), args.json);
    }
    let Some(path) = &args.file else {
        bail!("give a JSONL file to score (or --ood-prompts / --ood)");
    };
    let text = std::fs::read_to_string(path)
        .with_context(|| format!("{}: cannot read the file", path.display()))?;
    let programs: Vec<String> = export::programs_from_jsonl(path, &text)?
        .into_iter()
        .map(|(_, p)| p)
        .collect();
    let targets = export::target_cells(path, &text)?;
    // Refuse an existing run before the (long) scoring, not after.
    let run_dir = match &args.out {
        Some(out) => {
            let dir = super::out_run_dir(out)?;
            if dir.join(DB_FILE).exists() {
                bail!(
                    "{}: --out already holds a run; choose another folder or name",
                    dir.display()
                );
            }
            Some(dir)
        }
        None => None,
    };
    let pool = Pool::new(&SandboxConfig::default(), WalkerLimits::default())
        .context("cannot start the sandbox (run `elmer doctor`)")?;
    let bar = super::export::progress_bar(programs.len(), args.json);
    let cfg = export::score_config(path, programs.len(), args.engine.engine.unwrap_or_default());
    let report = export::score(&programs, &cfg.sim, &pool, &|| bar.inc(1));
    bar.finish_and_clear();
    if let Some(dir) = &run_dir {
        let rng_state = elmer::evolve::Engine::new(&cfg)?.rng_state();
        let db = export::write_score_run(dir, &cfg, &rng_state, &report)?;
        eprintln!(
            "elmer: wrote the scored programs as a run to {}",
            db.display()
        );
    }
    let run = run_dir.as_ref().map(|d| d.display().to_string());
    let heading: Vec<(&str, &str)> = run.iter().map(|r| ("run", r.as_str())).collect();
    let hits = export::target_report(&report, &targets);
    match &hits {
        None => super::summary::print(&report.summary, &heading, args.json)?,
        Some(h) if args.json => {
            // Lines that named a target cell add a `targets` object to the summary.
            let mut v = serde_json::to_value(&report.summary)?;
            if let Some(obj) = v.as_object_mut() {
                if let Some(run) = &run {
                    obj.insert("run".into(), serde_json::Value::String(run.clone()));
                }
                obj.insert("targets".into(), serde_json::to_value(h)?);
            }
            writeln!(std::io::stdout().lock(), "{v}")?;
        }
        Some(h) => {
            super::summary::print(&report.summary, &heading, false)?;
            let mut out = std::io::stdout().lock();
            writeln!(out, "asked          {} ({} target cells)", h.asked, h.cells)?;
            writeln!(out, "valid_rate     {:.4}", h.valid_rate)?;
            writeln!(out, "hit_rate       {:.4}", h.hit_rate)?;
            writeln!(out, "chance_rate    {:.4}", h.chance_rate)?;
            writeln!(out, "filled_cells   {}", h.filled)?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn write_prompts(out: &Path, force: bool) -> Result<ExitCode> {
    if out.exists() && !force {
        bail!(
            "{}: --ood-prompts exists; choose another path, or add --force to replace it",
            out.display()
        );
    }
    std::fs::write(out, ood::ood_prompts_jsonl())
        .with_context(|| format!("{}: cannot write --ood-prompts", out.display()))?;
    eprintln!(
        "elmer: wrote {} prompts to {}; add each model answer as \"completion\" and run \
         `elmer score --ood FILE`",
        ood::OOD_SEEDS.len(),
        out.display()
    );
    Ok(ExitCode::SUCCESS)
}

fn score_ood(path: &Path, engine: SimEngine, json: bool) -> Result<ExitCode> {
    let text = std::fs::read_to_string(path)
        .with_context(|| format!("{}: cannot read --ood", path.display()))?;
    let completions = ood::ood_completions(path, &text)?;
    let pool = Pool::new(&SandboxConfig::default(), WalkerLimits::default())
        .context("cannot start the sandbox (run `elmer doctor`)")?;
    let sim = SimConfig {
        engine,
        ..SimConfig::default()
    };
    let scores = ood::score_ood(&completions, &sim, &pool);
    let mut out = std::io::stdout().lock();
    if json {
        for s in &scores {
            writeln!(out, "{}", serde_json::to_string(s)?)?;
        }
        return Ok(ExitCode::SUCCESS);
    }
    let f = |x: Option<f64>| x.map_or("-".to_string(), |x| format!("{x:.4}"));
    writeln!(
        out,
        "seed      samples  runnable  original_m  best_m   best_share  mean_share"
    )?;
    for s in &scores {
        writeln!(
            out,
            "{:<9} {:>7}  {:>8}  {:>10}  {:>7}  {:>10}  {:>10}",
            s.seed,
            s.samples,
            s.runnable,
            f(s.original_fitness),
            f(s.best_fitness),
            f(s.best_share),
            f(s.mean_share)
        )?;
    }
    Ok(ExitCode::SUCCESS)
}
