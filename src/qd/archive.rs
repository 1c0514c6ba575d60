//! The MAP-Elites archive: one elite per cell, stats kept per insertion, uniform selection.

use rand::Rng;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use thiserror::Error;

use super::grid::{CellIndex, GridConfig, GridError};
use super::id::ChildId;
use super::status::Insert;

/// The best program found so far in a cell.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Elite {
    /// The program's id in the run's store.
    pub id: ChildId,
    /// Its fitness (distance travelled; always finite).
    pub fitness: f64,
}

/// Archive metrics with pyribs' names (DESIGN §4), kept up to date on every insertion.
///
/// For an empty archive `obj_max` and `obj_mean` are `None` (JSON `null`), as in pyribs: fitness
/// can be negative, so no number stands for "no elite".
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ArchiveStats {
    /// Number of filled cells.
    pub num_elites: usize,
    /// Share of cells filled: `num_elites / num_cells`, in [0, 1].
    pub coverage: f64,
    /// Sum of the elites' fitness.
    pub qd_score: f64,
    /// `qd_score / num_cells`.
    pub norm_qd_score: f64,
    /// Highest elite fitness; `None` when empty.
    pub obj_max: Option<f64>,
    /// Mean elite fitness, `qd_score / num_elites`; `None` when empty.
    pub obj_mean: Option<f64>,
}

/// A grid archive: at most one [`Elite`] per cell of a [`GridConfig`] (DESIGN §4).
///
/// A child replaces a cell's elite only if strictly fitter; a non-finite fitness never enters.
/// [`Archive::stats`] is updated per insertion (pyribs' `_stats_update`), not recomputed, so it
/// may differ in the last bits from a sum over [`Archive::iter`]. [`Archive::select`] draws a
/// filled cell uniformly in O(1).
///
/// ```
/// use elmer::qd::{Archive, ChildId, GridConfig, Insert};
/// use elmer::walker::Descriptors;
/// use rand::SeedableRng;
///
/// let mut archive = Archive::new(GridConfig::default())?;
/// let cell = archive.grid().cell_of(&Descriptors { height: 10.0, width: 20.0, mass: 50.0 });
/// assert_eq!(archive.insert(cell, ChildId(0), 1.5), Insert::New);
/// assert_eq!(archive.insert(cell, ChildId(1), 1.5), Insert::Rejected); // not strictly fitter
/// assert_eq!(archive.insert(cell, ChildId(2), 2.0), Insert::Improved);
/// assert_eq!(archive.elite(cell).map(|e| e.id), Some(ChildId(2)));
/// assert_eq!(archive.stats().qd_score, 2.0);
///
/// let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(7);
/// assert_eq!(archive.select(&mut rng), Some(cell));
/// # Ok::<(), elmer::qd::GridError>(())
/// ```
#[derive(Clone, Debug, PartialEq)]
pub struct Archive {
    grid: GridConfig,
    /// Dense, in row-major cell order.
    cells: Vec<Option<Elite>>,
    /// The filled cells, sorted, so selection depends only on which cells are filled (an archive
    /// rebuilt on resume selects exactly as the one it was saved from).
    filled: Vec<CellIndex>,
    stats: ArchiveStats,
}

impl Archive {
    /// An empty archive over `grid`, which must be valid.
    pub fn new(grid: GridConfig) -> Result<Archive, GridError> {
        grid.validate()?;
        Ok(Archive {
            cells: vec![None; grid.num_cells()],
            grid,
            filled: Vec::new(),
            stats: ArchiveStats::default(),
        })
    }

    /// Rebuilds an archive from stored elites, in any order.
    ///
    /// Each cell may appear once, inside `grid`, with a finite fitness.
    pub fn from_elites(
        grid: GridConfig,
        elites: impl IntoIterator<Item = (CellIndex, Elite)>,
    ) -> Result<Archive, ArchiveError> {
        let mut archive = Archive::new(grid)?;
        for (cell, elite) in elites {
            let Some(flat) = cell.flat(&archive.grid) else {
                return Err(ArchiveError::CellOutsideGrid {
                    cell,
                    bins: archive.grid.bins,
                });
            };
            if archive.cells[flat].is_some() {
                return Err(ArchiveError::DuplicateCell { cell });
            }
            if archive.insert(cell, elite.id, elite.fitness) != Insert::New {
                return Err(ArchiveError::BadFitness {
                    cell,
                    fitness: elite.fitness,
                });
            }
        }
        Ok(archive)
    }

