//! The LLM operator against a misbehaving in-process server: faults, the in-flight ceiling,
//! provenance, secrets, and the endpoints-down stop (issue 6).

use std::path::Path;
use std::sync::atomic::AtomicBool;
use std::time::Duration;

use elmer::config::{RunConfig, parse_mutator};
use elmer::evolve::{self, Engine, EvolveError};
use elmer::mutate::CallId;
use elmer::mutate::llm::{CallFailure, CallStatus, EndpointConfig};
use elmer::qd::Status;
use elmer::store::{RunStatus, RunStore};

use crate::mock_llm::{Behaviour, MockServer};
use crate::util::{assert_code, elmer, isolated, run_isolated, stderr};

/// A square child that runs: the first muscle's amplitude 5 -> 7.
pub const CHILD: &str = r#"Here you go:

```python
from walker_creator import walker_creator

def make_walker():
    wc = walker_creator()
    j0 = wc.add_joint(0, 0)
    j1 = wc.add_joint(0, 10)
    j2 = wc.add_joint(10, 10)
    j3 = wc.add_joint(10, 0)
    c = wc.add_joint(5, 5)
    wc.add_muscle(j0, j1)
    wc.add_muscle(j1, j2)
    wc.add_muscle(j2, j3)
    wc.add_muscle(j3, j0)
    wc.add_muscle(j3, c, 7.0, 0.0)
    wc.add_muscle(c, j1, 10.0, 0.25)
    wc.add_muscle(j0, c, 2.0, 0.5)
    wc.add_muscle(j2, c)
    return wc.get_walker()
```

The first muscle is stronger now."#;

pub fn ok() -> Behaviour {
    Behaviour::Reply(CHILD.into())
}

pub fn config(server: &str, evals: u64, batch: usize, in_flight: usize) -> RunConfig {
    let mut cfg = RunConfig::default();
    cfg.sim.horizon = 120;
    cfg.evolve.evals = evals;
    cfg.evolve.batch_size = batch;
    cfg.evolve.seed = 3;
    cfg.mutate.operators = parse_mutator("llm:chat").unwrap();
    let mut e = EndpointConfig::new(server, "mock-model");
    e.max_in_flight = in_flight;
    e.timeout_s = 1.0;
    cfg.llm.endpoints.push(e);
    cfg.llm.backoff_s = 0.05;
    cfg.llm.max_backoff_s = 2.0;
    cfg.validate().unwrap();
    cfg
}

/// Runs `cfg` in-process into `dir`; the engine and the run's result.
pub fn evolve(cfg: &RunConfig, dir: &Path) -> (Engine, Result<bool, EvolveError>) {
    let source = elmer::seeds::find("square").unwrap().source;
    let ctx = evolve::Context::new(cfg).unwrap();
    let mut engine = Engine::new(cfg).unwrap();
    let mut store = RunStore::create(dir, &cfg.to_toml(), &cfg.grid, &engine.rng_state()).unwrap();
    let r = evolve::run(
        &mut engine,
        &ctx,
        &mut store,
        source,
        &AtomicBool::new(false),
        |_| {},
    );
    (engine, r)
}

fn llm_status_count(engine: &Engine, status: Status) -> u64 {
    engine
        .counters()
        .operators
        .get("llm")
        .map_or(0, |c| c.statuses.get(status))
}

