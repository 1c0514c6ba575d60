//! Sandbox throughput: programs per second through one worker, start-up, and the layers'
//! overhead (`sandbox.layers = "unsafe_none"` as the baseline).
//!
//! Besides criterion's wall-clock timings, `main` first prints programs per CPU-second
//! (elmer's CPU plus the reaped workers', from `getrusage`), the number that matters when
//! every core is busy: `cargo bench --bench sandbox`.

use std::hint::black_box;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use criterion::Criterion;
use elmer::sandbox::{Layers, Pool, SandboxConfig};
use elmer::walker::WalkerLimits;

const SQUARE: &str = include_str!("../sodarace/seeds/square.py");

/// About 40 lines with loops, math and random: a typical mutated walker program.
const PROGRAM_40: &str = r#"import math
import random

def make_walker():
    wc = walker_creator()
    n = 8
    radius = 5.0
    joints = []
    for i in range(n):
        angle = 2 * math.pi * i / n
        x = radius * math.cos(angle)
        y = radius * math.sin(angle) + radius
        joints.append(wc.add_joint(x, y))
    center = wc.add_joint(0.0, radius)
    for i in range(n):
        a = joints[i]
        b = joints[(i + 1) % n]
        wc.add_muscle(a, b)
        amp = 2.0 + 0.5 * (i % 4)
        phase = (i / n) % 1.0
        if i % 2 == 0:
            wc.add_muscle(center, a, amp, phase)
        else:
            wc.add_muscle(center, a, 0.0, 0.0)
    total = 0.0
    for k in range(10):
        total += math.sqrt(k + 1) * random.random()
    if total > 100:
        wc.add_muscle(joints[0], joints[4], 1.0, 0.5)
    extra = [j for j in joints if j[1] > radius]
    for e in extra[:2]:
        wc.add_muscle(e, center, 0.5, 0.25)
    def helper(v):
        return max(-10.0, min(10.0, v))
    scale = helper(total)
    if scale < -20:
        return None
    return wc.get_walker()
"#;

fn pool(layers: Layers) -> Pool {
    let config = SandboxConfig {
        workers: Some(1),
        layers,
        ..Default::default()
    };
    Pool::new(&config, WalkerLimits::default()).expect("the sandbox starts")
}

/// User + system CPU seconds of this process and of its reaped children.
fn cpu_seconds() -> f64 {
    let get = |who| {
        let mut u: libc::rusage = unsafe { std::mem::zeroed() };
        unsafe { libc::getrusage(who, &mut u) };
        let tv = |t: libc::timeval| t.tv_sec as f64 + t.tv_usec as f64 * 1e-6;
        tv(u.ru_utime) + tv(u.ru_stime)
    };
    get(libc::RUSAGE_SELF) + get(libc::RUSAGE_CHILDREN)
}

/// Programs per CPU-second (elmer + worker) for `n` runs of `source` (unique copies if asked).
fn per_cpu_second(layers: Layers, source: &str, unique: bool, n: usize) -> f64 {
    let before = cpu_seconds();
    let pool = pool(layers);
    let startup = cpu_seconds();
    for i in 0..n {
        let outcome = if unique {
            pool.run(&format!("{source}\n# variant {i}\n"), 1)
        } else {
            pool.run(source, 1)
        };
        assert!(outcome.is_ok(), "{outcome:?}");
    }
    drop(pool); // reaps the worker, so its CPU time is counted
    let spent = cpu_seconds() - before - (startup - before);
    n as f64 / spent
}

fn cpu_report() {
    println!("programs per CPU-second (elmer + worker, one worker, after start-up):");
    for (name, source, unique) in [
        ("square seed", SQUARE, false),
        ("40-line program", PROGRAM_40, false),
        (
            "40-line program, each text new (compiled every time)",
            PROGRAM_40,
            true,
        ),
    ] {
        let all = per_cpu_second(Layers::All, source, unique, 2000);
        let none = per_cpu_second(Layers::UnsafeNone, source, unique, 2000);
        println!("  {name:55} all layers {all:7.0}/s   no layers {none:7.0}/s");
    }
    let t = Instant::now();
    let before = cpu_seconds();
    let p = pool(Layers::All);
    let wall = t.elapsed();
    drop(p);
    println!(
        "pool start-up with one worker (interpreter probe + sandboxed start): {:.0} ms wall, {:.0} ms CPU",
        wall.as_secs_f64() * 1e3,
        (cpu_seconds() - before) * 1e3
    );
}

fn benches(c: &mut Criterion) {
    let mut g = c.benchmark_group("sandbox");
    g.measurement_time(Duration::from_secs(5));
    for (layers, tag) in [(Layers::All, "layers"), (Layers::UnsafeNone, "no_layers")] {
        let p = pool(layers);
        g.bench_function(format!("square/{tag}"), |b| {
            b.iter(|| black_box(p.run(SQUARE, 1)))
        });
        g.bench_function(format!("program_40/{tag}"), |b| {
            b.iter(|| black_box(p.run(PROGRAM_40, 1)))
        });
        let counter = AtomicU64::new(0);
        g.bench_function(format!("program_40_unique/{tag}"), |b| {
            b.iter(|| {
                let i = counter.fetch_add(1, Ordering::Relaxed);
                black_box(p.run(&format!("{PROGRAM_40}\n# {i}\n"), 1))
            })
        });
    }
    // A worker replaced after every program: the cost of starting one inside the layers.
    for (layers, tag) in [(Layers::All, "layers"), (Layers::UnsafeNone, "no_layers")] {
        let config = SandboxConfig {
            workers: Some(1),
            layers,
            max_programs_per_worker: 1,
            ..Default::default()
        };
        let p = Pool::new(&config, WalkerLimits::default()).expect("the sandbox starts");
        g.sample_size(10);
        g.bench_function(format!("worker_start_and_one_program/{tag}"), |b| {
            b.iter(|| black_box(p.run(SQUARE, 1)))
        });
    }
    g.finish();
}

fn main() {
    cpu_report();
    let mut c = Criterion::default().configure_from_args();
    benches(&mut c);
    c.final_summary();
}
