//! [`StoreError`]: what went wrong with a run store, naming the file and the fix.

use std::path::{Path, PathBuf};

use thiserror::Error;

/// A run store could not be created, opened, read or written.
///
/// Every message starts with the store's path and ends with what to do. A program that failed
/// is never a `StoreError`: it is a [`Status`](crate::qd::Status) stored in a row.
#[derive(Debug, Error)]
pub enum StoreError {
    /// `create` found a `run.sqlite` already there (it was not touched).
    ///
    /// How to fix: continue that run with `--resume`, or write the new one elsewhere.
    #[error(
        "{}: a run already exists here; use --resume RUN to continue it, or choose another --out",
        path.display()
    )]
    Exists {
        /// The existing database file.
        path: PathBuf,
    },
    /// No run store at the path given.
    ///
    /// How to fix: give a run folder (holding `run.sqlite`), the `run.sqlite` file itself, or a
    /// bare run name under `archives/`.
    #[error(
        "{}: no run store here; give a run folder holding run.sqlite, the run.sqlite file, \
         or a run name under archives/",
        path.display()
    )]
    NotFound {
        /// The database file looked for.
        path: PathBuf,
    },
    /// The file is not a SQLite database (it was not modified).
    ///
    /// How to fix: point at the run folder or its `run.sqlite`; restore a damaged store from a
    /// copy.
    #[error(
        "{}: not a SQLite database ({source}); give a run folder or its run.sqlite, or restore \
         the file from a copy",
        path.display()
    )]
    NotADatabase {
        /// The file.
        path: PathBuf,
        /// SQLite's complaint.
        source: rusqlite::Error,
    },
    /// A SQLite file (its header says so) that SQLite cannot read: truncated, overwritten in
    /// part, or otherwise damaged (it was not modified).
    ///
    /// How to fix: restore the store from a copy; `sqlite3 FILE ".recover"` may save part of it.
    #[error(
        "{}: the SQLite file is damaged ({source}); restore it from a copy (sqlite3 FILE \
         \".recover\" may save part of it)",
        path.display()
    )]
    Damaged {
        /// The file.
        path: PathBuf,
        /// SQLite's complaint.
        source: rusqlite::Error,
    },
    /// A SQLite database, but not an elmer run store: no `run` table or no schema version (it
    /// was not modified).
    ///
    /// How to fix: point at a run made by `elmer evolve`.
    #[error(
        "{}: a SQLite database but not an elmer run store (no `run` table, or user_version \
         {version}); give a run folder made by `elmer evolve`",
        path.display()
    )]
    NotARunStore {
        /// The file.
        path: PathBuf,
        /// Its `PRAGMA user_version`.
        version: i64,
    },
    /// The store was written by a newer elmer (it was not modified).
    ///
    /// How to fix: upgrade elmer.
    #[error(
        "{}: schema version {version} is newer than this elmer's ({ours}); upgrade elmer to \
         open it",
        path.display()
    )]
    TooNew {
        /// The file.
        path: PathBuf,
        /// Its schema version.
        version: u32,
        /// The newest version this elmer knows.
        ours: u32,
    },
    /// A read-only open of an older store that lacks columns this elmer reads.
    ///
    /// How to fix: open it once read-write (e.g. `elmer evolve --resume RUN`), which migrates
    /// it, or read it with the elmer that wrote it.
    #[error(
        "{}: schema version {version} is older than this elmer's ({ours}) and lacks {}; open \
         it read-write once (elmer evolve --resume RUN) to migrate it",
        path.display(),
        missing.join(", ")
    )]
    NeedsMigration {
        /// The file.
        path: PathBuf,
        /// Its schema version.
        version: u32,
        /// Ours.
        ours: u32,
        /// The missing columns, as `table.column`.
        missing: Vec<String>,
    },
    /// A migration step failed; the store was left at its old version (one transaction).
    ///
    /// How to fix: check disk space and permissions; report the message if it persists.
    #[error(
        "{}: migrating the schema from version {from} to {to} failed ({source}); the store is \
         unchanged; check disk space and permissions, or report this",
        path.display()
    )]
    Migration {
        /// The file.
        path: PathBuf,
        /// The version migrated from.
        from: u32,
        /// The version migrated to.
        to: u32,
        /// SQLite's error.
        source: rusqlite::Error,
    },
    /// The grid given to `open` differs from the one the run was stored with.
    ///
    /// How to fix: a run's grid cannot change; drop the `[grid]` change or start a new run.
    #[error(
        "{}: the run was stored with grid {stored}, not {given}; a run's grid cannot change \
         (undo the [grid] change, or start a new run with --out)",
        path.display()
    )]
    GridMismatch {
        /// The file.
        path: PathBuf,
        /// The stored grid, JSON.
        stored: String,
        /// The grid given, JSON.
        given: String,
    },
    /// The grid cannot be stored: it is invalid or does not survive JSON exactly.
    ///
    /// How to fix: correct the `[grid]` setting as the message says.
    #[error("{}: cannot store the grid: {message}; fix the [grid] setting", path.display())]
    BadGrid {
        /// The database file.
        path: PathBuf,
        /// What is wrong with the grid (a [`GridError`](crate::qd::GridError) or a range that
        /// does not survive JSON).
        message: String,
    },
    /// Stored data that cannot be decoded (a damaged store, or one edited by another tool).
    ///
    /// How to fix: run `PRAGMA integrity_check`; restore the store from a copy.
    #[error(
        "{}: stored {what} is unreadable: {message}; the store is damaged or was edited by \
         another tool: restore it from a copy",
        path.display()
    )]
    Corrupt {
        /// The file.
        path: PathBuf,
        /// Which value, e.g. `children.status of child 12`.
        what: String,
        /// What is wrong.
        message: String,
    },
    /// A value handed to the store cannot be stored; nothing of that commit was written.
    ///
    /// How to fix: this is a bug in the caller (NaN fitness, an out-of-grid cell, a skipped
    /// generation): please report it with the message.
    #[error(
        "{}: cannot store {what}: {message}; nothing of this generation was written (a bug in \
         elmer: please report it)",
        path.display()
    )]
    BadRow {
        /// The file.
        path: PathBuf,
        /// Which value, e.g. `child 12 fitness`.
        what: String,
        /// What is wrong.
        message: String,
    },
    /// A write on a store opened with [`RunStore::open_read_only`](super::RunStore::open_read_only).
    ///
    /// How to fix: open it with [`RunStore::open`](super::RunStore::open) to write.
    #[error("{}: opened read-only; open it read-write to change it", path.display())]
    ReadOnly {
        /// The file.
        path: PathBuf,
    },
    /// Creating the run folder or file failed.
    ///
    /// How to fix: check that the parent folder exists and is writable.
    #[error("{}: {source}; check the folder exists and is writable", path.display())]
    Io {
        /// The folder or file.
        path: PathBuf,
        /// The OS error.
        source: std::io::Error,
    },
    /// Any other SQLite error (disk full, permissions, another writer holding the lock).
    ///
    /// How to fix: check disk space and permissions; stop any other elmer writing this run.
    #[error(
        "{}: SQLite error: {source}; check disk space and permissions, and that no other elmer \
         is writing this run",
        path.display()
    )]
    Sqlite {
        /// The file.
        path: PathBuf,
        /// SQLite's error.
        source: rusqlite::Error,
    },
}

