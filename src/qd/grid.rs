//! The grid over descriptor space ([`GridConfig`], `[grid]` in TOML) and its cells ([`CellIndex`]).

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use thiserror::Error;

use crate::walker::Descriptors;

/// Default bins per axis, in the order (height, width, mass): the paper's 12 x 12 x 12.
pub const DEFAULT_BINS: [usize; 3] = [12, 12, 12];
/// Default height range, program units: calibrated on the four paper seeds and 4,572 of their
/// gp mutants (99.5th percentile 17, max 37.7), then frozen; see docs/calibration.md.
pub const DEFAULT_HEIGHT_RANGE: [f64; 2] = [0.0, 20.0];
/// Default width range, program units (calibration: 99.5th percentile 32.2, max 35.1).
pub const DEFAULT_WIDTH_RANGE: [f64; 2] = [0.0, 30.0];
/// Default mass range, program units: joints + half the summed rest lengths (calibration:
/// median 47, 99.5th percentile 318; the range favours resolution where most walkers are).
pub const DEFAULT_MASS_RANGE: [f64; 2] = [0.0, 240.0];
/// Most bins on one axis: a [`CellIndex`] packs each coordinate into 10 bits.
pub const MAX_BINS_PER_AXIS: usize = 1 << COORD_BITS;
/// Most cells in a grid (an archive holds a dense table of them).
pub const MAX_CELLS: usize = 1 << 20;

/// The axes' names, in coordinate order.
const AXES: [&str; 3] = ["height", "width", "mass"];
const COORD_BITS: u32 = 10;
const COORD_MASK: u32 = (1 << COORD_BITS) - 1;

/// The MAP-Elites grid, DESIGN §4. `[grid]` in the run config.
///
/// Each axis is split into equal bins over `[lo, hi]`; a value below `lo` lands in the first bin
/// and one at or above `hi` in the last (see [`GridConfig::cell_of`]).
///
/// ```
/// use elmer::qd::GridConfig;
/// use elmer::walker::Descriptors;
///
/// let grid = GridConfig::default();
/// grid.validate()?;
/// assert_eq!(grid.num_cells(), 1728);
/// // Height 5 of [0, 20] is bin 3; width 39 and mass 1e9 clamp to the last bins.
/// let cell = grid.cell_of(&Descriptors { height: 5.0, width: 39.0, mass: 1e9 });
/// assert_eq!(cell.coords(), [3, 11, 11]);
/// assert_eq!(cell.to_string(), "3,11,11");
/// # Ok::<(), elmer::qd::GridError>(())
/// ```
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct GridConfig {
    /// Bins per axis in the order (height, width, mass); each 1 to 1024, at most 2^20 cells in
    /// all (default: [12, 12, 12]).
    pub bins: [usize; 3],
    /// Height range `[lo, hi]` of the joints' bounding box, program units; finite, lo < hi
    /// (default: [0, 20], calibrated).
    pub height: [f64; 2],
    /// Width range `[lo, hi]` of the joints' bounding box, program units; finite, lo < hi
    /// (default: [0, 30], calibrated).
    pub width: [f64; 2],
    /// Mass range `[lo, hi]`, program units (joints + half the summed spring rest lengths);
    /// finite, lo < hi (default: [0, 240], calibrated).
    pub mass: [f64; 2],
}

impl Default for GridConfig {
    fn default() -> Self {
        Self {
            bins: DEFAULT_BINS,
            height: DEFAULT_HEIGHT_RANGE,
            width: DEFAULT_WIDTH_RANGE,
            mass: DEFAULT_MASS_RANGE,
        }
    }
}