#[test]
fn faults_are_retried_or_recorded_and_the_run_goes_on() {
    let server = MockServer::start(
        vec![
            Behaviour::Status(429, Some("1"), r#"{"error":"slow down"}"#),
            ok(),
            Behaviour::Status(500, None, "boom"),
            ok(),
            Behaviour::Slow(Duration::from_secs(4), Box::new(ok())),
            ok(),
            Behaviour::Raw("this is not json"),
            Behaviour::Raw(r#"{"choices": []}"#),
            Behaviour::Reply("I cannot help with walkers, but here is a poem.".into()),
        ],
        ok(),
    );
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("faults");
    // One slot: the requests arrive in task order, so the script lines up with the children.
    let cfg = config(&server.base_url(), 8, 7, 1);
    let (engine, r) = evolve(&cfg, &dir);
    assert!(r.unwrap(), "the run completes");
    assert_eq!(engine.evaluations(), 8);
    assert_eq!(
        llm_status_count(&engine, Status::LlmError),
        2,
        "invalid JSON, empty choices"
    );
    assert_eq!(llm_status_count(&engine, Status::NoCode), 1, "the poem");
    let ran = 7 - 3;
    assert_eq!(
        llm_status_count(&engine, Status::Ok),
        ran,
        "every retried call gave a child that ran"
    );

    let store = RunStore::open_read_only(&dir.join("run.sqlite")).unwrap();
    let children = store.children().unwrap();
    assert_eq!(children.len(), 8, "nothing is lost");
    let calls: Vec<_> = children[1..]
        .iter()
        .map(|c| {
            let id = c.llm_call_id.expect("every llm child links to its call");
            store.llm_call(id).unwrap().expect("the call is stored")
        })
        .collect();
    let statuses: Vec<String> = calls.iter().map(|c| c.status.to_string()).collect();
    assert_eq!(
        statuses,
        [
            "ok",
            "ok",
            "ok",
            "invalid_json",
            "empty_choices",
            "ok",
            "ok"
        ]
    );
    let attempts: Vec<u64> = calls
        .iter()
        .map(|c| c.params["attempts"].as_u64().unwrap())
        .collect();
    assert_eq!(
        attempts,
        [2, 2, 2, 1, 1, 1, 1],
        "429, 500 and the timeout were retried"
    );
    for (c, call) in children[1..].iter().zip(&calls) {
        assert_eq!(c.format.as_deref(), Some("chat"));
        assert_eq!(call.model, "mock-model");
        assert!(call.prompt.contains("make_walker") && call.prompt.contains("\"system\""));
        assert!(call.params["max_tokens"].as_u64().unwrap() >= 256);
        assert!(call.seed.is_some(), "the per-child seed is sent and stored");
        if call.status == CallStatus::Ok {
            assert!(call.reply.is_some() && call.completion_tokens == Some(50));
        } else {
            assert!(call.reply.is_none() && call.error.is_some());
        }
    }
    // The seeds sent are the stored ones.
    let sent: Vec<u64> = server
        .seen()
        .iter()
        .filter_map(|s| s.body["seed"].as_u64())
        .collect();
    assert!(calls.iter().all(|c| sent.contains(&c.seed.unwrap())));
}

#[test]
fn requests_in_flight_reach_the_ceiling_and_never_pass_it() {
    let server = MockServer::start(Vec::new(), ok());
    server.hold_until_open(3);
    let tmp = tempfile::tempdir().unwrap();
    let mut cfg = config(&server.base_url(), 25, 12, 3);
    // Longer than the server's longest hold: a held request must not time out.
    cfg.llm.endpoints[0].timeout_s = 300.0;
    // A gp share in the same generations: its children simulate while requests wait.
    cfg.mutate.operators = parse_mutator("llm:chat=0.75,gp=0.25").unwrap();
    let (engine, r) = evolve(&cfg, &tmp.path().join("ceiling"));
    assert!(r.unwrap());
    assert_eq!(server.max_open(), 3);
    assert_eq!(server.seen().len(), 18, "three quarters of 24 children");
    assert_eq!(engine.counters().operators["gp"].statuses.total(), 6);
}

#[test]
fn every_endpoint_down_stops_the_run_after_saving_it() {
    // A port with nothing listening: connections are refused.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("down");
    let mut cfg = config(&format!("http://127.0.0.1:{port}/v1"), 30, 4, 2);
    cfg.llm.retries = 2;
    cfg.llm.rest_s = 0.1;
    let (engine, r) = evolve(&cfg, &dir);
    let e = r.unwrap_err();
    let msg = e.to_string();
    assert!(matches!(e, EvolveError::OperatorDown { .. }), "{msg}");
    assert!(
        msg.contains("cannot connect") && msg.contains("--resume"),
        "{msg}"
    );
    assert_eq!(engine.evaluations(), 5, "the seed and one generation");
    let store = RunStore::open_read_only(&dir.join("run.sqlite")).unwrap();
    assert_eq!(store.run().unwrap().status, RunStatus::Interrupted);
    let children = store.children().unwrap();
    assert_eq!(children.len(), 5, "the generation is saved");
    for c in &children[1..] {
        assert_eq!(c.status, Status::LlmError);
    }
    let refused = children[1..]
        .iter()
        .filter_map(|c| store.llm_call(c.llm_call_id?).unwrap())
        .filter(|call| call.status == CallStatus::Failed(CallFailure::Refused))
        .count();
    assert!(
        refused >= 1,
        "at least the first call is recorded as refused"
    );
}

const KEY_VAR: &str = "ELMER_TEST_LLM_KEY";
const SECRET: &str = "sk-elmer-test-0123456789abcdef";

fn contains(haystack: &[u8], needle: &str) -> bool {
    haystack
        .windows(needle.len())
        .any(|w| w == needle.as_bytes())
}

/// No file of the run folder holds the key.
fn assert_no_secret_in(dir: &Path) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let bytes = std::fs::read(&path).unwrap();
        assert!(
            !contains(&bytes, SECRET),
            "the key is in {}",
            path.display()
        );
    }
}

