//! `Evaluator`: builds one rapier world per walker, settles it, runs the horizon, scores it.

use rapier2d::prelude::*;
use serde::Serialize;

use super::config::SimConfig;
use super::outcome::{Instability, Outcome};
use super::terrain::Terrain;
use crate::walker::Walker;

/// Gap between the lowest joint's ball and the highest ground point under the walker, metres.
pub const PLACEMENT_GAP_M: f32 = 0.01;

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

/// One muscle's row in the per-walker table built before the step loop.
#[derive(Clone, Copy)]
struct Muscle {
    joint: ImpulseJointHandle,
    rest: f32,
    /// k * amplitude, precomputed.
    stroke: f32,
    /// Phase in radians.
    phase: f64,
}

/// Reusable buffers for simulating walkers on one thread (`rayon::map_init` one per thread).
#[derive(Default)]
pub struct Evaluator {
    bodies: Vec<RigidBodyHandle>,
    springs: Vec<(usize, usize, f32)>,
    muscles: Vec<Muscle>,
}

/// A walker placed in a world, ready to step: what the viewer drives frame by frame.
///
/// [`Evaluator::start`] borrows the evaluator's buffers; [`Simulation::new`] owns its own, so
/// the simulation can be kept across frames (the viewer's replay stores one).
pub struct Simulation<'a> {
    world: PhysicsWorld,
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

/// Simulates `walker` with `cfg` on `cfg.terrain`; a shorthand for one-off calls.
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
        let world = self.build(walker, cfg);
        Simulation::with_buffers(world, cfg, Buffers::Borrowed(self))
    }

    /// Places `walker` on its terrain in a new world, filling the body and muscle tables.
    fn build(&mut self, walker: &Walker, cfg: &SimConfig) -> PhysicsWorld {
        let terrain = Terrain::new(cfg.terrain, cfg.terrain_seed);
        let mut world = PhysicsWorld::new();
        world.gravity = Vector::new(0.0, -cfg.gravity);
        world.integration_parameters.dt = cfg.dt();
        world.integration_parameters.num_solver_iterations = cfg.solver_iterations;

        // Placement: bounding-box centre at x = 0, lowest ball 1 cm above the ground under it.
        let u = cfg.unit_m;
        let (x0, y0, x1, _) = walker.bounds();
        let (x0, y0, x1) = (x0 as f32 * u, y0 as f32 * u, x1 as f32 * u);
        let cx = (x0 + x1) / 2.0;
        let (left, right) = (x0 - cx, x1 - cx);
        let r = cfg.joint_radius_m;
        let lift = terrain.ground_top(left - r, right + r) + r + PLACEMENT_GAP_M - y0;

        let terrain_groups =
            InteractionGroups::new(Group::GROUP_2, Group::GROUP_1, InteractionTestMode::And);
        for piece in terrain.pieces(left, right) {
            let c = ColliderBuilder::new(piece.shape)
                .translation(piece.at)
                .friction(cfg.friction)
                .collision_groups(terrain_groups);
            world.insert_collider(c, None);
        }

        let muscled = walker.muscle_count() > 0;
        let joint_groups =
            InteractionGroups::new(Group::GROUP_1, Group::GROUP_2, InteractionTestMode::And);
        self.bodies.clear();
        for j in walker.joints() {
            let at = Vector::new(j.x as f32 * u - cx, j.y as f32 * u + lift);
            let body = RigidBodyBuilder::dynamic()
                .translation(at)
                .lock_rotations()
                .linear_damping(cfg.linear_damping)
                .ccd_enabled(true)
                .can_sleep(!muscled);
            let handle = world.insert_body(body);
            let ball = ColliderBuilder::ball(r)
                .mass(cfg.joint_mass_kg)
                .friction(cfg.friction)
                .restitution(cfg.restitution)
                .collision_groups(joint_groups);
            world.insert_collider(ball, Some(handle));
            self.bodies.push(handle);
        }

        self.springs.clear();
        self.muscles.clear();
        for s in walker.springs() {
            let rest = walker.rest_length(s) as f32 * u;
            let joint = SpringJointBuilder::new(rest, cfg.stiffness, cfg.damping);
            let handle = world.insert_impulse_joint(self.bodies[s.a], self.bodies[s.b], joint);
            self.springs.push((s.a, s.b, rest));
            if s.is_muscle() {
                self.muscles.push(Muscle {
                    joint: handle,
                    rest,
                    stroke: cfg.stroke_per_amplitude * s.amplitude as f32,
                    phase: std::f64::consts::TAU * s.phase,
                });
            }
        }

        world
    }
}

impl Simulation<'static> {
    /// Builds the world for `walker` with buffers of its own: a simulation that can be stored
    /// and stepped later (same steps and outcome as [`Evaluator::start`]).
    pub fn new(walker: &Walker, cfg: &SimConfig) -> Simulation<'static> {
        let mut buffers = Box::new(Evaluator::new());
        let world = buffers.build(walker, cfg);
        Simulation::with_buffers(world, cfg, Buffers::Owned(buffers))
    }
}

impl<'a> Simulation<'a> {
    fn with_buffers(world: PhysicsWorld, cfg: &SimConfig, buffers: Buffers<'a>) -> Self {
        Simulation {
            world,
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
        let t = self.step as f64 * cfg.dt() as f64;
        let omega = std::f64::consts::TAU * cfg.muscle_hz as f64;
        for m in &self.buffers.muscles {
            let wave = libm::sin(omega * t + m.phase) as f32;
            let target = m.rest * (1.0 + m.stroke * wave);
            if let Some(joint) = self.world.impulse_joints.get_mut(m.joint, true) {
                joint
                    .data
                    .set_motor_position(JointAxis::LinX, target, cfg.stiffness, cfg.damping);
            }
        }
        self.world.step();
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
        self.buffers
            .bodies
            .iter()
            .map(|&h| {
                let p = self.world.bodies[h].translation();
                [p.x, p.y]
            })
            .collect()
    }

    /// The static terrain pieces' handles are not exposed; the terrain geometry is
    /// reproducible from `Terrain::new(cfg.terrain, cfg.terrain_seed)`.
    pub fn config(&self) -> &SimConfig {
        &self.cfg
    }

    /// x of the centre of mass (joints weigh the same), metres.
    fn com_x(&self) -> f64 {
        let bodies = &self.buffers.bodies;
        let sum: f64 = bodies
            .iter()
            .map(|&h| self.world.bodies[h].translation().x as f64)
            .sum();
        sum / bodies.len() as f64
    }

    fn instability(&self) -> Option<Instability> {
        let cfg = &self.cfg;
        for (joint, &h) in self.buffers.bodies.iter().enumerate() {
            let b = &self.world.bodies[h];
            let (p, v) = (b.translation(), b.linvel());
            if !(p.x.is_finite() && p.y.is_finite() && v.x.is_finite() && v.y.is_finite()) {
                return Some(Instability::NotFinite { joint });
            }
            let speed = v.length();
            if speed > cfg.max_speed_m_s {
                return Some(Instability::TooFast { joint, speed });
            }
        }
        for (spring, &(a, b, rest)) in self.buffers.springs.iter().enumerate() {
            let pa = self.world.bodies[self.buffers.bodies[a]].translation();
            let pb = self.world.bodies[self.buffers.bodies[b]].translation();
            let ratio = (pa - pb).length() / rest;
            if !(cfg.min_stretch..=cfg.max_stretch).contains(&ratio) {
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
