//! `elmer bootstrap sample`: programs aimed at named cells, from the model with the adapter.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

use rand::SeedableRng;
use rand::seq::SliceRandom;
use rand_chacha::ChaCha8Rng;
use serde_json::json;

use super::card::{ADAPTER_GGUF, BootstrapRecord};
use super::server::LlamaServer;
use super::{BootstrapError, SERVED_MODEL, io, require_file};
use crate::export::{self, CHAT_SYSTEM, chat_user_for_cell};
use crate::mutate::LlmCall;
use crate::mutate::llm::{Backend, EndpointConfig, LlmConfig, Message, Request};
use crate::qd::{CellIndex, GridConfig};

/// Reply budget of one sample, tokens (the programs of the runs are ~400 tokens).
const MAX_TOKENS: u32 = 1024;

/// Which cells to ask for.
#[derive(Clone, Debug, PartialEq)]
pub enum Targets {
    /// These cells, in this order.
    Cells(Vec<CellIndex>),
    /// Every cell of the grid that none of the bootstrap's runs filled (no admitted child),
    /// in an order shuffled by the seed.
    AllEmpty,
}

/// Parses `--cells`: `all-empty`, or cells `i,j,k` separated by `;` or spaces.
pub fn parse_targets(s: &str) -> Result<Targets, BootstrapError> {
    if s.trim() == "all-empty" {
        return Ok(Targets::AllEmpty);
    }
    let cells = s
        .split(|c: char| c == ';' || c.is_whitespace())
        .filter(|p| !p.is_empty())
        .map(|p| {
            p.parse::<CellIndex>()
                .map_err(|e| BootstrapError::BadArgument {
                    flag: "cells".into(),
                    message: format!("{e}; give `all-empty` or cells like `3,4,2;5,6,1`"),
                })
        })
        .collect::<Result<Vec<_>, _>>()?;
    if cells.is_empty() {
        return Err(BootstrapError::BadArgument {
            flag: "cells".into(),
            message: "no cell given; give `all-empty` or cells like `3,4,2;5,6,1`".into(),
        });
    }
    Ok(Targets::Cells(cells))
}

/// Settings of `elmer bootstrap sample`.
#[derive(Clone, Debug)]
pub struct SampleOptions {
    /// The bootstrap's output folder.
    pub adapter_dir: PathBuf,
    /// Serve the base model alone (same prompts and seeds), for comparison.
    pub no_adapter: bool,
    /// The cells.
    pub targets: Targets,
    /// Samples in all; sample `i` asks for target `i mod (number of targets)`.
    pub n: usize,
    /// Seed of the `all-empty` order and of the requests' sampling seeds.
    pub seed: u64,
    /// Sampling temperature.
    pub temperature: f64,
    /// The llama-server binary.
    pub server: PathBuf,
    /// Where the server logs.
    pub log: PathBuf,
    /// The JSONL file written.
    pub out: PathBuf,
}

/// What a sampling did.
#[derive(Clone, Debug, PartialEq)]
pub struct SampleSummary {
    /// Lines written.
    pub samples: usize,
    /// Distinct target cells.
    pub cells: usize,
    /// Calls that got no reply (their line has an empty assistant message).
    pub failed_calls: usize,
    /// Completion tokens in all.
    pub completion_tokens: u64,
}

/// The target of every sample, in order.
fn targets(opts: &SampleOptions, rec: &BootstrapRecord) -> Result<Vec<CellIndex>, BootstrapError> {
    let grid = &rec.grid;
    let cells = match &opts.targets {
        Targets::Cells(c) => {
            for cell in c {
                if CellIndex::from_coords(cell.coords(), grid).is_err() {
                    return Err(BootstrapError::BadArgument {
                        flag: "cells".into(),
                        message: format!("cell {cell} is outside the grid of bins {:?}", grid.bins),
                    });
                }
            }
            c.clone()
        }
        Targets::AllEmpty => {
            let mut e = empty_cells(rec, grid)?;
            e.shuffle(&mut ChaCha8Rng::seed_from_u64(opts.seed));
            e
        }
    };
    if cells.is_empty() {
        return Err(BootstrapError::BadArgument {
            flag: "cells".into(),
            message: "the runs fill every cell: no empty cell to ask for".into(),
        });
    }
    Ok((0..opts.n).map(|i| cells[i % cells.len()]).collect())
}

/// The grid's cells where none of the record's runs admitted a child.
fn empty_cells(rec: &BootstrapRecord, grid: &GridConfig) -> Result<Vec<CellIndex>, BootstrapError> {
    let runs = export::read_runs(&rec.runs)?;
    let filled: BTreeSet<CellIndex> = runs
        .iter()
        .flat_map(|r| &r.children)
        .filter(|c| c.insertion.is_some_and(|i| i.is_admitted()))
        .filter_map(|c| c.descriptors.map(|d| grid.cell_of(&d)))
        .collect();
    Ok((0..grid.num_cells())
        .filter_map(|f| CellIndex::from_flat(f, grid))
        .filter(|c| !filled.contains(c))
        .collect())
}

