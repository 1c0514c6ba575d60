//! `elmer export stage2|stage3` and `elmer score` (DESIGN §8) on hand-built stores and the
//! sample run.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use elmer::config::RunConfig;
use elmer::export::{self, Format, Stage2Options};
use elmer::qd::{ArchiveStats, CellIndex, ChildId, Counters, Elite, GridConfig, Insert, Status};
use elmer::store::{ChildRow, Generation, MetricsRow, RunStatus, RunStore};
use elmer::walker::Descriptors;
use serde_json::Value;
use tempfile::TempDir;

use crate::util::{assert_code, run, stderr, stdout};

/// An admitted child at `cell` with `fitness` and `source`.
pub(crate) fn child(id: u64, cell: [usize; 3], fitness: f64, source: &str) -> ChildRow {
    let grid = GridConfig::default();
    ChildRow {
        id: ChildId(id),
        generation: 0,
        parent_ids: Vec::new(),
        operator: "gp".into(),
        format: None,
        edit: None,
        source: Some(source.into()),
        seed: Some(id),
        status: Status::Ok,
        error: None,
        walker: None,
        descriptors: Some(Descriptors {
            height: 1.0,
            width: 2.0,
            mass: 3.0,
        }),
        cell: Some(CellIndex::from_coords(cell, &grid).unwrap()),
        fitness: Some(fitness),
        insertion: Some(Insert::New),
        llm_call_id: None,
        sim_us: None,
        cpu_us: None,
    }
}

pub(crate) fn program(tag: &str) -> String {
    format!("def make_walker():\n    return {tag:?}\n")
}

/// A run at `dir` holding `children` in one generation (no elites).
pub(crate) fn make_run(dir: &Path, config: &RunConfig, children: Vec<ChildRow>) -> PathBuf {
    let grid = GridConfig::default();
    let mut store = RunStore::create(dir, &config.to_toml(), &grid, "{}").unwrap();
    let next = children.iter().map(|c| c.id.get() + 1).max().unwrap_or(0);
    let g = Generation {
        generation: 0,
        children,
        llm_calls: Vec::new(),
        elites: Vec::new(),
        metrics: MetricsRow {
            generation: 0,
            evaluations: next,
            stats: ArchiveStats::default(),
            diff_valid_rate: 1.0,
            runnable_rate: 1.0,
            counts: Counters::default(),
            elapsed_s: 0.0,
        },
        rng_state: "{}".into(),
        next_child_id: ChildId(next),
        status: RunStatus::Complete,
    };
    store.commit(&g).unwrap();
    dir.join("run.sqlite")
}

/// A copy of the sample run in `tmp` (built first with `scripts/make-samples --load` if
/// missing).
pub(crate) fn sample(tmp: &Path) -> PathBuf {
    let root = crate::util::root();
    let db = root.join("archives/samples/square-gp/run.sqlite");
    if !db.exists() {
        let ok = std::process::Command::new(root.join("scripts/make-samples"))
            .arg("--load")
            .current_dir(&root)
            .status()
            .unwrap();
        assert!(ok.success(), "scripts/make-samples --load failed");
    }
    let dir = tmp.join("square-gp");
    std::fs::create_dir_all(&dir).unwrap();
    let copy = dir.join("run.sqlite");
    std::fs::copy(&db, &copy).unwrap();
    copy
}

pub(crate) fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

fn kept(runs: &[PathBuf], threshold: f64) -> BTreeMap<(usize, u64), f64> {
    let runs = export::load_runs(runs).unwrap();
    let opts = Stage2Options {
        threshold,
        ..Stage2Options::default()
    };
    export::stage2(&runs, &opts)
        .unwrap()
        .rows
        .iter()
        .map(|r| ((r.run, r.child_id.get()), r.fitness))
        .collect()
}

#[test]
fn stage2_threshold_is_inclusive_and_uses_cross_run_cell_maxima() {
    let tmp = TempDir::new().unwrap();
    let cfg = RunConfig::default();
    let below = 0.5 * 10.0 - 1e-12;
    let a = make_run(
        &tmp.path().join("a"),
        &cfg,
        vec![
            child(0, [1, 1, 1], 10.0, &program("best")),
            child(1, [1, 1, 1], 5.0, &program("exact")),
            child(2, [1, 1, 1], below, &program("below")),
            child(3, [2, 2, 2], 9.0, &program("beaten-elsewhere")),
            child(4, [2, 2, 2], 10.0, &program("half-of-b")),
        ],
    );
    let b = make_run(
        &tmp.path().join("b"),
        &cfg,
        vec![child(7, [2, 2, 2], 20.0, &program("b-best"))],
    );
    let alone = kept(std::slice::from_ref(&a), 0.5);
    assert_eq!(
        alone.keys().copied().collect::<Vec<_>>(),
        vec![(0, 0), (0, 1), (0, 3), (0, 4)]
    );
    let both = kept(&[a, b], 0.5);
    assert_eq!(
        both.keys().copied().collect::<Vec<_>>(),
        vec![(0, 0), (0, 1), (0, 4), (1, 7)],
        "cell 2,2,2's best is run b's 20: 9 < 0.5 x 20 is out, 10 is in"
    );
}

