//! The sandbox: program text in, a validated [`Walker`] or a [`ProgramFailure`] out
//! (DESIGN.md §2 and §6).
//!
//! # Overview
//! - [`Pool`]: persistent, sandboxed CPython workers; [`Pool::run`] runs one program
//!   (`Send + Sync`, called from rayon threads with `&self`), [`Pool::call`] calls a function
//!   of an embedded trusted module (the GP operator's syntax-tree edits).
//! - [`SandboxConfig`]: the `[sandbox]` table of the run config.
//! - [`program_seed`] and [`normalise`]: one program text gives one seed, hence one walker.
//! - [`doctor`]: which isolation layers are active on this host ([`DoctorReport`]).
//!
//! # What a program may do
//! A worker is the real interpreter (`python -s -S -B -P`, never a shim) started with an
//! empty environment (only `PYTHONHASHSEED=0`, so that string hashing, hence set order, is the
//! same in every worker; the worker then clears even that) and these layers, applied in the
//! child before `exec` (see [`Layer`]): rlimits, a new network namespace, uid/gid 65534,
//! Landlock (read-only system paths, execute only the interpreter and its loader), seccomp (no
//! sockets, fork/clone, ptrace, kill, mount, bpf, io_uring, exec after start). Inside, each
//! program runs in a fresh namespace with a restricted `__import__`, a time limit and an
//! audit hook; the Rust watchdog kills a worker `timeout_s + 1 s` after a request. Replies
//! carry the request id and a fresh random nonce, are size-capped, and are validated here:
//! every walker goes through [`WalkerBuilder::build`]. Anything unexpected kills the worker,
//! which is respawned on the next request.
//!
//! The Python side is `sodarace/worker.py`, embedded with the API modules
//! ([`EMBEDDED_MODULES`]) and sent to each worker at start-up, so `elmer` works from any folder.

mod config;
mod doctor;
mod layers;
mod pool;
mod worker;

pub use config::{Layers, SandboxConfig};
pub use doctor::{DoctorReport, LayerReport, PythonInfo, doctor};
pub use layers::Layer;
pub use pool::{Pool, PoolStats};

use sha2::{Digest, Sha256};
use thiserror::Error;

use crate::walker::{Walker, WalkerError};

#[cfg(doc)]
use crate::walker::WalkerBuilder;

/// A Python module embedded in the binary and sent to every worker.
#[derive(Clone, Copy, Debug)]
pub struct EmbeddedModule {
    /// Module name, as imported.
    pub name: &'static str,
    /// Its source text.
    pub source: &'static str,
    /// Programs may import it (the API, `cppn`); otherwise it is a trusted helper reached only
    /// through [`Pool::call`] (e.g. the GP operator's `gp`).
    pub importable: bool,
    /// Other names the module is registered under (dotted names get stub parent packages).
    pub aliases: &'static [&'static str],
}

/// The modules sent to every worker. The first importable one is the walker API; to add a
/// helper, append an entry (and a `sodarace/NAME.py`).
pub const EMBEDDED_MODULES: &[EmbeddedModule] = &[
    EmbeddedModule {
        name: "walker_creator",
        source: include_str!("../../sodarace/walker_creator.py"),
        importable: true,
        aliases: &[
            "walk_creator",
            "walker",
            "openelm.environments.sodaracer.walker",
        ],
    },
    EmbeddedModule {
        name: "cppn",
        source: include_str!("../../sodarace/cppn.py"),
        importable: true,
        aliases: &[],
    },
    EmbeddedModule {
        name: "gp",
        source: include_str!("../../sodarace/gp.py"),
        importable: false,
        aliases: &[],
    },
];

/// Standard-library modules a program may import (DESIGN.md §2).
pub const ALLOWED_STDLIB: &[&str] = &["math", "random", "itertools", "functools"];

/// The worker's Python source (`sodarace/worker.py`).
pub const WORKER_SOURCE: &str = include_str!("../../sodarace/worker.py");

