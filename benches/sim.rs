//! `cargo bench --bench sim`: CPU time per evaluation (settle + 1200-step horizon) of the
//! reference walkers, world-construction cost, and solver iterations against fidelity.
//!
//! Criterion times wall clock; the table printed after it uses this thread's CPU time
//! (getrusage RUSAGE_THREAD), which a busy machine does not inflate.

use std::hint::black_box;
use std::time::Duration;

use criterion::{Criterion, criterion_group};
use elmer::sim::{Evaluator, Outcome, SimConfig};
use elmer::walker::{Walker, WalkerLimits};

const WALKERS: [&str; 6] = ["square", "radial", "wheel", "cppn_grid", "tower", "flinger"];

fn walker(name: &str) -> Walker {
    // At run time: the checkout being measured, even when the binary was built in another.
    let root = std::env::var("CARGO_MANIFEST_DIR").unwrap_or(env!("CARGO_MANIFEST_DIR").into());
    let path = format!("{root}/tests/data/walkers/{name}.json");
    let text = std::fs::read_to_string(&path).expect("reference walker");
    Walker::from_json(&text, &WalkerLimits::default()).expect("valid walker")
}

fn thread_cpu() -> Duration {
    let mut u = std::mem::MaybeUninit::<libc::rusage>::zeroed();
    // SAFETY: getrusage writes a rusage into the pointer it is given.
    let u = unsafe {
        libc::getrusage(libc::RUSAGE_THREAD, u.as_mut_ptr());
        u.assume_init()
    };
    let tv = |t: libc::timeval| Duration::new(t.tv_sec as u64, t.tv_usec as u32 * 1000);
    tv(u.ru_utime) + tv(u.ru_stime)
}

fn evaluations(c: &mut Criterion) {
    let cfg = SimConfig::default();
    let mut group = c.benchmark_group("evaluate");
    group.sample_size(20);
    for name in WALKERS {
        let w = walker(name);
        let mut ev = Evaluator::new();
        group.bench_function(name, |b| {
            b.iter(|| black_box(ev.evaluate(black_box(&w), &cfg)))
        });
    }
    group.finish();

    // World construction alone: a horizon of one step with no settle.
    let one_step = SimConfig {
        settle_s: 0.0,
        horizon: 1,
        ..SimConfig::default()
    };
    let mut group = c.benchmark_group("construct");
    for name in ["square", "cppn_grid"] {
        let w = walker(name);
        let mut ev = Evaluator::new();
        group.bench_function(name, |b| {
            b.iter(|| black_box(ev.evaluate(black_box(&w), &one_step)))
        });
    }
    group.finish();
}

/// The defaults, changed by `ELMER_SIM="key = value; ..."` (TOML keys of `[sim]`), for trying
/// a setting without editing code.
fn base_config() -> SimConfig {
    match std::env::var("ELMER_SIM") {
        Ok(text) => toml::from_str(&text.replace(';', "\n")).expect("ELMER_SIM: [sim] TOML keys"),
        Err(_) => SimConfig::default(),
    }
}

/// CPU time per evaluation and steps per CPU-second at the default settings, then CPU time and
/// dx at 2, 4, 8 (default) and 16 solver iterations: the cost/fidelity trade-off.
fn table() {
    let base = base_config();
    println!("\nCPU time per evaluation (settle 120 + horizon 1200 steps), this thread:");
    println!(
        "{:<10} {:>6} {:>7} {:>9} {:>11} | {:>17} {:>17} {:>17} {:>17}",
        "walker",
        "joints",
        "springs",
        "ms/eval",
        "steps/cpu-s",
        "it=2 ms dx",
        "it=4 ms dx",
        "it=8 ms dx",
        "it=16 ms dx"
    );
    for name in WALKERS {
        let w = walker(name);
        let mut ev = Evaluator::new();
        let mut measure = |iters: usize| -> (f64, String) {
            let cfg = SimConfig {
                solver_iterations: iters,
                ..base.clone()
            };
            let outcome = ev.evaluate(&w, &cfg);
            // Thread CPU time ticks in milliseconds: enough repetitions to resolve 0.1 ms.
            let reps = 20;
            let t0 = thread_cpu();
            for _ in 0..reps {
                black_box(ev.evaluate(&w, &cfg));
            }
            let ms = (thread_cpu() - t0).as_secs_f64() * 1e3 / reps as f64;
            let dx = match outcome {
                Outcome::Ok { dx, .. } => format!("{dx:+.3}"),
                Outcome::Unstable { .. } => "unstable".into(),
            };
            (ms, dx)
        };
        let runs: Vec<(f64, String)> = [2, 4, 8, 16].into_iter().map(&mut measure).collect();
        let cfg = SimConfig::default();
        let steps = (cfg.settle_steps() + cfg.horizon) as f64;
        let cell = |(ms, dx): &(f64, String)| format!("{ms:>7.2} {dx:>9}");
        println!(
            "{:<10} {:>6} {:>7} {:>9.2} {:>11.0} | {:>17} {:>17} {:>17} {:>17}",
            name,
            w.joints().len(),
            w.springs().len(),
            runs[2].0,
            steps / (runs[2].0 / 1e3),
            cell(&runs[0]),
            cell(&runs[1]),
            cell(&runs[2]),
            cell(&runs[3])
        );
    }
}

criterion_group!(benches, evaluations);

/// `--repeat NAME N`: N evaluations of one walker at the `ELMER_SIM` settings and nothing
/// else, for `perf` and `valgrind --tool=callgrind` (instruction counts do not depend on load).
fn repeat(name: &str, n: usize) {
    let cfg = base_config();
    let w = walker(name);
    let mut ev = Evaluator::new();
    let mut last = None;
    for _ in 0..n {
        last = Some(black_box(ev.evaluate(&w, &cfg)));
    }
    println!("{name} x{n}: {last:?}");
}

/// `--speeds NAME`: the fastest joint's speed every 30 steps (m/s, from positions), to see
/// whether and when a walker comes to rest.
fn speeds(name: &str) {
    let cfg = base_config();
    let w = walker(name);
    let mut ev = Evaluator::new();
    let (outcome, trace) = ev.evaluate_traced(&w, &cfg, 1);
    for (i, f) in trace.frames.windows(2).enumerate().step_by(30) {
        let max = f[0]
            .iter()
            .zip(&f[1])
            .map(|(a, b)| (a[0] - b[0]).hypot(a[1] - b[1]) / cfg.dt())
            .fold(0.0, f32::max);
        println!("{i:>5} {max:.4}");
    }
    println!("{outcome:?}");
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if let Some(i) = args.iter().position(|a| a == "--speeds") {
        speeds(&args[i + 1]);
        return;
    }
    if let Some(i) = args.iter().position(|a| a == "--repeat") {
        let n = args.get(i + 2).and_then(|n| n.parse().ok()).unwrap_or(1);
        repeat(&args[i + 1], n);
        return;
    }
    // `cargo bench --bench sim -- --table-only` skips criterion and prints the table.
    if !std::env::args().any(|a| a == "--table-only") {
        benches();
        Criterion::default().configure_from_args().final_summary();
    }
    table();
}
