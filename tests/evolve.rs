//! The evolution core end to end: reproducibility, exact resume, resume rules, Ctrl-C, bad input
//! (DESIGN §4, §7, §10).

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::AtomicBool;
use std::time::Duration;

use elmer::config::RunConfig;
use elmer::evolve::{self, Engine};
use elmer::store::RunStore;

use crate::util::{assert_code, elmer, run, stderr, stdout};

/// A small, quick run: short horizon, small batches.
const QUICK: &[&str] = &[
    "--steps",
    "300",
    "--batch-size",
    "8",
    "--seed",
    "7",
    "--quiet",
];

fn evolve_args<'a>(out: &'a str, evals: &'a str) -> Vec<&'a str> {
    let mut v = vec!["evolve", "--out", out, "--evals", evals];
    v.extend_from_slice(QUICK);
    v
}

fn archive_hash(dir: &Path) -> String {
    let store = RunStore::open_read_only(&dir.join("run.sqlite")).unwrap();
    store.archive().unwrap().hash()
}

fn quick_config(evals: u64) -> RunConfig {
    let mut cfg = RunConfig::default();
    cfg.sim.horizon = 300;
    cfg.evolve.batch_size = 8;
    cfg.evolve.seed = 7;
    cfg.evolve.evals = evals;
    cfg
}

/// Runs a whole evolution in-process on a rayon pool of `threads`.
fn evolve_in_process(dir: &Path, threads: usize, evals: u64) -> String {
    let mut cfg = quick_config(evals);
    cfg.evolve.threads = Some(threads);
    let source = elmer::seeds::find("square").unwrap().source;
    let ctx = evolve::Context::new(&cfg).unwrap();
    let mut engine = Engine::new(&cfg).unwrap();
    let mut store = RunStore::create(dir, &cfg.to_toml(), &cfg.grid, &engine.rng_state()).unwrap();
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()
        .unwrap();
    let stop = AtomicBool::new(false);
    let done = pool
        .install(|| evolve::run(&mut engine, &ctx, &mut store, source, &stop, |_| {}))
        .unwrap();
    assert!(done);
    assert_eq!(engine.evaluations(), evals);
    engine.archive().hash()
}

#[test]
fn same_seed_same_archive_on_1_2_and_8_threads() {
    let tmp = tempfile::tempdir().unwrap();
    let one = evolve_in_process(&tmp.path().join("t1"), 1, 60);
    let two = evolve_in_process(&tmp.path().join("t2"), 2, 60);
    let eight = evolve_in_process(&tmp.path().join("t8"), 8, 60);
    assert_eq!(one, two);
    assert_eq!(one, eight);
    assert_eq!(one, archive_hash(&tmp.path().join("t1")));
}

#[test]
fn crossover_children_list_a_mate_other_than_their_parent() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("run");
    evolve_in_process(&dir, 2, 160);
    let store = RunStore::open_read_only(&dir.join("run.sqlite")).unwrap();
    let mut crossed = 0;
    for child in store.children().unwrap() {
        let ids = &child.parent_ids;
        match (child.generation, child.edit.as_deref()) {
            (0, _) => assert!(ids.is_empty(), "the seed has no parent"),
            (_, Some("crossover")) => {
                crossed += 1;
                assert_eq!(ids.len(), 2, "child {}: {ids:?}", child.id);
                assert_ne!(
                    ids[0], ids[1],
                    "child {}: a mate is another elite",
                    child.id
                );
            }
            _ => assert_eq!(ids.len(), 1, "child {}: {ids:?}", child.id),
        }
    }
    assert!(crossed > 0, "gp made no crossover child in 160 evaluations");
}

#[test]
fn evals_is_an_exact_total_also_on_resume() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("run");
    let o = run(&evolve_args(out.to_str().unwrap(), "21"), None);
    assert_code(&o, 0);
    let store = RunStore::open_read_only(&out.join("run.sqlite")).unwrap();
    assert_eq!(store.children().unwrap().len(), 21);
    drop(store);
    let o = run(
        &[
            "evolve",
            "--resume",
            out.to_str().unwrap(),
            "--evals",
            "30",
            "--quiet",
        ],
        None,
    );
    assert_code(&o, 0);
    let store = RunStore::open_read_only(&out.join("run.sqlite")).unwrap();
    let children = store.children().unwrap();
    assert_eq!(children.len(), 30);
    assert_eq!(children[0].operator, "seed");
    assert_eq!(store.integrity_check().unwrap(), "ok");
}

#[test]
fn resuming_a_finished_run_exits_0() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("run");
    assert_code(&run(&evolve_args(out.to_str().unwrap(), "9"), None), 0);
    let o = run(&["evolve", "--resume", out.to_str().unwrap()], None);
    assert_code(&o, 0);
    // The notice on stderr, the run's summary on stdout (one JSON contract, issue 18).
    assert!(stderr(&o).contains("is complete"), "{}", stderr(&o));
    assert!(stdout(&o).contains("evaluations    9"), "{}", stdout(&o));
}