#[test]
fn the_api_key_reaches_the_server_and_nothing_else() {
    // In-process, in a process of its own (it needs the variable set): the server, the store,
    // the sandbox workers.
    run_isolated("llm::api_key_probe", &[(KEY_VAR, SECRET)]);

    // Through the CLI: stdout, stderr and the store.
    let server = MockServer::start(Vec::new(), ok());
    let tmp = tempfile::tempdir().unwrap();
    let mut cfg = config(&server.base_url(), 5, 4, 2);
    cfg.llm.endpoints[0].api_key_env = Some(KEY_VAR.into());
    let toml_path = tmp.path().join("run.toml");
    std::fs::write(&toml_path, cfg.to_toml()).unwrap();
    let dir = tmp.path().join("cli");
    let out = elmer()
        .args(["evolve", "--config"])
        .arg(&toml_path)
        .arg("--out")
        .arg(&dir)
        .env(KEY_VAR, SECRET)
        .output()
        .unwrap();
    assert_code(&out, 0);
    assert!(!contains(&out.stdout, SECRET) && !contains(&out.stderr, SECRET));
    assert_no_secret_in(&dir);
    assert!(
        server
            .seen()
            .iter()
            .all(|s| s.authorization.as_deref() == Some(&*format!("Bearer {SECRET}")))
    );

    // Without the variable: a clear error naming it, and no run.
    let out = elmer()
        .args(["evolve", "--config"])
        .arg(&toml_path)
        .arg("--out")
        .arg(tmp.path().join("nokey"))
        .env_remove(KEY_VAR)
        .output()
        .unwrap();
    assert_code(&out, 2);
    assert!(stderr(&out).contains(KEY_VAR), "{}", stderr(&out));
    assert!(!tmp.path().join("nokey/run.sqlite").exists());
}

#[test]
#[ignore = "run in its own process by the_api_key_reaches_the_server_and_nothing_else"]
fn api_key_probe() {
    if !isolated() {
        return;
    }
    let server = MockServer::start(Vec::new(), ok());
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("secret");
    let mut cfg = config(&server.base_url(), 5, 4, 2);
    cfg.llm.endpoints[0].api_key_env = Some(KEY_VAR.into());
    assert!(!format!("{cfg:?}").contains(SECRET));
    let source = elmer::seeds::find("square").unwrap().source;
    let ctx = evolve::Context::new(&cfg).unwrap();
    for pid in ctx.pool.worker_pids() {
        let env = std::fs::read(format!("/proc/{pid}/environ")).unwrap();
        assert!(!contains(&env, SECRET), "a sandbox worker has the key");
    }
    let mut engine = Engine::new(&cfg).unwrap();
    let mut store = RunStore::create(&dir, &cfg.to_toml(), &cfg.grid, &engine.rng_state()).unwrap();
    let stop = AtomicBool::new(false);
    assert!(evolve::run(&mut engine, &ctx, &mut store, source, &stop, |_| {}).unwrap());
    drop(store);
    let seen = server.seen();
    assert_eq!(seen.len(), 4);
    for s in &seen {
        assert_eq!(s.path, "/v1/chat/completions");
        assert_eq!(
            s.authorization.as_deref(),
            Some(&*format!("Bearer {SECRET}"))
        );
    }
    assert_no_secret_in(&dir);
}

/// `elmer doctor --config` against one misbehaving endpoint: (exit code, stdout).
fn doctor(script: Vec<Behaviour>, fallback: Behaviour, timeout_s: f64) -> (i32, String) {
    let server = MockServer::start(script, fallback);
    let tmp = tempfile::tempdir().unwrap();
    let mut cfg = config(&server.base_url(), 5, 4, 2);
    cfg.llm.endpoints[0].timeout_s = timeout_s;
    let path = tmp.path().join("doctor.toml");
    std::fs::write(&path, cfg.to_toml()).unwrap();
    let out = elmer()
        .args(["doctor", "--config"])
        .arg(&path)
        .output()
        .unwrap();
    (out.status.code().unwrap_or(-1), crate::util::stdout(&out))
}

const MODELS: &str = r#"{"object":"list","data":[{"id":"mock-model","object":"model"}]}"#;

