//! `elmer bootstrap` (issue 20): bad inputs refused before anything is written, the
//! conditioned chat export, hit rates in `elmer score`, and (ignored: it needs the real model,
//! the trainer's venv and minutes of CPU) the real pipeline end to end.

use std::path::{Path, PathBuf};
use std::process::Output;

use elmer::config::RunConfig;
use elmer::export::{CHAT_USER, chat_user_for_cell};
use elmer::qd::{CellIndex, GridConfig};
use serde_json::Value;
use tempfile::TempDir;

use crate::export::{grid_run, s, sample};
use crate::util::{assert_code, elmer, run, stderr, stdout};

/// A fake base model and llama.cpp tree: enough for the checks that come before the venv.
fn fakes(tmp: &Path) -> (PathBuf, PathBuf) {
    let base = tmp.join("fake-base.gguf");
    std::fs::write(&base, b"GGUF").unwrap();
    let llama = tmp.join("llama.cpp");
    std::fs::create_dir_all(&llama).unwrap();
    std::fs::write(
        llama.join("convert_lora_to_gguf.py"),
        "raise SystemExit(1)\n",
    )
    .unwrap();
    (base, llama)
}

/// `elmer bootstrap` with `args`, the venv at `venv`, and the cache in `tmp`.
fn bootstrap(tmp: &Path, venv: &Path, args: &[&str]) -> Output {
    elmer()
        .arg("bootstrap")
        .args(args)
        .env("ELMER_CACHE", tmp.join("cache"))
        .env("ELMER_TRAIN_VENV", venv)
        .output()
        .unwrap()
}

fn assert_refused(o: &Output, out: &Path, words: &[&str]) {
    assert_code(o, 2);
    for w in words {
        assert!(stderr(o).contains(w), "no {w:?} in: {}", stderr(o));
    }
    assert!(!out.exists(), "{} was written", out.display());
    let parent = out.parent().unwrap();
    for e in std::fs::read_dir(parent).unwrap() {
        let name = e.unwrap().file_name().to_string_lossy().to_string();
        assert!(!name.contains(".partial"), "left behind: {name}");
    }
}

#[test]
fn bad_inputs_exit_2_and_leave_nothing_in_out() {
    let tmp = TempDir::new().unwrap();
    let (base, llama) = fakes(tmp.path());
    let venv = tmp.path().join("venv");
    let run1 = sample(tmp.path());
    let out = tmp.path().join("work").join("out");
    std::fs::create_dir_all(out.parent().unwrap()).unwrap();
    let common = |extra: &[&str]| -> Vec<String> {
        let mut v: Vec<String> = extra.iter().map(|x| x.to_string()).collect();
        v.extend(
            [
                "--out",
                s(&out),
                "--base",
                s(&base),
                "--llama-cpp",
                s(&llama),
            ]
            .map(String::from),
        );
        v
    };
    let go = |extra: &[&str]| {
        let args = common(extra);
        bootstrap(
            tmp.path(),
            &venv,
            &args.iter().map(String::as_str).collect::<Vec<_>>(),
        )
    };

    // An empty export: every program in the test split.
    let o = go(&[s(&run1), "--test-share", "1"]);
    assert_refused(&o, &out, &["no training program", "--test-share"]);

    // Runs from incompatible grids, and from incompatible sims.
    let mut coarse = RunConfig::default();
    coarse.grid.bins = [6, 6, 6];
    let other_grid = grid_run(
        &tmp.path().join("coarse"),
        &coarse,
        &[(0, [1.0, 1.0, 1.0], 1.0, "c")],
    );
    let o = go(&[s(&run1), s(&other_grid)]);
    assert_refused(&o, &out, &["grid.bins", "--grid"]);
    let mut slow = RunConfig::default();
    slow.sim.horizon = 77;
    let other_sim = grid_run(
        &tmp.path().join("slow"),
        &slow,
        &[(0, [1.0, 1.0, 1.0], 1.0, "d")],
    );
    let o = go(&[s(&run1), s(&other_sim), "--grid", "default"]);
    assert_refused(&o, &out, &["sim.horizon"]);
    // The conditional model needs the default grid (score's): refused, --grid default named.
    let o = go(&[s(&other_grid), "--with-conditioning", "--test-share", "0"]);
    assert_refused(
        &o,
        &out,
        &["not the default 12 x 12 x 12 grid", "--grid default"],
    );
    // Conditioning is on the chat format only.
    let o = go(&[s(&run1), "--format", "text", "--with-conditioning"]);
    assert_refused(&o, &out, &["--format chat"]);
    let o = go(&[s(&run1), "--format", "mutation", "--with-conditioning"]);
    assert_refused(&o, &out, &["--format chat"]);
    // Formats no trainer line shape reads: refused, the trainable ones named.
    let o = go(&[s(&run1), "--format", "diff"]);
    assert_refused(&o, &out, &["--format", "mutation", "chat", "text"]);

    // A missing base model.
    let args: Vec<&str> = vec![
        s(&run1),
        "--out",
        s(&out),
        "--base",
        "/no/such/model.gguf",
        "--llama-cpp",
        s(&llama),
    ];
    let o = bootstrap(tmp.path(), &venv, &args);
    assert_refused(
        &o,
        &out,
        &["/no/such/model.gguf", "scripts/local-llm install"],
    );
    // No llama.cpp tree (nothing installed in this cache): named, with the fix.
    let args: Vec<&str> = vec![s(&run1), "--out", s(&out), "--base", s(&base)];
    let o = bootstrap(tmp.path(), &venv, &args);
    assert_refused(&o, &out, &["llama-server", "scripts/local-llm install"]);

    // A non-empty --out is refused and left as it was.
    std::fs::create_dir_all(&out).unwrap();
    std::fs::write(out.join("keep"), "x").unwrap();
    let o = go(&[s(&run1)]);
    assert_code(&o, 2);
    assert!(stderr(&o).contains("not empty"), "{}", stderr(&o));
    assert_eq!(std::fs::read_to_string(out.join("keep")).unwrap(), "x");
    assert!(
        !venv.exists(),
        "no venv is made before the inputs are checked"
    );
}