/// Longest program accepted, in bytes; longer ones fail with [`FailureKind::Exception`].
pub const MAX_SOURCE_BYTES: usize = 256 * 1024;

/// Longest error text kept in a [`ProgramFailure`], in bytes.
pub const MAX_ERROR_BYTES: usize = 4096;

/// What running a program gave: a validated walker or a failure.
pub type ProgramOutcome = Result<Walker, ProgramFailure>;

/// A program that did not give a valid walker. This is data (a `qd::Status`), not an error.
#[derive(Clone, Debug, PartialEq, Error)]
#[error("{kind:?}: {error}")]
pub struct ProgramFailure {
    /// What went wrong.
    pub kind: FailureKind,
    /// Human-readable cause (at most [`MAX_ERROR_BYTES`]): the Python exception and the last
    /// program lines of its traceback, the syntax error with line and column, the walker rule.
    pub error: String,
}

/// The kind of a [`ProgramFailure`]; `qd::Status::from(&kind)` gives DESIGN §4's status (the
/// one mapping, beside the status enum).
#[derive(Clone, Debug, PartialEq)]
pub enum FailureKind {
    /// The program does not compile.
    SyntaxError,
    /// The program imports a module outside math, random, itertools, functools, cppn and the API.
    ForbiddenImport,
    /// The program raised (also SystemExit, KeyboardInterrupt), returned something other than a
    /// Walker, or broke the worker: it died, or sent a forged, malformed or oversized reply.
    Exception,
    /// The program ran out of time: in the worker, or killed by the watchdog.
    Timeout,
    /// The program ran out of memory (`sandbox.memory_mb`).
    MemoryError,
    /// The walker breaks a limit of DESIGN §2.
    InvalidWalker(WalkerError),
}

impl ProgramFailure {
    /// A failure with its error text capped at [`MAX_ERROR_BYTES`].
    pub fn new(kind: FailureKind, error: impl Into<String>) -> Self {
        ProgramFailure {
            kind,
            error: cap(error.into(), MAX_ERROR_BYTES),
        }
    }
}

/// Why the sandbox itself could not work (not a program's fault).
#[derive(Debug, Error)]
pub enum SandboxError {
    /// No interpreter found. Fix: install Python 3 (`apt-get install python3`) or set
    /// `sandbox.python` to its path.
    #[error(
        "no Python interpreter found (tried {tried}); install python3 or set sandbox.python to the interpreter's path"
    )]
    PythonNotFound {
        /// What was tried.
        tried: String,
    },
    /// The configured or found interpreter is not a usable binary (missing, a script, not ELF).
    /// Fix: point `sandbox.python` at the real interpreter binary.
    #[error("sandbox.python: {path}: {reason}")]
    PythonUnusable {
        /// The path.
        path: String,
        /// What is wrong and how to fix it.
        reason: String,
    },
    /// A field of [`SandboxConfig`] is out of range. Fix: the message names the valid range.
    #[error("sandbox.{field}: {message}")]
    Config {
        /// The field.
        field: &'static str,
        /// What is wrong and what is expected.
        message: String,
    },
    /// `sandbox.strict` is set and some layers are not active. Fix: run `elmer doctor` to see
    /// why (e.g. not root, old kernel), or unset `sandbox.strict`.
    #[error(
        "sandbox.strict is set but these layers are not active: {missing}; run `elmer doctor` for the reasons, or set sandbox.strict = false"
    )]
    LayersMissing {
        /// The missing layers and why.
        missing: String,
    },
    /// A worker could not be started. Fix: the message says why (stderr of the worker included);
    /// `elmer doctor` shows the interpreter and the layers.
    #[error("could not start a sandbox worker: {message}")]
    Spawn {
        /// What failed.
        message: String,
    },
    /// A trusted call failed ([`Pool::call`]). Fix: check the module, function and arguments.
    #[error("{module}.{function}: {message}")]
    Call {
        /// The embedded module.
        module: String,
        /// The function.
        function: String,
        /// The error reported by the worker or the protocol.
        message: String,
    },
}

