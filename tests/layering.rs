//! The layering of DESIGN §1 (and STYLE §10's table), read from the source: every
//! `crate::MODULE` path in `src/` (and `elmer::MODULE` in `viewer/src/`) must be one its
//! module may import. Data flows one way, program text -> sandbox -> walker -> sim -> outcome
//! -> qd/store -> viewer/export: `sim` never imports `store`, `sandbox`, `mutate` or `evolve`;
//! `sim` and `qd` do not know each other; only `evolve` sees every module; `export` and
//! `report` read runs and re-evaluate programs, but never evolve; `mutate` never imports what
//! is downstream of it. Comment lines are skipped; test modules count (a test that needs two
//! layers belongs in `tests/`).

use std::collections::BTreeSet;
use std::path::Path;

use crate::util::root;

/// What each top-level module of `src/` may import (`crate::NAME`), beside itself.
const ALLOWED: &[(&str, &[&str])] = &[
    // How messages write a number (a leaf every module's errors may use).
    ("number", &[]),
    ("walker", &["number"]),
    ("seeds", &[]),
    ("sandbox", &["walker", "number"]),
    ("sim", &["walker", "number"]),
    // `sandbox` only for `Status::from(&FailureKind)`, the one mapping beside `Status`.
    ("qd", &["walker", "sandbox"]),
    ("evaluate", &["sandbox", "sim", "qd", "walker"]),
    // gp edits through the sandbox; statuses and cells from qd; the walker limits in prompts.
    ("mutate", &["sandbox", "qd", "walker", "number"]),
    // `config` composes the modules' own *Config structs.
    (
        "config",
        &["walker", "sandbox", "sim", "qd", "mutate", "number"],
    ),
    // `mutate` for the `LlmCall` record it keeps under its id (the row wraps the domain type).
    ("store", &["walker", "sim", "qd", "mutate"]),
    // The spec handed to the Python side's checks: the constants of the modules it describes.
    (
        "python_spec",
        &["mutate", "qd", "sandbox", "seeds", "walker"],
    ),
    (
        "evolve",
        &[
            "config", "evaluate", "mutate", "qd", "sandbox", "sim", "store", "walker",
        ],
    ),
    // The sandbox for its pool handle and a program's seed and normal form; seeds for the OOD
    // kit; config for the runs' stored configs; mutate for the chat operator's messages (the
    // `mutation` format trains on what `elmer evolve` sends).
    (
        "export",
        &[
            "store", "evaluate", "sim", "qd", "walker", "config", "sandbox", "seeds", "number",
            "mutate",
        ],
    ),
    ("report", &["store", "qd", "number"]),
    // The end of the data flow: trains on an export, writes an evolve config (mutate's
    // endpoint and format types), names target cells (qd) and checks the runs' sim settings.
    ("bootstrap", &["config", "export", "mutate", "qd", "sim"]),
    // `elmer report`'s per-operator table: reads a run's children and calls (`mutate` for
    // the `LlmCall` record, as `store`), never evolves.
    ("usage", &["store", "qd", "mutate"]),
];

/// What the viewer crate may import from `elmer` (DESIGN §1: it reads the store and replays
/// with the sim; it never evolves, mutates, exports or runs programs).
const VIEWER_ALLOWED: &[&str] = &["store", "sim", "qd", "walker", "config"];

/// The modules named after `prefix` (`crate::` or `elmer::`) on the code lines of `text`.
fn imported(text: &str, prefix: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for line in text.lines() {
        if line.trim_start().starts_with("//") {
            continue;
        }
        for (at, _) in line.match_indices(prefix) {
            // `prefix` must start a path, not end another name (`my_crate::`).
            let before = line[..at].chars().next_back();
            if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                continue;
            }
            let rest = &line[at + prefix.len()..];
            // `crate::{a::X, b}`: each item of the group (on this line).
            let items: Vec<&str> = match rest.strip_prefix('{') {
                Some(group) => group.split(',').map(str::trim_start).collect(),
                None => vec![rest],
            };
            for item in items {
                let name: String = item
                    .chars()
                    .take_while(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || *c == '_')
                    .collect();
                if !name.is_empty() {
                    out.insert(name);
                }
            }
        }
    }
    out
}

/// The violations in `text`, a file of module `module`: `(module, imported)` pairs.
fn violations(module: &str, text: &str) -> Vec<(String, String)> {
    let allowed: &[&str] = ALLOWED
        .iter()
        .find(|(m, _)| *m == module)
        .map_or(&[], |(_, a)| a);
    imported(text, "crate::")
        .into_iter()
        .filter(|dep| dep != module && !allowed.contains(&dep.as_str()))
        .map(|dep| (module.to_string(), dep))
        .collect()
}

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|e| e == "rs") {
            out.push(p);
        }
    }
}

#[test]
fn every_module_imports_only_along_the_arrows() {
    let src = root().join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    let mut bad = Vec::new();
    let mut seen = BTreeSet::new();
    for path in &files {
        let rel = path.strip_prefix(&src).unwrap();
        let top = rel
            .components()
            .next()
            .unwrap()
            .as_os_str()
            .to_string_lossy();
        let module = top.trim_end_matches(".rs").to_string();
        // The binary and its subcommands use the library's public API (`elmer::`).
        if module == "main" || module == "cli" || module == "lib" {
            continue;
        }
        assert!(
            ALLOWED.iter().any(|(m, _)| *m == module),
            "src/{} is in no layer: add `{module}` to ALLOWED with what it may import",
            rel.display()
        );
        seen.insert(module.clone());
        let text = std::fs::read_to_string(path).unwrap();
        for (m, dep) in violations(&module, &text) {
            bad.push(format!("src/{}: {m} -> {dep}", rel.display()));
        }
    }
    assert!(
        bad.is_empty(),
        "imports against DESIGN §1:\n{}",
        bad.join("\n")
    );
    assert!(seen.contains("evolve") && seen.contains("export") && seen.contains("sim"));
}

#[test]
fn the_viewer_reads_and_replays_only() {
    let dir = root().join("viewer/src");
    let mut files = Vec::new();
    rust_files(&dir, &mut files);
    assert!(!files.is_empty());
    let mut bad = Vec::new();
    for path in &files {
        let text = std::fs::read_to_string(path).unwrap();
        for dep in imported(&text, "elmer::") {
            if !VIEWER_ALLOWED.contains(&dep.as_str()) {
                bad.push(format!("{}: viewer -> {dep}", path.display()));
            }
        }
    }
    assert!(bad.is_empty(), "the viewer imports:\n{}", bad.join("\n"));
}

#[test]
fn the_checker_catches_the_imports_it_forbids() {
    // The two arrows the review found, and sim reaching into the store.
    let export = "use crate::evolve::{Engine, Summary};\nuse crate::store::RunStore;\n";
    assert_eq!(
        violations("export", export),
        [("export".to_string(), "evolve".to_string())]
    );
    let mutate = "    let d = crate::export::unified_diff(a, b);\n";
    assert_eq!(violations("mutate", mutate).len(), 1);
    let sim = "use crate::{walker::Walker, store::RunStore};\n";
    assert_eq!(
        violations("sim", sim),
        [("sim".to_string(), "store".to_string())]
    );
    // Comments and other crates' paths are not imports; a module may name itself.
    let ok = "//! see crate::evolve\n/// [`crate::export`]\nuse my_crate::evolve;\nuse crate::qd::Status;\n";
    assert!(violations("qd", ok).is_empty());
}