#[test]
fn stage2_dedup_keeps_the_fittest_and_breaks_ties_by_run_then_id() {
    let tmp = TempDir::new().unwrap();
    let cfg = RunConfig::default();
    let same = program("same");
    let crlf = same.replace('\n', "  \r\n");
    let a = make_run(
        &tmp.path().join("a"),
        &cfg,
        vec![
            child(0, [1, 1, 1], 3.0, &same),
            child(1, [2, 1, 1], 7.0, &crlf),
            child(2, [3, 1, 1], 4.0, &program("tie")),
        ],
    );
    let b = make_run(
        &tmp.path().join("b"),
        &cfg,
        vec![
            child(0, [4, 1, 1], 4.0, &program("tie")),
            child(1, [5, 1, 1], 1.0, &program("other")),
        ],
    );
    let k = kept(&[b.clone(), a.clone()], 1e-9);
    // Run order b, a: the tie (4.0) goes to run index 0 = b; "same" to a's child 1 (7.0).
    assert_eq!(
        k.keys().copied().collect::<Vec<_>>(),
        vec![(0, 0), (0, 1), (1, 1)]
    );
    assert_eq!(k[&(1, 1)], 7.0);
}

#[test]
fn stage2_split_is_stable_when_a_run_is_added() {
    let tmp = TempDir::new().unwrap();
    let cfg = RunConfig::default();
    let a_children = (0..40)
        .map(|i| child(i, [i as usize % 12, 0, 0], 1.0, &program(&format!("a{i}"))))
        .collect();
    let b_children = (0..40)
        .map(|i| child(i, [i as usize % 12, 1, 0], 1.0, &program(&format!("b{i}"))))
        .collect();
    let a = make_run(&tmp.path().join("a"), &cfg, a_children);
    let b = make_run(&tmp.path().join("b"), &cfg, b_children);
    let split = |paths: &[PathBuf]| -> BTreeMap<String, bool> {
        let runs = export::load_runs(paths).unwrap();
        let opts = Stage2Options {
            threshold: 0.5,
            test_share: 0.5,
            ..Stage2Options::default()
        };
        let ex = export::stage2(&runs, &opts).unwrap();
        ex.rows.into_iter().map(|r| (r.program, r.test)).collect()
    };
    let alone = split(std::slice::from_ref(&a));
    let both = split(&[b, a]);
    assert!(alone.values().any(|&t| t) && alone.values().any(|&t| !t));
    for (p, t) in &alone {
        assert_eq!(both.get(p), Some(t), "{p}");
    }
}

fn hand_run(tmp: &Path) -> PathBuf {
    let mut c1 = child(1, [1, 1, 1], 2.0, &program("one"));
    c1.parent_ids = vec![ChildId(0)];
    let mut c2 = child(2, [2, 1, 1], 3.0, &program("two"));
    c2.parent_ids = vec![ChildId(1)];
    make_run(
        &tmp.join("hand"),
        &RunConfig::default(),
        vec![child(0, [0, 1, 1], 1.0, &program("zero")), c1, c2],
    )
}

#[test]
fn stage2_is_byte_identical_when_run_twice_and_lines_have_the_expected_keys() {
    let tmp = TempDir::new().unwrap();
    let r = hand_run(tmp.path());
    let out = tmp.path().join("out");
    let expected: [(&str, &[&str]); 5] = [
        ("text", &["text"]),
        ("prompt", &["prompt", "completion"]),
        ("chat", &["messages"]),
        ("diff", &["parent", "diff"]),
        ("mutation", &["messages"]),
    ];
    for (format, keys) in expected {
        for conditioning in [false, true] {
            let mut args = vec!["export", "stage2", s(&r), "--format", format];
            args.extend(["--test-share", "0.5", "--out", s(&out), "--force"]);
            if conditioning {
                args.push("--with-conditioning");
            }
            let read = || {
                ["train.jsonl", "test.jsonl", "README.md"]
                    .map(|f| std::fs::read(out.join(f)).unwrap())
            };
            assert_code(&run(&args, None), 0);
            let first = read();
            assert_code(&run(&args, None), 0);
            assert_eq!(first, read(), "{format}: two exports differ");
            let mut want: BTreeSet<&str> = keys.iter().copied().collect();
            if conditioning {
                want.extend(["fitness", "cell", "descriptors"]);
            }
            let mut lines = 0;
            for f in ["train.jsonl", "test.jsonl"] {
                for line in std::fs::read_to_string(out.join(f)).unwrap().lines() {
                    let v: Value = serde_json::from_str(line).unwrap();
                    let got: BTreeSet<&str> =
                        v.as_object().unwrap().keys().map(String::as_str).collect();
                    assert_eq!(got, want, "{format}: {line}");
                    if format == "diff" {
                        assert!(v["diff"].as_str().unwrap().starts_with("@@ -"));
                    }
                    if format == "chat" || format == "mutation" {
                        let m = v["messages"].as_array().unwrap();
                        assert_eq!(m.len(), 3);
                        assert_eq!(m[2]["role"], "assistant");
                    }
                    lines += 1;
                }
            }
            // diff, mutation: child 0 has no parent in the run.
            let pairs = matches!(format, "diff" | "mutation");
            assert_eq!(lines, if pairs { 2 } else { 3 }, "{format}");
            let card = std::fs::read_to_string(out.join("README.md")).unwrap();
            assert!(card.contains(&format!("--format {format}")), "{card}");
            assert!(card.contains("hand/run.sqlite"), "{card}");
        }
    }
}

