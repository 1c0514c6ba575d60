//! [`RunStore`]: one run's SQLite database: create, open, and the run row's setters. The commit
//! is in `commit.rs`, the readers in `read.rs`.

use std::fs;
use std::path::{Path, PathBuf};

use rusqlite::{Connection, OpenFlags, params};

use super::checkpoint::Checkpointer;
use super::connection::{
    build, configure_writer, connect, connect_immutable, db_path, publish, refuse_newer_header,
    remove_db_files, stored_grid,
};
use super::decode::corrupt;
use super::error::{AtPath, StoreError};
use super::guard::grid_json;
use super::rows::RunStatus;
use super::schema::{self, CURRENT, Schema};
use crate::qd::GridConfig;

/// The database file inside a run folder.
pub const DB_FILE: &str = "run.sqlite";

/// One run's store: `archives/<name>/run.sqlite` (DESIGN §7).
///
/// Open it with [`RunStore::create`], [`RunStore::open`] (read-write, migrates) or
/// [`RunStore::open_read_only`] (report, export, viewer; works while a run writes). The writer
/// adds one [`Generation`](super::Generation) per [`RunStore::commit`], in one transaction.
#[derive(Debug)]
pub struct RunStore {
    // Dropped before `checkpointer`, whose connection, closing last, folds the WAL into the
    // database file and deletes it.
    pub(super) conn: Connection,
    pub(super) path: PathBuf,
    pub(super) grid: GridConfig,
    read_only: bool,
    pub(super) checkpointer: Option<Checkpointer>,
}

/// How a store is opened: to write (the grid given must be the stored one), to read, or to
/// read a store no writer has open without leaving a file beside it (immutable).
enum Access<'a> {
    Write(&'a GridConfig),
    Read,
    Snapshot,
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

    /// Opens a store read-only for a one-off read (report, export) that leaves no file behind.
    ///
    /// A store without a `-wal` file has no writer (a WAL writer keeps one while it is open),
    /// so it is opened immutable: SQLite then makes no `-wal`/`-shm` beside it, which a
    /// read-only connection could not remove again. A store being written is opened as
    /// [`RunStore::open_read_only`] does.
    pub fn open_snapshot(path: &Path) -> Result<RunStore, StoreError> {
        let mut wal = db_path(path).into_os_string();
        wal.push("-wal");
        let access = if Path::new(&wal).exists() {
            Access::Read
        } else {
            Access::Snapshot
        };
        Self::open_as(path, access, &CURRENT)
    }

    /// [`RunStore::open`] under `schema`.
    pub(super) fn open_with(
        path: &Path,
        grid: &GridConfig,
        schema: &Schema,
    ) -> Result<RunStore, StoreError> {
        Self::open_as(path, Access::Write(grid), schema)
    }

    /// [`RunStore::open_read_only`] under `schema`.
    pub(super) fn open_read_only_with(
        path: &Path,
        schema: &Schema,
    ) -> Result<RunStore, StoreError> {
        Self::open_as(path, Access::Read, schema)
    }

    /// The one open path: refuse what is not a store of at most `schema`'s version, then
    /// migrate and check the grid (write) or check the columns and read the grid (read).
    fn open_as(path: &Path, access: Access<'_>, schema: &Schema) -> Result<RunStore, StoreError> {
        let path = db_path(path);
        refuse_newer_header(&path, schema)?;
        let mut conn = match access {
            Access::Write(_) => connect(&path, OpenFlags::SQLITE_OPEN_READ_WRITE)?,
            Access::Read => connect(&path, OpenFlags::SQLITE_OPEN_READ_ONLY)?,
            Access::Snapshot => connect_immutable(&path)?,
        };
        // Everything up to here only read the file: a refused store is left byte-identical.
        let version = schema::probe(&conn, &path)?;
        if version > schema.version() {
            return Err(StoreError::TooNew {
                path,
                version,
                ours: schema.version(),
            });
        }
        match access {
            Access::Write(grid) => {
                configure_writer(&conn, &path)?;
                schema::migrate(&mut conn, &path, schema)?;
                let stored = stored_grid(&conn, &path)?;
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
            Access::Read | Access::Snapshot => {
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
                let text = stored_grid(&conn, &path)?;
                let grid: GridConfig = serde_json::from_str(&text)
                    .map_err(|e| corrupt(&path, "run.grid", e.to_string()))?;
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
        }
    }

    /// The database file.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The run's grid (cells are stored as flat indices under it).
    pub fn grid(&self) -> &GridConfig {
        &self.grid
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

    /// Refuses to write through a read-only store.
    pub(super) fn writable(&self) -> Result<(), StoreError> {
        if self.read_only {
            return Err(StoreError::ReadOnly {
                path: self.path.clone(),
            });
        }
        Ok(())
    }
}

/// Now as RFC 3339 UTC with seconds, e.g. `2024-05-01T12:00:00Z`.
pub(super) fn now_rfc3339() -> String {
    rfc3339(jiff::Timestamp::now())
}

/// A time as RFC 3339 UTC, whole seconds.
fn rfc3339(time: jiff::Timestamp) -> String {
    time.strftime("%Y-%m-%dT%H:%M:%SZ").to_string()
}

#[cfg(test)]
mod tests {
    use std::panic::{AssertUnwindSafe, catch_unwind};
    use std::time::Instant;

    use super::super::fixtures::{FakeRun, new_store};
    use super::*;
    use crate::qd::ChildId;

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
        assert_eq!(seen, Some(Some(ChildId(29))));
        assert_eq!(reader.run().unwrap().generation, Some(1));
        assert_eq!(reader.count_children().unwrap(), 60);
        assert_eq!(reader.archive().unwrap().hash(), fake.archive.hash());
        // What the viewer's live mode would fetch: elites made by generation 1.
        let since = reader.elites_since(ChildId(29)).unwrap();
        assert_eq!(since.len(), g1.elites.len());
        assert!(
            since
                .iter()
                .all(|(cell, c)| c.id >= ChildId(30) && c.cell == Some(*cell))
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
        let at = |secs: i64| jiff::Timestamp::from_second(secs).unwrap();
        assert_eq!(rfc3339(at(0)), "1970-01-01T00:00:00Z");
        assert_eq!(rfc3339(at(951_782_400)), "2000-02-29T00:00:00Z");
        assert_eq!(rfc3339(at(1_700_000_000)), "2023-11-14T22:13:20Z");
        assert_eq!(rfc3339(at(4_102_444_799)), "2099-12-31T23:59:59Z");
        let fraction = jiff::Timestamp::new(1_700_000_000, 999_999_999).unwrap();
        assert_eq!(rfc3339(fraction), "2023-11-14T22:13:20Z");
        let now = now_rfc3339();
        assert_eq!(now.len(), 20, "{now}");
        assert!(now.as_str() > "2024-01-01T00:00:00Z", "{now}");
    }
}
