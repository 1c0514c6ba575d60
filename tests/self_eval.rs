//! Self-evaluation (issue 21): log-probabilities read from recorded replies of each server
//! shape, the operator against a mock server (logprobs present, absent, failing), the report,
//! and the migration of a store from before self-evaluation.

use std::collections::BTreeMap;
use std::path::Path;

use elmer::config::parse_mutator;
use elmer::mutate::llm::logprobs::{first_token, p_yes};
use elmer::mutate::{CallId, SelfEval};
use elmer::qd::Status;
use elmer::store::{RunStore, SCHEMA_VERSION};

use crate::llm::{config, evolve, ok};
use crate::mock_llm::{Behaviour, MockServer};
use crate::util::{assert_code, data, elmer, stderr, stdout};

/// A recorded reply of `tests/data/self-eval/replies/`, kept for the test's lifetime (the
/// mock server's script holds `&'static str` bodies).
fn reply(name: &str) -> &'static str {
    let text = std::fs::read_to_string(data(&format!("self-eval/replies/{name}"))).unwrap();
    Box::leak(text.into_boxed_str())
}

/// P(Yes) of each recorded reply as `expected.py` computed it (apart from elmer's reader).
fn expected() -> BTreeMap<String, serde_json::Value> {
    let text = std::fs::read_to_string(data("self-eval/replies/expected.json")).unwrap();
    serde_json::from_str(&text).unwrap()
}

fn close(a: Option<f64>, b: Option<f64>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => (a - b).abs() < 1e-9,
        (None, None) => true,
        _ => false,
    }
}

#[test]
fn logprobs_of_recorded_replies_in_every_shape() {
    let want = expected();
    assert!(want.len() >= 4, "{want:?}");
    let mut shapes = std::collections::BTreeSet::new();
    for (name, e) in &want {
        let v: serde_json::Value = serde_json::from_str(reply(name)).unwrap();
        let top = first_token(&v);
        assert_eq!(top.is_some(), e["logprobs"].as_bool().unwrap(), "{name}");
        let p = top.as_deref().and_then(p_yes);
        assert!(
            close(p, e["p_yes"].as_f64()),
            "{name}: {p:?} != {}",
            e["p_yes"]
        );
        shapes.insert(name.split('-').next().unwrap_or_default().to_string());
    }
    // Both families of servers, and the cases without a Yes or without either answer.
    assert!(
        shapes.contains("openai") && shapes.contains("llama"),
        "{shapes:?}"
    );
    assert!(
        want.keys().any(|k| k.contains("yes-absent")) && want.keys().any(|k| k.contains("neither"))
    );
}

/// Another child that runs: [`crate::llm::CHILD`] with the first muscle at 9 instead of 7, so
/// the second child of a run does not give its parent back (`unchanged`).
fn other_child() -> Behaviour {
    Behaviour::Reply(crate::llm::CHILD.replace("7.0, 0.0", "9.0, 0.0"))
}

/// The self-evaluation stored with the call of `child`.
fn self_eval_of(store: &RunStore, child: &elmer::store::ChildRow) -> Option<SelfEval> {
    let id = child.llm_call_id.expect("an llm child links to its call");
    store.llm_call(id).unwrap().expect("stored").self_eval
}