/// The `mutation` format is the chat operator's own request for the child's parent, answered
/// with a reply the operator's extraction turns back into the child; children of several
/// parents, or equal to their parent, are left out.
#[test]
fn mutation_lines_are_the_chat_operators_request_answered_with_the_child() {
    use elmer::mutate::Parent;
    use elmer::mutate::llm::chat;
    let tmp = TempDir::new().unwrap();
    let mut cfg = RunConfig::default();
    cfg.walker.max_joints = 17; // the run's limits, not the defaults, are in the system prompt
    let zero = child(0, [0, 1, 1], 1.0, &program("zero"));
    let mut c1 = child(1, [1, 1, 1], 2.0, &format!("{}  \n\n", program("one")));
    c1.parent_ids = vec![ChildId(0)];
    let mut c2 = child(2, [2, 1, 1], 3.0, &program("two"));
    c2.parent_ids = vec![ChildId(1)];
    // The same program as its parent (which deduplication then drops, being less fit).
    let mut twin = child(3, [3, 1, 1], 4.0, &program("two"));
    twin.parent_ids = vec![ChildId(2)];
    let mut crossed = child(4, [4, 1, 1], 5.0, &program("four"));
    crossed.parent_ids = vec![ChildId(1), ChildId(2)];
    let r = make_run(
        &tmp.path().join("m"),
        &cfg,
        vec![zero.clone(), c1, c2, twin, crossed],
    );
    let runs = export::load_runs(&[r]).unwrap();
    let opts = Stage2Options {
        format: Format::Mutation,
        test_share: 0.0,
        ..Stage2Options::default()
    };
    let ex = export::stage2(&runs, &opts).unwrap();
    // Left out: zero (no parent), twin (equal to its parent), crossed (two parents).
    assert_eq!((ex.train.len(), ex.counts.not_renderable), (1, 3));
    let line: Value = serde_json::from_str(&ex.train[0]).unwrap();
    let parent = Parent {
        id: ChildId(0),
        source: program("zero"),
        fitness: 1.0,
        cell: zero.cell.unwrap(),
    };
    let sent = chat::messages(&parent, &cfg.prompt_limits());
    assert!(sent[0].content.contains("At most 17 joints"));
    let m = line["messages"].as_array().unwrap();
    assert_eq!(m.len(), 3);
    for (got, want) in m.iter().zip(&sent) {
        assert_eq!(got["role"], want.role.as_str());
        assert_eq!(got["content"], want.content.as_str());
    }
    assert_eq!(m[2]["role"], "assistant");
    let reply = m[2]["content"].as_str().unwrap();
    let back = chat::extract(reply, &parent.source).unwrap();
    assert_eq!(back, chat::Extracted::Program(program("one")));
}

#[test]
fn stage2_lib_options_match_the_cli_defaults() {
    let o = Stage2Options::default();
    assert_eq!(
        (o.threshold, o.test_share, o.format),
        (0.5, 0.05, Format::Text)
    );
}

#[test]
fn stage2_refuses_runs_with_different_sim_naming_the_key() {
    let tmp = TempDir::new().unwrap();
    let a = hand_run(tmp.path());
    let mut cfg = RunConfig::default();
    cfg.sim.horizon = 600;
    let b = make_run(
        &tmp.path().join("b"),
        &cfg,
        vec![child(0, [1, 1, 1], 1.0, &program("b"))],
    );
    let out = tmp.path().join("out");
    let o = run(&["export", "stage2", s(&a), s(&b), "--out", s(&out)], None);
    assert_code(&o, 2);
    assert!(stderr(&o).contains("sim.horizon"), "{}", stderr(&o));
    assert!(!out.exists());
}

