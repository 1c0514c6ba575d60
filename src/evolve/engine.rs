//! [`Engine`]: the MAP-Elites state of a run behind ask/tell (pyribs' scheduler shape). No
//! I/O: tasks out, evaluations in, the store's records out; the caller runs the tasks and
//! commits the records.

use std::collections::HashMap;
use std::time::Duration;

use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

use super::{EvolveError, SEED_OPERATOR};
use crate::config::RunConfig;
use crate::evaluate::Evaluated;
use crate::mutate::llm::{self, Format};
use crate::mutate::{CallId, Edit, LlmCall, Parent};
use crate::qd::{Archive, CellIndex, ChildId, CounterKey, Counters, Elite, Status, Summary};
use crate::store::{ChildRow, Generation, MetricsRow, RunStatus, RunStore};

/// One child to make: which operator, which parents, which seed.
#[derive(Clone, Debug)]
pub struct Task {
    /// The child's id (also its evaluation index).
    pub id: ChildId,
    /// Its generation.
    pub generation: u32,
    /// Index into the run's operators, or `None` for the seed program.
    pub operator: Option<usize>,
    /// The parents (one for a plain mutation).
    pub parents: Vec<Parent>,
    /// Other elites an operator may draw on (gp crossover).
    pub others: Vec<Parent>,
    /// Context elites and a target cell, for an archive-aware operator.
    pub guide: Option<llm::Guide>,
    /// The operator's seed, drawn from the run's RNG.
    pub seed: u64,
    /// The seed program's text (generation 0 only).
    pub seed_source: Option<String>,
}

/// What became of a task, before the archive sees it.
#[derive(Clone, Debug)]
pub struct Evaluation {
    /// The child's source, if the operator produced one.
    pub source: Option<String>,
    /// Which edit made it.
    pub edit: Option<Edit>,
    /// Prompt format of an LLM operator.
    pub format: Option<Format>,
    /// The LLM call that made it.
    pub llm_call: Option<LlmCall>,
    /// The first call, when the child is a repair's second try (`llm_call` is the repair's).
    pub repaired: Option<LlmCall>,
    /// Seed of the program's `random`.
    pub program_seed: Option<u64>,
    /// The result.
    pub result: Evaluated,
    /// Engine-side CPU time for this child (mutation request, validation, simulation), µs.
    pub cpu_us: u64,
}

/// The MAP-Elites state: archive, elite sources, counters, RNG, ids.
pub struct Engine {
    config: RunConfig,
    archive: Archive,
    sources: HashMap<CellIndex, String>,
    counters: Counters,
    rng: ChaCha8Rng,
    next_id: ChildId,
    next_call_id: CallId,
    generation: u32,
    evaluations: u64,
    elapsed_s: f64,
    changed: Vec<CellIndex>,
    /// The next task `tell` accepts: tasks are told in id order, each once.
    next_tell: ChildId,
}

/// What telling one task gave: the child's row and its LLM calls, for the store. The caller
/// keeps a generation's records and hands them to [`Engine::finish`].
#[derive(Clone, Debug)]
pub struct Told {
    /// The child's row.
    pub child: ChildRow,
    /// Its LLM calls under their ids (`llm_calls.id`), in the order made (a repair's first
    /// call, then the call that made it).
    pub calls: Vec<(CallId, LlmCall)>,
}

impl Told {
    /// The child's status.
    pub fn status(&self) -> Status {
        self.child.status
    }
}

impl Engine {
    /// A fresh run of `config`.
    pub fn new(config: &RunConfig) -> Result<Engine, EvolveError> {
        let archive = Archive::new(config.grid.clone())
            .map_err(|e| EvolveError::Corrupt(format!("grid: {e}")))?;
        Ok(Engine {
            config: config.clone(),
            archive,
            sources: HashMap::new(),
            counters: Counters::default(),
            rng: ChaCha8Rng::seed_from_u64(config.evolve.seed),
            next_id: ChildId::SEED,
            next_call_id: CallId::FIRST,
            generation: 0,
            evaluations: 0,
            elapsed_s: 0.0,
            changed: Vec::new(),
            next_tell: ChildId::SEED,
        })
    }

