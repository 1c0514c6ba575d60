//! Row decoding: the columns each table is read by, read by name, into the row types.
//!
//! The column lists here are the one list per table: the readers select them, the writers
//! insert them, and a read-only open of an older store checks them ([`super::schema`]). A new
//! column is one more name here, one more field read below, and a migration.

use std::path::Path;

use rusqlite::Row;
use rusqlite::types::FromSql;

use super::error::StoreError;
use super::rows::{ChildRow, MetricsRow, RunRow};
use crate::mutate::{CallId, LlmCall};
use crate::qd::{ArchiveStats, CellIndex, ChildId, Elite, GridConfig};
use crate::walker::Descriptors;

/// The `run` columns read.
pub(super) const RUN_COLUMNS: &[&str] = &[
    "config",
    "grid",
    "schema_version",
    "rng_state",
    "status",
    "created_at",
    "updated_at",
    "generation",
    "next_child_id",
];

/// The `children` columns read and written.
pub(super) const CHILD_COLUMNS: &[&str] = &[
    "id",
    "generation",
    "parent_ids",
    "operator",
    "format",
    "edit",
    "source",
    "seed",
    "status",
    "error",
    "walker",
    "height",
    "width",
    "mass",
    "cell",
    "fitness",
    "insertion",
    "llm_call_id",
    "sim_us",
    "cpu_us",
];

/// The `elites` columns read and written.
pub(super) const ELITE_COLUMNS: &[&str] = &["cell", "child_id", "fitness"];

/// The `metrics` columns read and written.
pub(super) const METRICS_COLUMNS: &[&str] = &[
    "generation",
    "evaluations",
    "num_elites",
    "coverage",
    "qd_score",
    "norm_qd_score",
    "obj_max",
    "obj_mean",
    "diff_valid_rate",
    "runnable_rate",
    "counts",
    "elapsed_s",
];

/// The `llm_calls` columns read and written.
pub(super) const LLM_CALL_COLUMNS: &[&str] = &[
    "id",
    "endpoint",
    "model",
    "prompt",
    "params",
    "seed",
    "reply",
    "prompt_tokens",
    "completion_tokens",
    "latency_ms",
    "status",
    "error",
];

/// The name under which a query joining `elites` to `children` selects the elite's cell (the
/// child's own `cell` keeps its name).
pub(super) const ELITE_CELL: &str = "elite_cell";