#[test]
fn chat_children_carry_the_models_p_yes() {
    let (yes, absent) = ("openai-chat.json", "llama-server-chat-yes-absent.json");
    let llama = "llama-server-chat.json";
    let server = MockServer::start(
        vec![
            ok(),
            Behaviour::Raw(reply(yes)),
            Behaviour::Raw(reply(absent)),
            other_child(),
            Behaviour::Raw(reply(llama)),
            Behaviour::Raw(reply("openai-chat-neither.json")),
        ],
        ok(),
    );
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("chat");
    // One child per generation and one slot: the script lines up with the requests.
    let mut cfg = config(&server.base_url(), 3, 1, 1);
    cfg.mutate.operators = parse_mutator("llm:chat+self_eval").unwrap();
    cfg.validate().unwrap();
    let (_, r) = evolve(&cfg, &dir);
    assert!(r.unwrap());

    let seen = server.seen();
    assert_eq!(
        seen.len(),
        6,
        "a child, then one request per question, twice"
    );
    for (i, question) in [
        (1, "Will this program run and build a valid walker?"),
        (2, "Will its walker travel farther than the parent's?"),
    ] {
        let body = &seen[i].body;
        assert_eq!(seen[i].path, "/v1/chat/completions");
        assert_eq!(body["logprobs"], true);
        assert_eq!(body["top_logprobs"], 20);
        assert_eq!(body["max_tokens"], 1);
        assert_eq!(body["temperature"], 0.0);
        let messages = body["messages"].as_array().unwrap();
        assert_eq!(
            messages.len(),
            4,
            "the child's conversation, its reply, the question"
        );
        assert_eq!(messages[2]["content"], crate::llm::CHILD);
        assert!(messages[3]["content"].as_str().unwrap().contains(question));
        assert_ne!(body["seed"], seen[0].body["seed"], "a seed of its own");
    }

    let want = expected();
    let p = |name: &str| want[name]["p_yes"].as_f64();
    let store = RunStore::open_read_only(&dir.join("run.sqlite")).unwrap();
    let children = store.children().unwrap();
    assert!(children[1..].iter().all(|c| c.status == Status::Ok));
    let first = self_eval_of(&store, &children[1]).unwrap();
    assert!(close(first.p_runs, p(yes)) && first.p_runs.is_some());
    assert_eq!(first.p_improves, Some(0.0), "Yes absent, No present");
    assert_eq!(first.status, "ok");
    assert_eq!(
        (first.prompt_tokens, first.completion_tokens),
        (Some(812 + 1167), Some(2))
    );
    let second = self_eval_of(&store, &children[2]).unwrap();
    assert!(close(second.p_runs, p(llama)) && second.p_runs.is_some());
    assert_eq!(second.p_improves, None, "neither Yes nor No");

    let records = store.self_evals().unwrap();
    assert_eq!(records.len(), 2);
    assert_eq!(records[0].parent_fitness, children[0].fitness);

    // The report scores them and draws the diagram.
    let out = tmp.path().join("report");
    let o = elmer()
        .arg("report")
        .arg(&dir)
        .arg("--out")
        .arg(&out)
        .output()
        .unwrap();
    assert_code(&o, 0);
    let text = stdout(&o);
    assert!(
        text.contains("self-evaluation of llm:chat: 2 children (ok 2)"),
        "{text}"
    );
    assert!(text.contains("  runs      n 2  true 2"), "{text}");
    assert!(text.contains("  improves  n 1 "), "{text}");
    // (812 + 1167 + 1143 + 812) / 2 prompt tokens per child.
    assert!(
        text.contains("cost per child: 1967 prompt + 2.0 completion tokens"),
        "{text}"
    );
    let png = std::fs::read(out.join("self-eval-llm-chat.png")).unwrap();
    assert!(png.starts_with(b"\x89PNG") && png.len() > 1024);
}

/// A completion child (the continuation format); its questions answered in llama-server's and
/// OpenAI's legacy completion shapes.
const BODY: &str = r#"{"choices":[{"index":0,"finish_reason":"stop","text":"    wc = walker_creator()\n    a = wc.add_joint(0, 0)\n    b = wc.add_joint(10, 0)\n    c = wc.add_joint(5, 8)\n    wc.add_muscle(a, b)\n    wc.add_muscle(b, c)\n    wc.add_muscle(a, c, 5.0, 0.25)\n    return wc.get_walker()\n"}],"usage":{"prompt_tokens":300,"completion_tokens":60}}"#;

#[test]
fn completion_children_ask_with_a_count_of_logprobs() {
    let (llama, legacy) = ("llama-server-completions.json", "openai-completions.json");
    let server = MockServer::start(
        vec![
            Behaviour::Raw(BODY),
            Behaviour::Raw(reply(llama)),
            Behaviour::Raw(reply(legacy)),
        ],
        Behaviour::Raw(BODY),
    );
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("prompt");
    let mut cfg = config(&server.base_url(), 2, 1, 1);
    cfg.mutate.operators = parse_mutator("llm:prompt+self_eval").unwrap();
    cfg.validate().unwrap();
    let (_, r) = evolve(&cfg, &dir);
    assert!(r.unwrap());
    let seen = server.seen();
    assert_eq!(seen.len(), 3);
    assert_eq!(seen[1].path, "/v1/completions");
    assert_eq!(seen[1].body["logprobs"], 20);
    let prompt = seen[1].body["prompt"].as_str().unwrap();
    assert!(prompt.ends_with("# Answer (Yes or No):"), "{prompt}");
    assert!(
        prompt.contains("return wc.get_walker()\n\n# Question: Will this program run"),
        "{prompt}"
    );
    let store = RunStore::open_read_only(&dir.join("run.sqlite")).unwrap();
    let children = store.children().unwrap();
    let eval = self_eval_of(&store, &children[1]).unwrap();
    let p = |name: &str| expected()[name]["p_yes"].as_f64();
    assert!(eval.p_runs.is_some() && eval.p_improves.is_some());
    assert!(close(eval.p_runs, p(llama)) && close(eval.p_improves, p(legacy)));
}