#[test]
fn bad_inputs_exit_2_and_write_nothing() {
    let tmp = TempDir::new().unwrap();
    let good = hand_run(tmp.path());
    let newer = hand_run(&tmp.path().join("newer"));
    rusqlite::Connection::open(&newer)
        .unwrap()
        .execute_batch("PRAGMA user_version = 999;")
        .unwrap();
    let empty_dir = tmp.path().join("empty");
    RunStore::create(
        &empty_dir,
        &RunConfig::default().to_toml(),
        &GridConfig::default(),
        "{}",
    )
    .unwrap();
    let empty = empty_dir.join("run.sqlite");
    let out = tmp.path().join("out");
    let o = s(&out);
    let cases: Vec<(Vec<&str>, &str)> = vec![
        (vec!["export", "stage2", s(&newer), "--out", o], "newer"),
        (
            vec!["export", "stage2", s(&empty), "--out", o],
            "no admitted",
        ),
        (vec!["export", "stage3", s(&empty), "--out", o], "no elites"),
        (
            vec!["export", "stage2", s(&good), "--threshold", "0", "--out", o],
            "--threshold",
        ),
        (
            vec![
                "export",
                "stage2",
                s(&good),
                "--threshold",
                "1.5",
                "--out",
                o,
            ],
            "--threshold",
        ),
        (
            vec![
                "export",
                "stage3",
                s(&good),
                "--terrains",
                "flat,moon",
                "--out",
                o,
            ],
            "\"moon\"",
        ),
    ];
    for (args, needle) in cases {
        let r = run(&args, None);
        assert_code(&r, 2);
        assert!(stderr(&r).contains(needle), "{args:?}: {}", stderr(&r));
        assert!(!out.exists(), "{args:?} wrote {}", out.display());
    }
    // score: a line that is not a program record names the file and line; no run is written.
    let bad = tmp.path().join("bad.jsonl");
    std::fs::write(&bad, "{\"text\": \"x = 1\\n\"}\n{\"code\": \"x\"}\n").unwrap();
    let scored = tmp.path().join("scored");
    let r = run(&["score", s(&bad), "--out", s(&scored)], None);
    assert_code(&r, 2);
    assert!(stderr(&r).contains("bad.jsonl:2: "), "{}", stderr(&r));
    assert!(!scored.exists());
    let blank = tmp.path().join("blank.jsonl");
    std::fs::write(&blank, "\n").unwrap();
    let r = run(&["score", s(&blank)], None);
    assert_code(&r, 2);
    assert!(stderr(&r).contains("no program"), "{}", stderr(&r));
    // A non-empty --out is refused without --force, and left as it was.
    std::fs::create_dir_all(&out).unwrap();
    std::fs::write(out.join("keep"), "x").unwrap();
    let r = run(&["export", "stage2", s(&good), "--out", o], None);
    assert_code(&r, 2);
    assert!(!out.join("train.jsonl").exists());
}

#[test]
fn stage3_matches_eval_per_terrain_and_score_reaches_the_runs_coverage() {
    let tmp = TempDir::new().unwrap();
    let sample = sample(tmp.path());
    let store = RunStore::open_read_only(&sample).unwrap();
    let elites = store.elites().unwrap().len();
    let cells = GridConfig::default().num_cells() as f64;
    drop(store);

    // Stage 2, every admitted program, no test split; then score.
    let s2 = tmp.path().join("s2");
    let args = [
        "export",
        "stage2",
        s(&sample),
        "--threshold",
        "1e-9",
        "--test-share",
        "0",
    ];
    assert_code(&run(&[&args[..], &["--out", s(&s2)]].concat(), None), 0);
    assert_eq!(std::fs::read_to_string(s2.join("test.jsonl")).unwrap(), "");
    let o = run(&["score", s(&s2.join("train.jsonl")), "--json"], None);
    assert_code(&o, 0);
    let summary: Value = serde_json::from_str(stdout(&o).trim()).unwrap();
    let coverage = summary["coverage"].as_f64().unwrap();
    assert!(
        coverage >= elites as f64 / cells,
        "score coverage {coverage} < the run's {elites} / {cells}"
    );
    assert_eq!(summary["runnable_rate"].as_f64(), Some(1.0));

    // Stage 3 on the run: one row per elite, one column per terrain.
    let s3 = tmp.path().join("s3");
    let o = run(
        &[
            "export",
            "stage3",
            s(&sample),
            "--top",
            "2",
            "--out",
            s(&s3),
        ],
        None,
    );
    assert_code(&o, 0);
    let csv = std::fs::read_to_string(s3.join("fitness.csv")).unwrap();
    let mut lines = csv.lines();
    assert_eq!(lines.next(), Some("program_id,left-wall,right-wall,tunnel"));
    assert_eq!(lines.count(), elites);
    let pairs = std::fs::read_to_string(s3.join("pairs.jsonl")).unwrap();
    assert_eq!(pairs.lines().count(), 6);
    for line in pairs.lines() {
        let v: Value = serde_json::from_str(line).unwrap();
        let t = v["terrain"].as_str().unwrap();
        assert!(
            v["prompt"]
                .as_str()
                .unwrap()
                .starts_with(&format!("<terrain:{t}>\n"))
        );
        assert!(v["fitness"].is_f64() && v["completion"].is_string());
    }
    assert_eq!(
        std::fs::read_to_string(s3.join("best-of-n.csv"))
            .unwrap()
            .lines()
            .count(),
        4
    );

    // Stage 3 on three programs of the dataset equals `elmer eval --terrain T --json`.
    let text = std::fs::read_to_string(s2.join("train.jsonl")).unwrap();
    let few: String = text.lines().take(3).map(|l| format!("{l}\n")).collect();
    let ds = tmp.path().join("few.jsonl");
    std::fs::write(&ds, &few).unwrap();
    let s3d = tmp.path().join("s3d");
    let o = run(
        &[
            "export",
            "stage3",
            "--dataset",
            s(&ds),
            "--terrains",
            "flat,bumpy,right-wall",
            "--out",
            s(&s3d),
        ],
        None,
    );
    assert_code(&o, 0);
    let csv = std::fs::read_to_string(s3d.join("fitness.csv")).unwrap();
    let rows: Vec<&str> = csv.lines().collect();
    assert_eq!(rows[0], "program_id,flat,bumpy,right-wall");
    assert_eq!(rows.len(), 4);
    for (i, line) in few.lines().enumerate() {
        let v: Value = serde_json::from_str(line).unwrap();
        let py = tmp.path().join(format!("p{i}.py"));
        std::fs::write(&py, v["text"].as_str().unwrap()).unwrap();
        let cells: Vec<&str> = rows[i + 1].split(',').collect();
        assert_eq!(cells[0], (i + 1).to_string());
        for (ti, t) in ["flat", "bumpy", "right-wall"].into_iter().enumerate() {
            let o = run(&["eval", s(&py), "--terrain", t, "--json"], None);
            let e: Value = serde_json::from_str(stdout(&o).trim()).unwrap();
            let want = e["fitness"]
                .as_f64()
                .map(|f| f.to_string())
                .unwrap_or_default();
            assert_eq!(cells[ti + 1], want, "program {} on {t}", i + 1);
        }
    }
}

