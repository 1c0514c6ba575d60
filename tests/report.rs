//! `elmer report` and `elmer evolve --replicates` end to end (DESIGN §7, §10): PNG files, the
//! `--json` summary against the store read directly, replicate seeds and the mean curve.

use std::path::{Path, PathBuf};

use elmer::report::{PNG_FILES, mean_curve};
use elmer::store::RunStore;

use crate::util::{assert_code, root, run, stderr, stdout};

/// A copy of the sample run in `tmp` (built first with `scripts/make-samples --load` if
/// missing), so the test writes nothing under archives/.
pub fn sample_run(tmp: &Path) -> PathBuf {
    let root = root();
    let db = root.join("archives/samples/square-gp/run.sqlite");
    if !db.is_file() {
        let ok = std::process::Command::new(root.join("scripts/make-samples"))
            .arg("--load")
            .current_dir(&root)
            .status()
            .expect("scripts/make-samples runs");
        assert!(ok.success(), "scripts/make-samples --load failed");
    }
    let dir = tmp.join("square-gp");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::copy(&db, dir.join("run.sqlite")).unwrap();
    dir
}

/// Asserts `dir` holds every report PNG, each a PNG file over 1 KB.
fn assert_pngs(dir: &Path) {
    for name in PNG_FILES {
        let path = dir.join(name);
        let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        assert!(
            bytes.starts_with(b"\x89PNG\r\n\x1a\n"),
            "{}: not a PNG",
            path.display()
        );
        assert!(
            bytes.len() > 1024,
            "{}: only {} bytes",
            path.display(),
            bytes.len()
        );
    }
}

/// The one JSON object `elmer report --json` printed.
fn json_line(out: &std::process::Output) -> serde_json::Value {
    let text = stdout(out);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 1, "expected one JSON line, got:\n{text}");
    serde_json::from_str(lines[0]).unwrap()
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1.0)
}

fn num(v: &serde_json::Value, key: &str) -> f64 {
    v[key]
        .as_f64()
        .unwrap_or_else(|| panic!("{key} is not a number in {v}"))
}

#[test]
fn report_on_the_sample_writes_pngs_and_the_stores_summary() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = sample_run(tmp.path());
    let out = tmp.path().join("plots");
    let o = run(
        &[
            "report",
            dir.to_str().unwrap(),
            "--out",
            out.to_str().unwrap(),
            "--json",
        ],
        None,
    );
    assert_code(&o, 0);
    assert_pngs(&out);
    let got = json_line(&o);

    // The same numbers read straight from the tables.
    let conn = rusqlite::Connection::open(dir.join("run.sqlite")).unwrap();
    let fitness: Vec<f64> = conn
        .prepare("SELECT fitness FROM elites")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    let (evaluations, runnable): (i64, f64) = conn
        .query_row(
            "SELECT evaluations, runnable_rate FROM metrics ORDER BY generation DESC LIMIT 1",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    let cells = 12.0 * 12.0 * 12.0;
    let qd: f64 = fitness.iter().sum();
    let max = fitness.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    assert!(!fitness.is_empty());
    assert_eq!(got["runs"], 1);
    assert_eq!(got["evaluations"], evaluations);
    assert_eq!(got["num_elites"], fitness.len());
    assert!(
        close(num(&got, "coverage"), fitness.len() as f64 / cells),
        "{got}"
    );
    assert!(close(num(&got, "qd_score"), qd), "{got}");
    assert!(close(num(&got, "norm_qd_score"), qd / cells), "{got}");
    assert!(close(num(&got, "obj_max"), max), "{got}");
    assert!(
        close(num(&got, "obj_mean"), qd / fitness.len() as f64),
        "{got}"
    );
    assert!(close(num(&got, "runnable_rate"), runnable), "{got}");
}

#[test]
fn report_defaults_to_a_report_folder_in_the_run() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = sample_run(tmp.path());
    let o = run(&["report", dir.to_str().unwrap()], None);
    assert_code(&o, 0);
    assert_pngs(&dir.join("report"));
    assert!(stdout(&o).contains("qd_score"), "{}", stdout(&o));
}

#[test]
fn report_exits_2_naming_a_missing_run_or_an_empty_folder() {
    let tmp = tempfile::tempdir().unwrap();
    let missing = tmp.path().join("nope");
    let o = run(&["report", missing.to_str().unwrap()], None);
    assert_code(&o, 2);
    assert!(stderr(&o).contains("nope"), "{}", stderr(&o));

    let empty = tmp.path().join("empty");
    std::fs::create_dir(&empty).unwrap();
    let o = run(&["report", empty.to_str().unwrap()], None);
    assert_code(&o, 2);
    assert!(stderr(&o).contains("empty"), "{}", stderr(&o));
    assert!(stderr(&o).contains("no run here"), "{}", stderr(&o));
}