/// A server that answers without log-probabilities: one warning for the whole run, no more
/// self-evaluation requests after the first, the probabilities stay empty, every child runs
/// as usual.
#[test]
fn a_server_without_logprobs_warns_once_and_the_run_goes_on() {
    let server = MockServer::start(Vec::new(), ok());
    let tmp = tempfile::tempdir().unwrap();
    let mut cfg = config(&server.base_url(), 5, 2, 1);
    cfg.llm.endpoints[0].name = Some("mock".into());
    cfg.mutate.operators = parse_mutator("llm:chat+self_eval").unwrap();
    let path = tmp.path().join("run.toml");
    std::fs::write(&path, cfg.to_toml()).unwrap();
    let dir = tmp.path().join("nolog");
    let out = elmer()
        .args(["evolve", "--quiet", "--config"])
        .arg(&path)
        .arg("--out")
        .arg(&dir)
        .output()
        .unwrap();
    assert_code(&out, 0);
    let err = stderr(&out);
    assert_eq!(
        err.matches("sends no token log-probabilities").count(),
        1,
        "{err}"
    );
    assert!(err.contains("elmer: warning: mock sends no token"), "{err}");
    // The first child's first question, then only the children's own requests (evolve's
    // endpoint check before generation 1, a GET of /models, is not a completion request).
    let completions = server
        .seen()
        .iter()
        .filter(|s| !s.path.ends_with("/models"))
        .count();
    assert_eq!(completions, 4 + 1);
    let store = RunStore::open_read_only(&dir.join("run.sqlite")).unwrap();
    let children = store.children().unwrap();
    assert_eq!(children.len(), 5);
    for c in &children[1..] {
        // The same reply each time: children after the first may give their parent back.
        assert!(matches!(c.status, Status::Ok | Status::Unchanged), "{c:?}");
        let eval = self_eval_of(&store, c).unwrap();
        assert_eq!(
            (eval.p_runs, eval.p_improves, eval.status.as_str()),
            (None, None, "no_logprobs")
        );
    }
}

