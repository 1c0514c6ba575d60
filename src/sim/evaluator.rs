//! `Evaluator`: places a walker on its terrain, settles it, runs the horizon, scores it, with
//! the engine `cfg.engine` names: elmer's own step ([`super::elmer_step`]) or a rapier world
//! ([`super::rapier_step`]). Everything around the step (placement, muscles' wave, statuses,
//! fitness) is shared, so the engines differ only in their physics.

use rapier2d::prelude::Vector;
use serde::Serialize;

use super::config::{SimConfig, SimEngine};
use super::elmer_step::ElmerStep;
use super::outcome::{Instability, Outcome};
use super::placement::Placement;
use super::rapier_step::RapierStep;
use crate::walker::Walker;

/// Joint positions every `every` steps, metres, for replay and plots.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Trace {
    /// Steps between frames.
    pub every: u32,
    /// Seconds per step.
    pub dt: f32,
    /// Index of the first horizon frame's step (settle steps before it).
    pub settle_steps: u32,
    /// Spring endpoints, as joint indices.
    pub springs: Vec<[usize; 2]>,
    /// Frame k is the state after `k * every` steps (frame 0: as placed).
    pub frames: Vec<Vec<[f32; 2]>>,
}

/// Reusable buffers for simulating walkers on one thread (`rayon::map_init` one per thread):
/// the placement and both engines' state (a rapier world is built only for the `rapier`
/// engine).
#[derive(Default)]
pub struct Evaluator {
    placed: Placement,
    elmer: ElmerStep,
    rapier: Option<Box<RapierStep>>,
}

/// A walker placed in a world, ready to step: what the viewer drives frame by frame, with
/// either engine.
///
/// [`Evaluator::start`] borrows the evaluator's buffers; [`Simulation::new`] owns its own, so
/// the simulation can be kept across frames (the viewer's replay stores one).
pub struct Simulation<'a> {
    cfg: SimConfig,
    buffers: Buffers<'a>,
    step: u32,
    com_start: f64,
    outcome: Option<Outcome>,
}

/// An evaluator's buffers: borrowed from a long-lived [`Evaluator`], or owned by a
/// standalone [`Simulation`].
enum Buffers<'a> {
    Borrowed(&'a mut Evaluator),
    Owned(Box<Evaluator>),
}

impl std::ops::Deref for Buffers<'_> {
    type Target = Evaluator;
    fn deref(&self) -> &Evaluator {
        match self {
            Buffers::Borrowed(ev) => ev,
            Buffers::Owned(ev) => ev,
        }
    }
}

impl std::ops::DerefMut for Buffers<'_> {
    fn deref_mut(&mut self) -> &mut Evaluator {
        match self {
            Buffers::Borrowed(ev) => ev,
            Buffers::Owned(ev) => ev,
        }
    }
}

/// Simulates `walker` with `cfg` (its engine, its terrain); a shorthand for one-off calls.
pub fn evaluate(walker: &Walker, cfg: &SimConfig) -> Outcome {
    Evaluator::default().evaluate(walker, cfg)
}

impl Evaluator {
    /// A fresh evaluator.
    pub fn new() -> Self {
        Self::default()
    }

    /// Simulates settle + horizon and scores the walker.
    pub fn evaluate(&mut self, walker: &Walker, cfg: &SimConfig) -> Outcome {
        let mut sim = self.start(walker, cfg);
        loop {
            if let Some(outcome) = sim.step() {
                return outcome;
            }
        }
    }

    /// As `evaluate`, also recording joint positions every `every` steps (at least 1).
    pub fn evaluate_traced(
        &mut self,
        walker: &Walker,
        cfg: &SimConfig,
        every: u32,
    ) -> (Outcome, Trace) {
        let every = every.max(1);
        let mut sim = self.start(walker, cfg);
        let mut trace = Trace {
            every,
            dt: cfg.dt(),
            settle_steps: cfg.settle_steps(),
            springs: walker.springs().iter().map(|s| [s.a, s.b]).collect(),
            frames: vec![sim.positions()],
        };
        loop {
            let done = sim.step();
            if sim.steps_run().is_multiple_of(every) || done.is_some() {
                trace.frames.push(sim.positions());
            }
            if let Some(outcome) = done {
                return (outcome, trace);
            }
        }
    }

    /// Builds the world for `walker` and returns it ready to step.
    pub fn start<'a>(&'a mut self, walker: &Walker, cfg: &SimConfig) -> Simulation<'a> {
        self.build(walker, cfg);
        Simulation::with_buffers(cfg, Buffers::Borrowed(self))
    }

    /// Places `walker` on its terrain and loads it into `cfg.engine`.
    fn build(&mut self, walker: &Walker, cfg: &SimConfig) {
        self.placed.place(walker, cfg);
        match cfg.engine {
            SimEngine::Elmer => self.elmer.load(&self.placed),
            SimEngine::Rapier => self.rapier.get_or_insert_default().load(&self.placed, cfg),
        }
    }

    /// Joint positions and velocities after the last step of `engine`, metres and m/s.
    fn state(&self, engine: SimEngine) -> (&[Vector], &[Vector]) {
        match (engine, &self.rapier) {
            (SimEngine::Rapier, Some(r)) => (&r.pos, &r.vel),
            // A rapier simulation always has its world (built by `build`).
            _ => (&self.elmer.pos, &self.elmer.vel),
        }
    }
}

