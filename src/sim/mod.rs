//! The physics of DESIGN §3: a [`Walker`](crate::walker::Walker) in, an [`Outcome`] out.
//!
//! Entry points: [`evaluate`] for one walker, [`Evaluator`] to reuse buffers on a thread,
//! [`Evaluator::start`] for a [`Simulation`] stepped frame by frame (the viewer's replay),
//! [`Evaluator::evaluate_traced`] for joint positions over time. Settings live in
//! [`SimConfig`], the engine among them ([`SimEngine`]: elmer's own step or a rapier world; every
//! entry point uses the one the config names); terrains in [`Terrain`] / [`TerrainKind`].
//!
//! `sim` is pure: the same walker and config give a bit-identical `Outcome`, whatever thread
//! runs it. It never imports the sandbox, the store, the mutators or the evolution loop.

mod config;
mod elmer_step;
mod evaluator;
mod outcome;
mod placement;
mod rapier_step;
mod terrain;

pub use config::{SimConfig, SimConfigError, SimEngine, UnknownSimEngine};
pub use evaluator::{Evaluator, Simulation, Trace, evaluate};
pub use outcome::{Instability, Outcome};
pub use placement::PLACEMENT_GAP_M;
pub use terrain::{Piece, Terrain, TerrainKind, UnknownTerrain};
