//! The `gp` operator (DESIGN.md §5) through the real sandbox pool: one test per edit kind,
//! children that always compile, determinism. The edits themselves are tested in detail in
//! `sodarace/test_gp.py`.

use std::collections::BTreeMap;
use std::sync::{Arc, OnceLock};

use elmer::mutate::{EditKind, Gp, GpConfig, Mutator, Parent, Proposal};
use elmer::qd::{CellIndex, ChildId, GridConfig, Status};
use elmer::sandbox::{Pool, SandboxConfig, program_seed};
use elmer::walker::WalkerLimits;

const SQUARE: &str = include_str!("../sodarace/seeds/square.py");
const RADIAL: &str = include_str!("../sodarace/seeds/radial.py");
const WHEEL: &str = include_str!("../sodarace/seeds/wheel.py");
const RUNNER: &str = include_str!("../sodarace/seeds/runner.py");

/// One pool for every test of this module (workers are shared, calls are independent).
fn pool() -> Arc<Pool> {
    static POOL: OnceLock<Arc<Pool>> = OnceLock::new();
    POOL.get_or_init(|| {
        let cfg = SandboxConfig {
            workers: Some(2),
            ..Default::default()
        };
        Arc::new(Pool::new(&cfg, WalkerLimits::default()).expect("the sandbox starts"))
    })
    .clone()
}

fn parent(id: u64, source: &str) -> Parent {
    Parent {
        id: ChildId(id),
        source: source.to_string(),
        fitness: 1.0,
        cell: CellIndex::from_coords([0, 0, 0], &GridConfig::default()).expect("cell 0,0,0"),
    }
}

/// A gp operator that only makes edits of `kind`.
fn only(kind: &str) -> Gp {
    let mut cfg = GpConfig {
        perturb_number: 0.0,
        swap_operator: 0.0,
        change_range: 0.0,
        duplicate_statement: 0.0,
        delete_statement: 0.0,
        swap_arguments: 0.0,
        crossover: 0.0,
        ..GpConfig::default()
    };
    match kind {
        "perturb_number" => cfg.perturb_number = 1.0,
        "swap_operator" => cfg.swap_operator = 1.0,
        "change_range" => cfg.change_range = 1.0,
        "duplicate_statement" => cfg.duplicate_statement = 1.0,
        "delete_statement" => cfg.delete_statement = 1.0,
        "swap_arguments" => cfg.swap_arguments = 1.0,
        "crossover" => cfg.crossover = 1.0,
        other => panic!("unknown kind {other}"),
    }
    cfg.validate().expect("valid weights");
    Gp::new(pool(), cfg)
}

/// The child's source and edit; panics on a failure.
fn child(gp: &Gp, source: &str, others: &[&str], seed: u64) -> (String, String) {
    let others: Vec<Parent> = others
        .iter()
        .enumerate()
        .map(|(i, s)| parent(i as u64 + 1, s))
        .collect();
    let Proposal {
        child,
        edit,
        format,
        llm_call,
    } = gp.mutate(&[parent(0, source)], &others, seed);
    match child {
        Ok(source) => {
            assert_eq!(
                (format, llm_call),
                (None, None),
                "gp sets no format and no LLM call"
            );
            (source, edit.expect("gp names its edit").to_string())
        }
        Err(f) => panic!("gp failed: {:?}: {}", f.status, f.error),
    }
}

