//! The database file: finding it, opening connections, building a new store under a temporary
//! name and publishing it, and the checks done before SQLite touches a file.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::{Connection, OpenFlags, OptionalExtension, params};

use super::decode::corrupt;
use super::error::{AtPath, StoreError};
use super::rows::RunStatus;
use super::run_store::{DB_FILE, now_rfc3339};
use super::schema::{self, CURRENT, Schema};

/// How long a connection waits for another one's lock before failing (a reader during WAL
/// recovery, two writers).
const BUSY_TIMEOUT: Duration = Duration::from_secs(10);

/// Cached prepared statements per connection: the commit uses six, the readers a handful.
const STATEMENT_CACHE: usize = 32;

/// `path` itself, or `path/run.sqlite` when `path` is a folder.
pub(super) fn db_path(path: &Path) -> PathBuf {
    if path.is_dir() {
        path.join(DB_FILE)
    } else {
        path.to_path_buf()
    }
}

/// Refuses a store whose file header already shows a newer schema, before SQLite opens it.
pub(super) fn refuse_newer_header(path: &Path, schema: &Schema) -> Result<(), StoreError> {
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
pub(super) fn connect(path: &Path, mode: OpenFlags) -> Result<Connection, StoreError> {
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

/// Opens an existing file read-only and immutable (`?immutable=1`): no lock, no `-shm`.
pub(super) fn connect_immutable(path: &Path) -> Result<Connection, StoreError> {
    if !path.is_file() {
        return Err(StoreError::NotFound {
            path: path.to_path_buf(),
        });
    }
    // A URI path: the characters a URI gives meaning to are escaped.
    let mut uri = String::from("file:");
    for b in path.as_os_str().as_encoded_bytes() {
        match b {
            b'%' | b'?' | b'#' | b' ' | 0x80.. => uri.push_str(&format!("%{b:02X}")),
            _ => uri.push(char::from(*b)),
        }
    }
    uri.push_str("?immutable=1");
    let flags = OpenFlags::SQLITE_OPEN_READ_ONLY
        | OpenFlags::SQLITE_OPEN_URI
        | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let conn = Connection::open_with_flags(&uri, flags)
        .map_err(|source| StoreError::from_sqlite(path, source))?;
    conn.set_prepared_statement_cache_capacity(STATEMENT_CACHE);
    Ok(conn)
}

/// Settings of a writing connection.
pub(super) fn configure_writer(conn: &Connection, path: &Path) -> Result<(), StoreError> {
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

/// The stored `run.grid` (JSON).
pub(super) fn stored_grid(conn: &Connection, path: &Path) -> Result<String, StoreError> {
    conn.query_row("SELECT grid FROM run WHERE id = 1", [], |row| row.get(0))
        .optional()
        .at(path)?
        .ok_or_else(|| corrupt(path, "run row", "missing"))
}

/// Builds a complete new store at `tmp`.
pub(super) fn build(
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
pub(super) fn publish(tmp: &Path, path: &Path) -> Result<(), StoreError> {
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
pub(super) fn remove_db_files(db: &Path) {
    for suffix in ["", "-wal", "-shm", "-journal"] {
        let mut name = db.as_os_str().to_owned();
        name.push(suffix);
        let _ = fs::remove_file(PathBuf::from(name));
    }
}

#[cfg(test)]
mod tests {
    use super::super::fixtures::{CONFIG, FakeRun, new_store, snapshot};
    use super::super::{MIGRATIONS, RunStore, SCHEMA_VERSION};
    use super::*;
    use crate::qd::GridConfig;

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
                        ours: SCHEMA_VERSION,
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
        assert_eq!(
            schema::header_version(&lagging.join(DB_FILE)),
            Some(SCHEMA_VERSION)
        );
        for open in opens {
            let err = open(&lagging).unwrap_err();
            assert!(
                matches!(
                    err,
                    StoreError::TooNew {
                        version: 5,
                        ours: SCHEMA_VERSION,
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

    /// A future elmer (schema 3 adds a column) migrates a version-2 store on a read-write
    /// open and refuses to read it read-only while the column is missing.
    #[test]
    fn an_older_store_is_migrated_on_open() {
        const V3: &str = "ALTER TABLE children ADD COLUMN note TEXT;";
        const FUTURE: Schema = Schema {
            migrations: &[MIGRATIONS[0], MIGRATIONS[1], V3],
            required: &[("children", &["id", "note"]), ("run", &["grid"])],
        };
        const FUTURE_TOLERANT: Schema = Schema {
            migrations: &[MIGRATIONS[0], MIGRATIONS[1], V3],
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
            matches!(&err, StoreError::NeedsMigration { version: 2, ours: 3, missing, .. } if missing == &["children.note"]),
            "{err}"
        );
        assert!(err.to_string().contains("elmer evolve --resume"), "{err}");
        // A reader that needs no new column reads the old store as it is.
        let old = RunStore::open_read_only_with(tmp.path(), &FUTURE_TOLERANT).unwrap();
        assert_eq!(old.children().unwrap(), children);
        drop(old);

        let mut store = RunStore::open_with(tmp.path(), &grid, &FUTURE).unwrap();
        assert_eq!(store.run().unwrap().schema_version, 3);
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
                    version: 3,
                    ours: 2,
                    ..
                }
            ),
            "{err}"
        );
    }
}
