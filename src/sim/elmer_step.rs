//! elmer's own step (docs/sim.md, "The step"): implicit damped springs, speculative contacts
//! with Coulomb friction against the terrain (parry's contact queries on rapier's terrain
//! shapes), solved together by Gauss-Seidel sweeps, then symplectic Euler. A rapier world's
//! step costs more (docs/sim.md, "Speed"); the `rapier` engine is [`super::rapier_step`].

use rapier2d::parry::bounding_volume::{Aabb, BoundingVolume};
use rapier2d::parry::query;
use rapier2d::parry::shape::Ball;
use rapier2d::prelude::{Pose, SharedShape, Vector};

use super::config::SimConfig;
use super::placement::{Placement, wave};

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

/// elmer's state of one walker, its buffers reused from walker to walker.
#[derive(Default)]
pub(super) struct ElmerStep {
    springs: Vec<Spring>,
    /// Joint positions and velocities after the last step (as placed before the first).
    pub pos: Vec<Vector>,
    pub vel: Vec<Vector>,
    /// Joint positions before the last step, for the sleep test.
    prev: Vec<Vector>,
    /// The terrain pieces of the current simulation and the joints touching them this step.
    obstacles: Vec<Obstacle>,
    touches: Vec<Touch>,
    /// Seconds every joint has moved slower than `SLEEP_SPEED_M_S`.
    still_s: f32,
    /// Asleep: the walker is at rest for good and is no longer stepped.
    asleep: bool,
}

impl ElmerStep {
    /// Loads a placed walker: joints at rest where placed, springs at their rest lengths.
    pub fn load(&mut self, placed: &Placement) {
        self.obstacles.clear();
        for piece in &placed.pieces {
            let pose = Pose::from_translation(piece.at);
            self.obstacles.push(Obstacle {
                aabb: piece.shape.compute_aabb(&pose),
                shape: piece.shape.clone(),
                pose,
            });
        }
        self.pos.clear();
        self.pos.extend_from_slice(&placed.pos);
        self.vel.clear();
        self.vel.resize(placed.pos.len(), Vector::ZERO);
        self.springs.clear();
        self.springs.extend(placed.springs.iter().map(|s| Spring {
            a: s.a,
            b: s.b,
            rest: s.rest,
            target: s.rest,
            n: Vector::ZERO,
            bias: 0.0,
            impulse: 0.0,
        }));
        self.still_s = 0.0;
        self.asleep = false;
    }

    /// Advances one step (`step` counted from 0, the start of settling), unless asleep.
    pub fn step(&mut self, placed: &Placement, cfg: &SimConfig, step: u32) {
        if self.asleep {
            return;
        }
        if placed.muscled() {
            let w = wave(cfg, step);
            for m in &placed.muscles {
                let spring = &mut self.springs[m.spring];
                spring.target = m.target(spring.rest, w);
            }
        }
        self.solve(cfg);
        // Symplectic Euler: damp the solved velocities (rapier's formula), then move.
        let dt = cfg.dt();
        let damp = 1.0 / (1.0 + dt * cfg.linear_damping);
        self.prev.clear();
        self.prev.extend_from_slice(&self.pos);
        for (p, v) in self.pos.iter_mut().zip(self.vel.iter_mut()) {
            *v *= damp;
            *p += *v * dt;
        }
        if !placed.muscled() {
            self.update_sleep(dt);
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
    fn solve(&mut self, cfg: &SimConfig) {
        let (pos, vel) = (&self.pos, &mut self.vel);
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
        for s in self.springs.iter_mut() {
            let d = pos[s.b] - pos[s.a];
            let len = d.length();
            // Coincident joints have no direction; any fixed one keeps the solve finite.
            s.n = if len > 0.0 { d / len } else { Vector::X };
            s.bias = k * (len - s.target) / soft;
            let j = s.n * (s.impulse * w);
            vel[s.a] -= j;
            vel[s.b] += j;
        }
        self.touches.clear();
        let ball = Ball::new(cfg.joint_radius_m);
        for (joint, (&p, &v)) in pos.iter().zip(vel.iter()).enumerate() {
            let reach = v.length() * dt + CONTACT_MARGIN_M;
            let r = cfg.joint_radius_m + reach;
            let around = Aabb::new(p - Vector::splat(r), p + Vector::splat(r));
            for o in self.obstacles.iter().filter(|o| o.aabb.intersects(&around)) {
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
                self.touches.push(Touch {
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
            for s in self.springs.iter_mut() {
                let v = s.n.dot(vel[s.b] - vel[s.a]);
                let dp = -mass * (v + s.bias + gamma * s.impulse);
                s.impulse += dp;
                let j = s.n * (dp * w);
                vel[s.a] -= j;
                vel[s.b] += j;
            }
            for t in self.touches.iter_mut() {
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
    fn update_sleep(&mut self, dt: f32) {
        // Displacement, not velocity: a joint resting on the ground keeps a downward velocity
        // of a few cm/s that the contact cancels each step.
        let slow = self
            .pos
            .iter()
            .zip(&self.prev)
            .all(|(&p, &before)| (p - before).length() < SLEEP_SPEED_M_S * dt);
        self.still_s = if slow { self.still_s + dt } else { 0.0 };
        self.asleep = self.still_s >= SLEEP_AFTER_S;
    }
}
