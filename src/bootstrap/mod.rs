//! `elmer bootstrap`: fine-tune the local model on a run's own Stage-2 data, serve it with the
//! adapter, sample it by niche (ELM's Stage 2 closed on one CPU machine; docs/bootstrap.md).
//!
//! # Overview
//! - [`LocalLlm`] finds what `scripts/local-llm install` put in the cache: the base GGUF, the
//!   llama-server binary and the llama.cpp sources it was built from (for
//!   `convert_lora_to_gguf.py`).
//! - [`Trainer`] is the Python trainer of `train/` (torch, transformers, peft) in a venv
//!   cached outside the clone: made on first use from the pinned `train/requirements.lock`,
//!   checked against it at every start.
//! - [`bootstrap`] exports Stage 2 from the runs (the one export path, [`crate::export::stage2`]),
//!   runs the trainer (LoRA, test loss per epoch, conversion to GGUF) and writes the output
//!   folder: the adapter, the card, `bootstrap.json` and an `elmer evolve` config. Everything is
//!   written into a temporary sibling folder that is renamed to `--out` at the end, so a
//!   failure leaves nothing in `--out`.
//! - [`sample`] starts llama-server with the base and the adapter ([`LlamaServer`]) and asks it
//!   for programs aimed at named cells; `elmer score` then reports valid share, hit rate and
//!   coverage ([`crate::export::target_report`]).
//!
//! In: run stores and the cached model; out: files. The CLI reads the environment (the cache
//! location) and passes paths in.

mod card;
mod pipeline;
mod sample;
mod server;
mod trainer;
mod venv;

use std::path::{Path, PathBuf};

use thiserror::Error;

use crate::export::ExportError;

pub use card::{ADAPTER_GGUF, BootstrapRecord, RECORD, Times, evolve_config};
pub use pipeline::{BootstrapOptions, Dtype, Finished, TrainOptions, bootstrap};
pub use sample::{SampleOptions, SampleSummary, Targets, parse_targets, sample};
pub use server::LlamaServer;
pub use trainer::{Event, TestLoss, TrainResult};
pub use venv::{LOCK, TRAINER_PY, Trainer, VENV_DISK_BYTES, VENV_FREE_BYTES, VenvState};

/// The model file `scripts/local-llm install` assembles (Qwen2.5-Coder-0.5B-Instruct, Q4_K_M).
pub const BASE_MODEL_FILE: &str = "qwen2.5-coder-0.5b-instruct-q4_k_m.gguf";

/// The model name llama-server answers to when started by `scripts/local-llm` (its `--alias`).
pub const SERVED_MODEL: &str = "qwen2.5-coder-0.5b-instruct";

/// llama.cpp's adapter converter, at the top of its source tree.
pub const CONVERTER: &str = "convert_lora_to_gguf.py";

/// Why a bootstrap or a sampling could not be done. Nothing was written to `--out`.
#[derive(Debug, Error)]
pub enum BootstrapError {
    /// The export could not be made (unreadable run, runs with different grid or sim, ...).
    ///
    /// How to fix: as the export error says.
    #[error(transparent)]
    Export(#[from] ExportError),
    /// The export has no training line.
    ///
    /// How to fix: give runs with more admitted programs, lower `--threshold`, or lower
    /// `--test-share`.
    #[error(
        "the Stage-2 export of {runs} has no training program ({test} in the test split); give \
         runs with more admitted programs, or lower --threshold / --test-share"
    )]
    EmptyExport {
        /// The runs, comma-separated.
        runs: String,
        /// Lines in the test split.
        test: usize,
    },
    /// The conditional model needs the grid `elmer score` bins samples in.
    ///
    /// How to fix: add `--grid default` to re-bin the runs into the default grid.
    #[error(
        "{run}: its grid ({grid}) is not the default 12 x 12 x 12 grid that `elmer score` bins \
         samples in, so hit rates could not be measured; add --grid default to re-bin the runs"
    )]
    IncompatibleGrid {
        /// The run.
        run: PathBuf,
        /// Its grid, in words.
        grid: String,
    },
    /// A flag value outside its range.
    ///
    /// How to fix: as the message says.
    #[error("--{flag}: {message}")]
    BadArgument {
        /// The flag.
        flag: String,
        /// What is wrong and what is allowed.
        message: String,
    },
    /// A file the bootstrap needs is missing: the base model, llama.cpp's converter or
    /// llama-server.
    ///
    /// How to fix: run `scripts/local-llm install`, or point the flag at the file.
    #[error("{}: {what} not found; {fix}", path.display())]
    Missing {
        /// The path looked at.
        path: PathBuf,
        /// What it should be.
        what: String,
        /// What to do.
        fix: String,
    },
    /// Not enough free disk for the trainer's venv.
    ///
    /// How to fix: free disk, or set ELMER_TRAIN_VENV to a folder on a larger disk.
    #[error(
        "{}: not enough free disk for the trainer's venv: {free_mb} MB free, about {need_mb} MB \
         needed (torch, transformers, peft; {disk_mb} MB once installed); free some space or \
         set ELMER_TRAIN_VENV to a folder on a larger disk",
        dir.display()
    )]
    NoSpace {
        /// Where the venv was to go.
        dir: PathBuf,
        /// Free megabytes there.
        free_mb: u64,
        /// Megabytes needed during the install.
        need_mb: u64,
        /// Megabytes the installed venv takes.
        disk_mb: u64,
    },
    /// The venv could not be made or does not match the pins after install.
    ///
    /// How to fix: read the log named; check the network to PyPI; delete the venv folder to
    /// start over.
    #[error("{}: the trainer's venv could not be installed: {message}", dir.display())]
    Venv {
        /// The venv folder.
        dir: PathBuf,
        /// What failed, with the last lines of pip's output.
        message: String,
    },
    /// The trainer failed.
    ///
    /// How to fix: read its message and the log named.
    #[error("the trainer failed: {message}\n(log: {})", log.display())]
    Trainer {
        /// Its error, and the last lines of its log.
        message: String,
        /// The full log, kept outside `--out`.
        log: PathBuf,
    },
    /// llama-server could not be started or did not answer.
    ///
    /// How to fix: read its log; check that the adapter was made for this base model.
    #[error("llama-server: {message} (log: {})", log.display())]
    Server {
        /// What happened.
        message: String,
        /// The server's log.
        log: PathBuf,
    },
    /// A bootstrap folder given to `sample` that is not one.
    ///
    /// How to fix: give the `--out` folder of an `elmer bootstrap` run.
    #[error("{}: {message}; give the --out folder of `elmer bootstrap`", path.display())]
    BadAdapter {
        /// The folder or file.
        path: PathBuf,
        /// What is wrong.
        message: String,
    },
    /// A file could not be read or written.
    ///
    /// How to fix: check the path and the permissions.
    #[error("{}: {source}", path.display())]
    Io {
        /// The path.
        path: PathBuf,
        /// The error.
        source: std::io::Error,
    },
}

