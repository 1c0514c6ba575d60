//! `Outcome`: what one simulation says about a walker: a score or an instability, never both.

use serde::{Deserialize, Serialize};

use super::terrain::TerrainKind;

/// The result of simulating one walker. Bit-identical across runs and thread counts for the
/// same walker and `SimConfig`; timings are measured around it, never stored in it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "status", rename_all = "snake_case")]
pub enum Outcome {
    /// The walker stayed stable for the whole horizon.
    Ok {
        /// |dx|, metres: the paper's distance.
        fitness: f64,
        /// Signed x displacement of the centre of mass over the horizon, metres.
        dx: f64,
        /// Steps run (settle + horizon).
        steps: u32,
        /// The terrain.
        terrain: TerrainKind,
    },
    /// The simulation blew up; no score.
    Unstable {
        /// What went wrong.
        reason: Instability,
        /// Steps run before it was detected (the failing step included).
        steps: u32,
        /// The terrain.
        terrain: TerrainKind,
    },
}

/// Why a simulation was declared unstable (DESIGN §3).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Instability {
    /// A joint's position or velocity became NaN or infinite.
    NotFinite {
        /// The joint.
        joint: usize,
    },
    /// A joint moved faster than `sim.max_speed_m_s`.
    TooFast {
        /// The joint.
        joint: usize,
        /// Its speed, m/s.
        speed: f32,
    },
    /// A spring's length left [`min_stretch`, `max_stretch`] x its rest length.
    Overstretched {
        /// The spring.
        spring: usize,
        /// Its length divided by its rest length.
        ratio: f32,
    },
}

impl std::fmt::Display for Instability {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Instability::NotFinite { joint } => write!(f, "joint {joint} is not finite"),
            Instability::TooFast { joint, speed } => {
                write!(f, "joint {joint} moves at {speed} m/s")
            }
            Instability::Overstretched { spring, ratio } => {
                write!(f, "spring {spring} is at {ratio} x its rest length")
            }
        }
    }
}

impl Outcome {
    /// The score, if stable.
    pub fn fitness(&self) -> Option<f64> {
        match self {
            Outcome::Ok { fitness, .. } => Some(*fitness),
            Outcome::Unstable { .. } => None,
        }
    }

    /// Signed displacement, if stable.
    pub fn dx(&self) -> Option<f64> {
        match self {
            Outcome::Ok { dx, .. } => Some(*dx),
            Outcome::Unstable { .. } => None,
        }
    }

    /// Steps run.
    pub fn steps(&self) -> u32 {
        match self {
            Outcome::Ok { steps, .. } | Outcome::Unstable { steps, .. } => *steps,
        }
    }

    /// The terrain simulated on.
    pub fn terrain(&self) -> TerrainKind {
        match self {
            Outcome::Ok { terrain, .. } | Outcome::Unstable { terrain, .. } => *terrain,
        }
    }
}
