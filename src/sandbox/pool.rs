//! The pool of persistent workers and the reply validation.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Condvar, Mutex, MutexGuard, PoisonError};
use std::time::{Duration, Instant};

use rand::Rng;
use serde::{Deserialize, Deserializer};
use serde_json::{Value, json};

use super::doctor::{Inspection, LayerReport, PythonInfo, WorkerProbe};
use super::layers::{CHILD_LAYERS, ChildState, Layer, Plan, WORKER_CPU_LIMIT_S};
use super::worker::{Fault, Worker};
use super::{
    ALLOWED_STDLIB, EMBEDDED_MODULES, FailureKind, Layers, MAX_SOURCE_BYTES, ProgramFailure,
    ProgramOutcome, SandboxConfig, SandboxError, WORKER_SOURCE,
};
use crate::walker::{WalkerBuilder, WalkerError, WalkerLimits};

/// Wall time the watchdog adds to `timeout_s` before it kills a worker.
pub const WATCHDOG_GRACE: Duration = Duration::from_secs(1);
/// Seconds a trusted call ([`Pool::call`]) may take.
pub const CALL_TIMEOUT_S: f64 = 10.0;

/// Counters of a pool's life.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct PoolStats {
    /// Requests answered (programs and calls).
    pub requests: u64,
    /// Workers started.
    pub spawned: u64,
    /// Workers killed by the watchdog.
    pub watchdog_kills: u64,
    /// Workers killed for a broken protocol (died, forged, malformed or oversized reply).
    pub protocol_kills: u64,
    /// Workers replaced on schedule (`max_programs_per_worker`, CPU budget, or at their request).
    pub recycled: u64,
}

/// A pool of sandboxed CPython workers (DESIGN.md §6). `Send + Sync`: share it by reference
/// between rayon threads; each call takes a free worker, or waits for one.
///
/// Workers start lazily (one at [`Pool::new`], to check the interpreter and the layers), are
/// reused, and are replaced when they die, misbehave, hit the watchdog or have run
/// `max_programs_per_worker` programs. Dropping the pool kills and reaps every worker.
pub struct Pool {
    config: SandboxConfig,
    limits: WalkerLimits,
    python: PythonInfo,
    plan: Plan,
    boot: Vec<u8>,
    slots: Vec<Mutex<Option<Worker>>>,
    free: Mutex<Vec<usize>>,
    available: Condvar,
    next_id: AtomicU64,
    stats: Mutex<PoolStats>,
    layers: Mutex<[ChildState; 5]>,
}

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(PoisonError::into_inner)
}

/// A taken slot, given back on drop.
struct SlotGuard<'a> {
    pool: &'a Pool,
    index: usize,
}

impl Drop for SlotGuard<'_> {
    fn drop(&mut self) {
        lock(&self.pool.free).push(self.index);
        self.pool.available.notify_one();
    }
}

/// A reply as the worker sends it; every field is checked before use.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Reply {
    id: u64,
    nonce: String,
    ok: bool,
    #[serde(default)]
    walker: Option<WireWalker>,
    #[serde(default)]
    kind: Option<String>,
    #[serde(default)]
    error: Option<String>,
    #[serde(default)]
    line: Option<u64>,
    #[serde(default)]
    col: Option<u64>,
    #[serde(default)]
    result: Value,
    #[serde(default)]
    joints: Option<u64>,
    #[serde(default)]
    springs: Option<u64>,
    #[serde(default)]
    recycle: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct WireWalker {
    joints: Vec<(WireF64, WireF64)>,
    springs: Vec<(u64, u64, WireF64, WireF64)>,
}

/// A number, or "NaN" / "Infinity" / "-Infinity" (JSON has no such numbers).
struct WireF64(f64);

impl<'de> Deserialize<'de> for WireF64 {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum Raw {
            Num(f64),
            Text(String),
        }
        match Raw::deserialize(d)? {
            Raw::Num(x) => Ok(WireF64(x)),
            Raw::Text(s) => match s.as_str() {
                "NaN" => Ok(WireF64(f64::NAN)),
                "Infinity" => Ok(WireF64(f64::INFINITY)),
                "-Infinity" => Ok(WireF64(f64::NEG_INFINITY)),
                other => Err(serde::de::Error::custom(format!("not a number: {other:?}"))),
            },
        }
    }
}

