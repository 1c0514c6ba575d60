//! `Evaluator`: places a walker on its terrain, settles it, runs the horizon, scores it.
//!
//! The step is elmer's own (docs/sim.md, "The step"): implicit damped springs, speculative
//! contacts with Coulomb friction against the terrain (parry's contact queries on rapier's
//! terrain shapes), solved together by Gauss-Seidel sweeps, then symplectic Euler. A rapier
//! world's step alone cost 40-80 thousand instructions whatever the walker, more than OpenELM's
//! whole Box2D step (docs/sim.md, "Speed").

use rapier2d::parry::bounding_volume::{Aabb, BoundingVolume};
use rapier2d::parry::query;
use rapier2d::parry::shape::Ball;
use rapier2d::prelude::{Pose, SharedShape, Vector};
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

/// One spring's row in the per-walker table built before the step loop.
#[derive(Clone, Copy)]
struct Spring {
    a: usize,
    b: usize,
    /// Rest length L0, metres.
    rest: f32,
    /// Rest length this step (L0 for a plain spring, the muscle's target for a muscle).
    target: f32,
    /// Unit vector from a to b at the start of the step.
    n: Vector,
    /// Position error term of the soft constraint, `k C / (c + dt k)`, m/s.
    bias: f32,
    /// Impulse accumulated this step along `n`, N s (the last step's until the solve starts).
    impulse: f32,
}

/// One muscle's row: which spring, and its wave.
#[derive(Clone, Copy)]
struct Muscle {
    spring: usize,
    /// k * amplitude, precomputed.
    stroke: f32,
    /// sin and cos of the phase (radians): the wave is `sin(w t) cos(phase) + cos(w t)
    /// sin(phase)`, so a step costs two `libm` calls whatever the number of muscles.
    sin_phase: f64,
    cos_phase: f64,
}

/// A terrain piece as the solve sees it: its shape, pose and bounding box.
struct Obstacle {
    shape: SharedShape,
    pose: Pose,
    aabb: Aabb,
}

/// A joint touching (or about to touch) the terrain this step.
#[derive(Clone, Copy)]
struct Touch {
    joint: usize,
    /// Unit normal out of the terrain, towards the joint.
    n: Vector,
    /// Lowest allowed speed along `n` this step: `-gap / dt` when apart, a push-out or bounce
    /// speed (> 0) when penetrating or bouncing.
    min_speed: f32,
    /// Normal and tangential impulses accumulated this step, N s.
    normal: f32,
    tangent: f32,
}

/// Reusable buffers for simulating walkers on one thread (`rayon::map_init` one per thread).
#[derive(Default)]
pub struct Evaluator {
    springs: Vec<Spring>,
    muscles: Vec<Muscle>,
    /// Joint positions and velocities after the last step (as placed before the first).
    pos: Vec<Vector>,
    vel: Vec<Vector>,
    /// Joint positions before the last step, for the sleep test.
    prev: Vec<Vector>,
    /// The terrain pieces of the current simulation and the joints touching them this step.
    obstacles: Vec<Obstacle>,
    touches: Vec<Touch>,
}

/// A walker placed in a world, ready to step: what the viewer drives frame by frame.
///
/// [`Evaluator::start`] borrows the evaluator's buffers; [`Simulation::new`] owns its own, so
/// the simulation can be kept across frames (the viewer's replay stores one).
pub struct Simulation<'a> {
    cfg: SimConfig,
    buffers: Buffers<'a>,
    step: u32,
    com_start: f64,
    outcome: Option<Outcome>,
    /// Whether the walker has a muscle; a walker without one may fall asleep.
    muscled: bool,
    /// Seconds every joint has moved slower than `SLEEP_SPEED_M_S`.
    still_s: f32,
    /// Asleep: the walker is at rest for good and is no longer stepped.
    asleep: bool,
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

/// A walker without muscles whose joints all move slower than this (m/s, measured as
/// displacement over a step) for `SLEEP_AFTER_S` is asleep: it stays where it is (rapier's
/// thresholds for an island, 0.05 m/s for 0.5 s, applied to the walker as a whole).
const SLEEP_SPEED_M_S: f32 = 0.05;
/// See `SLEEP_SPEED_M_S`.
const SLEEP_AFTER_S: f32 = 0.5;

