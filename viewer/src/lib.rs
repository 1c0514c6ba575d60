//! elmer-viewer: a Bevy app over an elmer run store (DESIGN §9).
//!
//! # Overview
//! [`ViewerPlugins`] holds one plugin per feature: [`heatmap::HeatmapPlugin`] (the archive grid,
//! hover and selection), [`replay::ReplayPlugin`] (the selected elite stepped by `elmer::sim`),
//! [`inspector::InspectorPlugin`] (program, lineage), [`live::LivePlugin`] (follows a run
//! being written) and [`screenshot::ScreenshotPlugin`] (`--screenshot FILE --frames N`). They
//! share the loaded run ([`run::RunData`]), the [`Selection`] and the [`Problem`] shown in the
//! window. [`app::build_app`] assembles them for a window or, in tests, for an image target.
//!
//! In: a run store opened read-only (it may be written meanwhile). Out: pixels; nothing is
//! ever written to the store.

pub mod app;
pub mod args;
pub mod colormap;
pub mod fps;
pub mod heatmap;
pub mod help;
pub mod inspector;
pub mod layout;
pub mod live;
pub mod problem;
pub mod replay;
pub mod run;
pub mod screenshot;
pub mod selection;

pub use app::{Output, ViewerPlugins, build_app};
pub use args::ViewerArgs;
pub use problem::Problem;
pub use selection::{InputSeen, Selection};
