//! What happened to a child ([`Status`]) and, for an `ok` child, to the archive ([`Insert`]).

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};
use thiserror::Error;

use crate::sandbox::FailureKind;

/// The outcome of one evaluation (one child proposed), DESIGN §4.
///
/// One canonical enum for store, report, viewer and export, stored as its lower-case snake name
/// ([`Status::as_str`]; serde and [`FromStr`] use the same string). A failed program is data,
/// never an `Err`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// The program ran, gave a valid walker and the simulation finished stably.
    Ok,
    /// The mutation returned the parent's code unchanged.
    Unchanged,
    /// The LLM call failed (network, HTTP error, refusal, rate limit after retries).
    LlmError,
    /// The LLM reply contained no code.
    NoCode,
    /// The reply's diff did not apply to the parent.
    BadDiff,
    /// The program is not valid Python.
    SyntaxError,
    /// The program imports a module outside the allow-list.
    ForbiddenImport,
    /// The program raised, or the worker died or sent a forged or oversized reply (the cause is
    /// in the error text).
    Exception,
    /// The program ran past its time limit.
    Timeout,
    /// The program ran past its memory limit.
    MemoryError,
    /// The program's walker broke a limit of `walker::WalkerLimits`.
    InvalidWalker,
    /// The walker's simulation blew up (non-finite or runaway state).
    Unstable,
}

impl Status {
    /// Every status, in declaration order.
    pub const ALL: [Status; 12] = [
        Status::Ok,
        Status::Unchanged,
        Status::LlmError,
        Status::NoCode,
        Status::BadDiff,
        Status::SyntaxError,
        Status::ForbiddenImport,
        Status::Exception,
        Status::Timeout,
        Status::MemoryError,
        Status::InvalidWalker,
        Status::Unstable,
    ];

    /// The stored name: lower-case snake case (`"llm_error"`).
    pub const fn as_str(self) -> &'static str {
        match self {
            Status::Ok => "ok",
            Status::Unchanged => "unchanged",
            Status::LlmError => "llm_error",
            Status::NoCode => "no_code",
            Status::BadDiff => "bad_diff",
            Status::SyntaxError => "syntax_error",
            Status::ForbiddenImport => "forbidden_import",
            Status::Exception => "exception",
            Status::Timeout => "timeout",
            Status::MemoryError => "memory_error",
            Status::InvalidWalker => "invalid_walker",
            Status::Unstable => "unstable",
        }
    }

    /// Position in [`Status::ALL`], for dense per-status tables.
    pub const fn index(self) -> usize {
        self as usize
    }

    /// The reply applied or parsed (the paper's "diff valid"): every status but `llm_error`,
    /// `no_code` and `bad_diff`.
    pub const fn is_diff_valid(self) -> bool {
        !matches!(self, Status::LlmError | Status::NoCode | Status::BadDiff)
    }

    /// The program's own fault in the sandbox (what a sandbox failure maps to, and what a
    /// repair follow-up may fix): `syntax_error`, `forbidden_import`, `exception`, `timeout`,
    /// `memory_error`, `invalid_walker`.
    pub const fn is_sandbox_failure(self) -> bool {
        matches!(
            self,
            Status::SyntaxError
                | Status::ForbiddenImport
                | Status::Exception
                | Status::Timeout
                | Status::MemoryError
                | Status::InvalidWalker
        )
    }

    /// The program ran and gave a valid walker (the paper's "runnable"): `ok` or `unstable`.
    pub const fn is_runnable(self) -> bool {
        matches!(self, Status::Ok | Status::Unstable)
    }
}

impl fmt::Display for Status {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Status {
    type Err = ParseNameError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Status::ALL
            .into_iter()
            .find(|status| status.as_str() == s)
            .ok_or_else(|| ParseNameError::new("status", s, Status::ALL.map(Status::as_str)))
    }
}

/// A child that gave no walker (or never became a program): its status and why. Stored as
/// the child's `status` and `error`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Failure {
    /// The status: anything but `ok` and `unstable`.
    pub status: Status,
    /// Why, in words.
    pub error: String,
}

impl Failure {
    /// A failure with `status` because of `error`.
    pub fn new(status: Status, error: impl Into<String>) -> Failure {
        Failure {
            status,
            error: error.into(),
        }
    }
}

impl From<&FailureKind> for Status {
    /// The canonical status of a sandbox failure: the one mapping from the sandbox's kinds.
    fn from(kind: &FailureKind) -> Status {
        match kind {
            FailureKind::SyntaxError => Status::SyntaxError,
            FailureKind::ForbiddenImport => Status::ForbiddenImport,
            FailureKind::Exception => Status::Exception,
            FailureKind::Timeout => Status::Timeout,
            FailureKind::MemoryError => Status::MemoryError,
            FailureKind::InvalidWalker(_) => Status::InvalidWalker,
        }
    }
}

/// What inserting an `ok` child did to the archive (pyribs' add status), ordered by how much it
/// changed: `Rejected < Improved < New`. Stored as its lower-case name.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Insert {
    /// The cell's elite is at least as fit (or the fitness was not finite); nothing changed.
    Rejected,
    /// The child strictly beat the cell's elite and replaced it.
    Improved,
    /// The child filled an empty cell.
    New,
}

