//! The guards on what is written: values SQLite would store differently from what was given
//! (NaN, integers above `i64::MAX`, cells outside the grid, a grid that does not read back
//! exactly) are refused with [`StoreError::BadRow`] or [`StoreError::BadGrid`].

use std::path::Path;

use super::error::StoreError;
use crate::qd::{CellIndex, GridConfig};

/// [`StoreError::BadRow`]: `what` cannot be stored.
pub(super) fn bad_row(path: &Path, what: impl Into<String>, message: impl ToString) -> StoreError {
    StoreError::BadRow {
        path: path.to_path_buf(),
        what: what.into(),
        message: message.to_string(),
    }
}

/// A `u64` for an INTEGER column (at most `i64::MAX`).
pub(super) fn int(
    path: &Path,
    value: u64,
    what: impl FnOnce() -> String,
) -> Result<i64, StoreError> {
    i64::try_from(value).map_err(|_| {
        bad_row(
            path,
            what(),
            format!("{value} is above the largest stored integer {}", i64::MAX),
        )
    })
}

/// An optional `u64` for an INTEGER column.
pub(super) fn opt_int(
    path: &Path,
    value: Option<u64>,
    what: impl FnOnce() -> String,
) -> Result<Option<i64>, StoreError> {
    value.map(|v| int(path, v, what)).transpose()
}

/// A seed keeps all 64 bits: stored as the `i64` with the same bit pattern.
pub(super) fn seed_to_sql(seed: u64) -> i64 {
    seed as i64
}

/// A REAL: NaN is refused (SQLite would store NULL), -0.0 becomes 0.0 (as SQLite would).
pub(super) fn real(
    path: &Path,
    value: f64,
    what: impl FnOnce() -> String,
) -> Result<f64, StoreError> {
    if value.is_nan() {
        return Err(bad_row(path, what(), "NaN cannot be stored"));
    }
    Ok(if value == 0.0 { 0.0 } else { value })
}

/// An optional REAL.
pub(super) fn opt_real(
    path: &Path,
    value: Option<f64>,
    what: impl FnOnce() -> String,
) -> Result<Option<f64>, StoreError> {
    value.map(|v| real(path, v, what)).transpose()
}

/// A fitness: finite, as the archive requires.
pub(super) fn fitness(
    path: &Path,
    value: f64,
    what: impl FnOnce() -> String,
) -> Result<f64, StoreError> {
    if !value.is_finite() {
        return Err(bad_row(
            path,
            what(),
            format!("fitness must be finite, got {value}"),
        ));
    }
    Ok(if value == 0.0 { 0.0 } else { value })
}

/// A cell as its flat row-major index under `grid`.
pub(super) fn flat(
    path: &Path,
    cell: CellIndex,
    grid: &GridConfig,
    what: impl FnOnce() -> String,
) -> Result<i64, StoreError> {
    cell.flat(grid).map(|f| f as i64).ok_or_else(|| {
        bad_row(
            path,
            what(),
            format!(
                "cell {cell} lies outside the run's grid of {:?} bins",
                grid.bins
            ),
        )
    })
}

/// The grid as stored in `run.grid`; refuses a grid that is invalid or would not read back
/// bit-identical (serde_json's default float parser is not exact for every 17-digit value).
pub(super) fn grid_json(grid: &GridConfig, path: &Path) -> Result<String, StoreError> {
    let bad = |message: String| StoreError::BadGrid {
        path: path.to_path_buf(),
        message,
    };
    grid.validate().map_err(|e| bad(e.to_string()))?;
    let json = serde_json::to_string(grid).map_err(|e| bad(e.to_string()))?;
    let back: GridConfig = serde_json::from_str(&json).map_err(|e| bad(e.to_string()))?;
    let exact = back.ranges().iter().flatten().map(|v| v.to_bits()).eq(grid
        .ranges()
        .iter()
        .flatten()
        .map(|v| v.to_bits()));
    if !exact {
        return Err(bad(format!(
            "the ranges {:?} do not read back exactly from JSON; round them to 15 significant \
             digits",
            grid.ranges()
        )));
    }
    Ok(json)
}

#[cfg(test)]
mod tests {
    use rand::{Rng, SeedableRng};
    use rand_chacha::ChaCha8Rng;

    use super::super::Generation;
    use super::super::fixtures::{hand_made, new_store};
    use super::*;

