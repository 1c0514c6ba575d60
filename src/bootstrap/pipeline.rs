//! `elmer bootstrap RUN... --out DIR`: export, fine-tune, convert, write the folder.

use std::path::{Path, PathBuf};
use std::time::Instant;

use super::card::{self, BootstrapRecord};
use super::trainer::{self, Event, Request, TrainResult};
use super::venv::VenvState;
use super::{BootstrapError, CONVERTER, Trainer, io, require_file, sha256_file};
use crate::export::{self, Format, SourceRun, Stage2, Stage2Options};
use crate::qd::GridConfig;

/// Hyperparameters of the LoRA fine-tune (each a flag of `elmer bootstrap`); the trainer
/// reads them under these names, and `bootstrap.json` records them.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct TrainOptions {
    /// Optimiser steps, one example each (default: none = `epochs` passes over the training
    /// split).
    pub steps: Option<u64>,
    /// Passes over the training split when `steps` is not given, >= 1 (default: 1).
    pub epochs: u32,
    /// LoRA rank, 1-256 (default: 8, on every linear layer).
    pub rank: u32,
    /// LoRA alpha (default: twice the rank).
    pub alpha: Option<f64>,
    /// Peak learning rate of AdamW, linear warm-up then linear decay to 0, in (0, 1)
    /// (default: 2e-4).
    pub lr: f64,
    /// Tokens per example (prompt and reply), longer ones cut, 32-8192 (default: 1024: the
    /// runs' programs are ~410 tokens and the conditioned chat prompt ~200 more).
    pub seq_len: u32,
    /// Seed of torch (LoRA init) and of the example order (default: 0).
    pub seed: u64,
    /// torch threads; the result depends on it (default: 2).
    pub threads: u32,
    /// Warm-up steps, at most a tenth of the steps (default: 10).
    pub warmup: u64,
    /// The weights' dtype while training: `f32` or `bf16` (default: f32; bf16 is ~20x slower
    /// on CPUs without AVX-512 BF16, measured in docs/bootstrap.md).
    pub dtype: Dtype,
}

/// The dtype the base is loaded in for training.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Dtype {
    /// float32.
    F32,
    /// bfloat16.
    Bf16,
}

impl Dtype {
    /// The name on the command line and in the trainer's request.
    pub fn name(self) -> &'static str {
        match self {
            Dtype::F32 => "f32",
            Dtype::Bf16 => "bf16",
        }
    }
}

impl std::str::FromStr for Dtype {
    type Err = String;

    fn from_str(s: &str) -> Result<Dtype, String> {
        match s {
            "f32" => Ok(Dtype::F32),
            "bf16" => Ok(Dtype::Bf16),
            _ => Err(format!("unknown dtype {s:?} (expected f32 or bf16)")),
        }
    }
}

impl Default for TrainOptions {
    fn default() -> Self {
        TrainOptions {
            steps: None,
            epochs: 1,
            rank: 8,
            alpha: None,
            lr: 2e-4,
            seq_len: 1024,
            seed: 0,
            threads: 2,
            warmup: 10,
            dtype: Dtype::F32,
        }
    }
}

impl TrainOptions {
    fn validate(&self) -> Result<(), BootstrapError> {
        let bad = |flag: &str, message: String| {
            Err(BootstrapError::BadArgument {
                flag: flag.into(),
                message,
            })
        };
        if self.steps == Some(0) {
            return bad("steps", "must be >= 1".into());
        }
        if self.epochs == 0 {
            return bad("epochs", "must be >= 1".into());
        }
        if !(1..=256).contains(&self.rank) {
            return bad("rank", format!("must be in 1-256, got {}", self.rank));
        }
        if !(self.lr > 0.0 && self.lr < 1.0) {
            return bad("lr", format!("must be in (0, 1), got {}", self.lr));
        }
        if !(32..=8192).contains(&self.seq_len) {
            return bad(
                "seq-len",
                format!("must be in 32-8192, got {}", self.seq_len),
            );
        }
        if self.threads == 0 {
            return bad("threads", "must be >= 1".into());
        }
        if let Some(a) = self.alpha
            && !(a > 0.0 && a.is_finite())
        {
            return bad("alpha", format!("must be > 0, got {a}"));
        }
        Ok(())
    }
}

