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