/// What to do with the worker after a request.
enum After {
    Keep,
    Recycle,
    Kill,
}

impl Pool {
    /// Finds the interpreter, prepares the layers and starts one worker.
    ///
    /// Fails if the config is out of range, no usable interpreter is found, the worker cannot
    /// start, or `strict` is set and a layer is missing. Missing layers otherwise only warn
    /// (see [`Pool::layers`] and `elmer doctor`).
    pub fn new(config: &SandboxConfig, limits: WalkerLimits) -> Result<Pool, SandboxError> {
        config.validate()?;
        let path = config.resolve_python()?;
        let python = PythonInfo::probe(&path)?;
        let plan = Plan::new(config, &python).map_err(|e| SandboxError::Spawn {
            message: format!("could not prepare the worker's command line: {e}"),
        })?;
        if config.strict {
            let missing: Vec<String> = plan
                .layers
                .iter()
                .filter_map(|l| l.note.as_ref().map(|n| format!("{} ({n})", l.layer)))
                .collect();
            if !missing.is_empty() {
                return Err(SandboxError::LayersMissing {
                    missing: missing.join(", "),
                });
            }
        }
        ignore_sigpipe();
        let modules: Vec<Value> = EMBEDDED_MODULES
            .iter()
            .map(|m| {
                json!({"name": m.name, "source": m.source, "importable": m.importable, "aliases": m.aliases})
            })
            .collect();
        let mut boot = serde_json::to_vec(&json!({
            "worker": WORKER_SOURCE,
            "modules": modules,
            "allowed": ALLOWED_STDLIB,
        }))
        .map_err(|e| SandboxError::Spawn {
            message: format!("could not encode the boot message: {e}"),
        })?;
        boot.push(b'\n');
        let n = config.worker_count();
        let pool = Pool {
            config: config.clone(),
            limits,
            python,
            plan,
            boot,
            slots: (0..n).map(|_| Mutex::new(None)).collect(),
            free: Mutex::new((0..n).rev().collect()),
            available: Condvar::new(),
            next_id: AtomicU64::new(1),
            stats: Mutex::new(PoolStats::default()),
            layers: Mutex::new([ChildState::Skipped; 5]),
        };
        let first = pool.spawn()?;
        *lock(&pool.slots[0]) = Some(first);
        Ok(pool)
    }

    /// Runs one program with `seed` for `random` (usually [`super::program_seed`]); never fails:
    /// a sandbox that cannot start a worker gives [`FailureKind::Exception`] saying why.
    pub fn run(&self, source: &str, seed: u64) -> ProgramOutcome {
        match self.try_run(source, seed) {
            Ok(outcome) => outcome,
            Err(e) => Err(ProgramFailure::new(
                FailureKind::Exception,
                format!("the sandbox could not run the program: {e}"),
            )),
        }
    }

    /// Like [`Pool::run`], but a sandbox failure (no worker could be started) is an `Err`, so a
    /// caller can stop instead of recording every program as failed.
    pub fn try_run(&self, source: &str, seed: u64) -> Result<ProgramOutcome, SandboxError> {
        if source.len() > MAX_SOURCE_BYTES {
            return Ok(Err(ProgramFailure::new(
                FailureKind::Exception,
                format!(
                    "the program is {} bytes; at most {MAX_SOURCE_BYTES} are accepted",
                    source.len()
                ),
            )));
        }
        let timeout = self.config.timeout_s;
        let request = json!({
            "op": "run",
            "source": source,
            "seed": seed,
            "timeout_s": timeout,
            "max_joints": self.limits.max_joints,
            "max_springs": self.limits.max_springs,
        });
        let deadline = Duration::from_secs_f64(timeout) + WATCHDOG_GRACE;
        Ok(match self.request(request, deadline, true)? {
            Ok((reply, _)) => outcome(reply, &self.limits),
            Err((fault, elapsed, why)) => Err(self.fault_failure(fault, elapsed, &why)),
        })
    }

