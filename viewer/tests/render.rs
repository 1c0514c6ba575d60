//! Headless tests: `DefaultPlugins` without `WinitPlugin`, the camera rendering into an image
//! (Mesa's lavapipe when there is no GPU), `app.update()` until the screenshot is taken.
//! Coarse pixel facts, no golden PNG.

use std::path::{Path, PathBuf};
use std::sync::Mutex;

use bevy::app::PluginsState;
use bevy::prelude::*;
use elmer_viewer::heatmap::{HeatmapView, cell_rect};
use elmer_viewer::replay::{JOINT, Replay, Walking};
use elmer_viewer::run::RunData;
use elmer_viewer::screenshot::LastCapture;
use elmer_viewer::{Output, Problem, ViewerArgs, build_app, layout};

/// One render app at a time: each owns a Vulkan device and two cores are all CI has.
static GPU: Mutex<()> = Mutex::new(());

/// Updates allowed before a test gives up waiting for its screenshot (a bound, not a timing).
const MAX_UPDATES: usize = 2000;

fn checkout() -> PathBuf {
    // At run time: the checkout under test, even when the binary was built in another.
    std::env::var_os("CARGO_MANIFEST_DIR")
        .map_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")), PathBuf::from)
        .join("..")
}

fn sample() -> PathBuf {
    let p = checkout().join("archives/samples/square-gp/run.sqlite");
    assert!(
        p.exists(),
        "{}: missing; build it with scripts/make-samples --load",
        p.display()
    );
    p
}

fn args(run: &Path, shot: &Path, frames: u32) -> ViewerArgs {
    ViewerArgs {
        run: Some(run.display().to_string()),
        screenshot: Some(shot.to_path_buf()),
        frames,
        paused: true,
        refresh: 1.0,
        ..Default::default()
    }
}

/// The viewer rendering into an image, its plugins finished as `App::run` would: the
/// renderer's device is created asynchronously and unpacked into the worlds by `finish`.
fn headless(args: ViewerArgs) -> App {
    let mut app = build_app(args, Output::Image, &checkout().join("archives"));
    while app.plugins_state() == PluginsState::Adding {
        bevy::tasks::tick_global_task_pools_on_main_thread();
    }
    app.finish();
    app.cleanup();
    app
}

/// Runs `app` until its screenshot is captured; returns the picture.
fn capture(app: &mut App) -> Image {
    for _ in 0..MAX_UPDATES {
        app.update();
        if app.should_exit().is_some() {
            break;
        }
    }
    app.world_mut()
        .resource_mut::<LastCapture>()
        .0
        .take()
        .expect("no screenshot was captured")
}

fn rgb(image: &Image, p: Vec2) -> [f32; 3] {
    let c = image
        .get_color_at(p.x as u32, p.y as u32)
        .expect("pixel inside the image")
        .to_srgba();
    [c.red, c.green, c.blue]
}

fn close(a: [f32; 3], b: Color, tol: f32) -> bool {
    let b = b.to_srgba();
    (a[0] - b.red).abs() <= tol && (a[1] - b.green).abs() <= tol && (a[2] - b.blue).abs() <= tol
}

/// Displayed cells whose centre is not the background colour.
fn coloured_cells(image: &Image, view: &HeatmapView, bins: [usize; 3]) -> Vec<(usize, usize)> {
    let (cols, rows) = view.dims(bins);
    let mut out = Vec::new();
    // Column-major, the order of `HeatmapView::displayed`'s (x, y) keys.
    for x in 0..cols {
        for y in 0..rows {
            let centre = cell_rect(cols, rows, x, y).center();
            if !close(rgb(image, centre), layout::BACKGROUND, 0.03) {
                out.push((x, y));
            }
        }
    }
    out
}

fn count_in(image: &Image, rect: Rect, color: Color, tol: f32) -> usize {
    let mut n = 0;
    for y in rect.min.y as u32..rect.max.y as u32 {
        for x in rect.min.x as u32..rect.max.x as u32 {
            if close(rgb(image, Vec2::new(x as f32, y as f32)), color, tol) {
                n += 1;
            }
        }
    }
    n
}