/// A full disk at the venv step: a 50 MB tmpfs as the venv's home (root only, as in CI).
#[test]
fn a_full_disk_at_the_venv_step_exits_2_and_leaves_nothing() {
    let tmp = TempDir::new().unwrap();
    let (base, llama) = fakes(tmp.path());
    let run1 = sample(tmp.path());
    let small = tmp.path().join("small");
    std::fs::create_dir_all(&small).unwrap();
    let mounted = std::process::Command::new("mount")
        .args(["-t", "tmpfs", "-o", "size=50m", "tmpfs"])
        .arg(&small)
        .status()
        .is_ok_and(|s| s.success());
    let root = unsafe { libc::geteuid() } == 0;
    assert!(mounted || !root, "mount -t tmpfs failed as root");
    if !mounted {
        eprintln!("skipped: mounting a tmpfs needs root (CI runs as root)");
        return;
    }
    struct Unmount<'a>(&'a Path);
    impl Drop for Unmount<'_> {
        fn drop(&mut self) {
            let _ = std::process::Command::new("umount").arg(self.0).status();
        }
    }
    let _guard = Unmount(&small);
    let venv = small.join("venv-train");
    let out = tmp.path().join("out");
    let args = [
        s(&run1),
        "--out",
        s(&out),
        "--base",
        s(&base),
        "--llama-cpp",
        s(&llama),
    ];
    let o = bootstrap(tmp.path(), &venv, &args);
    assert_refused(
        &o,
        &out,
        &["not enough free disk", "MB free", "ELMER_TRAIN_VENV"],
    );
    let left: Vec<_> = std::fs::read_dir(&small).unwrap().collect();
    assert!(left.is_empty(), "the tmpfs holds {left:?}");
}

#[test]
fn conditioned_chat_export_names_the_cell_and_the_plain_one_does_not() {
    let tmp = TempDir::new().unwrap();
    let run1 = sample(tmp.path());
    let grid = GridConfig::default();
    for cond in [false, true] {
        let out = tmp.path().join(format!("ex-{cond}"));
        let mut args = vec![
            "export",
            "stage2",
            s(&run1),
            "--format",
            "chat",
            "--out",
            s(&out),
        ];
        if cond {
            args.push("--with-conditioning");
        }
        assert_code(&run(&args, None), 0);
        let text = std::fs::read_to_string(out.join("train.jsonl")).unwrap();
        let mut lines = 0;
        for line in text.lines() {
            let v: Value = serde_json::from_str(line).unwrap();
            let user = v["messages"][1]["content"].as_str().unwrap();
            if cond {
                let cell: CellIndex = v["cell"].as_str().unwrap().parse().unwrap();
                assert_eq!(user, chat_user_for_cell(cell, &grid));
                let [i, j, k] = cell.coords();
                assert!(user.contains(&format!("cell ({i}, {j}, {k}) of the 12 x 12 x 12 grid")));
            } else {
                assert_eq!(user, CHAT_USER);
            }
            lines += 1;
        }
        assert!(lines > 10, "{lines}");
    }
}

