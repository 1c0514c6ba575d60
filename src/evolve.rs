//! The generation loop of DESIGN §4 as an ask/tell engine (pyribs' scheduler shape).
//!
//! [`Engine::ask`] selects every parent of a generation from the archive as it stood at the
//! generation's start, with the run's RNG, and hands out [`Task`]s; [`evaluate`] turns a task
//! into an [`Evaluation`] (mutate, run in the sandbox, simulate) and is what runs in parallel;
//! [`Engine::tell`] consumes each task with its evaluation, in task-id order, updating the
//! archive and counters; [`Engine::finish`] packs the generation for one store commit.
//! [`run`] drives the whole loop for the CLI. The seed program is evaluation 0.
//!
//! Reproducibility: all randomness comes from the run's RNG at `ask` time (parent cells and a
//! seed per task), the sandbox seeds `random` from the program text, and the simulation is
//! pure, so a gp run gives the same archive for any thread count.

use std::collections::HashMap;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use rayon::prelude::*;
use thiserror::Error;

use crate::config::{OperatorKind, RunConfig};
use crate::evaluate::{self, Evaluated, Failed, thread_cpu_us};
use crate::mutate::llm::{self, Backend, ClientError, Llm};
use crate::mutate::{Gp, LlmCall, Mutator, Parent, Proposal};
use crate::qd::{Archive, CellIndex, Counters, Elite, Insert, Status, Summary};
use crate::sandbox::{self, Pool};
use crate::sim::Evaluator;
use crate::store::{ChildRow, Generation, MetricsRow, RunStatus, RunStore, StoreError};

/// The operator name recorded for the seed program (evaluation 0).
pub const SEED_OPERATOR: &str = "seed";

