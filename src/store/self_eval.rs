//! The self-evaluation columns of `llm_calls` (schema version 2, issue 21): written with a
//! call, read back with it, and joined with each child's fate for `elmer report`.
//!
//! A store of version 1 has none of these columns; read-only, it reads as having no
//! self-evaluation at all (a read-write open migrates it first).

use std::path::Path;

use rusqlite::{Connection, Row, params};

use super::error::{AtPath, StoreError};
use super::guard::{bad_row, int, opt_int};
use super::run_store::RunStore;
use super::schema::SELF_EVAL_COLUMNS;
use crate::mutate::{CallId, SelfEval};
use crate::qd::{ChildId, Status};

/// A child whose call carries a self-evaluation, with what became of it: the rows the
/// calibration report scores.
#[derive(Clone, Debug, PartialEq)]
pub struct SelfEvalRecord {
    /// The child's id.
    pub child_id: ChildId,
    /// `children.operator` (e.g. `llm`).
    pub operator: String,
    /// `children.format` (e.g. `chat`).
    pub format: Option<String>,
    /// The child's status.
    pub status: Status,
    /// The child's fitness, metres (`ok` children only).
    pub fitness: Option<f64>,
    /// The fitness of its first parent, metres, if that parent is stored with one.
    pub parent_fitness: Option<f64>,
    /// The model's forecast.
    pub self_eval: SelfEval,
}

impl RunStore {
    /// Every child whose LLM call carries the model's self-evaluation, with the child's fate
    /// (issue 21); empty for a store from before self-evaluation.
    pub fn self_evals(&self) -> Result<Vec<SelfEvalRecord>, StoreError> {
        records(&self.conn, &self.path)
    }
}

/// Does the store have the self-evaluation columns (version 2 or later)?
pub(super) fn has_columns(conn: &Connection, path: &Path) -> Result<bool, StoreError> {
    let present: Vec<String> = conn
        .prepare_cached("SELECT name FROM pragma_table_info('llm_calls')")
        .at(path)?
        .query_map([], |row| row.get(0))
        .at(path)?
        .collect::<rusqlite::Result<_>>()
        .at(path)?;
    Ok(SELF_EVAL_COLUMNS
        .iter()
        .all(|c| present.iter().any(|p| p == c)))
}

/// Writes `eval` onto the already inserted call `id` (inside the commit's transaction).
/// A probability outside [0, 1] (or NaN) or a count above `i64::MAX` is
/// [`StoreError::BadRow`].
pub(super) fn write(
    conn: &Connection,
    path: &Path,
    id: CallId,
    eval: &SelfEval,
) -> Result<(), StoreError> {
    let what = |field: &str| format!("llm call {id} {field}");
    for (field, p) in [("p_runs", eval.p_runs), ("p_improves", eval.p_improves)] {
        if let Some(p) = p
            && !(0.0..=1.0).contains(&p)
        {
            return Err(bad_row(
                path,
                what(field),
                format!("{p} is not a probability in [0, 1]"),
            ));
        }
    }
    conn.prepare_cached(
        "UPDATE llm_calls SET p_runs = ?2, p_improves = ?3, self_eval_prompt_tokens = ?4, \
         self_eval_completion_tokens = ?5, self_eval_ms = ?6, self_eval_status = ?7 WHERE id = ?1",
    )
    .at(path)?
    .execute(params![
        int(path, id.get(), || what("id"))?,
        eval.p_runs,
        eval.p_improves,
        opt_int(path, eval.prompt_tokens, || what("self_eval_prompt_tokens"))?,
        opt_int(path, eval.completion_tokens, || {
            what("self_eval_completion_tokens")
        })?,
        int(path, eval.latency_ms, || what("self_eval_ms"))?,
        eval.status,
    ])
    .at(path)?;
    Ok(())
}

/// The self-evaluation of call `id`, `None` when it has none or the store predates them.
pub(super) fn read(
    conn: &Connection,
    path: &Path,
    id: i64,
) -> Result<Option<SelfEval>, StoreError> {
    if !has_columns(conn, path)? {
        return Ok(None);
    }
    let sql = format!(
        "SELECT {} FROM llm_calls WHERE id = ?1",
        SELF_EVAL_COLUMNS.join(", ")
    );
    let mut stmt = conn.prepare_cached(&sql).at(path)?;
    let mut rows = stmt.query([id]).at(path)?;
    match rows.next().at(path)? {
        Some(row) => decode(row, 0, path, id),
        None => Ok(None),
    }
}