#[test]
fn score_reports_valid_share_hit_rate_and_chance_for_target_cells() {
    let tmp = TempDir::new().unwrap();
    let square = elmer::seeds::find("square").unwrap().source;
    let radial = elmer::seeds::find("wheel").unwrap().source;
    // Where each seed lands: eval prints its cell.
    let cell_of = |src: &str| {
        let f = tmp.path().join("p.py");
        std::fs::write(&f, src).unwrap();
        let o = run(&["eval", s(&f), "--json"], None);
        assert_code(&o, 0);
        let v: Value = serde_json::from_str(stdout(&o).trim()).unwrap();
        v["cell"].as_str().unwrap().to_string()
    };
    let (cs, cr) = (cell_of(square), cell_of(radial));
    assert_ne!(cs, cr);
    let line = |src: &str, cell: &str| {
        serde_json::json!({"cell": cell, "messages": [
            {"role": "user", "content": "x"},
            {"role": "assistant", "content": format!("```python\n{src}```")}]})
        .to_string()
    };
    // square asked for its own cell (hit), radial asked for square's (miss), a broken
    // program asked for radial's (invalid), and a line without a target.
    let file = tmp.path().join("samples.jsonl");
    let body = [
        line(square, &cs),
        line(radial, &cs),
        line("def make_walker(:\n", &cr),
        serde_json::json!({"text": square}).to_string(),
    ]
    .join("\n");
    std::fs::write(&file, body + "\n").unwrap();
    let o = run(&["score", s(&file), "--json"], None);
    assert_code(&o, 0);
    let v: Value = serde_json::from_str(stdout(&o).trim()).unwrap();
    let t = &v["targets"];
    assert_eq!(t["asked"], 3);
    assert_eq!(t["cells"], 2);
    assert_eq!(t["valid"], 2);
    assert_eq!(t["hits"], 1);
    // Chance: targets cs, cs, cr; valid walkers land in cs (1) and cr (1) -> (1/3+1/3+1/3)/3.
    assert!(
        (t["chance_rate"].as_f64().unwrap() - 1.0 / 3.0).abs() < 1e-12,
        "{t}"
    );
    assert!(
        (t["hit_rate"].as_f64().unwrap() - 1.0 / 3.0).abs() < 1e-12,
        "{t}"
    );
    assert_eq!(t["filled"], 2);
    assert_eq!(v["evaluations"], 4);
    // A file without targets has no targets object; a bad cell names the line.
    std::fs::write(
        &file,
        serde_json::json!({"text": square}).to_string() + "\n",
    )
    .unwrap();
    let o = run(&["score", s(&file), "--json"], None);
    assert_code(&o, 0);
    assert!(!stdout(&o).contains("\"targets\""), "{}", stdout(&o));
    std::fs::write(&file, line(square, "1,2") + "\n").unwrap();
    let o = run(&["score", s(&file)], None);
    assert_code(&o, 2);
    assert!(
        stderr(&o).contains("samples.jsonl:1") && stderr(&o).contains("\"cell\""),
        "{}",
        stderr(&o)
    );
}

/// elmer's cache as the CLI finds it.
fn cache() -> PathBuf {
    std::env::var_os("ELMER_CACHE")
        .filter(|c| !c.is_empty())
        .map_or_else(
            || PathBuf::from(std::env::var_os("HOME").unwrap()).join(".cache/elmer"),
            PathBuf::from,
        )
}

/// `elmer bootstrap` of the sample run: 2 steps of 256 tokens, conditioned chat.
fn small_bootstrap(tmp: &Path, out: &Path, seed: &str) -> Value {
    let run1 = sample(tmp);
    let o = elmer()
        .args([
            "bootstrap",
            s(&run1),
            "--out",
            s(out),
            "--steps",
            "2",
            "--seq-len",
            "256",
        ])
        .args(["--format", "chat", "--with-conditioning", "--seed", seed])
        .output()
        .unwrap();
    eprintln!("{}", stderr(&o));
    assert_code(&o, 0);
    // No terminal: the last step is printed as a line.
    assert!(stderr(&o).contains("elmer: bootstrap: step 2/2, loss "));
    let rec: Value =
        serde_json::from_str(&std::fs::read_to_string(out.join("bootstrap.json")).unwrap())
            .unwrap();
    assert_eq!(rec["result"]["steps"], 2);
    assert_eq!(rec["result"]["train_loss"].as_array().unwrap().len(), 2);
    let card = std::fs::read_to_string(out.join("README.md")).unwrap();
    let sha = rec["adapter_sha256"].as_str().unwrap();
    assert!(card.contains(sha) && card.contains(rec["base_sha256"].as_str().unwrap()));
    // A conditioned adapter's card says how to sample it.
    assert!(card.contains("elmer bootstrap sample --adapter"), "{card}");
    assert_eq!(
        elmer::bootstrap::sha256_file(&out.join("adapter.gguf")).unwrap(),
        sha
    );
    rec
}

