//! `cargo bench --bench sim`: CPU time per evaluation (settle + 1200-step horizon) of the
//! reference walkers with both engines (elmer's step and rapier's), world-construction cost,
//! and each engine's solver iterations against fidelity.
//!
//! Criterion times wall clock; the table printed after it uses this thread's CPU time
//! (getrusage RUSAGE_THREAD), which a busy machine does not inflate.

use std::hint::black_box;
use std::time::Duration;

use criterion::{Criterion, criterion_group};
use elmer::sim::{Evaluator, Outcome, SimConfig, SimEngine};
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
    for engine in SimEngine::ALL {
        let cfg = SimConfig {
            engine,
            ..SimConfig::default()
        };
        let mut group = c.benchmark_group(format!("evaluate/{engine}"));
        group.sample_size(10);
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
            ..cfg.clone()
        };
        let mut group = c.benchmark_group(format!("construct/{engine}"));
        for name in ["square", "cppn_grid"] {
            let w = walker(name);
            let mut ev = Evaluator::new();
            group.bench_function(name, |b| {
                b.iter(|| black_box(ev.evaluate(black_box(&w), &one_step)))
            });
        }
        group.finish();
    }
}

/// The defaults, changed by `ELMER_SIM="key = value; ..."` (TOML keys of `[sim]`), for trying
/// a setting without editing code.
fn base_config() -> SimConfig {
    match std::env::var("ELMER_SIM") {
        Ok(text) => toml::from_str(&text.replace(';', "\n")).expect("ELMER_SIM: [sim] TOML keys"),
        Err(_) => SimConfig::default(),
    }
}

/// Thread CPU time per evaluation of `w` with `cfg`, ms, and the outcome's dx (or
/// `unstable`).
fn measure(ev: &mut Evaluator, w: &Walker, cfg: &SimConfig) -> (f64, String) {
    let outcome = ev.evaluate(w, cfg);
    // Thread CPU time ticks in milliseconds: enough repetitions to resolve 0.1 ms.
    let reps = 20;
    let t0 = thread_cpu();
    for _ in 0..reps {
        black_box(ev.evaluate(w, cfg));
    }
    let ms = (thread_cpu() - t0).as_secs_f64() * 1e3 / reps as f64;
    let dx = match outcome {
        Outcome::Ok { dx, .. } => format!("{dx:+.3}"),
        Outcome::Unstable { .. } => "unstable".into(),
    };
    (ms, dx)
}

/// The rapier engine's allowance per walker: OpenELM's Box2D time over elmer's (issue 22).
fn allowance(name: &str) -> Option<f64> {
    match name {
        "radial" => Some(8.0),
        "wheel" => Some(5.4),
        "cppn_grid" => Some(6.0),
        _ => None,
    }
}

/// Both engines side by side (CPU time per evaluation, the ratio and its allowance), then each
/// engine's cost/fidelity trade-off: CPU time and dx at 2, 4, 8 (default) and 16 sweeps of
/// elmer's solve, and at 1, 2, 4 (default) and 8 rapier substeps.
fn table() {
    let base = base_config();
    let cell = |(ms, dx): &(f64, String)| format!("{ms:>7.2} {dx:>9}");
    println!("\nCPU ms per evaluation (settle 120 + horizon 1200 steps), this thread:");
    println!(
        "{:<10} {:>6} {:>7} | {:>17} {:>17} | {:>6} {:>9}",
        "walker", "joints", "springs", "elmer ms dx", "rapier ms dx", "ratio", "allowance"
    );
    for name in WALKERS {
        let w = walker(name);
        let mut ev = Evaluator::new();
        let [elmer, rapier] = SimEngine::ALL.map(|engine| {
            let cfg = SimConfig {
                engine,
                ..base.clone()
            };
            measure(&mut ev, &w, &cfg)
        });
        println!(
            "{:<10} {:>6} {:>7} | {:>17} {:>17} | {:>6.1} {:>9}",
            name,
            w.joints().len(),
            w.springs().len(),
            cell(&elmer),
            cell(&rapier),
            rapier.0 / elmer.0,
            allowance(name).map_or("-".into(), |a| format!("{a:.1}"))
        );
    }
    let trade_off = |title: &str, labels: [&str; 4], set: &dyn Fn(usize) -> SimConfig| {
        println!("\n{title}: ms/eval and dx per setting");
        println!(
            "{:<10} | {:>17} {:>17} {:>17} {:>17}",
            "walker", labels[0], labels[1], labels[2], labels[3]
        );
        for name in WALKERS {
            let w = walker(name);
            let mut ev = Evaluator::new();
            let runs = [0, 1, 2, 3].map(|i| measure(&mut ev, &w, &set(i)));
            println!(
                "{:<10} | {:>17} {:>17} {:>17} {:>17}",
                name,
                cell(&runs[0]),
                cell(&runs[1]),
                cell(&runs[2]),
                cell(&runs[3])
            );
        }
    };
    let sweeps = [2, 4, 8, 16];
    trade_off(
        "elmer, solver_iterations",
        ["2", "4", "8 (default)", "16"],
        &|i| SimConfig {
            engine: SimEngine::Elmer,
            solver_iterations: sweeps[i],
            ..base.clone()
        },
    );
    // (substeps, PGS iterations): the default, then converging towards 16 substeps.
    let rapier = [(1, 4), (2, 2), (4, 1), (16, 1)];
    trade_off(
        "rapier, rapier_substeps x rapier_pgs_iterations",
        ["1x4 (default)", "2x2", "4x1", "16x1"],
        &|i| SimConfig {
            engine: SimEngine::Rapier,
            rapier_substeps: rapier[i].0,
            rapier_pgs_iterations: rapier[i].1,
            ..base.clone()
        },
    );
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
