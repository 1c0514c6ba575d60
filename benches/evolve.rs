//! `cargo bench --bench evolve`: what the loop costs besides physics, and how it scales.
//!
//! For each seed, a gp run of `ELMER_BENCH_EVALS` evaluations (default 400) on 1 and on 2
//! threads. CPU is counted for the engine process (getrusage) and for its sandbox workers
//! (/proc/PID/stat), physics CPU is the sum of the children's `sim_us` (thread CPU around each
//! simulation), and non-physics = total - physics: sandbox + gp + store + bookkeeping.

use std::sync::atomic::AtomicBool;
use std::time::{Duration, Instant};

use elmer::config::RunConfig;
use elmer::evolve::{self, Engine};
use elmer::store::RunStore;

fn self_cpu() -> Duration {
    let mut u = std::mem::MaybeUninit::<libc::rusage>::zeroed();
    // SAFETY: getrusage writes a rusage into the pointer it is given.
    let u = unsafe {
        libc::getrusage(libc::RUSAGE_SELF, u.as_mut_ptr());
        u.assume_init()
    };
    let tv = |t: libc::timeval| Duration::new(t.tv_sec as u64, t.tv_usec as u32 * 1000);
    tv(u.ru_utime) + tv(u.ru_stime)
}

/// utime + stime of a process, from /proc.
fn proc_cpu(pid: u32) -> Duration {
    let Ok(stat) = std::fs::read_to_string(format!("/proc/{pid}/stat")) else {
        return Duration::ZERO;
    };
    // Fields after the command name (which may hold spaces) start after the last ')'.
    let rest = stat.rsplit_once(')').map_or("", |(_, r)| r);
    let f: Vec<&str> = rest.split_whitespace().collect();
    // SAFETY: sysconf has no preconditions.
    let hz = unsafe { libc::sysconf(libc::_SC_CLK_TCK) } as f64;
    let ticks: f64 = [11, 12]
        .iter()
        .filter_map(|&i| f.get(i).and_then(|v| v.parse::<f64>().ok()))
        .sum();
    Duration::from_secs_f64(ticks / hz)
}

fn loadavg() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .map(|s| s.split_whitespace().take(3).collect::<Vec<_>>().join(" "))
        .unwrap_or_default()
}

struct Measured {
    wall: Duration,
    total_cpu: Duration,
    physics_cpu: Duration,
    evals: u64,
}

fn measure(seed: &str, threads: usize, evals: u64) -> Measured {
    let tmp = tempfile::tempdir().expect("temp dir");
    let mut cfg = RunConfig::default();
    cfg.evolve.seed_program = seed.into();
    cfg.evolve.evals = evals;
    cfg.evolve.threads = Some(threads);
    let source = elmer::seeds::find(seed).expect("a seed").source;
    let ctx = evolve::Context::new(&cfg).expect("sandbox starts");
    let mut engine = Engine::new(&cfg).expect("engine");
    let mut store = RunStore::create(
        &tmp.path().join("run"),
        &cfg.to_toml(),
        &cfg.grid,
        &engine.rng_state(),
    )
    .expect("store");
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()
        .expect("pool");
    let stop = AtomicBool::new(false);
    let workers_before: Duration = ctx.pool.worker_pids().into_iter().map(proc_cpu).sum();
    let (cpu0, t0) = (self_cpu(), Instant::now());
    pool.install(|| evolve::run(&mut engine, &ctx, &mut store, source, &stop, |_| {}))
        .expect("run");
    let wall = t0.elapsed();
    let workers: Duration = ctx.pool.worker_pids().into_iter().map(proc_cpu).sum();
    let total_cpu = self_cpu() - cpu0 + workers.saturating_sub(workers_before);
    let physics_cpu = Duration::from_micros(
        store
            .children()
            .expect("children")
            .iter()
            .filter_map(|c| c.sim_us)
            .sum(),
    );
    Measured {
        wall,
        total_cpu,
        physics_cpu,
        evals,
    }
}

fn main() {
    let evals: u64 = std::env::var("ELMER_BENCH_EVALS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(400);
    println!(
        "gp runs of {evals} evaluations; load average before: {}",
        loadavg()
    );
    println!(
        "{:<13} {:>3} {:>8} {:>12} {:>12} {:>14} {:>9}",
        "seed", "thr", "wall s", "cpu ms/eval", "sim ms/eval", "non-physics %", "evals/s"
    );
    for seed in ["cppn_fixed", "cppn_mutable", "square"] {
        let mut one_cpu = Duration::ZERO;
        let mut one_wall = Duration::ZERO;
        for threads in [1, 2] {
            let m = measure(seed, threads, evals);
            let per = |d: Duration| d.as_secs_f64() * 1e3 / m.evals as f64;
            let non_physics = m.total_cpu.saturating_sub(m.physics_cpu);
            println!(
                "{:<13} {:>3} {:>8.1} {:>12.2} {:>12.2} {:>13.1}% {:>9.1}",
                seed,
                threads,
                m.wall.as_secs_f64(),
                per(m.total_cpu),
                per(m.physics_cpu),
                100.0 * non_physics.as_secs_f64() / m.physics_cpu.as_secs_f64().max(1e-9),
                m.evals as f64 / m.wall.as_secs_f64()
            );
            if threads == 1 {
                one_cpu = m.total_cpu;
                one_wall = m.wall;
            } else {
                println!(
                    "{:<13}     2 threads: {:.2}x the CPU of 1, wall speed-up {:.2}x, load average {}",
                    "",
                    m.total_cpu.as_secs_f64() / one_cpu.as_secs_f64(),
                    one_wall.as_secs_f64() / m.wall.as_secs_f64(),
                    loadavg()
                );
            }
        }
    }
}
