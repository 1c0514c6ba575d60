//! The `rapier` engine (docs/sim.md, "Engines"): a rapier2d world stepped by its
//! `PhysicsPipeline`. Joints are dynamic balls without rotation that collide with the terrain
//! only; springs and muscles are rapier spring joints, a muscle's rest length set each step.
//! The pipeline (with its solver's buffers) is kept from walker to walker on a thread; the
//! sets are fresh for each walker, so a walker's result never depends on the one before.

use rapier2d::prelude::*;

use super::config::SimConfig;
use super::placement::{Placement, wave};

/// Collision groups: joints (group 1) touch only terrain (group 2), and the reverse.
const JOINTS: InteractionGroups =
    InteractionGroups::new(Group::GROUP_1, Group::GROUP_2, InteractionTestMode::And);
const TERRAIN: InteractionGroups =
    InteractionGroups::new(Group::GROUP_2, Group::GROUP_1, InteractionTestMode::And);

/// A rapier world for one walker at a time.
#[derive(Default)]
pub(super) struct RapierStep {
    world: PhysicsWorld,
    /// The joints' bodies, in joint order.
    bodies: Vec<RigidBodyHandle>,
    /// Each spring's joint, in spring order.
    joints: Vec<ImpulseJointHandle>,
    /// Joint positions and velocities after the last step (as placed before the first).
    pub pos: Vec<Vector>,
    pub vel: Vec<Vector>,
}

impl RapierStep {
    /// Builds the world of a placed walker (the pipeline kept, the sets new).
    pub fn load(&mut self, placed: &Placement, cfg: &SimConfig) {
        let world = &mut self.world;
        world.bodies = RigidBodySet::new();
        world.colliders = ColliderSet::new();
        world.impulse_joints = ImpulseJointSet::new();
        world.multibody_joints = MultibodyJointSet::new();
        world.soft_bodies = SoftBodySet::new();
        world.islands = IslandManager::new();
        world.broad_phase = DefaultBroadPhase::default();
        world.narrow_phase = NarrowPhase::new();
        world.gravity = Vector::new(0.0, -cfg.gravity);
        world.integration_parameters = parameters(cfg);

        for piece in &placed.pieces {
            let c = ColliderBuilder::new(piece.shape.clone())
                .translation(piece.at)
                .friction(cfg.friction)
                .restitution(cfg.restitution)
                .collision_groups(TERRAIN);
            world.insert_collider(c, None);
        }
        let muscled = placed.muscled();
        self.bodies.clear();
        for &at in &placed.pos {
            let body = RigidBodyBuilder::dynamic()
                .translation(at)
                .lock_rotations()
                .linear_damping(cfg.linear_damping)
                .can_sleep(!muscled);
            let ball = ColliderBuilder::ball(cfg.joint_radius_m)
                .mass(cfg.joint_mass_kg)
                .friction(cfg.friction)
                .restitution(cfg.restitution)
                .collision_groups(JOINTS);
            let (handle, _) = world.insert(body, ball);
            self.bodies.push(handle);
        }
        self.joints.clear();
        for s in &placed.springs {
            let joint = SpringJointBuilder::new(s.rest, cfg.stiffness, cfg.damping);
            let handle = world.insert_impulse_joint(self.bodies[s.a], self.bodies[s.b], joint);
            self.joints.push(handle);
        }
        self.pos.clear();
        self.pos.extend_from_slice(&placed.pos);
        self.vel.clear();
        self.vel.resize(placed.pos.len(), Vector::ZERO);
    }

    /// Advances one step (`step` counted from 0, the start of settling): the muscles' rest
    /// lengths, then rapier's step.
    pub fn step(&mut self, placed: &Placement, cfg: &SimConfig, step: u32) {
        let world = &mut self.world;
        if placed.muscled() {
            let w = wave(cfg, step);
            for m in &placed.muscles {
                let target = m.target(placed.springs[m.spring].rest, w);
                if let Some(joint) = world.impulse_joints.get_mut(self.joints[m.spring], false) {
                    joint.data.set_motor_position(
                        JointAxis::LinX,
                        target,
                        cfg.stiffness,
                        cfg.damping,
                    );
                }
            }
        }
        world.step();
        for ((p, v), &h) in self.pos.iter_mut().zip(&mut self.vel).zip(&self.bodies) {
            let body = &world.bodies[h];
            *p = body.translation();
            *v = body.linvel();
        }
    }
}

/// rapier's integration parameters for `cfg`: its step, `rapier_substeps` substeps of
/// `rapier_pgs_iterations` Gauss-Seidel iterations each (docs/sim.md, "Engines": the fidelity
/// check behind the defaults); rapier's defaults otherwise (CCD of fast bodies against the
/// terrain on, contact softness and tolerances).
fn parameters(cfg: &SimConfig) -> IntegrationParameters {
    IntegrationParameters {
        dt: cfg.dt(),
        num_solver_iterations: cfg.rapier_substeps,
        num_internal_pgs_iterations: cfg.rapier_pgs_iterations,
        ..IntegrationParameters::default()
    }
}