    /// Calls `module.function(args)` in a worker: `module` is an embedded trusted module
    /// ([`super::EmbeddedModule`] with `importable: false`), or `worker` for the worker's own
    /// `echo`. The function gets `args` as plain data and returns JSON-compatible data.
    pub fn call(&self, module: &str, function: &str, args: Value) -> Result<Value, SandboxError> {
        let request = json!({
            "op": "call",
            "module": module,
            "function": function,
            "args": args,
            "timeout_s": CALL_TIMEOUT_S,
        });
        let call_err = |message: String| SandboxError::Call {
            module: module.to_string(),
            function: function.to_string(),
            message,
        };
        let deadline = Duration::from_secs_f64(CALL_TIMEOUT_S) + WATCHDOG_GRACE;
        match self.request(request, deadline, false)? {
            Ok((reply, _)) if reply.ok => Ok(reply.result),
            Ok((reply, _)) => Err(call_err(reply.error.unwrap_or_default())),
            Err((fault, elapsed, why)) => {
                Err(call_err(self.fault_failure(fault, elapsed, &why).error))
            }
        }
    }

    /// The layers of the most recently started worker.
    pub fn layers(&self) -> Vec<LayerReport> {
        let states = *lock(&self.layers);
        self.layer_reports(&states)
    }

    /// The interpreter the workers run.
    pub fn python(&self) -> &PythonInfo {
        &self.python
    }

    /// The pool's settings.
    pub fn config(&self) -> &SandboxConfig {
        &self.config
    }

    /// Counters since the pool started.
    pub fn stats(&self) -> PoolStats {
        *lock(&self.stats)
    }

    /// Process ids of the live workers (for diagnostics and tests); waits for busy ones.
    pub fn worker_pids(&self) -> Vec<u32> {
        self.slots
            .iter()
            .filter_map(|s| lock(s).as_ref().map(Worker::pid))
            .collect()
    }

    /// Starts a separate worker, reports every layer as the pool applied it, and asks the
    /// worker what it can do from inside; the worker is killed afterwards. Used by
    /// [`super::doctor`], which checks the layers against the probe.
    pub(crate) fn inspect(&self) -> Inspection {
        let mut worker = match self.spawn() {
            Ok(w) => w,
            Err(e) => {
                return Inspection {
                    layers: Vec::new(),
                    probe: Err(e.to_string()),
                };
            }
        };
        let layers = self.layer_reports(&worker.layers);
        let nonce = nonce();
        let request = json!({"id": 0, "nonce": nonce, "op": "probe"});
        let mut line = request.to_string().into_bytes();
        line.push(b'\n');
        let reply = worker
            .exchange(
                &line,
                Instant::now() + Duration::from_secs(20),
                self.config.max_reply_bytes,
            )
            .map_err(|f| format!("{f:?}"))
            .and_then(|l| serde_json::from_slice::<Reply>(&l).map_err(|e| e.to_string()));
        worker.kill();
        let probe = match reply {
            Ok(r) if r.ok && r.nonce == nonce => WorkerProbe::deserialize(r.result)
                .map_err(|e| format!("the probe failed: malformed result: {e}")),
            Ok(r) => Err(format!("the probe failed: {}", r.error.unwrap_or_default())),
            Err(e) => Err(format!("the probe failed: {e}")),
        };
        Inspection { layers, probe }
    }