impl Insert {
    /// Every insertion outcome, in order.
    pub const ALL: [Insert; 3] = [Insert::Rejected, Insert::Improved, Insert::New];

    /// The stored name: `"rejected"`, `"improved"` or `"new"`.
    pub const fn as_str(self) -> &'static str {
        match self {
            Insert::Rejected => "rejected",
            Insert::Improved => "improved",
            Insert::New => "new",
        }
    }

    /// The child entered the archive (`improved` or `new`).
    pub const fn is_admitted(self) -> bool {
        !matches!(self, Insert::Rejected)
    }
}

impl fmt::Display for Insert {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Insert {
    type Err = ParseNameError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Insert::ALL
            .into_iter()
            .find(|insert| insert.as_str() == s)
            .ok_or_else(|| ParseNameError::new("insert", s, Insert::ALL.map(Insert::as_str)))
    }
}

/// A stored [`Status`] or [`Insert`] name that is not one of the valid names.
///
/// # How to fix
/// Use one of the names listed in the message; they are lower-case (`llm_error`, not
/// `LlmError`). A store written by a newer elmer may hold names this version does not know.
#[derive(Clone, Debug, Error, PartialEq, Eq)]
#[error("unknown {kind} `{value}`; expected one of: {}", valid.join(", "))]
pub struct ParseNameError {
    /// What was parsed: `"status"` or `"insert"`.
    pub kind: &'static str,
    /// The text that did not parse.
    pub value: String,
    /// The valid names.
    pub valid: Vec<&'static str>,
}

impl ParseNameError {
    fn new<const N: usize>(kind: &'static str, value: &str, valid: [&'static str; N]) -> Self {
        Self {
            kind,
            value: value.to_owned(),
            valid: valid.to_vec(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn status_names_round_trip() {
        for status in Status::ALL {
            assert_eq!(status.as_str().parse::<Status>(), Ok(status));
            assert_eq!(status.to_string(), status.as_str());
            assert_eq!(Status::ALL[status.index()], status);
        }
    }

    #[test]
    fn status_names_are_the_design_names() {
        let names = Status::ALL.map(Status::as_str);
        assert_eq!(
            names,
            [
                "ok",
                "unchanged",
                "llm_error",
                "no_code",
                "bad_diff",
                "syntax_error",
                "forbidden_import",
                "exception",
                "timeout",
                "memory_error",
                "invalid_walker",
                "unstable",
            ]
        );
    }

    #[test]
    fn sandbox_failures_map_to_their_statuses() {
        use crate::sandbox::FailureKind as K;
        let kinds = [
            K::SyntaxError,
            K::ForbiddenImport,
            K::Exception,
            K::Timeout,
            K::MemoryError,
            K::InvalidWalker(crate::walker::WalkerError::TooFewJoints { count: 0, min: 2 }),
        ];
        let mapped: Vec<Status> = kinds.iter().map(Status::from).collect();
        let faults: Vec<Status> = Status::ALL
            .into_iter()
            .filter(|s| s.is_sandbox_failure())
            .collect();
        assert_eq!(mapped, faults, "exactly what sandbox failures map to");
    }

    #[test]
    fn serde_uses_the_stored_names() {
        for status in Status::ALL {
            let json = serde_json::to_string(&status).unwrap();
            assert_eq!(json, format!("\"{}\"", status.as_str()));
            assert_eq!(serde_json::from_str::<Status>(&json).unwrap(), status);
        }
        for insert in Insert::ALL {
            let json = serde_json::to_string(&insert).unwrap();
            assert_eq!(json, format!("\"{}\"", insert.as_str()));
            assert_eq!(serde_json::from_str::<Insert>(&json).unwrap(), insert);
        }
    }

    #[test]
    fn bad_status_names_the_value_and_the_valid_ones() {
        let err = "LlmError".parse::<Status>().unwrap_err();
        let msg = err.to_string();
        assert!(msg.contains("`LlmError`"), "{msg}");
        assert!(msg.contains("llm_error"), "{msg}");
        assert!(msg.contains("unstable"), "{msg}");
        assert_eq!(err.valid.len(), Status::ALL.len());
    }

    #[test]
    fn insert_names_round_trip_and_order() {
        for insert in Insert::ALL {
            assert_eq!(insert.as_str().parse::<Insert>(), Ok(insert));
            assert_eq!(insert.to_string(), insert.as_str());
        }
        assert!(Insert::Rejected < Insert::Improved && Insert::Improved < Insert::New);
        assert!(!Insert::Rejected.is_admitted());
        assert!(Insert::Improved.is_admitted() && Insert::New.is_admitted());
        let msg = "added".parse::<Insert>().unwrap_err().to_string();
        assert_eq!(
            msg,
            "unknown insert `added`; expected one of: rejected, improved, new"
        );
    }

    #[test]
    fn rate_classes() {
        let invalid = [Status::LlmError, Status::NoCode, Status::BadDiff];
        let runnable = [Status::Ok, Status::Unstable];
        for status in Status::ALL {
            assert_eq!(
                status.is_diff_valid(),
                !invalid.contains(&status),
                "{status}"
            );
            assert_eq!(status.is_runnable(), runnable.contains(&status), "{status}");
        }
    }
}