fn render(args: ViewerArgs, view: Option<HeatmapView>) -> (App, Image) {
    let mut app = headless(args);
    if let Some(view) = view {
        app.insert_resource(view);
    }
    let image = capture(&mut app);
    (app, image)
}

#[test]
fn heatmap_shows_one_coloured_cell_per_elite_and_the_walker_is_drawn() {
    let _gpu = GPU.lock().unwrap_or_else(|e| e.into_inner());
    let dir = tempfile::tempdir().unwrap();
    let shot = dir.path().join("shot.png");
    let (data, _) = RunData::load(&sample()).unwrap();
    let bins = data.grid.bins;

    // Max-projection over mass (the default).
    let (mut app, image) = render(args(&sample(), &shot, 20), None);
    assert!(!app.world().resource::<Problem>().any());
    assert!(shot.exists(), "the PNG was written");
    let view = HeatmapView::default();
    let expected: Vec<(usize, usize)> = view.displayed(&data).into_keys().collect();
    assert!(expected.len() > 5, "the sample fills several columns");
    assert_eq!(coloured_cells(&image, &view, bins), expected);
    let joints = count_in(&image, layout::replay_rect(), JOINT, 0.08);
    assert!(joints >= 20, "joint pixels in the replay region: {joints}");
    let walking = app.world_mut().resource_mut::<Replay>();
    let w = walking
        .walking
        .as_ref()
        .expect("the best elite is replayed");
    assert_eq!(
        Some(w.child_id),
        data.best_cell().map(|c| data.elites[&c].id)
    );

    // A mass slice through the best elite: only that slice's elites are coloured.
    let best = data.best_cell().unwrap();
    let slice = HeatmapView {
        slice: Some(best[2]),
        ..HeatmapView::default()
    };
    let (_, image) = render(args(&sample(), &shot, 20), Some(slice));
    let expected: Vec<(usize, usize)> = slice.displayed(&data).into_keys().collect();
    assert!(!expected.is_empty());
    assert!(expected.len() < view.displayed(&data).len());
    assert_eq!(coloured_cells(&image, &slice, bins), expected);
}

#[test]
fn replay_in_the_app_reaches_the_stored_fitness_bit_for_bit() {
    let _gpu = GPU.lock().unwrap_or_else(|e| e.into_inner());
    let dir = tempfile::tempdir().unwrap();
    let mut a = args(&sample(), &dir.path().join("x.png"), 1);
    a.screenshot = None;
    a.paused = false;
    let mut app = headless(a);
    // Virtual time advances a fixed 250 ms per update (its max delta), whatever the machine's
    // speed: 15 fixed steps of 1/60 s per update.
    app.insert_resource(bevy::time::TimeUpdateStrategy::ManualDuration(
        std::time::Duration::from_millis(250),
    ));
    let mut outcome = None;
    for _ in 0..MAX_UPDATES {
        app.update();
        let replay = app.world().resource::<Replay>();
        if let Some(o) = replay.walking.as_ref().and_then(|w| w.outcome.clone()) {
            outcome = Some((o, replay.walking.as_ref().unwrap().stored_fitness));
            break;
        }
    }
    let (outcome, stored) = outcome.expect("the replay reached its horizon");
    let replayed = outcome.fitness().expect("the elite is stable");
    assert_eq!(replayed.to_bits(), stored.unwrap().to_bits());
}

#[test]
fn every_sample_elite_replays_to_its_stored_fitness_bit_for_bit() {
    let (data, _) = RunData::load(&sample()).unwrap();
    assert_elites_replay_bit_for_bit(&data);
}

/// Every elite of `data`, replayed with the run's sim config, reaches its stored fitness bit
/// for bit; returns the elites' walkers.
fn assert_elites_replay_bit_for_bit(data: &RunData) -> Vec<elmer::walker::Walker> {
    assert!(!data.elites.is_empty());
    let mut walkers = Vec::new();
    for (cell, child) in &data.elites {
        let walker =
            elmer::walker::Walker::from_json(child.walker.as_ref().unwrap(), &data.config.walker)
                .unwrap();
        let mut w = Walking::new(child.id, child.fitness, walker.clone(), &data.config.sim);
        let fitness = w.run_to_end().fitness();
        assert_eq!(
            fitness.map(f64::to_bits),
            child.fitness.map(f64::to_bits),
            "cell {cell:?} child {}",
            child.id
        );
        walkers.push(walker);
    }
    walkers
}