#[test]
fn doctor_says_what_is_wrong_with_an_endpoint() {
    let props = |n: u64| -> Behaviour {
        Behaviour::Raw(Box::leak(
            format!(r#"{{"default_generation_settings":{{"n_ctx":{n}}}}}"#).into_boxed_str(),
        ))
    };
    let (code, out) = doctor(vec![Behaviour::Raw(MODELS), ok()], props(4096), 5.0);
    assert_eq!(code, 0, "{out}");
    assert!(
        out.contains("endpoint ") && out.contains("ok") && out.contains("a slot holds 4096"),
        "{out}"
    );

    let (code, out) = doctor(vec![Behaviour::Raw(MODELS), ok()], props(512), 5.0);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("context too small: a slot holds 512"), "{out}");

    let (code, out) = doctor(
        vec![
            Behaviour::Raw(MODELS),
            Behaviour::Status(
                400,
                None,
                r#"{"error":"the request exceeds the available context size"}"#,
            ),
        ],
        ok(),
        5.0,
    );
    assert_eq!(code, 1);
    assert!(out.contains("context too small"), "{out}");

    let (code, out) = doctor(vec![Behaviour::Status(401, None, "{}")], ok(), 5.0);
    assert_eq!(code, 1);
    assert!(out.contains("401: the server wants a key"), "{out}");

    let other = r#"{"data":[{"id":"llama-3"}]}"#;
    let (code, out) = doctor(vec![Behaviour::Raw(other)], ok(), 5.0);
    assert_eq!(code, 1);
    assert!(
        out.contains("unknown model \"mock-model\": the server serves llama-3"),
        "{out}"
    );

    let slow = Behaviour::Slow(Duration::from_secs(4), Box::new(Behaviour::Raw(MODELS)));
    let (code, out) = doctor(vec![slow], ok(), 0.5);
    assert_eq!(code, 1);
    assert!(out.contains("timeout:"), "{out}");

    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let tmp = tempfile::tempdir().unwrap();
    let cfg = config(&format!("http://127.0.0.1:{port}/v1"), 5, 4, 2);
    let path = tmp.path().join("refused.toml");
    std::fs::write(&path, cfg.to_toml()).unwrap();
    let out = elmer()
        .args(["doctor", "--config"])
        .arg(&path)
        .output()
        .unwrap();
    assert_code(&out, 1);
    assert!(
        crate::util::stdout(&out).contains("connection refused"),
        "{}",
        crate::util::stdout(&out)
    );
}

/// The chat format's extraction on the cases of `tests/data/chat-replies/`: hand-made ones
/// and replies recorded from the local model. Each folder holds `reply.md`, `expect.txt`
/// (`program`, `edited`, `closed`, or `no_code`/`bad_diff` and the message) and, for a child,
/// `expect.py`; the parent is `parent.py` if present, else the square seed.
#[test]
fn chat_extraction_on_recorded_and_hand_made_replies() {
    use elmer::mutate::llm::chat::{Extracted, NoChild, extract};
    let root = crate::util::data("chat-replies");
    let mut dirs: Vec<_> = std::fs::read_dir(&root)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_dir())
        .collect();
    dirs.sort();
    let square = elmer::seeds::find("square").unwrap().source;
    for dir in &dirs {
        let name = dir.file_name().unwrap().to_string_lossy();
        let read = |f: &str| std::fs::read_to_string(dir.join(f));
        let reply = read("reply.md").unwrap();
        let parent = read("parent.py").unwrap_or_else(|_| square.to_string());
        let expect = read("expect.txt").unwrap();
        let (kind, message) = expect.split_once('\n').unwrap();
        let got = extract(&reply, &parent);
        match (kind, got) {
            ("program", Ok(Extracted::Program(src)))
            | ("edited", Ok(Extracted::Edited(src)))
            | ("closed", Ok(Extracted::Closed(src))) => {
                assert_eq!(src, read("expect.py").unwrap(), "{name}");
            }
            ("no_code", Err(NoChild::NoCode(m))) | ("bad_diff", Err(NoChild::BadEdit(m))) => {
                assert_eq!(m, message.trim_end(), "{name}");
            }
            (kind, got) => panic!("{name}: expected {kind}, got {got:?}"),
        }
    }
    assert!(dirs.len() >= 25, "only {} cases", dirs.len());
}

