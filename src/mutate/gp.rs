//! The `gp` operator: syntax-tree edits made by `sodarace/gp.py` in a sandbox worker.

use std::sync::Arc;

use serde::{Deserialize, Serialize};
use serde_json::{Value, json};

use super::{Edit, EditKind, Mutator, Parent, Proposal};
use crate::qd::Status;
use crate::sandbox::Pool;

/// The `[mutate.gp]` table: how often each edit kind is chosen, and the size of numeric
/// perturbations. A kind is drawn with probability proportional to its weight (kinds with no
/// site in the parent are skipped), then a site uniformly among that kind's sites.
///
/// ```
/// use elmer::mutate::GpConfig;
/// let cfg: GpConfig = toml::from_str("crossover = 0.0\nsigma = 0.1").unwrap();
/// assert_eq!(cfg.crossover, 0.0);
/// assert_eq!(cfg.perturb_number, 0.4);
/// cfg.validate().unwrap();
/// ```
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct GpConfig {
    /// Weight of changing one numeric literal: floats times `1 + sigma * N(0, 1)` (zeros get
    /// `sigma * N(0, 1)` added), ints +-1 or +-2; >= 0 (default: 0.4).
    pub perturb_number: f64,
    /// Weight of swapping an arithmetic operator (`+` <-> `-`, `*` <-> `/`, or another of the
    /// four); >= 0 (default: 0.1).
    pub swap_operator: f64,
    /// Weight of moving a start or stop bound of a `range(...)` call by +-1; >= 0
    /// (default: 0.1).
    pub change_range: f64,
    /// Weight of repeating a simple statement of a function right after itself; >= 0
    /// (default: 0.1).
    pub duplicate_statement: f64,
    /// Weight of deleting a simple statement of a function that is not the last of its block
    /// (never `return`, never `wc = walker_creator()`); >= 0 (default: 0.1).
    pub delete_statement: f64,
    /// Weight of swapping two positional arguments of a call; >= 0 (default: 0.1).
    pub swap_arguments: f64,
    /// Weight of splicing in a top-level function of another elite (same name replaced, or a
    /// missing helper added before `make_walker`, with the imports and helpers it needs);
    /// >= 0 (default: 0.1).
    pub crossover: f64,
    /// Relative size of float perturbations (the standard deviation of the factor), and the
    /// absolute standard deviation of the noise added to a zero; >= 0 (default: 0.2).
    pub sigma: f64,
}

impl Default for GpConfig {
    fn default() -> Self {
        GpConfig {
            perturb_number: 0.4,
            swap_operator: 0.1,
            change_range: 0.1,
            duplicate_statement: 0.1,
            delete_statement: 0.1,
            swap_arguments: 0.1,
            crossover: 0.1,
            sigma: 0.2,
        }
    }
}

/// A `[mutate.gp]` value out of range.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum GpConfigError {
    /// A weight or `sigma` is negative, NaN or infinite. Fix: use a finite number >= 0.
    #[error(
        "mutate.gp.{field}: must be a finite number >= 0, got {}",
        crate::number::Num(*value)
    )]
    OutOfRange {
        /// The key under `[mutate.gp]`.
        field: &'static str,
        /// The value given.
        value: f64,
    },
    /// Every edit weight is zero, so no edit can be chosen. Fix: give at least one kind a
    /// weight > 0 (or drop `gp` from `mutate.operators`).
    #[error(
        "mutate.gp: every edit weight is zero; give at least one of perturb_number, swap_operator, change_range, duplicate_statement, delete_statement, swap_arguments, crossover a weight > 0"
    )]
    AllZero,
}

impl GpConfig {
    /// The weights by edit kind, in [`EditKind::ALL`] order.
    pub fn weights(&self) -> [(EditKind, f64); 7] {
        EditKind::ALL.map(|kind| (kind, self.weight(kind)))
    }

    /// The weight of one edit kind.
    pub fn weight(&self, kind: EditKind) -> f64 {
        match kind {
            EditKind::PerturbNumber => self.perturb_number,
            EditKind::SwapOperator => self.swap_operator,
            EditKind::ChangeRange => self.change_range,
            EditKind::DuplicateStatement => self.duplicate_statement,
            EditKind::DeleteStatement => self.delete_statement,
            EditKind::SwapArguments => self.swap_arguments,
            EditKind::Crossover => self.crossover,
        }
    }

    /// Checks that every weight and `sigma` is finite and >= 0 and that some weight is > 0;
    /// the error names the key.
    pub fn validate(&self) -> Result<(), GpConfigError> {
        let weights = self.weights().map(|(kind, w)| (kind.as_str(), w));
        for (field, value) in weights.into_iter().chain([("sigma", self.sigma)]) {
            if !(value.is_finite() && value >= 0.0) {
                return Err(GpConfigError::OutOfRange { field, value });
            }
        }
        if self.weights().iter().all(|(_, w)| *w == 0.0) {
            return Err(GpConfigError::AllZero);
        }
        Ok(())
    }
}

/// The GP operator (DESIGN §5, name `gp`): one syntax-tree edit of the first parent per
/// child, made by the trusted `gp` module in a sandbox worker, which parses the program with
/// `ast` and never runs it. Crossover draws on the other parents and `others`.
///
/// Children always compile; a parent that does not gives [`Status::SyntaxError`], a parent
/// with no applicable edit (or a sandbox failure) [`Status::Exception`].
pub struct Gp {
    pool: Arc<Pool>,
    cfg: GpConfig,
}