#[test]
fn a_rapier_runs_elites_replay_to_their_stored_fitness_bit_for_bit() {
    // A small run evolved with the rapier engine: the replay steps the run's engine.
    let dir = tempfile::tempdir().unwrap();
    let mut cfg = elmer::config::RunConfig::default();
    cfg.sim.engine = elmer::sim::SimEngine::Rapier;
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

    let (data, _) = RunData::load(&dir.path().join("run.sqlite")).unwrap();
    assert_eq!(data.config.sim.engine, elmer::sim::SimEngine::Rapier);
    let walkers = assert_elites_replay_bit_for_bit(&data);
    // elmer's step would not give the stored distances: the replay did use rapier.
    let elmer_cfg = elmer::sim::SimConfig {
        engine: elmer::sim::SimEngine::Elmer,
        ..data.config.sim.clone()
    };
    for (walker, child) in walkers.iter().zip(data.elites.values()) {
        let other = elmer::sim::evaluate(walker, &elmer_cfg).fitness();
        assert_ne!(other.map(f64::to_bits), child.fitness.map(f64::to_bits));
    }
}

/// Bad input gives a message in the window (the red banner) and on stderr, never a panic.
fn assert_bad_input(args: ViewerArgs, needle: &str) {
    let (app, image) = render(args, None);
    let problem = app.world().resource::<Problem>();
    assert!(
        problem.messages().iter().any(|m| m.contains(needle)),
        "{:?} lacks {needle:?}",
        problem.messages()
    );
    let banner = Rect::new(
        0.0,
        layout::WINDOW_H - 140.0,
        layout::WINDOW_W,
        layout::WINDOW_H,
    );
    let red = count_in(&image, banner, layout::PROBLEM_BG, 0.05);
    assert!(red > 2000, "banner pixels: {red}");
}

#[test]
fn bad_input_is_a_message_not_a_panic() {
    let _gpu = GPU.lock().unwrap_or_else(|e| e.into_inner());
    let dir = tempfile::tempdir().unwrap();
    let shot = dir.path().join("bad.png");

    let missing = dir.path().join("nowhere");
    assert_bad_input(args(&missing, &shot, 5), "no run store here");

    let newer = dir.path().join("newer");
    std::fs::create_dir_all(&newer).unwrap();
    std::fs::copy(sample(), newer.join("run.sqlite")).unwrap();
    let conn = rusqlite::Connection::open(newer.join("run.sqlite")).unwrap();
    conn.execute_batch("PRAGMA user_version = 999").unwrap();
    drop(conn);
    assert_bad_input(args(&newer, &shot, 5), "newer than this elmer");

    let mut outside = args(&sample(), &shot, 5);
    outside.cell = Some("20,0,0".into());
    assert_bad_input(outside, "outside the run's 12x12x12 grid");
}

/// A copy of the sample run in a temporary folder (the live test writes into it).
fn sample_copy(dir: &Path) -> PathBuf {
    let run = dir.join("live-run");
    std::fs::create_dir_all(&run).unwrap();
    std::fs::copy(sample(), run.join("run.sqlite")).unwrap();
    run
}