    /// The engine as a store left it after its last committed generation.
    pub fn resume(config: &RunConfig, store: &RunStore) -> Result<Engine, EvolveError> {
        let run = store.run()?;
        let mut engine = Engine::new(config)?;
        engine.rng = serde_json::from_str(&run.rng_state).map_err(|e| {
            EvolveError::Corrupt(format!("{}: run.rng_state: {e}", store.path().display()))
        })?;
        engine.next_id = run.next_child_id;
        engine.next_tell = engine.next_id;
        engine.next_call_id = store.max_llm_call_id()?.map_or(CallId::FIRST, CallId::next);
        engine.generation = run.generation.map_or(0, |g| g + 1);
        if let Some(last) = store.metrics()?.pop() {
            engine.counters = last.counts;
            engine.evaluations = last.evaluations;
            engine.elapsed_s = last.elapsed_s;
        }
        engine.archive = store.archive()?;
        for (cell, child) in store.elites()? {
            let source = child
                .source
                .ok_or_else(|| EvolveError::Corrupt(format!("elite {} has no source", child.id)))?;
            engine.sources.insert(cell, source);
        }
        Ok(engine)
    }

    /// The archive.
    pub fn archive(&self) -> &Archive {
        &self.archive
    }

    /// Per-status and per-operator counts.
    pub fn counters(&self) -> &Counters {
        &self.counters
    }

    /// Evaluations told so far.
    pub fn evaluations(&self) -> u64 {
        self.evaluations
    }

    /// The next generation's number.
    pub fn generation(&self) -> u32 {
        self.generation
    }

    /// The run's RNG state, as stored.
    pub fn rng_state(&self) -> String {
        serde_json::to_string(&self.rng).expect("the RNG state serialises")
    }

    /// True once `evolve.evals` evaluations are told.
    pub fn is_done(&self) -> bool {
        self.evaluations >= self.config.evolve.evals
    }

    /// The next generation's tasks: the seed program first, then up to `batch_size` children
    /// (cut to the remaining budget), allotted to operators by weight (largest remainder), all
    /// parents selected from the archive as it stands now. Tell all of them (in id order)
    /// and [`finish`](Engine::finish) the generation before asking again.
    pub fn ask(&mut self, seed_source: &str) -> Vec<Task> {
        let remaining = self.config.evolve.evals.saturating_sub(self.evaluations);
        if remaining == 0 {
            return Vec::new();
        }
        if self.next_id == ChildId::SEED {
            let task = Task {
                id: ChildId::SEED,
                generation: self.generation,
                operator: None,
                parents: Vec::new(),
                others: Vec::new(),
                guide: None,
                seed: 0,
                seed_source: Some(seed_source.to_string()),
            };
            self.next_id = ChildId::SEED.next();
            return vec![task];
        }
        let n = remaining.min(self.config.evolve.batch_size as u64) as usize;
        let weights: Vec<f64> = self
            .config
            .mutate
            .operators
            .iter()
            .map(|o| o.weight)
            .collect();
        let allotment = allot(n, &weights);
        let mut tasks = Vec::with_capacity(n);
        for (op, count) in allotment.into_iter().enumerate() {
            for _ in 0..count {
                let parent = self.pick();
                let other = self.pick_mate(parent.as_ref());
                let seed = self.rng.random::<u64>();
                let mut others: Vec<Parent> = other.into_iter().collect();
                // Only lmx draws more (so other operators' draws are as before).
                for _ in 0..self.config.mutate.operators[op].extra_mates() {
                    others.extend(self.pick_new_mate(parent.as_ref(), &others));
                }
                let entry = &self.config.mutate.operators[op];
                let guide = entry.guided().zip(parent.as_ref()).map(|(k, p)| {
                    let named = entry.names_target();
                    llm::guide::build(&self.archive, p, k, named, seed, |c| self.parent_in(c))
                });
                tasks.push(Task {
                    id: self.next_id,
                    generation: self.generation,
                    operator: Some(op),
                    parents: parent.into_iter().collect(),
                    others,
                    guide,
                    seed,
                    seed_source: None,
                });
                self.next_id = self.next_id.next();
            }
        }
        tasks
    }

