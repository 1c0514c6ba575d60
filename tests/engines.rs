//! The two physics engines (docs/sim.md, "Engines"): the choice reaches every simulation, the
//! rapier engine is deterministic, and the stretch floor lets OpenELM's radial seed run.

use elmer::config::RunConfig;
use elmer::sim::{Evaluator, Instability, Outcome, SimConfig, SimEngine, Simulation, evaluate};
use elmer::walker::{Walker, WalkerLimits};

use crate::util::{assert_code, data, run, stderr, stdout, walker};

fn with(engine: SimEngine) -> SimConfig {
    SimConfig {
        engine,
        ..SimConfig::default()
    }
}

/// OpenELM's own radial seed, in its dict form: spring 14 closes the ring between joints 7
/// and 0, 0.016 units (1.6 mm) apart.
fn openelm_radial() -> Walker {
    let text = std::fs::read_to_string(data("walkers/radial_openelm.json")).unwrap();
    Walker::from_json(&text, &WalkerLimits::default()).unwrap()
}

#[test]
fn the_engines_are_different_physics() {
    // The same walker and settings, two engines: both walk, to different places.
    let w = walker("square");
    let [elmer, rapier] = SimEngine::ALL.map(|e| evaluate(&w, &with(e)));
    let (a, b) = (elmer.dx().unwrap(), rapier.dx().unwrap());
    assert!(a != b, "{a} {b}");
    assert!(b.abs() > 0.05, "the rapier square should walk: {b}");
}

#[test]
fn a_rapier_result_does_not_depend_on_the_walker_before() {
    // The pipeline is kept from walker to walker on a thread: it must carry nothing over.
    let cfg = with(SimEngine::Rapier);
    let mut ev = Evaluator::new();
    for name in ["cppn_grid", "tower", "wheel"] {
        ev.evaluate(&walker(name), &cfg);
        let after = ev.evaluate(&walker("radial"), &cfg);
        assert_eq!(after, evaluate(&walker("radial"), &cfg), "after {name}");
    }
    // And an elmer evaluation in between leaves both engines' buffers as they should be.
    ev.evaluate(&walker("square"), &SimConfig::default());
    assert_eq!(
        ev.evaluate(&walker("square"), &cfg),
        evaluate(&walker("square"), &cfg)
    );
}

#[test]
fn a_stored_rapier_simulation_matches_evaluate_bit_for_bit() {
    // The viewer's replay steps an owned Simulation; its outcome is the evaluation's.
    let cfg = SimConfig {
        horizon: 300,
        ..with(SimEngine::Rapier)
    };
    let w = walker("wheel");
    let mut sim = Simulation::new(&w, &cfg);
    let owned = loop {
        if let Some(o) = sim.step() {
            break o;
        }
    };
    assert_eq!(owned, evaluate(&w, &cfg));
    assert_eq!(sim.config().engine, SimEngine::Rapier);
}

#[test]
fn openelm_radial_runs_in_both_engines() {
    let w = openelm_radial();
    for engine in SimEngine::ALL {
        let o = evaluate(&w, &with(engine));
        assert!(matches!(o, Outcome::Ok { .. }), "{engine}: {o:?}");
    }
    // Without the floor, the relative bound alone calls its 1.6 mm spring overstretched.
    let no_floor = SimConfig {
        stretch_floor_m: 0.0,
        ..SimConfig::default()
    };
    match evaluate(&w, &no_floor) {
        Outcome::Unstable {
            reason: Instability::Overstretched { spring, .. },
            ..
        } => assert_eq!(spring, 14),
        o => panic!("expected spring 14 overstretched: {o:?}"),
    }
}

#[test]
fn the_stretch_floor_bounds_short_springs_absolutely() {
    let cfg = SimConfig::default();
    // A 1 cm spring at 5.5 x: 4.5 cm off, inside the 5 cm floor.
    assert_eq!(cfg.out_of_stretch(0.055, 0.01), None);
    // At 7 x it is 6 cm off: out.
    assert!(cfg.out_of_stretch(0.07, 0.01).is_some());
    // A 1 m spring keeps the relative bounds.
    assert!(cfg.out_of_stretch(5.01, 1.0).is_some());
    assert!(cfg.out_of_stretch(0.049, 1.0).is_some());
    assert_eq!(cfg.out_of_stretch(4.99, 1.0), None);
}

