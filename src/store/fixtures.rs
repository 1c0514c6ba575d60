//! Test fixtures of the store: a fake engine making random generations, hand-made rows
//! covering every column, and file snapshots.

use std::fs;
use std::path::Path;
use std::time::SystemTime;

use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

use super::{ChildRow, Generation, MetricsRow, RunStatus, RunStore};
use crate::mutate::{CallId, LlmCall};
use crate::qd::{
    Archive, ArchiveStats, CellIndex, ChildId, Counters, Elite, GridConfig, Insert, Status,
};
use crate::walker::Descriptors;

pub(super) const CONFIG: &str = "[evolve]\nevals = 100\n";

/// A fake engine: random children, a live archive, counters, what `evolve` would commit.
pub(super) struct FakeRun {
    pub(super) archive: Archive,
    pub(super) counters: Counters,
    pub(super) rng: ChaCha8Rng,
    pub(super) next_id: u64,
    pub(super) generation: u32,
}

impl FakeRun {
    pub(super) fn new(grid: &GridConfig, seed: u64) -> FakeRun {
        FakeRun {
            archive: Archive::new(grid.clone()).unwrap(),
            counters: Counters::default(),
            rng: ChaCha8Rng::seed_from_u64(seed),
            next_id: 0,
            generation: 0,
        }
    }

    /// Continues a stored run, as `Engine::resume` does.
    pub(super) fn resume(store: &RunStore, seed: u64) -> FakeRun {
        let run = store.run().unwrap();
        FakeRun {
            archive: store.archive().unwrap(),
            counters: store
                .metrics()
                .unwrap()
                .pop()
                .map(|m| m.counts)
                .unwrap_or_default(),
            rng: ChaCha8Rng::seed_from_u64(seed),
            next_id: run.next_child_id.get(),
            generation: run.generation.map_or(0, |g| g + 1),
        }
    }

    pub(super) fn generation(&mut self, size: usize) -> Generation {
        let grid = self.archive.grid().clone();
        let mut children = Vec::with_capacity(size);
        let mut llm_calls = Vec::new();
        let mut changed = Vec::new();
        for _ in 0..size {
            let id = self.next_id;
            self.next_id += 1;
            let roll = self.rng.random_range(0..10);
            let status = match roll {
                0..=6 => Status::Ok,
                7 => Status::Unstable,
                8 => Status::SyntaxError,
                _ => Status::BadDiff,
            };
            let mut child = failed_child(id, self.generation, status);
            child.parent_ids = vec![ChildId(self.rng.random_range(0..=id))];
            if id.is_multiple_of(2) {
                child.llm_call_id = Some(CallId(id));
                llm_calls.push((CallId(id), llm_call(id)));
            }
            if status != Status::BadDiff {
                child.source = Some(program(id));
                child.seed = Some(self.rng.random());
                child.cpu_us = Some(self.rng.random_range(100..100_000));
            }
            if status.is_runnable() {
                let d = Descriptors {
                    height: self.rng.random_range(0.0..45.0),
                    width: self.rng.random_range(0.0..45.0),
                    mass: self.rng.random_range(2.0..420.0),
                };
                let cell = grid.cell_of(&d);
                child.descriptors = Some(d);
                child.cell = Some(cell);
                child.walker = Some(walker_json(id));
                child.sim_us = Some(self.rng.random_range(1000..90_000));
                if status == Status::Ok {
                    let fitness = self.rng.random_range(0.0..5.0);
                    let insert = self.archive.insert(cell, ChildId(id), fitness);
                    if insert.is_admitted() {
                        changed.push(cell);
                    }
                    child.fitness = Some(fitness);
                    child.insertion = Some(insert);
                }
            }
            self.counters
                .record(&child.operator, child.status, child.insertion);
            children.push(child);
        }
        changed.sort();
        changed.dedup();
        let elites = changed
            .into_iter()
            .map(|c| (c, self.archive.elite(c).unwrap()))
            .collect();
        let g = Generation {
            generation: self.generation,
            children,
            llm_calls,
            elites,
            metrics: MetricsRow {
                generation: self.generation,
                evaluations: self.counters.evaluations(),
                stats: *self.archive.stats(),
                diff_valid_rate: self.counters.diff_valid_rate(),
                runnable_rate: self.counters.runnable_rate(),
                counts: self.counters.clone(),
                elapsed_s: 1.5 * f64::from(self.generation + 1),
            },
            rng_state: format!("{{\"draws\":{}}}", self.next_id),
            next_child_id: ChildId(self.next_id),
            status: RunStatus::Running,
        };
        self.generation += 1;
        g
    }
}

