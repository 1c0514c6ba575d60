//! [`RunStore::commit`]: one generation's rows, encoded through the guards, in one transaction.

use std::path::Path;
use std::sync::LazyLock;

use rusqlite::{CachedStatement, TransactionBehavior, named_params, params};

use super::decode::{CHILD_COLUMNS, ELITE_COLUMNS, LLM_CALL_COLUMNS, METRICS_COLUMNS, insert_sql};
use super::error::{AtPath, StoreError};
use super::guard::{bad_row, fitness, flat, int, opt_int, opt_real, real, seed_to_sql};
use super::rows::{ChildRow, Generation, MetricsRow};
use super::run_store::{RunStore, now_rfc3339};
use crate::mutate::{CallId, LlmCall};
use crate::qd::{CellIndex, Elite, GridConfig, Status};

static INSERT_CHILD: LazyLock<String> = LazyLock::new(|| insert_sql("children", CHILD_COLUMNS));

static INSERT_LLM_CALL: LazyLock<String> =
    LazyLock::new(|| insert_sql("llm_calls", LLM_CALL_COLUMNS));

static UPSERT_ELITE: LazyLock<String> = LazyLock::new(|| {
    format!(
        "{} ON CONFLICT (cell) DO UPDATE SET child_id = excluded.child_id, \
         fitness = excluded.fitness",
        insert_sql("elites", ELITE_COLUMNS)
    )
});

static INSERT_METRICS: LazyLock<String> = LazyLock::new(|| insert_sql("metrics", METRICS_COLUMNS));

const UPDATE_RUN: &str = "UPDATE run SET rng_state = ?1, generation = ?2, next_child_id = ?3, \
     status = ?4, updated_at = ?5 WHERE id = 1";

impl RunStore {
    /// Writes one generation in one transaction: its children and LLM calls, the changed
    /// elites, its metrics, and the run row (RNG state, generation, next child id, status).
    ///
    /// `g.generation` must be the last committed generation + 1 (0 first). A value that cannot
    /// be stored (NaN or infinite fitness, NaN anywhere else, an integer above `i64::MAX`, a
    /// cell outside the grid) is [`StoreError::BadRow`] and nothing of `g` is written. A
    /// process killed at any moment loses at most this generation.
    pub fn commit(&mut self, g: &Generation) -> Result<(), StoreError> {
        self.commit_with(g, &mut || {})
    }

    /// [`RunStore::commit`] calling `before_commit` with every row written but the transaction
    /// still open (tests kill the process or read concurrently there).
    pub(super) fn commit_with(
        &mut self,
        g: &Generation,
        before_commit: &mut dyn FnMut(),
    ) -> Result<(), StoreError> {
        self.writable()?;
        let path = self.path.as_path();
        let grid = &self.grid;
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .at(path)?;
        let last: i64 = tx
            .query_row("SELECT generation FROM run WHERE id = 1", [], |row| {
                row.get(0)
            })
            .at(path)?;
        if g.metrics.generation != g.generation {
            return Err(bad_row(
                path,
                "metrics generation",
                format!(
                    "the metrics say generation {}, the commit {}",
                    g.metrics.generation, g.generation
                ),
            ));
        }
        if i64::from(g.generation) != last + 1 {
            return Err(bad_row(
                path,
                "generation",
                format!(
                    "expected generation {} after {last}, got {}",
                    last + 1,
                    g.generation
                ),
            ));
        }
        {
            let mut stmt = tx.prepare_cached(&INSERT_LLM_CALL).at(path)?;
            for (id, call) in &g.llm_calls {
                insert_llm_call(&mut stmt, *id, call, path)?;
                if let Some(eval) = &call.self_eval {
                    super::self_eval::write(&tx, path, *id, eval)?;
                }
            }
        }
        {
            let mut stmt = tx.prepare_cached(&INSERT_CHILD).at(path)?;
            for child in &g.children {
                insert_child(&mut stmt, child, grid, path)?;
            }
        }
        {
            let mut stmt = tx.prepare_cached(&UPSERT_ELITE).at(path)?;
            for (cell, elite) in &g.elites {
                upsert_elite(&mut stmt, *cell, elite, grid, path)?;
            }
        }
        insert_metrics(
            &mut tx.prepare_cached(&INSERT_METRICS).at(path)?,
            &g.metrics,
            path,
        )?;
        tx.prepare_cached(UPDATE_RUN)
            .at(path)?
            .execute(params![
                g.rng_state,
                g.generation,
                int(path, g.next_child_id.get(), || "next_child_id".to_owned())?,
                g.status.as_str(),
                now_rfc3339(),
            ])
            .at(path)?;
        before_commit();
        tx.commit().at(path)?;
        if let Some(checkpointer) = &self.checkpointer {
            checkpointer.wake();
        }
        Ok(())
    }
}