#[test]
fn report_exits_2_naming_a_store_of_a_newer_schema() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = sample_run(tmp.path());
    let conn = rusqlite::Connection::open(dir.join("run.sqlite")).unwrap();
    conn.pragma_update(None, "user_version", 9999).unwrap();
    drop(conn);
    let o = run(&["report", dir.to_str().unwrap()], None);
    assert_code(&o, 2);
    assert!(stderr(&o).contains("run.sqlite"), "{}", stderr(&o));
    assert!(!dir.join("report").exists());
}

/// The recorded `evolve.seed` of a run.
fn stored_seed(dir: &Path) -> u64 {
    let store = RunStore::open_read_only(&dir.join("run.sqlite")).unwrap();
    let cfg: toml::Value = toml::from_str(&store.run().unwrap().config).unwrap();
    let seed = cfg["evolve"]["seed"].as_integer().unwrap();
    u64::try_from(seed).unwrap()
}

#[test]
fn replicates_get_their_own_folders_and_seeds_and_report_their_mean() {
    let tmp = tempfile::tempdir().unwrap();
    let group = tmp.path().join("group");
    let o = run(
        &[
            "evolve",
            "--replicates",
            "3",
            "--evals",
            "9",
            "--batch-size",
            "4",
            "--steps",
            "120",
            "--seed",
            "40",
            "--quiet",
            "--out",
            group.to_str().unwrap(),
        ],
        None,
    );
    assert_code(&o, 0);
    // One line per replicate, then the mean (and a hint).
    assert!(stdout(&o).contains("rep-3"), "{}", stdout(&o));
    assert!(stdout(&o).contains("mean of 3 runs"), "{}", stdout(&o));
    let reps: Vec<PathBuf> = (1..=3).map(|i| group.join(format!("rep-{i}"))).collect();
    let seeds: Vec<u64> = reps.iter().map(|r| stored_seed(r)).collect();
    assert_eq!(seeds, vec![41, 42, 43]);

    // The report's summary is the mean of the three.
    let out = tmp.path().join("plots");
    let o = run(
        &[
            "report",
            group.to_str().unwrap(),
            "--out",
            out.to_str().unwrap(),
            "--json",
        ],
        None,
    );
    assert_code(&o, 0);
    assert_pngs(&out);
    let got = json_line(&o);
    assert_eq!(got["runs"], 3);
    let metrics: Vec<_> = reps
        .iter()
        .map(|r| {
            RunStore::open_read_only(&r.join("run.sqlite"))
                .unwrap()
                .metrics()
                .unwrap()
        })
        .collect();
    let last_qd: Vec<f64> = metrics
        .iter()
        .map(|m| m.last().unwrap().stats.qd_score)
        .collect();
    assert!(
        close(num(&got, "qd_score"), last_qd.iter().sum::<f64>() / 3.0),
        "{got}"
    );
    assert_eq!(got["evaluations"], 9);

    // The mean curve: same config, so the same evaluation points; at each, the mean of the three.
    let curves: Vec<Vec<(u64, f64)>> = metrics
        .iter()
        .map(|m| {
            m.iter()
                .map(|r| (r.evaluations, r.stats.qd_score))
                .collect()
        })
        .collect();
    let mean = mean_curve(&curves);
    let xs: Vec<u64> = curves[0].iter().map(|p| p.0).collect();
    assert_eq!(xs, vec![1, 5, 9]);
    assert_eq!(mean.iter().map(|p| p.0).collect::<Vec<_>>(), xs);
    for (k, &(x, m, lo, hi)) in mean.iter().enumerate() {
        let ys: Vec<f64> = curves.iter().map(|c| c[k].1).collect();
        assert!(
            close(m, ys.iter().sum::<f64>() / 3.0),
            "at {x}: {m} vs {ys:?}"
        );
        assert_eq!(lo, ys.iter().copied().fold(f64::INFINITY, f64::min));
        assert_eq!(hi, ys.iter().copied().fold(f64::NEG_INFINITY, f64::max));
    }

    // A second replicate set into the same folder is refused before running anything.
    let o = run(
        &[
            "evolve",
            "--replicates",
            "2",
            "--evals",
            "5",
            "--quiet",
            "--out",
            group.to_str().unwrap(),
        ],
        None,
    );
    assert_code(&o, 2);
    assert!(stderr(&o).contains("rep-1"), "{}", stderr(&o));

    // A replicate resumes on its own folder.
    let o = run(
        &[
            "evolve",
            "--resume",
            reps[1].to_str().unwrap(),
            "--evals",
            "13",
            "--json",
        ],
        None,
    );
    assert_code(&o, 0);
    let resumed: serde_json::Value = serde_json::from_str(stdout(&o).trim()).unwrap();
    assert_eq!(resumed["evaluations"], 13);
    assert_eq!(stored_seed(&reps[1]), 42);
}