/// An I/O error at `path`.
pub(crate) fn io(path: &Path) -> impl FnOnce(std::io::Error) -> BootstrapError + '_ {
    move |source| BootstrapError::Io {
        path: path.to_path_buf(),
        source,
    }
}

/// What `scripts/local-llm install` leaves in its cache (docs/local-llm.md):
/// `models/<BASE_MODEL_FILE>`, `bin/llama-server` (a link into
/// `llama/<sdist-sha>/bin/`) and the llama.cpp sources at `llama/<sdist-sha>/src/llama.cpp`.
#[derive(Clone, Debug)]
pub struct LocalLlm {
    /// The cache root (`$ELMER_CACHE`, default `~/.cache/elmer`).
    pub cache: PathBuf,
}

impl LocalLlm {
    /// The base model file.
    pub fn base_model(&self) -> PathBuf {
        self.cache.join("models").join(BASE_MODEL_FILE)
    }

    /// The llama-server link.
    pub fn server(&self) -> PathBuf {
        self.cache.join("bin").join("llama-server")
    }

    /// The llama.cpp source tree the server was built from: the link's target is
    /// `llama/<key>/bin/llama-server`, the tree `llama/<key>/src/llama.cpp`.
    pub fn llama_cpp(&self) -> Result<PathBuf, BootstrapError> {
        let link = self.server();
        let missing = || BootstrapError::Missing {
            path: link.clone(),
            what: "llama-server (and the llama.cpp sources it was built from)".into(),
            fix: "run scripts/local-llm install, or give --llama-cpp DIR".into(),
        };
        let bin = std::fs::canonicalize(&link).map_err(|_| missing())?;
        let key = bin.parent().and_then(Path::parent).ok_or_else(missing)?;
        Ok(key.join("src").join("llama.cpp"))
    }
}

/// Checks that `path` is a file; else [`BootstrapError::Missing`] naming `what` and `fix`.
pub(crate) fn require_file(path: &Path, what: &str, fix: &str) -> Result<(), BootstrapError> {
    if path.is_file() {
        Ok(())
    } else {
        Err(BootstrapError::Missing {
            path: path.to_path_buf(),
            what: what.into(),
            fix: fix.into(),
        })
    }
}

/// The last `n` lines of `text`, joined by newlines.
pub(crate) fn tail_lines(text: &str, n: usize) -> String {
    let lines: Vec<&str> = text.lines().collect();
    lines[lines.len().saturating_sub(n)..].join("\n")
}

/// The sha256 of a file, lower-case hex.
pub fn sha256_file(path: &Path) -> Result<String, BootstrapError> {
    use sha2::{Digest, Sha256};
    use std::io::Read;
    let mut f = std::fs::File::open(path).map_err(io(path))?;
    let mut h = Sha256::new();
    let mut buf = vec![0u8; 1 << 20];
    loop {
        let n = f.read(&mut buf).map_err(io(path))?;
        if n == 0 {
            break;
        }
        h.update(&buf[..n]);
    }
    Ok(h.finalize().iter().map(|b| format!("{b:02x}")).collect())
}