/// Why a run cannot go on. Program failures are not errors: they are statuses.
#[derive(Debug, Error)]
pub enum EvolveError {
    /// The store failed.
    #[error(transparent)]
    Store(#[from] StoreError),
    /// The sandbox could not start.
    #[error(transparent)]
    Sandbox(#[from] sandbox::SandboxError),
    /// The seed program does not give a walker that simulates; nothing can evolve from it.
    #[error("the seed program does not run: {status}: {error}")]
    SeedFailed {
        /// Its status.
        status: Status,
        /// Why.
        error: String,
    },
    /// The stored state cannot be resumed.
    #[error("{0}")]
    Corrupt(String),
    /// The LLM client cannot start (e.g. an API key variable is not set).
    #[error(transparent)]
    Llm(#[from] ClientError),
    /// An operator cannot go on (every LLM endpoint down); the last generation is saved.
    #[error("{message}; the run is saved: fix the endpoint, then continue with --resume")]
    OperatorDown {
        /// Why.
        message: String,
    },
}

/// One child to make: which operator, which parents, which seed.
#[derive(Clone, Debug)]
pub struct Task {
    /// The child's id (also its evaluation index).
    pub id: u64,
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
    /// Which edit made it (gp edit kind).
    pub edit: Option<String>,
    /// Prompt format of an LLM operator.
    pub format: Option<String>,
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

/// What the parallel part needs: the sandbox, the operators, the config.
pub struct Context {
    /// The sandbox pool.
    pub pool: Arc<Pool>,
    /// The operators, in the order of `mutate.operators`.
    pub mutators: Vec<Box<dyn Mutator>>,
    /// The LLM client shared by the `llm` operators, if any (its live counters feed the
    /// progress bar).
    pub llm: Option<Arc<Backend>>,
    /// The run's config.
    pub config: RunConfig,
}

impl Context {
    /// Starts the sandbox and builds the operators of `config`.
    pub fn new(config: &RunConfig) -> Result<Context, EvolveError> {
        let mut sandbox_cfg = config.sandbox.clone();
        if sandbox_cfg.workers.is_none() {
            sandbox_cfg.workers = config.evolve.threads;
        }
        let pool = Arc::new(Pool::new(&sandbox_cfg, config.walker.clone())?);
        let limits = llm::chat::PromptLimits {
            walker: config.walker.clone(),
            timeout_s: config.sandbox.timeout_s,
        };
        // One client for every llm operator: the endpoints' slot ceilings are shared.
        let mut backend: Option<Arc<Backend>> = None;
        let mut mutators: Vec<Box<dyn Mutator>> = Vec::new();
        for (i, op) in config.mutate.operators.iter().enumerate() {
            mutators.push(match op.kind {
                OperatorKind::Gp => Box::new(Gp::new(pool.clone(), config.mutate.gp.clone())),
                OperatorKind::Llm => {
                    let format = op.llm_format().map_err(|m| {
                        EvolveError::Corrupt(format!("mutate.operators[{i}].format: {m}"))
                    })?;
                    let shared = match &backend {
                        Some(b) => b.clone(),
                        None => backend.insert(Backend::new(&config.llm)?).clone(),
                    };
                    Box::new(
                        Llm::new(shared, format, limits.clone()).with_options(op.llm_options()),
                    )
                }
            });
        }
        Ok(Context {
            pool,
            mutators,
            llm: backend,
            config: config.clone(),
        })
    }

    fn operator_name(&self, task: &Task) -> String {
        match task.operator {
            Some(i) => self.mutators[i].name().to_string(),
            None => SEED_OPERATOR.to_string(),
        }
    }
}

/// The MAP-Elites state: archive, elite sources, counters, RNG, ids.
pub struct Engine {
    config: RunConfig,
    archive: Archive,
    sources: HashMap<CellIndex, String>,
    counters: Counters,
    rng: ChaCha8Rng,
    next_id: u64,
    next_call_id: u64,
    generation: u32,
    evaluations: u64,
    elapsed_s: f64,
    changed: Vec<CellIndex>,
    rows: Vec<ChildRow>,
    calls: Vec<(u64, LlmCall)>,
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
            next_id: 0,
            next_call_id: 1,
            generation: 0,
            evaluations: 0,
            elapsed_s: 0.0,
            changed: Vec::new(),
            rows: Vec::new(),
            calls: Vec::new(),
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
        engine.next_call_id = store.max_llm_call_id()?.map_or(1, |id| id + 1);
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
    /// parents selected from the archive as it stands now.
    pub fn ask(&mut self, seed_source: &str) -> Vec<Task> {
        let remaining = self.config.evolve.evals.saturating_sub(self.evaluations);
        if remaining == 0 {
            return Vec::new();
        }
        if self.next_id == 0 {
            let task = Task {
                id: 0,
                generation: self.generation,
                operator: None,
                parents: Vec::new(),
                others: Vec::new(),
                guide: None,
                seed: 0,
                seed_source: Some(seed_source.to_string()),
            };
            self.next_id = 1;
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
                let guide = self.config.mutate.operators[op]
                    .guided()
                    .zip(parent.as_ref())
                    .map(|(k, p)| {
                        llm::guide::build(&self.archive, p, k, seed, |c| self.parent_in(c))
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
                self.next_id += 1;
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

    /// Records one evaluated task (call in task-id order); returns its status.
    pub fn tell(&mut self, ctx: &Context, task: Task, eval: Evaluation) -> Status {
        let operator = ctx.operator_name(&task);
        let mut row = ChildRow {
            id: task.id,
            generation: task.generation,
            parent_ids: parent_ids(&task, eval.format.as_deref(), eval.edit.as_deref()),
            operator: operator.clone(),
            format: eval.format,
            edit: eval.edit,
            source: eval.source,
            seed: eval.program_seed,
            status: Status::Ok,
            error: None,
            walker: None,
            descriptors: None,
            cell: None,
            fitness: None,
            insertion: None,
            llm_call_id: None,
            sim_us: None,
            cpu_us: Some(eval.cpu_us),
        };
        let repaired = eval.repaired.is_some();
        let first_id = eval.repaired.map(|call| self.record_call(call));
        if let Some(mut call) = eval.llm_call {
            if let Some(first) = first_id {
                call.params["repair_of"] = serde_json::json!(first);
            }
            row.llm_call_id = Some(self.record_call(call));
        }
        match eval.result {
            Evaluated::Failed(Failed { status, error }) => {
                row.status = status;
                row.error = Some(error);
            }
            Evaluated::Simulated(sim) => {
                let cell = self.config.grid.cell_of(&sim.descriptors);
                row.status = sim.status();
                row.error = sim.error();
                row.walker = Some(sim.walker.to_json());
                row.descriptors = Some(sim.descriptors);
                row.cell = Some(cell);
                row.sim_us = Some(sim.sim_us);
                if let Some(fitness) = sim.outcome.fitness() {
                    let insert = self.archive.insert(cell, task.id, fitness);
                    if insert != Insert::Rejected {
                        if let Some(source) = &row.source {
                            self.sources.insert(cell, source.clone());
                        }
                        self.changed.push(cell);
                    }
                    row.fitness = Some(fitness);
                    row.insertion = Some(insert);
                }
            }
        }
        // Repaired children count apart (`llm+repair`), so a report shows how often repair
        // rescues a child.
        let counted = if repaired {
            format!("{operator}+repair")
        } else {
            operator
        };
        self.counters.record(&counted, row.status, row.insertion);
        self.evaluations += 1;
        let status = row.status;
        self.rows.push(row);
        status
    }

    /// Queues an LLM call for the store under the next call id; returns the id.
    fn record_call(&mut self, call: LlmCall) -> u64 {
        let id = self.next_call_id;
        self.next_call_id += 1;
        self.calls.push((id, call));
        id
    }

    /// Packs the told children of this generation for one store commit.
    pub fn finish(&mut self, elapsed: Duration, status: RunStatus) -> Generation {
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
        let g = Generation {
            generation: self.generation,
            children: std::mem::take(&mut self.rows),
            llm_calls: std::mem::take(&mut self.calls),
            elites,
            metrics,
            rng_state: self.rng_state(),
            next_child_id: self.next_id,
            status,
        };
        self.generation += 1;
        g
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
fn parent_ids(task: &Task, format: Option<&str>, edit: Option<&str>) -> Vec<u64> {
    let crossed = edit == Some("crossover")
        || format
            .and_then(|f| f.parse::<llm::Format>().ok())
            .is_some_and(llm::Format::crosses);
    let mut ids: Vec<u64> = task.parents.iter().map(|p| p.id).collect();
    if crossed {
        for mate in &task.others {
            if !ids.contains(&mate.id) {
                ids.push(mate.id);
            }
        }
    }
    ids
}

/// Makes, runs and simulates one task's child. Pure apart from the sandbox's worker processes
/// and an operator's server: safe to run for many tasks in parallel.
pub fn evaluate(ctx: &Context, evaluator: &mut Evaluator, task: &Task) -> Evaluation {
    let cpu0 = thread_cpu_us();
    let proposal = propose(ctx, task);
    let spent = thread_cpu_us().saturating_sub(cpu0);
    evaluate_proposal(ctx, evaluator, task, proposal, spent)
}

/// The operator's proposal for `task` (the seed program itself for evaluation 0).
fn propose(ctx: &Context, task: &Task) -> Proposal {
    match (&task.seed_source, task.operator) {
        (Some(seed), _) => Proposal::Program {
            source: seed.clone(),
            edit: None,
            format: None,
            llm_call: None,
        },
        (None, Some(op)) => ctx.mutators[op].mutate_guided(
            &task.parents,
            &task.others,
            task.guide.as_ref(),
            task.seed,
        ),
        (None, None) => Proposal::Failed {
            status: Status::NoCode,
            error: "a task with neither an operator nor a seed program".into(),
            edit: None,
            format: None,
            llm_call: None,
        },
    }
}

/// Runs and simulates a proposal; `cpu_us` is the CPU time its making took (on whichever
/// thread made it). A child that fails in the sandbox gets one repair follow-up when its
/// operator does repairs.
fn evaluate_proposal(
    ctx: &Context,
    evaluator: &mut Evaluator,
    task: &Task,
    proposal: Proposal,
    cpu_us: u64,
) -> Evaluation {
    let cpu0 = thread_cpu_us();
    let mut eval = realise(ctx, evaluator, task, proposal);
    if let (Evaluated::Failed(Failed { status, error }), Some(first), Some(op)) =
        (&eval.result, &eval.llm_call, task.operator)
        && REPAIRABLE.contains(status)
        && let Some(second) = ctx.mutators[op].repair(
            &task.parents,
            &task.others,
            task.seed,
            first,
            &format!("{status}: {error}"),
        )
    {
        let first = eval.llm_call.take();
        eval = realise(ctx, evaluator, task, second);
        eval.repaired = first;
    }
    eval.cpu_us = cpu_us + thread_cpu_us().saturating_sub(cpu0);
    eval
}

/// The statuses a repair follow-up may fix: the program's own faults in the sandbox.
const REPAIRABLE: [Status; 6] = [
    Status::SyntaxError,
    Status::ForbiddenImport,
    Status::Exception,
    Status::Timeout,
    Status::MemoryError,
    Status::InvalidWalker,
];

/// A proposal's program run and simulated (or its failure), without CPU accounting.
fn realise(
    ctx: &Context,
    evaluator: &mut Evaluator,
    task: &Task,
    proposal: Proposal,
) -> Evaluation {
    let (source, edit, format, llm_call, failure) = match proposal {
        Proposal::Program {
            source,
            edit,
            format,
            llm_call,
        } => (Some(source), edit, format, llm_call, None),
        Proposal::Failed {
            status,
            error,
            edit,
            format,
            llm_call,
        } => (None, edit, format, llm_call, Some((status, error))),
    };
    let mut program_seed = None;
    let result = match (&source, failure) {
        (Some(source), _) => run_program(ctx, evaluator, task, source, &mut program_seed),
        (None, Some((status, error))) => Failed { status, error }.into(),
        (None, None) => Failed {
            status: Status::NoCode,
            error: String::new(),
        }
        .into(),
    };
    Evaluation {
        source,
        edit,
        format,
        llm_call,
        repaired: None,
        program_seed,
        result,
        cpu_us: 0,
    }
}

/// Evaluates a generation's tasks; the result is in task order. Tasks of operators that wait
/// on a server ([`Mutator::lanes`] > 0) get their proposals on that many threads of their
/// own, and each proposal is run and simulated on the rayon pool as soon as it arrives, so
/// requests stay in flight while physics runs. Local operators run inline on the pool.
pub fn evaluate_generation(ctx: &Context, tasks: &[Task]) -> Vec<Evaluation> {
    let lanes_of = |t: &Task| t.operator.map_or(0, |op| ctx.mutators[op].lanes());
    let (remote, local): (Vec<usize>, Vec<usize>) =
        (0..tasks.len()).partition(|&i| lanes_of(&tasks[i]) > 0);
    let lanes = remote
        .iter()
        .map(|&i| lanes_of(&tasks[i]))
        .max()
        .unwrap_or(0)
        .min(remote.len());
    let next = std::sync::atomic::AtomicUsize::new(0);
    let mut done: Vec<(usize, Evaluation)> = std::thread::scope(|s| {
        let (tx, rx) = std::sync::mpsc::channel::<(usize, Proposal, u64)>();
        for _ in 0..lanes {
            let (tx, next, remote) = (tx.clone(), &next, &remote);
            s.spawn(move || {
                while let Some(&i) = remote.get(next.fetch_add(1, Ordering::SeqCst)) {
                    let cpu0 = thread_cpu_us();
                    let proposal = propose(ctx, &tasks[i]);
                    let spent = thread_cpu_us().saturating_sub(cpu0);
                    if tx.send((i, proposal, spent)).is_err() {
                        break;
                    }
                }
            });
        }
        drop(tx);
        let mut done: Vec<(usize, Evaluation)> = local
            .par_iter()
            .map_init(Evaluator::new, |ev, &i| (i, evaluate(ctx, ev, &tasks[i])))
            .collect();
        done.par_extend(
            rx.into_iter()
                .par_bridge()
                .map_init(Evaluator::new, |ev, (i, proposal, spent)| {
                    (i, evaluate_proposal(ctx, ev, &tasks[i], proposal, spent))
                }),
        );
        done
    });
    done.sort_by_key(|d| d.0);
    done.into_iter().map(|d| d.1).collect()
}

/// A child's program through the one evaluation path, unless it is its parent's unchanged.
fn run_program(
    ctx: &Context,
    evaluator: &mut Evaluator,
    task: &Task,
    source: &str,
    program_seed: &mut Option<u64>,
) -> Evaluated {
    let normal = sandbox::normalise(source);
    if task
        .parents
        .iter()
        .any(|p| sandbox::normalise(&p.source) == normal)
    {
        return Failed {
            status: Status::Unchanged,
            error: "the child's normalised source equals its parent's".into(),
        }
        .into();
    }
    let seed = sandbox::program_seed(source, ctx.config.sandbox.random_salt);
    *program_seed = Some(seed);
    evaluate::evaluate(&ctx.pool, evaluator, source, seed, &ctx.config.sim)
}

/// Runs and simulates the seed program once, so a run never starts from a program that cannot
/// be evaluation 0.
pub fn check_seed(ctx: &Context, source: &str) -> Result<(), EvolveError> {
    let task = Task {
        id: 0,
        generation: 0,
        operator: None,
        parents: Vec::new(),
        others: Vec::new(),
        guide: None,
        seed: 0,
        seed_source: Some(source.to_string()),
    };
    let result = evaluate(ctx, &mut Evaluator::new(), &task).result;
    match result.status() {
        Status::Ok => Ok(()),
        status => Err(EvolveError::SeedFailed {
            status,
            error: result.error().unwrap_or_default(),
        }),
    }
}

/// Progress after each generation, for the CLI's bar.
pub struct Progress<'a> {
    /// The engine after the generation.
    pub engine: &'a Engine,
    /// Evaluations in this session (excluding resumed ones).
    pub session_evaluations: u64,
    /// Wall time of this session.
    pub session_elapsed: Duration,
}

/// Runs generations until the budget is spent or `stop` is set, committing each one.
/// Returns whether the run completed.
pub fn run(
    engine: &mut Engine,
    ctx: &Context,
    store: &mut RunStore,
    seed_source: &str,
    stop: &AtomicBool,
    mut on_generation: impl FnMut(Progress<'_>),
) -> Result<bool, EvolveError> {
    let started = Instant::now();
    let start_evals = engine.evaluations();
    while !engine.is_done() {
        if stop.load(Ordering::SeqCst) {
            store.set_status(RunStatus::Interrupted)?;
            return Ok(false);
        }
        let t = Instant::now();
        let tasks = engine.ask(seed_source);
        let evals = evaluate_generation(ctx, &tasks);
        for (task, eval) in tasks.into_iter().zip(evals) {
            let id = task.id;
            let status = engine.tell(ctx, task, eval);
            if id == 0 && status != Status::Ok {
                let row = engine
                    .rows
                    .last()
                    .and_then(|r| r.error.clone())
                    .unwrap_or_default();
                return Err(EvolveError::SeedFailed { status, error: row });
            }
        }
        let status = if engine.is_done() {
            RunStatus::Complete
        } else {
            RunStatus::Running
        };
        let g = engine.finish(t.elapsed(), status);
        store.commit(&g)?;
        on_generation(Progress {
            engine,
            session_evaluations: engine.evaluations() - start_evals,
            session_elapsed: started.elapsed(),
        });
        if let Some(message) = ctx.mutators.iter().find_map(|m| m.halted())
            && !engine.is_done()
        {
            store.set_status(RunStatus::Interrupted)?;
            return Err(EvolveError::OperatorDown { message });
        }
    }
    Ok(true)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn allotment_is_proportional_and_exact() {
        assert_eq!(allot(32, &[1.0]), vec![32]);
        assert_eq!(allot(10, &[0.9, 0.1]), vec![9, 1]);
        assert_eq!(allot(3, &[1.0, 1.0]), vec![2, 1]);
        assert_eq!(allot(7, &[0.5, 0.3, 0.2]).iter().sum::<usize>(), 7);
        assert_eq!(allot(0, &[1.0, 2.0]), vec![0, 0]);
    }
}