/// Starts llama-server with the bootstrap's base and adapter, asks for `n` programs aimed at
/// the targets (the conditioned chat prompt of the export), and writes one line per sample
/// to `out`: `{"cell", "seed", "status", "completion_tokens", "messages"}` (the reply as the
/// assistant message), which `elmer score` reads. `tick` is called per sample.
pub fn sample(
    opts: &SampleOptions,
    tick: &(dyn Fn() + Sync),
) -> Result<SampleSummary, BootstrapError> {
    let rec = BootstrapRecord::read(&opts.adapter_dir)?;
    if !rec.conditioning {
        return Err(BootstrapError::BadAdapter {
            path: opts.adapter_dir.clone(),
            message: "this adapter was trained without conditioning (the prompt never named a \
                      cell); bootstrap again with --format chat --with-conditioning"
                .into(),
        });
    }
    if opts.n == 0 {
        return Err(BootstrapError::BadArgument {
            flag: "n".into(),
            message: "must be >= 1".into(),
        });
    }
    let targets = targets(opts, &rec)?;
    let adapter = opts.adapter_dir.join(ADAPTER_GGUF);
    require_file(
        &adapter,
        "the adapter",
        "give the --out folder of `elmer bootstrap`",
    )?;
    require_file(&rec.base, "the base model", "run scripts/local-llm install")?;
    require_file(
        &opts.server,
        "llama-server",
        "run scripts/local-llm install",
    )?;
    let server = LlamaServer::start(
        &opts.server,
        &rec.base,
        (!opts.no_adapter).then_some(adapter.as_path()),
        &opts.log,
    )?;
    let mut e = EndpointConfig::new(&server.base_url(), SERVED_MODEL);
    e.max_in_flight = 2;
    e.temperature = opts.temperature;
    e.max_tokens = Some(MAX_TOKENS);
    e.timeout_s = 900.0;
    let cfg = LlmConfig {
        endpoints: vec![e],
        ..LlmConfig::default()
    };
    let backend = Backend::new(&cfg).map_err(|err| BootstrapError::Server {
        message: format!("cannot make a client: {err}"),
        log: server.log().to_path_buf(),
    })?;
    let next = AtomicUsize::new(0);
    let calls: Mutex<Vec<Option<LlmCall>>> = Mutex::new(vec![None; targets.len()]);
    let seed_of = |i: usize| opts.seed.wrapping_mul(0x9e37_79b9_7f4a_7c15) ^ i as u64;
    let messages = |cell: CellIndex| {
        vec![
            Message::new("system", CHAT_SYSTEM),
            Message::new("user", chat_user_for_cell(cell, &rec.grid)),
        ]
    };
    std::thread::scope(|s| {
        for _ in 0..2 {
            s.spawn(|| {
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    let Some(&cell) = targets.get(i) else { break };
                    let req = Request::Chat(messages(cell));
                    let call =
                        backend.block_on(backend.client().call(&req, seed_of(i), MAX_TOKENS, None));
                    if let Ok(mut c) = calls.lock() {
                        c[i] = Some(call);
                    }
                    tick();
                }
            });
        }
    });
    drop(server);
    let calls = calls.into_inner().unwrap_or_default();
    let mut text = String::new();
    let mut summary = SampleSummary {
        samples: targets.len(),
        cells: targets.iter().collect::<BTreeSet<_>>().len(),
        failed_calls: 0,
        completion_tokens: 0,
    };
    for (i, (cell, call)) in targets.iter().zip(calls).enumerate() {
        // Every call ends with a record; `None` would be a worker that never got to it.
        let (reply, status, tokens) = match call {
            Some(c) => (
                c.reply.unwrap_or_default(),
                c.status.to_string(),
                c.completion_tokens,
            ),
            None => (String::new(), "not_sent".to_string(), None),
        };
        if status != "ok" {
            summary.failed_calls += 1;
        }
        summary.completion_tokens += tokens.unwrap_or(0);
        let mut m: Vec<serde_json::Value> = messages(*cell)
            .into_iter()
            .map(|m| json!({"role": m.role, "content": m.content}))
            .collect();
        m.push(json!({"role": "assistant", "content": reply}));
        let line = json!({
            "cell": cell.to_string(),
            "seed": seed_of(i),
            "status": status,
            "completion_tokens": tokens,
            "messages": m,
        });
        text.push_str(&line.to_string());
        text.push('\n');
    }
    write_atomically(&opts.out, &text)?;
    Ok(summary)
}

/// Writes `text` to a temporary sibling of `path`, then renames it over `path`.
fn write_atomically(path: &Path, text: &str) -> Result<(), BootstrapError> {
    let tmp = path.with_extension(format!("partial-{}", std::process::id()));
    std::fs::write(&tmp, text).map_err(io(&tmp))?;
    std::fs::rename(&tmp, path).map_err(|e| {
        let _ = std::fs::remove_file(&tmp);
        BootstrapError::Io {
            path: path.to_path_buf(),
            source: e,
        }
    })
}