    /// The grid this archive covers.
    pub fn grid(&self) -> &GridConfig {
        &self.grid
    }

    /// Offers program `id` with `fitness` to `cell`.
    ///
    /// `New` fills an empty cell, `Improved` replaces a strictly less fit elite; otherwise
    /// `Rejected`, as is a NaN or infinite fitness and a cell outside this archive's grid.
    pub fn insert(&mut self, cell: CellIndex, id: ChildId, fitness: f64) -> Insert {
        let Some(flat) = cell.flat(&self.grid) else {
            return Insert::Rejected;
        };
        if !fitness.is_finite() {
            return Insert::Rejected;
        }
        let elite = Elite { id, fitness };
        let (outcome, old) = match &mut self.cells[flat] {
            slot @ None => {
                *slot = Some(elite);
                let at = self.filled.binary_search(&cell).unwrap_err();
                self.filled.insert(at, cell);
                (Insert::New, 0.0)
            }
            Some(current) if fitness > current.fitness => {
                let old = current.fitness;
                *current = elite;
                (Insert::Improved, old)
            }
            Some(_) => return Insert::Rejected,
        };
        self.stats_update(old, fitness);
        outcome
    }

    /// pyribs' `_stats_update`: `old` is the replaced fitness (0 for a new cell).
    fn stats_update(&mut self, old: f64, new: f64) {
        let num_cells = self.cells.len() as f64;
        let stats = &mut self.stats;
        stats.num_elites = self.filled.len();
        stats.qd_score += new - old;
        stats.coverage = stats.num_elites as f64 / num_cells;
        stats.norm_qd_score = stats.qd_score / num_cells;
        stats.obj_max = Some(stats.obj_max.map_or(new, |max| max.max(new)));
        stats.obj_mean = Some(stats.qd_score / stats.num_elites as f64);
    }

    /// The elite of `cell`, if filled (`None` also for a cell outside the grid).
    pub fn elite(&self, cell: CellIndex) -> Option<Elite> {
        cell.flat(&self.grid).and_then(|flat| self.cells[flat])
    }

    /// The filled cells and their elites, in cell order (row-major: height, width, mass).
    pub fn iter(&self) -> impl ExactSizeIterator<Item = (CellIndex, Elite)> + '_ {
        self.filled.iter().map(|&cell| {
            let flat = cell.flat(&self.grid).expect("filled cells lie in the grid");
            (cell, self.cells[flat].expect("filled cells hold an elite"))
        })
    }

    /// Number of elites (filled cells).
    pub fn len(&self) -> usize {
        self.filled.len()
    }

    /// No cell is filled.
    pub fn is_empty(&self) -> bool {
        self.filled.is_empty()
    }

    /// The current metrics.
    pub fn stats(&self) -> &ArchiveStats {
        &self.stats
    }

    /// A filled cell drawn uniformly at random (the paper's selection); `None` when empty.
    ///
    /// One `random_range` draw, so the result depends only on the RNG state and the set of
    /// filled cells.
    pub fn select(&self, rng: &mut impl Rng) -> Option<CellIndex> {
        if self.filled.is_empty() {
            return None;
        }
        Some(self.filled[rng.random_range(0..self.filled.len())])
    }

    /// A filled cell other than `not`, drawn uniformly at random (a crossover mate distinct
    /// from its parent); when `not` is the only filled cell (or not filled), as
    /// [`select`](Archive::select). One `random_range` draw either way.
    pub fn select_other(&self, rng: &mut impl Rng, not: CellIndex) -> Option<CellIndex> {
        match self.filled.iter().position(|&c| c == not) {
            Some(skip) if self.filled.len() > 1 => {
                let i = rng.random_range(0..self.filled.len() - 1);
                Some(self.filled[if i >= skip { i + 1 } else { i }])
            }
            _ => self.select(rng),
        }
    }

    /// A stable hash of the contents, 64 lower-case hex digits, for reproducibility tests.
    ///
    /// SHA-256 over the elites in cell order, each as its coordinates (three `u32`), program id
    /// (`u64`) and fitness bits (`f64::to_bits`, `u64`), all little-endian. The grid's ranges and
    /// the stats are not included.
    pub fn hash(&self) -> String {
        let mut hasher = Sha256::new();
        for (cell, elite) in self.iter() {
            for coord in cell.coords() {
                hasher.update((coord as u32).to_le_bytes());
            }
            hasher.update(elite.id.get().to_le_bytes());
            hasher.update(elite.fitness.to_bits().to_le_bytes());
        }
        hasher
            .finalize()
            .iter()
            .map(|byte| format!("{byte:02x}"))
            .collect()
    }
}

