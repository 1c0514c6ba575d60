//! The run loop the CLI drives ([`run`]): ask, evaluate in parallel, tell in order, commit
//! each generation; and [`check_seed`] before a run is created.

use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use super::{Context, Engine, EvolveError, Task, evaluate, evaluate_generation};
use crate::qd::{ChildId, Status};
use crate::sim::Evaluator;
use crate::store::{RunStatus, RunStore};

/// Runs and simulates the seed program once, so a run never starts from a program that cannot
/// be evaluation 0.
pub fn check_seed(ctx: &Context, source: &str) -> Result<(), EvolveError> {
    let task = Task {
        id: ChildId::SEED,
        generation: 0,
        operator: None,
        parents: Vec::new(),
        others: Vec::new(),
        guide: None,
        seed: 0,
        seed_source: Some(source.to_string()),
    };
    let result = evaluate(ctx, &mut Evaluator::new(), &task).result;
    match result.status() {
        Status::Ok => Ok(()),
        status => Err(EvolveError::SeedFailed {
            status,
            error: result.error().unwrap_or_default(),
        }),
    }
}

/// Progress after each generation, for the CLI's bar.
pub struct Progress<'a> {
    /// The engine after the generation.
    pub engine: &'a Engine,
    /// Evaluations in this session (excluding resumed ones).
    pub session_evaluations: u64,
    /// Wall time of this session.
    pub session_elapsed: Duration,
}

/// Runs generations until the budget is spent or `stop` is set, committing each one.
/// Returns whether the run completed.
pub fn run(
    engine: &mut Engine,
    ctx: &Context,
    store: &mut RunStore,
    seed_source: &str,
    stop: &AtomicBool,
    mut on_generation: impl FnMut(Progress<'_>),
) -> Result<bool, EvolveError> {
    let started = Instant::now();
    let start_evals = engine.evaluations();
    while !engine.is_done() {
        if stop.load(Ordering::SeqCst) {
            store.set_status(RunStatus::Interrupted)?;
            return Ok(false);
        }
        let t = Instant::now();
        let tasks = engine.ask(seed_source);
        let evals = evaluate_generation(ctx, &tasks);
        let mut told = Vec::with_capacity(tasks.len());
        for (task, eval) in tasks.into_iter().zip(evals) {
            let t = engine.tell(task, eval)?;
            if t.child.id == ChildId::SEED && t.status() != Status::Ok {
                return Err(EvolveError::SeedFailed {
                    status: t.status(),
                    error: t.child.error.unwrap_or_default(),
                });
            }
            told.push(t);
        }
        let status = if engine.is_done() {
            RunStatus::Complete
        } else {
            RunStatus::Running
        };
        let g = engine.finish(t.elapsed(), status, told)?;
        store.commit(&g)?;
        on_generation(Progress {
            engine,
            session_evaluations: engine.evaluations() - start_evals,
            session_elapsed: started.elapsed(),
        });
        if let Some(message) = ctx.mutators.iter().find_map(|m| m.halted())
            && !engine.is_done()
        {
            store.set_status(RunStatus::Interrupted)?;
            return Err(EvolveError::OperatorDown { message });
        }
    }
    Ok(true)
}
