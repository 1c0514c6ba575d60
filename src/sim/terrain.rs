//! The five terrains of DESIGN §3, in metres, generated from `sim.terrain_seed`.
//!
//! Every piece of ground is at least 1 m thick. Shapes are built once per (terrain, seed) and
//! shared between worlds through `SharedShape`'s `Arc`, so a new world costs no terrain work.

use std::fmt;
use std::str::FromStr;
use std::sync::{Arc, Mutex, OnceLock};

use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use rapier2d::prelude::*;
use serde::{Deserialize, Serialize};

/// Half the length of every terrain; far beyond what a walker covers in a horizon.
pub const HALF_LENGTH_M: f32 = 500.0;
/// Thickness of ground, ceilings and walls.
pub const THICKNESS_M: f32 = 1.0;
/// Bumps are laid on [-BUMPY_HALF_SPAN_M, BUMPY_HALF_SPAN_M]; flat beyond.
pub const BUMPY_HALF_SPAN_M: f32 = 100.0;
/// Sample spacing of the bumpy heightfield.
const BUMP_SAMPLE_M: f32 = 0.02;
/// Height of the tunnel's ceiling above the ground.
pub const TUNNEL_CLEARANCE_M: f32 = 0.6;
/// The tunnel's open middle: the ceiling covers |x| >= this.
pub const TUNNEL_OPEN_HALF_WIDTH_M: f32 = 1.5;
/// Gap between the walker's bounding box and a wall's face.
pub const WALL_GAP_M: f32 = 0.5;
/// Height of the walls.
pub const WALL_HEIGHT_M: f32 = 1000.0;

/// A terrain name, as used on the command line, in TOML and in stored runs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum TerrainKind {
    /// Ground at y = 0.
    Flat,
    /// Ground with bumps 2-6 cm high every 0.2-0.5 m, placed from the terrain seed.
    Bumpy,
    /// Ground plus a ceiling 0.6 m above it wherever |x| >= 1.5 m.
    Tunnel,
    /// Ground plus a 1000 m wall whose face is 0.5 m left of the walker's bounding box.
    LeftWall,
    /// The mirror image of `left-wall`.
    RightWall,
}

impl TerrainKind {
    /// All terrains, in the order of DESIGN §3.
    pub const ALL: [TerrainKind; 5] = [
        TerrainKind::Flat,
        TerrainKind::Bumpy,
        TerrainKind::Tunnel,
        TerrainKind::LeftWall,
        TerrainKind::RightWall,
    ];

    /// The stable name (`flat`, `bumpy`, `tunnel`, `left-wall`, `right-wall`).
    pub fn name(self) -> &'static str {
        match self {
            TerrainKind::Flat => "flat",
            TerrainKind::Bumpy => "bumpy",
            TerrainKind::Tunnel => "tunnel",
            TerrainKind::LeftWall => "left-wall",
            TerrainKind::RightWall => "right-wall",
        }
    }
}

impl fmt::Display for TerrainKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// An unknown terrain name.
#[derive(Debug, thiserror::Error)]
#[error("unknown terrain {0:?} (expected one of: flat, bumpy, tunnel, left-wall, right-wall)")]
pub struct UnknownTerrain(pub String);

impl FromStr for TerrainKind {
    type Err = UnknownTerrain;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        TerrainKind::ALL
            .into_iter()
            .find(|t| t.name() == s)
            .ok_or_else(|| UnknownTerrain(s.to_string()))
    }
}

/// One static piece of terrain: a shape at a position.
#[derive(Clone)]
pub struct Piece {
    /// The shape (shared, cheap to clone).
    pub shape: SharedShape,
    /// Centre of the shape, metres.
    pub at: Vector,
}

/// A terrain's geometry for one walker: the shared ground plus walls placed from its bounds.
#[derive(Clone)]
pub struct Terrain {
    kind: TerrainKind,
    ground: Arc<Ground>,
}

/// A built ground, keyed by terrain and seed.
type CachedGround = (TerrainKind, u64, Arc<Ground>);

/// The part of a terrain that does not depend on the walker.
struct Ground {
    pieces: Vec<Piece>,
    /// Bump heights sampled every `BUMP_SAMPLE_M` from `-BUMPY_HALF_SPAN_M` (bumpy only).
    profile: Vec<f32>,
}

impl Terrain {
    /// The terrain `kind` generated from `seed` (only `bumpy` uses the seed).
    pub fn new(kind: TerrainKind, seed: u64) -> Terrain {
        static CACHE: OnceLock<Mutex<Vec<CachedGround>>> = OnceLock::new();
        let cache = CACHE.get_or_init(Default::default);
        let mut cache = cache.lock().unwrap_or_else(|e| e.into_inner());
        // Only bumpy depends on the seed; share the others across seeds.
        let seed = if kind == TerrainKind::Bumpy { seed } else { 0 };
        if let Some((_, _, g)) = cache.iter().find(|(k, s, _)| *k == kind && *s == seed) {
            return Terrain {
                kind,
                ground: g.clone(),
            };
        }
        let ground = Arc::new(Ground::build(kind, seed));
        cache.push((kind, seed, ground.clone()));
        Terrain { kind, ground }
    }

    /// Flat ground.
    pub fn flat() -> Terrain {
        Terrain::new(TerrainKind::Flat, 0)
    }

    /// Bumpy ground from a seed.
    pub fn bumpy(seed: u64) -> Terrain {
        Terrain::new(TerrainKind::Bumpy, seed)
    }

    /// Which terrain this is.
    pub fn kind(&self) -> TerrainKind {
        self.kind
    }