/// Everything `elmer bootstrap` needs; the CLI fills the paths from the environment.
#[derive(Clone, Debug)]
pub struct BootstrapOptions {
    /// The runs (each a `run.sqlite` or run folder, resolved).
    pub runs: Vec<PathBuf>,
    /// The export settings: `chat` or `text`; conditioning only with `chat`.
    pub export: Stage2Options,
    /// The fine-tune.
    pub train: TrainOptions,
    /// The base GGUF.
    pub base: PathBuf,
    /// The llama.cpp source tree holding `convert_lora_to_gguf.py`.
    pub llama_cpp: PathBuf,
    /// The trainer's venv.
    pub trainer: Trainer,
    /// The interpreter the venv is made with.
    pub python: PathBuf,
    /// elmer's cache root (logs, Hugging Face's cache).
    pub cache: PathBuf,
    /// The output folder (must be missing or empty).
    pub out: PathBuf,
    /// The command line, for the card.
    pub command: String,
}

/// A finished bootstrap.
#[derive(Clone, Debug)]
pub struct Finished {
    /// What the card says, as `bootstrap.json` holds it.
    pub record: BootstrapRecord,
    /// The output folder.
    pub out: PathBuf,
}

/// Runs the bootstrap: checks every input first (runs, export, base model, converter), then
/// the venv (installed on first use), then trains into a temporary folder beside `--out`,
/// renamed to `--out` when everything is written. `on` gets the progress events.
pub fn bootstrap(
    opts: &BootstrapOptions,
    on: &mut dyn FnMut(Event),
) -> Result<Finished, BootstrapError> {
    let t_start = Instant::now();
    opts.train.validate()?;
    check_out(&opts.out)?;
    if !matches!(
        opts.export.format,
        Format::Chat | Format::Mutation | Format::Text
    ) {
        return Err(BootstrapError::BadArgument {
            flag: "format".into(),
            message: format!(
                "{} is not trained on; use mutation (the `llm:chat` operator's own requests), \
                 chat (programs, conditioned by cell with --with-conditioning) or text",
                opts.export.format
            ),
        });
    }
    if opts.export.conditioning && opts.export.format != Format::Chat {
        return Err(BootstrapError::BadArgument {
            flag: "with-conditioning".into(),
            message: "the conditional model is trained on the chat format: add --format chat"
                .into(),
        });
    }
    on(Event::Phase("export".into()));
    let runs = export::read_runs(&opts.runs)?;
    let ex = export::stage2(&runs, &opts.export)?;
    if opts.export.conditioning {
        check_grid(&runs, &opts.export)?;
    }
    if ex.train.is_empty() {
        return Err(BootstrapError::EmptyExport {
            runs: runs
                .iter()
                .map(|r| r.path.display().to_string())
                .collect::<Vec<_>>()
                .join(", "),
            test: ex.test.len(),
        });
    }
    let export_s = t_start.elapsed().as_secs_f64();
    require_file(
        &opts.base,
        "the base model (GGUF)",
        "run scripts/local-llm install, or give --base FILE",
    )?;
    let converter = opts.llama_cpp.join(CONVERTER);
    require_file(
        &converter,
        "llama.cpp's adapter converter",
        "run scripts/local-llm install (it keeps the llama.cpp sources), or give --llama-cpp DIR",
    )?;

    let t_venv = Instant::now();
    let state = opts
        .trainer
        .ensure(&opts.python, &mut |s| on(Event::Say(s.to_string())))?;
    let venv_s = t_venv.elapsed().as_secs_f64();

    let tmp = partial_dir(&opts.out);
    let _ = std::fs::remove_dir_all(&tmp);
    let logs = opts.cache.join("logs");
    std::fs::create_dir_all(&logs).map_err(io(&logs))?;
    let log = logs.join(format!("bootstrap-{}.log", std::process::id()));
    let made = write_folder(opts, &runs, &ex, &tmp, &converter, &log, on);
    let (result, adapter_sha, base_sha) = match made {
        Ok(x) => x,
        Err(e) => {
            let _ = std::fs::remove_dir_all(&tmp);
            return Err(e);
        }
    };
    let record = BootstrapRecord::new(
        opts,
        &runs,
        &ex,
        result,
        card::Times {
            export_s,
            venv_s,
            venv_installed_bytes: match state {
                VenvState::Installed(b) => Some(b),
                VenvState::Ready => None,
            },
            total_s: t_start.elapsed().as_secs_f64(),
        },
        base_sha,
        adapter_sha,
    );
    let finish = || -> Result<(), BootstrapError> {
        record.write(&tmp, &opts.out)?;
        let _ = std::fs::copy(&log, tmp.join("train.log"));
        if opts.out.exists() {
            // check_out made sure it is empty.
            std::fs::remove_dir(&opts.out).map_err(io(&opts.out))?;
        }
        std::fs::rename(&tmp, &opts.out).map_err(io(&opts.out))
    };
    if let Err(e) = finish() {
        let _ = std::fs::remove_dir_all(&tmp);
        return Err(e);
    }
    let _ = std::fs::remove_file(&log);
    Ok(Finished {
        record,
        out: opts.out.clone(),
    })
}