/// A run whose stored config (and store) has `grid`, holding admitted children placed by
/// their descriptors: `(id, descriptors, fitness, tag)`; each is the elite of its cell (the
/// last one wins a shared cell).
pub(crate) fn grid_run(
    dir: &Path,
    config: &RunConfig,
    children: &[(u64, [f64; 3], f64, &str)],
) -> PathBuf {
    let rows = children
        .iter()
        .map(|&(id, [height, width, mass], fitness, tag)| {
            let d = Descriptors {
                height,
                width,
                mass,
            };
            ChildRow {
                descriptors: Some(d),
                cell: Some(config.grid.cell_of(&d)),
                ..child(id, [0, 0, 0], fitness, &program(tag))
            }
        })
        .collect::<Vec<ChildRow>>();
    let elites = rows
        .iter()
        .map(|c| {
            let e = Elite {
                id: c.id,
                fitness: c.fitness.unwrap(),
            };
            (c.cell.unwrap(), e)
        })
        .collect();
    let mut store = RunStore::create(dir, &config.to_toml(), &config.grid, "{}").unwrap();
    let next = children.iter().map(|c| c.0 + 1).max().unwrap_or(0);
    store
        .commit(&Generation {
            generation: 0,
            children: rows,
            llm_calls: Vec::new(),
            elites,
            metrics: MetricsRow {
                generation: 0,
                evaluations: next,
                stats: ArchiveStats::default(),
                diff_valid_rate: 1.0,
                runnable_rate: 1.0,
                counts: Counters::default(),
                elapsed_s: 0.0,
            },
            rng_state: "{}".into(),
            next_child_id: ChildId(next),
            status: RunStatus::Complete,
        })
        .unwrap();
    dir.join("run.sqlite")
}

