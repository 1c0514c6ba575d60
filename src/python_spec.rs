//! The spec the Python side's own checks read, `sodarace/spec.json`, made from the Rust
//! constants: the seed names, the modules programs may import and their aliases, the walker
//! limits, the GP edit kinds with their default weights, and the classes of each status and
//! insertion outcome.
//!
//! The Rust constants are the one source. The worker never reads the file (it gets what it
//! needs in its boot message and in each request's arguments); `sodarace/check_seeds.py` and
//! `sodarace/test_gp.py` run without an elmer binary, so they read the spec from the file, as
//! does `scripts/llm-study` to classify stored statuses. The
//! test `checkout::python_spec_file_is_current` (tests/checkout.rs) fails when the file differs
//! from [`python_spec`]; `ELMER_WRITE_SPEC=1 cargo test --test tests checkout::` rewrites it.

use serde_json::{Value, json};

use crate::mutate::GpConfig;
use crate::qd::{Insert, Status};
use crate::sandbox::{ALLOWED_STDLIB, EMBEDDED_MODULES};
use crate::seeds::SEEDS;
use crate::walker::WalkerLimits;

/// The file, relative to the repository root.
pub const SPEC_FILE: &str = "sodarace/spec.json";

/// The spec as JSON: `seeds` (names, in `elmer seeds` order), `modules` (the importable
/// embedded modules, the walker API first, each with its aliases), `allowed_stdlib`, `limits`
/// (the default [`WalkerLimits`]) and `gp` (`weights`: `[kind, weight]` pairs in draw order,
/// and `sigma`, the defaults of [`GpConfig`]) and `statuses` (every [`Status`] with
/// [`Status::is_diff_valid`] and [`Status::is_runnable`]; `insertions`, every [`Insert`] with
/// [`Insert::is_admitted`]).
pub fn python_spec() -> Value {
    let gp = GpConfig::default();
    let modules: Vec<Value> = EMBEDDED_MODULES
        .iter()
        .filter(|m| m.importable)
        .map(|m| json!({"name": m.name, "aliases": m.aliases}))
        .collect();
    let statuses: Vec<Value> = Status::ALL
        .iter()
        .map(|s| {
            json!({"name": s.as_str(), "diff_valid": s.is_diff_valid(), "runnable": s.is_runnable()})
        })
        .collect();
    let insertions: Vec<Value> = Insert::ALL
        .iter()
        .map(|i| json!({"name": i.as_str(), "admitted": i.is_admitted()}))
        .collect();
    json!({
        "about": "Generated from elmer's Rust constants (src/python_spec.rs); do not edit. \
                  Rewrite it with: ELMER_WRITE_SPEC=1 cargo test --test tests checkout::",
        "seeds": SEEDS.iter().map(|s| s.name).collect::<Vec<_>>(),
        "modules": modules,
        "allowed_stdlib": ALLOWED_STDLIB,
        "limits": WalkerLimits::default(),
        "gp": {"weights": gp.weights(), "sigma": gp.sigma},
        "statuses": statuses,
        "insertions": insertions,
    })
}

/// The text of [`SPEC_FILE`]: [`python_spec`] pretty-printed, with a final newline.
pub fn python_spec_text() -> String {
    let mut text = serde_json::to_string_pretty(&python_spec()).unwrap_or_default();
    text.push('\n');
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn python_spec_names_the_api_first() {
        let spec = python_spec();
        assert_eq!(spec["modules"][0]["name"], "walker_creator");
        assert_eq!(spec["seeds"][0], "square");
        assert_eq!(spec["gp"]["weights"][0], json!(["perturb_number", 0.4]));
        assert_eq!(spec["limits"]["max_springs_per_joint"], 10);
    }
}
