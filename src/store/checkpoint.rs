//! The checkpoint thread: folds committed pages from the WAL into the database file off the
//! writer's path.

use std::path::Path;
use std::sync::mpsc;
use std::thread;

use rusqlite::OpenFlags;

use super::connection::connect;

/// Copies committed pages from the WAL into the database file on its own thread and
/// connection, after each commit.
///
/// SQLite's automatic checkpoint would run inside `commit` every ~4 MB of WAL and wait for two
/// fsyncs there (about 60-120 ms per 512-child generation on the test machine); here the writer
/// only appends to the WAL. A failed or partial checkpoint (a reader holding an old snapshot)
/// costs nothing: the pages stay in the WAL until the next one, or until the last connection
/// closes.
#[derive(Debug)]
pub(super) struct Checkpointer {
    wake: Option<mpsc::SyncSender<()>>,
    thread: Option<thread::JoinHandle<()>>,
}

impl Checkpointer {
    /// `None` if the thread or its connection cannot start (SQLite's automatic checkpoint then
    /// stays on).
    pub(super) fn start(path: &Path) -> Option<Checkpointer> {
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

    /// Asks for a checkpoint (merged with one already due).
    pub(super) fn wake(&self) {
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