#[test]
fn stage2_grid_rebins_runs_with_different_grids_and_the_card_says_so() {
    let tmp = TempDir::new().unwrap();
    let coarse = RunConfig {
        grid: GridConfig {
            bins: [6, 6, 6],
            ..GridConfig::default()
        },
        ..RunConfig::default()
    };
    // Heights 1 and 3 are bins 0 and 1 of the default 12 over [0, 20], one bin of 6.
    let a = grid_run(
        &tmp.path().join("a"),
        &RunConfig::default(),
        &[
            (0, [1.0, 1.0, 1.0], 10.0, "a-best"),
            (1, [3.0, 1.0, 1.0], 4.0, "a-own-cell"),
        ],
    );
    let b = grid_run(
        &tmp.path().join("b"),
        &coarse,
        &[
            (5, [1.5, 1.0, 1.0], 6.0, "b-shared"),
            (6, [19.0, 29.0, 239.0], 1.0, "b-far"),
        ],
    );
    let out = tmp.path().join("out");
    let base = ["export", "stage2", s(&a), s(&b), "--test-share", "0"];
    let o = run(&[&base[..], &["--out", s(&out)]].concat(), None);
    assert_code(&o, 2);
    assert!(
        stderr(&o).contains("grid.bins") && stderr(&o).contains("--grid"),
        "{}",
        stderr(&o)
    );
    assert!(!out.exists());

    // Into the coarse grid: a-own-cell (4 < 0.5 x 10) now shares a-best's cell and is out;
    // b-shared (6 >= 5) stays; the cell field is the coarse cell.
    let args = [
        &base[..],
        &[
            "--grid",
            "6",
            "--with-conditioning",
            "--out",
            s(&out),
            "--force",
        ],
    ]
    .concat();
    let read = || ["train.jsonl", "README.md"].map(|f| std::fs::read(out.join(f)).unwrap());
    assert_code(&run(&args, None), 0);
    let first = read();
    assert_code(&run(&args, None), 0);
    assert_eq!(first, read(), "a re-binned export differs when run twice");
    let lines: Vec<Value> = std::fs::read_to_string(out.join("train.jsonl"))
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let got: Vec<(String, String)> = lines
        .iter()
        .map(|v| {
            let tag = v["text"].as_str().unwrap().split('"').nth(1).unwrap();
            (tag.to_string(), v["cell"].as_str().unwrap().to_string())
        })
        .collect();
    let want = [
        ("a-best", "0,0,0"),
        ("b-shared", "0,0,0"),
        ("b-far", "5,5,5"),
    ];
    assert_eq!(
        got,
        want.map(|(t, c)| (t.to_string(), c.to_string())).to_vec()
    );
    let card = std::fs::read_to_string(out.join("README.md")).unwrap();
    assert!(card.contains("## Re-binned grid"), "{card}");
    assert!(card.contains("bins = [6, 6, 6]"), "{card}");
    assert!(
        card.contains("bins [12, 12, 12]") && card.contains("--grid 6"),
        "{card}"
    );

    // Into the default grid, given as a TOML file: the two heights are apart again, a-own-cell
    // is in; b-far clamps to the last cell.
    let toml = tmp.path().join("grid.toml");
    std::fs::write(&toml, "[grid]\nbins = [12, 12, 12]\n").unwrap();
    let k = {
        let runs = export::read_runs(&[a.clone(), b.clone()]).unwrap();
        let opts = Stage2Options {
            grid: Some(export::parse_grid(s(&toml)).unwrap()),
            ..Stage2Options::default()
        };
        let ex = export::stage2(&runs, &opts).unwrap();
        ex.rows
            .iter()
            .map(|r| (r.run, r.child_id.get(), r.cell.to_string()))
            .collect::<Vec<_>>()
    };
    assert_eq!(
        k,
        vec![
            (0, 0, "0,0,0".to_string()),
            (0, 1, "1,0,0".to_string()),
            (1, 5, "0,0,0".to_string()),
            (1, 6, "11,11,11".to_string()),
        ]
    );
}

#[test]
fn stage2_grid_cannot_pool_runs_with_different_sim_and_bad_grids_are_refused() {
    let tmp = TempDir::new().unwrap();
    let a = hand_run(tmp.path());
    let mut cfg = RunConfig::default();
    cfg.sim.horizon = 600;
    cfg.grid.bins = [6, 6, 6];
    let b = grid_run(
        &tmp.path().join("b"),
        &cfg,
        &[(0, [1.0, 1.0, 1.0], 1.0, "b")],
    );
    let out = tmp.path().join("out");
    let o = s(&out);
    let cases: [(&[&str], &str); 5] = [
        (&["--grid", "default"], "re-binning cannot fix"),
        (&["--grid", "12,12"], "2 bin counts"),
        (&["--grid", "0"], "bins"),
        (&["--grid", "2000,2000,2000"], "--grid"),
        (&["--grid", "no-such.toml"], "no such file"),
    ];
    for (extra, needle) in cases {
        let args = [
            &["export", "stage2", s(&a), s(&b)][..],
            extra,
            &["--out", o],
        ]
        .concat();
        let r = run(&args, None);
        assert_code(&r, 2);
        assert!(stderr(&r).contains(needle), "{extra:?}: {}", stderr(&r));
        if needle.starts_with("re-binning") {
            assert!(stderr(&r).contains("sim.horizon"), "{}", stderr(&r));
        }
        assert!(!out.exists(), "{extra:?} wrote {o}");
    }
}