    fn pick(&mut self) -> Option<Parent> {
        let cell = self.archive.select(&mut self.rng)?;
        self.parent_in(cell)
    }

    /// A second elite for crossover, another than `parent` whenever the archive has one (a
    /// crossover prompt holding one program twice mixes nothing).
    fn pick_mate(&mut self, parent: Option<&Parent>) -> Option<Parent> {
        let cell = match parent {
            Some(p) => self.archive.select_other(&mut self.rng, p.cell)?,
            None => self.archive.select(&mut self.rng)?,
        };
        self.parent_in(cell)
    }

    /// A mate not yet among `mates` (up to four draws; the last one is kept when the archive
    /// has too few).
    fn pick_new_mate(&mut self, parent: Option<&Parent>, mates: &[Parent]) -> Option<Parent> {
        let mut mate = None;
        for _ in 0..4 {
            mate = self.pick_mate(parent);
            if mate
                .as_ref()
                .is_none_or(|m| mates.iter().all(|x| x.id != m.id))
            {
                break;
            }
        }
        mate
    }

    fn parent_in(&self, cell: CellIndex) -> Option<Parent> {
        let elite = self.archive.elite(cell)?;
        Some(Parent {
            id: elite.id,
            source: self.sources.get(&cell)?.clone(),
            fitness: elite.fitness,
            cell,
        })
    }

    /// Records one evaluated task, updating the archive and counters; returns the child's
    /// records for the store. Tasks are told in task-id order, each once: any other order is
    /// refused with [`EvolveError::TellOrder`] and changes nothing.
    pub fn tell(&mut self, task: Task, eval: Evaluation) -> Result<Told, EvolveError> {
        if task.id != self.next_tell || task.id >= self.next_id {
            return Err(EvolveError::TellOrder {
                expected: self.next_tell,
                got: task.id,
            });
        }
        self.next_tell = self.next_tell.next();
        let operator = self.operator_name(&task);
        let mut calls = Vec::new();
        let repaired = eval.repaired.is_some();
        let first_id = eval.repaired.map(|call| self.record_call(call, &mut calls));
        let llm_call_id = eval.llm_call.map(|mut call| {
            if let Some(first) = first_id {
                call.params["repair_of"] = serde_json::json!(first.get());
            }
            self.record_call(call, &mut calls)
        });
        let sim = match &eval.result {
            Evaluated::Simulated(sim) => Some(sim),
            Evaluated::Failed(_) => None,
        };
        if let Some(s) = sim {
            // Dropped, never silent (DESIGN §2): the run counts them.
            self.counters.self_springs_dropped += s.walker.self_springs_dropped() as u64;
        }
        let cell = sim.map(|s| self.config.grid.cell_of(&s.descriptors));
        let fitness = eval.result.fitness();
        let insertion = cell.zip(fitness).map(|(cell, fitness)| {
            let insert = self.archive.insert(cell, task.id, fitness);
            if insert.is_admitted() {
                if let Some(source) = &eval.source {
                    self.sources.insert(cell, source.clone());
                }
                self.changed.push(cell);
            }
            insert
        });
        let status = eval.result.status();
        // Repaired children count apart (`llm+repair`), so a report shows how often repair
        // rescues a child.
        self.counters
            .record(CounterKey::new(operator, repaired), status, insertion);
        self.evaluations += 1;
        let child = ChildRow {
            id: task.id,
            generation: task.generation,
            parent_ids: parent_ids(&task, eval.format, eval.edit),
            operator: operator.to_string(),
            format: eval.format.map(|f| f.name().to_string()),
            edit: eval.edit.map(|e| e.to_string()),
            seed: eval.program_seed,
            status,
            error: eval.result.error(),
            walker: sim.map(|s| s.walker.to_json()),
            descriptors: sim.map(|s| s.descriptors),
            cell,
            fitness,
            insertion,
            llm_call_id,
            sim_us: sim.map(|s| s.sim_us),
            cpu_us: Some(eval.cpu_us),
            source: eval.source,
        };
        Ok(Told { child, calls })
    }