/// Stored elites that cannot form an archive.
///
/// # How to fix
/// These mean the stored run is inconsistent with its grid (edited config or a damaged store):
/// rebuild with the grid the run was stored with.
#[derive(Clone, Debug, Error, PartialEq)]
pub enum ArchiveError {
    /// The grid is invalid.
    #[error(transparent)]
    Grid(#[from] GridError),
    /// A cell lies outside the grid.
    #[error("elite cell {cell} outside a grid of {bins:?} bins")]
    CellOutsideGrid {
        /// The cell.
        cell: CellIndex,
        /// The grid's bins.
        bins: [usize; 3],
    },
    /// Two elites share a cell.
    #[error("two elites in cell {cell}")]
    DuplicateCell {
        /// The cell.
        cell: CellIndex,
    },
    /// An elite's fitness is NaN or infinite.
    #[error("elite in cell {cell} has non-finite fitness {fitness}")]
    BadFitness {
        /// The cell.
        cell: CellIndex,
        /// The fitness.
        fitness: f64,
    },
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use rand::seq::SliceRandom;
    use rand::{Rng, SeedableRng};
    use rand_chacha::ChaCha8Rng;

    fn small_grid() -> GridConfig {
        GridConfig {
            bins: [3, 3, 3],
            ..GridConfig::default()
        }
    }

    fn cell(flat: usize, grid: &GridConfig) -> CellIndex {
        CellIndex::from_flat(flat, grid).unwrap()
    }

    #[test]
    fn insert_new_improved_rejected() {
        let grid = small_grid();
        let mut archive = Archive::new(grid.clone()).unwrap();
        let c = cell(5, &grid);
        assert_eq!(archive.elite(c), None);
        assert_eq!(archive.insert(c, ChildId(1), 2.0), Insert::New);
        assert_eq!(
            archive.insert(c, ChildId(2), 2.0),
            Insert::Rejected,
            "equal fitness"
        );
        assert_eq!(
            archive.insert(c, ChildId(3), 1.0),
            Insert::Rejected,
            "worse"
        );
        assert_eq!(archive.insert(c, ChildId(4), 2.5), Insert::Improved);
        assert_eq!(
            archive.elite(c),
            Some(Elite {
                id: ChildId(4),
                fitness: 2.5
            })
        );
        assert_eq!(archive.len(), 1);
    }

    #[test]
    fn non_finite_fitness_and_foreign_cells_are_rejected() {
        let grid = small_grid();
        let mut archive = Archive::new(grid.clone()).unwrap();
        let c = cell(0, &grid);
        for bad in [f64::NAN, f64::INFINITY, f64::NEG_INFINITY] {
            assert_eq!(archive.insert(c, ChildId(1), bad), Insert::Rejected);
        }
        assert_eq!(archive.insert(c, ChildId(1), -5.0), Insert::New);
        assert_eq!(archive.insert(c, ChildId(2), f64::NAN), Insert::Rejected);
        let outside = CellIndex::from_coords([5, 0, 0], &GridConfig::default()).unwrap();
        assert_eq!(archive.insert(outside, ChildId(3), 1.0), Insert::Rejected);
        assert_eq!(archive.elite(outside), None);
        assert_eq!(archive.len(), 1);
        assert_eq!(archive.stats().qd_score, -5.0);
    }

    #[test]
    fn stats_by_hand() {
        let grid = small_grid();
        let mut archive = Archive::new(grid.clone()).unwrap();
        let empty = *archive.stats();
        assert_eq!(empty.num_elites, 0);
        assert_eq!(
            (empty.coverage, empty.qd_score, empty.norm_qd_score),
            (0.0, 0.0, 0.0)
        );
        assert_eq!((empty.obj_max, empty.obj_mean), (None, None));

        archive.insert(cell(0, &grid), ChildId(0), 3.0);
        archive.insert(cell(1, &grid), ChildId(1), -1.0);
        archive.insert(cell(2, &grid), ChildId(2), 4.0);
        archive.insert(cell(1, &grid), ChildId(3), 2.0);
        let stats = *archive.stats();
        assert_eq!(stats.num_elites, 3);
        assert_eq!(stats.coverage, 3.0 / 27.0);
        assert_eq!(stats.qd_score, 9.0);
        assert_eq!(stats.norm_qd_score, 9.0 / 27.0);
        assert_eq!(stats.obj_max, Some(4.0));
        assert_eq!(stats.obj_mean, Some(3.0));
        let json = serde_json::to_string(&empty).unwrap();
        assert!(json.contains("\"obj_max\":null"), "{json}");
    }

    #[test]
    fn iterates_in_cell_order() {
        let grid = small_grid();
        let mut archive = Archive::new(grid.clone()).unwrap();
        for flat in [20, 3, 11, 0, 26] {
            archive.insert(cell(flat, &grid), ChildId(flat as u64), 1.0);
        }
        let ids: Vec<u64> = archive.iter().map(|(_, e)| e.id.get()).collect();
        assert_eq!(ids, [0, 3, 11, 20, 26]);
        assert!(
            archive
                .iter()
                .all(|(c, e)| c.flat(&grid) == Some(e.id.get() as usize))
        );
    }

    #[test]
    fn select_is_none_when_empty_and_seeded_otherwise() {
        let grid = small_grid();
        let mut archive = Archive::new(grid.clone()).unwrap();
        let mut rng = ChaCha8Rng::seed_from_u64(1);
        assert_eq!(archive.select(&mut rng), None);
        for flat in 0..10 {
            archive.insert(cell(flat, &grid), ChildId(flat as u64), 1.0);
        }
        let draws = |seed| {
            let mut rng = ChaCha8Rng::seed_from_u64(seed);
            (0..50)
                .map(|_| archive.select(&mut rng).unwrap())
                .collect::<Vec<_>>()
        };
        assert_eq!(draws(9), draws(9));
        assert_ne!(draws(9), draws(10));
    }

    /// A mate is any filled cell but the parent's, each about equally often; with one elite it
    /// is that elite.
    #[test]
    fn select_other_never_draws_the_parent_while_another_is_filled() {
        let grid = small_grid();
        let mut archive = Archive::new(grid.clone()).unwrap();
        let mut rng = ChaCha8Rng::seed_from_u64(3);
        let parent = cell(4, &grid);
        assert_eq!(archive.select_other(&mut rng, parent), None);
        archive.insert(parent, ChildId(4), 1.0);
        assert_eq!(archive.select_other(&mut rng, parent), Some(parent));
        for flat in [0, 7, 9] {
            archive.insert(cell(flat, &grid), ChildId(flat as u64), 1.0);
        }
        let mut counts = [0u32; 10];
        for _ in 0..3000 {
            let mate = archive.select_other(&mut rng, parent).unwrap();
            counts[mate.flat(&grid).unwrap()] += 1;
        }
        assert_eq!(counts[4], 0, "never the parent");
        for flat in [0, 7, 9] {
            assert!((850..1150).contains(&counts[flat]), "{counts:?}");
        }
        let outside = cell(5, &grid);
        assert!(archive.select_other(&mut rng, outside).is_some());
    }

    /// Selection is uniform over filled cells: chi-square over 20 cells, 20,000 draws.
    #[test]
    fn selection_is_uniform_chi_square() {
        let grid = GridConfig::default();
        let mut archive = Archive::new(grid.clone()).unwrap();
        let flats: Vec<usize> = (0..20).map(|i| i * 83 + 7).collect();
        for &flat in &flats {
            archive.insert(cell(flat, &grid), ChildId(flat as u64), 1.0);
        }
        let mut counts = vec![0u32; grid.num_cells()];
        let mut rng = ChaCha8Rng::seed_from_u64(2024);
        let draws = 20_000;
        for _ in 0..draws {
            let chosen = archive.select(&mut rng).unwrap();
            counts[chosen.flat(&grid).unwrap()] += 1;
        }
        let expected = draws as f64 / flats.len() as f64;
        let chi2: f64 = flats
            .iter()
            .map(|&f| (counts[f] as f64 - expected).powi(2) / expected)
            .sum();
        let drawn: u32 = flats.iter().map(|&f| counts[f]).sum();
        assert_eq!(drawn, draws, "only filled cells are selected");
        // 0.999 quantile of chi-square with 19 degrees of freedom.
        assert!(chi2 < 43.82, "chi-square {chi2}");
    }

    #[test]
    fn rebuilt_archive_matches_the_live_one() {
        let grid = GridConfig::default();
        let mut live = Archive::new(grid.clone()).unwrap();
        let mut rng = ChaCha8Rng::seed_from_u64(3);
        for id in 0..500u64 {
            let flat = rng.random_range(0..grid.num_cells());
            live.insert(
                cell(flat, &grid),
                ChildId(id),
                rng.random_range(-10.0..10.0),
            );
        }
        let mut stored: Vec<(CellIndex, Elite)> = live.iter().collect();
        stored.shuffle(&mut rng);
        let rebuilt = Archive::from_elites(grid, stored).unwrap();
        assert_eq!(rebuilt.hash(), live.hash());
        assert_eq!(rebuilt.len(), live.len());
        assert_eq!(rebuilt.stats().obj_max, live.stats().obj_max);
        assert!((rebuilt.stats().qd_score - live.stats().qd_score).abs() < 1e-9);
        let (mut a, mut b) = (ChaCha8Rng::seed_from_u64(4), ChaCha8Rng::seed_from_u64(4));
        for _ in 0..100 {
            assert_eq!(rebuilt.select(&mut a), live.select(&mut b));
        }
    }

    #[test]
    fn from_elites_rejects_inconsistent_input() {
        let grid = small_grid();
        let c = cell(4, &grid);
        let elite = Elite {
            id: ChildId(1),
            fitness: 1.0,
        };
        assert_eq!(
            Archive::from_elites(grid.clone(), [(c, elite), (c, elite)]),
            Err(ArchiveError::DuplicateCell { cell: c })
        );
        let outside = CellIndex::from_coords([0, 0, 7], &GridConfig::default()).unwrap();
        assert_eq!(
            Archive::from_elites(grid.clone(), [(outside, elite)]),
            Err(ArchiveError::CellOutsideGrid {
                cell: outside,
                bins: [3, 3, 3]
            })
        );
        let nan = Elite {
            id: ChildId(1),
            fitness: f64::NAN,
        };
        let err = Archive::from_elites(grid.clone(), [(c, nan)]).unwrap_err();
        assert!(matches!(err, ArchiveError::BadFitness { cell, .. } if cell == c));
        let bad_grid = GridConfig {
            bins: [0, 1, 1],
            ..grid
        };
        assert!(matches!(
            Archive::from_elites(bad_grid, []),
            Err(ArchiveError::Grid(GridError::Bins { axis: "height", .. }))
        ));
    }

    /// The hash layout is part of the run format: changing it breaks stored reproducibility checks.
    #[test]
    fn hash_is_stable() {
        let grid = GridConfig::default();
        let empty = Archive::new(grid.clone()).unwrap();
        assert_eq!(
            empty.hash(),
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
        );
        let mut archive = empty.clone();
        archive.insert(
            CellIndex::from_coords([1, 2, 3], &grid).unwrap(),
            ChildId(7),
            1.25,
        );
        archive.insert(
            CellIndex::from_coords([0, 11, 5], &grid).unwrap(),
            ChildId(9),
            -0.5,
        );
        assert_eq!(archive.hash(), GOLDEN_HASH);
        let mut other = empty;
        other.insert(
            CellIndex::from_coords([1, 2, 3], &grid).unwrap(),
            ChildId(7),
            1.25,
        );
        assert_ne!(other.hash(), GOLDEN_HASH);
    }

    /// Checked independently with Python `struct.pack("<3IQd", ...)` and `hashlib.sha256`.
    const GOLDEN_HASH: &str = "7fed865ff0a343a0506a157631388e8bccb24d379288f69e653afdb3c6dc12d3";

    #[derive(Clone, Debug)]
    enum Fitness {
        Value(f64),
        Nan,
    }

    fn inserts() -> impl Strategy<Value = Vec<(usize, Fitness)>> {
        let fitness = prop_oneof![
            4 => (-100.0..100.0f64).prop_map(Fitness::Value),
            2 => (-3i32..3).prop_map(|v| Fitness::Value(v as f64)),
            1 => Just(Fitness::Nan),
        ];
        prop::collection::vec((0usize..27, fitness), 0..200)
    }

    proptest! {
        /// After any insert sequence, qd_score is the sum of the elites and coverage the filled
        /// share; obj_max and obj_mean agree with the elites too.
        #[test]
        fn stats_match_the_elites(seq in inserts()) {
            let grid = small_grid();
            let mut archive = Archive::new(grid.clone()).unwrap();
            for (id, (flat, fitness)) in seq.into_iter().enumerate() {
                let fitness = match fitness { Fitness::Value(v) => v, Fitness::Nan => f64::NAN };
                archive.insert(cell(flat, &grid), ChildId(id as u64), fitness);
            }
            let stats = *archive.stats();
            let fits: Vec<f64> = archive.iter().map(|(_, e)| e.fitness).collect();
            let sum: f64 = fits.iter().sum();
            let scale: f64 = fits.iter().map(|f| f.abs()).sum::<f64>().max(1.0);
            prop_assert!((stats.qd_score - sum).abs() <= 1e-9 * scale, "{} vs {sum}", stats.qd_score);
            prop_assert!((stats.norm_qd_score - sum / 27.0).abs() <= 1e-9 * scale);
            prop_assert_eq!(stats.num_elites, fits.len());
            prop_assert_eq!(stats.num_elites, archive.len());
            let filled = archive.cells.iter().filter(|c| c.is_some()).count();
            prop_assert_eq!(stats.coverage, filled as f64 / 27.0);
            prop_assert_eq!(stats.obj_max, fits.iter().copied().reduce(f64::max));
            if fits.is_empty() {
                prop_assert_eq!(stats.obj_mean, None);
            } else {
                let mean = stats.obj_mean.unwrap();
                prop_assert!((mean - sum / fits.len() as f64).abs() <= 1e-9 * scale);
            }
        }

        /// An insert never lowers any cell's fitness and never touches another cell; the
        /// outcome says what happened.
        #[test]
        fn an_elite_never_gets_worse(seq in inserts()) {
            let grid = small_grid();
            let mut archive = Archive::new(grid.clone()).unwrap();
            for (id, (flat, fitness)) in seq.into_iter().enumerate() {
                let fitness = match fitness { Fitness::Value(v) => v, Fitness::Nan => f64::NAN };
                let before = archive.cells.clone();
                let outcome = archive.insert(cell(flat, &grid), ChildId(id as u64), fitness);
                for (i, (old, new)) in before.iter().zip(&archive.cells).enumerate() {
                    if i != flat {
                        prop_assert_eq!(old, new);
                    }
                }
                let (old, new) = (before[flat], archive.cells[flat]);
                match outcome {
                    Insert::New => prop_assert!(old.is_none()),
                    Insert::Improved => prop_assert!(fitness > old.unwrap().fitness),
                    Insert::Rejected => prop_assert_eq!(old, new),
                }
                if outcome.is_admitted() {
                    prop_assert_eq!(new, Some(Elite { id: ChildId(id as u64), fitness }));
                }
                if let (Some(old), Some(new)) = (old, new) {
                    prop_assert!(new.fitness >= old.fitness);
                }
                prop_assert!(archive.filled.windows(2).all(|w| w[0] < w[1]));
            }
        }
    }
}