#[test]
fn score_out_writes_a_run_that_report_and_export_read() {
    let tmp = TempDir::new().unwrap();
    let sample = sample(tmp.path());
    let s2 = tmp.path().join("s2");
    let args = ["export", "stage2", s(&sample), "--test-share", "0"];
    assert_code(&run(&[&args[..], &["--out", s(&s2)]].concat(), None), 0);
    // One line that fails, so the run holds a failed child too.
    let file = tmp.path().join("samples.jsonl");
    let mut text = std::fs::read_to_string(s2.join("train.jsonl")).unwrap();
    text.push_str("{\"text\": \"def make_walker(:\\n\"}\n");
    std::fs::write(&file, &text).unwrap();
    let n = text.lines().count();
    let out = tmp.path().join("scored");
    let o = run(&["score", s(&file), "--out", s(&out), "--json"], None);
    assert_code(&o, 0);
    let summary: Value = serde_json::from_str(stdout(&o).trim()).unwrap();
    assert_eq!(summary["evaluations"].as_u64(), Some(n as u64));

    let store = RunStore::open_read_only(&out).unwrap();
    let run_row = store.run().unwrap();
    assert_eq!(run_row.status, RunStatus::Complete);
    let cfg = RunConfig::from_toml(&run_row.config, "stored").unwrap();
    assert_eq!(cfg.evolve.evals, n as u64);
    assert_eq!(cfg.evolve.seed_program, s(&file));
    let children = store.children().unwrap();
    assert_eq!(children.len(), n);
    assert_eq!(children.last().map(|c| c.status), Some(Status::SyntaxError));
    assert!(children.iter().all(|c| c.operator == "score"));
    assert_eq!(
        store.elites().unwrap().len() as u64,
        summary["num_elites"].as_u64().unwrap()
    );
    let gens = n.div_ceil(export::SCORE_BATCH);
    assert_eq!(store.metrics().unwrap().len(), gens);
    drop(store);

    // report reads it and agrees with score's summary.
    let r = run(
        &[
            "report",
            s(&out),
            "--json",
            "--out",
            s(&tmp.path().join("rep")),
        ],
        None,
    );
    assert_code(&r, 0);
    let rep: Value = serde_json::from_str(stdout(&r).trim().lines().last().unwrap()).unwrap();
    for key in ["num_elites", "coverage", "runnable_rate"] {
        assert_eq!(rep[key].as_f64(), summary[key].as_f64(), "{key}: {rep}");
    }
    // The QD score is a sum: score adds in insertion order, report in cell order.
    let (a, b) = (
        rep["qd_score"].as_f64().unwrap(),
        summary["qd_score"].as_f64().unwrap(),
    );
    assert!((a - b).abs() <= 1e-12 * b.abs(), "qd_score {a} vs {b}");
    // export reads it too; a second --out into the same run is refused before scoring.
    let e = run(
        &[
            "export",
            "stage2",
            s(&out),
            "--out",
            s(&tmp.path().join("e")),
        ],
        None,
    );
    assert_code(&e, 0);
    let again = run(&["score", s(&file), "--out", s(&out)], None);
    assert_code(&again, 2);
    assert!(
        stderr(&again).contains("already holds a run"),
        "{}",
        stderr(&again)
    );
}