impl StoreError {
    /// The store file (or folder) the error is about.
    pub fn path(&self) -> &Path {
        match self {
            StoreError::Exists { path }
            | StoreError::NotFound { path }
            | StoreError::NotADatabase { path, .. }
            | StoreError::Damaged { path, .. }
            | StoreError::NotARunStore { path, .. }
            | StoreError::TooNew { path, .. }
            | StoreError::NeedsMigration { path, .. }
            | StoreError::Migration { path, .. }
            | StoreError::GridMismatch { path, .. }
            | StoreError::BadGrid { path, .. }
            | StoreError::Corrupt { path, .. }
            | StoreError::BadRow { path, .. }
            | StoreError::ReadOnly { path }
            | StoreError::Io { path, .. }
            | StoreError::Sqlite { path, .. } => path,
        }
    }
}

/// Attaches the store's path to a SQLite result.
pub(super) trait AtPath<T> {
    /// `Err(e)` becomes [`StoreError::Sqlite`] naming `path`.
    fn at(self, path: &Path) -> Result<T, StoreError>;
}

impl<T> AtPath<T> for rusqlite::Result<T> {
    fn at(self, path: &Path) -> Result<T, StoreError> {
        self.map_err(|source| StoreError::from_sqlite(path, source))
    }
}

/// The first bytes of every SQLite database file.
const SQLITE_MAGIC: &[u8; 16] = b"SQLite format 3\0";