    /// Highest ground surface (not ceilings or walls) over x in [x0, x1], metres.
    pub fn ground_top(&self, x0: f32, x1: f32) -> f32 {
        let p = &self.ground.profile;
        if p.is_empty() {
            return 0.0;
        }
        let to_i = |x: f32| ((x + BUMPY_HALF_SPAN_M) / BUMP_SAMPLE_M).floor();
        let lo = to_i(x0).max(0.0) as usize;
        let hi = (to_i(x1) + 1.0).min((p.len() - 1) as f32) as usize;
        p.get(lo..=hi.max(lo))
            .map(|s| s.iter().copied().fold(0.0, f32::max))
            .unwrap_or(0.0)
    }

    /// Every static piece for a walker whose bounding box spans [x0, x1] metres (walls are placed
    /// from it).
    pub fn pieces(&self, x0: f32, x1: f32) -> Vec<Piece> {
        let mut out = self.ground.pieces.clone();
        let half_t = THICKNESS_M / 2.0;
        let wall = SharedShape::cuboid(half_t, WALL_HEIGHT_M / 2.0);
        match self.kind {
            TerrainKind::LeftWall => out.push(Piece {
                shape: wall,
                at: Vector::new(x0 - WALL_GAP_M - half_t, WALL_HEIGHT_M / 2.0),
            }),
            TerrainKind::RightWall => out.push(Piece {
                shape: wall,
                at: Vector::new(x1 + WALL_GAP_M + half_t, WALL_HEIGHT_M / 2.0),
            }),
            _ => {}
        }
        out
    }
}

impl Ground {
    fn build(kind: TerrainKind, seed: u64) -> Ground {
        let half_t = THICKNESS_M / 2.0;
        let mut pieces = vec![Piece {
            shape: SharedShape::cuboid(HALF_LENGTH_M, half_t),
            at: Vector::new(0.0, -half_t),
        }];
        let mut profile = Vec::new();
        match kind {
            TerrainKind::Bumpy => {
                profile = bump_profile(seed);
                // The heightfield lies on the ground slab, so anything slipping through a bump
                // still lands on 1 m of ground.
                let width = 2.0 * BUMPY_HALF_SPAN_M;
                pieces.push(Piece {
                    shape: SharedShape::heightfield(profile.clone(), Vector::new(width, 1.0)),
                    at: Vector::new(0.0, 0.0),
                });
            }
            TerrainKind::Tunnel => {
                let len = HALF_LENGTH_M - TUNNEL_OPEN_HALF_WIDTH_M;
                let y = TUNNEL_CLEARANCE_M + half_t;
                let x = TUNNEL_OPEN_HALF_WIDTH_M + len / 2.0;
                for sign in [-1.0, 1.0] {
                    pieces.push(Piece {
                        shape: SharedShape::cuboid(len / 2.0, half_t),
                        at: Vector::new(sign * x, y),
                    });
                }
            }
            TerrainKind::Flat | TerrainKind::LeftWall | TerrainKind::RightWall => {}
        }
        Ground { pieces, profile }
    }
}

/// Heights of the bumpy terrain: cosine humps 2-6 cm high and 8-16 cm wide, spaced 0.2-0.5 m.
fn bump_profile(seed: u64) -> Vec<f32> {
    let n = (2.0 * BUMPY_HALF_SPAN_M / BUMP_SAMPLE_M).round() as usize + 1;
    let mut heights = vec![0.0f32; n];
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let mut x = -BUMPY_HALF_SPAN_M + rng.random_range(0.0..0.5f32);
    while x < BUMPY_HALF_SPAN_M {
        let h = rng.random_range(0.02..=0.06f32);
        let w = rng.random_range(0.08..=0.16f32);
        let first = ((x - w / 2.0 + BUMPY_HALF_SPAN_M) / BUMP_SAMPLE_M)
            .ceil()
            .max(0.0) as usize;
        let last = ((x + w / 2.0 + BUMPY_HALF_SPAN_M) / BUMP_SAMPLE_M).floor() as usize;
        for (i, height) in heights
            .iter_mut()
            .enumerate()
            .take(last.min(n - 1) + 1)
            .skip(first)
        {
            let xi = -BUMPY_HALF_SPAN_M + i as f32 * BUMP_SAMPLE_M;
            let u = (xi - x) / (w / 2.0);
            let hump = h * 0.5 * (1.0 + libm::cosf(std::f32::consts::PI * u.clamp(-1.0, 1.0)));
            *height = height.max(hump);
        }
        x += rng.random_range(0.2..=0.5f32);
    }
    heights
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip() {
        for t in TerrainKind::ALL {
            assert_eq!(t.name().parse::<TerrainKind>().unwrap(), t);
        }
        assert!("moon".parse::<TerrainKind>().is_err());
    }

    #[test]
    fn bumps_are_within_spec_and_seeded() {
        let p = bump_profile(7);
        let max = p.iter().copied().fold(0.0, f32::max);
        assert!((0.02..=0.06).contains(&max), "{max}");
        assert_eq!(p, bump_profile(7));
        assert_ne!(p, bump_profile(8));
        // Count humps: rising edges from zero.
        let humps = p.windows(2).filter(|w| w[0] == 0.0 && w[1] > 0.0).count();
        let span = 2.0 * BUMPY_HALF_SPAN_M;
        assert!(
            humps as f32 >= span / 0.5 - 5.0 && humps as f32 <= span / 0.2 + 5.0,
            "{humps}"
        );
    }

    #[test]
    fn ground_top_sees_bumps_only_on_bumpy() {
        assert_eq!(Terrain::flat().ground_top(-1.0, 1.0), 0.0);
        let t = Terrain::bumpy(0);
        let top = t.ground_top(-1.0, 1.0);
        assert!((0.02..=0.06).contains(&top), "{top}");
    }
}
