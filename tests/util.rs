//! Shared test helpers: paths to test data, the `elmer` binary, walkers.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use elmer::walker::{Walker, WalkerLimits};

/// The repository root.
///
/// Read at run time (cargo sets it for test processes): a test binary that cargo reuses from
/// a build of another checkout sharing the target dir must not look in that checkout.
pub fn root() -> PathBuf {
    std::env::var_os("CARGO_MANIFEST_DIR")
        .map_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")), PathBuf::from)
}

/// A file under `tests/data/`.
pub fn data(rel: &str) -> PathBuf {
    root().join("tests/data").join(rel)
}

/// A reference walker from `tests/data/walkers/NAME.json`.
pub fn walker(name: &str) -> Walker {
    let path = data(&format!("walkers/{name}.json"));
    let text = std::fs::read_to_string(&path).unwrap();
    Walker::from_json(&text, &WalkerLimits::default()).unwrap()
}

/// Names of the reference walkers.
pub const REFERENCE_WALKERS: [&str; 6] =
    ["square", "radial", "wheel", "cppn_grid", "tower", "flinger"];

/// The `elmer` binary built for these tests.
pub fn elmer() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_elmer"));
    cmd.current_dir(root());
    cmd
}

/// Runs `elmer` with `args` in `dir` (or the repo root).
pub fn run(args: &[&str], dir: Option<&Path>) -> Output {
    let mut cmd = elmer();
    if let Some(d) = dir {
        cmd.current_dir(d);
    }
    cmd.args(args).output().expect("elmer runs")
}

/// stdout as text.
pub fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

/// stderr as text.
pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// Asserts the exit code, printing both streams when it differs.
pub fn assert_code(o: &Output, code: i32) {
    assert_eq!(
        o.status.code(),
        Some(code),
        "stdout:\n{}\nstderr:\n{}",
        stdout(o),
        stderr(o)
    );
}

/// Runs one `#[ignore]`d test of this binary in its own process (with `envs`), so that it sees
/// no other test's children and can set environment variables safely.
pub fn run_isolated(test: &str, envs: &[(&str, &str)]) {
    let exe = std::env::current_exe().unwrap();
    let out = Command::new(exe)
        .args([
            test,
            "--exact",
            "--ignored",
            "--nocapture",
            "--test-threads=1",
        ])
        .env("ELMER_ISOLATED_TEST", "1")
        .envs(envs.iter().copied())
        .output()
        .unwrap();
    let text = format!(
        "{}\n{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(out.status.success(), "{test} failed:\n{text}");
    assert!(text.contains("1 passed"), "{test} did not run:\n{text}");
}

/// True inside a test started by [`run_isolated`].
pub fn isolated() -> bool {
    std::env::var_os("ELMER_ISOLATED_TEST").is_some()
}
