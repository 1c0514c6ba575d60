//! The command line's exit codes, messages and `--json` objects (DESIGN §10).

use crate::util::{assert_code, data, run, stderr, stdout};

fn write(dir: &tempfile::TempDir, name: &str, text: &str) -> String {
    let p = dir.path().join(name);
    std::fs::write(&p, text).unwrap();
    p.to_string_lossy().into_owned()
}

#[test]
fn simulate_prints_one_json_object() {
    let square = data("walkers/square.json");
    let o = run(&["simulate", square.to_str().unwrap(), "--json"], None);
    assert_code(&o, 0);
    let text = stdout(&o);
    assert_eq!(text.lines().count(), 1);
    let v: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(v["status"], "ok");
    assert!(v["fitness"].as_f64().unwrap() > 0.0);
    assert_eq!(v["joints"], 5);
    assert_eq!(v["springs"], 8);
    for key in ["dx", "height", "width", "mass", "cell", "error"] {
        assert!(v.get(key).is_some(), "missing {key}: {v}");
    }
}

#[test]
fn simulate_reads_openelm_dicts_the_right_way_up() {
    let ours = run(
        &[
            "simulate",
            data("walkers/square.json").to_str().unwrap(),
            "--json",
        ],
        None,
    );
    let theirs = run(
        &[
            "simulate",
            data("walkers/square_openelm.json").to_str().unwrap(),
            "--json",
        ],
        None,
    );
    assert_code(&theirs, 0);
    let a: serde_json::Value = serde_json::from_str(&stdout(&ours)).unwrap();
    let b: serde_json::Value = serde_json::from_str(&stdout(&theirs)).unwrap();
    for key in ["height", "width", "mass"] {
        let (x, y) = (a[key].as_f64().unwrap(), b[key].as_f64().unwrap());
        assert!((x - y).abs() < 1e-6, "{key}: {x} vs {y}");
    }
    // Upside down, the square's centre spoke muscles would push the other way.
    assert_eq!(a["cell"], b["cell"]);
    let (dx_a, dx_b) = (a["dx"].as_f64().unwrap(), b["dx"].as_f64().unwrap());
    assert!((dx_a - dx_b).abs() < 0.05 * dx_a.abs(), "{dx_a} vs {dx_b}");
}

#[test]
fn simulate_rejects_malformed_json_naming_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(&dir, "broken.json", "{\"joints\": [[0, 0], [1, 0]],");
    let o = run(&["simulate", &path], None);
    assert_code(&o, 2);
    let err = stderr(&o);
    assert!(
        err.contains("broken.json") && err.contains("line 1"),
        "{err}"
    );
}

#[test]
fn simulate_rejects_nan_naming_the_field() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(
        &dir,
        "nan.json",
        r#"{"joints": [[0, 0], [1, "NaN"]], "springs": [[0, 1, 0, 0]]}"#,
    );
    let o = run(&["simulate", &path], None);
    assert_code(&o, 2);
    let err = stderr(&o);
    assert!(
        err.contains("nan.json") && err.contains("joints[1].y is not finite"),
        "{err}"
    );
}

#[test]
fn simulate_rejects_an_out_of_range_index() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(
        &dir,
        "index.json",
        r#"{"joints": [[0, 0], [1, 0]], "springs": [[0, 5, 0, 0]]}"#,
    );
    let o = run(&["simulate", &path], None);
    assert_code(&o, 2);
    let err = stderr(&o);
    assert!(
        err.contains("index.json") && err.contains("refers to joint 5"),
        "{err}"
    );
}

#[test]
fn simulate_exits_1_when_unstable() {
    let dir = tempfile::tempdir().unwrap();
    // Two joints 0.05 units apart on a maximum-stroke muscle, tied to a far joint: the tiny
    // spring leaves its [0.05, 5] x rest-length band at once.
    let path = write(
        &dir,
        "wild.json",
        r#"{"joints": [[0, 0], [0.05, 0], [20, 0]],
            "springs": [[0, 1, 10, 0.25], [1, 2, 10, 0.75], [0, 2, 10, 0.5]]}"#,
    );
    let o = run(&["simulate", &path, "--json"], None);
    assert_code(&o, 1);
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(v["status"], "unstable");
    assert!(v["fitness"].is_null());
    assert!(v["error"].as_str().unwrap().contains("unstable"));
}