/// The local server's base URL and model (`ELMER_LLM_BASE_URL`, `ELMER_LLM_MODEL`), or `None`
/// when no server answers there and `ELMER_REQUIRE_LLM=1` is not set (then it panics).
fn real_server() -> Option<(String, String)> {
    let base = std::env::var("ELMER_LLM_BASE_URL").unwrap_or("http://127.0.0.1:8642/v1".into());
    let model = std::env::var("ELMER_LLM_MODEL").unwrap_or("qwen2.5-coder-0.5b-instruct".into());
    let required = std::env::var("ELMER_REQUIRE_LLM").is_ok_and(|v| v == "1");
    let addr = base
        .trim_start_matches("http://")
        .split('/')
        .next()
        .unwrap()
        .to_string();
    let up = std::net::TcpStream::connect_timeout(
        &addr
            .parse()
            .expect("ELMER_LLM_BASE_URL is http://HOST:PORT/v1"),
        Duration::from_secs(2),
    )
    .is_ok();
    if !up {
        assert!(
            !required,
            "ELMER_REQUIRE_LLM=1 but no server answers at {base}; start it with scripts/local-llm start"
        );
        eprintln!(
            "skipped: no LLM server at {base} (scripts/local-llm start; ELMER_REQUIRE_LLM=1 makes this a failure)"
        );
        return None;
    }
    Some((base, model))
}

/// Issue 19 on the real local model: one archive-aware chat child and one lmx child, stored
/// with their calls and evaluated. Structure only, never exact text.
#[test]
#[ignore = "needs the local LLM server; scripts/test runs it"]
fn real_model_writes_an_archive_aware_and_an_lmx_child() {
    let Some((base, model)) = real_server() else {
        return;
    };
    let tmp = tempfile::tempdir().unwrap();
    let mut cfg = config(&base, 3, 2, 2);
    cfg.sim.horizon = 600;
    cfg.mutate.operators = parse_mutator("llm:chat=0.5,llm:lmx=0.5").unwrap();
    cfg.llm.endpoints[0].model = model;
    cfg.llm.endpoints[0].timeout_s = 900.0;
    let dir = tmp.path().join("guided");
    let (_, r) = evolve(&cfg, &dir);
    assert!(r.unwrap());
    let store = RunStore::open_read_only(&dir.join("run.sqlite")).unwrap();
    let children = store.children().unwrap();
    let formats: Vec<Option<&str>> = children.iter().map(|c| c.format.as_deref()).collect();
    assert_eq!(formats, [None, Some("chat"), Some("lmx")]);
    for c in &children[1..] {
        let call = store
            .llm_call(c.llm_call_id.expect("linked to its call"))
            .unwrap()
            .expect("stored");
        assert_eq!(call.status, CallStatus::Ok, "{:?}", call.error);
        assert!(call.reply.is_some() && call.completion_tokens.unwrap_or(0) > 0);
        assert_ne!(c.status, Status::LlmError, "{:?}", c.error);
        if c.format.as_deref() == Some("chat") {
            // The seed alone in the archive: a target among its empty neighbours.
            assert!(call.params["target"].is_string(), "{}", call.params);
            assert!(call.params["context"].is_array());
            assert!(
                call.prompt
                    .contains("so that it fills the empty archive cell")
            );
        } else {
            assert!(
                call.prompt
                    .ends_with(&format!("{}\n", elmer::mutate::llm::lmx::MARKER))
            );
            assert_eq!(call.params["stop"][0], elmer::mutate::llm::lmx::STOP[0]);
        }
    }
}

