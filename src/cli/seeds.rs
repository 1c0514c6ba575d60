//! `elmer seeds [show NAME]`.

use std::process::ExitCode;

use anyhow::{Context, Result, bail};
use elmer::sandbox::{self, Pool, SandboxConfig};
use elmer::seeds::{self, SEEDS};
use elmer::walker::WalkerLimits;

/// `elmer seeds` arguments.
#[derive(clap::Args)]
pub struct SeedsArgs {
    #[command(subcommand)]
    command: Option<SeedsCommand>,
    /// One JSON object per line on stdout: per seed `seed`, `joints`, `springs`, `height`,
    /// `width`, `mass`, `summary`; with `show`, `{"seed", "source"}`.
    #[arg(long, global = true)]
    json: bool,
}

#[derive(clap::Subcommand)]
enum SeedsCommand {
    /// Print a seed program's source.
    Show {
        /// The seed's name.
        name: String,
    },
}

/// Runs `elmer seeds`.
pub fn run(args: SeedsArgs) -> Result<ExitCode> {
    if let Some(SeedsCommand::Show { name }) = &args.command {
        let Some(seed) = seeds::find(name) else {
            bail!("unknown seed {name:?}: expected one of {}", seeds::names());
        };
        if args.json {
            println!(
                "{}",
                serde_json::json!({"seed": seed.name, "source": seed.source})
            );
        } else {
            print!("{}", seed.source);
        }
        return Ok(ExitCode::SUCCESS);
    }
    let cfg = SandboxConfig {
        workers: Some(1),
        ..SandboxConfig::default()
    };
    let pool = Pool::new(&cfg, WalkerLimits::default())
        .context("cannot start the sandbox (run `elmer doctor`)")?;
    if !args.json {
        println!(
            "{:<13} {:>6} {:>7} {:>7} {:>7} {:>8}  summary",
            "seed", "joints", "springs", "height", "width", "mass"
        );
    }
    for seed in SEEDS {
        let walker = pool
            .run(
                seed.source,
                sandbox::program_seed(seed.source, cfg.random_salt),
            )
            .map_err(|f| anyhow::anyhow!("seed {} does not run: {f}", seed.name))?;
        let d = walker.descriptors();
        if args.json {
            println!(
                "{}",
                serde_json::json!({
                    "seed": seed.name,
                    "joints": walker.joints().len(),
                    "springs": walker.springs().len(),
                    "height": d.height,
                    "width": d.width,
                    "mass": d.mass,
                    "summary": seed.summary,
                })
            );
            continue;
        }
        println!(
            "{:<13} {:>6} {:>7} {:>7.2} {:>7.2} {:>8.2}  {}",
            seed.name,
            walker.joints().len(),
            walker.springs().len(),
            d.height,
            d.width,
            d.mass,
            seed.summary
        );
    }
    Ok(ExitCode::SUCCESS)
}
