//! The chat children of recorded runs under the current extraction (docs/llm.md, "Replies cut
//! at max_tokens"): each chat reply is extracted again from its first parent
//! (`chat::extract`), the child run through the one evaluation path with the run's own config,
//! and the shares before (as stored) and after printed. The stores are only read.
//!
//! ```sh
//! cargo run --release --example reextract -- RUN...
//! ```
//!
//! A replay of stored replies, not a new study: the archive is not rebuilt, so only the shares
//! that do not depend on it (the program changes its parent, runs, gives a valid walker) are
//! compared.

use std::collections::HashMap;
use std::path::Path;

use elmer::config::RunConfig;
use elmer::evaluate;
use elmer::mutate::llm::chat::{self, Extracted, NoChild};
use elmer::qd::{ChildId, Status};
use elmer::sandbox::{self, Pool};
use elmer::sim::Evaluator;
use elmer::store::{ChildRow, RunStore};

/// Counts of one side (stored or replayed).
#[derive(Default)]
struct Tally {
    changed: usize,
    ran: usize,
    valid: usize,
}

impl Tally {
    fn add(&mut self, status: Status) {
        self.changed += usize::from(status.is_diff_valid() && status != Status::Unchanged);
        // "ran": the program built a walker, valid or not (scripts/llm-study's column).
        self.ran += usize::from(status.is_runnable() || status == Status::InvalidWalker);
        self.valid += usize::from(status.is_runnable());
    }
}

fn main() -> anyhow::Result<()> {
    let runs: Vec<String> = std::env::args().skip(1).collect();
    anyhow::ensure!(!runs.is_empty(), "usage: reextract RUN...");
    println!(
        "| run | chat replies | closed | change the parent (stored -> now) | run (stored -> now) | valid walker (stored -> now) |"
    );
    println!("|---|---|---|---|---|---|");
    for run in &runs {
        let store = RunStore::open_read_only(&RunStore::resolve(run, Path::new("archives")))?;
        let config = RunConfig::from_toml(&store.run()?.config, run)?;
        let pool = Pool::new(&config.sandbox, config.walker.clone())?;
        let mut evaluator = Evaluator::new();
        let children = store.children()?;
        let by_id: HashMap<ChildId, &ChildRow> = children.iter().map(|c| (c.id, c)).collect();
        let (mut stored, mut now, mut n, mut closed) = (Tally::default(), Tally::default(), 0, 0);
        for child in &children {
            let first_try = child
                .edit
                .as_deref()
                .is_none_or(|e| !e.ends_with("+repair"));
            let (Some("chat"), Some(call), true) =
                (child.format.as_deref(), child.llm_call_id, first_try)
            else {
                continue;
            };
            let Some(reply) = store.llm_call(call)?.and_then(|c| c.reply) else {
                continue;
            };
            let Some(parent) = child
                .parent_ids
                .first()
                .and_then(|p| by_id.get(p))
                .and_then(|p| p.source.as_deref())
            else {
                continue;
            };
            n += 1;
            stored.add(child.status);
            let status = match chat::extract(&reply, parent) {
                Err(NoChild::NoCode(_)) => Status::NoCode,
                Err(NoChild::BadEdit(_)) => Status::BadDiff,
                Ok(x) if sandbox::normalise(x.source()) == sandbox::normalise(parent) => {
                    Status::Unchanged
                }
                Ok(x) => {
                    closed += usize::from(matches!(x, Extracted::Closed(_)));
                    let seed = sandbox::program_seed(x.source(), config.sandbox.random_salt);
                    evaluate::evaluate(&pool, &mut evaluator, x.source(), seed, &config.sim)
                        .status()
                }
            };
            now.add(status);
        }
        let share = |k: usize| format!("{k}/{n}");
        println!(
            "| {run} | {n} | {closed} | {} -> {} | {} -> {} | {} -> {} |",
            share(stored.changed),
            share(now.changed),
            share(stored.ran),
            share(now.ran),
            share(stored.valid),
            share(now.valid)
        );
    }
    Ok(())
}
