//! A task's child made and evaluated: its operator's proposal, run through the one evaluation
//! path ([`crate::evaluate`]), with the repair policy, CPU accounting and, for a generation,
//! the parallelism (lanes for operators that wait on a server, rayon for the rest).

use std::sync::atomic::Ordering;

use rayon::prelude::*;

use super::{Context, Evaluation, Task};
use crate::evaluate::{self, Evaluated, thread_cpu_us};
#[cfg(doc)]
use crate::mutate::Mutator;
use crate::mutate::Proposal;
use crate::qd::{Failure, Status};
use crate::sandbox;
use crate::sim::Evaluator;

/// Makes, runs and simulates one task's child. Pure apart from the sandbox's worker processes
/// and an operator's server: safe to run for many tasks in parallel.
pub fn evaluate(ctx: &Context, evaluator: &mut Evaluator, task: &Task) -> Evaluation {
    let cpu0 = thread_cpu_us();
    let proposal = propose(ctx, task);
    let spent = thread_cpu_us().saturating_sub(cpu0);
    evaluate_proposal(ctx, evaluator, task, proposal, spent)
}

/// The operator's proposal for `task` (the seed program itself for evaluation 0).
fn propose(ctx: &Context, task: &Task) -> Proposal {
    match (&task.seed_source, task.operator) {
        (Some(seed), _) => Proposal::program(seed.clone()),
        (None, Some(op)) => ctx.mutators[op].mutate_guided(
            &task.parents,
            &task.others,
            task.guide.as_ref(),
            task.seed,
        ),
        (None, None) => Proposal::failed(
            Status::NoCode,
            "a task with neither an operator nor a seed program",
        ),
    }
}

/// Runs and simulates a proposal; `cpu_us` is the CPU time its making took (on whichever
/// thread made it). A child that fails in the sandbox gets one repair follow-up when its
/// operator does repairs.
fn evaluate_proposal(
    ctx: &Context,
    evaluator: &mut Evaluator,
    task: &Task,
    proposal: Proposal,
    cpu_us: u64,
) -> Evaluation {
    let cpu0 = thread_cpu_us();
    let mut eval = realise(ctx, evaluator, task, proposal);
    if let (Evaluated::Failed(Failure { status, error }), Some(first), Some(op)) =
        (&eval.result, &eval.llm_call, task.operator)
        // A repair may fix the program's own faults in the sandbox, nothing else.
        && status.is_sandbox_failure()
        && let Some(second) = ctx.mutators[op].repair(
            &task.parents,
            &task.others,
            task.seed,
            first,
            &format!("{status}: {error}"),
        )
    {
        let first = eval.llm_call.take();
        eval = realise(ctx, evaluator, task, second);
        eval.repaired = first;
    }
    eval.cpu_us = cpu_us + thread_cpu_us().saturating_sub(cpu0);
    eval
}

/// A proposal's program run and simulated (or its failure), without CPU accounting.
fn realise(
    ctx: &Context,
    evaluator: &mut Evaluator,
    task: &Task,
    proposal: Proposal,
) -> Evaluation {
    let Proposal {
        child,
        edit,
        format,
        llm_call,
    } = proposal;
    let mut program_seed = None;
    let (source, result) = match child {
        Ok(source) => {
            let result = run_program(ctx, evaluator, task, &source, &mut program_seed);
            (Some(source), result)
        }
        Err(failure) => (None, failure.into()),
    };
    Evaluation {
        source,
        edit,
        format,
        llm_call,
        repaired: None,
        program_seed,
        result,
        cpu_us: 0,
    }
}

/// Evaluates a generation's tasks; the result is in task order. Tasks of operators that wait
/// on a server ([`Mutator::lanes`] > 0) get their proposals on that many threads of their
/// own, and each proposal is run and simulated on the rayon pool as soon as it arrives, so
/// requests stay in flight while physics runs. Local operators run inline on the pool.
pub fn evaluate_generation(ctx: &Context, tasks: &[Task]) -> Vec<Evaluation> {
    let lanes_of = |t: &Task| t.operator.map_or(0, |op| ctx.mutators[op].lanes());
    let (remote, local): (Vec<usize>, Vec<usize>) =
        (0..tasks.len()).partition(|&i| lanes_of(&tasks[i]) > 0);
    let lanes = remote
        .iter()
        .map(|&i| lanes_of(&tasks[i]))
        .max()
        .unwrap_or(0)
        .min(remote.len());
    let next = std::sync::atomic::AtomicUsize::new(0);
    let mut done: Vec<(usize, Evaluation)> = std::thread::scope(|s| {
        let (tx, rx) = std::sync::mpsc::channel::<(usize, Proposal, u64)>();
        for _ in 0..lanes {
            let (tx, next, remote) = (tx.clone(), &next, &remote);
            s.spawn(move || {
                while let Some(&i) = remote.get(next.fetch_add(1, Ordering::SeqCst)) {
                    let cpu0 = thread_cpu_us();
                    let proposal = propose(ctx, &tasks[i]);
                    let spent = thread_cpu_us().saturating_sub(cpu0);
                    if tx.send((i, proposal, spent)).is_err() {
                        break;
                    }
                }
            });
        }
        drop(tx);
        let mut done: Vec<(usize, Evaluation)> = local
            .par_iter()
            .map_init(Evaluator::new, |ev, &i| (i, evaluate(ctx, ev, &tasks[i])))
            .collect();
        done.par_extend(
            rx.into_iter()
                .par_bridge()
                .map_init(Evaluator::new, |ev, (i, proposal, spent)| {
                    (i, evaluate_proposal(ctx, ev, &tasks[i], proposal, spent))
                }),
        );
        done
    });
    done.sort_by_key(|d| d.0);
    done.into_iter().map(|d| d.1).collect()
}

/// A child's program through the one evaluation path, unless it is its parent's unchanged.
fn run_program(
    ctx: &Context,
    evaluator: &mut Evaluator,
    task: &Task,
    source: &str,
    program_seed: &mut Option<u64>,
) -> Evaluated {
    let normal = sandbox::normalise(source);
    if task
        .parents
        .iter()
        .any(|p| sandbox::normalise(&p.source) == normal)
    {
        return Failure::new(
            Status::Unchanged,
            "the child's normalised source equals its parent's",
        )
        .into();
    }
    let seed = sandbox::program_seed(source, ctx.config.sandbox.random_salt);
    *program_seed = Some(seed);
    evaluate::evaluate(&ctx.pool, evaluator, source, seed, &ctx.config.sim)
}
