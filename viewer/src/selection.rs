//! [`Selection`]: the cell (and possibly a specific program) the user chose; [`Focus`]: the
//! program that choice means, replayed and inspected; [`InputSeen`]: when the first input
//! event was handled (for `--frames-after-input`).

use bevy::prelude::*;
use elmer::store::ChildRow;

use crate::app::Store;
use crate::problem::Problem;
use crate::run::RunData;

/// The selected cell, `[height, width, mass]` bin indices, and optionally one program in it.
///
/// The heatmap (click, arrows) and `--cell` select a cell, meaning its current elite; the
/// inspector's lineage links select a program by id (a parent may since have lost its cell).
#[derive(Resource, Default, Debug, Clone, Copy, PartialEq, Eq)]
pub struct Selection {
    /// The cell.
    pub cell: Option<[usize; 3]>,
    /// A specific child, when not the cell's elite (a jump to an ancestor).
    pub child: Option<elmer::qd::ChildId>,
}

impl Selection {
    /// Selects `cell`'s elite.
    pub fn select_cell(&mut self, cell: [usize; 3]) {
        if self.cell != Some(cell) || self.child.is_some() {
            self.cell = Some(cell);
            self.child = None;
        }
    }
}

/// The program the selection means: the cell's elite, or the child jumped to.
#[derive(Resource, Default, Debug, Clone)]
pub struct Focus {
    /// Its row; `None` for an empty cell or no selection.
    pub child: Option<ChildRow>,
}

impl Focus {
    /// The focused child's id.
    pub fn id(&self) -> Option<elmer::qd::ChildId> {
        self.child.as_ref().map(|c| c.id)
    }
}

/// The frame at which a system first handled a user input event (key or click), if any.
#[derive(Resource, Default, Debug, Clone, Copy)]
pub struct InputSeen {
    /// The frame count at that moment.
    pub first_frame: Option<u64>,
}

impl InputSeen {
    /// Records that input was handled now (only the first call counts).
    pub fn mark(&mut self, frame: u64) {
        if self.first_frame.is_none() {
            self.first_frame = Some(frame);
        }
    }
}

/// Frames updated since start (the viewer's own counter, so it does not depend on a plugin).
#[derive(Resource, Default, Debug, Clone, Copy)]
pub struct Frame(pub u64);

/// System sets ordering the features within `Update`.
#[derive(SystemSet, Debug, Clone, PartialEq, Eq, Hash)]
pub enum ViewerSet {
    /// Input handling: may change the selection.
    Input,
    /// [`Focus`] follows the selection and the run.
    Focus,
    /// Everything drawn from the state.
    Show,
}

/// Registers the shared selection state.
pub fn plugin(app: &mut App) {
    app.init_resource::<Selection>()
        .init_resource::<Focus>()
        .init_resource::<InputSeen>()
        .init_resource::<Frame>()
        .configure_sets(
            Update,
            (ViewerSet::Input, ViewerSet::Focus, ViewerSet::Show).chain(),
        )
        .add_systems(First, |mut f: ResMut<Frame>| f.0 += 1)
        .add_systems(Update, focus.in_set(ViewerSet::Focus));
}

/// Recomputes [`Focus`] when the selection or the run changed (assigning only on a change of
/// program, so its change detection means "another program").
fn focus(
    selection: Res<Selection>,
    run: Option<Res<RunData>>,
    store: Option<Res<Store>>,
    mut focus: ResMut<Focus>,
    mut problem: ResMut<Problem>,
) {
    let run_changed = run.as_ref().is_some_and(|r| r.is_changed());
    if !(selection.is_changed() || run_changed) {
        return;
    }
    let child = match (selection.child, selection.cell, &run) {
        (Some(id), _, _) => match store.as_ref().map(|s| s.0.lock()) {
            Some(Ok(store)) => match store.child(id) {
                Ok(child) => child,
                Err(e) => {
                    problem.report(format!("child {id}: {e}"));
                    None
                }
            },
            _ => None,
        },
        (None, Some(cell), Some(run)) => run.elites.get(&cell).cloned(),
        _ => None,
    };
    let same = match (&focus.child, &child) {
        (Some(a), Some(b)) => {
            a.id == b.id && a.fitness.map(f64::to_bits) == b.fitness.map(f64::to_bits)
        }
        (None, None) => true,
        _ => false,
    };
    if !same {
        focus.child = child;
    }
}