#[test]
fn simulate_writes_a_trace() {
    let dir = tempfile::tempdir().unwrap();
    let trace = dir.path().join("trace.json");
    let o = run(
        &[
            "simulate",
            data("walkers/square.json").to_str().unwrap(),
            "--steps",
            "60",
            "--trace",
            trace.to_str().unwrap(),
        ],
        None,
    );
    assert_code(&o, 0);
    let v: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&trace).unwrap()).unwrap();
    // 120 settle + 60 horizon steps, a frame every 6 steps, plus the placed frame.
    assert_eq!(v["frames"].as_array().unwrap().len(), 180 / 6 + 1);
    assert_eq!(v["frames"][0].as_array().unwrap().len(), 5);
}

#[test]
fn simulate_rejects_an_unknown_terrain() {
    let o = run(
        &[
            "simulate",
            data("walkers/square.json").to_str().unwrap(),
            "--terrain",
            "moon",
        ],
        None,
    );
    assert_code(&o, 2);
    assert!(stderr(&o).contains("moon"));
}

// ---- issue 18: the CLI as a new user meets it ------------------------------------------------

use std::path::{Path, PathBuf};

use crate::mock_llm::{Behaviour, MockServer};
use elmer::config::{RunConfig, parse_mutator};
use elmer::mutate::llm::EndpointConfig;

/// The files and folders under `dir`, recursively, as sorted relative paths.
fn tree(dir: &Path) -> Vec<String> {
    fn walk(root: &Path, dir: &Path, out: &mut Vec<String>) {
        for e in std::fs::read_dir(dir).unwrap() {
            let p = e.unwrap().path();
            out.push(p.strip_prefix(root).unwrap().display().to_string());
            if p.is_dir() {
                walk(root, &p, out);
            }
        }
    }
    let mut out = Vec::new();
    walk(dir, dir, &mut out);
    out.sort();
    out
}

/// Every stdout line parsed as one JSON object (panics naming the line otherwise).
fn json_lines(o: &std::process::Output) -> Vec<serde_json::Value> {
    stdout(o)
        .lines()
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l)
                .unwrap_or_else(|e| panic!("stdout line is not JSON ({e}): {l:?}"));
            assert!(v.is_object(), "not an object: {l}");
            v
        })
        .collect()
}

/// A small, fast gp run's flags.
const FAST: [&str; 6] = ["--evals", "5", "--batch-size", "4", "--steps", "60"];

/// `elmer evolve` with [`FAST`] then `extra` (whose `--evals` or `--steps` win) in `cwd`.
fn evolve_in(cwd: &Path, extra: &[&str]) -> std::process::Output {
    let mut args = vec!["evolve"];
    for pair in FAST.chunks(2) {
        if !extra.contains(&pair[0]) {
            args.extend(pair);
        }
    }
    args.extend(extra);
    run(&args, Some(cwd))
}

const MODELS: &str = r#"{"object":"list","data":[{"id":"mock-model","object":"model"}]}"#;

/// A run config whose only operator is `llm:chat` against `url`, as a file in `dir`.
fn llm_config(dir: &Path, url: &str, tune: impl FnOnce(&mut RunConfig)) -> PathBuf {
    let mut cfg = RunConfig::default();
    cfg.sim.horizon = 60;
    cfg.evolve.evals = 9;
    cfg.evolve.batch_size = 4;
    cfg.mutate.operators = parse_mutator("llm:chat").unwrap();
    let mut e = EndpointConfig::new(url, "mock-model");
    e.max_in_flight = 1;
    e.timeout_s = 2.0;
    cfg.llm.endpoints.push(e);
    cfg.llm.backoff_s = 0.01;
    cfg.llm.max_backoff_s = 0.05;
    tune(&mut cfg);
    let path = dir.join("llm.toml");
    std::fs::write(&path, cfg.to_toml()).unwrap();
    path
}

/// A port nothing listens on: bound, then let go.
fn closed_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