    fn layer_reports(&self, states: &[ChildState; 5]) -> Vec<LayerReport> {
        let mut out = Vec::new();
        for (plan, state) in self.plan.layers.iter().zip(states) {
            let (active, detail) = match (&plan.note, *state) {
                (Some(note), _) => {
                    // Not being root is not a missing uid layer: workers are unprivileged.
                    (false, note.clone())
                }
                (None, ChildState::Applied) => (true, plan.detail.clone()),
                (None, ChildState::Failed(errno)) => (
                    false,
                    format!("failed: {}", std::io::Error::from_raw_os_error(errno)),
                ),
                (None, ChildState::Skipped) => {
                    if plan.layer == Layer::UidDrop && unsafe { libc::geteuid() } != 0 {
                        (true, plan.detail.clone())
                    } else {
                        (false, "not applied (no worker started yet)".into())
                    }
                }
            };
            out.push(LayerReport {
                layer: plan.layer,
                active,
                detail,
            });
        }
        out.push(LayerReport {
            layer: Layer::EmptyEnvironment,
            active: true,
            detail: "started with only PYTHONHASHSEED=0 (same str hashes in every worker), cleared before programs run".into(),
        });
        out.push(LayerReport {
            layer: Layer::Watchdog,
            active: true,
            detail: format!(
                "SIGKILL {} s after a request (timeout_s {} + {} s)",
                self.config.timeout_s + WATCHDOG_GRACE.as_secs_f64(),
                self.config.timeout_s,
                WATCHDOG_GRACE.as_secs()
            ),
        });
        if self.config.layers == Layers::UnsafeNone {
            for l in out.iter_mut().take(CHILD_LAYERS.len()) {
                l.active = false;
            }
        }
        out
    }

    fn spawn(&self) -> Result<Worker, SandboxError> {
        let worker = Worker::spawn(
            &self.plan,
            &self.python.path,
            &self.boot,
            self.config.strict,
        )?;
        lock(&self.stats).spawned += 1;
        *lock(&self.layers) = worker.layers;
        if self.config.strict {
            let missing: Vec<String> = self
                .layer_reports(&worker.layers)
                .into_iter()
                .filter(|l| !l.active)
                .map(|l| format!("{} ({})", l.layer, l.detail))
                .collect();
            if !missing.is_empty() {
                return Err(SandboxError::LayersMissing {
                    missing: missing.join(", "),
                });
            }
        }
        Ok(worker)
    }

    fn acquire(&self) -> SlotGuard<'_> {
        let mut free = lock(&self.free);
        loop {
            if let Some(index) = free.pop() {
                return SlotGuard { pool: self, index };
            }
            free = self
                .available
                .wait(free)
                .unwrap_or_else(PoisonError::into_inner);
        }
    }

    /// Sends one request to a free worker (started if needed) and checks the reply's id and
    /// nonce. `Err` is a sandbox failure; the inner `Err` a fault of this request, after which
    /// the worker has been killed: (fault, elapsed, detail).
    #[allow(clippy::type_complexity)]
    fn request(
        &self,
        mut request: Value,
        budget: Duration,
        is_program: bool,
    ) -> Result<Result<(Reply, Duration), (Fault, Duration, String)>, SandboxError> {
        let slot = self.acquire();
        let mut guard = lock(&self.slots[slot.index]);
        if let Some(w) = guard.as_ref() {
            let cpu_budget = Duration::from_secs(WORKER_CPU_LIMIT_S / 2);
            if w.programs >= self.config.max_programs_per_worker || w.busy + budget > cpu_budget {
                *guard = None;
                lock(&self.stats).recycled += 1;
            }
        }
        let worker = match guard.as_mut() {
            Some(w) => w,
            None => guard.insert(self.spawn()?),
        };
        let id = self.next_id.fetch_add(1, Ordering::Relaxed);
        let nonce = nonce();
        request["id"] = json!(id);
        request["nonce"] = json!(nonce);
        let mut line = request.to_string().into_bytes();
        line.push(b'\n');
        let started = Instant::now();
        let result = worker.exchange(&line, started + budget, self.config.max_reply_bytes);
        let elapsed = started.elapsed();
        worker.busy += elapsed;
        if is_program {
            worker.programs += 1;
        }
        lock(&self.stats).requests += 1;
        let (after, out) = match result {
            Err(fault) => {
                let how = worker.kill();
                let detail = format!("{how}{}", worker.stderr_text());
                (After::Kill, Err((fault, elapsed, detail)))
            }
            Ok(bytes) => match serde_json::from_slice::<Reply>(&bytes) {
                Err(e) => (
                    After::Kill,
                    Err((
                        Fault::Io(std::io::Error::other(format!("unparsable reply: {e}"))),
                        elapsed,
                        String::new(),
                    )),
                ),
                Ok(reply) if reply.id != id || reply.nonce != nonce => (
                    After::Kill,
                    Err((
                        Fault::Io(std::io::Error::other(format!(
                            "forged reply (id {} and nonce do not match the request {id})",
                            reply.id
                        ))),
                        elapsed,
                        String::new(),
                    )),
                ),
                Ok(reply) => {
                    let after = if reply.recycle {
                        After::Recycle
                    } else {
                        After::Keep
                    };
                    (after, Ok((reply, elapsed)))
                }
            },
        };
        match after {
            After::Keep => {}
            After::Recycle => {
                *guard = None;
                lock(&self.stats).recycled += 1;
            }
            After::Kill => {
                *guard = None;
                let mut stats = lock(&self.stats);
                match &out {
                    Err((Fault::Timeout, _, _)) => stats.watchdog_kills += 1,
                    _ => stats.protocol_kills += 1,
                }
            }
        }
        drop(guard);
        drop(slot);
        Ok(out)
    }

    fn fault_failure(&self, fault: Fault, elapsed: Duration, detail: &str) -> ProgramFailure {
        match fault {
            Fault::Timeout => ProgramFailure::new(
                FailureKind::Timeout,
                format!(
                    "killed by the watchdog after {:.1} s (timeout_s {} + {} s): the program ignored the in-worker time limit (a loop in C code, or it caught the timeout)",
                    elapsed.as_secs_f64(),
                    self.config.timeout_s,
                    WATCHDOG_GRACE.as_secs()
                ),
            ),
            Fault::Closed => ProgramFailure::new(
                FailureKind::Exception,
                format!("the worker died while running the program ({detail}); it was replaced"),
            ),
            Fault::TooLong => ProgramFailure::new(
                FailureKind::Exception,
                format!(
                    "the worker's reply is longer than sandbox.max_reply_bytes ({}); the worker was replaced",
                    self.config.max_reply_bytes
                ),
            ),
            Fault::Io(e) => ProgramFailure::new(
                FailureKind::Exception,
                format!("{e}; the worker was replaced"),
            ),
        }
    }
}