#[test]
fn live_mode_shows_an_elite_written_while_the_viewer_is_open() {
    use elmer::qd::{CellIndex, Elite};
    use elmer::store::{Generation, RunStatus, RunStore};
    use elmer_viewer::live::LiveStats;

    let _gpu = GPU.lock().unwrap_or_else(|e| e.into_inner());
    let dir = tempfile::tempdir().unwrap();
    let run = sample_copy(dir.path());
    let (data, _) = RunData::load(&run).unwrap();
    let view = HeatmapView::default();
    // An empty column of the max-projection: the new elite must light it up.
    let shown = view.displayed(&data);
    let (x, y) = (0..12)
        .flat_map(|y| (0..12).map(move |x| (x, y)))
        .find(|at| !shown.contains_key(at))
        .unwrap();
    let cell = [y, x, 3];

    let mut a = args(&run, &dir.path().join("live.png"), 1);
    a.screenshot = None;
    a.refresh = 0.05;
    let mut app = headless(a);
    for _ in 0..5 {
        app.update();
    }

    // The test writer: one more generation holding one new elite in `cell`.
    let mut writer = RunStore::open(&run, &data.grid).unwrap();
    let row = writer.run().unwrap();
    let mut metrics = writer.metrics().unwrap().pop().unwrap();
    let mut child = data.elites.values().next().unwrap().clone();
    child.id = row.next_child_id;
    child.generation = metrics.generation + 1;
    let index = CellIndex::from_coords(cell, &data.grid).unwrap();
    child.cell = Some(index);
    child.fitness = Some(1.0);
    metrics.generation += 1;
    metrics.evaluations += 1;
    writer
        .commit(&Generation {
            generation: metrics.generation,
            children: vec![child.clone()],
            llm_calls: vec![],
            elites: vec![(
                index,
                Elite {
                    id: child.id,
                    fitness: 1.0,
                },
            )],
            metrics,
            rng_state: row.rng_state,
            next_child_id: child.id.next(),
            status: RunStatus::Running,
        })
        .unwrap();

    // Two polls after the commit (each at most one refresh period apart) must have seen it.
    let polls = app.world().resource::<LiveStats>().polls;
    for _ in 0..MAX_UPDATES * 50 {
        app.update();
        if app.world().resource::<LiveStats>().polls >= polls + 2 {
            break;
        }
    }
    assert!(
        app.world().resource::<LiveStats>().polls >= polls + 2,
        "the store was polled"
    );
    assert_eq!(app.world().resource::<RunData>().elites[&cell].id, child.id);
    // The picture: the new column is coloured (flashing white, then its fitness colour).
    app.world_mut()
        .resource_mut::<elmer_viewer::screenshot::Plan>()
        .set_up(dir.path().join("after.png"));
    let image = capture(&mut app);
    let centre = cell_rect(12, 12, x, y).center();
    assert!(
        !close(rgb(&image, centre), layout::BACKGROUND, 0.03),
        "cell {cell:?} is painted"
    );
    drop(writer);
}

#[test]
fn jumping_to_a_parent_selects_its_cell_and_program() {
    use elmer_viewer::inspector::{Inspection, jump};
    use elmer_viewer::selection::Focus;

    let _gpu = GPU.lock().unwrap_or_else(|e| e.into_inner());
    let dir = tempfile::tempdir().unwrap();
    let mut a = args(&sample(), &dir.path().join("x.png"), 1);
    a.screenshot = None;
    let mut app = headless(a);
    for _ in 0..3 {
        app.update();
    }
    let (data, store) = RunData::load(&sample()).unwrap();
    let best = app.world().resource::<Focus>().child.clone().unwrap();
    let inspection = app.world().resource::<Inspection>().clone();
    assert_eq!(inspection.id, Some(best.id));
    let &(parent_id, parent_cell) = inspection
        .parents
        .first()
        .expect("the best elite has a parent");
    let parent = store.child(parent_id).unwrap().unwrap();
    assert_eq!(parent_cell, parent.cell.map(|c| c.coords()));
    // Ancestry reaches the seed (child 0).
    assert_eq!(
        inspection.chain.last().map(|c| c.0),
        Some(elmer::qd::ChildId::SEED)
    );

    jump(
        &mut app.world_mut().resource_mut::<elmer_viewer::Selection>(),
        parent_id,
        parent_cell.unwrap(),
    );
    for _ in 0..3 {
        app.update();
    }
    let selection = *app.world().resource::<elmer_viewer::Selection>();
    assert_eq!(selection.cell, parent_cell);
    let focus = app.world().resource::<Focus>().child.clone().unwrap();
    assert_eq!(focus.id, parent_id);
    assert_eq!(focus.source, parent.source);
    let inspection = app.world().resource::<Inspection>();
    assert_eq!(inspection.id, Some(parent_id));
    let source: Vec<&str> = inspection.lines.iter().map(|(l, _)| l.as_str()).collect();
    assert_eq!(
        source,
        parent
            .source
            .as_deref()
            .unwrap()
            .lines()
            .collect::<Vec<_>>()
    );
    let replay = app.world().resource::<Replay>();
    assert_eq!(replay.walking.as_ref().map(|w| w.child_id), Some(parent_id));
    drop(data);
}