#[test]
fn a_dead_llm_server_fails_fast_naming_it_and_creates_no_run() {
    let tmp = tempfile::tempdir().unwrap();
    let url = format!("http://127.0.0.1:{}/v1", closed_port());
    let cfg = llm_config(tmp.path(), &url, |_| {});
    let before = tree(tmp.path());
    let t = std::time::Instant::now();
    let o = run(
        &["evolve", "--config", cfg.to_str().unwrap(), "--out", "run"],
        Some(tmp.path()),
    );
    assert_code(&o, 2);
    assert!(t.elapsed().as_secs() < 30, "took {:?}", t.elapsed());
    let err = stderr(&o);
    for want in [
        &*url,
        "connection refused",
        "scripts/local-llm start",
        "no run",
    ] {
        assert!(err.contains(want), "{want:?} missing in {err}");
    }
    assert!(stdout(&o).is_empty());
    assert_eq!(tree(tmp.path()), before, "nothing may be written");
}

#[test]
fn endpoint_state_changes_are_one_stderr_line_each() {
    let tmp = tempfile::tempdir().unwrap();
    let server = MockServer::start(
        vec![
            Behaviour::Raw(MODELS),
            Behaviour::Status(500, None, "boom"),
            Behaviour::Status(500, None, "boom"),
        ],
        Behaviour::Reply("no program in this reply".into()),
    );
    let cfg = llm_config(tmp.path(), &server.base_url(), |c| {
        c.evolve.evals = 5;
        c.llm.rest_after = 10;
    });
    let o = run(
        &[
            "evolve",
            "--config",
            cfg.to_str().unwrap(),
            "--out",
            "run",
            "--quiet",
        ],
        Some(tmp.path()),
    );
    assert_code(&o, 0);
    let err = stderr(&o);
    let label = server.base_url();
    let failing = format!("elmer: endpoint {label}: failing: ");
    let back = format!("elmer: endpoint {label}: back: answered again after 2 failed attempts");
    assert_eq!(err.matches(&failing).count(), 1, "{err}");
    assert_eq!(err.matches(&back).count(), 1, "{err}");
    assert!(err.find(&failing) < err.find(&back), "{err}");
}

#[test]
fn a_run_whose_endpoints_go_down_names_its_path_in_the_resume_hint() {
    let tmp = tempfile::tempdir().unwrap();
    let server = MockServer::start(
        vec![Behaviour::Raw(MODELS)],
        Behaviour::Status(500, None, "down"),
    );
    let cfg = llm_config(tmp.path(), &server.base_url(), |c| {
        c.llm.retries = 1;
        c.llm.rest_after = 2;
        c.llm.rest_s = 0.05;
    });
    let dir = tmp.path().join("run");
    let o = run(
        &[
            "evolve",
            "--config",
            cfg.to_str().unwrap(),
            "--out",
            dir.to_str().unwrap(),
        ],
        Some(tmp.path()),
    );
    assert_code(&o, 2);
    let err = stderr(&o);
    let hint = format!("continue with: elmer evolve --resume {}", dir.display());
    assert!(err.contains(&hint), "{err}");
    assert!(err.contains(": resting for "), "{err}");
    assert!(dir.join("run.sqlite").is_file());
}