/// `tests/data/ood/prompts.jsonl` is the kit as released; regenerate it with
/// `elmer score --ood-prompts tests/data/ood/prompts.jsonl --force` when the kit is meant to
/// change. `completions.jsonl` holds recorded completions with their expected statuses.
#[test]
fn ood_kit_prompts_are_stable_and_completions_score_as_a_share_of_the_original() {
    let tmp = TempDir::new().unwrap();
    let prompts = tmp.path().join("prompts.jsonl");
    assert_code(&run(&["score", "--ood-prompts", s(&prompts)], None), 0);
    let golden = crate::util::data("ood/prompts.jsonl");
    assert_eq!(
        std::fs::read_to_string(&prompts).unwrap(),
        std::fs::read_to_string(&golden).unwrap()
    );
    let r = run(&["score", "--ood-prompts", s(&prompts)], None);
    assert_code(&r, 2);
    assert!(stderr(&r).contains("--force"), "{}", stderr(&r));
    assert_code(
        &run(&["score", "--ood-prompts", s(&prompts), "--force"], None),
        0,
    );

    let completions = crate::util::data("ood/completions.jsonl");
    let o = run(&["score", "--ood", s(&completions), "--json"], None);
    assert_code(&o, 0);
    let seeds: Vec<Value> = stdout(&o)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let names: Vec<&str> = seeds.iter().map(|v| v["seed"].as_str().unwrap()).collect();
    assert_eq!(names, ["wheel", "galloper", "runner"]);
    // Recorded: line -> status; lines 1 and 6 are the originals' own second halves.
    let expected = [
        (1, "ok"),
        (2, "ok"),
        (3, "syntax_error"),
        (4, "exception"),
        (5, "ok"),
        (6, "ok"),
    ];
    let text = std::fs::read_to_string(&completions).unwrap();
    let kit: BTreeMap<String, String> = std::fs::read_to_string(&golden)
        .unwrap()
        .lines()
        .map(|l| {
            let v: Value = serde_json::from_str(l).unwrap();
            (
                v["seed"].as_str().unwrap().into(),
                v["prompt"].as_str().unwrap().into(),
            )
        })
        .collect();
    let eval = |name: &str, source: &str| -> Option<f64> {
        let py = tmp.path().join(format!("{name}.py"));
        std::fs::write(&py, source).unwrap();
        let o = run(&["eval", s(&py), "--json"], None);
        let v: Value = serde_json::from_str(stdout(&o).trim()).unwrap();
        v["fitness"].as_f64()
    };
    for seed in &seeds {
        let name = seed["seed"].as_str().unwrap();
        let original =
            std::fs::read_to_string(crate::util::root().join(format!("sodarace/seeds/{name}.py")))
                .unwrap();
        // serde_json's default float parsing may be off by an ulp: compare within 1e-12.
        let close = |a: f64, b: f64| (a - b).abs() <= 1e-12 * b.abs().max(1.0);
        let reference = eval(name, &original).unwrap();
        let got = seed["original_fitness"].as_f64().unwrap();
        assert!(close(got, reference), "{name}: {got} vs {reference}");
        let lines = seed["completions"].as_array().unwrap();
        assert_eq!(seed["samples"].as_u64(), Some(lines.len() as u64));
        let mut shares = Vec::new();
        for l in lines {
            let line = l["line"].as_u64().unwrap() as usize;
            let (_, status) = expected[line - 1];
            assert_eq!(l["status"], status, "line {line}");
            let c: Value = serde_json::from_str(text.lines().nth(line - 1).unwrap()).unwrap();
            let program = format!("{}{}", kit[name], c["completion"].as_str().unwrap());
            let share = l["share"].as_f64().unwrap();
            match eval(&format!("line{line}"), &program) {
                Some(f) => assert!(close(share, f / reference), "line {line}: {share}"),
                None => assert_eq!(share, 0.0, "line {line}"),
            }
            if line == 1 || line == 6 {
                assert_eq!(share, 1.0, "line {line}: the original's own second half");
            }
            shares.push(share);
        }
        let mean = shares.iter().sum::<f64>() / shares.len() as f64;
        let got = seed["mean_share"].as_f64().unwrap();
        assert!(close(got, mean), "{name}: {got} vs {mean}");
    }

    // A completion naming no kit seed is an error naming the file and line; nothing printed.
    let bad = tmp.path().join("bad.jsonl");
    std::fs::write(
        &bad,
        "{\"seed\": \"wheel\", \"completion\": \"\"}\n{\"completion\": \"x\"}\n",
    )
    .unwrap();
    let o = run(&["score", "--ood", s(&bad)], None);
    assert_code(&o, 2);
    assert!(stderr(&o).contains("bad.jsonl:2: "), "{}", stderr(&o));
    assert_eq!(stdout(&o), "");
}

#[test]
fn stage3_pools_runs_with_different_grids_but_not_different_sim() {
    let tmp = TempDir::new().unwrap();
    let mut coarse = RunConfig::default();
    coarse.grid.bins = [6, 6, 6];
    let mut short = coarse.clone();
    short.sim.horizon = 600;
    let a = grid_run(
        &tmp.path().join("a"),
        &RunConfig::default(),
        &[
            (0, [1.0, 1.0, 1.0], 1.0, "a0"),
            (1, [9.0, 1.0, 1.0], 2.0, "a1"),
        ],
    );
    let b = grid_run(
        &tmp.path().join("b"),
        &coarse,
        &[(3, [1.0, 1.0, 1.0], 1.0, "b3")],
    );
    let c = grid_run(
        &tmp.path().join("c"),
        &short,
        &[(0, [1.0, 1.0, 1.0], 1.0, "c0")],
    );
    let out = tmp.path().join("out");
    let o = run(
        &[
            "export",
            "stage3",
            s(&a),
            s(&b),
            "--terrains",
            "flat",
            "--out",
            s(&out),
        ],
        None,
    );
    assert_code(&o, 0);
    let csv = std::fs::read_to_string(out.join("fitness.csv")).unwrap();
    let ids: Vec<&str> = csv.lines().map(|l| l.split(',').next().unwrap()).collect();
    assert_eq!(ids, ["program_id", "0:0", "0:1", "1:3"]);
    let card = std::fs::read_to_string(out.join("README.md")).unwrap();
    assert!(card.contains("share these sim settings"), "{card}");
    assert!(card.contains("bins [6, 6, 6]"), "{card}");
    let out2 = tmp.path().join("out2");
    let o = run(&["export", "stage3", s(&a), s(&c), "--out", s(&out2)], None);
    assert_code(&o, 2);
    assert!(stderr(&o).contains("sim.horizon"), "{}", stderr(&o));
    assert!(!out2.exists());
}

/// The Stage-2 export's diff writer against the `diff` operator's reader: an exported pair
/// applies back exactly (a test here, since `mutate` must not import `export`).
#[test]
fn exported_diffs_apply_back_with_the_diff_operator() {
    let a = "a\nb\nc\nd\ne\nf\ng\nh\ni\nj\n";
    let b = "a\nB\nc\nd\ne\nf\ng\nh\nI\nj\nk\n";
    let d = export::unified_diff(a, b);
    assert_eq!(elmer::mutate::llm::diff::apply(a, &d).unwrap(), b);
}