/// Turns a checked reply into an outcome; the walker is validated here against `limits`.
fn outcome(reply: Reply, limits: &WalkerLimits) -> ProgramOutcome {
    if reply.ok {
        let Some(wire) = reply.walker else {
            return Err(ProgramFailure::new(
                FailureKind::Exception,
                "the worker's reply has no walker",
            ));
        };
        let mut b = WalkerBuilder::new();
        for (x, y) in wire.joints {
            b.add_joint(x.0, y.0);
        }
        for (i, j, amplitude, phase) in wire.springs {
            let (Ok(i), Ok(j)) = (usize::try_from(i), usize::try_from(j)) else {
                return Err(ProgramFailure::new(
                    FailureKind::Exception,
                    "a spring index does not fit",
                ));
            };
            b.add_muscle(i, j, amplitude.0, phase.0);
        }
        return b.build(limits).map_err(|e| {
            let error = e.to_string();
            ProgramFailure::new(FailureKind::InvalidWalker(e), error)
        });
    }
    let error = reply.error.unwrap_or_default();
    let kind = reply.kind.unwrap_or_default();
    let at = match (reply.line, reply.col) {
        (Some(l), Some(c)) => format!(" (line {l}, column {c})"),
        _ => String::new(),
    };
    let failure = |kind, text: String| Err(ProgramFailure::new(kind, text));
    match kind.as_str() {
        "syntax_error" => failure(FailureKind::SyntaxError, format!("{error}{at}")),
        "forbidden_import" => failure(FailureKind::ForbiddenImport, error),
        "exception" | "no_walker" => failure(FailureKind::Exception, error),
        "timeout" => failure(FailureKind::Timeout, error),
        "memory_error" => failure(FailureKind::MemoryError, error),
        "too_large" => {
            let joints = reply.joints.unwrap_or(0) as usize;
            let springs = reply.springs.unwrap_or(0) as usize;
            let e = if joints > limits.max_joints {
                WalkerError::TooManyJoints {
                    count: joints,
                    max: limits.max_joints,
                }
            } else {
                WalkerError::TooManySprings {
                    count: springs,
                    max: limits.max_springs,
                }
            };
            let text = e.to_string();
            failure(FailureKind::InvalidWalker(e), text)
        }
        other => failure(
            FailureKind::Exception,
            format!("the worker reported an unknown failure kind {other:?}: {error}"),
        ),
    }
}