#[test]
fn every_command_with_json_prints_only_json_objects_on_stdout() {
    let tmp = tempfile::tempdir().unwrap();
    let cwd = tmp.path();
    let sample = crate::report::sample_run(cwd);
    let sample = sample.to_str().unwrap();
    let square_py = crate::util::root().join("examples/square.py");
    let programs = cwd.join("programs.jsonl");
    let source = elmer::seeds::find("square").unwrap().source;
    std::fs::write(
        &programs,
        format!("{}\n", serde_json::json!({ "text": source })),
    )
    .unwrap();
    let ood = data("ood/completions.jsonl");
    let mut commands: Vec<Vec<String>> = vec![
        vec![
            "simulate".into(),
            data("walkers/square.json").display().to_string(),
        ],
        vec!["eval".into(), square_py.display().to_string()],
        vec!["seeds".into()],
        vec!["seeds".into(), "show".into(), "wheel".into()],
        vec!["doctor".into()],
        vec!["score".into(), programs.display().to_string()],
        vec![
            "score".into(),
            programs.display().to_string(),
            "--out".into(),
            "scored".into(),
        ],
        vec!["score".into(), "--ood".into(), ood.display().to_string()],
        vec![
            "export".into(),
            "stage2".into(),
            sample.into(),
            "--out".into(),
            "s2".into(),
        ],
        vec![
            "export".into(),
            "stage3".into(),
            "--dataset".into(),
            programs.display().to_string(),
            "--terrains".into(),
            "flat".into(),
            "--top".into(),
            "1".into(),
            "--out".into(),
            "s3".into(),
        ],
        vec![
            "report".into(),
            sample.into(),
            "--out".into(),
            "plots".into(),
        ],
    ];
    let fast: Vec<String> = FAST.iter().map(|s| s.to_string()).collect();
    let mut evolve = vec!["evolve".to_string(), "--out".into(), "one".into()];
    evolve.extend(fast.clone());
    commands.push(evolve);
    // A complete run resumed: its summary again, the notice on stderr.
    commands.push(vec![
        "evolve".into(),
        "--resume".into(),
        "archives/one".into(),
    ]);
    let mut reps = vec!["evolve".to_string(), "--replicates".into(), "2".into()];
    reps.extend(["--out".into(), "group".into()]);
    reps.extend(fast);
    commands.push(reps);
    commands.push(vec!["report".into(), "archives/group".into()]);
    for mut cmd in commands {
        cmd.push("--json".into());
        let args: Vec<&str> = cmd.iter().map(String::as_str).collect();
        let o = run(&args, Some(cwd));
        assert!(
            o.status.code() == Some(0) || o.status.code() == Some(1),
            "{cmd:?}: {}",
            stderr(&o)
        );
        let lines = json_lines(&o);
        assert!(!lines.is_empty(), "{cmd:?} printed nothing on stdout");
        if cmd[0] == "evolve" || cmd.iter().any(|a| a == "scored") {
            for v in &lines {
                assert!(v["run"].is_string(), "{cmd:?}: no run path in {v}");
            }
        }
        if cmd[0] == "evolve" && cmd[1] == "--resume" {
            assert!(stderr(&o).contains("is complete"), "{}", stderr(&o));
        }
        if cmd[1] == "--replicates" {
            assert!(stderr(&o).contains("plot them with"), "{}", stderr(&o));
            assert_eq!(lines.len(), 3, "two replicates and their mean");
            assert_eq!(lines[2]["run"], "archives/group");
        }
    }
}

#[test]
fn out_never_writes_somewhere_unexpected() {
    let tmp = tempfile::tempdir().unwrap();
    let cwd = tmp.path();
    std::fs::write(cwd.join("notes.txt"), "mine").unwrap();
    let o = evolve_in(cwd, &["--out", "one"]);
    assert_code(&o, 0);
    let before = tree(cwd);
    for (out, want) in [
        ("notes.txt", "is an existing file"),
        ("", "--out is empty"),
        ("results.json", "looks like a file name"),
        ("sub/run.toml", "looks like a file name"),
    ] {
        let o = evolve_in(cwd, &["--out", out]);
        assert_code(&o, 2);
        assert!(stderr(&o).contains(want), "--out {out:?}: {}", stderr(&o));
        let o = run(
            &[
                "score",
                data("ood/completions.jsonl").to_str().unwrap(),
                "--out",
                out,
            ],
            Some(cwd),
        );
        assert_code(&o, 2);
        assert_eq!(tree(cwd), before, "--out {out:?} wrote something");
    }
    let o = evolve_in(cwd, &["--replicates", "2", "--out", "archives/one"]);
    assert_code(&o, 2);
    assert!(stderr(&o).contains("holds a single run"), "{}", stderr(&o));
    assert_eq!(tree(cwd), before);
}

#[test]
fn config_errors_name_the_file_every_key_and_its_line() {
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("bad.toml");
    std::fs::write(
        &path,
        "[evolve]\nevals = \"many\"\nbatch_size = -4\n\n[sim]\nhorizn = 3\nhorizon = 0\n",
    )
    .unwrap();
    let o = run(
        &["evolve", "--config", path.to_str().unwrap()],
        Some(tmp.path()),
    );
    assert_code(&o, 2);
    let err = stderr(&o);
    let file = path.display().to_string();
    for want in [
        format!("{file}:2: evolve.evals: "),
        format!("{file}:3: evolve.batch_size: "),
        format!("{file}:6: sim.horizn: unknown field"),
        format!("{file}:7: sim.horizon: must be > 0"),
    ] {
        assert!(err.contains(&want), "{want:?} missing in {err}");
    }
    assert!(err.contains("4 problems"), "{err}");
    assert!(!tmp.path().join("archives").exists());
}