/// Gap beyond a step's travel within which a joint counts as touching the terrain, metres
/// (rapier's default prediction distance).
const CONTACT_MARGIN_M: f32 = 0.02;
/// Fraction of a penetration pushed out per step, and the push-out speed cap, m/s (rapier's
/// `normalized_max_corrective_velocity`): a joint deep in the ground is not fired out of it.
const PUSH_OUT_PER_STEP: f32 = 0.2;
const MAX_PUSH_OUT_M_S: f32 = 3.0;
/// A joint this close to the terrain touches it and may bounce, metres (rapier's allowed
/// linear error); a farther one must not be pushed away before it arrives.
const TOUCH_M: f32 = 0.005;
/// Closing speed above which a contact bounces with the restitution coefficient, m/s (rapier's
/// restitution velocity threshold); slower contacts come to rest.
const BOUNCE_SPEED_M_S: f32 = 1.0;

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
        let muscled = self.build(walker, cfg);
        Simulation::with_buffers(cfg, Buffers::Borrowed(self), muscled)
    }

    /// Places `walker` on its terrain, filling the joint, spring, muscle and obstacle tables;
    /// returns whether it has a muscle.
    fn build(&mut self, walker: &Walker, cfg: &SimConfig) -> bool {
        let terrain = Terrain::new(cfg.terrain, cfg.terrain_seed);

        // Placement: bounding-box centre at x = 0, lowest ball 1 cm above the ground under it.
        let u = cfg.unit_m;
        let (x0, y0, x1, _) = walker.bounds();
        let (x0, y0, x1) = (x0 as f32 * u, y0 as f32 * u, x1 as f32 * u);
        let cx = (x0 + x1) / 2.0;
        let (left, right) = (x0 - cx, x1 - cx);
        let r = cfg.joint_radius_m;
        let lift = terrain.ground_top(left - r, right + r) + r + PLACEMENT_GAP_M - y0;

        self.obstacles.clear();
        for piece in terrain.pieces(left, right) {
            let pose = Pose::from_translation(piece.at);
            self.obstacles.push(Obstacle {
                aabb: piece.shape.compute_aabb(&pose),
                shape: piece.shape,
                pose,
            });
        }

        let muscled = walker.muscle_count() > 0;
        self.pos.clear();
        self.vel.clear();
        for j in walker.joints() {
            self.pos
                .push(Vector::new(j.x as f32 * u - cx, j.y as f32 * u + lift));
            self.vel.push(Vector::ZERO);
        }

        self.springs.clear();
        self.muscles.clear();
        for s in walker.springs() {
            let rest = walker.rest_length(s) as f32 * u;
            if s.is_muscle() {
                let phase = std::f64::consts::TAU * s.phase;
                self.muscles.push(Muscle {
                    spring: self.springs.len(),
                    stroke: cfg.stroke_per_amplitude * s.amplitude as f32,
                    sin_phase: libm::sin(phase),
                    cos_phase: libm::cos(phase),
                });
            }
            self.springs.push(Spring {
                a: s.a,
                b: s.b,
                rest,
                target: rest,
                n: Vector::ZERO,
                bias: 0.0,
                impulse: 0.0,
            });
        }

        muscled
    }
}

impl Simulation<'static> {
    /// Builds the world for `walker` with buffers of its own: a simulation that can be stored
    /// and stepped later (same steps and outcome as [`Evaluator::start`]).
    pub fn new(walker: &Walker, cfg: &SimConfig) -> Simulation<'static> {
        let mut buffers = Box::new(Evaluator::new());
        let muscled = buffers.build(walker, cfg);
        Simulation::with_buffers(cfg, Buffers::Owned(buffers), muscled)
    }
}