impl Drop for Pool {
    fn drop(&mut self) {
        for slot in &self.slots {
            // Dropping a Worker SIGKILLs and reaps it.
            lock(slot).take();
        }
    }
}

// The pool is shared by reference between rayon threads.
const _: () = {
    const fn send_sync<T: Send + Sync>() {}
    send_sync::<Pool>();
};

fn nonce() -> String {
    format!("{:032x}", rand::rng().random::<u128>())
}

/// Writes to a dead worker must fail with EPIPE, not kill elmer: Rust binaries already ignore
/// SIGPIPE; a host that restored the default (e.g. an embedding) gets it ignored here.
fn ignore_sigpipe() {
    // SAFETY: queries and, only if it is the default action, sets the SIGPIPE disposition.
    unsafe {
        let mut old: libc::sigaction = std::mem::zeroed();
        if libc::sigaction(libc::SIGPIPE, std::ptr::null(), &mut old) == 0
            && old.sa_sigaction == libc::SIG_DFL
        {
            libc::signal(libc::SIGPIPE, libc::SIG_IGN);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> ProgramOutcome {
        outcome(
            serde_json::from_str(text).unwrap(),
            &WalkerLimits::default(),
        )
    }

    #[test]
    fn non_finite_numbers_reach_walker_validation() {
        let r = parse(
            r#"{"id": 1, "nonce": "n", "ok": true, "walker": {"joints": [[0.0, 0.0], ["NaN", 1.0]], "springs": [[0, 1, 0.0, "-Infinity"]]}}"#,
        );
        let f = r.unwrap_err();
        assert!(
            matches!(&f.kind, FailureKind::InvalidWalker(WalkerError::NotFinite { field, .. }) if field == "joints[1].x"),
            "{f:?}"
        );
    }

    #[test]
    fn failure_kinds_map_to_statuses() {
        let kinds = [
            ("syntax_error", FailureKind::SyntaxError),
            ("forbidden_import", FailureKind::ForbiddenImport),
            ("exception", FailureKind::Exception),
            ("no_walker", FailureKind::Exception),
            ("timeout", FailureKind::Timeout),
            ("memory_error", FailureKind::MemoryError),
            ("made_up", FailureKind::Exception),
        ];
        for (kind, expected) in kinds {
            let text = format!(
                r#"{{"id": 1, "nonce": "n", "ok": false, "kind": "{kind}", "error": "e", "line": 3, "col": 4}}"#
            );
            assert_eq!(parse(&text).unwrap_err().kind, expected, "{kind}");
        }
        let f = parse(r#"{"id": 1, "nonce": "n", "ok": false, "kind": "syntax_error", "error": "SyntaxError: x", "line": 3, "col": 4}"#).unwrap_err();
        assert_eq!(f.error, "SyntaxError: x (line 3, column 4)");
        let f = parse(r#"{"id": 1, "nonce": "n", "ok": false, "kind": "too_large", "error": "", "joints": 9, "springs": 300}"#).unwrap_err();
        assert_eq!(
            f.kind,
            FailureKind::InvalidWalker(WalkerError::TooManySprings {
                count: 300,
                max: 256
            })
        );
    }

    #[test]
    fn unknown_reply_fields_are_rejected() {
        assert!(
            serde_json::from_str::<Reply>(r#"{"id": 1, "nonce": "n", "ok": true, "extra": 1}"#)
                .is_err()
        );
        assert!(serde_json::from_str::<Reply>(r#"{"id": 1, "nonce": "n", "ok": true, "walker": {"joints": [["nan", 0]], "springs": []}}"#).is_err());
    }
}
