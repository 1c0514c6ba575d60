//! The output folder's record (`bootstrap.json`), card (`README.md`) and `evolve.toml`.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::pipeline::{BootstrapOptions, TrainOptions};
use super::trainer::TrainResult;
use super::{BootstrapError, SERVED_MODEL, io};
use crate::config::{RunConfig, parse_mutator};
use crate::export::{SourceRun, Stage2};
use crate::mutate::llm::EndpointConfig;
use crate::qd::GridConfig;
use crate::sim::SimConfig;

/// The adapter's file name in the output folder.
pub const ADAPTER_GGUF: &str = "adapter.gguf";

/// The record's file name.
pub const RECORD: &str = "bootstrap.json";

/// Where the time went, seconds.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Times {
    /// Reading the runs and exporting.
    pub export_s: f64,
    /// Checking (or installing) the venv.
    pub venv_s: f64,
    /// Bytes of the venv when it was installed by this bootstrap.
    pub venv_installed_bytes: Option<u64>,
    /// The whole bootstrap.
    pub total_s: f64,
}

/// Everything about one bootstrap, as `bootstrap.json` holds it (`sample` reads it back).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct BootstrapRecord {
    /// The runs (`run.sqlite` paths).
    pub runs: Vec<PathBuf>,
    /// Children per run.
    pub run_children: Vec<usize>,
    /// The export's line format.
    pub format: String,
    /// Whether the chat user message named the cell.
    pub conditioning: bool,
    /// The export's threshold.
    pub threshold: f64,
    /// The export's test share.
    pub test_share: f64,
    /// The grid the cells are in (the runs', or the re-binned one).
    pub grid: GridConfig,
    /// The runs' sim config.
    pub sim: SimConfig,
    /// Distinct programs exported.
    pub programs: usize,
    /// Training lines.
    pub train_lines: usize,
    /// Test lines.
    pub test_lines: usize,
    /// The base GGUF.
    pub base: PathBuf,
    /// Its sha256.
    pub base_sha256: String,
    /// The adapter GGUF's sha256.
    pub adapter_sha256: String,
    /// The hyperparameters.
    pub train: TrainOptions,
    /// What the trainer reported.
    pub result: TrainResult,
    /// Where the time went.
    pub times: Times,
    /// The command line.
    pub command: String,
}

impl BootstrapRecord {
    /// The record of a finished bootstrap.
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn new(
        opts: &BootstrapOptions,
        runs: &[SourceRun],
        ex: &Stage2,
        result: TrainResult,
        times: Times,
        base_sha256: String,
        adapter_sha256: String,
    ) -> BootstrapRecord {
        let t = &opts.train;
        BootstrapRecord {
            // Absolute, so `bootstrap sample` finds them from any folder.
            runs: runs.iter().map(|r| absolute(&r.path)).collect(),
            run_children: runs.iter().map(|r| r.children.len()).collect(),
            format: opts.export.format.name().into(),
            conditioning: opts.export.conditioning,
            threshold: opts.export.threshold,
            test_share: opts.export.test_share,
            grid: opts
                .export
                .grid
                .clone()
                .unwrap_or_else(|| runs[0].config.grid.clone()),
            sim: runs[0].config.sim.clone(),
            programs: ex.counts.unique,
            train_lines: ex.train.len(),
            test_lines: ex.test.len(),
            base: absolute(&opts.base),
            base_sha256,
            adapter_sha256,
            train: t.clone(),
            result,
            times,
            command: opts.command.clone(),
        }
    }

    /// Reads `DIR/bootstrap.json`.
    pub fn read(dir: &Path) -> Result<BootstrapRecord, BootstrapError> {
        let path = dir.join(RECORD);
        let bad = |message: String| BootstrapError::BadAdapter {
            path: path.clone(),
            message,
        };
        let text = std::fs::read_to_string(&path).map_err(|e| bad(format!("cannot read ({e})")))?;
        serde_json::from_str(&text).map_err(|e| bad(format!("not a bootstrap record ({e})")))
    }

    /// Writes the record, the card and `evolve.toml` into `dir` (the folder that becomes
    /// `out`, whose absolute path the card and config name).
    pub(crate) fn write(&self, dir: &Path, out: &Path) -> Result<(), BootstrapError> {
        let abs = absolute(out);
        let adapter = abs.join(ADAPTER_GGUF);
        let json = serde_json::to_string_pretty(self).unwrap_or_default() + "\n";
        let evolve = evolve_config(&self.grid, &self.sim, &adapter);
        for (name, text) in [
            (RECORD, json),
            ("README.md", self.card(&abs)),
            ("evolve.toml", evolve),
        ] {
            let p = dir.join(name);
            std::fs::write(&p, text).map_err(io(&p))?;
        }
        // The request named the temporary folder's paths; the record has everything in it.
        let _ = std::fs::remove_file(dir.join("request.json"));
        Ok(())
    }