    /// The name a task's children are stored and counted under: its operator's kind
    /// (`gp`, `llm`), or `seed` for evaluation 0.
    fn operator_name(&self, task: &Task) -> &'static str {
        task.operator
            .and_then(|i| self.config.mutate.operators.get(i))
            .map_or(SEED_OPERATOR, |op| op.kind.name())
    }

    /// Gives an LLM call the next call id and adds its row to `calls`; returns the id.
    fn record_call(&mut self, call: LlmCall, calls: &mut Vec<(CallId, LlmCall)>) -> CallId {
        let id = self.next_call_id;
        self.next_call_id = id.next();
        calls.push((id, call));
        id
    }

    /// Closes the generation: packs its told records (in the order told) with the changed
    /// elites, the metrics and the RNG state for one store commit. Every asked task must be
    /// told first ([`EvolveError::TellOrder`] otherwise, and nothing changes).
    pub fn finish(
        &mut self,
        elapsed: Duration,
        status: RunStatus,
        told: Vec<Told>,
    ) -> Result<Generation, EvolveError> {
        if self.next_tell != self.next_id {
            return Err(EvolveError::TellOrder {
                expected: self.next_id,
                got: self.next_tell,
            });
        }
        self.elapsed_s += elapsed.as_secs_f64();
        self.changed.sort();
        self.changed.dedup();
        let elites: Vec<(CellIndex, Elite)> = self
            .changed
            .drain(..)
            .filter_map(|c| self.archive.elite(c).map(|e| (c, e)))
            .collect();
        let metrics = MetricsRow {
            generation: self.generation,
            evaluations: self.evaluations,
            stats: *self.archive.stats(),
            diff_valid_rate: self.counters.diff_valid_rate(),
            runnable_rate: self.counters.runnable_rate(),
            counts: self.counters.clone(),
            elapsed_s: self.elapsed_s,
        };
        let (children, llm_calls) =
            told.into_iter()
                .fold((Vec::new(), Vec::new()), |(mut children, mut calls), t| {
                    children.push(t.child);
                    calls.extend(t.calls);
                    (children, calls)
                });
        let g = Generation {
            generation: self.generation,
            children,
            llm_calls,
            elites,
            metrics,
            rng_state: self.rng_state(),
            next_child_id: self.next_id,
            status,
        };
        self.generation += 1;
        Ok(g)
    }

    /// The summary of DESIGN §10.
    pub fn summary(&self) -> Summary {
        Summary::new(
            self.evaluations,
            self.archive.stats(),
            self.counters.runnable_rate(),
        )
    }
}

/// Splits `n` children among operators in proportion to `weights`, by largest remainder (ties
/// to the earlier operator): deterministic, no sampling.
pub fn allot(n: usize, weights: &[f64]) -> Vec<usize> {
    let total: f64 = weights.iter().sum();
    if weights.is_empty() || total <= 0.0 {
        return vec![0; weights.len()];
    }
    let exact: Vec<f64> = weights.iter().map(|w| n as f64 * w / total).collect();
    let mut counts: Vec<usize> = exact.iter().map(|e| e.floor() as usize).collect();
    let mut order: Vec<usize> = (0..weights.len()).collect();
    order.sort_by(|&a, &b| {
        let (ra, rb) = (exact[a] - exact[a].floor(), exact[b] - exact[b].floor());
        rb.total_cmp(&ra).then(a.cmp(&b))
    });
    let short = n - counts.iter().sum::<usize>();
    for &i in order.iter().take(short) {
        counts[i] += 1;
    }
    counts
}

