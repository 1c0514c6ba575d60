//! `SimConfig`: every physical constant of the simulation, a `[sim]` table in TOML.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use super::terrain::TerrainKind;

/// The physics engine that steps the walker (docs/sim.md, "Engines").
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SimEngine {
    /// elmer's own step: implicit springs and speculative contacts, solved together.
    #[default]
    Elmer,
    /// A rapier2d world stepped by its `PhysicsPipeline`: spring joints and ball colliders.
    Rapier,
}

impl SimEngine {
    /// Both engines, elmer's first.
    pub const ALL: [SimEngine; 2] = [SimEngine::Elmer, SimEngine::Rapier];

    /// The stable name (`elmer`, `rapier`).
    pub fn name(self) -> &'static str {
        match self {
            SimEngine::Elmer => "elmer",
            SimEngine::Rapier => "rapier",
        }
    }
}

impl fmt::Display for SimEngine {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// An unknown engine name.
#[derive(Debug, thiserror::Error)]
#[error("unknown engine {0:?} (expected elmer or rapier)")]
pub struct UnknownSimEngine(pub String);

impl FromStr for SimEngine {
    type Err = UnknownSimEngine;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        SimEngine::ALL
            .into_iter()
            .find(|e| e.name() == s)
            .ok_or_else(|| UnknownSimEngine(s.to_string()))
    }
}

/// Simulation settings (DESIGN §3). Every field is a TOML key under `[sim]`; a file names only
/// what it changes. The defaults and how each was chosen are in `docs/sim.md`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct SimConfig {
    /// The physics engine; `--engine` on the command line (default: elmer).
    pub engine: SimEngine,
    /// Physics steps per second, Hz (default: 60).
    pub hz: f32,
    /// Seconds simulated before the horizon, muscles on; not scored (default: 2.0).
    pub settle_s: f32,
    /// Steps of the scored horizon; `--steps` on the command line (default: 1200 = 20 s).
    pub horizon: u32,
    /// Terrain walked on; `--terrain` on the command line (default: flat).
    pub terrain: TerrainKind,
    /// Seed of the bumpy terrain, a run-level constant (default: 0).
    pub terrain_seed: u64,
    /// Metres per program unit (default: 0.1).
    pub unit_m: f32,
    /// Radius of a joint's ball, metres (default: 0.05).
    pub joint_radius_m: f32,
    /// Mass of a joint, kg (default: 1.0).
    pub joint_mass_kg: f32,
    /// Friction coefficient of joints (default: 1.0).
    pub friction: f32,
    /// Restitution of joints (default: 0.1).
    pub restitution: f32,
    /// Linear damping of joints, 1/s (default: 0.1).
    pub linear_damping: f32,
    /// Spring stiffness, N/m; stable from 4e2 to 2e5 (default: 5000).
    pub stiffness: f32,
    /// Spring damping, N s/m (default: 50).
    pub damping: f32,
    /// Muscle frequency shared by all muscles, Hz (default: 1.0).
    pub muscle_hz: f32,
    /// Rest-length change per unit of amplitude: L = L0 (1 + k a sin(2 pi (f t + phase)))
    /// (default: 0.03, so amplitude 10 strokes +-30%).
    pub stroke_per_amplitude: f32,
    /// Downward gravity, m/s^2 (default: 9.81).
    pub gravity: f32,
    /// Gauss-Seidel sweeps per step of the solve of springs, contacts and friction
    /// (default: 8; rapier's 4 before the step was elmer's, see docs/sim.md).
    pub solver_iterations: usize,
    /// Substeps of each rapier step (rapier's `num_solver_iterations`), engine `rapier` only
    /// (default: 1; rapier's is 4; see docs/sim.md, "Engines").
    pub rapier_substeps: usize,
    /// Gauss-Seidel iterations per rapier substep (rapier's `num_internal_pgs_iterations`),
    /// engine `rapier` only (default: 4; rapier's is 1).
    pub rapier_pgs_iterations: usize,
    /// A joint faster than this is unstable, m/s (default: 50).
    pub max_speed_m_s: f32,
    /// A spring shorter than this times its rest length is unstable (default: 0.05).
    pub min_stretch: f32,
    /// A spring longer than this times its rest length is unstable (default: 5.0).
    pub max_stretch: f32,
    /// Absolute floor of the stretch bounds, metres: a spring within this of its rest length
    /// is never unstable, however short its rest length (default: 0.05, a joint's radius).
    pub stretch_floor_m: f32,
}