    fn card(&self, out: &Path) -> String {
        let r = &self.result;
        let mut s =
            String::from("# elmer bootstrap: a LoRA adapter trained on the runs' own programs\n\n");
        let _ = writeln!(s, "## Runs\n\n| run | children |\n|---|---|");
        for (p, n) in self.runs.iter().zip(&self.run_children) {
            let _ = writeln!(s, "| {} | {n} |", p.display());
        }
        let _ = writeln!(
            s,
            "\n## Data\n\nStage-2 export (`data/`, its own card in `data/README.md`): format \
             `{}`{}, threshold {}, test share {}; {} distinct programs, {} train and {} test \
             lines; {} training tokens, {} examples cut at {} tokens. Chat template: {}.\n",
            self.format,
            if self.conditioning {
                ", with conditioning (the user message names the cell)"
            } else {
                ""
            },
            self.threshold,
            self.test_share,
            self.programs,
            self.train_lines,
            self.test_lines,
            r.train_tokens,
            r.truncated,
            self.train.seq_len,
            r.chat_template
        );
        let _ = writeln!(
            s,
            "## Hyperparameters\n\n| | |\n|---|---|\n| steps | {} ({}) |\n| epochs begun | {} \
             |\n| LoRA rank / alpha | {} / {} (every linear layer, no dropout) |\n| learning \
             rate | {} (AdamW, {} warm-up steps, then linear decay to 0; gradient clip 1.0) \
             |\n| batch | 1 example per step |\n| sequence length | {} |\n| seed | {} |\n| \
             torch threads | {} |\n| dtype | {} |\n| trainable parameters | {} |\n| torch / transformers | {} \
             / {} |\n",
            r.steps,
            match self.train.steps {
                Some(_) => "--steps".to_string(),
                None => format!("{} epoch(s)", self.train.epochs),
            },
            r.epochs,
            self.train.rank,
            self.train.alpha.unwrap_or(2.0 * self.train.rank as f64),
            self.train.lr,
            r.warmup,
            self.train.seq_len,
            self.train.seed,
            self.train.threads,
            self.train.dtype.name(),
            r.trainable_params,
            r.torch,
            r.transformers
        );
        let _ = writeln!(
            s,
            "## Losses\n\n| epoch | after step | mean train loss | test loss |\n|---|---|---|---|"
        );
        let mut from = 0usize;
        for t in &r.test_loss {
            let to = (t.step as usize).min(r.train_loss.len());
            let part = &r.train_loss[from.min(to)..to];
            let mean = part.iter().sum::<f64>() / part.len().max(1) as f64;
            from = to;
            let test = t
                .test_loss
                .map_or("- (empty test split)".into(), |x| format!("{x:.4}"));
            let _ = writeln!(s, "| {} | {} | {mean:.4} | {test} |", t.epoch, t.step);
        }
        let _ = writeln!(
            s,
            "\nEvery step's training loss is in `bootstrap.json` (`result.train_loss`).\n\n\
             ## Time\n\n| step | seconds |\n|---|---|\n| export | {:.1} |\n| venv {} | {:.1} |\n| \
             load base ({}) | {:.1} |\n| train (with test passes) | {:.1} |\n| convert to GGUF | {:.1} \
             |\n| total | {:.1} |\n",
            self.times.export_s,
            if self.times.venv_installed_bytes.is_some() {
                "install"
            } else {
                "check"
            },
            self.times.venv_s,
            if r.base_cached {
                "dequantised cache"
            } else {
                "GGUF, then cached"
            },
            r.load_s,
            r.train_s,
            r.convert_s,
            self.times.total_s
        );
        let _ = writeln!(
            s,
            "## Files and checksums\n\n| file | sha256 |\n|---|---|\n| base `{}` | `{}` |\n| \
             `{ADAPTER_GGUF}` | `{}` |\n\n`adapter/` is the peft adapter, `base-config/` the \
             base's config.json the converter read, `train.log` the trainer's log.\n",
            self.base.display(),
            self.base_sha256,
            self.adapter_sha256
        );
        // `bootstrap sample` refuses an adapter whose prompts never named a cell.
        let sample = if self.conditioning {
            format!(
                "elmer bootstrap sample --adapter {} --cells all-empty --n 100 --out \
                 samples.jsonl\nelmer score samples.jsonl\n",
                out.display()
            )
        } else {
            String::new()
        };
        let _ = writeln!(
            s,
            "## Use\n\n```sh\nscripts/local-llm stop   # if the base model is being served\n\
             scripts/local-llm start --lora {adapter}\nelmer evolve --config {cfg}\n\
             {sample}```\n\n## Command\n\n```sh\n{}\n```",
            self.command,
            adapter = out.join(ADAPTER_GGUF).display(),
            cfg = out.join("evolve.toml").display(),
        );
        s
    }
}

fn absolute(p: &Path) -> PathBuf {
    std::path::absolute(p).unwrap_or_else(|_| p.to_path_buf())
}

/// The `elmer evolve` config of a bootstrap: chat mutations by the local model served with
/// the adapter (`scripts/local-llm start --lora ADAPTER`), the runs' grid and sim.
pub fn evolve_config(grid: &GridConfig, sim: &SimConfig, adapter: &Path) -> String {
    let mut cfg = RunConfig {
        grid: grid.clone(),
        sim: sim.clone(),
        ..RunConfig::default()
    };
    cfg.evolve.evals = 201;
    cfg.evolve.batch_size = 8;
    #[allow(clippy::expect_used)]
    {
        cfg.mutate.operators = parse_mutator("llm:chat").expect("a fixed, valid mutator");
    }
    let mut e = EndpointConfig::new("http://127.0.0.1:8642/v1", SERVED_MODEL);
    e.name = Some("local-lora".into());
    e.max_in_flight = 2;
    e.timeout_s = 600.0;
    cfg.llm.endpoints.push(e);
    format!(
        "# elmer evolve with the local model and the LoRA adapter of this bootstrap.\n\
         #\n#   scripts/local-llm stop\n#   scripts/local-llm start --lora {}\n\
         #   elmer evolve --config THIS_FILE\n#\n\
         # The same file against `scripts/local-llm start` (no --lora) runs the base model with\n\
         # the same prompts and seeds. [sim] and [grid] are the bootstrap's runs'.\n\n{}",
        adapter.display(),
        cfg.to_toml()
    )
}