impl<'a> Simulation<'a> {
    fn with_buffers(cfg: &SimConfig, buffers: Buffers<'a>, muscled: bool) -> Self {
        Simulation {
            cfg: cfg.clone(),
            buffers,
            step: 0,
            com_start: 0.0,
            outcome: None,
            muscled,
            still_s: 0.0,
            asleep: false,
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
        if !self.asleep {
            self.set_muscle_targets();
            self.solve();
            // Symplectic Euler: damp the solved velocities (rapier's formula), then move.
            let dt = self.cfg.dt();
            let damp = 1.0 / (1.0 + dt * self.cfg.linear_damping);
            let b = &mut *self.buffers;
            b.prev.clear();
            b.prev.extend_from_slice(&b.pos);
            for (p, v) in b.pos.iter_mut().zip(b.vel.iter_mut()) {
                *v *= damp;
                *p += *v * dt;
            }
            if !self.muscled {
                self.update_sleep();
            }
        }
        self.step += 1;

        let cfg = &self.cfg;
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
        self.buffers.pos.iter().map(|p| [p.x, p.y]).collect()
    }

    /// The settings simulated with; the terrain geometry is reproducible from
    /// `Terrain::new(cfg.terrain, cfg.terrain_seed)`.
    pub fn config(&self) -> &SimConfig {
        &self.cfg
    }

    /// Sets each muscle's rest length for this step: `L0 (1 + k a sin(2 pi (f t + phase)))`,
    /// `t` counted from the start of settling.
    fn set_muscle_targets(&mut self) {
        let cfg = &self.cfg;
        let buffers = &mut *self.buffers;
        if buffers.muscles.is_empty() {
            return;
        }
        let wt =
            std::f64::consts::TAU * cfg.muscle_hz as f64 * (self.step as f64 * cfg.dt() as f64);
        let (sin_wt, cos_wt) = (libm::sin(wt), libm::cos(wt));
        for m in &buffers.muscles {
            let wave = (sin_wt * m.cos_phase + cos_wt * m.sin_phase) as f32;
            let spring = &mut buffers.springs[m.spring];
            spring.target = spring.rest * (1.0 + m.stroke * wave);
        }
    }

    /// Solves this step's joint velocities: gravity, the springs and the terrain contacts
    /// together, by `solver_iterations` Gauss-Seidel sweeps.
    ///
    /// Springs: the backward-Euler step of a damped spring, linearised along its direction at
    /// the start of the step (Catto's soft constraint). For length error `C = |pb - pa| - L`
    /// and relative speed `v'` after the step, the impulse on b (-P on a) is
    /// `P = -dt (k (C + dt v') + c v')`: stable for any stiffness and step, and the force
    /// `-k C - c v` as `dt -> 0`. Warm-started from the last step's impulses.
    ///
    /// Contacts: every terrain piece within this step's reach of a joint (`|v| dt` plus
    /// `CONTACT_MARGIN_M`) bounds the joint's speed along the piece's normal: no closer than
    /// the gap allows (speculative contacts, so nothing tunnels), out of a penetration at up to
    /// `MAX_PUSH_OUT_M_S`, back out at `restitution` times a closing speed above
    /// `BOUNCE_SPEED_M_S`. Friction is Coulomb's, bounded by `friction` times the normal impulse.
    fn solve(&mut self) {
        let cfg = &self.cfg;
        let buffers = &mut *self.buffers;
        let (pos, vel) = (&buffers.pos, &mut buffers.vel);
        let dt = cfg.dt();
        let (k, c) = (cfg.stiffness, cfg.damping);
        let soft = c + dt * k;
        // gamma: compliance of the soft constraint; w: inverse mass of one joint.
        let gamma = 1.0 / (dt * soft);
        let (m, w) = (cfg.joint_mass_kg, 1.0 / cfg.joint_mass_kg);
        let mass = 1.0 / (2.0 * w + gamma);
        let gravity = Vector::new(0.0, -cfg.gravity * dt);
        for v in vel.iter_mut() {
            *v += gravity;
        }
        for s in buffers.springs.iter_mut() {
            let d = pos[s.b] - pos[s.a];
            let len = d.length();
            // Coincident joints have no direction; any fixed one keeps the solve finite.
            s.n = if len > 0.0 { d / len } else { Vector::X };
            s.bias = k * (len - s.target) / soft;
            let j = s.n * (s.impulse * w);
            vel[s.a] -= j;
            vel[s.b] += j;
        }
        buffers.touches.clear();
        let ball = Ball::new(cfg.joint_radius_m);
        for (joint, (&p, &v)) in pos.iter().zip(vel.iter()).enumerate() {
            let reach = v.length() * dt + CONTACT_MARGIN_M;
            let r = cfg.joint_radius_m + reach;
            let around = Aabb::new(p - Vector::splat(r), p + Vector::splat(r));
            for o in buffers
                .obstacles
                .iter()
                .filter(|o| o.aabb.intersects(&around))
            {
                let at = Pose::from_translation(p);
                let Ok(Some(hit)) = query::contact(&o.pose, &*o.shape, &at, &ball, reach) else {
                    continue;
                };
                let mut min_speed = if hit.dist >= 0.0 {
                    -hit.dist / dt
                } else {
                    (-hit.dist * PUSH_OUT_PER_STEP / dt).min(MAX_PUSH_OUT_M_S)
                };
                let closing = hit.normal1.dot(v);
                if hit.dist < TOUCH_M && closing < -BOUNCE_SPEED_M_S {
                    min_speed = min_speed.max(-cfg.restitution * closing);
                }
                buffers.touches.push(Touch {
                    joint,
                    n: hit.normal1,
                    min_speed,
                    normal: 0.0,
                    tangent: 0.0,
                });
            }
        }
        let mu = cfg.friction;
        for _ in 0..cfg.solver_iterations {
            for s in buffers.springs.iter_mut() {
                let v = s.n.dot(vel[s.b] - vel[s.a]);
                let dp = -mass * (v + s.bias + gamma * s.impulse);
                s.impulse += dp;
                let j = s.n * (dp * w);
                vel[s.a] -= j;
                vel[s.b] += j;
            }
            for t in buffers.touches.iter_mut() {
                let v = &mut vel[t.joint];
                let normal = (t.normal - m * (t.n.dot(*v) - t.min_speed)).max(0.0);
                *v += t.n * ((normal - t.normal) * w);
                t.normal = normal;
                let along = t.n.perp();
                let limit = mu * t.normal;
                let tangent = (t.tangent - m * along.dot(*v)).clamp(-limit, limit);
                *v += along * ((tangent - t.tangent) * w);
                t.tangent = tangent;
            }
        }
    }

    /// Puts a muscle-less walker to sleep once all its joints have been slow long enough.
    fn update_sleep(&mut self) {
        let dt = self.cfg.dt();
        let b = &*self.buffers;
        // Displacement, not velocity: a joint resting on the ground keeps a downward velocity
        // of a few cm/s that the contact cancels each step.
        let slow = b
            .pos
            .iter()
            .zip(&b.prev)
            .all(|(&p, &before)| (p - before).length() < SLEEP_SPEED_M_S * dt);
        self.still_s = if slow { self.still_s + dt } else { 0.0 };
        self.asleep = self.still_s >= SLEEP_AFTER_S;
    }

    /// x of the centre of mass (joints weigh the same), metres.
    fn com_x(&self) -> f64 {
        let pos = &self.buffers.pos;
        let sum: f64 = pos.iter().map(|p| p.x as f64).sum();
        sum / pos.len() as f64
    }

    fn instability(&self) -> Option<Instability> {
        let cfg = &self.cfg;
        let b = &*self.buffers;
        for (joint, (p, v)) in b.pos.iter().zip(&b.vel).enumerate() {
            if !(p.x.is_finite() && p.y.is_finite() && v.x.is_finite() && v.y.is_finite()) {
                return Some(Instability::NotFinite { joint });
            }
            let speed = v.length();
            if speed > cfg.max_speed_m_s {
                return Some(Instability::TooFast { joint, speed });
            }
        }
        for (spring, s) in b.springs.iter().enumerate() {
            let ratio = (b.pos[s.a] - b.pos[s.b]).length() / s.rest;
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