/// The temporary sibling of `out` everything is written into first.
fn partial_dir(out: &Path) -> PathBuf {
    let name = out
        .file_name()
        .map_or_else(|| "bootstrap".into(), |n| n.to_string_lossy().to_string());
    out.with_file_name(format!(".{name}.partial-{}", std::process::id()))
}

fn check_out(out: &Path) -> Result<(), BootstrapError> {
    if !out.exists() {
        return Ok(());
    }
    let mut entries = std::fs::read_dir(out).map_err(io(out))?;
    if entries.next().is_some() {
        return Err(BootstrapError::BadArgument {
            flag: "out".into(),
            message: format!(
                "{} is not empty; choose a new or empty folder",
                out.display()
            ),
        });
    }
    Ok(())
}

/// The conditional model's cells must be the default grid's (`elmer score` bins in it).
fn check_grid(runs: &[SourceRun], opts: &Stage2Options) -> Result<(), BootstrapError> {
    let default = GridConfig::default();
    let bad = |run: &SourceRun, g: &GridConfig| BootstrapError::IncompatibleGrid {
        run: run.path.clone(),
        grid: format!(
            "bins {:?}, height {:?}, width {:?}, mass {:?}",
            g.bins, g.height, g.width, g.mass
        ),
    };
    match &opts.grid {
        Some(g) if *g != default => Err(bad(&runs[0], g)),
        Some(_) => Ok(()),
        None => match runs.iter().find(|r| r.config.grid != default) {
            Some(r) => Err(bad(r, &r.config.grid)),
            None => Ok(()),
        },
    }
}

type Made = (TrainResult, String, String);

fn write_folder(
    opts: &BootstrapOptions,
    runs: &[SourceRun],
    ex: &Stage2,
    tmp: &Path,
    converter: &Path,
    log: &Path,
    on: &mut dyn FnMut(Event),
) -> Result<Made, BootstrapError> {
    let data = tmp.join("data");
    std::fs::create_dir_all(&data).map_err(io(&data))?;
    let lines = |v: &[String]| v.iter().map(|l| format!("{l}\n")).collect::<String>();
    let export_card = export::card::stage2_card(runs, &opts.export, ex, &opts.command);
    for (name, text) in [
        ("train.jsonl", lines(&ex.train)),
        ("test.jsonl", lines(&ex.test)),
        ("README.md", export_card),
    ] {
        let p = data.join(name);
        std::fs::write(&p, text).map_err(io(&p))?;
    }
    on(Event::Phase("sha256".into()));
    let base_sha = sha256_file(&opts.base)?;
    let t = &opts.train;
    let base_cache =
        opts.cache
            .join("bootstrap-base")
            .join(format!("{}-{}", &base_sha[..16], t.dtype.name()));
    if let Some(p) = base_cache.parent() {
        std::fs::create_dir_all(p).map_err(io(p))?;
    }
    let req = Request {
        base_cache,
        // The trainer knows two line shapes: conversations and plain text.
        format: if opts.export.format.is_messages() {
            "chat".into()
        } else {
            "text".into()
        },
        train: data.join("train.jsonl"),
        test: data.join("test.jsonl"),
        base: opts.base.clone(),
        adapter_dir: tmp.join("adapter"),
        adapter_gguf: tmp.join(card::ADAPTER_GGUF),
        base_config_dir: tmp.join("base-config"),
        converter: converter.to_path_buf(),
        options: t.clone(),
    };
    let result = trainer::run(
        &opts.trainer,
        &req,
        &tmp.join("request.json"),
        log,
        &opts.cache,
        on,
    )?;
    require_file(
        &req.adapter_gguf,
        "the converted adapter",
        "read the trainer's log",
    )?;
    let adapter_sha = sha256_file(&req.adapter_gguf)?;
    Ok((result, adapter_sha, base_sha))
}