impl GridConfig {
    /// Checks every field; the error names the first bad one.
    pub fn validate(&self) -> Result<(), GridError> {
        for (axis, &count) in AXES.into_iter().zip(&self.bins) {
            if count == 0 || count > MAX_BINS_PER_AXIS {
                return Err(GridError::Bins { axis, count });
            }
        }
        let default = GridConfig::default();
        for ((field, range), default) in AXES.into_iter().zip(self.ranges()).zip(default.ranges()) {
            let [lo, hi] = range;
            // `hi - lo` must be finite too, or the bin arithmetic overflows.
            if !(lo.is_finite() && hi.is_finite() && lo < hi && (hi - lo).is_finite()) {
                return Err(GridError::Range {
                    field,
                    lo,
                    hi,
                    default,
                });
            }
        }
        let cells = self.bins.iter().try_fold(1usize, |n, &b| n.checked_mul(b));
        match cells {
            Some(cells) if cells <= MAX_CELLS => Ok(()),
            _ => Err(GridError::TooManyCells { bins: self.bins }),
        }
    }

    /// The ranges in coordinate order (height, width, mass).
    pub fn ranges(&self) -> [[f64; 2]; 3] {
        [self.height, self.width, self.mass]
    }

    /// Number of cells: the product of the bins.
    pub fn num_cells(&self) -> usize {
        self.bins.iter().product()
    }

    /// The cell holding these descriptors (0-based coordinates in the order height, width, mass).
    ///
    /// Values outside a range clamp to the edge cell: below `lo` (and `-inf`) to bin 0, at or
    /// above `hi` (and `+inf`) to the last bin. NaN goes to bin 0. Never panics; the config is
    /// assumed valid ([`GridConfig::validate`]).
    pub fn cell_of(&self, descriptors: &Descriptors) -> CellIndex {
        let values = [descriptors.height, descriptors.width, descriptors.mass];
        let ranges = self.ranges();
        CellIndex::pack([0, 1, 2].map(|axis| {
            let [lo, hi] = ranges[axis];
            bin(values[axis], lo, hi, self.bins[axis])
        }))
    }
}

/// The bin of `value` among `count` equal bins over `[lo, hi]`, clamped; NaN gives 0.
fn bin(value: f64, lo: f64, hi: f64, count: usize) -> usize {
    let last = count.saturating_sub(1);
    let scaled = (value - lo) / (hi - lo) * count as f64;
    // Comparisons are false for NaN, so NaN falls through to 0.
    if scaled >= last as f64 {
        last
    } else if scaled > 0.0 {
        scaled as usize
    } else {
        0
    }
}

/// A cell of the grid: its (height, width, mass) coordinates, 0-based.
///
/// The coordinates are packed into one `u32` (10 bits each, height highest), so a `CellIndex`
/// means the same cell under any grid, orders like row-major order (height, then width, then
/// mass), and reads and writes as `i,j,k` ([`Display`](fmt::Display), [`FromStr`], serde)
/// without the grid. Build one with [`CellIndex::from_coords`] or [`GridConfig::cell_of`].
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct CellIndex(u32);

impl CellIndex {
    /// The cell at `coords` (height, width, mass), if each is below the grid's bins.
    pub fn from_coords(coords: [usize; 3], grid: &GridConfig) -> Result<CellIndex, GridError> {
        if coords
            .iter()
            .zip(&grid.bins)
            .all(|(&c, &b)| c < b && c < MAX_BINS_PER_AXIS)
        {
            Ok(CellIndex::pack(coords))
        } else {
            Err(GridError::CoordsOutOfRange {
                coords,
                bins: grid.bins,
            })
        }
    }

    /// The (height, width, mass) coordinates, 0-based.
    pub fn coords(self) -> [usize; 3] {
        [2, 1, 0].map(|shift| ((self.0 >> (shift * COORD_BITS)) & COORD_MASK) as usize)
    }

    /// The packed value (10 bits per coordinate, height highest), e.g. for an integer column.
    pub fn to_bits(self) -> u32 {
        self.0
    }

    /// The cell of a packed value from [`CellIndex::to_bits`]; `None` if bits above the 30
    /// coordinate bits are set.
    pub fn from_bits(bits: u32) -> Option<CellIndex> {
        (bits >> (3 * COORD_BITS) == 0).then_some(CellIndex(bits))
    }

