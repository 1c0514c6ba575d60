//! [`RunStore`]: one run's SQLite database: create, open, commit a generation, read back.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::thread;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use rusqlite::{Connection, OpenFlags, OptionalExtension, Row, TransactionBehavior, params};

use super::error::{AtPath, StoreError};
use super::rows::{ChildRow, Generation, LlmCallRow, MetricsRow, RunRow, RunStatus};
use super::schema::{self, CURRENT, Schema};
use crate::qd::{Archive, ArchiveStats, CellIndex, Elite, GridConfig};
use crate::walker::Descriptors;

/// The database file inside a run folder.
pub const DB_FILE: &str = "run.sqlite";

/// How long a connection waits for another one's lock before failing (a reader during WAL
/// recovery, two writers).
const BUSY_TIMEOUT: Duration = Duration::from_secs(10);

/// Cached prepared statements per connection: the commit uses six, the readers a handful.
const STATEMENT_CACHE: usize = 32;

/// The `children` columns in [`decode_child`]'s order, for a query `FROM children c`.
const CHILD_COLUMNS: &str = "c.id, c.generation, c.parent_ids, c.operator, c.format, c.edit, \
     c.source, c.seed, c.status, c.error, c.walker, c.height, c.width, c.mass, c.cell, \
     c.fitness, c.insertion, c.llm_call_id, c.sim_us, c.cpu_us";

const INSERT_CHILD: &str = "INSERT INTO children (id, generation, parent_ids, operator, format, \
     edit, source, seed, status, error, walker, height, width, mass, cell, fitness, insertion, \
     llm_call_id, sim_us, cpu_us) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, \
     ?14, ?15, ?16, ?17, ?18, ?19, ?20)";

const INSERT_LLM_CALL: &str = "INSERT INTO llm_calls (id, endpoint, model, prompt, params, seed, \
     reply, prompt_tokens, completion_tokens, latency_ms, status, error) VALUES (?1, ?2, ?3, ?4, \
     ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)";

const UPSERT_ELITE: &str = "INSERT INTO elites (cell, child_id, fitness) VALUES (?1, ?2, ?3) \
     ON CONFLICT (cell) DO UPDATE SET child_id = excluded.child_id, fitness = excluded.fitness";

const METRICS_COLUMNS: &str = "generation, evaluations, num_elites, coverage, qd_score, \
     norm_qd_score, obj_max, obj_mean, diff_valid_rate, runnable_rate, counts, elapsed_s";

const INSERT_METRICS: &str = "INSERT INTO metrics (generation, evaluations, num_elites, \
     coverage, qd_score, norm_qd_score, obj_max, obj_mean, diff_valid_rate, runnable_rate, \
     counts, elapsed_s) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)";

const UPDATE_RUN: &str = "UPDATE run SET rng_state = ?1, generation = ?2, next_child_id = ?3, \
     status = ?4, updated_at = ?5 WHERE id = 1";

const LLM_CALL_COLUMNS: &str = "id, endpoint, model, prompt, params, seed, reply, \
     prompt_tokens, completion_tokens, latency_ms, status, error";

/// One run's store: `archives/<name>/run.sqlite` (DESIGN §7).
///
/// Open it with [`RunStore::create`], [`RunStore::open`] (read-write, migrates) or
/// [`RunStore::open_read_only`] (report, export, viewer; works while a run writes). The writer
/// adds one [`Generation`] per [`RunStore::commit`], in one transaction.
#[derive(Debug)]
pub struct RunStore {
    // Dropped before `checkpointer`, whose connection, closing last, folds the WAL into the
    // database file and deletes it.
    conn: Connection,
    path: PathBuf,
    grid: GridConfig,
    read_only: bool,
    checkpointer: Option<Checkpointer>,
}

impl RunStore {
    /// The database file meant by RUN on the command line.
    ///
    /// An existing folder means its `run.sqlite`, an existing file itself; a bare name (no `/`,
    /// not an existing path) means `archives_dir/<name>/run.sqlite`; any other path is taken as
    /// a run folder unless its file name ends in `.sqlite`. The parent of the result is the run
    /// folder.
    pub fn resolve(arg: &str, archives_dir: &Path) -> PathBuf {
        let path = Path::new(arg);
        if path.is_dir() {
            path.join(DB_FILE)
        } else if path.exists() {
            path.to_path_buf()
        } else if !arg.contains('/') && !arg.contains(std::path::MAIN_SEPARATOR) {
            archives_dir.join(arg).join(DB_FILE)
        } else if path.extension().is_some_and(|ext| ext == "sqlite") {
            path.to_path_buf()
        } else {
            path.join(DB_FILE)
        }
    }

    /// Creates the run folder `dir` (and its parents) and a new store in it, status `running`,
    /// before any generation.
    ///
    /// Refuses with [`StoreError::Exists`] if `dir/run.sqlite` exists, without touching it. The
    /// database is built under a temporary name and published with a hard link, so a killed
    /// `create` never leaves a half-made `run.sqlite` (at most a stray
    /// `.run.sqlite.creating-<pid>`) and two racing creates cannot both win.
    pub fn create(
        dir: &Path,
        config_toml: &str,
        grid: &GridConfig,
        rng_state: &str,
    ) -> Result<RunStore, StoreError> {
        let path = dir.join(DB_FILE);
        let grid_json = grid_json(grid, &path)?;
        if path.symlink_metadata().is_ok() {
            return Err(StoreError::Exists { path });
        }
        fs::create_dir_all(dir).map_err(|source| StoreError::Io {
            path: dir.to_path_buf(),
            source,
        })?;
        let tmp = dir.join(format!(".{DB_FILE}.creating-{}", std::process::id()));
        remove_db_files(&tmp);
        let built = build(&tmp, config_toml, &grid_json, rng_state);
        if let Err(err) = built {
            remove_db_files(&tmp);
            return Err(err);
        }
        let published = publish(&tmp, &path);
        remove_db_files(&tmp);
        published?;
        Self::open_with(&path, grid, &CURRENT)
    }

    /// Opens an existing store read-write, migrating an older schema (one transaction).
    ///
    /// `path` is the run folder or its `run.sqlite`. `grid` must equal the grid the run was
    /// created with ([`StoreError::GridMismatch`] otherwise). A missing file, a file that is not
    /// an elmer store, and a store of a newer schema are errors, and the file is left untouched.
    pub fn open(path: &Path, grid: &GridConfig) -> Result<RunStore, StoreError> {
        Self::open_with(path, grid, &CURRENT)
    }

    /// Opens a store read-only (`SQLITE_OPEN_READ_ONLY`), for report, export and the viewer.
    ///
    /// Works while another process writes the run: thanks to WAL it sees the last committed
    /// generation. The grid comes from the store. An older schema is read as it is if it has
    /// every column this elmer reads, else refused ([`StoreError::NeedsMigration`]); nothing is
    /// ever migrated or written.
    pub fn open_read_only(path: &Path) -> Result<RunStore, StoreError> {
        Self::open_read_only_with(path, &CURRENT)
    }

    pub(super) fn open_with(
        path: &Path,
        grid: &GridConfig,
        schema: &Schema,
    ) -> Result<RunStore, StoreError> {
        let path = db_path(path);
        refuse_newer_header(&path, schema)?;
        let mut conn = connect(&path, OpenFlags::SQLITE_OPEN_READ_WRITE)?;
        // Everything up to here only read the file: a refused store is left byte-identical.
        let version = schema::probe(&conn, &path)?;
        if version > schema.version() {
            return Err(StoreError::TooNew {
                path,
                version,
                ours: schema.version(),
            });
        }
        configure_writer(&conn, &path)?;
        schema::migrate(&mut conn, &path, schema)?;
        let stored: String = conn
            .query_row("SELECT grid FROM run WHERE id = 1", [], |row| row.get(0))
            .optional()
            .at(&path)?
            .ok_or_else(|| corrupt(&path, "run row", "missing"))?;
        let given = grid_json(grid, &path)?;
        if stored != given {
            return Err(StoreError::GridMismatch {
                path,
                stored,
                given,
            });
        }
        let checkpointer = Checkpointer::start(&path);
        if checkpointer.is_some() {
            conn.execute_batch("PRAGMA wal_autocheckpoint = 0")
                .at(&path)?;
        }
        Ok(RunStore {
            conn,
            path,
            grid: grid.clone(),
            read_only: false,
            checkpointer,
        })
    }

