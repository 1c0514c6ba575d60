//! The engine agreement study (docs/sim.md, "Engines: how far they agree"): every elite of
//! each run given is simulated with both engines, with the run's own sim config otherwise.
//!
//! ```sh
//! cargo run --release --example engine_study -- RUN...   # or scripts/engine-study
//! ```
//!
//! Prints one row per run: the seed, the engine it was evolved with, its elites, the Spearman
//! rank correlation of their fitness under the two engines (elites stable in both), how many
//! are unstable in exactly one engine, and the share of its top-10 elites' summed fitness kept
//! under the other engine (an unstable elite keeps 0).

use std::path::Path;

use elmer::config::RunConfig;
use elmer::sim::{Evaluator, SimConfig, SimEngine};
use elmer::store::RunStore;
use elmer::walker::Walker;
use rayon::prelude::*;

/// One elite's fitness under elmer's engine and rapier's (`None`: unstable).
type Pair = [Option<f64>; 2];

fn main() -> anyhow::Result<()> {
    let runs: Vec<String> = std::env::args().skip(1).collect();
    anyhow::ensure!(!runs.is_empty(), "usage: engine_study RUN...");
    println!(
        "| seed | evolved with | elites | Spearman rho | unstable in one engine | top-10 fitness kept under the other |"
    );
    println!("|---|---|---|---|---|---|");
    for run in &runs {
        let (config, pairs) = simulate(Path::new(run))?;
        let native = config.sim.engine;
        let other = SimEngine::ALL
            .into_iter()
            .position(|e| e != native)
            .unwrap_or(1);
        let both: Vec<(f64, f64)> = pairs.iter().filter_map(|p| Some((p[0]?, p[1]?))).collect();
        let rho = spearman(&both);
        let one = pairs
            .iter()
            .filter(|p| p[0].is_some() != p[1].is_some())
            .count();
        let kept = top10_kept(&pairs, native_index(native), other);
        println!(
            "| {} | {} | {} | {:.3} (n = {}) | {} ({:.1}%) | {:.1}% |",
            config.evolve.seed_program,
            native,
            pairs.len(),
            rho,
            both.len(),
            one,
            100.0 * one as f64 / pairs.len().max(1) as f64,
            100.0 * kept
        );
    }
    Ok(())
}

fn native_index(engine: SimEngine) -> usize {
    SimEngine::ALL
        .into_iter()
        .position(|e| e == engine)
        .unwrap_or(0)
}

/// The run's config and each elite's fitness under both engines (in `SimEngine::ALL` order).
fn simulate(run: &Path) -> anyhow::Result<(RunConfig, Vec<Pair>)> {
    let store = RunStore::open_read_only(&RunStore::resolve(
        &run.display().to_string(),
        Path::new("archives"),
    ))?;
    let config = RunConfig::from_toml(&store.run()?.config, &run.display().to_string())?;
    let walkers: Vec<Walker> = store
        .elites()?
        .into_iter()
        .filter_map(|(_, c)| c.walker)
        .map(|json| Walker::from_json(&json, &config.walker))
        .collect::<Result<_, _>>()?;
    let pairs = walkers
        .par_iter()
        .map_init(Evaluator::new, |ev, w| {
            SimEngine::ALL.map(|engine| {
                let cfg = SimConfig {
                    engine,
                    ..config.sim.clone()
                };
                ev.evaluate(w, &cfg).fitness()
            })
        })
        .collect();
    Ok((config, pairs))
}

/// Spearman's rank correlation (ties get their mean rank); NaN under two pairs.
fn spearman(pairs: &[(f64, f64)]) -> f64 {
    let rx = ranks(&pairs.iter().map(|p| p.0).collect::<Vec<_>>());
    let ry = ranks(&pairs.iter().map(|p| p.1).collect::<Vec<_>>());
    let n = rx.len() as f64;
    let (mx, my) = (rx.iter().sum::<f64>() / n, ry.iter().sum::<f64>() / n);
    let cov: f64 = rx.iter().zip(&ry).map(|(a, b)| (a - mx) * (b - my)).sum();
    let vx: f64 = rx.iter().map(|a| (a - mx).powi(2)).sum();
    let vy: f64 = ry.iter().map(|b| (b - my).powi(2)).sum();
    cov / (vx * vy).sqrt()
}

fn ranks(v: &[f64]) -> Vec<f64> {
    let mut order: Vec<usize> = (0..v.len()).collect();
    order.sort_by(|&a, &b| v[a].total_cmp(&v[b]));
    let mut out = vec![0.0; v.len()];
    let mut i = 0;
    while i < order.len() {
        let mut j = i;
        while j + 1 < order.len() && v[order[j + 1]] == v[order[i]] {
            j += 1;
        }
        let mean = (i + j) as f64 / 2.0 + 1.0;
        for &k in &order[i..=j] {
            out[k] = mean;
        }
        i = j + 1;
    }
    out
}

/// The 10 elites fittest under the run's own engine: their summed fitness under the other
/// engine over their summed fitness under their own (unstable counts 0).
fn top10_kept(pairs: &[Pair], native: usize, other: usize) -> f64 {
    let mut top: Vec<&Pair> = pairs.iter().filter(|p| p[native].is_some()).collect();
    top.sort_by(|a, b| {
        b[native]
            .unwrap_or(0.0)
            .total_cmp(&a[native].unwrap_or(0.0))
    });
    top.truncate(10);
    let own: f64 = top.iter().map(|p| p[native].unwrap_or(0.0)).sum();
    let kept: f64 = top.iter().map(|p| p[other].unwrap_or(0.0)).sum();
    kept / own
}
