//! One module per subcommand; each `run` returns the exit code or an error (exit 2).

pub mod bootstrap;
pub mod doctor;
pub mod eval;
pub mod evolve;
pub mod export;
pub mod outcome;
pub mod report;
pub mod score;
pub mod seeds;
pub mod simulate;
pub mod summary;
pub mod view;

use std::path::{Path, PathBuf};

use anyhow::{Result, bail};
use elmer::sim::{SimConfig, SimEngine, TerrainKind};
use elmer::store::{DB_FILE, RunStore};

/// Folder of run stores, relative to the working directory.
pub const ARCHIVES: &str = "archives";

/// An unsigned integer type a flag takes, with its name and largest value for messages.
pub trait Whole: std::str::FromStr + Copy + PartialOrd + std::fmt::Display {
    /// The Rust name, e.g. `u64`.
    const NAME: &'static str;
    /// The largest value.
    const MAX: Self;
    /// Zero.
    const ZERO: Self;
}

macro_rules! whole {
    ($($t:ty),*) => {$(
        impl Whole for $t {
            const NAME: &'static str = stringify!($t);
            const MAX: Self = <$t>::MAX;
            const ZERO: Self = 0;
        }
    )*};
}
whole!(u32, u64, usize);

/// clap's parser for an unsigned flag: `-1` or `many` is "not a u64 (a whole number from 0 to
/// ...)", not clap's "invalid digit found in string".
pub fn whole<T: Whole>(s: &str) -> Result<T, String> {
    s.trim().parse::<T>().map_err(|_| {
        format!(
            "{s} is not a {} (a whole number from 0 to {})",
            T::NAME,
            T::MAX
        )
    })
}

/// clap's parser for a count that must be at least 1 (`--top`, `--replicates`).
pub fn at_least_one<T: Whole>(s: &str) -> Result<T, String> {
    let n = whole::<T>(s)?;
    if n <= T::ZERO {
        return Err(format!("must be at least 1, got {s}"));
    }
    Ok(n)
}

/// The run folder meant by `--out` of `evolve` and `score`: a folder path, or a bare name under
/// archives/; `.../run.sqlite` means its folder.
///
/// Refused (exit 2) before anything is written, so a run never lands somewhere unexpected: an
/// empty value (it would make `archives/` itself a run), an existing ordinary file (its run
/// would land in the folder around it), and a last part that looks like a file name
/// (`results.json`): `--out` names a folder.
pub fn out_run_dir(out: &str) -> Result<PathBuf> {
    if out.trim().is_empty() {
        bail!("--out is empty; give a run folder, or a run name under {ARCHIVES}/");
    }
    let path = Path::new(out);
    if path.file_name().is_some_and(|n| n == DB_FILE) {
        return Ok(path
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .map_or_else(|| PathBuf::from("."), Path::to_path_buf));
    }
    if path.is_file() || (path.exists() && !path.is_dir()) {
        bail!(
            "{out}: --out is an existing file, not a folder; give a run folder (created if \
             missing) or a run name under {ARCHIVES}/"
        );
    }
    if !path.is_dir()
        && let Some(ext) = path.extension().and_then(|e| e.to_str())
        && !ext.is_empty()
        && ext.chars().all(|c| c.is_ascii_alphabetic())
    {
        bail!(
            "{out}: --out looks like a file name (.{ext}); --out names the run's folder, which \
             holds run.sqlite: give e.g. {}",
            path.with_extension("").display()
        );
    }
    let db = RunStore::resolve(out, Path::new(ARCHIVES));
    Ok(db
        .parent()
        .map_or_else(|| PathBuf::from(out), Path::to_path_buf))
}

/// `--engine`, on every command that simulates.
#[derive(clap::Args)]
pub struct EngineFlag {
    /// Physics engine: elmer (its own step) or rapier (a rapier2d world) (TOML: sim.engine).
    #[arg(long)]
    pub engine: Option<SimEngine>,
}

/// Flags shared by the commands that simulate.
#[derive(clap::Args)]
pub struct SimFlags {
    #[command(flatten)]
    pub engine: EngineFlag,
    /// Terrain: flat, bumpy, tunnel, left-wall, right-wall (TOML: sim.terrain).
    #[arg(long)]
    pub terrain: Option<TerrainKind>,
    /// Steps of the scored horizon at 60 Hz (TOML: sim.horizon).
    #[arg(long, value_parser = whole::<u32>)]
    pub steps: Option<u32>,
}

impl SimFlags {
    /// Applies the flags over `cfg`.
    pub fn apply(&self, cfg: &mut SimConfig) {
        if let Some(e) = self.engine.engine {
            cfg.engine = e;
        }
        if let Some(t) = self.terrain {
            cfg.terrain = t;
        }
        if let Some(n) = self.steps {
            cfg.horizon = n;
        }
    }

    /// The default sim config with the flags applied, validated.
    pub fn sim_config(&self) -> Result<SimConfig> {
        let mut cfg = SimConfig::default();
        self.apply(&mut cfg);
        cfg.validate()?;
        Ok(cfg)
    }
}