    pub(super) fn open_read_only_with(
        path: &Path,
        schema: &Schema,
    ) -> Result<RunStore, StoreError> {
        let path = db_path(path);
        refuse_newer_header(&path, schema)?;
        let conn = connect(&path, OpenFlags::SQLITE_OPEN_READ_ONLY)?;
        let version = schema::probe(&conn, &path)?;
        if version > schema.version() {
            return Err(StoreError::TooNew {
                path,
                version,
                ours: schema.version(),
            });
        }
        if version < schema.version() {
            let missing = schema::missing_columns(&conn, &path, schema)?;
            if !missing.is_empty() {
                return Err(StoreError::NeedsMigration {
                    path,
                    version,
                    ours: schema.version(),
                    missing,
                });
            }
        }
        let text: String = conn
            .query_row("SELECT grid FROM run WHERE id = 1", [], |row| row.get(0))
            .optional()
            .at(&path)?
            .ok_or_else(|| corrupt(&path, "run row", "missing"))?;
        let grid: GridConfig =
            serde_json::from_str(&text).map_err(|e| corrupt(&path, "run.grid", e.to_string()))?;
        grid.validate()
            .map_err(|e| corrupt(&path, "run.grid", e.to_string()))?;
        Ok(RunStore {
            conn,
            path,
            grid,
            read_only: true,
            checkpointer: None,
        })
    }