#[test]
fn messages_say_things_once_and_right() {
    let tmp = tempfile::tempdir().unwrap();
    let cwd = tmp.path();
    // A missing config: the OS's words once.
    let o = run(&["evolve", "--config", "nosuch.toml"], Some(cwd));
    assert_code(&o, 2);
    assert_eq!(
        stderr(&o).matches("No such file").count(),
        1,
        "{}",
        stderr(&o)
    );
    // An empty walker file: said once, in words.
    std::fs::write(cwd.join("empty.json"), "").unwrap();
    let o = run(&["simulate", "empty.json"], Some(cwd));
    assert_code(&o, 2);
    assert_eq!(stderr(&o).lines().count(), 1, "{}", stderr(&o));
    assert!(
        stderr(&o).contains("empty.json: the file is empty"),
        "{}",
        stderr(&o)
    );
    // A damaged store is called damaged, and its cause is said once.
    let sample = crate::report::sample_run(cwd);
    let db = sample.join("run.sqlite");
    let mut bytes = std::fs::read(&db).unwrap();
    bytes[100..4000].fill(0xff);
    std::fs::write(&db, bytes).unwrap();
    let o = run(
        &["report", db.to_str().unwrap(), "--out", "plots"],
        Some(cwd),
    );
    assert_code(&o, 2);
    let err = stderr(&o);
    assert!(
        err.contains("is damaged") && !err.contains("not a SQLite"),
        "{err}"
    );
    assert_eq!(err.to_lowercase().matches("malformed").count(), 1, "{err}");
    // A huge coordinate is written short.
    std::fs::write(
        cwd.join("huge.json"),
        r#"{"joints": [[0, 0], [1e308, 0]], "springs": [[0, 1, 0, 0]]}"#,
    )
    .unwrap();
    let o = run(&["simulate", "huge.json"], Some(cwd));
    assert_code(&o, 2);
    assert!(
        stderr(&o).contains("bounding box is 1e308 x 0"),
        "{}",
        stderr(&o)
    );
    assert!(!stderr(&o).contains("00000000000"), "{}", stderr(&o));
    // A spring from a joint to itself is dropped with a warning, and counted in the JSON.
    std::fs::write(
        cwd.join("self.json"),
        r#"{"joints": [[0, 0], [10, 0], [5, 5]],
            "springs": [[0, 1, 0, 0], [1, 1, 0, 0], [1, 2, 1, 0.5], [0, 2, 0, 0]]}"#,
    )
    .unwrap();
    let o = run(
        &["simulate", "self.json", "--steps", "60", "--json"],
        Some(cwd),
    );
    assert_code(&o, 0);
    assert!(
        stderr(&o).contains("warning: self.json: 1 spring from a joint to itself dropped"),
        "{}",
        stderr(&o)
    );
    assert_eq!(json_lines(&o)[0]["self_springs_dropped"], 1);
    // ... in a program (eval) and in a run (evolve) too.
    std::fs::write(
        cwd.join("selfish.py"),
        "from walker_creator import walker_creator\n\ndef make_walker():\n    \
         wc = walker_creator()\n    a = wc.add_joint(0, 0)\n    b = wc.add_joint(10, 0)\n    \
         c = wc.add_joint(5, 8)\n    wc.add_muscle(a, b)\n    wc.add_muscle(b, c, 5.0, 0.25)\n    \
         wc.add_muscle(a, c, 3.0, 0.5)\n    wc.add_muscle(a, a)\n    return wc.get_walker()\n",
    )
    .unwrap();
    let o = run(&["eval", "selfish.py", "--steps", "60"], Some(cwd));
    assert!(
        stderr(&o).contains("selfish.py: 1 spring from a joint to itself dropped"),
        "{}",
        stderr(&o)
    );
    let o = evolve_in(
        cwd,
        &[
            "--seed-program",
            "selfish.py",
            "--out",
            "selfish",
            "--quiet",
        ],
    );
    assert_code(&o, 0);
    assert!(
        stderr(&o).contains("springs from a joint to itself were dropped"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn negative_numbers_reach_their_parsers() {
    let sample = data("walkers/square.json");
    let tmp = tempfile::tempdir().unwrap();
    for threshold in [
        ["--threshold", "-1"].as_slice(),
        ["--threshold=-1"].as_slice(),
    ] {
        let mut args = vec!["export", "stage2", "nosuch-run", "--out", "x"];
        args.extend(threshold);
        let o = run(&args, Some(tmp.path()));
        assert_code(&o, 2);
        assert!(
            stderr(&o).contains("--threshold: must be in (0, 1]"),
            "{}",
            stderr(&o)
        );
    }
    for args in [
        vec!["evolve", "--seed", "-1"],
        vec!["eval", "x.py", "--seed", "-1"],
        vec!["simulate", sample.to_str().unwrap(), "--steps", "-5"],
    ] {
        let o = run(&args, Some(tmp.path()));
        assert_code(&o, 2);
        assert!(
            stderr(&o).contains("-1 is not a u64") || stderr(&o).contains("-5 is not a u32"),
            "{args:?}: {}",
            stderr(&o)
        );
        assert!(
            !stderr(&o).contains("unexpected argument"),
            "{}",
            stderr(&o)
        );
    }
    assert!(tree(tmp.path()).is_empty());
}

/// Sets a stored run's status and budget, as an interrupted run of that budget would have.
fn stop_run(db: &Path, status: &str, budget: u64) {
    let conn = rusqlite::Connection::open(db).unwrap();
    let config: String = conn
        .query_row("SELECT config FROM run", [], |r| r.get(0))
        .unwrap();
    let mut cfg: toml::Table = config.parse().unwrap();
    cfg["evolve"]
        .as_table_mut()
        .unwrap()
        .insert("evals".into(), toml::Value::Integer(budget as i64));
    conn.execute(
        "UPDATE run SET status = ?1, config = ?2",
        (status, toml::to_string(&cfg).unwrap()),
    )
    .unwrap();
}

fn stored_status(db: &Path) -> String {
    rusqlite::Connection::open(db)
        .unwrap()
        .query_row("SELECT status FROM run", [], |r| r.get(0))
        .unwrap()
}

#[test]
fn resume_says_what_happened_and_the_status_agrees() {
    let tmp = tempfile::tempdir().unwrap();
    let cwd = tmp.path();
    let o = evolve_in(cwd, &["--out", "r", "--quiet"]);
    assert_code(&o, 0);
    let db = cwd.join("archives/r/run.sqlite");
    // Stopped at 5 of 20: --evals 3 cannot be reached, and nothing changes.
    stop_run(&db, "interrupted", 20);
    let o = run(
        &["evolve", "--resume", "r", "--evals", "3", "--json"],
        Some(cwd),
    );
    assert_code(&o, 2);
    assert!(stdout(&o).is_empty());
    let err = stderr(&o);
    assert!(
        err.contains("stopped at 5 of its 20 evaluations (status interrupted)")
            && err.contains("its status stays interrupted"),
        "{err}"
    );
    assert!(!err.contains("complete"), "{err}");
    assert_eq!(stored_status(&db), "interrupted");
    // Stopped with its budget spent: it is complete, and stored so.
    stop_run(&db, "interrupted", 5);
    let o = run(&["evolve", "--resume", "r", "--json"], Some(cwd));
    assert_code(&o, 0);
    assert!(
        stderr(&o).contains("is complete: 5 evaluations"),
        "{}",
        stderr(&o)
    );
    assert_eq!(json_lines(&o)[0]["evaluations"], 5);
    assert_eq!(stored_status(&db), "complete");
}

#[test]
fn report_refuses_groups_it_cannot_average_and_leaves_no_files() {
    let tmp = tempfile::tempdir().unwrap();
    let cwd = tmp.path();
    let sample = crate::report::sample_run(cwd);
    let s = sample.to_str().unwrap();
    let o = run(&["report", s, "--out", "plots", "--json"], Some(cwd));
    assert_code(&o, 0);
    let mut files: Vec<String> = tree(&sample);
    files.retain(|f| !f.starts_with("report"));
    assert_eq!(
        files,
        vec!["run.sqlite"],
        "report left files beside the store"
    );
    // The same run twice.
    let o = run(&["report", s, &format!("{s}/run.sqlite")], Some(cwd));
    assert_code(&o, 2);
    assert!(stderr(&o).contains("is given twice"), "{}", stderr(&o));
    // Different budgets, in one folder: unrelated runs.
    for (name, evals) in [("mixed/a", "5"), ("mixed/b", "9")] {
        let o = evolve_in(
            cwd,
            &["--out", &format!("./{name}"), "--evals", evals, "--quiet"],
        );
        assert_code(&o, 0);
    }
    let o = run(&["report", "./mixed", "--out", "plots"], Some(cwd));
    assert_code(&o, 2);
    assert!(stderr(&o).contains("different budgets"), "{}", stderr(&o));
    // Another config with the same budget.
    let o = evolve_in(
        cwd,
        &[
            "--out", "./other", "--seed", "3", "--steps", "90", "--quiet",
        ],
    );
    assert_code(&o, 0);
    let o = run(
        &["report", "./mixed/a", "./other", "--out", "plots"],
        Some(cwd),
    );
    assert_code(&o, 2);
    assert!(stderr(&o).contains("sim.horizon differs"), "{}", stderr(&o));
    // Copies of one run (same config and seed) are not replicates.
    let o = evolve_in(cwd, &["--out", "./copy", "--quiet"]);
    assert_code(&o, 0);
    let o = run(
        &["report", "./mixed/a", "./copy", "--out", "plots"],
        Some(cwd),
    );
    assert_code(&o, 2);
    assert!(stderr(&o).contains("copies of one run"), "{}", stderr(&o));
    // --mixed averages anyway, saying each problem.
    let o = run(
        &["report", "./mixed", "--out", "plots", "--mixed"],
        Some(cwd),
    );
    assert_code(&o, 0);
    assert!(stderr(&o).contains("warning:") && stderr(&o).contains("different budgets"));
}

#[test]
fn values_outside_sense_are_refused() {
    let tmp = tempfile::tempdir().unwrap();
    let o = evolve_in(tmp.path(), &["--threads", "1000"]);
    assert_code(&o, 2);
    assert!(
        stderr(&o).contains("evolve.threads: 1000 is far above"),
        "{}",
        stderr(&o)
    );
    let o = run(
        &["export", "stage3", "nosuch", "--top", "0", "--out", "x"],
        Some(tmp.path()),
    );
    assert_code(&o, 2);
    assert!(
        stderr(&o).contains("must be at least 1, got 0"),
        "{}",
        stderr(&o)
    );
    assert!(tree(tmp.path()).is_empty());
}

#[test]
fn the_docs_example_outputs_are_the_tools() {
    let o = std::process::Command::new(crate::util::root().join("scripts/docs-examples"))
        .arg("--check")
        .env("ELMER_BIN", env!("CARGO_BIN_EXE_elmer"))
        .current_dir(crate::util::root())
        .output()
        .unwrap();
    assert_code(&o, 0);
    assert!(stderr(&o).contains("examples match"), "{}", stderr(&o));
}

/// A PNG's width, height and RGB(A) rows.
fn read_png(path: &Path) -> (u32, u32, usize, Vec<u8>) {
    let decoder = png::Decoder::new(std::fs::File::open(path).unwrap());
    let mut reader = decoder.read_info().unwrap();
    let mut buf = vec![0; reader.output_buffer_size()];
    let info = reader.next_frame(&mut buf).unwrap();
    buf.truncate(info.buffer_size());
    (info.width, info.height, info.color_type.samples(), buf)
}

#[test]
fn report_heatmaps_share_one_colour_bar_and_print_at_column_size() {
    let tmp = tempfile::tempdir().unwrap();
    let sample = crate::report::sample_run(tmp.path());
    let plots = tmp.path().join("plots");
    let o = run(
        &[
            "report",
            sample.to_str().unwrap(),
            "--out",
            plots.to_str().unwrap(),
        ],
        None,
    );
    assert_code(&o, 0);
    // The three projections: the same colour bar (the right 190 pixels) pixel for pixel.
    let bars: Vec<Vec<u8>> = [
        "heatmap-width-height.png",
        "heatmap-width-mass.png",
        "heatmap-height-mass.png",
    ]
    .iter()
    .map(|name| {
        let (w, h, samples, data) = read_png(&plots.join(name));
        assert_eq!((w, h), (720, 640), "{name}");
        let row = w as usize * samples;
        (0..h as usize)
            .flat_map(|y| data[y * row + (w as usize - 190) * samples..(y + 1) * row].to_vec())
            .collect()
    })
    .collect();
    assert_eq!(bars[0], bars[1]);
    assert_eq!(bars[0], bars[2]);
    // The paper figure: three panels, one bar; charts small enough for a column.
    assert_eq!(read_png(&plots.join("heatmaps.png")).0, 1860);
    for name in ["qd-score.png", "coverage.png", "status-counts.png"] {
        let (w, h, ..) = read_png(&plots.join(name));
        assert_eq!((w, h), (800, 520), "{name}");
    }
}