/// Every child whose call has a self-evaluation, by child id, with its status, fitness and
/// first parent's fitness; empty for a store that predates self-evaluation.
pub(super) fn records(conn: &Connection, path: &Path) -> Result<Vec<SelfEvalRecord>, StoreError> {
    if !has_columns(conn, path)? {
        return Ok(Vec::new());
    }
    let sql = format!(
        "SELECT c.id, c.operator, c.format, c.status, c.fitness, p.fitness, l.id, {} \
         FROM children c JOIN llm_calls l ON l.id = c.llm_call_id \
         LEFT JOIN children p ON p.id = json_extract(c.parent_ids, '$[0]') \
         WHERE l.self_eval_status IS NOT NULL ORDER BY c.id",
        SELF_EVAL_COLUMNS.map(|c| format!("l.{c}")).join(", ")
    );
    let mut stmt = conn.prepare(&sql).at(path)?;
    let mut rows = stmt.query([]).at(path)?;
    let mut out = Vec::new();
    while let Some(row) = rows.next().at(path)? {
        let child_id: i64 = row.get(0).at(path)?;
        let status: String = row.get(3).at(path)?;
        let corrupt = |what: &str, message: String| StoreError::Corrupt {
            path: path.to_path_buf(),
            what: format!("children.{what} of child {child_id}"),
            message,
        };
        let call_id: i64 = row.get(6).at(path)?;
        let Some(self_eval) = decode(row, 7, path, call_id)? else {
            continue;
        };
        out.push(SelfEvalRecord {
            child_id: u64::try_from(child_id)
                .map(ChildId)
                .map_err(|_| corrupt("id", format!("{child_id} is negative")))?,
            operator: row.get(1).at(path)?,
            format: row.get(2).at(path)?,
            status: status
                .parse()
                .map_err(|e: crate::qd::ParseNameError| corrupt("status", e.to_string()))?,
            fitness: row.get(4).at(path)?,
            parent_fitness: row.get(5).at(path)?,
            self_eval,
        });
    }
    Ok(out)
}

/// The [`SELF_EVAL_COLUMNS`] of call `id` starting at column `start`; `None` when its status
/// is NULL (no self-evaluation).
fn decode(
    row: &Row<'_>,
    start: usize,
    path: &Path,
    id: i64,
) -> Result<Option<SelfEval>, StoreError> {
    let Some(status) = row.get::<_, Option<String>>(start + 5).at(path)? else {
        return Ok(None);
    };
    let count = |i: usize| -> Result<Option<u64>, StoreError> {
        row.get::<_, Option<i64>>(start + i)
            .at(path)?
            .map(|v| {
                u64::try_from(v).map_err(|_| StoreError::Corrupt {
                    path: path.to_path_buf(),
                    what: format!("llm_calls.{} of call {id}", SELF_EVAL_COLUMNS[i]),
                    message: format!("{v} is negative"),
                })
            })
            .transpose()
    };
    Ok(Some(SelfEval {
        p_runs: row.get(start).at(path)?,
        p_improves: row.get(start + 1).at(path)?,
        prompt_tokens: count(2)?,
        completion_tokens: count(3)?,
        latency_ms: count(4)?.unwrap_or(0),
        status,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::schema::{CURRENT, apply};

    fn store() -> Connection {
        let mut conn = Connection::open_in_memory().unwrap();
        let tx = conn.transaction().unwrap();
        apply(&tx, Path::new(":memory:"), 0, &CURRENT).unwrap();
        tx.commit().unwrap();
        conn.execute(
            "INSERT INTO llm_calls (id, endpoint, model, prompt, params, latency_ms, status) \
             VALUES (3, 'e', 'm', 'p', '{}', 10, 'ok'), (4, 'e', 'm', 'p', '{}', 10, 'ok')",
            [],
        )
        .unwrap();
        conn
    }

    fn eval(p_runs: Option<f64>) -> SelfEval {
        SelfEval {
            p_runs,
            p_improves: Some(0.25),
            prompt_tokens: Some(1700),
            completion_tokens: None,
            latency_ms: 2300,
            status: "ok".into(),
        }
    }

    #[test]
    fn a_self_evaluation_round_trips_and_a_call_without_one_reads_none() {
        let conn = store();
        let path = Path::new("x");
        assert!(has_columns(&conn, path).unwrap());
        write(&conn, path, CallId(3), &eval(Some(1.0))).unwrap();
        assert_eq!(read(&conn, path, 3).unwrap(), Some(eval(Some(1.0))));
        assert_eq!(read(&conn, path, 4).unwrap(), None);
        assert_eq!(read(&conn, path, 5).unwrap(), None);
        let failed = SelfEval {
            p_runs: None,
            p_improves: None,
            status: "timeout".into(),
            ..eval(None)
        };
        write(&conn, path, CallId(4), &failed).unwrap();
        assert_eq!(read(&conn, path, 4).unwrap(), Some(failed));
    }

    #[test]
    fn probabilities_outside_zero_one_are_refused() {
        let conn = store();
        for p in [1.5, -0.1, f64::NAN] {
            let err = write(&conn, Path::new("x"), CallId(3), &eval(Some(p))).unwrap_err();
            assert!(
                matches!(&err, StoreError::BadRow { what, .. } if what == "llm call 3 p_runs"),
                "{err}"
            );
        }
        assert_eq!(read(&conn, Path::new("x"), 3).unwrap(), None);
    }

    #[test]
    fn a_version_1_store_has_no_self_evaluation() {
        let mut conn = Connection::open_in_memory().unwrap();
        let tx = conn.transaction().unwrap();
        tx.execute_batch(super::super::MIGRATIONS[0]).unwrap();
        tx.commit().unwrap();
        let path = Path::new("x");
        assert!(!has_columns(&conn, path).unwrap());
        assert_eq!(read(&conn, path, 0).unwrap(), None);
        assert!(records(&conn, path).unwrap().is_empty());
    }
}