pub(super) fn failed_child(id: u64, generation: u32, status: Status) -> ChildRow {
    ChildRow {
        id: ChildId(id),
        generation,
        parent_ids: Vec::new(),
        operator: "gp".into(),
        format: None,
        edit: None,
        source: None,
        seed: None,
        status,
        error: (status != Status::Ok).then(|| format!("{status} in child {id}")),
        walker: None,
        descriptors: None,
        cell: None,
        fitness: None,
        insertion: None,
        llm_call_id: None,
        sim_us: None,
        cpu_us: None,
    }
}

pub(super) fn llm_call(id: u64) -> LlmCall {
    LlmCall {
        endpoint: "http://localhost:8000/v1".into(),
        model: "walker-coder".into(),
        prompt: format!(
            "<NME> walker.py\n<BEF> {}\n<MSG> Changed make_walker function.\n<DFF>",
            program(id)
        ),
        params: serde_json::json!({"temperature": 0.8, "top_p": 0.95, "max_tokens": 512, "stop": ["<NME>"]}),
        seed: Some(id.wrapping_mul(0x9E37_79B9_7F4A_7C15)),
        reply: Some("@@ -1,3 +1,3 @@\n-a\n+b\n".into()),
        prompt_tokens: Some(600),
        completion_tokens: Some(120),
        latency_ms: 850,
        status: crate::mutate::llm::CallStatus::Ok,
        error: None,
        self_eval: None,
    }
}

/// About 1.5 KB, like a seed program.
pub(super) fn program(id: u64) -> String {
    let mut text = String::from(
        "from walker_creator import walker_creator\n\ndef make_walker():\n    wc = walker_creator()\n",
    );
    for i in 0..30 {
        text.push_str(&format!(
            "    j{i} = wc.add_joint({id} % 7 + {i}, {i} * 0.5)\n"
        ));
    }
    text.push_str("    return wc.get_walker()\n");
    text
}

/// About 1 KB, like a 9-joint walker.
pub(super) fn walker_json(id: u64) -> String {
    let joints: Vec<[f64; 2]> = (0..9)
        .map(|i| [i as f64 * 1.25 + id as f64 * 1e-3, 5.0 / (i + 1) as f64])
        .collect();
    let springs: Vec<(usize, usize, f64, f64)> = (0..16)
        .map(|i| (i % 9, (i + 1) % 9, 0.3 * i as f64, 0.1 * i as f64))
        .collect();
    serde_json::json!({"joints": joints, "springs": springs}).to_string()
}

pub(super) fn new_store(dir: &Path) -> RunStore {
    RunStore::create(dir, CONFIG, &GridConfig::default(), "{\"draws\":0}").unwrap()
}

/// Every file in `dir`: its name, length, a hash of its bytes and its modification time.
pub(super) fn snapshot(dir: &Path) -> Vec<(String, usize, String, SystemTime)> {
    use sha2::{Digest, Sha256};
    let mut files: Vec<_> = fs::read_dir(dir)
        .unwrap()
        .map(|e| {
            let path = e.unwrap().path();
            let bytes = fs::read(&path).unwrap();
            let hash = format!("{:x}", Sha256::digest(&bytes));
            let modified = fs::metadata(&path).unwrap().modified().unwrap();
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            (name, bytes.len(), hash, modified)
        })
        .collect();
    files.sort();
    files
}