impl Default for SimConfig {
    fn default() -> Self {
        Self {
            engine: SimEngine::Elmer,
            hz: 60.0,
            settle_s: 2.0,
            horizon: 1200,
            terrain: TerrainKind::Flat,
            terrain_seed: 0,
            unit_m: 0.1,
            joint_radius_m: 0.05,
            joint_mass_kg: 1.0,
            friction: 1.0,
            restitution: 0.1,
            linear_damping: 0.1,
            stiffness: 5000.0,
            damping: 50.0,
            muscle_hz: 1.0,
            stroke_per_amplitude: 0.03,
            gravity: 9.81,
            solver_iterations: 8,
            rapier_substeps: 1,
            rapier_pgs_iterations: 4,
            max_speed_m_s: 50.0,
            min_stretch: 0.05,
            max_stretch: 5.0,
            stretch_floor_m: 0.05,
        }
    }
}

/// A `SimConfig` value out of range.
#[derive(Debug, thiserror::Error, PartialEq)]
#[error("sim.{field}: {message}, got {}", crate::number::Num(*value))]
pub struct SimConfigError {
    /// The TOML key under `[sim]`.
    pub field: &'static str,
    /// What is expected.
    pub message: &'static str,
    /// The value given.
    pub value: f64,
}

impl SimConfig {
    /// Number of settle steps: `settle_s * hz`, rounded.
    pub fn settle_steps(&self) -> u32 {
        (self.settle_s * self.hz).round() as u32
    }

    /// Seconds per step.
    pub fn dt(&self) -> f32 {
        1.0 / self.hz
    }

    /// `Some(length / rest)` when a spring of this length and rest length (metres) is out of
    /// bounds: outside `[min_stretch, max_stretch]` x its rest length and farther than
    /// `stretch_floor_m` from it (the floor keeps a spring shorter than a joint's ball from
    /// counting millimetres of jitter as a blow-up).
    pub fn out_of_stretch(&self, length: f32, rest: f32) -> Option<f32> {
        let ratio = length / rest;
        let out = !(self.min_stretch..=self.max_stretch).contains(&ratio)
            && (length - rest).abs() > self.stretch_floor_m;
        out.then_some(ratio)
    }

    /// Checks every field's range; the error names the key.
    pub fn validate(&self) -> Result<(), SimConfigError> {
        let positive: [(&'static str, f32); 9] = [
            ("hz", self.hz),
            ("unit_m", self.unit_m),
            ("joint_radius_m", self.joint_radius_m),
            ("joint_mass_kg", self.joint_mass_kg),
            ("stiffness", self.stiffness),
            ("muscle_hz", self.muscle_hz),
            ("max_speed_m_s", self.max_speed_m_s),
            ("min_stretch", self.min_stretch),
            ("max_stretch", self.max_stretch),
        ];
        for (field, v) in positive {
            if !(v.is_finite() && v > 0.0) {
                return Err(SimConfigError {
                    field,
                    message: "must be a finite number > 0",
                    value: v as f64,
                });
            }
        }
        let non_negative: [(&'static str, f32); 7] = [
            ("settle_s", self.settle_s),
            ("friction", self.friction),
            ("restitution", self.restitution),
            ("linear_damping", self.linear_damping),
            ("damping", self.damping),
            ("stroke_per_amplitude", self.stroke_per_amplitude),
            ("stretch_floor_m", self.stretch_floor_m),
        ];
        for (field, v) in non_negative {
            if !(v.is_finite() && v >= 0.0) {
                return Err(SimConfigError {
                    field,
                    message: "must be a finite number >= 0",
                    value: v as f64,
                });
            }
        }
        if !self.gravity.is_finite() {
            return Err(SimConfigError {
                field: "gravity",
                message: "must be finite",
                value: self.gravity as f64,
            });
        }
        if self.horizon == 0 {
            return Err(SimConfigError {
                field: "horizon",
                message: "must be > 0 (steps at `hz`; default 1200)",
                value: 0.0,
            });
        }
        if self.solver_iterations == 0 {
            return Err(SimConfigError {
                field: "solver_iterations",
                message: "must be >= 1 (default 8)",
                value: 0.0,
            });
        }
        for (field, v, message) in [
            (
                "rapier_substeps",
                self.rapier_substeps,
                "must be >= 1 (default 1)",
            ),
            (
                "rapier_pgs_iterations",
                self.rapier_pgs_iterations,
                "must be >= 1 (default 4)",
            ),
        ] {
            if v == 0 {
                return Err(SimConfigError {
                    field,
                    message,
                    value: 0.0,
                });
            }
        }
        if self.min_stretch >= self.max_stretch {
            return Err(SimConfigError {
                field: "min_stretch",
                message: "must be below sim.max_stretch",
                value: self.min_stretch as f64,
            });
        }
        Ok(())
    }
}
