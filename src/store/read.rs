//! The readers of [`RunStore`]: the run row, children, elites, the archive, metrics, LLM calls.

use rusqlite::{Params, Row};

use super::decode::{
    self, CHILD_COLUMNS, ELITE_CELL, ELITE_COLUMNS, LLM_CALL_COLUMNS, METRICS_COLUMNS, RUN_COLUMNS,
    corrupt, select_list,
};
use super::error::{AtPath, StoreError};
use super::rows::{ChildRow, MetricsRow, RunRow};
use super::run_store::RunStore;
use crate::mutate::{CallId, LlmCall};
use crate::qd::{Archive, CellIndex, ChildId};

impl RunStore {
    /// The run row.
    pub fn run(&self) -> Result<RunRow, StoreError> {
        let sql = format!(
            "SELECT {} FROM run r WHERE r.id = 1",
            select_list("r", RUN_COLUMNS)
        );
        self.query(&sql, [], |row| decode::run(row, &self.path))?
            .pop()
            .ok_or_else(|| corrupt(&self.path, "run row", "missing"))
    }

    /// Every child, ordered by id.
    pub fn children(&self) -> Result<Vec<ChildRow>, StoreError> {
        self.query_children("ORDER BY c.id", [])
    }

    /// One child by id.
    pub fn child(&self, id: ChildId) -> Result<Option<ChildRow>, StoreError> {
        let Ok(id) = i64::try_from(id.get()) else {
            return Ok(None);
        };
        Ok(self.query_children("WHERE c.id = ?1", [id])?.pop())
    }

    /// The children of one generation, ordered by id.
    pub fn children_in_generation(&self, generation: u32) -> Result<Vec<ChildRow>, StoreError> {
        self.query_children("WHERE c.generation = ?1 ORDER BY c.id", [generation])
    }

    /// Number of children (evaluations stored).
    pub fn count_children(&self) -> Result<u64, StoreError> {
        let n: i64 = self
            .conn
            .query_row("SELECT count(*) FROM children", [], |row| row.get(0))
            .at(&self.path)?;
        Ok(n as u64)
    }

    /// The highest child id stored; `None` before any child. The viewer's live mode polls it.
    pub fn max_child_id(&self) -> Result<Option<ChildId>, StoreError> {
        let id: Option<i64> = self
            .conn
            .query_row("SELECT max(id) FROM children", [], |row| row.get(0))
            .at(&self.path)?;
        Ok(id.map(|id| ChildId(id as u64)))
    }

    /// The largest LLM call id, if any call is stored.
    pub fn max_llm_call_id(&self) -> Result<Option<CallId>, StoreError> {
        let id: Option<i64> = self
            .conn
            .query_row("SELECT max(id) FROM llm_calls", [], |row| row.get(0))
            .at(&self.path)?;
        Ok(id.map(|id| CallId(id as u64)))
    }

    /// The elites with their children, ordered by cell.
    pub fn elites(&self) -> Result<Vec<(CellIndex, ChildRow)>, StoreError> {
        self.query_elites("", [])
    }

    /// The elites whose child id is above `child_id`, ordered by cell: what changed since the
    /// viewer last saw `child_id` ([`RunStore::max_child_id`]).
    pub fn elites_since(
        &self,
        child_id: ChildId,
    ) -> Result<Vec<(CellIndex, ChildRow)>, StoreError> {
        let Ok(after) = i64::try_from(child_id.get()) else {
            return Ok(Vec::new());
        };
        self.query_elites("WHERE e.child_id > ?1", [after])
    }

    /// The archive as committed, rebuilt from `elites` (same [`Archive::hash`]).
    pub fn archive(&self) -> Result<Archive, StoreError> {
        let sql = format!(
            "SELECT {} FROM elites e ORDER BY e.cell",
            select_list("e", ELITE_COLUMNS)
        );
        let elites = self.query(&sql, [], |row| decode::elite(row, &self.grid, &self.path))?;
        Archive::from_elites(self.grid.clone(), elites)
            .map_err(|e| corrupt(&self.path, "elites", e.to_string()))
    }

    /// The metrics of every committed generation, in order.
    pub fn metrics(&self) -> Result<Vec<MetricsRow>, StoreError> {
        let sql = format!(
            "SELECT {} FROM metrics m ORDER BY m.generation",
            select_list("m", METRICS_COLUMNS)
        );
        self.query(&sql, [], |row| decode::metrics(row, &self.path))
    }

    /// One LLM call by id.
    pub fn llm_call(&self, id: CallId) -> Result<Option<LlmCall>, StoreError> {
        let Ok(id) = i64::try_from(id.get()) else {
            return Ok(None);
        };
        let sql = format!(
            "SELECT {} FROM llm_calls l WHERE l.id = ?1",
            select_list("l", LLM_CALL_COLUMNS)
        );
        let Some(mut call) = self
            .query(&sql, [id], |row| decode::llm_call(row, &self.path))?
            .pop()
        else {
            return Ok(None);
        };
        call.self_eval = super::self_eval::read(&self.conn, &self.path, id)?;
        Ok(Some(call))
    }

    /// SQLite's `PRAGMA integrity_check`: `"ok"`, or the problems found, one per line.
    pub fn integrity_check(&self) -> Result<String, StoreError> {
        let mut stmt = self.conn.prepare("PRAGMA integrity_check").at(&self.path)?;
        let lines: Vec<String> = stmt
            .query_map([], |row| row.get(0))
            .at(&self.path)?
            .collect::<rusqlite::Result<_>>()
            .at(&self.path)?;
        Ok(lines.join("\n"))
    }

    /// Runs `sql` (cached) and decodes every row.
    fn query<T>(
        &self,
        sql: &str,
        params: impl Params,
        mut decode: impl FnMut(&Row<'_>) -> Result<T, StoreError>,
    ) -> Result<Vec<T>, StoreError> {
        let path = &self.path;
        let mut stmt = self.conn.prepare_cached(sql).at(path)?;
        let mut rows = stmt.query(params).at(path)?;
        let mut out = Vec::new();
        while let Some(row) = rows.next().at(path)? {
            out.push(decode(row)?);
        }
        Ok(out)
    }

    /// The children matching `tail` (a WHERE and/or ORDER BY clause on `children c`).
    fn query_children(&self, tail: &str, params: impl Params) -> Result<Vec<ChildRow>, StoreError> {
        let sql = format!(
            "SELECT {} FROM children c {tail}",
            select_list("c", CHILD_COLUMNS)
        );
        self.query(&sql, params, |row| {
            decode::child(row, &self.grid, &self.path)
        })
    }

    fn query_elites(
        &self,
        filter: &str,
        params: impl Params,
    ) -> Result<Vec<(CellIndex, ChildRow)>, StoreError> {
        let sql = format!(
            "SELECT e.cell AS {ELITE_CELL}, {} FROM elites e JOIN children c ON c.id = e.child_id \
             {filter} ORDER BY e.cell",
            select_list("c", CHILD_COLUMNS)
        );
        self.query(&sql, params, |row| {
            Ok((
                decode::elite_cell(row, &self.grid, &self.path)?,
                decode::child(row, &self.grid, &self.path)?,
            ))
        })
    }
}
