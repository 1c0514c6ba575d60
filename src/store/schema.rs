//! The SQLite schema: DDL, `PRAGMA user_version`, migrations, and the checks done on open.
//!
//! `MIGRATIONS[i]` takes a store from version `i` to `i + 1`; version 0 is an empty file, so
//! `MIGRATIONS[0]` is the whole first schema. A released migration never changes: a new column
//! or table is a new entry. Opening a store read-write applies the missing entries in one
//! transaction; a store newer than [`SCHEMA_VERSION`] is refused and left untouched.
//!
//! The `status` and `insertion` columns carry CHECK constraints listing the names of
//! [`Status`](crate::qd::Status) and [`Insert`](crate::qd::Insert); a new status therefore needs a
//! migration that rebuilds `children` (SQLite cannot alter a CHECK in place).

use std::path::Path;

use rusqlite::{Connection, Transaction};

use super::decode::{CHILD_COLUMNS, ELITE_COLUMNS, LLM_CALL_COLUMNS, METRICS_COLUMNS, RUN_COLUMNS};
use super::error::{AtPath, StoreError};

/// The schema version this elmer writes, stored in `PRAGMA user_version` and `run.schema_version`.
pub const SCHEMA_VERSION: u32 = MIGRATIONS.len() as u32;

/// Schema migrations, applied in order on open: entry `i` takes version `i` to `i + 1`.
pub const MIGRATIONS: &[&str] = &[V1, V2];

/// Version 1: the tables of DESIGN §7.
///
/// Encodings: `u64` values are stored as INTEGER, except `children.seed` and `llm_calls.seed`,
/// which hold the seed's bit pattern as a signed 64-bit integer (`seed as i64`; read back with
/// `as u64`), so seeds above `i64::MAX` appear negative to other tools. `children.cell` and
/// `elites.cell` are the flat row-major index in (height, width, mass) order under the run's
/// grid (`CellIndex::flat`; the grid is `run.grid`). `parent_ids` is a JSON array, `params` and
/// `counts` JSON objects, `walker` the walker's JSON, `run.config` TOML, `run.grid` the
/// `GridConfig` as JSON, times RFC 3339 UTC text. REAL columns never hold NaN (refused on write);
/// -0.0 reads back as 0.0.
const V1: &str = "
CREATE TABLE run (
    id             INTEGER PRIMARY KEY CHECK (id = 1),
    config         TEXT    NOT NULL,
    grid           TEXT    NOT NULL,
    schema_version INTEGER NOT NULL,
    rng_state      TEXT    NOT NULL,
    status         TEXT    NOT NULL CHECK (status IN ('running', 'interrupted', 'complete')),
    created_at     TEXT    NOT NULL,
    updated_at     TEXT    NOT NULL,
    generation     INTEGER NOT NULL DEFAULT -1,
    next_child_id  INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE llm_calls (
    id                INTEGER PRIMARY KEY,
    endpoint          TEXT    NOT NULL,
    model             TEXT    NOT NULL,
    prompt            TEXT    NOT NULL,
    params            TEXT    NOT NULL,
    seed              INTEGER,
    reply             TEXT,
    prompt_tokens     INTEGER,
    completion_tokens INTEGER,
    latency_ms        INTEGER NOT NULL,
    status            TEXT    NOT NULL,
    error             TEXT
);

CREATE TABLE children (
    id          INTEGER PRIMARY KEY,
    generation  INTEGER NOT NULL,
    parent_ids  TEXT    NOT NULL,
    operator    TEXT    NOT NULL,
    format      TEXT,
    edit        TEXT,
    source      TEXT,
    seed        INTEGER,
    status      TEXT    NOT NULL CHECK (status IN ('ok', 'unchanged', 'llm_error', 'no_code',
                    'bad_diff', 'syntax_error', 'forbidden_import', 'exception', 'timeout',
                    'memory_error', 'invalid_walker', 'unstable')),
    error       TEXT,
    walker      TEXT,
    height      REAL,
    width       REAL,
    mass        REAL,
    cell        INTEGER,
    fitness     REAL,
    insertion   TEXT    CHECK (insertion IN ('new', 'improved', 'rejected')),
    llm_call_id INTEGER REFERENCES llm_calls (id),
    sim_us      INTEGER,
    cpu_us      INTEGER,
    CHECK (status = 'ok' OR (fitness IS NULL AND insertion IS NULL))
);
CREATE INDEX children_generation ON children (generation);
CREATE INDEX children_cell ON children (cell);
CREATE INDEX children_status ON children (status);

CREATE TABLE elites (
    cell     INTEGER PRIMARY KEY,
    child_id INTEGER NOT NULL REFERENCES children (id),
    fitness  REAL    NOT NULL
);

CREATE TABLE metrics (
    generation      INTEGER PRIMARY KEY,
    evaluations     INTEGER NOT NULL,
    num_elites      INTEGER NOT NULL,
    coverage        REAL    NOT NULL,
    qd_score        REAL    NOT NULL,
    norm_qd_score   REAL    NOT NULL,
    obj_max         REAL,
    obj_mean        REAL,
    diff_valid_rate REAL    NOT NULL,
    runnable_rate   REAL    NOT NULL,
    counts          TEXT    NOT NULL,
    elapsed_s       REAL    NOT NULL
);
";

/// Version 2: the model's self-evaluation of each child (issue 21), on the call that made the
/// child. `p_runs` and `p_improves` are P("Yes") in [0, 1]; `self_eval_*` are the tokens,
/// wall time (ms) and status (`ok`, `no_logprobs` or a failure kind) of the self-evaluation's
/// requests. All NULL for calls without one, and for every call of a store from version 1.
/// A reader does not require them ([`SELF_EVAL_COLUMNS`]): older stores still open read-only.
const V2: &str = "
ALTER TABLE llm_calls ADD COLUMN p_runs REAL CHECK (p_runs BETWEEN 0 AND 1);
ALTER TABLE llm_calls ADD COLUMN p_improves REAL CHECK (p_improves BETWEEN 0 AND 1);
ALTER TABLE llm_calls ADD COLUMN self_eval_prompt_tokens INTEGER;
ALTER TABLE llm_calls ADD COLUMN self_eval_completion_tokens INTEGER;
ALTER TABLE llm_calls ADD COLUMN self_eval_ms INTEGER;
ALTER TABLE llm_calls ADD COLUMN self_eval_status TEXT;
";

/// The `llm_calls` columns of version 2, optional on read.
pub(super) const SELF_EVAL_COLUMNS: [&str; 6] = [
    "p_runs",
    "p_improves",
    "self_eval_prompt_tokens",
    "self_eval_completion_tokens",
    "self_eval_ms",
    "self_eval_status",
];

/// Every column this elmer reads, by table: a read-only open of an older store checks them.
const REQUIRED_COLUMNS: &[(&str, &[&str])] = &[
    ("run", RUN_COLUMNS),
    ("children", CHILD_COLUMNS),
    ("elites", ELITE_COLUMNS),
    ("metrics", METRICS_COLUMNS),
    ("llm_calls", LLM_CALL_COLUMNS),
];

/// A schema: its migrations and the columns its reader needs. Tests build future ones.
pub(super) struct Schema {
    /// Entry `i` takes version `i` to `i + 1`.
    pub migrations: &'static [&'static str],
    /// Columns read, by table.
    pub required: &'static [(&'static str, &'static [&'static str])],
}

