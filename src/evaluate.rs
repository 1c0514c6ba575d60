//! The one evaluation path of DESIGN §1: program text -> sandbox -> [`Walker`] -> sim ->
//! [`Outcome`] / [`Status`].
//!
//! # Overview
//! - [`evaluate`]: a program with its `random` seed, run in the sandbox and its walker simulated
//!   with a [`SimConfig`]: an [`Evaluated`].
//! - [`build`] and [`simulate`], the two steps of [`evaluate`], for a caller that simulates one
//!   walker several times (Stage 3, once per terrain).
//! - [`Evaluated::status`] and [`Evaluated::error`]: the status of DESIGN §4 and the error text,
//!   `unstable at step N: reason` for an unstable walker (written here only).
//!
//! Every caller goes through here: evolve's children, `elmer score`, Stage 3, the OOD kit and
//! `elmer eval`. The seed is the caller's ([`program_seed`](crate::sandbox::program_seed) with the run's salt, or a
//! `--seed` override); the simulation is [`Evaluator::evaluate`], which picks the engine of
//! the `SimConfig`.

use crate::qd::{Failure, Status};
use crate::sandbox::Pool;
use crate::sim::{Evaluator, Outcome, SimConfig};
use crate::walker::{Descriptors, Walker};

#[cfg(doc)]
use crate::sandbox::FailureKind;

/// A program's fate: no walker, or a walker and its simulation.
#[derive(Clone, Debug, PartialEq)]
pub enum Evaluated {
    /// No walker: a status other than ok or unstable, and why.
    Failed(Failure),
    /// A valid walker, simulated.
    Simulated(Simulated),
}

/// A valid walker and what the simulation made of it.
#[derive(Clone, Debug, PartialEq)]
pub struct Simulated {
    /// The walker.
    pub walker: Walker,
    /// Its descriptors (program units).
    pub descriptors: Descriptors,
    /// The simulation's outcome.
    pub outcome: Outcome,
    /// CPU time of the simulation on its thread, µs (a busy machine does not inflate it).
    pub sim_us: u64,
}

impl Evaluated {
    /// The status of DESIGN §4: the failure's, or `ok` / `unstable` from the outcome.
    pub fn status(&self) -> Status {
        match self {
            Evaluated::Failed(f) => f.status,
            Evaluated::Simulated(s) => s.status(),
        }
    }

    /// The error text: the failure's, or `unstable at step N: reason`; `None` when ok.
    pub fn error(&self) -> Option<String> {
        match self {
            Evaluated::Failed(f) => Some(f.error.clone()),
            Evaluated::Simulated(s) => s.error(),
        }
    }

    /// The fitness, metres, when the walker was stable.
    pub fn fitness(&self) -> Option<f64> {
        match self {
            Evaluated::Failed(_) => None,
            Evaluated::Simulated(s) => s.outcome.fitness(),
        }
    }
}

impl Simulated {
    /// `ok` or `unstable`.
    pub fn status(&self) -> Status {
        outcome_status(&self.outcome)
    }

    /// `unstable at step N: reason`, or `None` when stable.
    pub fn error(&self) -> Option<String> {
        outcome_error(&self.outcome)
    }
}

/// The status of a simulated walker: `ok` or `unstable`.
pub fn outcome_status(outcome: &Outcome) -> Status {
    match outcome {
        Outcome::Ok { .. } => Status::Ok,
        Outcome::Unstable { .. } => Status::Unstable,
    }
}

/// The error text of an unstable walker, `unstable at step N: reason`; `None` when stable.
pub fn outcome_error(outcome: &Outcome) -> Option<String> {
    match outcome {
        Outcome::Ok { .. } => None,
        Outcome::Unstable { reason, steps, .. } => {
            Some(format!("unstable at step {steps}: {reason}"))
        }
    }
}

impl From<Failure> for Evaluated {
    fn from(f: Failure) -> Self {
        Evaluated::Failed(f)
    }
}

impl From<Simulated> for Evaluated {
    fn from(s: Simulated) -> Self {
        Evaluated::Simulated(s)
    }
}

/// Runs `source` in the sandbox with `random` seeded by `seed`: its validated walker, or the
/// failure as a [`Status`] (`Status::from(&FailureKind)`) and the sandbox's error text.
pub fn build(pool: &Pool, source: &str, seed: u64) -> Result<Walker, Failure> {
    pool.run(source, seed)
        .map_err(|f| Failure::new(Status::from(&f.kind), f.error))
}

/// Simulates `walker` with `sim` on `evaluator` (one per thread, buffers reused): the outcome
/// and the simulation's CPU time on this thread, µs.
pub fn simulate(evaluator: &mut Evaluator, walker: &Walker, sim: &SimConfig) -> (Outcome, u64) {
    let t = thread_cpu_us();
    let outcome = evaluator.evaluate(walker, sim);
    (outcome, thread_cpu_us().saturating_sub(t))
}

/// The one path: `source` run in the sandbox with `random` seeded by `seed`, its walker
/// simulated with `sim`.
pub fn evaluate(
    pool: &Pool,
    evaluator: &mut Evaluator,
    source: &str,
    seed: u64,
    sim: &SimConfig,
) -> Evaluated {
    match build(pool, source, seed) {
        Err(f) => f.into(),
        Ok(walker) => {
            let (outcome, sim_us) = simulate(evaluator, &walker, sim);
            Simulated {
                descriptors: walker.descriptors(),
                walker,
                outcome,
                sim_us,
            }
            .into()
        }
    }
}

/// CPU time consumed so far by the calling thread, µs: what evolve charges a child for, so a
/// busy machine does not inflate it.
pub fn thread_cpu_us() -> u64 {
    let mut t = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: clock_gettime writes a timespec into the pointer it is given.
    unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut t) };
    t.tv_sec as u64 * 1_000_000 + t.tv_nsec as u64 / 1000
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sim::{Instability, TerrainKind};

    #[test]
    fn unstable_text_is_written_once_here() {
        let unstable = Outcome::Unstable {
            reason: Instability::NotFinite { joint: 3 },
            steps: 17,
            terrain: TerrainKind::Flat,
        };
        assert_eq!(outcome_status(&unstable), Status::Unstable);
        assert_eq!(
            outcome_error(&unstable).as_deref(),
            Some("unstable at step 17: joint 3 is not finite")
        );
        let ok = Outcome::Ok {
            fitness: 1.5,
            dx: -1.5,
            steps: 1320,
            terrain: TerrainKind::Flat,
        };
        assert_eq!(outcome_status(&ok), Status::Ok);
        assert_eq!(outcome_error(&ok), None);
    }

    #[test]
    fn a_failure_keeps_its_status_and_text() {
        let e: Evaluated = Failure::new(Status::Timeout, "too slow").into();
        assert_eq!(
            (e.status(), e.error().as_deref(), e.fitness()),
            (Status::Timeout, Some("too slow"), None)
        );
    }
}