/// A child's parents as stored: the selected parent, and the mate when the child was made by
/// crossover (gp's `crossover` edit, or an LLM format that [`crosses`](llm::Format::crosses)).
fn parent_ids(task: &Task, format: Option<Format>, edit: Option<Edit>) -> Vec<ChildId> {
    let crossed = edit.is_some_and(Edit::crosses) || format.is_some_and(Format::crosses);
    let mut ids: Vec<ChildId> = task.parents.iter().map(|p| p.id).collect();
    if crossed {
        for mate in &task.others {
            if !ids.contains(&mate.id) {
                ids.push(mate.id);
            }
        }
    }
    ids
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::parse_mutator;
    use crate::evaluate::Simulated;
    use crate::mutate::{EditKind, LlmEdit, Mutator, Proposal};
    use crate::sim::{Outcome, TerrainKind};
    use crate::walker::{Descriptors, WalkerBuilder, WalkerLimits};

    /// An operator without a sandbox or a server: the child of a parent is the parent's text
    /// plus a line naming the seed; every fifth seed gives no child, every third is a
    /// crossover.
    struct FakeGp;

    impl Mutator for FakeGp {
        fn name(&self) -> &str {
            "gp"
        }

        fn mutate(&self, parents: &[Parent], _others: &[Parent], seed: u64) -> Proposal {
            let Some(parent) = parents.first() else {
                return Proposal::failed(Status::Exception, "no parent");
            };
            if seed.is_multiple_of(5) {
                return Proposal::failed(Status::SyntaxError, "fake syntax error");
            }
            let kind = if seed.is_multiple_of(3) {
                EditKind::Crossover
            } else {
                EditKind::PerturbNumber
            };
            Proposal::program(format!("{}# {seed}\n", parent.source)).with_edit(Edit::Gp(kind))
        }
    }

    /// What the evaluation step would make of `proposal`, without a sandbox: a walker whose
    /// cell and fitness follow from the task's seed.
    fn fake_evaluation(task: &Task, proposal: Proposal) -> Evaluation {
        let mut b = WalkerBuilder::new();
        let (j0, j1) = (b.add_joint(0.0, 0.0), b.add_joint(1.0, 0.0));
        b.add_muscle(j0, j1, 0.0, 0.0);
        let walker = b.build(&WalkerLimits::default()).unwrap();
        let s = task.seed;
        let result = match &proposal.child {
            Err(f) => Evaluated::Failed(f.clone()),
            Ok(_) => Evaluated::Simulated(Simulated {
                walker,
                descriptors: Descriptors {
                    height: (s % 7) as f64,
                    width: (s / 7 % 7) as f64,
                    mass: 5.0,
                },
                outcome: Outcome::Ok {
                    fitness: (s % 1000) as f64 / 100.0,
                    dx: 1.0,
                    steps: 1320,
                    terrain: TerrainKind::Flat,
                },
                sim_us: 10,
            }),
        };
        Evaluation {
            source: proposal.child.ok(),
            edit: proposal.edit,
            format: proposal.format,
            llm_call: proposal.llm_call,
            repaired: None,
            program_seed: Some(s),
            result,
            cpu_us: 20,
        }
    }

    fn config(evals: u64, batch_size: usize) -> RunConfig {
        let mut cfg = RunConfig::default();
        cfg.evolve.evals = evals;
        cfg.evolve.batch_size = batch_size;
        cfg
    }

    /// One generation through the fake operator: ask, make, tell in order, finish.
    fn generation(engine: &mut Engine, mutator: &dyn Mutator) -> Generation {
        let mut told = Vec::new();
        for task in engine.ask("seed program\n") {
            let proposal = match &task.seed_source {
                Some(seed) => Proposal::program(seed.clone()),
                None => mutator.mutate(&task.parents, &task.others, task.seed),
            };
            let eval = fake_evaluation(&task, proposal);
            told.push(engine.tell(task, eval).unwrap());
        }
        let status = if engine.is_done() {
            RunStatus::Complete
        } else {
            RunStatus::Running
        };
        engine
            .finish(Duration::from_millis(5), status, told)
            .unwrap()
    }

    #[test]
    fn a_fake_operator_run_fills_the_archive_and_counts_every_evaluation() {
        let mut engine = Engine::new(&config(23, 5)).unwrap();
        let mut generations = Vec::new();
        while !engine.is_done() {
            generations.push(generation(&mut engine, &FakeGp));
        }
        // The seed alone, then 5 + 5 + 5 + 5 + 2: the budget is an exact total.
        let sizes: Vec<usize> = generations.iter().map(|g| g.children.len()).collect();
        assert_eq!(sizes, [1, 5, 5, 5, 5, 2]);
        let ids: Vec<u64> = generations
            .iter()
            .flat_map(|g| g.children.iter().map(|c| c.id.get()))
            .collect();
        assert_eq!(ids, (0..23).collect::<Vec<u64>>());
        assert_eq!(generations[0].children[0].operator, SEED_OPERATOR);
        assert!(
            generations[1..]
                .iter()
                .all(|g| g.children.iter().all(|c| c.operator == "gp"))
        );
        let last = generations.last().unwrap();
        assert_eq!(last.status, RunStatus::Complete);
        assert_eq!(last.next_child_id, ChildId(23));
        assert_eq!(last.metrics.evaluations, 23);
        assert_eq!(engine.counters().evaluations(), 23);
        let failed = engine.counters().status(Status::SyntaxError);
        assert!(
            failed > 0 && failed < 22,
            "every fifth seed fails: {failed}"
        );
        assert_eq!(
            engine.archive().len(),
            generations
                .iter()
                .flat_map(|g| &g.elites)
                .map(|e| e.0)
                .collect::<std::collections::BTreeSet<_>>()
                .len()
        );
        assert!(engine.archive().len() > 1);
        // A crossover child lists its mate after its parent (once the archive has a second
        // elite; in generation 1 the seed is the only one); the others their parent only.
        for c in generations[1..].iter().flat_map(|g| &g.children) {
            let crossed = c.edit.as_deref() == Some("crossover") && c.generation > 1;
            assert_eq!(c.parent_ids.len(), if crossed { 2 } else { 1 }, "{c:?}");
        }
        assert!(
            generations
                .iter()
                .flat_map(|g| &g.children)
                .any(|c| c.parent_ids.len() == 2),
            "some crossover child has a mate"
        );
        // The same config gives the same run.
        let mut again = Engine::new(&config(23, 5)).unwrap();
        while !again.is_done() {
            generation(&mut again, &FakeGp);
        }
        assert_eq!(again.archive().hash(), engine.archive().hash());
        assert_eq!(again.rng_state(), engine.rng_state());
    }

    #[test]
    fn tell_refuses_tasks_out_of_order_and_finish_refuses_untold_ones() {
        let mut engine = Engine::new(&config(10, 4)).unwrap();
        generation(&mut engine, &FakeGp);
        let tasks = engine.ask("seed program\n");
        assert_eq!(tasks.len(), 4);
        let eval = |t: &Task| fake_evaluation(t, FakeGp.mutate(&t.parents, &t.others, t.seed));
        let second = tasks[1].clone();
        match engine.tell(second.clone(), eval(&second)) {
            Err(EvolveError::TellOrder { expected, got }) => {
                assert_eq!((expected, got), (ChildId(1), ChildId(2)));
            }
            other => panic!("expected TellOrder, got {other:?}"),
        }
        assert_eq!(engine.evaluations(), 1, "a refused tell changes nothing");
        let first = engine.tell(tasks[0].clone(), eval(&tasks[0])).unwrap();
        assert!(
            matches!(
                engine.tell(tasks[0].clone(), eval(&tasks[0])),
                Err(EvolveError::TellOrder { .. })
            ),
            "a task is told once"
        );
        assert!(
            matches!(
                engine.finish(Duration::ZERO, RunStatus::Running, vec![first]),
                Err(EvolveError::TellOrder { .. })
            ),
            "three tasks are not told yet"
        );
        let mut told = Vec::new();
        for t in &tasks[1..] {
            told.push(engine.tell(t.clone(), eval(t)).unwrap());
        }
        let g = engine
            .finish(Duration::ZERO, RunStatus::Running, told)
            .unwrap();
        assert_eq!(g.generation, 1);
        assert_eq!(g.children.len(), 3, "the records handed in, in order");
        // A task from beyond what was asked is refused too.
        let mut ahead = tasks[3].clone();
        ahead.id = ChildId(9);
        assert!(engine.tell(ahead, eval(&tasks[3])).is_err());
    }

    #[test]
    fn llm_calls_get_ids_and_a_repaired_child_counts_apart() {
        let mut cfg = config(3, 2);
        cfg.mutate.operators = parse_mutator("llm:chat").unwrap();
        let mut engine = Engine::new(&cfg).unwrap();
        generation(&mut engine, &FakeGp);
        let tasks = engine.ask("seed program\n");
        let call = |reply: &str| LlmCall {
            endpoint: "e".into(),
            model: "m".into(),
            prompt: "[]".into(),
            params: serde_json::json!({}),
            seed: None,
            reply: Some(reply.into()),
            prompt_tokens: None,
            completion_tokens: None,
            latency_ms: 1,
            status: crate::mutate::llm::CallStatus::Ok,
            error: None,
            self_eval: None,
        };
        let made = |t: &Task, repaired: bool| {
            let proposal = Proposal::program(format!("{}# {}\n", t.parents[0].source, t.seed))
                .with_edit(Edit::Llm {
                    edit: LlmEdit::Program,
                    repaired,
                })
                .with_llm(Format::Chat, Some(call("second")));
            let mut eval = fake_evaluation(t, proposal);
            eval.repaired = repaired.then(|| call("first"));
            eval
        };
        let a = engine
            .tell(tasks[0].clone(), made(&tasks[0], true))
            .unwrap();
        let b = engine
            .tell(tasks[1].clone(), made(&tasks[1], false))
            .unwrap();
        let ids: Vec<u64> = a.calls.iter().chain(&b.calls).map(|c| c.0.get()).collect();
        assert_eq!(ids, [1, 2, 3]);
        assert_eq!(a.calls[1].1.params["repair_of"], 1);
        assert_eq!(
            (a.child.llm_call_id, b.child.llm_call_id),
            (Some(CallId(2)), Some(CallId(3)))
        );
        assert_eq!(a.child.edit.as_deref(), Some("program+repair"));
        assert_eq!(a.child.format.as_deref(), Some("chat"));
        assert_eq!(
            engine
                .counters()
                .operator("llm+repair")
                .unwrap()
                .statuses
                .total(),
            1
        );
        assert_eq!(
            engine.counters().operator("llm").unwrap().statuses.total(),
            1
        );
    }

    #[test]
    fn allotment_is_proportional_and_exact() {
        assert_eq!(allot(32, &[1.0]), vec![32]);
        assert_eq!(allot(10, &[0.9, 0.1]), vec![9, 1]);
        assert_eq!(allot(3, &[1.0, 1.0]), vec![2, 1]);
        assert_eq!(allot(7, &[0.5, 0.3, 0.2]).iter().sum::<usize>(), 7);
        assert_eq!(allot(0, &[1.0, 2.0]), vec![0, 0]);
    }
}