    /// The row-major position of this cell in `grid` (as pyribs' integer index), in
    /// `0..grid.num_cells()`; `None` if the cell lies outside `grid`.
    pub fn flat(self, grid: &GridConfig) -> Option<usize> {
        let coords = self.coords();
        if coords.iter().zip(&grid.bins).any(|(&c, &b)| c >= b) {
            return None;
        }
        let [_, bw, bm] = grid.bins;
        Some((coords[0] * bw + coords[1]) * bm + coords[2])
    }

    /// The cell at row-major position `flat` of `grid`; `None` past `grid.num_cells()`.
    pub fn from_flat(flat: usize, grid: &GridConfig) -> Option<CellIndex> {
        let [_, bw, bm] = grid.bins;
        if flat >= grid.num_cells() {
            return None;
        }
        let coords = [flat / (bw * bm), flat / bm % bw, flat % bm];
        CellIndex::from_coords(coords, grid).ok()
    }

    /// Packs coordinates known to be below [`MAX_BINS_PER_AXIS`] (larger ones are clamped).
    fn pack(coords: [usize; 3]) -> CellIndex {
        let [i, j, k] = coords.map(|c| c.min(COORD_MASK as usize) as u32);
        CellIndex((i << (2 * COORD_BITS)) | (j << COORD_BITS) | k)
    }
}

impl fmt::Display for CellIndex {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let [i, j, k] = self.coords();
        write!(f, "{i},{j},{k}")
    }
}

impl fmt::Debug for CellIndex {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "CellIndex({self})")
    }
}

impl FromStr for CellIndex {
    type Err = GridError;

    /// Parses `i,j,k` (spaces around numbers allowed), each below [`MAX_BINS_PER_AXIS`].
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let bad = || GridError::BadCell {
            value: s.to_owned(),
        };
        let mut coords = [0usize; 3];
        let mut parts = s.split(',');
        for coord in &mut coords {
            let part = parts.next().ok_or_else(bad)?.trim();
            *coord = part.parse().map_err(|_| bad())?;
            if *coord >= MAX_BINS_PER_AXIS {
                return Err(bad());
            }
        }
        if parts.next().is_some() {
            return Err(bad());
        }
        Ok(CellIndex::pack(coords))
    }
}