/// The lines removed from `a` and added in `b` (one changed region: common head and tail cut).
fn changed(a: &str, b: &str) -> (Vec<String>, Vec<String>) {
    let a: Vec<&str> = a.lines().collect();
    let b: Vec<&str> = b.lines().collect();
    let head = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
    let tail = a[head..]
        .iter()
        .rev()
        .zip(b[head..].iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    let own = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    (own(&a[head..a.len() - tail]), own(&b[head..b.len() - tail]))
}

#[test]
fn perturb_number_changes_one_literal() {
    let gp = only("perturb_number");
    for seed in 0..10 {
        let (src, edit) = child(&gp, SQUARE, &[], seed);
        assert_eq!(edit, "perturb_number");
        let (removed, added) = changed(SQUARE, &src);
        assert_eq!(
            (removed.len(), added.len()),
            (1, 1),
            "{removed:?} {added:?}"
        );
        let digits = |s: &str| {
            s.chars()
                .filter(|c| !c.is_ascii_digit() && *c != '.' && *c != '-')
                .collect::<String>()
        };
        assert_eq!(
            digits(&removed[0]),
            digits(&added[0]),
            "only a number changed: {removed:?} {added:?}"
        );
        assert_ne!(removed[0], added[0]);
    }
}

#[test]
fn swap_operator_swaps_one_arithmetic_operator() {
    let gp = only("swap_operator");
    for seed in 0..10 {
        let (src, edit) = child(&gp, RADIAL, &[], seed);
        assert_eq!(edit, "swap_operator");
        let (removed, added) = changed(RADIAL, &src);
        assert_eq!((removed.len(), added.len()), (1, 1));
        let (r, a) = (removed[0].as_bytes(), added[0].as_bytes());
        assert_eq!(r.len(), a.len());
        let diffs: Vec<usize> = (0..r.len()).filter(|&i| r[i] != a[i]).collect();
        assert_eq!(diffs.len(), 1, "{removed:?} {added:?}");
        assert!(b"+-*/".contains(&r[diffs[0]]) && b"+-*/".contains(&a[diffs[0]]));
    }
}

#[test]
fn change_range_moves_a_bound_by_one() {
    let gp = only("change_range");
    let mut seen = std::collections::BTreeSet::new();
    for seed in 0..20 {
        let (src, edit) = child(&gp, RADIAL, &[], seed);
        assert_eq!(edit, "change_range");
        let (removed, added) = changed(RADIAL, &src);
        assert_eq!((removed.len(), added.len()), (1, 1));
        assert!(removed[0].contains("range(num_points)"), "{removed:?}");
        seen.insert(added[0].trim().to_string());
    }
    let expected = [
        "for i in range(num_points + 1):",
        "for i in range(num_points - 1):",
    ];
    assert_eq!(seen, expected.iter().map(|s| s.to_string()).collect());
}

#[test]
fn duplicate_statement_repeats_a_line() {
    let gp = only("duplicate_statement");
    for seed in 0..10 {
        let (src, edit) = child(&gp, SQUARE, &[], seed);
        assert_eq!(edit, "duplicate_statement");
        let (removed, added) = changed(SQUARE, &src);
        assert!(removed.is_empty());
        assert_eq!(added.len(), 1);
        assert!(src.contains(&format!("{0}\n{0}\n", added[0])), "{added:?}");
        assert!(!added[0].contains("walker_creator()") && !added[0].contains("return"));
    }
}

#[test]
fn delete_statement_removes_a_line_but_never_return_or_the_creator() {
    let gp = only("delete_statement");
    for seed in 0..10 {
        let (src, edit) = child(&gp, SQUARE, &[], seed);
        assert_eq!(edit, "delete_statement");
        let (removed, added) = changed(SQUARE, &src);
        assert!(added.is_empty());
        assert_eq!(removed.len(), 1);
        assert!(src.contains("wc = walker_creator()") && src.contains("return wc.get_walker()"));
    }
}

#[test]
fn swap_arguments_swaps_two_arguments() {
    let gp = only("swap_arguments");
    for seed in 0..10 {
        let (src, edit) = child(&gp, SQUARE, &[], seed);
        assert_eq!(edit, "swap_arguments");
        let (removed, added) = changed(SQUARE, &src);
        assert_eq!((removed.len(), added.len()), (1, 1));
        let args = |line: &str| -> Vec<String> {
            let inner =
                &line[line.find('(').expect("a call") + 1..line.rfind(')').expect("a call")];
            let mut v: Vec<String> = inner.split(',').map(|s| s.trim().to_string()).collect();
            v.sort();
            v
        };
        assert_eq!(args(&removed[0]), args(&added[0]), "{removed:?} {added:?}");
    }
}

#[test]
fn crossover_takes_a_function_from_another_elite() {
    let gp = only("crossover");
    let (src, edit) = child(&gp, SQUARE, &[WHEEL], 0);
    assert_eq!(edit, "crossover");
    // the wheel has only make_walker: the square's is replaced by it, helpers and imports kept
    assert!(
        src.contains("hub = wc.add_joint(cx + 0.4, cy - 0.3)"),
        "{src}"
    );
    assert!(!src.contains("center = wc.add_joint(5, 5)"));
    assert!(src.contains("def make_square(wc, x0, y0, x1, y1):"));
    assert!(
        src.contains("import math"),
        "the wheel's make_walker needs math"
    );
    assert_eq!(src.matches("def make_walker():").count(), 1);
    // a helper the parent lacks comes with the function that needs it
    let mut took = BTreeMap::new();
    for seed in 0..30 {
        let (src, _) = child(&gp, SQUARE, &[RADIAL], seed);
        let key = if src.contains("rim = make_circle(") {
            "make_walker"
        } else {
            "helper"
        };
        assert!(src.contains("def make_circle(wc, cx, cy, radius, num_points):"));
        *took.entry(key).or_insert(0) += 1;
    }
    assert_eq!(
        took.len(),
        2,
        "both the radial's make_walker and its helper are taken: {took:?}"
    );
}

#[test]
fn every_child_compiles_and_most_run() {
    // 500 mutations of the square with every kind, evaluated in the sandbox: none is a
    // syntax error, every kind occurs.
    let pool = pool();
    let gp = Gp::new(pool.clone(), GpConfig::default());
    let mut statuses: BTreeMap<&str, usize> = BTreeMap::new();
    let mut edits: BTreeMap<String, usize> = BTreeMap::new();
    for seed in 0..500 {
        let (src, edit) = child(&gp, SQUARE, &[RADIAL, WHEEL, RUNNER], seed);
        *edits.entry(edit).or_insert(0) += 1;
        let status = match pool.run(&src, program_seed(&src, 0)) {
            Ok(_) => "ok",
            Err(f) => Status::from(&f.kind).as_str(),
        };
        assert_ne!(status, "syntax_error", "{src}");
        *statuses.entry(status).or_insert(0) += 1;
    }
    eprintln!("gp children of square: statuses {statuses:?}, edits {edits:?}");
    // square has no arithmetic and no range(): those kinds fall back to the others
    let mut expected: Vec<&str> = EditKind::ALL
        .map(EditKind::as_str)
        .into_iter()
        .filter(|k| !["swap_operator", "change_range"].contains(k))
        .collect();
    expected.sort();
    assert_eq!(
        edits.keys().map(String::as_str).collect::<Vec<_>>(),
        expected,
        "{edits:?}"
    );
    assert!(
        statuses.get("ok").copied().unwrap_or(0) >= 300,
        "{statuses:?}"
    );
}

#[test]
fn the_same_seed_gives_the_same_child() {
    let gp = Gp::new(pool(), GpConfig::default());
    let others = [RADIAL, WHEEL];
    let mut children = std::collections::BTreeSet::new();
    for seed in [0, 1, 7, u64::MAX] {
        let a = child(&gp, RUNNER, &others, seed);
        let b = child(&gp, RUNNER, &others, seed);
        assert_eq!(a, b, "seed {seed}");
        children.insert(a);
    }
    assert_eq!(children.len(), 4, "different seeds give different children");
}

#[test]
fn a_parent_that_does_not_parse_is_a_syntax_error() {
    let gp = Gp::new(pool(), GpConfig::default());
    let p = gp.mutate(&[parent(0, "def make_walker(:\n    pass\n")], &[], 0);
    match p.child {
        Err(f) => {
            assert_eq!(f.status, Status::SyntaxError);
            assert!(f.error.contains("line 1"), "{}", f.error);
            assert_eq!(p.edit, None);
        }
        Ok(source) => panic!("expected a failure, got {source:?}"),
    }
    // nothing to edit: an exception status, not a panic
    match gp.mutate(&[parent(0, "")], &[], 0).child {
        Err(f) => assert_eq!(f.status, Status::Exception),
        other => panic!("expected a failure, got {other:?}"),
    }
    match gp.mutate(&[], &[], 0).child {
        Err(f) => assert_eq!(f.status, Status::Exception),
        other => panic!("expected a failure, got {other:?}"),
    }
    assert_eq!(gp.name(), "gp");
}

#[test]
fn programs_cannot_import_the_gp_module() {
    let failure = pool()
        .run("import gp\n", 0)
        .expect_err("gp is trusted, not importable");
    assert_eq!(
        Status::from(&failure.kind),
        Status::ForbiddenImport,
        "{failure}"
    );
}