/// The normalised form of a program used for seeds and deduplication.
///
/// Line endings become `\n` (CRLF and lone CR), trailing whitespace is stripped from every
/// line, leading and trailing blank lines are dropped, and the text ends with exactly one `\n`
/// (an empty or blank program normalises to the empty string). Indentation and everything else
/// is kept, so two programs with the same normal form behave the same in Python.
///
/// ```
/// use elmer::sandbox::normalise;
/// assert_eq!(normalise("\r\n\ndef f():  \r\n    pass\t\r\n\n"), "def f():\n    pass\n");
/// ```
pub fn normalise(source: &str) -> String {
    let unified = source.replace("\r\n", "\n").replace('\r', "\n");
    let lines: Vec<&str> = unified.split('\n').map(str::trim_end).collect();
    let first = lines.iter().position(|l| !l.is_empty());
    let last = lines.iter().rposition(|l| !l.is_empty());
    match (first, last) {
        (Some(a), Some(b)) => {
            let mut out = lines[a..=b].join("\n");
            out.push('\n');
            out
        }
        _ => String::new(),
    }
}

/// The `random` seed of a program: the first 8 bytes (little-endian) of
/// `sha256(salt as 8 little-endian bytes ++ normalise(source) as UTF-8)`.
///
/// `salt` is `sandbox.random_salt` (default 0, stored in the run). The same text gives the
/// same seed, hence the same walker, in evolve, eval, export and the viewer.
///
/// ```
/// use elmer::sandbox::program_seed;
/// let a = program_seed("def make_walker():\n    pass\n", 0);
/// assert_eq!(a, program_seed("def make_walker():   \r\n    pass", 0));
/// assert_ne!(a, program_seed("def make_walker():\n    pass\n", 1));
/// ```
pub fn program_seed(source: &str, salt: u64) -> u64 {
    let mut h = Sha256::new();
    h.update(salt.to_le_bytes());
    h.update(normalise(source).as_bytes());
    let digest = h.finalize();
    let mut first = [0u8; 8];
    first.copy_from_slice(&digest[..8]);
    u64::from_le_bytes(first)
}

/// Truncates `s` to at most `max` bytes on a char boundary, saying how long it was.
pub(crate) fn cap(mut s: String, max: usize) -> String {
    if s.len() > max {
        let total = s.len();
        let mut end = max;
        while !s.is_char_boundary(end) {
            end -= 1;
        }
        s.truncate(end);
        s.push_str(&format!("... ({total} bytes)"));
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalise_rules() {
        assert_eq!(normalise(""), "");
        assert_eq!(normalise(" \n\t\n"), "");
        assert_eq!(normalise("a\rb"), "a\nb\n");
        assert_eq!(
            normalise("  x = 1  \n\n\ny = 2\n\n"),
            "  x = 1\n\n\ny = 2\n"
        );
    }

    #[test]
    fn seed_depends_on_text_and_salt_only() {
        let s = "def make_walker():\n    return 1\n";
        assert_eq!(program_seed(s, 7), program_seed(&format!("\n{s}\n\n"), 7));
        assert_ne!(program_seed(s, 7), program_seed(s, 8));
        assert_ne!(
            program_seed(s, 7),
            program_seed("def make_walker():\n    return 2\n", 7)
        );
    }

    #[test]
    fn cap_respects_char_boundaries() {
        let s = "é".repeat(10);
        let c = cap(s, 5);
        assert!(c.starts_with("éé"));
        assert!(c.ends_with("(20 bytes)"));
    }

    proptest::proptest! {
        #[test]
        fn normalise_is_idempotent(s in "[ a-z\\t\\r\\n#:()=]{0,80}") {
            let once = normalise(&s);
            proptest::prop_assert_eq!(normalise(&once), once.clone());
            proptest::prop_assert_eq!(program_seed(&s, 3), program_seed(&once, 3));
        }
    }
}
