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

use anyhow::Result;
use elmer::sim::{SimConfig, TerrainKind};

/// Flags shared by the commands that simulate.
#[derive(clap::Args)]
pub struct SimFlags {
    /// Terrain: flat, bumpy, tunnel, left-wall, right-wall (TOML: sim.terrain).
    #[arg(long)]
    pub terrain: Option<TerrainKind>,
    /// Steps of the scored horizon at 60 Hz (TOML: sim.horizon).
    #[arg(long)]
    pub steps: Option<u32>,
}

impl SimFlags {
    /// Applies the flags over `cfg`.
    pub fn apply(&self, cfg: &mut SimConfig) {
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
