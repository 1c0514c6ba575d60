//! `elmer doctor [--strict] [--config FILE]`: the sandbox's layers, and each LLM endpoint of
//! a config.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{Context, Result};
use elmer::config::RunConfig;
use elmer::mutate::Parent;
use elmer::mutate::llm::{self, Api, Request, chat};
use elmer::qd::CellIndex;
use elmer::sandbox::{self, SandboxConfig};

/// `elmer doctor` arguments.
#[derive(clap::Args)]
pub struct DoctorArgs {
    /// Exit 1 if any sandbox layer is missing.
    #[arg(long)]
    strict: bool,
    /// A run config whose [[llm.endpoints]] to check (GET /v1/models and one tiny request
    /// each); a failing endpoint makes the exit code 1.
    #[arg(long)]
    config: Option<PathBuf>,
    /// Print the findings as one JSON object on stdout: `python`, `workers`, `layers` (name,
    /// active, detail), `all_active`, `endpoints` (label, ok, lines) and `ok`.
    #[arg(long)]
    json: bool,
}

/// Runs `elmer doctor`.
pub fn run(args: DoctorArgs) -> Result<ExitCode> {
    let cfg = match &args.config {
        Some(path) => RunConfig::load(path)?,
        None => RunConfig::default(),
    };
    let report = sandbox::doctor(&SandboxConfig::default());
    if !args.json {
        println!("{report}");
    }
    let mut fine = !args.strict || report.all_active();
    let mut endpoints: Vec<llm::doctor::EndpointReport> = Vec::new();
    if !cfg.llm.endpoints.is_empty() {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .context("cannot start the async runtime")?;
        // The probe is a real first prompt: the square seed as the parent.
        let square = elmer::seeds::find("square").map_or("", |s| s.source);
        let parent = Parent {
            id: elmer::qd::ChildId::SEED,
            source: square.to_string(),
            fitness: 0.0,
            cell: CellIndex::from_coords([0, 0, 0], &cfg.grid)?,
        };
        let limits = cfg.prompt_limits();
        for e in &cfg.llm.endpoints {
            let key = match &e.api_key_env {
                Some(var) => match std::env::var(var) {
                    Ok(k) => Some(k),
                    Err(_) => {
                        endpoints.push(llm::doctor::EndpointReport {
                            label: e.label().to_string(),
                            lines: vec![format!(
                                "problem: the environment variable {var} (api_key_env) is not set"
                            )],
                            ok: false,
                        });
                        fine = false;
                        continue;
                    }
                },
                None => None,
            };
            // The chat probe unless the endpoint takes completions only.
            let probe = match e.api {
                None | Some(Api::Chat) => Request::Chat(chat::messages(&parent, &limits)),
                Some(Api::Completions) => Request::Completion {
                    prompt: llm::prompt::prompt(square),
                    stop: Vec::new(),
                },
            };
            let r = runtime.block_on(llm::doctor::check_endpoint(
                e,
                key.as_deref(),
                &probe,
                llm::default_max_tokens(square),
            ));
            fine &= r.ok;
            endpoints.push(r);
        }
    }
    if args.json {
        let layers: Vec<serde_json::Value> = report
            .layers
            .iter()
            .map(|l| {
                serde_json::json!({"name": l.layer.name(), "active": l.active, "detail": l.detail})
            })
            .collect();
        let eps: Vec<serde_json::Value> = endpoints
            .iter()
            .map(|r| serde_json::json!({"label": r.label, "ok": r.ok, "lines": r.lines}))
            .collect();
        let object = serde_json::json!({
            "python": match &report.python {
                Ok(p) => serde_json::json!({"path": p.path, "version": p.version_string()}),
                Err(e) => serde_json::json!({"error": e}),
            },
            "workers": report.workers,
            "error": report.error,
            "layers": layers,
            "all_active": report.all_active(),
            "endpoints": eps,
            "ok": fine,
        });
        println!("{object}");
    } else {
        for r in &endpoints {
            print!("{r}");
        }
    }
    Ok(if fine {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}
