//! `Placement`: a walker set on its terrain in metres, what both engines start from; and the
//! muscles' wave, which both engines drive the same way.

use rapier2d::prelude::Vector;

use super::config::SimConfig;
use super::terrain::{Piece, Terrain};
use crate::walker::Walker;

/// Gap between the lowest joint's ball and the highest ground point under the walker, metres.
pub const PLACEMENT_GAP_M: f32 = 0.01;

/// One spring: its joints and rest length L0, metres.
#[derive(Clone, Copy, Debug)]
pub(super) struct SpringRow {
    pub a: usize,
    pub b: usize,
    pub rest: f32,
}

/// One muscle's row: which spring, and its wave.
#[derive(Clone, Copy, Debug)]
pub(super) struct MuscleRow {
    pub spring: usize,
    /// k * amplitude, precomputed.
    pub stroke: f32,
    /// sin and cos of the phase (radians): the wave is `sin(w t) cos(phase) + cos(w t)
    /// sin(phase)`, so a step costs two `libm` calls whatever the number of muscles.
    pub sin_phase: f64,
    pub cos_phase: f64,
}

impl MuscleRow {
    /// The rest length this step, metres: `L0 (1 + k a sin(2 pi (f t + phase)))`, from the
    /// step's [`wave`].
    pub fn target(&self, rest: f32, (sin_wt, cos_wt): (f64, f64)) -> f32 {
        let wave = (sin_wt * self.cos_phase + cos_wt * self.sin_phase) as f32;
        rest * (1.0 + self.stroke * wave)
    }
}

/// `sin(w t)` and `cos(w t)` at `step`, `t` counted from the start of settling.
pub(super) fn wave(cfg: &SimConfig, step: u32) -> (f64, f64) {
    let wt = std::f64::consts::TAU * cfg.muscle_hz as f64 * (step as f64 * cfg.dt() as f64);
    (libm::sin(wt), libm::cos(wt))
}

/// A walker placed on its terrain: joints, springs, muscles and the terrain pieces around it.
/// Refilled for each walker (its buffers are reused).
#[derive(Default)]
pub(super) struct Placement {
    /// Joint positions as placed, metres.
    pub pos: Vec<Vector>,
    pub springs: Vec<SpringRow>,
    pub muscles: Vec<MuscleRow>,
    /// The terrain pieces around the walker.
    pub pieces: Vec<Piece>,
}

impl Placement {
    /// Places `walker` on `cfg.terrain`: bounding-box centre at x = 0, lowest ball
    /// [`PLACEMENT_GAP_M`] above the highest ground point under it.
    pub fn place(&mut self, walker: &Walker, cfg: &SimConfig) {
        let terrain = Terrain::new(cfg.terrain, cfg.terrain_seed);
        let u = cfg.unit_m;
        let (x0, y0, x1, _) = walker.bounds();
        let (x0, y0, x1) = (x0 as f32 * u, y0 as f32 * u, x1 as f32 * u);
        let cx = (x0 + x1) / 2.0;
        let (left, right) = (x0 - cx, x1 - cx);
        let r = cfg.joint_radius_m;
        let lift = terrain.ground_top(left - r, right + r) + r + PLACEMENT_GAP_M - y0;

        self.pieces.clear();
        self.pieces.extend(terrain.pieces(left, right));
        self.pos.clear();
        for j in walker.joints() {
            self.pos
                .push(Vector::new(j.x as f32 * u - cx, j.y as f32 * u + lift));
        }
        self.springs.clear();
        self.muscles.clear();
        for s in walker.springs() {
            let rest = walker.rest_length(s) as f32 * u;
            if s.is_muscle() {
                let phase = std::f64::consts::TAU * s.phase;
                self.muscles.push(MuscleRow {
                    spring: self.springs.len(),
                    stroke: cfg.stroke_per_amplitude * s.amplitude as f32,
                    sin_phase: libm::sin(phase),
                    cos_phase: libm::cos(phase),
                });
            }
            self.springs.push(SpringRow {
                a: s.a,
                b: s.b,
                rest,
            });
        }
    }

    /// Whether the walker has a muscle (a walker without one may fall asleep).
    pub fn muscled(&self) -> bool {
        !self.muscles.is_empty()
    }
}