impl Gp {
    /// The operator over `pool` with the weights of `cfg` (validate `cfg` first: an invalid
    /// one makes every child fail with the reason).
    pub fn new(pool: Arc<Pool>, cfg: GpConfig) -> Gp {
        Gp { pool, cfg }
    }

    /// The operator's settings.
    pub fn config(&self) -> &GpConfig {
        &self.cfg
    }
}

impl Mutator for Gp {
    fn name(&self) -> &str {
        "gp"
    }

    fn mutate(&self, parents: &[Parent], others: &[Parent], seed: u64) -> Proposal {
        let Some(parent) = parents.first() else {
            return failed(Status::Exception, "gp needs a parent program".into());
        };
        let mut material: Vec<&str> = Vec::new();
        for p in parents[1..].iter().chain(others) {
            if p.source != parent.source && !material.contains(&p.source.as_str()) {
                material.push(&p.source);
            }
        }
        // `gp.py` knows the kinds only from here: `[kind, weight]` pairs in draw order.
        let args = json!({
            "source": parent.source,
            "others": material,
            "seed": seed,
            "weights": self.cfg.weights(),
            "sigma": self.cfg.sigma,
        });
        match self.pool.call("gp", "mutate", args) {
            Ok(reply) => proposal_from_reply(&reply),
            Err(e) => failed(Status::Exception, format!("gp: {e}")),
        }
    }
}

fn failed(status: Status, error: String) -> Proposal {
    Proposal::failed(status, error)
}

/// Reads `gp.mutate`'s reply: `{"source", "edit"}` or `{"source": null, "error", "status"}`.
/// The module is trusted but runs in a worker that also ran hostile programs, so anything
/// unexpected is a failure, never a panic.
fn proposal_from_reply(reply: &Value) -> Proposal {
    let kind = reply
        .get("edit")
        .and_then(Value::as_str)
        .and_then(|e| e.parse::<EditKind>().ok());
    match (reply.get("source"), kind) {
        (Some(Value::String(source)), Some(kind)) => {
            Proposal::program(source.clone()).with_edit(Edit::Gp(kind))
        }
        (Some(Value::Null), _) => {
            let error = reply
                .get("error")
                .and_then(Value::as_str)
                .unwrap_or("gp gave no child and no reason")
                .to_string();
            let status = match reply.get("status").and_then(Value::as_str) {
                Some("syntax_error") => Status::SyntaxError,
                _ => Status::Exception,
            };
            failed(status, format!("gp: {error}"))
        }
        _ => {
            let mut text = reply.to_string();
            if text.len() > 200 {
                let mut end = 200;
                while !text.is_char_boundary(end) {
                    end -= 1;
                }
                text.truncate(end);
                text.push_str("...");
            }
            failed(Status::Exception, format!("gp: unexpected reply {text}"))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_are_valid_and_documented() {
        let cfg = GpConfig::default();
        cfg.validate().unwrap();
        assert_eq!(cfg.weights().map(|(k, _)| k), EditKind::ALL);
        let total: f64 = cfg.weights().iter().map(|(_, w)| w).sum();
        assert!((total - 1.0).abs() < 1e-12);
        let empty: GpConfig = toml::from_str("").unwrap();
        assert_eq!(empty, cfg);
    }

    #[test]
    fn unknown_keys_are_rejected() {
        let err = toml::from_str::<GpConfig>("perturb = 1.0").unwrap_err();
        assert!(err.to_string().contains("perturb"), "{err}");
    }

    #[test]
    fn validate_names_the_key() {
        let cfg = GpConfig {
            crossover: -1.0,
            ..GpConfig::default()
        };
        assert_eq!(
            cfg.validate().unwrap_err().to_string(),
            "mutate.gp.crossover: must be a finite number >= 0, got -1"
        );
        let cfg = GpConfig {
            sigma: f64::NAN,
            ..GpConfig::default()
        };
        assert!(
            cfg.validate()
                .unwrap_err()
                .to_string()
                .starts_with("mutate.gp.sigma:")
        );
        let zero = GpConfig {
            perturb_number: 0.0,
            swap_operator: 0.0,
            change_range: 0.0,
            duplicate_statement: 0.0,
            delete_statement: 0.0,
            swap_arguments: 0.0,
            crossover: 0.0,
            sigma: 0.2,
        };
        assert_eq!(zero.validate(), Err(GpConfigError::AllZero));
        let one = GpConfig {
            crossover: 1.0,
            ..zero
        };
        one.validate().unwrap();
    }

    #[test]
    fn replies() {
        let p = proposal_from_reply(&json!({"source": "x = 2\n", "edit": "perturb_number"}));
        assert_eq!(
            p,
            Proposal::program("x = 2\n").with_edit(Edit::Gp(EditKind::PerturbNumber))
        );
        let p = proposal_from_reply(
            &json!({"source": null, "edit": null, "error": "bad", "status": "syntax_error"}),
        );
        assert_eq!(p, Proposal::failed(Status::SyntaxError, "gp: bad"));
        let p =
            proposal_from_reply(&json!({"source": null, "edit": null, "error": "none applies"}));
        assert!(matches!(p.child, Err(f) if f.status == Status::Exception));
        for odd in [
            json!(null),
            json!([1, 2]),
            json!({"source": 3, "edit": "crossover"}),
            json!({"source": "x", "edit": "rm -rf"}),
            json!({"source": "x"}),
            json!({"source": "é".repeat(500), "edit": 7}),
        ] {
            assert!(
                matches!(proposal_from_reply(&odd).child, Err(f) if f.status == Status::Exception),
                "{odd}"
            );
        }
    }
}