    /// Spoils a good generation.
    type Spoil = Box<dyn Fn(&mut Generation)>;

    #[test]
    fn values_that_cannot_be_stored_are_refused_and_nothing_is_written() {
        let tmp = tempfile::tempdir().unwrap();
        let grid = GridConfig::default();
        let mut store = new_store(tmp.path());
        let good = hand_made(&grid);
        let cases: Vec<(&str, Spoil)> = vec![
            (
                "fitness",
                Box::new(|g| g.children[1].fitness = Some(f64::NAN)),
            ),
            (
                "fitness",
                Box::new(|g| g.children[1].fitness = Some(f64::INFINITY)),
            ),
            ("fitness", Box::new(|g| g.elites[0].1.fitness = f64::NAN)),
            (
                "mass",
                Box::new(|g| g.children[2].descriptors.as_mut().unwrap().mass = f64::NAN),
            ),
            (
                "coverage",
                Box::new(|g| g.metrics.stats.coverage = f64::NAN),
            ),
            (
                "cell",
                Box::new(|g| {
                    g.children[1].cell = Some(
                        CellIndex::from_coords(
                            [20, 0, 0],
                            &GridConfig {
                                bins: [30, 12, 12],
                                ..GridConfig::default()
                            },
                        )
                        .unwrap(),
                    )
                }),
            ),
            ("fitness", Box::new(|g| g.children[0].fitness = Some(1.0))),
            (
                "sim_us",
                Box::new(|g| g.children[1].sim_us = Some(u64::MAX)),
            ),
            ("generation", Box::new(|g| g.generation = 1)),
            ("generation", Box::new(|g| g.metrics.generation = 1)),
        ];
        for (field, spoil) in cases {
            let mut bad = good.clone();
            spoil(&mut bad);
            let err = store.commit(&bad).unwrap_err();
            assert!(matches!(err, StoreError::BadRow { .. }), "{err}");
            let msg = err.to_string();
            assert!(
                msg.contains(field) && msg.contains("run.sqlite"),
                "{field}: {msg}"
            );
            assert!(
                msg.contains("nothing of this generation was written"),
                "{msg}"
            );
            assert_eq!(store.count_children().unwrap(), 0);
            assert_eq!(store.run().unwrap().generation, None);
            assert!(store.metrics().unwrap().is_empty());
        }
        // An llm_call_id with no call fails on the foreign key, also as a whole.
        let mut dangling = good.clone();
        dangling.llm_calls.clear();
        assert!(matches!(
            store.commit(&dangling),
            Err(StoreError::Sqlite { .. })
        ));
        assert_eq!(store.count_children().unwrap(), 0);
        store.commit(&good).unwrap();
        assert_eq!(store.count_children().unwrap(), 3);
        // The same generation twice is refused.
        let err = store.commit(&good).unwrap_err().to_string();
        assert!(
            err.contains("expected generation 1 after 0, got 0"),
            "{err}"
        );
    }

    /// Whatever grid is stored reads back bit-identical; one that would not is refused.
    #[test]
    fn stored_grids_read_back_exactly() {
        let mut rng = ChaCha8Rng::seed_from_u64(5);
        let (mut stored, mut refused) = (0, 0);
        for _ in 0..400 {
            let lo = f64::from_bits(rng.random::<u64>() >> 2) % 1e6;
            let grid = GridConfig {
                height: [lo, lo + 1.0],
                ..GridConfig::default()
            };
            if grid.validate().is_err() {
                continue;
            }
            match grid_json(&grid, Path::new("x")) {
                Ok(json) => {
                    let back: GridConfig = serde_json::from_str(&json).unwrap();
                    assert_eq!(back.height[0].to_bits(), lo.to_bits());
                    assert_eq!(back.height[1].to_bits(), (lo + 1.0).to_bits());
                    stored += 1;
                }
                Err(StoreError::BadGrid { message, .. }) => {
                    assert!(message.contains("15 significant digits"), "{message}");
                    refused += 1;
                }
                Err(e) => panic!("{e}"),
            }
        }
        assert!(stored > 100, "{stored} stored, {refused} refused");
        let short = GridConfig {
            mass: [0.1, 37.25],
            ..GridConfig::default()
        };
        assert!(grid_json(&short, Path::new("x")).is_ok());
    }
}
