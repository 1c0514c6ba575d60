//! `SimConfig`: every physical constant of the simulation, a `[sim]` table in TOML.

use serde::{Deserialize, Serialize};

use super::terrain::TerrainKind;

/// Simulation settings (DESIGN §3). Every field is a TOML key under `[sim]`; a file names only
/// what it changes. The defaults and how each was chosen are in `docs/sim.md`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct SimConfig {
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
    /// A joint faster than this is unstable, m/s (default: 50).
    pub max_speed_m_s: f32,
    /// A spring shorter than this times its rest length is unstable (default: 0.05).
    pub min_stretch: f32,
    /// A spring longer than this times its rest length is unstable (default: 5.0).
    pub max_stretch: f32,
}

impl Default for SimConfig {
    fn default() -> Self {
        Self {
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
            max_speed_m_s: 50.0,
            min_stretch: 0.05,
            max_stretch: 5.0,
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
        let non_negative: [(&'static str, f32); 6] = [
            ("settle_s", self.settle_s),
            ("friction", self.friction),
            ("restitution", self.restitution),
            ("linear_damping", self.linear_damping),
            ("damping", self.damping),
            ("stroke_per_amplitude", self.stroke_per_amplitude),
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
