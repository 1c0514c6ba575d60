//! [`ChildId`]: a child's (program's) id in its run.

use std::fmt;

use serde::{Deserialize, Serialize};

/// A child's id in its run: its evaluation index (the seed program is 0). Stored as the
/// integer in `children.id`, `parent_ids` and `elites.child_id`.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
#[serde(transparent)]
pub struct ChildId(pub u64);

impl ChildId {
    /// The seed program's id: evaluation 0.
    pub const SEED: ChildId = ChildId(0);

    /// The stored integer.
    pub const fn get(self) -> u64 {
        self.0
    }

    /// The id after this one.
    pub const fn next(self) -> ChildId {
        ChildId(self.0 + 1)
    }
}

impl fmt::Display for ChildId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}