/// Hand-made rows covering every column, NULLs, a seed above `i64::MAX` and a seed of 0.
pub(super) fn hand_made(grid: &GridConfig) -> Generation {
    let cell = CellIndex::from_coords([11, 0, 7], grid).unwrap();
    let full = ChildRow {
        id: ChildId(0),
        generation: 0,
        parent_ids: vec![],
        operator: "seed".into(),
        format: Some("diff".into()),
        edit: Some("@@ -1 +1 @@\n-x\n+y\n".into()),
        source: Some("def make_walker():\n    return 'ünïcode\\0'\n".into()),
        seed: Some(u64::MAX - 5),
        status: Status::Ok,
        error: None,
        walker: Some(walker_json(0)),
        descriptors: Some(Descriptors {
            height: 39.5,
            width: 0.0,
            mass: 123.456,
        }),
        cell: Some(cell),
        fitness: Some(1.0 / 3.0),
        insertion: Some(Insert::New),
        llm_call_id: Some(CallId(7)),
        sim_us: Some(12_345),
        cpu_us: Some(u64::try_from(i64::MAX).unwrap()),
    };
    let unstable = ChildRow {
        id: ChildId(1),
        generation: 0,
        parent_ids: vec![ChildId(0), ChildId(0)],
        operator: "llm:chat".into(),
        seed: Some(0),
        status: Status::Unstable,
        error: Some("unstable at step 3: joint 2 is not finite".into()),
        walker: Some("{}".into()),
        descriptors: Some(Descriptors {
            height: f64::INFINITY,
            width: 1e-300,
            mass: -0.0,
        }),
        cell: Some(CellIndex::from_coords([0, 0, 0], grid).unwrap()),
        sim_us: Some(0),
        ..failed_child(1, 0, Status::Unstable)
    };
    let bare = failed_child(u64::try_from(i64::MAX).unwrap(), 0, Status::LlmError);
    let mut call_nulls = llm_call(8);
    call_nulls.seed = None;
    call_nulls.reply = None;
    call_nulls.prompt_tokens = None;
    call_nulls.completion_tokens = None;
    call_nulls.status =
        crate::mutate::llm::CallStatus::Failed(crate::mutate::llm::CallFailure::Http(429));
    call_nulls.error = Some("Too Many Requests".into());
    let mut call_big_seed = llm_call(7);
    call_big_seed.seed = Some(u64::MAX);
    // Every self-evaluation column set (schema 2).
    call_big_seed.self_eval = Some(crate::mutate::SelfEval {
        p_runs: Some(0.8125),
        p_improves: Some(0.0),
        prompt_tokens: Some(1234),
        completion_tokens: Some(2),
        latency_ms: 1900,
        status: "ok".into(),
    });
    let mut counters = Counters::default();
    counters.record("seed", Status::Ok, Some(Insert::New));
    counters.record("llm:chat", Status::Unstable, None);
    counters.record("gp", Status::LlmError, None);
    Generation {
        generation: 0,
        children: vec![bare, full, unstable],
        llm_calls: vec![(CallId(8), call_nulls), (CallId(7), call_big_seed)],
        elites: vec![(
            cell,
            Elite {
                id: ChildId(0),
                fitness: 1.0 / 3.0,
            },
        )],
        metrics: MetricsRow {
            generation: 0,
            evaluations: 3,
            stats: ArchiveStats {
                num_elites: 1,
                coverage: 1.0 / 1728.0,
                qd_score: 1.0 / 3.0,
                norm_qd_score: 1.0 / 3.0 / 1728.0,
                obj_max: Some(1.0 / 3.0),
                obj_mean: None,
            },
            diff_valid_rate: 2.0 / 3.0,
            runnable_rate: 2.0 / 3.0,
            counts: counters,
            elapsed_s: 0.25,
        },
        rng_state: "{\"seed\":[1,2,3]}".into(),
        next_child_id: ChildId(2),
        status: RunStatus::Complete,
    }
}