/// `alias.c AS c, ...`: a select list whose result columns carry the column names (SQLite
/// leaves the name of an unaliased result column unspecified).
pub(super) fn select_list(alias: &str, columns: &[&str]) -> String {
    columns
        .iter()
        .map(|c| format!("{alias}.{c} AS {c}"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// `INSERT INTO table (c, ...) VALUES (:c, ...)`: values are bound by column name.
pub(super) fn insert_sql(table: &str, columns: &[&str]) -> String {
    let names = columns.join(", ");
    let values = columns
        .iter()
        .map(|c| format!(":{c}"))
        .collect::<Vec<_>>()
        .join(", ");
    format!("INSERT INTO {table} ({names}) VALUES ({values})")
}

/// The run row.
pub(super) fn run(row: &Row<'_>, path: &Path) -> Result<RunRow, StoreError> {
    let d = Decoder::new(row, path, "run");
    let generation = d.i64("generation")?;
    Ok(RunRow {
        config: d.text("config")?,
        schema_version: d.u32("schema_version")?,
        rng_state: d.text("rng_state")?,
        status: d.parse("status")?,
        created_at: d.text("created_at")?,
        updated_at: d.text("updated_at")?,
        generation: match generation {
            -1 => None,
            g => Some(u32::try_from(g).map_err(|_| d.err("generation", format!("{g}")))?),
        },
        next_child_id: ChildId(d.u64("next_child_id")?),
    })
}

/// A child, from the [`CHILD_COLUMNS`] of `row`.
pub(super) fn child(row: &Row<'_>, grid: &GridConfig, path: &Path) -> Result<ChildRow, StoreError> {
    let d = Decoder::new(row, path, "children");
    let id = ChildId(d.u64("id")?);
    let d = d.child(id.get());
    let descriptors = match [
        d.opt_f64("height")?,
        d.opt_f64("width")?,
        d.opt_f64("mass")?,
    ] {
        [Some(height), Some(width), Some(mass)] => Some(Descriptors {
            height,
            width,
            mass,
        }),
        [None, None, None] => None,
        _ => return Err(d.err("height, width, mass", "some NULL, some not")),
    };
    let cell = match d.opt_i64("cell")? {
        Some(_) => Some(d.cell("cell", "cell", grid)?),
        None => None,
    };
    Ok(ChildRow {
        id,
        generation: d.u32("generation")?,
        parent_ids: d.json("parent_ids")?,
        operator: d.text("operator")?,
        format: d.opt_text("format")?,
        edit: d.opt_text("edit")?,
        source: d.opt_text("source")?,
        seed: d.opt_seed("seed")?,
        status: d.parse("status")?,
        error: d.opt_text("error")?,
        walker: d.opt_text("walker")?,
        descriptors,
        cell,
        fitness: d.opt_f64("fitness")?,
        insertion: match d.opt_text("insertion")? {
            Some(text) => Some(text.parse().map_err(|e| d.err("insertion", e))?),
            None => None,
        },
        llm_call_id: d.opt_u64("llm_call_id")?.map(CallId),
        sim_us: d.opt_u64("sim_us")?,
        cpu_us: d.opt_u64("cpu_us")?,
    })
}

/// The elite's cell of a row joining `elites` to `children` (selected as [`ELITE_CELL`]).
pub(super) fn elite_cell(
    row: &Row<'_>,
    grid: &GridConfig,
    path: &Path,
) -> Result<CellIndex, StoreError> {
    Decoder::new(row, path, "elites").cell(ELITE_CELL, "cell", grid)
}

/// An `elites` row: its cell and elite.
pub(super) fn elite(
    row: &Row<'_>,
    grid: &GridConfig,
    path: &Path,
) -> Result<(CellIndex, Elite), StoreError> {
    let d = Decoder::new(row, path, "elites");
    Ok((
        d.cell("cell", "cell", grid)?,
        Elite {
            id: ChildId(d.u64("child_id")?),
            fitness: d.f64("fitness")?,
        },
    ))
}

/// A `metrics` row.
pub(super) fn metrics(row: &Row<'_>, path: &Path) -> Result<MetricsRow, StoreError> {
    let d = Decoder::new(row, path, "metrics");
    Ok(MetricsRow {
        generation: d.u32("generation")?,
        evaluations: d.u64("evaluations")?,
        stats: ArchiveStats {
            num_elites: d.u64("num_elites")? as usize,
            coverage: d.f64("coverage")?,
            qd_score: d.f64("qd_score")?,
            norm_qd_score: d.f64("norm_qd_score")?,
            obj_max: d.opt_f64("obj_max")?,
            obj_mean: d.opt_f64("obj_mean")?,
        },
        diff_valid_rate: d.f64("diff_valid_rate")?,
        runnable_rate: d.f64("runnable_rate")?,
        counts: d.json("counts")?,
        elapsed_s: d.f64("elapsed_s")?,
    })
}

/// An `llm_calls` row (its id is the key the caller asked for).
pub(super) fn llm_call(row: &Row<'_>, path: &Path) -> Result<LlmCall, StoreError> {
    let d = Decoder::new(row, path, "llm_calls");
    Ok(LlmCall {
        endpoint: d.text("endpoint")?,
        model: d.text("model")?,
        prompt: d.text("prompt")?,
        params: d.json("params")?,
        seed: d.opt_seed("seed")?,
        reply: d.opt_text("reply")?,
        prompt_tokens: d.opt_u64("prompt_tokens")?,
        completion_tokens: d.opt_u64("completion_tokens")?,
        latency_ms: d.u64("latency_ms")?,
        status: d.parse("status")?,
        error: d.opt_text("error")?,
        // Schema-2 columns, optional on read: `self_eval::read` fills it in.
        self_eval: None,
    })
}

/// [`StoreError::Corrupt`]: `what` in the store at `path` does not read back.
pub(super) fn corrupt(path: &Path, what: impl Into<String>, message: impl ToString) -> StoreError {
    StoreError::Corrupt {
        path: path.to_path_buf(),
        what: what.into(),
        message: message.to_string(),
    }
}

/// Reads typed columns from a row by name, turning any mismatch into [`StoreError::Corrupt`]
/// naming the table, column and (for children) the child.
struct Decoder<'a> {
    row: &'a Row<'a>,
    path: &'a Path,
    table: &'static str,
    child: Option<u64>,
}

impl<'a> Decoder<'a> {
    fn new(row: &'a Row<'a>, path: &'a Path, table: &'static str) -> Self {
        Decoder {
            row,
            path,
            table,
            child: None,
        }
    }

    fn child(self, id: u64) -> Self {
        Decoder {
            child: Some(id),
            ..self
        }
    }

    fn err(&self, column: &str, message: impl ToString) -> StoreError {
        let what = match self.child {
            Some(id) => format!("{}.{column} of child {id}", self.table),
            None => format!("{}.{column}", self.table),
        };
        corrupt(self.path, what, message)
    }

    fn get<T: FromSql>(&self, column: &str) -> Result<T, StoreError> {
        self.row.get(column).map_err(|e| self.err(column, e))
    }

    fn i64(&self, column: &str) -> Result<i64, StoreError> {
        self.get(column)
    }

    fn opt_i64(&self, column: &str) -> Result<Option<i64>, StoreError> {
        self.get(column)
    }

    fn u64(&self, column: &str) -> Result<u64, StoreError> {
        let v = self.i64(column)?;
        u64::try_from(v).map_err(|_| self.err(column, format!("negative value {v}")))
    }

    fn opt_u64(&self, column: &str) -> Result<Option<u64>, StoreError> {
        match self.opt_i64(column)? {
            Some(v) => {
                Ok(Some(u64::try_from(v).map_err(|_| {
                    self.err(column, format!("negative value {v}"))
                })?))
            }
            None => Ok(None),
        }
    }

    fn u32(&self, column: &str) -> Result<u32, StoreError> {
        let v = self.i64(column)?;
        u32::try_from(v).map_err(|_| self.err(column, format!("{v} is not a u32")))
    }

    /// A seed stored as its bit pattern.
    fn opt_seed(&self, column: &str) -> Result<Option<u64>, StoreError> {
        Ok(self.opt_i64(column)?.map(|v| v as u64))
    }

    fn f64(&self, column: &str) -> Result<f64, StoreError> {
        self.get(column)
    }

    fn opt_f64(&self, column: &str) -> Result<Option<f64>, StoreError> {
        self.get(column)
    }

    fn text(&self, column: &str) -> Result<String, StoreError> {
        self.get(column)
    }

    fn opt_text(&self, column: &str) -> Result<Option<String>, StoreError> {
        self.get(column)
    }

    fn json<T: serde::de::DeserializeOwned>(&self, column: &str) -> Result<T, StoreError> {
        let text = self.text(column)?;
        serde_json::from_str(&text).map_err(|e| self.err(column, e))
    }

    fn parse<T: std::str::FromStr>(&self, column: &str) -> Result<T, StoreError>
    where
        T::Err: ToString,
    {
        let text = self.text(column)?;
        text.parse().map_err(|e: T::Err| self.err(column, e))
    }

    /// A cell stored as its flat index under `grid`, selected as `key`, reported as `column`.
    fn cell(&self, key: &str, column: &str, grid: &GridConfig) -> Result<CellIndex, StoreError> {
        let v: i64 = self.row.get(key).map_err(|e| self.err(column, e))?;
        usize::try_from(v)
            .ok()
            .and_then(|flat| CellIndex::from_flat(flat, grid))
            .ok_or_else(|| {
                self.err(
                    column,
                    format!("{v} is not a cell of a grid of {:?} bins", grid.bins),
                )
            })
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;
    use rusqlite::Connection;

    use super::super::fixtures::{CONFIG, hand_made, llm_call, new_store};
    use super::super::{DB_FILE, RunStatus, RunStore, SCHEMA_VERSION};
    use super::*;
    use crate::qd::{Insert, Status};

    #[test]
    fn every_column_round_trips() {
        let tmp = tempfile::tempdir().unwrap();
        let grid = GridConfig::default();
        let g = hand_made(&grid);
        let mut store = new_store(tmp.path());
        let created = store.run().unwrap();
        assert_eq!(created.generation, None);
        assert_eq!(created.status, RunStatus::Running);
        assert_eq!(created.config, CONFIG);
        assert_eq!(created.schema_version, SCHEMA_VERSION);
        store.commit(&g).unwrap();
        drop(store);

        let mut expected = g.children.clone();
        expected.sort_by_key(|c| c.id);
        for store in [
            RunStore::open(tmp.path(), &grid).unwrap(),
            RunStore::open_read_only(&tmp.path().join(DB_FILE)).unwrap(),
        ] {
            assert_eq!(store.grid(), &grid);
            assert_eq!(store.children().unwrap(), expected);
            assert_eq!(store.children_in_generation(0).unwrap(), expected);
            assert!(store.children_in_generation(1).unwrap().is_empty());
            assert_eq!(
                store.child(ChildId(1)).unwrap().as_ref(),
                Some(&g.children[2])
            );
            assert_eq!(store.child(ChildId(5)).unwrap(), None);
            assert_eq!(store.child(ChildId(u64::MAX)).unwrap(), None);
            assert_eq!(store.count_children().unwrap(), 3);
            assert_eq!(
                store.max_child_id().unwrap(),
                Some(ChildId(i64::MAX as u64))
            );
            assert_eq!(
                store.llm_call(CallId(8)).unwrap().as_ref(),
                Some(&g.llm_calls[0].1)
            );
            assert_eq!(
                store.llm_call(CallId(7)).unwrap().as_ref(),
                Some(&g.llm_calls[1].1)
            );
            assert_eq!(store.llm_call(CallId(9)).unwrap(), None);
            assert_eq!(store.metrics().unwrap(), vec![g.metrics.clone()]);
            let elites = store.elites().unwrap();
            assert_eq!(elites.len(), 1);
            assert_eq!(elites[0], (g.elites[0].0, g.children[1].clone()));
            assert!(store.elites_since(ChildId(0)).unwrap().is_empty());
            let run = store.run().unwrap();
            assert_eq!(run.generation, Some(0));
            assert_eq!(run.next_child_id, ChildId(2));
            assert_eq!(run.status, RunStatus::Complete);
            assert_eq!(run.rng_state, g.rng_state);
            assert_eq!(run.created_at, created.created_at);
            assert!(run.updated_at >= run.created_at);
            let archive = store.archive().unwrap();
            assert_eq!(archive.elite(g.elites[0].0), Some(g.elites[0].1));
            assert_eq!(store.integrity_check().unwrap(), "ok");
        }

        // The documented encodings, as other tools see them.
        let conn = Connection::open(tmp.path().join(DB_FILE)).unwrap();
        let (seed, cell, status, insertion): (i64, i64, String, String) = conn
            .query_row(
                "SELECT seed, cell, status, insertion FROM children WHERE id = 0",
                [],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
            )
            .unwrap();
        assert_eq!(seed, (u64::MAX - 5) as i64);
        assert_eq!(cell, (11 * 12 * 12 + 7) as i64);
        assert_eq!((status.as_str(), insertion.as_str()), ("ok", "new"));
        let nulls: (Option<f64>, Option<String>, Option<i64>) = conn
            .query_row(
                &format!(
                    "SELECT fitness, insertion, cell FROM children WHERE id = {}",
                    i64::MAX
                ),
                [],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )
            .unwrap();
        assert_eq!(nulls, (None, None, None));
        let (user_version, mode): (u32, String) = (
            conn.query_row("PRAGMA user_version", [], |r| r.get(0))
                .unwrap(),
            conn.query_row("PRAGMA journal_mode", [], |r| r.get(0))
                .unwrap(),
        );
        assert_eq!((user_version, mode.as_str()), (SCHEMA_VERSION, "wal"));
        let grid_text: String = conn
            .query_row("SELECT grid FROM run", [], |r| r.get(0))
            .unwrap();
        assert_eq!(
            serde_json::from_str::<GridConfig>(&grid_text).unwrap(),
            grid
        );
    }

    fn text() -> impl Strategy<Value = String> {
        prop::collection::vec(any::<char>(), 0..24).prop_map(String::from_iter)
    }

    fn finite() -> impl Strategy<Value = f64> {
        prop::num::f64::POSITIVE
            | prop::num::f64::NEGATIVE
            | prop::num::f64::NORMAL
            | prop::num::f64::SUBNORMAL
            | prop::num::f64::ZERO
    }

    fn not_nan() -> impl Strategy<Value = f64> {
        prop_oneof![finite(), Just(f64::INFINITY), Just(f64::NEG_INFINITY)]
    }

    fn id() -> impl Strategy<Value = u64> {
        0..=i64::MAX as u64
    }

    fn child_row() -> impl Strategy<Value = ChildRow> {
        let status = prop::sample::select(Status::ALL.to_vec());
        let texts = (
            text(),
            prop::option::of(text()),
            prop::option::of(text()),
            prop::option::of(text()),
            prop::option::of(text()),
            prop::option::of(text()),
        );
        let numbers = (
            id(),
            any::<u32>(),
            prop::collection::vec(id(), 0..4),
            prop::option::of(any::<u64>()),
            prop::option::of((not_nan(), not_nan(), not_nan())),
            prop::option::of(0..1728usize),
            prop::option::of(id()),
            prop::option::of(id()),
            prop::option::of(id()),
        );
        let outcome = (
            prop::option::of(finite()),
            prop::option::of(prop::sample::select(Insert::ALL.to_vec())),
        );
        (status, texts, numbers, outcome).prop_map(|(status, texts, numbers, outcome)| {
            let grid = GridConfig::default();
            let (operator, format, edit, source, error, walker) = texts;
            let (id, generation, parent_ids, seed, descriptors, cell, llm_call_id, sim_us, cpu_us) =
                numbers;
            let ok = status == Status::Ok;
            ChildRow {
                id: ChildId(id),
                generation,
                parent_ids: parent_ids.into_iter().map(ChildId).collect(),
                operator,
                format,
                edit,
                source,
                seed,
                status,
                error,
                walker,
                descriptors: descriptors.map(|(height, width, mass)| Descriptors {
                    height,
                    width,
                    mass,
                }),
                cell: cell.map(|flat| CellIndex::from_flat(flat, &grid).unwrap()),
                fitness: outcome.0.filter(|_| ok),
                insertion: outcome.1.filter(|_| ok),
                llm_call_id: llm_call_id.map(CallId),
                sim_us,
                cpu_us,
            }
        })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(48))]

        /// Any storable child reads back equal (-0.0 reads back as 0.0, which compares equal).
        #[test]
        fn a_child_row_round_trips(child in child_row()) {
            let tmp = tempfile::tempdir().unwrap();
            let mut store = new_store(tmp.path());
            let mut g = hand_made(store.grid());
            g.children = vec![child.clone()];
            g.elites.clear();
            g.llm_calls = child.llm_call_id.map(|id| (id, llm_call(id.get()))).into_iter().collect();
            store.commit(&g).unwrap();
            drop(store);
            let store = RunStore::open_read_only(tmp.path()).unwrap();
            let back = store.child(child.id).unwrap();
            prop_assert_eq!(back.as_ref(), Some(&child));
            let back = back.unwrap();
            prop_assert_eq!(back.seed, child.seed);
            prop_assert_eq!(back.fitness.map(|f| (f + 0.0).to_bits()), child.fitness.map(|f| (f + 0.0).to_bits()));
        }
    }
}