impl Schema {
    /// The version this schema ends at.
    pub fn version(&self) -> u32 {
        self.migrations.len() as u32
    }
}

/// The schema of this elmer.
pub(super) const CURRENT: Schema = Schema {
    migrations: MIGRATIONS,
    required: REQUIRED_COLUMNS,
};

/// The `user_version` in the header of a WAL-mode SQLite file (4 bytes, big-endian, at offset
/// 60); `None` if the file cannot be read, is not SQLite, or is not in WAL mode.
///
/// Read before SQLite opens the file, so a store from a newer elmer is refused without a
/// read-only connection leaving `-wal` and `-shm` companions behind (only WAL files get them;
/// any other file goes to [`probe`], which can also tell a foreign database by its tables).
/// The header can lag behind an uncheckpointed WAL, so [`probe`] checks again.
pub(super) fn header_version(path: &Path) -> Option<u32> {
    use std::io::Read;
    let mut header = [0u8; 100];
    std::fs::File::open(path)
        .and_then(|mut file| file.read_exact(&mut header))
        .ok()?;
    // Bytes 18 and 19, the write and read format versions, are 2 in WAL mode.
    if &header[..16] != b"SQLite format 3\0" || header[18..20] != [2, 2] {
        return None;
    }
    let version = i32::from_be_bytes([header[60], header[61], header[62], header[63]]);
    u32::try_from(version).ok()
}

/// Reads the schema version of an opened file without writing anything.
///
/// A file SQLite cannot read is [`StoreError::NotADatabase`]; a database without a `run` table
/// or with `user_version` 0 is [`StoreError::NotARunStore`].
pub(super) fn probe(conn: &Connection, path: &Path) -> Result<u32, StoreError> {
    let not_a_db = |source: rusqlite::Error| StoreError::from_sqlite(path, source);
    let version: i64 = conn
        .query_row("PRAGMA user_version", [], |row| row.get(0))
        .map_err(not_a_db)?;
    let has_run: bool = conn
        .query_row(
            "SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'run')",
            [],
            |row| row.get(0),
        )
        .map_err(not_a_db)?;
    match u32::try_from(version) {
        Ok(v) if has_run && v > 0 => Ok(v),
        _ => Err(StoreError::NotARunStore {
            path: path.to_path_buf(),
            version,
        }),
    }
}