#[test]
fn a_frozen_field_cannot_change_on_resume() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("run");
    assert_code(&run(&evolve_args(out.to_str().unwrap(), "9"), None), 0);
    let before = std::fs::read(out.join("run.sqlite")).unwrap();
    for (flag, value, field) in [
        ("--steps", "200", "sim.horizon"),
        ("--engine", "rapier", "sim.engine"),
        ("--batch-size", "4", "evolve.batch_size"),
        ("--seed", "8", "evolve.seed"),
        ("--seed-program", "radial", "evolve.seed_program"),
    ] {
        let o = run(
            &[
                "evolve",
                "--resume",
                out.to_str().unwrap(),
                "--evals",
                "20",
                flag,
                value,
            ],
            None,
        );
        assert_code(&o, 2);
        assert!(stderr(&o).contains(field), "{flag}: {}", stderr(&o));
    }
    assert_eq!(before, std::fs::read(out.join("run.sqlite")).unwrap());
}

#[test]
fn an_existing_run_is_never_overwritten() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("run");
    assert_code(&run(&evolve_args(out.to_str().unwrap(), "9"), None), 0);
    let before = std::fs::read(out.join("run.sqlite")).unwrap();
    let o = run(&evolve_args(out.to_str().unwrap(), "9"), None);
    assert_code(&o, 2);
    assert!(stderr(&o).contains("--resume"), "{}", stderr(&o));
    assert_eq!(before, std::fs::read(out.join("run.sqlite")).unwrap());
}