/// The real pipeline, small (issue 20): 2 training steps on the sample run's programs with
/// the real local model, the adapter converted to GGUF, llama-server started with it, one
/// chat child written by it, stored and run; then 2 conditional samples scored. Needs
/// `scripts/local-llm install`; installs the trainer's venv on first use (~6 GB). Run with
/// `cargo test --test tests bootstrap::real -- --ignored --nocapture`.
#[test]
#[ignore]
fn real_pipeline_trains_converts_serves_evolves_and_samples() {
    use elmer::bootstrap::{LlamaServer, LocalLlm};
    let t0 = std::time::Instant::now();
    let local = LocalLlm { cache: cache() };
    assert!(
        local.base_model().is_file() && local.server().exists(),
        "run scripts/local-llm install first ({} / {})",
        local.base_model().display(),
        local.server().display()
    );
    let tmp = TempDir::new().unwrap();
    let out = tmp.path().join("boot");
    small_bootstrap(tmp.path(), &out, "0");
    let t_boot = t0.elapsed().as_secs_f64();

    // Serve base + adapter as `scripts/local-llm start --lora` does, on a port of our own.
    let log = tmp.path().join("server.log");
    let server = LlamaServer::start(
        &local.server(),
        &local.base_model(),
        Some(&out.join("adapter.gguf")),
        &log,
    )
    .unwrap();
    let mut cfg = RunConfig::load(&out.join("evolve.toml")).unwrap();
    cfg.llm.endpoints[0].base_url = server.base_url();
    cfg.llm.endpoints[0].timeout_s = 900.0;
    cfg.evolve.evals = 3;
    cfg.evolve.batch_size = 2;
    cfg.sim.horizon = 600;
    let path = tmp.path().join("evolve.toml");
    std::fs::write(&path, cfg.to_toml()).unwrap();
    let dir = tmp.path().join("tuned-run");
    let o = elmer()
        .args(["evolve", "--json", "--config", s(&path), "--out", s(&dir)])
        .output()
        .unwrap();
    assert_code(&o, 0);
    drop(server);
    let store = elmer::store::RunStore::open_read_only(&dir.join("run.sqlite")).unwrap();
    let children = store.children().unwrap();
    assert_eq!(children.len(), 3);
    let mut ran = 0;
    for c in &children[1..] {
        assert_eq!(
            (c.operator.as_str(), c.format.as_deref()),
            ("llm", Some("chat"))
        );
        let call = store.llm_call(c.llm_call_id.unwrap()).unwrap().unwrap();
        assert_eq!(call.status.to_string(), "ok", "{:?}", call.error);
        use elmer::qd::Status;
        if !matches!(
            c.status,
            Status::LlmError | Status::NoCode | Status::BadDiff
        ) {
            ran += 1;
        }
    }
    assert!(
        ran >= 1,
        "no child of the tuned model ran: {:?}",
        children.iter().map(|c| c.status).collect::<Vec<_>>()
    );
    let t_evolve = t0.elapsed().as_secs_f64() - t_boot;

    // Two conditional samples aimed at empty cells, scored.
    let samples = tmp.path().join("samples.jsonl");
    let o = run(
        &[
            "bootstrap",
            "sample",
            "--adapter",
            s(&out),
            "--cells",
            "all-empty",
            "--n",
            "2",
            "--out",
            s(&samples),
        ],
        None,
    );
    assert_code(&o, 0);
    let o = run(&["score", s(&samples), "--json"], None);
    assert_code(&o, 0);
    let v: Value = serde_json::from_str(stdout(&o).trim()).unwrap();
    assert_eq!(v["targets"]["asked"], 2, "{v}");
    eprintln!(
        "bootstrap {t_boot:.0} s, evolve with the adapter {t_evolve:.0} s, sample and score {:.0} s",
        t0.elapsed().as_secs_f64() - t_boot - t_evolve
    );
}

/// Determinism (issue 20): the same seed and data give the same adapter bytes (2 steps, torch
/// on CPU with deterministic algorithms and a fixed thread count). Needs what the pipeline
/// test needs.
#[test]
#[ignore]
fn same_seed_and_data_give_the_same_adapter_bytes() {
    let tmp = TempDir::new().unwrap();
    let a = small_bootstrap(tmp.path(), &tmp.path().join("a"), "5");
    let b = small_bootstrap(tmp.path(), &tmp.path().join("b"), "5");
    assert_eq!(a["adapter_sha256"], b["adapter_sha256"]);
    assert_eq!(a["result"]["train_loss"], b["result"]["train_loss"]);
}
