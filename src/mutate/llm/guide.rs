//! Archive-aware prompts (issue 19): which other elites a chat prompt shows beside the parent
//! (the best one, then ones from distant regions of the grid), which empty cell next to the
//! parent's it names as the target, and the user message that says both in words.
//!
//! Everything here is a pure function of the archive, the parent and the child's seed: the
//! run's RNG is not touched, so adding a guided operator changes no other operator's draws.

use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use serde::{Deserialize, Serialize};

use crate::mutate::Parent;
use crate::qd::{Archive, CellIndex, GridConfig};

/// Which user message a `chat` operator sends (`prompt` in its table).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum PromptStyle {
    /// The parent, context elites and a target cell (the default).
    Archive,
    /// The parent alone, as before issue 19.
    Plain,
}

/// Why a context elite is in the prompt.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    /// The fittest elite other than the parent.
    Best,
    /// The elite farthest (in normalised bin coordinates) from the parent and the ones chosen
    /// before it.
    Distant,
}

/// An empty cell next to the parent's: one bin up or down on one axis.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Target {
    /// The cell.
    pub cell: CellIndex,
    /// The axis: 0 height, 1 width, 2 mass.
    pub axis: usize,
    /// One bin up (taller, wider, heavier) or down.
    pub up: bool,
}

/// What the engine hands an archive-aware operator beside its parent.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Guide {
    /// Other elites to show, with why each is there.
    pub context: Vec<(Role, Parent)>,
    /// The empty neighbouring cell to aim for, if the parent has one.
    pub target: Option<Target>,
    /// Whether the prompt names `target`; if not, it is the control the hit rate of named
    /// targets is compared against (`llm:chat+untargeted`).
    pub names_target: bool,
    /// The grid the cells belong to (bin ranges for the words).
    pub grid: GridConfig,
}

/// The cells of up to `k` context elites for a parent in `parent`: the fittest other elite
/// first (ties: the lowest cell), then each next one the elite whose nearest distance to the
/// parent and the cells already chosen is largest (ties: the lowest cell).
pub fn context_cells(archive: &Archive, parent: CellIndex, k: usize) -> Vec<(Role, CellIndex)> {
    let grid = archive.grid();
    let mut candidates: Vec<(CellIndex, f64)> = archive
        .iter()
        .filter(|(c, _)| *c != parent)
        .map(|(c, e)| (c, e.fitness))
        .collect();
    candidates.sort_by_key(|c| c.0);
    let mut chosen: Vec<(Role, CellIndex)> = Vec::new();
    if k == 0 {
        return chosen;
    }
    let best = candidates
        .iter()
        .fold(None::<(CellIndex, f64)>, |acc, &(c, f)| match acc {
            Some((_, bf)) if bf >= f => acc,
            _ => Some((c, f)),
        });
    let Some((best, _)) = best else {
        return chosen;
    };
    chosen.push((Role::Best, best));
    while chosen.len() < k {
        let far = candidates
            .iter()
            .filter(|(c, _)| chosen.iter().all(|(_, x)| x != c))
            .map(|&(c, _)| {
                let near = std::iter::once(parent)
                    .chain(chosen.iter().map(|x| x.1))
                    .map(|x| distance(grid, c, x))
                    .fold(f64::INFINITY, f64::min);
                (c, near)
            })
            .fold(None::<(CellIndex, f64)>, |acc, (c, d)| match acc {
                Some((_, bd)) if bd >= d => acc,
                _ => Some((c, d)),
            });
        match far {
            Some((c, _)) => chosen.push((Role::Distant, c)),
            None => break,
        }
    }
    chosen
}

/// Squared distance between two cells, each axis scaled to [0, 1] by its bins.
fn distance(grid: &GridConfig, a: CellIndex, b: CellIndex) -> f64 {
    let (a, b) = (a.coords(), b.coords());
    (0..3)
        .map(|i| {
            let d = (a[i] as f64 - b[i] as f64) / grid.bins[i] as f64;
            d * d
        })
        .sum()
}

/// The empty cells next to `parent` (one bin up or down on one axis, inside the grid), in the
/// order height up, height down, width up, ..., mass down.
pub fn empty_neighbours(archive: &Archive, parent: CellIndex) -> Vec<Target> {
    let grid = archive.grid();
    let coords = parent.coords();
    let mut out = Vec::new();
    for axis in 0..3 {
        for up in [true, false] {
            let mut c = coords;
            match (up, c[axis]) {
                (true, v) if v + 1 < grid.bins[axis] => c[axis] = v + 1,
                (false, v) if v > 0 => c[axis] = v - 1,
                _ => continue,
            }
            let Ok(cell) = CellIndex::from_coords(c, grid) else {
                continue;
            };
            if archive.elite(cell).is_none() {
                out.push(Target { cell, axis, up });
            }
        }
    }
    out
}