impl StoreError {
    /// SQLite's error on `path`, named for what it means: a file that is not a database at all
    /// ([`StoreError::NotADatabase`]), one whose header says SQLite but whose pages cannot be
    /// read ([`StoreError::Damaged`]), or any other failure ([`StoreError::Sqlite`]).
    pub fn from_sqlite(path: &Path, source: rusqlite::Error) -> StoreError {
        use rusqlite::ErrorCode::{DatabaseCorrupt, NotADatabase};
        let path = path.to_path_buf();
        match source.sqlite_error_code() {
            Some(NotADatabase | DatabaseCorrupt) if has_sqlite_header(&path) => {
                StoreError::Damaged { path, source }
            }
            Some(NotADatabase | DatabaseCorrupt) => StoreError::NotADatabase { path, source },
            _ => StoreError::Sqlite { path, source },
        }
    }
}

/// Does the file start with SQLite's magic string?
fn has_sqlite_header(path: &Path) -> bool {
    use std::io::Read;
    let mut head = [0u8; 16];
    std::fs::File::open(path)
        .and_then(|mut f| f.read_exact(&mut head))
        .is_ok_and(|()| &head == SQLITE_MAGIC)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_name_the_file_and_the_fix() {
        let path = PathBuf::from("archives/x/run.sqlite");
        let exists = StoreError::Exists { path: path.clone() }.to_string();
        assert_eq!(
            exists,
            "archives/x/run.sqlite: a run already exists here; use --resume RUN to continue it, \
             or choose another --out"
        );
        let newer = StoreError::TooNew {
            path: path.clone(),
            version: 7,
            ours: 1,
        }
        .to_string();
        assert!(
            newer.starts_with("archives/x/run.sqlite: schema version 7"),
            "{newer}"
        );
        assert!(
            newer.contains("(1)") && newer.contains("upgrade elmer"),
            "{newer}"
        );
        let missing = StoreError::NeedsMigration {
            path: path.clone(),
            version: 1,
            ours: 2,
            missing: vec!["children.note".into(), "run.x".into()],
        };
        assert!(
            missing.to_string().contains("children.note, run.x"),
            "{missing}"
        );
        assert_eq!(missing.path(), path);
    }

    #[test]
    fn a_file_with_a_sqlite_header_is_damaged_not_foreign() {
        let dir = tempfile::tempdir().unwrap();
        let corrupt = || {
            rusqlite::Error::SqliteFailure(
                rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_CORRUPT),
                None,
            )
        };
        let damaged = dir.path().join("damaged.sqlite");
        let mut bytes = SQLITE_MAGIC.to_vec();
        bytes.extend([0xff; 100]);
        std::fs::write(&damaged, bytes).unwrap();
        let e = StoreError::from_sqlite(&damaged, corrupt());
        assert!(matches!(e, StoreError::Damaged { .. }), "{e}");
        assert!(e.to_string().contains("is damaged"), "{e}");
        let text = dir.path().join("notes.txt");
        std::fs::write(&text, "hello, not a database at all").unwrap();
        let e = StoreError::from_sqlite(&text, corrupt());
        assert!(matches!(e, StoreError::NotADatabase { .. }), "{e}");
    }
}