/// The real local model end to end. `scripts/test` starts the server and runs this with
/// `--ignored` and `ELMER_REQUIRE_LLM=1` (no server is then a failure); by hand, without the
/// variable, it skips when no server answers. Structure only, never exact text.
#[test]
#[ignore = "needs the local LLM server; scripts/test runs it"]
fn real_model_writes_children_that_are_stored_and_run() {
    let Some((base, model)) = real_server() else {
        return;
    };
    let tmp = tempfile::tempdir().unwrap();
    let mut cfg = config(&base, 9, 8, 2);
    cfg.sim.horizon = 600;
    cfg.llm.endpoints[0].model = model;
    cfg.llm.endpoints[0].timeout_s = 900.0;
    let path = tmp.path().join("real.toml");
    std::fs::write(&path, cfg.to_toml()).unwrap();
    let dir = tmp.path().join("real");
    // 4 chat, 2 diff and 2 prompt children (largest-remainder allotment of 8).
    let mutator = "llm:chat=0.5,llm:diff=0.25,llm:prompt=0.25";
    let out = elmer()
        .args(["evolve", "--mutator", mutator, "--json", "--config"])
        .arg(&path)
        .arg("--out")
        .arg(&dir)
        .output()
        .unwrap();
    assert_code(&out, 0);
    let store = RunStore::open_read_only(&dir.join("run.sqlite")).unwrap();
    let children = store.children().unwrap();
    assert_eq!(children.len(), 9);
    let mut ran = 0;
    let mut formats = std::collections::BTreeMap::new();
    for c in &children[1..] {
        assert_eq!(c.operator, "llm");
        let format = c.format.clone().expect("an llm child has a format");
        *formats.entry(format.clone()).or_insert(0) += 1;
        let call = store
            .llm_call(c.llm_call_id.expect("linked to its call"))
            .unwrap()
            .expect("stored");
        assert_eq!(call.status, CallStatus::Ok, "{:?}", call.error);
        assert!(call.prompt.contains("make_walker"));
        assert!(
            call.reply.is_some(),
            "the reply is stored, even an empty one"
        );
        assert!(call.latency_ms > 0 && call.prompt_tokens.unwrap_or(0) > 0);
        match format.as_str() {
            "chat" => assert!(call.prompt.contains("\"system\"")),
            "diff" => assert!(
                call.prompt.starts_with("<NME> walker.py\n<BEF> ") && call.prompt.ends_with("<DFF>")
            ),
            "prompt" => assert!(call.prompt.ends_with(
                "#Create a new walker by modifying the starting function above.\ndef make_walker():\n"
            )),
            other => panic!("unexpected format {other}"),
        }
        // A chat child that ran is what the model is for; diff and prompt only prove the
        // request, parse and store path (this instruct model rarely writes a valid diff).
        if format == "chat"
            && matches!(
                c.status,
                Status::Ok
                    | Status::Unstable
                    | Status::InvalidWalker
                    | Status::Exception
                    | Status::Timeout
            )
        {
            ran += 1;
        }
    }
    let want: std::collections::BTreeMap<String, i32> =
        [("chat".into(), 4), ("diff".into(), 2), ("prompt".into(), 2)].into();
    assert_eq!(formats, want);
    assert!(
        ran >= 1,
        "no child of the model ran: {:?}",
        children.iter().map(|c| c.status).collect::<Vec<_>>()
    );
}

/// The real local model rates its own chat children (issue 21): the server sends token
/// log-probabilities and `p_runs` is stored for at least one child. Run as the test above.
#[test]
#[ignore = "needs the local LLM server; scripts/test runs it"]
fn real_model_self_evaluates_its_children() {
    let Some((base, model)) = real_server() else {
        return;
    };
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("self-eval");
    let mut cfg = config(&base, 3, 2, 2);
    cfg.sim.horizon = 600;
    cfg.llm.endpoints[0].model = model;
    cfg.llm.endpoints[0].timeout_s = 900.0;
    cfg.mutate.operators = parse_mutator("llm:chat+self_eval").unwrap();
    cfg.validate().unwrap();
    let (_, r) = evolve(&cfg, &dir);
    assert!(r.unwrap());
    let store = RunStore::open_read_only(&dir.join("run.sqlite")).unwrap();
    let records = store.self_evals().unwrap();
    for r in &records {
        let e = &r.self_eval;
        assert_eq!(e.status, "ok", "child {}: {e:?}", r.child_id);
        assert!(e.prompt_tokens.unwrap_or(0) > 0 && e.completion_tokens.unwrap_or(0) >= 1);
        for p in [e.p_runs, e.p_improves].into_iter().flatten() {
            assert!((0.0..=1.0).contains(&p), "{e:?}");
        }
    }
    assert!(
        records.iter().any(|r| r.self_eval.p_runs.is_some()),
        "no child has p_runs: {records:?}"
    );
}

/// The byte-exact examples of `../shared/formats/` (copied into tests/data/formats).
#[test]
fn diff_format_golden_files() {
    use elmer::mutate::llm::diff;
    let read =
        |f: &str| std::fs::read_to_string(crate::util::data(&format!("formats/{f}"))).unwrap();
    let parent = read("parent.py");
    assert_eq!(
        diff::apply(&parent, &read("diff-reply.txt")).unwrap(),
        read("child.py")
    );
    assert_eq!(
        diff::prompt(&parent, "Changed make_walker function."),
        read("diff-prompt.txt")
    );
}