/// A server that refuses the log-probability parameters (a 4xx) is asked once per run.
#[test]
fn a_server_refusing_logprobs_is_asked_once() {
    let server = MockServer::start(
        vec![
            ok(),
            Behaviour::Status(400, None, r#"{"error":"logprobs is not supported"}"#),
        ],
        ok(),
    );
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("refusing");
    let mut cfg = config(&server.base_url(), 4, 1, 1);
    cfg.mutate.operators = parse_mutator("llm:chat+self_eval").unwrap();
    cfg.validate().unwrap();
    let (_, r) = evolve(&cfg, &dir);
    assert!(r.unwrap());
    assert_eq!(server.seen().len(), 3 + 1);
    let store = RunStore::open_read_only(&dir.join("run.sqlite")).unwrap();
    for c in &store.children().unwrap()[1..] {
        let eval = self_eval_of(&store, c).unwrap();
        assert_eq!((eval.p_runs, eval.status.as_str()), (None, "http_400"));
    }
}

/// A self-evaluation request that fails is recorded and leaves its child alone.
#[test]
fn a_failing_self_evaluation_never_fails_the_child() {
    let yes = "openai-chat.json";
    let server = MockServer::start(
        vec![
            ok(),
            Behaviour::Status(500, None, "boom"),
            other_child(),
            Behaviour::Raw(reply(yes)),
            Behaviour::Raw(reply(yes)),
        ],
        ok(),
    );
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("failing");
    let mut cfg = config(&server.base_url(), 3, 1, 1);
    cfg.llm.retries = 0;
    cfg.mutate.operators = parse_mutator("llm:chat+self_eval").unwrap();
    cfg.validate().unwrap();
    let (engine, r) = evolve(&cfg, &dir);
    assert!(r.unwrap());
    assert_eq!(
        engine.counters().operators["llm"].statuses.get(Status::Ok),
        2
    );
    let store = RunStore::open_read_only(&dir.join("run.sqlite")).unwrap();
    let children = store.children().unwrap();
    let failed = self_eval_of(&store, &children[1]).unwrap();
    assert_eq!(
        (failed.p_runs, failed.p_improves, failed.status.as_str()),
        (None, None, "http_500")
    );
    let call = store
        .llm_call(children[1].llm_call_id.unwrap())
        .unwrap()
        .unwrap();
    assert_eq!(
        call.status.to_string(),
        "ok",
        "the child's own call is untouched"
    );
    let fine = self_eval_of(&store, &children[2]).unwrap();
    assert_eq!(fine.status, "ok");
    assert!(fine.p_runs.is_some() && fine.p_improves.is_some());
}

/// Builds `dir/run.sqlite` from a SQL dump.
fn load_sql(sql: &Path, dir: &Path) -> std::path::PathBuf {
    std::fs::create_dir_all(dir).unwrap();
    let db = dir.join("run.sqlite");
    let conn = rusqlite::Connection::open(&db).unwrap();
    // A dump creates `children` (which references `llm_calls`) first.
    conn.execute_batch("PRAGMA foreign_keys = OFF").unwrap();
    conn.execute_batch(&std::fs::read_to_string(sql).unwrap())
        .unwrap();
    db
}

/// A store written by elmer before self-evaluation (schema 1) opens: read-only as it is,
/// read-write migrated to the current schema; every row is intact and the new columns are
/// null.
#[test]
fn a_store_from_before_self_evaluation_opens_and_keeps_every_row() {
    let tmp = tempfile::tempdir().unwrap();
    let db = load_sql(&data("self-eval/store-v1.sql"), &tmp.path().join("v1"));
    let version = |db: &Path| -> u32 {
        rusqlite::Connection::open(db)
            .unwrap()
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .unwrap()
    };
    assert_eq!(version(&db), 1, "the fixture is a version-1 store");

    let old = RunStore::open_read_only(&db).unwrap();
    let children = old.children().unwrap();
    let calls: Vec<_> = (0..2)
        .map(|i| old.llm_call(CallId(i)).unwrap().unwrap())
        .collect();
    let metrics = old.metrics().unwrap();
    let hash = old.archive().unwrap().hash();
    let grid = old.grid().clone();
    assert_eq!(children.len(), 33);
    assert!(old.self_evals().unwrap().is_empty());
    assert!(calls.iter().all(|c| c.self_eval.is_none()));
    drop(old);

    let store = RunStore::open(&db, &grid).unwrap();
    assert_eq!(store.run().unwrap().schema_version, SCHEMA_VERSION);
    assert_eq!(store.children().unwrap(), children);
    assert_eq!(store.metrics().unwrap(), metrics);
    assert_eq!(store.archive().unwrap().hash(), hash);
    for (i, call) in calls.iter().enumerate() {
        assert_eq!(
            store.llm_call(CallId(i as u64)).unwrap().as_ref(),
            Some(call)
        );
    }
    assert_eq!(calls[0].reply.as_deref(), Some("reply zero"));
    assert_eq!(calls[1].status.to_string(), "timeout");
    drop(store);
    assert_eq!(version(&db), SCHEMA_VERSION);
    let conn = rusqlite::Connection::open(&db).unwrap();
    let nulls: i64 = conn
        .query_row(
            "SELECT count(*) FROM llm_calls WHERE p_runs IS NULL AND p_improves IS NULL \
             AND self_eval_prompt_tokens IS NULL AND self_eval_completion_tokens IS NULL \
             AND self_eval_ms IS NULL AND self_eval_status IS NULL",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(nulls, 2);
    // The report reads it and finds nothing to score.
    let o = elmer()
        .arg("report")
        .arg(db.parent().unwrap())
        .arg("--out")
        .arg(tmp.path().join("report"))
        .output()
        .unwrap();
    assert_code(&o, 0);
    assert!(!stdout(&o).contains("self-evaluation"), "{}", stdout(&o));
}