impl Simulation<'static> {
    /// Builds the world for `walker` with buffers of its own: a simulation that can be stored
    /// and stepped later (same steps and outcome as [`Evaluator::start`]).
    pub fn new(walker: &Walker, cfg: &SimConfig) -> Simulation<'static> {
        let mut buffers = Box::new(Evaluator::new());
        buffers.build(walker, cfg);
        Simulation::with_buffers(cfg, Buffers::Owned(buffers))
    }
}

impl<'a> Simulation<'a> {
    fn with_buffers(cfg: &SimConfig, buffers: Buffers<'a>) -> Self {
        Simulation {
            cfg: cfg.clone(),
            buffers,
            step: 0,
            com_start: 0.0,
            outcome: None,
        }
    }
}

impl Simulation<'_> {
    /// Advances one step; returns the outcome once the horizon ends or the world blows up.
    /// After that, further calls return the same outcome without stepping.
    pub fn step(&mut self) -> Option<Outcome> {
        if self.outcome.is_some() {
            return self.outcome.clone();
        }
        let cfg = &self.cfg;
        let b = &mut *self.buffers;
        match (cfg.engine, &mut b.rapier) {
            (SimEngine::Rapier, Some(r)) => r.step(&b.placed, cfg, self.step),
            _ => b.elmer.step(&b.placed, cfg, self.step),
        }
        self.step += 1;

        let settle = cfg.settle_steps();
        let total = settle + cfg.horizon;
        if let Some(reason) = self.instability() {
            self.outcome = Some(Outcome::Unstable {
                reason,
                steps: self.step,
                terrain: cfg.terrain,
            });
        } else if self.step == settle {
            self.com_start = self.com_x();
        } else if self.step >= total {
            // A zero settle has no step at which to record the start: it is where the walker
            // was placed, the centre of the bounding box, recorded before the first step.
            let dx = self.com_x() - self.com_start;
            self.outcome = Some(Outcome::Ok {
                fitness: dx.abs(),
                dx,
                steps: self.step,
                terrain: cfg.terrain,
            });
        }
        self.outcome.clone()
    }

    /// Steps run so far.
    pub fn steps_run(&self) -> u32 {
        self.step
    }

    /// Joint positions now, metres.
    pub fn positions(&self) -> Vec<[f32; 2]> {
        let (pos, _) = self.buffers.state(self.cfg.engine);
        pos.iter().map(|p| [p.x, p.y]).collect()
    }

    /// The settings simulated with (the engine among them); the terrain geometry is
    /// reproducible from `Terrain::new(cfg.terrain, cfg.terrain_seed)`.
    pub fn config(&self) -> &SimConfig {
        &self.cfg
    }

    /// x of the centre of mass (joints weigh the same), metres.
    fn com_x(&self) -> f64 {
        let (pos, _) = self.buffers.state(self.cfg.engine);
        let sum: f64 = pos.iter().map(|p| p.x as f64).sum();
        sum / pos.len() as f64
    }

    /// A non-finite or too fast joint, or a spring out of its stretch bounds
    /// ([`SimConfig::out_of_stretch`]).
    fn instability(&self) -> Option<Instability> {
        let cfg = &self.cfg;
        let (pos, vel) = self.buffers.state(cfg.engine);
        for (joint, (p, v)) in pos.iter().zip(vel).enumerate() {
            if !(p.x.is_finite() && p.y.is_finite() && v.x.is_finite() && v.y.is_finite()) {
                return Some(Instability::NotFinite { joint });
            }
            let speed = v.length();
            if speed > cfg.max_speed_m_s {
                return Some(Instability::TooFast { joint, speed });
            }
        }
        for (spring, s) in self.buffers.placed.springs.iter().enumerate() {
            let length = (pos[s.a] - pos[s.b]).length();
            if let Some(ratio) = cfg.out_of_stretch(length, s.rest) {
                return Some(Instability::Overstretched { spring, ratio });
            }
        }
        None
    }
}
#[cfg(test)]
mod tests {
    use super::*;
    use crate::walker::{WalkerBuilder, WalkerLimits};

    #[test]
    fn owned_simulation_matches_evaluate_bit_for_bit() {
        let mut b = WalkerBuilder::new();
        let j0 = b.add_joint(0.0, 0.0);
        let j1 = b.add_joint(10.0, 0.0);
        let j2 = b.add_joint(5.0, 8.0);
        b.add_muscle(j0, j1, 0.0, 0.0);
        b.add_muscle(j1, j2, 5.0, 0.25);
        b.add_muscle(j2, j0, 2.0, 0.5);
        let walker = b.build(&WalkerLimits::default()).unwrap();
        let cfg = SimConfig {
            horizon: 120,
            ..SimConfig::default()
        };
        let mut sim = Simulation::new(&walker, &cfg);
        let owned = loop {
            if let Some(outcome) = sim.step() {
                break outcome;
            }
        };
        assert_eq!(owned, evaluate(&walker, &cfg));
    }
}