/// Diff application on the cases of `tests/data/diff-replies/`: `reply.diff`, and `expect.py`
/// (the child) or `expect.txt` (`bad_diff` and the message); the parent is `parent.py` if
/// present, else `formats/parent.py`.
#[test]
fn diff_application_on_recorded_and_hand_made_replies() {
    use elmer::mutate::llm::diff;
    let root = crate::util::data("diff-replies");
    let mut dirs: Vec<_> = std::fs::read_dir(&root)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_dir())
        .collect();
    dirs.sort();
    let default_parent = std::fs::read_to_string(crate::util::data("formats/parent.py")).unwrap();
    for dir in &dirs {
        let name = dir.file_name().unwrap().to_string_lossy();
        let read = |f: &str| std::fs::read_to_string(dir.join(f));
        let parent = read("parent.py").unwrap_or_else(|_| default_parent.clone());
        let got = diff::apply(&parent, &read("reply.diff").unwrap());
        match (read("expect.py"), got) {
            (Ok(want), Ok(child)) => assert_eq!(child, want, "{name}"),
            (Err(_), Err(e)) => {
                let expect = read("expect.txt").unwrap();
                assert_eq!(format!("bad_diff\n{}\n", e.0), expect, "{name}");
            }
            (want, got) => panic!("{name}: expected {:?}, got {got:?}", want.is_ok()),
        }
    }
    assert!(dirs.len() >= 30, "only {} cases", dirs.len());
}

/// The continuation format: the prompt bytes, the cut at the end of the function, the splice
/// that keeps helpers and imports; and completion crossover's prompt.
#[test]
fn continuation_and_crossover_on_recorded_cases() {
    use elmer::mutate::llm::prompt;
    let parent = std::fs::read_to_string(crate::util::data("formats/parent.py")).unwrap();
    let p = prompt::prompt(&parent);
    assert!(p.starts_with("from walker_creator import walker_creator\n"));
    assert!(p.ends_with(
        "    return wc.get_walker()\n\n\n#Create a new walker by modifying the starting function above.\ndef make_walker():\n"
    ));

    // A completion that runs on past the function (recorded shape: a base model goes on).
    let completion = "    wc = walker_creator()\n    a = wc.add_joint(0, 0)\n    b = wc.add_joint(4, 0)\n    wc.add_muscle(a, b, 3.0, 0.5)\n    return wc.get_walker()\n\n\ndef make_other():\n    pass\n";
    let body = prompt::cut_body(completion);
    assert_eq!(
        body,
        "    wc = walker_creator()\n    a = wc.add_joint(0, 0)\n    b = wc.add_joint(4, 0)\n    wc.add_muscle(a, b, 3.0, 0.5)\n    return wc.get_walker()\n"
    );
    let child = prompt::splice(&parent, &body).unwrap();
    let head = &parent[..parent.find("def make_walker").unwrap()];
    assert_eq!(child, format!("{head}def make_walker():\n{body}"));
    // Prose after an unindented line is cut; a body-less completion gives no child.
    assert_eq!(
        prompt::cut_body("    return 1\nThis walker is great.\n"),
        "    return 1\n"
    );
    assert_eq!(
        prompt::splice(&parent, &prompt::cut_body("Sorry, I can't.")),
        None
    );
    // Code after make_walker in the parent stays.
    let with_tail = format!("{parent}\n\nSPEED = 3\n");
    let child = prompt::splice(&with_tail, "    return None\n").unwrap();
    assert!(
        child.ends_with("def make_walker():\n    return None\n\n\nSPEED = 3\n"),
        "{child}"
    );

    // Crossover: both parents, then OpenELM's instruction (its typo kept).
    let square = elmer::seeds::find("square").unwrap().source;
    let radial = elmer::seeds::find("radial").unwrap().source;
    let x = prompt::crossover_prompt(&[square, radial]);
    assert!(x.starts_with(square.trim_end()));
    assert!(x.contains(&format!("{}\n\n\n", radial.trim_end())));
    assert!(x.ends_with(
        "#Combine the ,starting programs above to make a new program.\ndef make_walker():\n"
    ));
}