#[test]
fn the_engine_is_a_sim_key_stored_with_the_run() {
    let cfg = RunConfig::from_toml("[sim]\nengine = \"rapier\"\n", "run.toml").unwrap();
    assert_eq!(cfg.sim.engine, SimEngine::Rapier);
    assert!(cfg.to_toml().contains("engine = \"rapier\""));
    assert_eq!(RunConfig::default().sim.engine, SimEngine::Elmer);
    let e = RunConfig::from_toml("[sim]\nengine = \"box2d\"\n", "run.toml").unwrap_err();
    assert!(e.to_string().contains("run.toml"), "{e}");
    assert_eq!(
        RunConfig::default().frozen_difference(&cfg).as_deref(),
        Some("sim.engine")
    );
}

#[test]
fn simulate_runs_an_openelm_dict_with_rapier() {
    let path = data("walkers/radial_openelm.json");
    let o = run(
        &[
            "simulate",
            path.to_str().unwrap(),
            "--engine",
            "rapier",
            "--json",
        ],
        None,
    );
    assert_code(&o, 0);
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(v["status"], "ok", "{v}");
    let expected = evaluate(&openelm_radial(), &with(SimEngine::Rapier));
    assert_eq!(v["dx"].as_f64(), expected.dx());
    let bad = run(
        &["simulate", path.to_str().unwrap(), "--engine", "box2d"],
        None,
    );
    assert_code(&bad, 2);
    assert!(stderr(&bad).contains("rapier"), "{}", stderr(&bad));
}

#[test]
fn a_rapier_runs_elites_keep_their_stored_fitness_when_replayed() {
    // What the viewer's replay does (viewer/tests/render.rs has the same check through its
    // `Walking`): a stored run's config, its engine included, steps each elite to its
    // stored fitness, bit for bit.
    let dir = tempfile::tempdir().unwrap();
    let mut cfg = RunConfig::default();
    cfg.sim.engine = SimEngine::Rapier;
    cfg.sim.horizon = 300;
    cfg.evolve.batch_size = 8;
    cfg.evolve.evals = 24;
    cfg.evolve.seed = 3;
    let source = elmer::seeds::find("square").unwrap().source;
    let ctx = elmer::evolve::Context::new(&cfg).unwrap();
    let mut engine = elmer::evolve::Engine::new(&cfg).unwrap();
    let mut store =
        elmer::store::RunStore::create(dir.path(), &cfg.to_toml(), &cfg.grid, &engine.rng_state())
            .unwrap();
    let stop = std::sync::atomic::AtomicBool::new(false);
    assert!(elmer::evolve::run(&mut engine, &ctx, &mut store, source, &stop, |_| {}).unwrap());
    drop(store);

    let store = elmer::store::RunStore::open_read_only(&dir.path().join("run.sqlite")).unwrap();
    let stored = RunConfig::from_toml(&store.run().unwrap().config, "run.config").unwrap();
    assert_eq!(stored.sim.engine, SimEngine::Rapier);
    let elites = store.elites().unwrap();
    assert!(!elites.is_empty());
    for (cell, child) in elites {
        let w = Walker::from_json(child.walker.as_ref().unwrap(), &stored.walker).unwrap();
        let mut sim = Simulation::new(&w, &stored.sim);
        let replayed = loop {
            if let Some(o) = sim.step() {
                break o.fitness();
            }
        };
        assert_eq!(
            replayed.map(f64::to_bits),
            child.fitness.map(f64::to_bits),
            "{cell:?}"
        );
        let elmer_cfg = SimConfig {
            engine: SimEngine::Elmer,
            ..stored.sim.clone()
        };
        assert_ne!(evaluate(&w, &elmer_cfg).fitness(), replayed, "{cell:?}");
    }
}