#[test]
fn default_run_names_do_not_collide() {
    let tmp = tempfile::tempdir().unwrap();
    let mut args = vec!["evolve", "--evals", "1"];
    args.extend_from_slice(QUICK);
    for _ in 0..2 {
        assert_code(&run(&args, Some(tmp.path())), 0);
    }
    let runs: Vec<PathBuf> = std::fs::read_dir(tmp.path().join("archives"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert_eq!(runs.len(), 2, "{runs:?}");
    for r in &runs {
        let name = r.file_name().unwrap().to_string_lossy().into_owned();
        assert!(name.starts_with("square-"), "{name}");
        assert!(r.join("run.sqlite").is_file());
    }
}

fn spawn_evolve(out: &Path, evals: &str) -> Child {
    let mut cmd: Command = elmer();
    cmd.args(evolve_args(out.to_str().unwrap(), evals));
    // Its own process group, like a shell job, so a test can signal the group as a terminal's
    // Ctrl-C does.
    std::os::unix::process::CommandExt::process_group(&mut cmd, 0);
    cmd.stdout(Stdio::piped()).stderr(Stdio::piped());
    cmd.spawn().unwrap()
}

fn kill(child: &Child, signal: i32) {
    // SAFETY: sends a signal to our own child process.
    unsafe { libc::kill(child.id() as i32, signal) };
}

#[test]
fn a_killed_run_resumes_to_the_same_archive() {
    let tmp = tempfile::tempdir().unwrap();
    let evals = "120";
    let reference = tmp.path().join("reference");
    assert_code(
        &run(&evolve_args(reference.to_str().unwrap(), evals), None),
        0,
    );
    let expected = archive_hash(&reference);

    let out = tmp.path().join("killed");
    // Five kills at fixed, spread moments (the assertion holds whenever they land).
    let delays_ms = [300u64, 700, 450, 900, 600];
    let mut child = spawn_evolve(&out, evals);
    for (i, delay) in delays_ms.iter().enumerate() {
        std::thread::sleep(Duration::from_millis(*delay));
        kill(&child, libc::SIGKILL);
        child.wait().unwrap();
        if !out.join("run.sqlite").exists() {
            child = spawn_evolve(&out, evals);
            continue;
        }
        let store = RunStore::open_read_only(&out.join("run.sqlite")).unwrap();
        assert_eq!(store.integrity_check().unwrap(), "ok", "after kill {i}");
        drop(store);
        let mut cmd = elmer();
        cmd.args(["evolve", "--resume", out.to_str().unwrap(), "--quiet"]);
        cmd.stdout(Stdio::piped()).stderr(Stdio::piped());
        child = cmd.spawn().unwrap();
    }
    let status = child.wait().unwrap();
    assert!(status.success() || status.code().is_some());
    // Finish whatever is left.
    let o = run(
        &["evolve", "--resume", out.to_str().unwrap(), "--quiet"],
        None,
    );
    assert_code(&o, 0);
    assert_eq!(archive_hash(&out), expected);
    let store = RunStore::open_read_only(&out.join("run.sqlite")).unwrap();
    assert_eq!(store.children().unwrap().len(), 120);
    assert_eq!(store.integrity_check().unwrap(), "ok");
}

#[test]
fn ctrl_c_saves_the_generation_and_exits_130() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("run");
    let child = spawn_evolve(&out, "100000");
    // Wait until at least one generation is committed, then interrupt.
    let db = out.join("run.sqlite");
    for _ in 0..600 {
        if db.exists()
            && RunStore::open_read_only(&db)
                .and_then(|s| s.metrics())
                .is_ok_and(|m| !m.is_empty())
        {
            break;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    // As a terminal's Ctrl-C does: SIGINT to the whole foreground process group.
    // SAFETY: signals our own child's process group.
    unsafe { libc::kill(-(child.id() as i32), libc::SIGINT) };
    let output = child.wait_with_output().unwrap();
    assert_eq!(
        output.status.code(),
        Some(130),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let text = String::from_utf8_lossy(&output.stdout);
    assert!(text.contains("evaluations"), "{text}");
    let store = RunStore::open_read_only(&db).unwrap();
    let metrics = store.metrics().unwrap();
    let last = metrics.last().unwrap();
    let children = store.children().unwrap();
    assert_eq!(children.len() as u64, last.evaluations);
    assert_eq!(format!("{:?}", store.run().unwrap().status), "Interrupted");
    // The sandbox workers sit in their own process group: the Ctrl-C did not kill them under
    // the generation in progress.
    let died: Vec<_> = children
        .iter()
        .filter_map(|c| c.error.as_deref())
        .filter(|e| e.contains("worker died"))
        .collect();
    assert!(died.is_empty(), "{died:?}");
}

#[test]
fn bad_input_is_a_clear_error_and_writes_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    // A missing store.
    let o = run(
        &["evolve", "--resume", dir.join("nope").to_str().unwrap()],
        None,
    );
    assert_code(&o, 2);
    assert!(stderr(&o).contains("nope"), "{}", stderr(&o));
    // A corrupt store.
    std::fs::create_dir_all(dir.join("corrupt")).unwrap();
    std::fs::write(dir.join("corrupt/run.sqlite"), b"this is not sqlite").unwrap();
    let o = run(
        &["evolve", "--resume", dir.join("corrupt").to_str().unwrap()],
        None,
    );
    assert_code(&o, 2);
    assert!(stderr(&o).contains("run.sqlite"), "{}", stderr(&o));
    assert_eq!(
        std::fs::read(dir.join("corrupt/run.sqlite")).unwrap(),
        b"this is not sqlite"
    );
    // A newer schema.
    let newer = dir.join("newer");
    assert_code(&run(&evolve_args(newer.to_str().unwrap(), "1"), None), 0);
    {
        let conn = rusqlite::Connection::open(newer.join("run.sqlite")).unwrap();
        conn.execute_batch("PRAGMA user_version = 999;").unwrap();
    }
    let o = run(
        &[
            "evolve",
            "--resume",
            newer.to_str().unwrap(),
            "--evals",
            "5",
        ],
        None,
    );
    assert_code(&o, 2);
    assert!(stderr(&o).contains("999"), "{}", stderr(&o));
    // Runs elmer, expects exit 2 and every needle in stderr.
    let fails = |args: &[&str], needles: &[&str]| {
        let o = run(args, None);
        assert_code(&o, 2);
        let err = stderr(&o);
        for n in needles {
            assert!(err.contains(n), "{args:?}: {n:?} not in {err}");
        }
    };
    let x = dir.join("x");
    let x = x.to_str().unwrap();
    // A config with a wrong type, and one with an unknown key.
    let cfg = dir.join("bad.toml");
    let cfg_arg = cfg.to_str().unwrap();
    std::fs::write(&cfg, "[evolve]\nevals = \"lots\"\n").unwrap();
    fails(
        &["evolve", "--config", cfg_arg, "--out", x],
        &["bad.toml:2: evolve.evals: "],
    );
    std::fs::write(&cfg, "[sim]\nhorizn = 5\n").unwrap();
    fails(&["evolve", "--config", cfg_arg, "--out", x], &["horizn"]);
    // An unknown seed name.
    fails(
        &["evolve", "--seed-program", "octopus", "--out", x],
        &["octopus", "square"],
    );
    // A seed program that does not run.
    let broken = dir.join("broken.py");
    std::fs::write(&broken, "def make_walker():\n    return 1 / 0\n").unwrap();
    let y = dir.join("y");
    fails(
        &[
            "evolve",
            "--seed-program",
            broken.to_str().unwrap(),
            "--out",
            y.to_str().unwrap(),
            "--quiet",
        ],
        &["seed program"],
    );
    assert!(!dir.join("x").exists());
    assert!(!dir.join("y").exists());
}