fn insert_llm_call(
    stmt: &mut CachedStatement<'_>,
    id: CallId,
    call: &LlmCall,
    path: &Path,
) -> Result<(), StoreError> {
    let what = |field: &str| format!("llm call {id} {field}");
    stmt.execute(named_params! {
        ":id": int(path, id.get(), || what("id"))?,
        ":endpoint": call.endpoint,
        ":model": call.model,
        ":prompt": call.prompt,
        ":params": call.params.to_string(),
        ":seed": call.seed.map(seed_to_sql),
        ":reply": call.reply,
        ":prompt_tokens": opt_int(path, call.prompt_tokens, || what("prompt_tokens"))?,
        ":completion_tokens": opt_int(path, call.completion_tokens, || what("completion_tokens"))?,
        ":latency_ms": int(path, call.latency_ms, || what("latency_ms"))?,
        ":status": call.status.to_string(),
        ":error": call.error,
    })
    .at(path)?;
    Ok(())
}

fn insert_child(
    stmt: &mut CachedStatement<'_>,
    c: &ChildRow,
    grid: &GridConfig,
    path: &Path,
) -> Result<(), StoreError> {
    let what = |field: &str| format!("child {} {field}", c.id);
    let parents =
        serde_json::to_string(&c.parent_ids).map_err(|e| bad_row(path, what("parent_ids"), e))?;
    let (height, width, mass) = match &c.descriptors {
        Some(d) => (
            Some(real(path, d.height, || what("height"))?),
            Some(real(path, d.width, || what("width"))?),
            Some(real(path, d.mass, || what("mass"))?),
        ),
        None => (None, None, None),
    };
    let cell = match c.cell {
        Some(cell) => Some(flat(path, cell, grid, || what("cell"))?),
        None => None,
    };
    let fit = match c.fitness {
        Some(f) => Some(fitness(path, f, || what("fitness"))?),
        None => None,
    };
    if c.status != Status::Ok && (c.fitness.is_some() || c.insertion.is_some()) {
        return Err(bad_row(
            path,
            what("fitness"),
            format!(
                "fitness and insertion are for `ok` children, this one is `{}`",
                c.status
            ),
        ));
    }
    stmt.execute(named_params! {
        ":id": int(path, c.id.get(), || what("id"))?,
        ":generation": c.generation,
        ":parent_ids": parents,
        ":operator": c.operator,
        ":format": c.format,
        ":edit": c.edit,
        ":source": c.source,
        ":seed": c.seed.map(seed_to_sql),
        ":status": c.status.as_str(),
        ":error": c.error,
        ":walker": c.walker,
        ":height": height,
        ":width": width,
        ":mass": mass,
        ":cell": cell,
        ":fitness": fit,
        ":insertion": c.insertion.map(|i| i.as_str()),
        ":llm_call_id": opt_int(path, c.llm_call_id.map(CallId::get), || what("llm_call_id"))?,
        ":sim_us": opt_int(path, c.sim_us, || what("sim_us"))?,
        ":cpu_us": opt_int(path, c.cpu_us, || what("cpu_us"))?,
    })
    .at(path)?;
    Ok(())
}

fn upsert_elite(
    stmt: &mut CachedStatement<'_>,
    cell: CellIndex,
    elite: &Elite,
    grid: &GridConfig,
    path: &Path,
) -> Result<(), StoreError> {
    let what = |field: &str| format!("elite of cell {cell} {field}");
    stmt.execute(named_params! {
        ":cell": flat(path, cell, grid, || what("cell"))?,
        ":child_id": int(path, elite.id.get(), || what("child id"))?,
        ":fitness": fitness(path, elite.fitness, || what("fitness"))?,
    })
    .at(path)?;
    Ok(())
}

fn insert_metrics(
    stmt: &mut CachedStatement<'_>,
    m: &MetricsRow,
    path: &Path,
) -> Result<(), StoreError> {
    let what = |field: &str| format!("metrics of generation {} {field}", m.generation);
    let counts = serde_json::to_string(&m.counts).map_err(|e| bad_row(path, what("counts"), e))?;
    stmt.execute(named_params! {
        ":generation": m.generation,
        ":evaluations": int(path, m.evaluations, || what("evaluations"))?,
        ":num_elites": int(path, m.stats.num_elites as u64, || what("num_elites"))?,
        ":coverage": real(path, m.stats.coverage, || what("coverage"))?,
        ":qd_score": real(path, m.stats.qd_score, || what("qd_score"))?,
        ":norm_qd_score": real(path, m.stats.norm_qd_score, || what("norm_qd_score"))?,
        ":obj_max": opt_real(path, m.stats.obj_max, || what("obj_max"))?,
        ":obj_mean": opt_real(path, m.stats.obj_mean, || what("obj_mean"))?,
        ":diff_valid_rate": real(path, m.diff_valid_rate, || what("diff_valid_rate"))?,
        ":runnable_rate": real(path, m.runnable_rate, || what("runnable_rate"))?,
        ":counts": counts,
        ":elapsed_s": real(path, m.elapsed_s, || what("elapsed_s"))?,
    })
    .at(path)?;
    Ok(())
}