    /// The database file.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The run's grid (cells are stored as flat indices under it).
    pub fn grid(&self) -> &GridConfig {
        &self.grid
    }

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
            let mut stmt = tx.prepare_cached(INSERT_LLM_CALL).at(path)?;
            for call in &g.llm_calls {
                let what = |field: &str| format!("llm call {} {field}", call.id);
                stmt.execute(params![
                    int(path, call.id, || what("id"))?,
                    call.endpoint,
                    call.model,
                    call.prompt,
                    call.params.to_string(),
                    call.seed.map(seed_to_sql),
                    call.reply,
                    opt_int(path, call.prompt_tokens, || what("prompt_tokens"))?,
                    opt_int(path, call.completion_tokens, || what("completion_tokens"))?,
                    int(path, call.latency_ms, || what("latency_ms"))?,
                    call.status,
                    call.error,
                ])
                .at(path)?;
            }
        }
        {
            let mut stmt = tx.prepare_cached(INSERT_CHILD).at(path)?;
            for child in &g.children {
                insert_child(&mut stmt, child, grid, path)?;
            }
        }
        {
            let mut stmt = tx.prepare_cached(UPSERT_ELITE).at(path)?;
            for (cell, elite) in &g.elites {
                let what = |field: &str| format!("elite of cell {cell} {field}");
                stmt.execute(params![
                    flat(path, *cell, grid, || what("cell"))?,
                    int(path, elite.id, || what("child id"))?,
                    fitness(path, elite.fitness, || what("fitness"))?,
                ])
                .at(path)?;
            }
        }
        let m = &g.metrics;
        let what = |field: &str| format!("metrics of generation {} {field}", m.generation);
        let counts =
            serde_json::to_string(&m.counts).map_err(|e| bad_row(path, what("counts"), e))?;
        tx.prepare_cached(INSERT_METRICS)
            .at(path)?
            .execute(params![
                m.generation,
                int(path, m.evaluations, || what("evaluations"))?,
                int(path, m.stats.num_elites as u64, || what("num_elites"))?,
                real(path, m.stats.coverage, || what("coverage"))?,
                real(path, m.stats.qd_score, || what("qd_score"))?,
                real(path, m.stats.norm_qd_score, || what("norm_qd_score"))?,
                opt_real(path, m.stats.obj_max, || what("obj_max"))?,
                opt_real(path, m.stats.obj_mean, || what("obj_mean"))?,
                real(path, m.diff_valid_rate, || what("diff_valid_rate"))?,
                real(path, m.runnable_rate, || what("runnable_rate"))?,
                counts,
                real(path, m.elapsed_s, || what("elapsed_s"))?,
            ])
            .at(path)?;
        tx.prepare_cached(UPDATE_RUN)
            .at(path)?
            .execute(params![
                g.rng_state,
                g.generation,
                int(path, g.next_child_id, || "next_child_id".to_owned())?,
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

    /// Sets the run's status (e.g. `interrupted` after Ctrl-C) and `updated_at`.
    pub fn set_status(&mut self, status: RunStatus) -> Result<(), StoreError> {
        self.writable()?;
        self.conn
            .execute(
                "UPDATE run SET status = ?1, updated_at = ?2 WHERE id = 1",
                params![status.as_str(), now_rfc3339()],
            )
            .at(&self.path)?;
        Ok(())
    }

    /// Replaces the stored config (on resume, where the budget and endpoints may change) and
    /// sets `updated_at`.
    pub fn set_config(&mut self, config_toml: &str) -> Result<(), StoreError> {
        self.writable()?;
        self.conn
            .execute(
                "UPDATE run SET config = ?1, updated_at = ?2 WHERE id = 1",
                params![config_toml, now_rfc3339()],
            )
            .at(&self.path)?;
        Ok(())
    }

    /// The run row.
    pub fn run(&self) -> Result<RunRow, StoreError> {
        let path = &self.path;
        let mut stmt = self
            .conn
            .prepare_cached(
                "SELECT config, schema_version, rng_state, status, created_at, updated_at, \
                 generation, next_child_id FROM run WHERE id = 1",
            )
            .at(path)?;
        let mut rows = stmt.query([]).at(path)?;
        let row = rows
            .next()
            .at(path)?
            .ok_or_else(|| corrupt(path, "run row", "missing"))?;
        let d = Decoder::new(row, path, "run");
        let generation = d.i64(6, "generation")?;
        Ok(RunRow {
            config: d.text(0, "config")?,
            schema_version: d.u32(1, "schema_version")?,
            rng_state: d.text(2, "rng_state")?,
            status: d.parse(3, "status")?,
            created_at: d.text(4, "created_at")?,
            updated_at: d.text(5, "updated_at")?,
            generation: match generation {
                -1 => None,
                g => Some(u32::try_from(g).map_err(|_| d.err("generation", format!("{g}")))?),
            },
            next_child_id: d.u64(7, "next_child_id")?,
        })
    }

    /// Every child, ordered by id.
    pub fn children(&self) -> Result<Vec<ChildRow>, StoreError> {
        self.query_children(
            &format!("SELECT {CHILD_COLUMNS} FROM children c ORDER BY c.id"),
            [],
        )
    }

    /// One child by id.
    pub fn child(&self, id: u64) -> Result<Option<ChildRow>, StoreError> {
        let Ok(id) = i64::try_from(id) else {
            return Ok(None);
        };
        let sql = format!("SELECT {CHILD_COLUMNS} FROM children c WHERE c.id = ?1");
        Ok(self.query_children(&sql, [id])?.pop())
    }

    /// The children of one generation, ordered by id.
    pub fn children_in_generation(&self, generation: u32) -> Result<Vec<ChildRow>, StoreError> {
        let sql =
            format!("SELECT {CHILD_COLUMNS} FROM children c WHERE c.generation = ?1 ORDER BY c.id");
        self.query_children(&sql, [generation])
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
    pub fn max_child_id(&self) -> Result<Option<u64>, StoreError> {
        let id: Option<i64> = self
            .conn
            .query_row("SELECT max(id) FROM children", [], |row| row.get(0))
            .at(&self.path)?;
        Ok(id.map(|id| id as u64))
    }

    /// The largest LLM call id, if any call is stored.
    pub fn max_llm_call_id(&self) -> Result<Option<u64>, StoreError> {
        let id: Option<i64> = self
            .conn
            .query_row("SELECT max(id) FROM llm_calls", [], |row| row.get(0))
            .at(&self.path)?;
        Ok(id.map(|id| id as u64))
    }

    /// The elites with their children, ordered by cell.
    pub fn elites(&self) -> Result<Vec<(CellIndex, ChildRow)>, StoreError> {
        self.query_elites("", [])
    }

    /// The elites whose child id is above `child_id`, ordered by cell: what changed since the
    /// viewer last saw `child_id` ([`RunStore::max_child_id`]).
    pub fn elites_since(&self, child_id: u64) -> Result<Vec<(CellIndex, ChildRow)>, StoreError> {
        let Ok(after) = i64::try_from(child_id) else {
            return Ok(Vec::new());
        };
        self.query_elites("WHERE e.child_id > ?1", [after])
    }

    /// The archive as committed, rebuilt from `elites` (same [`Archive::hash`]).
    pub fn archive(&self) -> Result<Archive, StoreError> {
        let path = &self.path;
        let mut stmt = self
            .conn
            .prepare_cached("SELECT cell, child_id, fitness FROM elites ORDER BY cell")
            .at(path)?;
        let mut rows = stmt.query([]).at(path)?;
        let mut elites = Vec::new();
        while let Some(row) = rows.next().at(path)? {
            let d = Decoder::new(row, path, "elites");
            elites.push((
                d.cell(0, "cell", &self.grid)?,
                Elite {
                    id: d.u64(1, "child_id")?,
                    fitness: d.f64(2, "fitness")?,
                },
            ));
        }
        Archive::from_elites(self.grid.clone(), elites)
            .map_err(|e| corrupt(path, "elites", e.to_string()))
    }

    /// The metrics of every committed generation, in order.
    pub fn metrics(&self) -> Result<Vec<MetricsRow>, StoreError> {
        let path = &self.path;
        let sql = format!("SELECT {METRICS_COLUMNS} FROM metrics ORDER BY generation");
        let mut stmt = self.conn.prepare_cached(&sql).at(path)?;
        let mut rows = stmt.query([]).at(path)?;
        let mut out = Vec::new();
        while let Some(row) = rows.next().at(path)? {
            let d = Decoder::new(row, path, "metrics");
            out.push(MetricsRow {
                generation: d.u32(0, "generation")?,
                evaluations: d.u64(1, "evaluations")?,
                stats: ArchiveStats {
                    num_elites: d.u64(2, "num_elites")? as usize,
                    coverage: d.f64(3, "coverage")?,
                    qd_score: d.f64(4, "qd_score")?,
                    norm_qd_score: d.f64(5, "norm_qd_score")?,
                    obj_max: d.opt_f64(6, "obj_max")?,
                    obj_mean: d.opt_f64(7, "obj_mean")?,
                },
                diff_valid_rate: d.f64(8, "diff_valid_rate")?,
                runnable_rate: d.f64(9, "runnable_rate")?,
                counts: d.json(10, "counts")?,
                elapsed_s: d.f64(11, "elapsed_s")?,
            });
        }
        Ok(out)
    }

    /// One LLM call by id.
    pub fn llm_call(&self, id: u64) -> Result<Option<LlmCallRow>, StoreError> {
        let path = &self.path;
        let Ok(id) = i64::try_from(id) else {
            return Ok(None);
        };
        let sql = format!("SELECT {LLM_CALL_COLUMNS} FROM llm_calls WHERE id = ?1");
        let mut stmt = self.conn.prepare_cached(&sql).at(path)?;
        let mut rows = stmt.query([id]).at(path)?;
        let Some(row) = rows.next().at(path)? else {
            return Ok(None);
        };
        let d = Decoder::new(row, path, "llm_calls");
        Ok(Some(LlmCallRow {
            id: d.u64(0, "id")?,
            endpoint: d.text(1, "endpoint")?,
            model: d.text(2, "model")?,
            prompt: d.text(3, "prompt")?,
            params: d.json(4, "params")?,
            seed: d.opt_seed(5, "seed")?,
            reply: d.opt_text(6, "reply")?,
            prompt_tokens: d.opt_u64(7, "prompt_tokens")?,
            completion_tokens: d.opt_u64(8, "completion_tokens")?,
            latency_ms: d.u64(9, "latency_ms")?,
            status: d.text(10, "status")?,
            error: d.opt_text(11, "error")?,
        }))
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

    fn writable(&self) -> Result<(), StoreError> {
        if self.read_only {
            return Err(StoreError::ReadOnly {
                path: self.path.clone(),
            });
        }
        Ok(())
    }

    fn query_children(
        &self,
        sql: &str,
        params: impl rusqlite::Params,
    ) -> Result<Vec<ChildRow>, StoreError> {
        let path = &self.path;
        let mut stmt = self.conn.prepare_cached(sql).at(path)?;
        let mut rows = stmt.query(params).at(path)?;
        let mut out = Vec::new();
        while let Some(row) = rows.next().at(path)? {
            out.push(decode_child(row, 0, &self.grid, path)?);
        }
        Ok(out)
    }

    fn query_elites(
        &self,
        filter: &str,
        params: impl rusqlite::Params,
    ) -> Result<Vec<(CellIndex, ChildRow)>, StoreError> {
        let path = &self.path;
        let sql = format!(
            "SELECT e.cell, {CHILD_COLUMNS} FROM elites e JOIN children c ON c.id = e.child_id \
             {filter} ORDER BY e.cell"
        );
        let mut stmt = self.conn.prepare_cached(&sql).at(path)?;
        let mut rows = stmt.query(params).at(path)?;
        let mut out = Vec::new();
        while let Some(row) = rows.next().at(path)? {
            let cell = Decoder::new(row, path, "elites").cell(0, "cell", &self.grid)?;
            out.push((cell, decode_child(row, 1, &self.grid, path)?));
        }
        Ok(out)
    }
}

/// Copies committed pages from the WAL into the database file on its own thread and
/// connection, after each commit.
///
/// SQLite's automatic checkpoint would run inside `commit` every ~4 MB of WAL and wait for two
/// fsyncs there (about 60-120 ms per 512-child generation on the test machine); here the writer
/// only appends to the WAL. A failed or partial checkpoint (a reader holding an old snapshot)
/// costs nothing: the pages stay in the WAL until the next one, or until the last connection
/// closes.
#[derive(Debug)]
struct Checkpointer {
    wake: Option<mpsc::SyncSender<()>>,
    thread: Option<thread::JoinHandle<()>>,
}

impl Checkpointer {
    /// `None` if the thread or its connection cannot start (SQLite's automatic checkpoint then
    /// stays on).
    fn start(path: &Path) -> Option<Checkpointer> {
        let conn = connect(path, OpenFlags::SQLITE_OPEN_READ_WRITE).ok()?;
        // NORMAL: a checkpoint fsyncs the WAL and the database, so what it copies is durable.
        conn.execute_batch("PRAGMA synchronous = NORMAL").ok()?;
        // Capacity 1: requests arriving during a checkpoint merge into one.
        let (wake, requests) = mpsc::sync_channel::<()>(1);
        let thread = thread::Builder::new()
            .name("elmer-store-checkpoint".into())
            .spawn(move || {
                while requests.recv().is_ok() {
                    let _ = conn.query_row("PRAGMA wal_checkpoint(PASSIVE)", [], |_| Ok(()));
                }
            })
            .ok()?;
        Some(Checkpointer {
            wake: Some(wake),
            thread: Some(thread),
        })
    }

    fn wake(&self) {
        if let Some(wake) = &self.wake {
            // Full: a checkpoint is already due. Disconnected: the thread is gone.
            let _ = wake.try_send(());
        }
    }
}

impl Drop for Checkpointer {
    fn drop(&mut self) {
        drop(self.wake.take());
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

/// `path` itself, or `path/run.sqlite` when `path` is a folder.
fn db_path(path: &Path) -> PathBuf {
    if path.is_dir() {
        path.join(DB_FILE)
    } else {
        path.to_path_buf()
    }
}

/// Refuses a store whose file header already shows a newer schema, before SQLite opens it.
fn refuse_newer_header(path: &Path, schema: &Schema) -> Result<(), StoreError> {
    match schema::header_version(path) {
        Some(version) if version > schema.version() => Err(StoreError::TooNew {
            path: path.to_path_buf(),
            version,
            ours: schema.version(),
        }),
        _ => Ok(()),
    }
}

/// Opens an existing file (never creates one).
fn connect(path: &Path, mode: OpenFlags) -> Result<Connection, StoreError> {
    if !path.is_file() {
        return Err(StoreError::NotFound {
            path: path.to_path_buf(),
        });
    }
    let conn = Connection::open_with_flags(path, mode | OpenFlags::SQLITE_OPEN_NO_MUTEX).map_err(
        |source| StoreError::Sqlite {
            path: path.to_path_buf(),
            source,
        },
    )?;
    conn.busy_timeout(BUSY_TIMEOUT).at(path)?;
    conn.set_prepared_statement_cache_capacity(STATEMENT_CACHE);
    Ok(conn)
}

/// Settings of a writing connection.
fn configure_writer(conn: &Connection, path: &Path) -> Result<(), StoreError> {
    // WAL: readers (report, viewer) never block the writer nor see a half-written generation.
    let mode: String = conn
        .query_row("PRAGMA journal_mode = WAL", [], |row| row.get(0))
        .at(path)?;
    if !mode.eq_ignore_ascii_case("wal") {
        return Err(corrupt(
            path,
            "journal mode",
            format!("cannot switch to WAL, got {mode}"),
        ));
    }
    // NORMAL in WAL mode skips the fsync per commit: a killed process still loses nothing
    // committed (the WAL is in the OS cache), and a power cut loses at most the last few
    // generations, never consistency. A generation is one transaction, so that is whole
    // generations, which a resume redoes.
    conn.execute_batch(
        "PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; PRAGMA cache_size = -32768;",
    )
    .at(path)
}

/// Builds a complete new store at `tmp`.
fn build(
    tmp: &Path,
    config_toml: &str,
    grid_json: &str,
    rng_state: &str,
) -> Result<(), StoreError> {
    let flags = OpenFlags::SQLITE_OPEN_READ_WRITE
        | OpenFlags::SQLITE_OPEN_CREATE
        | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let mut conn = Connection::open_with_flags(tmp, flags).at(tmp)?;
    configure_writer(&conn, tmp)?;
    let tx = conn.transaction().at(tmp)?;
    schema::apply(&tx, tmp, 0, &CURRENT)?;
    let now = now_rfc3339();
    tx.execute(
        "INSERT INTO run (id, config, grid, schema_version, rng_state, status, created_at, \
         updated_at, generation, next_child_id) VALUES (1, ?1, ?2, ?3, ?4, ?5, ?6, ?6, -1, 0)",
        params![
            config_toml,
            grid_json,
            CURRENT.version(),
            rng_state,
            RunStatus::Running.as_str(),
            now
        ],
    )
    .at(tmp)?;
    tx.commit().at(tmp)?;
    // Closing the last connection checkpoints the WAL into the file and deletes it, so the
    // one file is the whole store.
    conn.close().map_err(|(_, source)| StoreError::Sqlite {
        path: tmp.to_path_buf(),
        source,
    })
}

/// Gives the finished `tmp` the name `path`, failing if `path` exists.
fn publish(tmp: &Path, path: &Path) -> Result<(), StoreError> {
    match fs::hard_link(tmp, path) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == io::ErrorKind::AlreadyExists => Err(StoreError::Exists {
            path: path.to_path_buf(),
        }),
        // A file system without hard links: check, then rename (a small race, no overwrite
        // of a run that existed before the check).
        Err(_) if path.symlink_metadata().is_ok() => Err(StoreError::Exists {
            path: path.to_path_buf(),
        }),
        Err(_) => fs::rename(tmp, path).map_err(|source| StoreError::Io {
            path: path.to_path_buf(),
            source,
        }),
    }
}

/// Removes a database file and its WAL companions, ignoring any that do not exist.
fn remove_db_files(db: &Path) {
    for suffix in ["", "-wal", "-shm", "-journal"] {
        let mut name = db.as_os_str().to_owned();
        name.push(suffix);
        let _ = fs::remove_file(PathBuf::from(name));
    }
}

/// The grid as stored in `run.grid`; refuses a grid that is invalid or would not read back
/// bit-identical (serde_json's default float parser is not exact for every 17-digit value).
fn grid_json(grid: &GridConfig, path: &Path) -> Result<String, StoreError> {
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

fn insert_child(
    stmt: &mut rusqlite::CachedStatement<'_>,
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
    let ok = c.status == crate::qd::Status::Ok;
    if !ok && (c.fitness.is_some() || c.insertion.is_some()) {
        return Err(bad_row(
            path,
            what("fitness"),
            format!(
                "fitness and insertion are for `ok` children, this one is `{}`",
                c.status
            ),
        ));
    }
    stmt.execute(params![
        int(path, c.id, || what("id"))?,
        c.generation,
        parents,
        c.operator,
        c.format,
        c.edit,
        c.source,
        c.seed.map(seed_to_sql),
        c.status.as_str(),
        c.error,
        c.walker,
        height,
        width,
        mass,
        cell,
        fit,
        c.insertion.map(|i| i.as_str()),
        opt_int(path, c.llm_call_id, || what("llm_call_id"))?,
        opt_int(path, c.sim_us, || what("sim_us"))?,
        opt_int(path, c.cpu_us, || what("cpu_us"))?,
    ])
    .at(path)?;
    Ok(())
}

/// Decodes the `children` columns starting at `first` (in [`CHILD_COLUMNS`] order).
fn decode_child(
    row: &Row<'_>,
    first: usize,
    grid: &GridConfig,
    path: &Path,
) -> Result<ChildRow, StoreError> {
    let d = Decoder::new(row, path, "children").offset(first);
    let id = d.u64(0, "id")?;
    let d = d.child(id);
    let heights = [
        d.opt_f64(11, "height")?,
        d.opt_f64(12, "width")?,
        d.opt_f64(13, "mass")?,
    ];
    let descriptors = match heights {
        [Some(height), Some(width), Some(mass)] => Some(Descriptors {
            height,
            width,
            mass,
        }),
        [None, None, None] => None,
        _ => return Err(d.err("height, width, mass", "some NULL, some not")),
    };
    let cell = match d.opt_i64(14, "cell")? {
        Some(_) => Some(d.cell(14, "cell", grid)?),
        None => None,
    };
    Ok(ChildRow {
        id,
        generation: d.u32(1, "generation")?,
        parent_ids: d.json(2, "parent_ids")?,
        operator: d.text(3, "operator")?,
        format: d.opt_text(4, "format")?,
        edit: d.opt_text(5, "edit")?,
        source: d.opt_text(6, "source")?,
        seed: d.opt_seed(7, "seed")?,
        status: d.parse(8, "status")?,
        error: d.opt_text(9, "error")?,
        walker: d.opt_text(10, "walker")?,
        descriptors,
        cell,
        fitness: d.opt_f64(15, "fitness")?,
        insertion: match d.opt_text(16, "insertion")? {
            Some(text) => Some(text.parse().map_err(|e| d.err("insertion", e))?),
            None => None,
        },
        llm_call_id: d.opt_u64(17, "llm_call_id")?,
        sim_us: d.opt_u64(18, "sim_us")?,
        cpu_us: d.opt_u64(19, "cpu_us")?,
    })
}

/// Reads typed columns from a row, turning any mismatch into [`StoreError::Corrupt`] naming the
/// table, column and (for children) the child.
struct Decoder<'a> {
    row: &'a Row<'a>,
    path: &'a Path,
    table: &'static str,
    first: usize,
    child: Option<u64>,
}

impl<'a> Decoder<'a> {
    fn new(row: &'a Row<'a>, path: &'a Path, table: &'static str) -> Self {
        Decoder {
            row,
            path,
            table,
            first: 0,
            child: None,
        }
    }

    fn offset(self, first: usize) -> Self {
        Decoder { first, ..self }
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

    fn get<T: rusqlite::types::FromSql>(&self, i: usize, column: &str) -> Result<T, StoreError> {
        self.row
            .get(self.first + i)
            .map_err(|e| self.err(column, e))
    }

    fn i64(&self, i: usize, column: &str) -> Result<i64, StoreError> {
        self.get(i, column)
    }

    fn opt_i64(&self, i: usize, column: &str) -> Result<Option<i64>, StoreError> {
        self.get(i, column)
    }

    fn u64(&self, i: usize, column: &str) -> Result<u64, StoreError> {
        let v = self.i64(i, column)?;
        u64::try_from(v).map_err(|_| self.err(column, format!("negative value {v}")))
    }

    fn opt_u64(&self, i: usize, column: &str) -> Result<Option<u64>, StoreError> {
        match self.opt_i64(i, column)? {
            Some(v) => {
                Ok(Some(u64::try_from(v).map_err(|_| {
                    self.err(column, format!("negative value {v}"))
                })?))
            }
            None => Ok(None),
        }
    }

    fn u32(&self, i: usize, column: &str) -> Result<u32, StoreError> {
        let v = self.i64(i, column)?;
        u32::try_from(v).map_err(|_| self.err(column, format!("{v} is not a u32")))
    }

    /// A seed stored as its bit pattern.
    fn opt_seed(&self, i: usize, column: &str) -> Result<Option<u64>, StoreError> {
        Ok(self.opt_i64(i, column)?.map(|v| v as u64))
    }

    fn f64(&self, i: usize, column: &str) -> Result<f64, StoreError> {
        self.get(i, column)
    }

    fn opt_f64(&self, i: usize, column: &str) -> Result<Option<f64>, StoreError> {
        self.get(i, column)
    }

    fn text(&self, i: usize, column: &str) -> Result<String, StoreError> {
        self.get(i, column)
    }

    fn opt_text(&self, i: usize, column: &str) -> Result<Option<String>, StoreError> {
        self.get(i, column)
    }

    fn json<T: serde::de::DeserializeOwned>(
        &self,
        i: usize,
        column: &str,
    ) -> Result<T, StoreError> {
        let text = self.text(i, column)?;
        serde_json::from_str(&text).map_err(|e| self.err(column, e))
    }

    fn parse<T: std::str::FromStr>(&self, i: usize, column: &str) -> Result<T, StoreError>
    where
        T::Err: ToString,
    {
        let text = self.text(i, column)?;
        text.parse().map_err(|e: T::Err| self.err(column, e))
    }

    /// A cell stored as its flat index under `grid`.
    fn cell(&self, i: usize, column: &str, grid: &GridConfig) -> Result<CellIndex, StoreError> {
        let v = self.i64(i, column)?;
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

fn corrupt(path: &Path, what: impl Into<String>, message: impl ToString) -> StoreError {
    StoreError::Corrupt {
        path: path.to_path_buf(),
        what: what.into(),
        message: message.to_string(),
    }
}

fn bad_row(path: &Path, what: impl Into<String>, message: impl ToString) -> StoreError {
    StoreError::BadRow {
        path: path.to_path_buf(),
        what: what.into(),
        message: message.to_string(),
    }
}

/// A `u64` for an INTEGER column (at most `i64::MAX`).
fn int(path: &Path, value: u64, what: impl FnOnce() -> String) -> Result<i64, StoreError> {
    i64::try_from(value).map_err(|_| {
        bad_row(
            path,
            what(),
            format!("{value} is above the largest stored integer {}", i64::MAX),
        )
    })
}

fn opt_int(
    path: &Path,
    value: Option<u64>,
    what: impl FnOnce() -> String,
) -> Result<Option<i64>, StoreError> {
    value.map(|v| int(path, v, what)).transpose()
}

/// A seed keeps all 64 bits: stored as the `i64` with the same bit pattern.
fn seed_to_sql(seed: u64) -> i64 {
    seed as i64
}

/// A REAL: NaN is refused (SQLite would store NULL), -0.0 becomes 0.0 (as SQLite would).
fn real(path: &Path, value: f64, what: impl FnOnce() -> String) -> Result<f64, StoreError> {
    if value.is_nan() {
        return Err(bad_row(path, what(), "NaN cannot be stored"));
    }
    Ok(if value == 0.0 { 0.0 } else { value })
}

fn opt_real(
    path: &Path,
    value: Option<f64>,
    what: impl FnOnce() -> String,
) -> Result<Option<f64>, StoreError> {
    value.map(|v| real(path, v, what)).transpose()
}

/// A fitness: finite, as the archive requires.
fn fitness(path: &Path, value: f64, what: impl FnOnce() -> String) -> Result<f64, StoreError> {
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
fn flat(
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

/// Now as RFC 3339 UTC with seconds, e.g. `2024-05-01T12:00:00Z`.
fn now_rfc3339() -> String {
    let secs = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    rfc3339(secs)
}

/// Seconds since the Unix epoch as RFC 3339 UTC (proleptic Gregorian calendar).
fn rfc3339(secs: u64) -> String {
    let days = (secs / 86_400) as i64;
    let rem = secs % 86_400;
    // Howard Hinnant's civil_from_days.
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!(
        "{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}Z",
        rem / 3600,
        rem / 60 % 60,
        rem % 60
    )
}

#[cfg(test)]
mod tests {
    use std::panic::{AssertUnwindSafe, catch_unwind};
    use std::time::Instant;

    use proptest::prelude::*;
    use rand::{Rng, SeedableRng};
    use rand_chacha::ChaCha8Rng;

    use super::*;
    use crate::qd::{Counters, Insert, Status};
    use crate::store::{MIGRATIONS, SCHEMA_VERSION};

    const CONFIG: &str = "[evolve]\nevals = 100\n";

    /// A fake engine: random children, a live archive, counters, what `evolve` would commit.
    struct FakeRun {
        archive: Archive,
        counters: Counters,
        rng: ChaCha8Rng,
        next_id: u64,
        generation: u32,
    }

    impl FakeRun {
        fn new(grid: &GridConfig, seed: u64) -> FakeRun {
            FakeRun {
                archive: Archive::new(grid.clone()).unwrap(),
                counters: Counters::default(),
                rng: ChaCha8Rng::seed_from_u64(seed),
                next_id: 0,
                generation: 0,
            }
        }

        /// Continues a stored run, as `Engine::resume` does.
        fn resume(store: &RunStore, seed: u64) -> FakeRun {
            let run = store.run().unwrap();
            FakeRun {
                archive: store.archive().unwrap(),
                counters: store
                    .metrics()
                    .unwrap()
                    .pop()
                    .map(|m| m.counts)
                    .unwrap_or_default(),
                rng: ChaCha8Rng::seed_from_u64(seed),
                next_id: run.next_child_id,
                generation: run.generation.map_or(0, |g| g + 1),
            }
        }

        fn generation(&mut self, size: usize) -> Generation {
            let grid = self.archive.grid().clone();
            let mut children = Vec::with_capacity(size);
            let mut llm_calls = Vec::new();
            let mut changed = Vec::new();
            for _ in 0..size {
                let id = self.next_id;
                self.next_id += 1;
                let roll = self.rng.random_range(0..10);
                let status = match roll {
                    0..=6 => Status::Ok,
                    7 => Status::Unstable,
                    8 => Status::SyntaxError,
                    _ => Status::BadDiff,
                };
                let mut child = failed_child(id, self.generation, status);
                child.parent_ids = vec![self.rng.random_range(0..=id)];
                if id.is_multiple_of(2) {
                    child.llm_call_id = Some(id);
                    llm_calls.push(llm_call(id));
                }
                if status != Status::BadDiff {
                    child.source = Some(program(id));
                    child.seed = Some(self.rng.random());
                    child.cpu_us = Some(self.rng.random_range(100..100_000));
                }
                if status.is_runnable() {
                    let d = Descriptors {
                        height: self.rng.random_range(0.0..45.0),
                        width: self.rng.random_range(0.0..45.0),
                        mass: self.rng.random_range(2.0..420.0),
                    };
                    let cell = grid.cell_of(&d);
                    child.descriptors = Some(d);
                    child.cell = Some(cell);
                    child.walker = Some(walker_json(id));
                    child.sim_us = Some(self.rng.random_range(1000..90_000));
                    if status == Status::Ok {
                        let fitness = self.rng.random_range(0.0..5.0);
                        let insert = self.archive.insert(cell, id, fitness);
                        if insert.is_admitted() {
                            changed.push(cell);
                        }
                        child.fitness = Some(fitness);
                        child.insertion = Some(insert);
                    }
                }
                self.counters
                    .record(&child.operator, child.status, child.insertion);
                children.push(child);
            }
            changed.sort();
            changed.dedup();
            let elites = changed
                .into_iter()
                .map(|c| (c, self.archive.elite(c).unwrap()))
                .collect();
            let g = Generation {
                generation: self.generation,
                children,
                llm_calls,
                elites,
                metrics: MetricsRow {
                    generation: self.generation,
                    evaluations: self.counters.evaluations(),
                    stats: *self.archive.stats(),
                    diff_valid_rate: self.counters.diff_valid_rate(),
                    runnable_rate: self.counters.runnable_rate(),
                    counts: self.counters.clone(),
                    elapsed_s: 1.5 * f64::from(self.generation + 1),
                },
                rng_state: format!("{{\"draws\":{}}}", self.next_id),
                next_child_id: self.next_id,
                status: RunStatus::Running,
            };
            self.generation += 1;
            g
        }
    }

    fn failed_child(id: u64, generation: u32, status: Status) -> ChildRow {
        ChildRow {
            id,
            generation,
            parent_ids: Vec::new(),
            operator: "gp".into(),
            format: None,
            edit: None,
            source: None,
            seed: None,
            status,
            error: (status != Status::Ok).then(|| format!("{status} in child {id}")),
            walker: None,
            descriptors: None,
            cell: None,
            fitness: None,
            insertion: None,
            llm_call_id: None,
            sim_us: None,
            cpu_us: None,
        }
    }

    fn llm_call(id: u64) -> LlmCallRow {
        LlmCallRow {
            id,
            endpoint: "http://localhost:8000/v1".into(),
            model: "walker-coder".into(),
            prompt: format!(
                "<NME> walker.py\n<BEF> {}\n<MSG> Changed make_walker function.\n<DFF>",
                program(id)
            ),
            params: serde_json::json!({"temperature": 0.8, "top_p": 0.95, "max_tokens": 512, "stop": ["<NME>"]}),
            seed: Some(id.wrapping_mul(0x9E37_79B9_7F4A_7C15)),
            reply: Some("@@ -1,3 +1,3 @@\n-a\n+b\n".into()),
            prompt_tokens: Some(600),
            completion_tokens: Some(120),
            latency_ms: 850,
            status: "ok".into(),
            error: None,
        }
    }

    /// About 1.5 KB, like a seed program.
    fn program(id: u64) -> String {
        let mut text = String::from(
            "from walker_creator import walker_creator\n\ndef make_walker():\n    wc = walker_creator()\n",
        );
        for i in 0..30 {
            text.push_str(&format!(
                "    j{i} = wc.add_joint({id} % 7 + {i}, {i} * 0.5)\n"
            ));
        }
        text.push_str("    return wc.get_walker()\n");
        text
    }

    /// About 1 KB, like a 9-joint walker.
    fn walker_json(id: u64) -> String {
        let joints: Vec<[f64; 2]> = (0..9)
            .map(|i| [i as f64 * 1.25 + id as f64 * 1e-3, 5.0 / (i + 1) as f64])
            .collect();
        let springs: Vec<(usize, usize, f64, f64)> = (0..16)
            .map(|i| (i % 9, (i + 1) % 9, 0.3 * i as f64, 0.1 * i as f64))
            .collect();
        serde_json::json!({"joints": joints, "springs": springs}).to_string()
    }

    fn new_store(dir: &Path) -> RunStore {
        RunStore::create(dir, CONFIG, &GridConfig::default(), "{\"draws\":0}").unwrap()
    }

    /// Every file in `dir`: its name, length, a hash of its bytes and its modification time.
    fn snapshot(dir: &Path) -> Vec<(String, usize, String, SystemTime)> {
        use sha2::{Digest, Sha256};
        let mut files: Vec<_> = fs::read_dir(dir)
            .unwrap()
            .map(|e| {
                let path = e.unwrap().path();
                let bytes = fs::read(&path).unwrap();
                let hash = format!("{:x}", Sha256::digest(&bytes));
                let modified = fs::metadata(&path).unwrap().modified().unwrap();
                let name = path.file_name().unwrap().to_string_lossy().into_owned();
                (name, bytes.len(), hash, modified)
            })
            .collect();
        files.sort();
        files
    }

    /// Hand-made rows covering every column, NULLs, a seed above `i64::MAX` and a seed of 0.
    fn hand_made(grid: &GridConfig) -> Generation {
        let cell = CellIndex::from_coords([11, 0, 7], grid).unwrap();
        let full = ChildRow {
            id: 0,
            generation: 0,
            parent_ids: vec![],
            operator: "seed".into(),
            format: Some("diff".into()),
            edit: Some("@@ -1 +1 @@\n-x\n+y\n".into()),
            source: Some("def make_walker():\n    return 'ünïcode\\0'\n".into()),
            seed: Some(u64::MAX - 5),
            status: Status::Ok,
            error: None,
            walker: Some(walker_json(0)),
            descriptors: Some(Descriptors {
                height: 39.5,
                width: 0.0,
                mass: 123.456,
            }),
            cell: Some(cell),
            fitness: Some(1.0 / 3.0),
            insertion: Some(Insert::New),
            llm_call_id: Some(7),
            sim_us: Some(12_345),
            cpu_us: Some(u64::try_from(i64::MAX).unwrap()),
        };
        let unstable = ChildRow {
            id: 1,
            generation: 0,
            parent_ids: vec![0, 0],
            operator: "llm:chat".into(),
            seed: Some(0),
            status: Status::Unstable,
            error: Some("unstable at step 3: joint 2 is not finite".into()),
            walker: Some("{}".into()),
            descriptors: Some(Descriptors {
                height: f64::INFINITY,
                width: 1e-300,
                mass: -0.0,
            }),
            cell: Some(CellIndex::from_coords([0, 0, 0], grid).unwrap()),
            sim_us: Some(0),
            ..failed_child(1, 0, Status::Unstable)
        };
        let bare = failed_child(u64::try_from(i64::MAX).unwrap(), 0, Status::LlmError);
        let mut call_nulls = llm_call(8);
        call_nulls.seed = None;
        call_nulls.reply = None;
        call_nulls.prompt_tokens = None;
        call_nulls.completion_tokens = None;
        call_nulls.status = "http_429".into();
        call_nulls.error = Some("Too Many Requests".into());
        let mut call_big_seed = llm_call(7);
        call_big_seed.seed = Some(u64::MAX);
        let mut counters = Counters::default();
        counters.record("seed", Status::Ok, Some(Insert::New));
        counters.record("llm:chat", Status::Unstable, None);
        counters.record("gp", Status::LlmError, None);
        Generation {
            generation: 0,
            children: vec![bare, full, unstable],
            llm_calls: vec![call_nulls, call_big_seed],
            elites: vec![(
                cell,
                Elite {
                    id: 0,
                    fitness: 1.0 / 3.0,
                },
            )],
            metrics: MetricsRow {
                generation: 0,
                evaluations: 3,
                stats: ArchiveStats {
                    num_elites: 1,
                    coverage: 1.0 / 1728.0,
                    qd_score: 1.0 / 3.0,
                    norm_qd_score: 1.0 / 3.0 / 1728.0,
                    obj_max: Some(1.0 / 3.0),
                    obj_mean: None,
                },
                diff_valid_rate: 2.0 / 3.0,
                runnable_rate: 2.0 / 3.0,
                counts: counters,
                elapsed_s: 0.25,
            },
            rng_state: "{\"seed\":[1,2,3]}".into(),
            next_child_id: 2,
            status: RunStatus::Complete,
        }
    }

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
            assert_eq!(store.child(1).unwrap().as_ref(), Some(&g.children[2]));
            assert_eq!(store.child(5).unwrap(), None);
            assert_eq!(store.child(u64::MAX).unwrap(), None);
            assert_eq!(store.count_children().unwrap(), 3);
            assert_eq!(store.max_child_id().unwrap(), Some(i64::MAX as u64));
            assert_eq!(store.llm_call(8).unwrap().as_ref(), Some(&g.llm_calls[0]));
            assert_eq!(store.llm_call(7).unwrap().as_ref(), Some(&g.llm_calls[1]));
            assert_eq!(store.llm_call(9).unwrap(), None);
            assert_eq!(store.metrics().unwrap(), vec![g.metrics.clone()]);
            let elites = store.elites().unwrap();
            assert_eq!(elites.len(), 1);
            assert_eq!(elites[0], (g.elites[0].0, g.children[1].clone()));
            assert!(store.elites_since(0).unwrap().is_empty());
            let run = store.run().unwrap();
            assert_eq!(run.generation, Some(0));
            assert_eq!(run.next_child_id, 2);
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

    #[test]
    fn create_refuses_an_existing_run_and_leaves_it_untouched() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("a/b/run");
        let mut store = new_store(&dir);
        let mut fake = FakeRun::new(store.grid(), 1);
        store.commit(&fake.generation(10)).unwrap();
        drop(store);
        let before = snapshot(&dir);
        assert_eq!(before.len(), 1, "only run.sqlite: {before:?}");
        let err = RunStore::create(&dir, "other", &GridConfig::default(), "{}").unwrap_err();
        assert!(matches!(&err, StoreError::Exists { path } if path == &dir.join(DB_FILE)));
        let msg = err.to_string();
        assert!(
            msg.contains("use --resume RUN to continue it, or choose another --out"),
            "{msg}"
        );
        assert_eq!(snapshot(&dir), before);
        // The refused create left no temporary file, and the run still opens.
        let store = RunStore::open_read_only(&dir).unwrap();
        assert_eq!(store.count_children().unwrap(), 10);
    }

    #[test]
    fn create_makes_one_file_and_an_invalid_grid_nothing() {
        let tmp = tempfile::tempdir().unwrap();
        let store = new_store(tmp.path());
        let names: Vec<String> = fs::read_dir(tmp.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|n| !n.ends_with("-wal") && !n.ends_with("-shm"))
            .collect();
        assert_eq!(names, [DB_FILE]);
        drop(store);
        let bad = GridConfig {
            bins: [0, 12, 12],
            ..GridConfig::default()
        };
        let dir = tmp.path().join("bad");
        let err = RunStore::create(&dir, CONFIG, &bad, "{}").unwrap_err();
        assert!(matches!(err, StoreError::BadGrid { .. }), "{err}");
        assert!(err.to_string().contains("grid.bins"), "{err}");
        assert!(!dir.exists());
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

    /// `RunStore::open` or `open_read_only`, result dropped.
    type Opener<'a> = &'a dyn Fn(&Path) -> Result<(), StoreError>;

    #[test]
    fn open_refuses_what_is_not_a_run_store_and_writes_nothing() {
        let tmp = tempfile::tempdir().unwrap();
        let grid = GridConfig::default();
        let open_rw = |p: &Path| RunStore::open(p, &grid).map(|_| ());
        let open_ro = |p: &Path| RunStore::open_read_only(p).map(|_| ());
        let opens: [Opener<'_>; 2] = [&open_rw, &open_ro];

        // Missing: a file, a folder without run.sqlite; nothing is created.
        let missing = tmp.path().join("nope/run.sqlite");
        let empty_dir = tmp.path().join("empty");
        fs::create_dir(&empty_dir).unwrap();
        for open in opens {
            let err = open(&missing).unwrap_err();
            assert!(
                matches!(&err, StoreError::NotFound { path } if path == &missing),
                "{err}"
            );
            assert!(err.to_string().contains("nope/run.sqlite"), "{err}");
            let err = open(&empty_dir).unwrap_err();
            assert!(
                matches!(&err, StoreError::NotFound { path } if path == &empty_dir.join(DB_FILE))
            );
        }
        assert!(!tmp.path().join("nope").exists());
        assert_eq!(fs::read_dir(&empty_dir).unwrap().count(), 0);

        // Not SQLite: short text, and a long file with a wrong header.
        for (name, bytes) in [
            ("text", b"this is not sqlite".to_vec()),
            ("long", vec![0x5a; 8192]),
        ] {
            let dir = tmp.path().join(name);
            fs::create_dir(&dir).unwrap();
            fs::write(dir.join(DB_FILE), &bytes).unwrap();
            let before = snapshot(&dir);
            for open in opens {
                let err = open(&dir).unwrap_err();
                assert!(
                    matches!(err, StoreError::NotADatabase { .. }),
                    "{name}: {err}"
                );
                assert!(
                    err.to_string().contains(&format!("{name}/run.sqlite")),
                    "{err}"
                );
                assert_eq!(snapshot(&dir), before, "{name}");
            }
        }

        // SQLite without a `run` table, and an empty file (an empty database to SQLite).
        let other = tmp.path().join("other");
        fs::create_dir(&other).unwrap();
        Connection::open(other.join(DB_FILE))
            .unwrap()
            .execute_batch("CREATE TABLE t (x); PRAGMA user_version = 3;")
            .unwrap();
        let zero = tmp.path().join("zero");
        fs::create_dir(&zero).unwrap();
        fs::write(zero.join(DB_FILE), b"").unwrap();
        for dir in [&other, &zero] {
            let before = snapshot(dir);
            for open in opens {
                let err = open(dir).unwrap_err();
                assert!(matches!(err, StoreError::NotARunStore { .. }), "{err}");
                assert!(err.to_string().contains("not an elmer run store"), "{err}");
                assert_eq!(snapshot(dir), before);
            }
        }

        // A newer schema.
        let newer = tmp.path().join("newer");
        let mut store = new_store(&newer);
        store.commit(&FakeRun::new(&grid, 2).generation(5)).unwrap();
        drop(store);
        Connection::open(newer.join(DB_FILE))
            .unwrap()
            .execute_batch("PRAGMA user_version = 999;")
            .unwrap();
        let before = snapshot(&newer);
        assert_eq!(before.len(), 1);
        for open in opens {
            let err = open(&newer).unwrap_err();
            assert!(
                matches!(
                    err,
                    StoreError::TooNew {
                        version: 999,
                        ours: 1,
                        ..
                    }
                ),
                "{err}"
            );
            let msg = err.to_string();
            assert!(
                msg.contains("newer/run.sqlite") && msg.contains("999"),
                "{msg}"
            );
            assert!(msg.contains("upgrade elmer"), "{msg}");
            assert_eq!(snapshot(&newer), before);
        }

        // A newer version still only in the WAL (the file header says 1) is caught by SQLite.
        let lagging = tmp.path().join("lagging");
        drop(new_store(&lagging));
        let holder = Connection::open(lagging.join(DB_FILE)).unwrap();
        holder
            .execute_batch("PRAGMA wal_autocheckpoint = 0; PRAGMA user_version = 5;")
            .unwrap();
        assert_eq!(schema::header_version(&lagging.join(DB_FILE)), Some(1));
        for open in opens {
            let err = open(&lagging).unwrap_err();
            assert!(
                matches!(
                    err,
                    StoreError::TooNew {
                        version: 5,
                        ours: 1,
                        ..
                    }
                ),
                "{err}"
            );
        }
    }

    #[test]
    fn open_with_another_grid_is_refused() {
        let tmp = tempfile::tempdir().unwrap();
        drop(new_store(tmp.path()));
        let other = GridConfig {
            bins: [10, 12, 12],
            ..GridConfig::default()
        };
        let err = RunStore::open(tmp.path(), &other).unwrap_err();
        assert!(matches!(err, StoreError::GridMismatch { .. }), "{err}");
        assert!(err.to_string().contains("[10,12,12]"), "{err}");
    }

    /// A future elmer (schema 2 adds a column) migrates a version-1 store on a read-write
    /// open and refuses to read it read-only while the column is missing.
    #[test]
    fn an_older_store_is_migrated_on_open() {
        const V2: &str = "ALTER TABLE children ADD COLUMN note TEXT;";
        const FUTURE: Schema = Schema {
            migrations: &[MIGRATIONS[0], V2],
            required: &[("children", &["id", "note"]), ("run", &["grid"])],
        };
        const FUTURE_TOLERANT: Schema = Schema {
            migrations: &[MIGRATIONS[0], V2],
            required: &[("children", &["id"])],
        };
        let tmp = tempfile::tempdir().unwrap();
        let grid = GridConfig::default();
        let mut store = new_store(tmp.path());
        let mut fake = FakeRun::new(&grid, 3);
        store.commit(&fake.generation(20)).unwrap();
        let hash = store.archive().unwrap().hash();
        let children = store.children().unwrap();
        drop(store);

        let err = RunStore::open_read_only_with(tmp.path(), &FUTURE).unwrap_err();
        assert!(
            matches!(&err, StoreError::NeedsMigration { version: 1, ours: 2, missing, .. } if missing == &["children.note"]),
            "{err}"
        );
        assert!(err.to_string().contains("elmer evolve --resume"), "{err}");
        // A reader that needs no new column reads the old store as it is.
        let old = RunStore::open_read_only_with(tmp.path(), &FUTURE_TOLERANT).unwrap();
        assert_eq!(old.children().unwrap(), children);
        drop(old);

        let mut store = RunStore::open_with(tmp.path(), &grid, &FUTURE).unwrap();
        assert_eq!(store.run().unwrap().schema_version, 2);
        assert_eq!(store.children().unwrap(), children);
        assert_eq!(store.archive().unwrap().hash(), hash);
        store.commit(&fake.generation(5)).unwrap();
        let noted: i64 = store
            .conn
            .query_row(
                "SELECT count(*) FROM children WHERE note IS NULL",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(noted, 25);
        drop(store);
        assert!(RunStore::open_read_only_with(tmp.path(), &FUTURE).is_ok());
        // Today's elmer now sees a newer store.
        let err = RunStore::open(tmp.path(), &grid).unwrap_err();
        assert!(
            matches!(
                err,
                StoreError::TooNew {
                    version: 2,
                    ours: 1,
                    ..
                }
            ),
            "{err}"
        );
    }

    #[test]
    fn a_reader_sees_the_last_commit_while_the_writer_is_inside_a_transaction() {
        let tmp = tempfile::tempdir().unwrap();
        let mut store = new_store(tmp.path());
        let mut fake = FakeRun::new(store.grid(), 4);
        store.commit(&fake.generation(30)).unwrap();
        let hash0 = store.archive().unwrap().hash();
        let reader = RunStore::open_read_only(tmp.path()).unwrap();
        let g1 = fake.generation(30);
        let mut seen = None;
        store
            .commit_with(&g1, &mut || {
                // A reader opened now, and one opened before, both see generation 0 only.
                let fresh = RunStore::open_read_only(tmp.path()).unwrap();
                for r in [&fresh, &reader] {
                    assert_eq!(r.run().unwrap().generation, Some(0));
                    assert_eq!(r.count_children().unwrap(), 30);
                    assert_eq!(r.archive().unwrap().hash(), hash0);
                    assert_eq!(r.metrics().unwrap().len(), 1);
                }
                seen = Some(fresh.max_child_id().unwrap());
            })
            .unwrap();
        assert_eq!(seen, Some(Some(29)));
        assert_eq!(reader.run().unwrap().generation, Some(1));
        assert_eq!(reader.count_children().unwrap(), 60);
        assert_eq!(reader.archive().unwrap().hash(), fake.archive.hash());
        // What the viewer's live mode would fetch: elites made by generation 1.
        let since = reader.elites_since(29).unwrap();
        assert_eq!(since.len(), g1.elites.len());
        assert!(
            since
                .iter()
                .all(|(cell, c)| c.id >= 30 && c.cell == Some(*cell))
        );
        // A read-only store refuses writes.
        let mut reader = reader;
        let err = reader.set_status(RunStatus::Complete).unwrap_err();
        assert!(matches!(err, StoreError::ReadOnly { .. }), "{err}");
        assert!(matches!(
            reader.commit(&fake.generation(1)),
            Err(StoreError::ReadOnly { .. })
        ));
    }

    /// A transaction dropped without commit (here by a panic mid-commit) loses only its
    /// generation; the store stays usable.
    #[test]
    fn a_dropped_transaction_loses_only_its_generation() {
        let tmp = tempfile::tempdir().unwrap();
        let mut store = new_store(tmp.path());
        let mut fake = FakeRun::new(store.grid(), 6);
        store.commit(&fake.generation(16)).unwrap();
        let hash0 = store.archive().unwrap().hash();
        let g1 = fake.generation(16);
        let crashed = catch_unwind(AssertUnwindSafe(|| {
            store.commit_with(&g1, &mut || panic!("killed mid-commit"))
        }));
        assert!(crashed.is_err());
        assert_eq!(store.run().unwrap().generation, Some(0));
        assert_eq!(store.count_children().unwrap(), 16);
        assert_eq!(store.archive().unwrap().hash(), hash0);
        store.commit(&g1).unwrap();
        assert_eq!(store.archive().unwrap().hash(), fake.archive.hash());
        assert_eq!(store.integrity_check().unwrap(), "ok");
    }

    /// Environment variable naming the store [`kill_helper`] writes into.
    const KILL_ENV: &str = "ELMER_STORE_KILL_TEST_DB";

    /// Run in a child process by [`a_killed_writer_loses_only_the_generation_in_progress`]:
    /// writes a generation and aborts (no destructor, no rollback: as `kill -9`) before its
    /// commit.
    #[test]
    #[ignore = "helper: run by a_killed_writer_loses_only_the_generation_in_progress"]
    fn kill_helper() {
        let Some(path) = std::env::var_os(KILL_ENV) else {
            return;
        };
        let path = PathBuf::from(path);
        let mut store = RunStore::open(&path, &GridConfig::default()).unwrap();
        let mut fake = FakeRun::resume(&store, 8);
        let g = fake.generation(64);
        store
            .commit_with(&g, &mut || std::process::abort())
            .unwrap();
        unreachable!("aborted before the commit");
    }

    #[test]
    fn a_killed_writer_loses_only_the_generation_in_progress() {
        let tmp = tempfile::tempdir().unwrap();
        let mut store = new_store(tmp.path());
        let mut fake = FakeRun::new(store.grid(), 7);
        store.commit(&fake.generation(40)).unwrap();
        let hash0 = store.archive().unwrap().hash();
        drop(store);
        let status = std::process::Command::new(std::env::current_exe().unwrap())
            .args([
                "--exact",
                "store::run_store::tests::kill_helper",
                "--ignored",
                "--nocapture",
            ])
            .env(KILL_ENV, tmp.path().join(DB_FILE))
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .status()
            .unwrap();
        assert!(!status.success(), "the helper must die mid-commit");
        let reader = RunStore::open_read_only(tmp.path()).unwrap();
        assert_eq!(reader.integrity_check().unwrap(), "ok");
        assert_eq!(reader.run().unwrap().generation, Some(0));
        assert_eq!(reader.count_children().unwrap(), 40);
        assert_eq!(reader.archive().unwrap().hash(), hash0);
        // The dead writer's lock is gone: the run continues.
        let mut store = RunStore::open(tmp.path(), &GridConfig::default()).unwrap();
        store.commit(&fake.generation(40)).unwrap();
        assert_eq!(reader.count_children().unwrap(), 80);
    }

    #[test]
    fn the_rebuilt_archive_equals_the_committed_one() {
        let tmp = tempfile::tempdir().unwrap();
        let mut store = new_store(tmp.path());
        let mut fake = FakeRun::new(store.grid(), 9);
        for _ in 0..8 {
            store.commit(&fake.generation(64)).unwrap();
        }
        store.set_status(RunStatus::Interrupted).unwrap();
        drop(store);
        let store = RunStore::open_read_only(tmp.path()).unwrap();
        let rebuilt = store.archive().unwrap();
        assert!(fake.archive.len() > 50);
        assert_eq!(rebuilt.hash(), fake.archive.hash());
        assert_eq!(rebuilt.stats().num_elites, fake.archive.stats().num_elites);
        let elites = store.elites().unwrap();
        assert_eq!(elites.len(), fake.archive.len());
        for ((cell, child), (live_cell, live)) in elites.iter().zip(fake.archive.iter()) {
            assert_eq!(
                (*cell, child.id, child.fitness),
                (live_cell, live.id, Some(live.fitness))
            );
        }
        let metrics = store.metrics().unwrap();
        assert_eq!(metrics.len(), 8);
        assert_eq!(metrics[7].evaluations, 512);
        assert_eq!(metrics[7].counts, fake.counters);
        assert_eq!(store.run().unwrap().status, RunStatus::Interrupted);
        assert_eq!(store.integrity_check().unwrap(), "ok");
    }

    /// The paper's batch: 512 children (1.5 KB program, 1 KB walker each), 256 LLM calls.
    #[test]
    fn commit_time_of_a_512_child_generation() {
        let tmp = tempfile::tempdir().unwrap();
        let mut store = new_store(tmp.path());
        let mut fake = FakeRun::new(store.grid(), 10);
        let mut times = Vec::new();
        for _ in 0..6 {
            let g = fake.generation(512);
            let start = Instant::now();
            store.commit(&g).unwrap();
            times.push(start.elapsed());
        }
        times.sort();
        let size = fs::metadata(tmp.path().join(DB_FILE)).unwrap().len()
            + fs::metadata(tmp.path().join(format!("{DB_FILE}-wal"))).map_or(0, |m| m.len());
        println!(
            "commit of 512 children: min {:?}, median {:?}, max {:?} over 6 generations ({} KB on disk)",
            times[0],
            times[3],
            times[5],
            size / 1024
        );
        assert_eq!(store.count_children().unwrap(), 3072);
    }

    #[test]
    fn resolve_follows_the_command_line_rules() {
        let tmp = tempfile::tempdir().unwrap();
        let archives = tmp.path().join("archives");
        let run = tmp.path().join("runs/one");
        fs::create_dir_all(&run).unwrap();
        fs::write(run.join(DB_FILE), b"").unwrap();
        let s = |p: &Path| p.to_str().unwrap().to_owned();
        assert_eq!(RunStore::resolve(&s(&run), &archives), run.join(DB_FILE));
        assert_eq!(
            RunStore::resolve(&s(&run.join(DB_FILE)), &archives),
            run.join(DB_FILE)
        );
        assert_eq!(
            RunStore::resolve("square-20250101-000000", &archives),
            archives.join("square-20250101-000000").join(DB_FILE)
        );
        let new = tmp.path().join("runs/two");
        assert_eq!(RunStore::resolve(&s(&new), &archives), new.join(DB_FILE));
        let file = tmp.path().join("runs/three/run.sqlite");
        assert_eq!(RunStore::resolve(&s(&file), &archives), file);
    }

    #[test]
    fn rfc3339_formats_utc() {
        assert_eq!(rfc3339(0), "1970-01-01T00:00:00Z");
        assert_eq!(rfc3339(951_782_400), "2000-02-29T00:00:00Z");
        assert_eq!(rfc3339(1_700_000_000), "2023-11-14T22:13:20Z");
        assert_eq!(rfc3339(4_102_444_799), "2099-12-31T23:59:59Z");
        let now = now_rfc3339();
        assert_eq!(now.len(), 20, "{now}");
        assert!(now.as_str() > "2024-01-01T00:00:00Z", "{now}");
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
                id,
                generation,
                parent_ids,
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
                llm_call_id,
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
            g.llm_calls = child.llm_call_id.map(llm_call).into_iter().collect();
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
