//! Quality-diversity bookkeeping: the MAP-Elites grid, archive, statuses and counters (DESIGN §4).
//!
//! # Overview
//! - [`GridConfig`] (`[grid]` in the run config) splits descriptor space into cells;
//!   [`GridConfig::cell_of`] maps a walker's [`Descriptors`](crate::walker::Descriptors) to a
//!   [`CellIndex`], clamping out-of-range values to the edge cells.
//! - [`Archive`] keeps one [`Elite`] (program id, fitness) per cell: [`Archive::insert`] returns
//!   an [`Insert`], [`Archive::select`] draws a filled cell uniformly, [`Archive::stats`] gives
//!   the pyribs metrics ([`ArchiveStats`]), [`Archive::hash`] the reproducibility hash.
//! - [`Status`] is the canonical outcome of one evaluation; [`Counters`] tallies statuses and
//!   insertions per operator and gives the paper's `diff_valid_rate` and `runnable_rate`.
//!
//! In: descriptors, program ids, fitness, statuses. Out: cells, insertion outcomes, stats,
//! selected parents. No I/O and no clock: randomness comes from the caller's RNG.

mod archive;
mod grid;
mod id;
mod metrics;
mod status;
mod summary;

pub use archive::{Archive, ArchiveError, ArchiveStats, Elite};
pub use grid::{
    CellIndex, DEFAULT_BINS, DEFAULT_HEIGHT_RANGE, DEFAULT_MASS_RANGE, DEFAULT_WIDTH_RANGE,
    GridConfig, GridError, MAX_BINS_PER_AXIS, MAX_CELLS,
};
pub use id::ChildId;
pub use metrics::{CounterKey, Counters, InsertCounts, OperatorCounts, StatusCounts};
pub use status::{Failure, Insert, ParseNameError, Status};
pub use summary::{GroupSummary, Summary, Table};