/// Brings an open store to `schema`'s version in one transaction (a no-op when current).
///
/// The version is read again under the write lock, so two processes opening an old store at
/// once migrate it once.
pub(super) fn migrate(
    conn: &mut Connection,
    path: &Path,
    schema: &Schema,
) -> Result<(), StoreError> {
    let tx = conn
        .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)
        .at(path)?;
    let from: u32 = tx
        .query_row("PRAGMA user_version", [], |row| row.get(0))
        .at(path)?;
    if from >= schema.version() {
        return Ok(());
    }
    apply(&tx, path, from, schema)?;
    tx.execute(
        "UPDATE run SET schema_version = ?1",
        [i64::from(schema.version())],
    )
    .at(path)?;
    tx.commit().at(path)
}

/// Applies the migrations after `from` inside `tx` and sets `user_version`.
pub(super) fn apply(
    tx: &Transaction<'_>,
    path: &Path,
    from: u32,
    schema: &Schema,
) -> Result<(), StoreError> {
    for (step, sql) in schema.migrations.iter().enumerate().skip(from as usize) {
        let step = step as u32;
        tx.execute_batch(sql)
            .map_err(|source| StoreError::Migration {
                path: path.to_path_buf(),
                from: step,
                to: step + 1,
                source,
            })?;
    }
    // PRAGMA takes no bound parameters; the version is our own integer.
    tx.execute_batch(&format!("PRAGMA user_version = {}", schema.version()))
        .at(path)
}

/// The `table.column`s `schema` reads that the store lacks.
pub(super) fn missing_columns(
    conn: &Connection,
    path: &Path,
    schema: &Schema,
) -> Result<Vec<String>, StoreError> {
    let mut stmt = conn
        .prepare("SELECT name FROM pragma_table_info(?1)")
        .at(path)?;
    let mut missing = Vec::new();
    for (table, columns) in schema.required {
        let present: Vec<String> = stmt
            .query_map([table], |row| row.get(0))
            .at(path)?
            .collect::<rusqlite::Result<_>>()
            .at(path)?;
        missing.extend(
            columns
                .iter()
                .filter(|c| !present.iter().any(|p| p == *c))
                .map(|c| format!("{table}.{c}")),
        );
    }
    Ok(missing)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::qd::{Insert, Status};

    fn fresh() -> Connection {
        let mut conn = Connection::open_in_memory().unwrap();
        let tx = conn.transaction().unwrap();
        apply(&tx, Path::new(":memory:"), 0, &CURRENT).unwrap();
        tx.commit().unwrap();
        conn
    }

    #[test]
    fn version_is_the_number_of_migrations() {
        assert_eq!(SCHEMA_VERSION, 2);
        let conn = fresh();
        let v: u32 = conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .unwrap();
        assert_eq!(v, SCHEMA_VERSION);
        assert!(
            missing_columns(&conn, Path::new("x"), &CURRENT)
                .unwrap()
                .is_empty()
        );
    }

    /// The CHECK constraints list exactly the names of `Status` and `Insert`.
    #[test]
    fn checks_accept_exactly_the_canonical_names() {
        let conn = fresh();
        let insert = |id: i64, status: &str, insertion: Option<&str>| {
            let fitness = insertion.map(|_| 1.0);
            conn.execute(
                "INSERT INTO children (id, generation, parent_ids, operator, status, fitness, \
                 insertion) VALUES (?1, 0, '[]', 'gp', ?2, ?3, ?4)",
                rusqlite::params![id, status, fitness, insertion],
            )
        };
        let mut id = 0;
        for status in Status::ALL {
            id += 1;
            insert(id, status.as_str(), None).unwrap();
        }
        for insertion in Insert::ALL {
            id += 1;
            insert(id, "ok", Some(insertion.as_str())).unwrap();
        }
        assert!(insert(100, "OK", None).is_err());
        assert!(insert(101, "fine", None).is_err());
        assert!(insert(102, "ok", Some("added")).is_err());
        // Fitness and insertion only on `ok` children.
        assert!(insert(103, "timeout", Some("new")).is_err());
    }

    #[test]
    fn the_run_table_holds_one_row() {
        let conn = fresh();
        let row = "INSERT INTO run (id, config, grid, schema_version, rng_state, status, \
                   created_at, updated_at) VALUES (?1, '', '{}', 1, '', 'running', '', '')";
        conn.execute(row, [1]).unwrap();
        assert!(conn.execute(row, [2]).is_err());
        let bad_status = "UPDATE run SET status = 'done'";
        assert!(conn.execute(bad_status, []).is_err());
    }
}