/// Completion crossover's child: the first parent with the new `make_walker`, borrowing the
/// helpers (and their imports) of the other parents that it calls. Run in the real sandbox.
#[test]
fn crossover_children_keep_the_first_parent_and_borrow_what_they_call() {
    use elmer::mutate::llm::prompt;
    use elmer::sandbox::{Pool, SandboxConfig, normalise, program_seed};
    use elmer::walker::WalkerLimits;
    let seed = |name| elmer::seeds::find(name).unwrap().source;
    let body_of = |source: &str| {
        let at = source.find("def make_walker():\n").unwrap() + "def make_walker():\n".len();
        prompt::cut_body(&source[at..])
    };
    let (square, radial, runner) = (seed("square"), seed("radial"), seed("runner"));
    let pool = Pool::new(&SandboxConfig::default(), WalkerLimits::default()).unwrap();
    let runs = |source: &str| pool.run(source, program_seed(source, 0)).is_ok();

    // The first parent's own body back: the child is that parent (the engine calls it
    // `unchanged`), docstring and all.
    let same = prompt::crossover_child(&[square, radial], &body_of(square)).unwrap();
    assert_eq!(normalise(&same), normalise(square));

    // The second parent's body: it calls make_circle and math, which square lacks.
    let child = prompt::crossover_child(&[square, radial], &body_of(radial)).unwrap();
    assert!(child.starts_with("\"\"\"square:"), "{child}");
    assert_eq!(child.matches("def make_circle(").count(), 1, "{child}");
    assert_eq!(child.matches("def make_square(").count(), 1, "{child}");
    assert_eq!(child.matches("import math\n").count(), 1, "{child}");
    assert_eq!(
        child.matches("from walker_creator import").count(),
        1,
        "{child}"
    );
    assert!(child.ends_with(&format!("def make_walker():\n{}", body_of(radial))));
    assert!(runs(&child), "{child}");

    // A first parent with a module-level constant keeps it; square's helper is borrowed.
    let child = prompt::crossover_child(&[runner, square], &body_of(square)).unwrap();
    assert!(child.contains("MAX_SPRINGS_PER_JOINT = 10\n"), "{child}");
    assert_eq!(child.matches("def make_square(").count(), 1, "{child}");
    assert!(runs(&child), "{child}");

    // Three parents, a body that calls nothing borrowed: nothing is added.
    let plain = "    wc = walker_creator()\n    a = wc.add_joint(0, 0)\n    b = wc.add_joint(4, 0)\n    wc.add_muscle(a, b, 3.0, 0.5)\n    return wc.get_walker()\n";
    let child = prompt::crossover_child(&[square, radial, runner], plain).unwrap();
    assert_eq!(child, prompt::splice(square, plain).unwrap());
    assert_eq!(prompt::crossover_child(&[square, radial], "\n"), None);
}

/// `llm:chat+repair`: a child that fails in the sandbox gets one follow-up with the error; both
/// calls are stored and linked, and repaired children count apart.
#[test]
fn repair_follows_a_failure_with_the_error_once() {
    let broken =
        "```python\ndef make_walker():\n    wc = walker_creator()\n    return wc.get_walker(\n```";
    let server = MockServer::start(
        vec![
            Behaviour::Reply(broken.into()),
            ok(),
            Behaviour::Reply(broken.into()),
            Behaviour::Reply(broken.into()),
        ],
        ok(),
    );
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("repair");
    // One child per generation: the repair request and the next child's never race for the
    // script.
    let mut cfg = config(&server.base_url(), 3, 1, 1);
    cfg.mutate.operators = parse_mutator("llm:chat+repair").unwrap();
    cfg.validate().unwrap();
    let (engine, r) = evolve(&cfg, &dir);
    assert!(r.unwrap());
    let seen = server.seen();
    assert_eq!(seen.len(), 4, "two children, each with one repair");
    let messages = seen[1].body["messages"].as_array().unwrap();
    assert_eq!(messages.len(), 4);
    assert_eq!(messages[2]["role"], "assistant");
    assert_eq!(messages[2]["content"], broken);
    let follow_up = messages[3]["content"].as_str().unwrap();
    assert!(
        follow_up.starts_with("Running that program failed:\n\nsyntax_error: "),
        "{follow_up}"
    );

    let repaired = &engine.counters().operators["llm+repair"];
    assert_eq!(
        repaired.statuses.get(Status::Ok),
        1,
        "the first repair rescued its child"
    );
    assert_eq!(
        repaired.statuses.get(Status::SyntaxError),
        1,
        "the second did not"
    );
    assert!(!engine.counters().operators.contains_key("llm"));

    let store = RunStore::open_read_only(&dir.join("run.sqlite")).unwrap();
    let children = store.children().unwrap();
    assert_eq!(children[1].status, Status::Ok);
    assert_eq!(children[1].edit.as_deref(), Some("program+repair"));
    let second = store
        .llm_call(children[1].llm_call_id.unwrap())
        .unwrap()
        .unwrap();
    let first_id = second.params["repair_of"]
        .as_u64()
        .map(CallId)
        .expect("linked to the first call");
    let first = store.llm_call(first_id).unwrap().unwrap();
    assert_eq!(first.reply.as_deref(), Some(broken));
    assert_eq!(children[2].status, Status::SyntaxError);
    assert_eq!(store.max_llm_call_id().unwrap(), Some(CallId(4)));

    // Repair needs a chat format.
    let mut bad = cfg.clone();
    bad.mutate.operators = parse_mutator("llm:diff+repair").unwrap();
    assert!(
        bad.validate()
            .unwrap_err()
            .to_string()
            .contains("repair needs an llm operator with a chat format")
    );
}