/// One of the empty neighbours of `parent`, drawn from the child's `seed`; `None` when every
/// neighbour is filled (or outside the grid).
pub fn target(archive: &Archive, parent: CellIndex, seed: u64) -> Option<Target> {
    let all = empty_neighbours(archive, parent);
    if all.is_empty() {
        return None;
    }
    let mut rng = ChaCha8Rng::seed_from_u64(seed ^ 0x7461_7267_6574);
    Some(all[rng.random_range(0..all.len())])
}

/// The axes' names, in coordinate order.
const AXES: [&str; 3] = ["height", "width", "mass"];

/// The word for one bin up and one bin down on each axis.
const WORDS: [[&str; 2]; 3] = [
    ["taller", "shorter"],
    ["wider", "narrower"],
    ["heavier", "lighter"],
];

/// What each descriptor measures, in the prompt's words.
const MEANINGS: [&str; 3] = [
    "the height is the highest joint's y minus the lowest joint's y, in units of 0.1 m",
    "the width is the rightmost joint's x minus the leftmost joint's x, in units of 0.1 m",
    "the mass is 1 per joint plus half the summed rest lengths of the springs",
];

/// The values of bin `b` on `axis`, in words: "from 6.7 to 8.3", "below 1.7", "8.3 or more".
pub fn bin_range(grid: &GridConfig, axis: usize, b: usize) -> String {
    let [lo, hi] = grid.ranges()[axis];
    let n = grid.bins[axis];
    let width = (hi - lo) / n as f64;
    let (from, to) = (lo + width * b as f64, lo + width * (b + 1) as f64);
    if n == 1 {
        "any value".into()
    } else if b == 0 {
        format!("below {to:.1}")
    } else if b + 1 == n {
        format!("{from:.1} or more")
    } else {
        format!("from {from:.1} to {to:.1}")
    }
}

/// The request naming `target` for a parent in `parent`.
pub fn target_request(grid: &GridConfig, parent: CellIndex, target: &Target) -> String {
    let a = target.axis;
    let (p, t) = (parent.coords(), target.cell.coords());
    let word = WORDS[a][usize::from(!target.up)];
    format!(
        "Change make_walker so that the walker becomes {word}: its {axis} is in bin {} ({}); \
bring it to bin {} ({}), so that it fills the empty archive cell ({}, {}, {}). Here {}. Keep \
the other two measures about the same, keep the walker travelling far, and keep the program \
valid.",
        p[a],
        bin_range(grid, a, p[a]),
        t[a],
        bin_range(grid, a, t[a]),
        t[0],
        t[1],
        t[2],
        MEANINGS[a],
        axis = AXES[a],
    )
}

/// The archive-aware user message: the parent with its fitness and cell, the context elites
/// with theirs, and the request: the target cell in words, or (no empty neighbour) to travel
/// farther.
pub fn user_prompt(parent: &Parent, guide: &Guide) -> String {
    let c = parent.cell.coords();
    let mut out = format!(
        "Here is a walker program. Its walker travelled {:.3} m; its archive cell (height, width, \
mass bins) is ({}, {}, {}).\n\n```python\n{}\n```\n",
        parent.fitness,
        c[0],
        c[1],
        c[2],
        parent.source.trim_end()
    );
    if !guide.context.is_empty() {
        out.push_str("\nOther walkers in the archive, for ideas:\n");
    }
    for (role, p) in &guide.context {
        let c = p.cell.coords();
        let who = match role {
            Role::Best => "The best other walker",
            Role::Distant => "A walker from a distant part of the archive",
        };
        out.push_str(&format!(
            "\n{who} travelled {:.3} m; its cell is ({}, {}, {}).\n\n```python\n{}\n```\n",
            p.fitness,
            c[0],
            c[1],
            c[2],
            p.source.trim_end()
        ));
    }
    out.push('\n');
    match guide.target.filter(|_| guide.names_target) {
        Some(t) => out.push_str(&target_request(&guide.grid, parent.cell, &t)),
        None => out.push_str(super::chat::FARTHER),
    }
    out
}

/// The guide for a child of `parent` drawn with `seed`: up to `k` context elites (their
/// programs from `program_in`) and a target cell, named in the prompt if `names_target`.
pub fn build(
    archive: &Archive,
    parent: &Parent,
    k: usize,
    names_target: bool,
    seed: u64,
    program_in: impl Fn(CellIndex) -> Option<Parent>,
) -> Guide {
    Guide {
        context: context_cells(archive, parent.cell, k)
            .into_iter()
            .filter_map(|(role, cell)| Some((role, program_in(cell)?)))
            .collect(),
        target: target(archive, parent.cell, seed),
        names_target,
        grid: archive.grid().clone(),
    }
}