impl Serialize for CellIndex {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for CellIndex {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}

/// A bad grid setting or cell index.
#[derive(Clone, Debug, Error, PartialEq)]
pub enum GridError {
    /// An axis has no bins or too many. Fix: set `grid.bins` to 1..=1024 per axis.
    #[error(
        "grid.bins: the {axis} axis must have 1 to {MAX_BINS_PER_AXIS} bins, got {count} \
         (order: height, width, mass; default [12, 12, 12])"
    )]
    Bins {
        /// `"height"`, `"width"` or `"mass"`.
        axis: &'static str,
        /// The bins given.
        count: usize,
    },
    /// The grid has too many cells. Fix: use fewer bins.
    #[error("grid.bins: {bins:?} makes more than {MAX_CELLS} cells (default [12, 12, 12])")]
    TooManyCells {
        /// The bins given.
        bins: [usize; 3],
    },
    /// A range is not finite or not increasing. Fix: give `[lo, hi]` with finite lo < hi.
    #[error(
        "grid.{field}: must be finite with lo < hi, got [{lo}, {hi}] \
         (program units; default [{}, {}])",
        default[0],
        default[1]
    )]
    Range {
        /// `"height"`, `"width"` or `"mass"`.
        field: &'static str,
        /// The lower bound given.
        lo: f64,
        /// The upper bound given.
        hi: f64,
        /// The field's default.
        default: [f64; 2],
    },
    /// Cell coordinates outside the grid. Fix: keep each coordinate below its axis' bins.
    #[error("cell coordinates {coords:?} outside a grid of {bins:?} bins")]
    CoordsOutOfRange {
        /// The coordinates given.
        coords: [usize; 3],
        /// The grid's bins.
        bins: [usize; 3],
    },
    /// Text that is not a cell index. Fix: write `i,j,k`, three numbers below 1024.
    #[error("bad cell index `{value}`: expected `i,j,k` with each below {MAX_BINS_PER_AXIS}")]
    BadCell {
        /// The text given.
        value: String,
    },
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn descriptors(height: f64, width: f64, mass: f64) -> Descriptors {
        Descriptors {
            height,
            width,
            mass,
        }
    }

    #[test]
    fn defaults_are_the_papers_grid() {
        let grid = GridConfig::default();
        assert_eq!(grid.validate(), Ok(()));
        assert_eq!(grid.num_cells(), 1728);
        assert_eq!(grid.bins, [12, 12, 12]);
    }

    #[test]
    fn toml_names_only_what_it_changes() {
        let grid: GridConfig = toml::from_str("bins = [4, 5, 6]\nmass = [1.0, 2.0]").unwrap();
        assert_eq!(grid.bins, [4, 5, 6]);
        assert_eq!(grid.mass, [1.0, 2.0]);
        assert_eq!(grid.height, DEFAULT_HEIGHT_RANGE);
        let err = toml::from_str::<GridConfig>("heigth = [0.0, 1.0]").unwrap_err();
        assert!(err.to_string().contains("heigth"), "{err}");
    }

    #[test]
    fn validate_names_the_field() {
        let mut grid = GridConfig::default();
        grid.bins[1] = 0;
        let msg = grid.validate().unwrap_err().to_string();
        assert!(msg.starts_with("grid.bins: the width axis"), "{msg}");

        let grid = GridConfig {
            mass: [5.0, 5.0],
            ..GridConfig::default()
        };
        let msg = grid.validate().unwrap_err().to_string();
        assert_eq!(
            msg,
            "grid.mass: must be finite with lo < hi, got [5, 5] (program units; default [0, 240])"
        );

        for bad in [[f64::NAN, 1.0], [0.0, f64::INFINITY], [-f64::MAX, f64::MAX]] {
            let grid = GridConfig {
                height: bad,
                ..GridConfig::default()
            };
            assert!(matches!(
                grid.validate(),
                Err(GridError::Range {
                    field: "height",
                    ..
                })
            ));
        }

        let grid = GridConfig {
            bins: [1024, 1024, 2],
            ..GridConfig::default()
        };
        assert_eq!(
            grid.validate(),
            Err(GridError::TooManyCells {
                bins: [1024, 1024, 2]
            })
        );
    }

    /// A hand-made grid with round ranges, so bin edges are easy to compute by hand.
    fn grid40() -> GridConfig {
        GridConfig {
            height: [0.0, 40.0],
            width: [0.0, 40.0],
            mass: [0.0, 400.0],
            ..GridConfig::default()
        }
    }

    #[test]
    fn clamps_at_both_edges() {
        let grid = grid40();
        let low = grid.cell_of(&descriptors(-1.0, -1e300, f64::NEG_INFINITY));
        assert_eq!(low.coords(), [0, 0, 0]);
        let high = grid.cell_of(&descriptors(40.0, 1e300, f64::INFINITY));
        assert_eq!(high.coords(), [11, 11, 11]);
        let inside = grid.cell_of(&descriptors(0.0, 39.999, 200.0));
        assert_eq!(inside.coords(), [0, 11, 6]);
        // Bin edges belong to the bin above: 40 / 12 * 3 = 10.
        let edge = grid.cell_of(&descriptors(10.0, 10.0 - 1e-9, 399.0));
        assert_eq!(edge.coords(), [3, 2, 11]);
    }

    #[test]
    fn nan_goes_to_the_first_bin() {
        let grid = grid40();
        let cell = grid.cell_of(&descriptors(f64::NAN, 20.0, f64::NAN));
        assert_eq!(cell.coords(), [0, 6, 0]);
    }

    #[test]
    fn cell_index_round_trips() {
        let grid = GridConfig {
            bins: [3, 4, 5],
            ..GridConfig::default()
        };
        for flat in 0..grid.num_cells() {
            let cell = CellIndex::from_flat(flat, &grid).unwrap();
            assert_eq!(cell.flat(&grid), Some(flat));
            assert_eq!(CellIndex::from_coords(cell.coords(), &grid), Ok(cell));
            assert_eq!(cell.to_string().parse::<CellIndex>(), Ok(cell));
            assert_eq!(CellIndex::from_bits(cell.to_bits()), Some(cell));
        }
        assert_eq!(CellIndex::from_flat(60, &grid), None);
        let cell = CellIndex::from_coords([2, 3, 4], &grid).unwrap();
        assert_eq!(cell.to_string(), "2,3,4");
        assert_eq!(format!("{cell:?}"), "CellIndex(2,3,4)");
        assert_eq!(serde_json::to_string(&cell).unwrap(), "\"2,3,4\"");
        assert_eq!(
            serde_json::from_str::<CellIndex>("\"2,3,4\"").unwrap(),
            cell
        );
        assert_eq!(
            CellIndex::from_coords([3, 0, 0], &grid),
            Err(GridError::CoordsOutOfRange {
                coords: [3, 0, 0],
                bins: [3, 4, 5]
            })
        );
        // A cell of a bigger grid is outside this one.
        let big = CellIndex::from_coords([5, 0, 0], &GridConfig::default()).unwrap();
        assert_eq!(big.flat(&grid), None);
        assert_eq!(CellIndex::from_bits(1 << 30), None);
    }

    #[test]
    fn cell_index_parses_leniently_but_not_wrongly() {
        assert_eq!(
            " 1, 2 ,3".parse::<CellIndex>().map(CellIndex::coords),
            Ok([1, 2, 3])
        );
        for bad in ["", "1,2", "1,2,3,4", "a,b,c", "-1,0,0", "1024,0,0", "1;2;3"] {
            let err = bad.parse::<CellIndex>().unwrap_err();
            assert_eq!(
                err,
                GridError::BadCell {
                    value: bad.to_owned()
                }
            );
        }
    }

    #[test]
    fn cell_order_is_row_major() {
        let grid = GridConfig::default();
        let mut cells: Vec<CellIndex> = (0..grid.num_cells())
            .rev()
            .map(|flat| CellIndex::from_flat(flat, &grid).unwrap())
            .collect();
        cells.sort();
        let flats: Vec<usize> = cells.iter().map(|c| c.flat(&grid).unwrap()).collect();
        assert_eq!(flats, (0..grid.num_cells()).collect::<Vec<_>>());
    }

    fn any_grid() -> impl Strategy<Value = GridConfig> {
        let range = (-1e6..1e6f64, 1e-3..1e6f64).prop_map(|(lo, len)| [lo, lo + len]);
        (
            prop::array::uniform3(1usize..40),
            range.clone(),
            range.clone(),
            range,
        )
            .prop_map(|(bins, height, width, mass)| GridConfig {
                bins,
                height,
                width,
                mass,
            })
    }

    proptest! {
        /// Every descriptor, NaN and infinities included, maps to a cell inside the grid.
        #[test]
        fn every_descriptor_maps_to_an_in_range_cell(
            grid in any_grid(),
            height in proptest::num::f64::ANY,
            width in proptest::num::f64::ANY,
            mass in proptest::num::f64::ANY,
        ) {
            prop_assert!(grid.validate().is_ok());
            let cell = grid.cell_of(&descriptors(height, width, mass));
            let flat = cell.flat(&grid);
            prop_assert!(flat.is_some_and(|f| f < grid.num_cells()), "{cell} in {:?}", grid.bins);
            prop_assert_eq!(CellIndex::from_coords(cell.coords(), &grid), Ok(cell));
        }

        /// Inside the range, a value lands in the bin whose interval contains it.
        #[test]
        fn in_range_values_land_in_their_bin(grid in any_grid(), t in 0.0..1.0f64) {
            let [lo, hi] = grid.height;
            let value = lo + t * (hi - lo);
            let [i, _, _] = grid.cell_of(&descriptors(value, 0.0, 0.0)).coords();
            let step = (hi - lo) / grid.bins[0] as f64;
            let tolerance = 1e-9 * (hi - lo).max(lo.abs());
            prop_assert!(lo + i as f64 * step <= value + tolerance);
            prop_assert!(value < lo + (i + 1) as f64 * step + tolerance);
        }
    }
}
