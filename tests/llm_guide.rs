//! Issue 19: archive-aware chat prompts on recorded archives, the lmx prompt and its cut on
//! recorded completions, and the grammar, stop and target parameters a mock server receives.
//!
//! The expected texts live beside the cases; `ELMER_BLESS=1` rewrites them from the code (read
//! the diff before committing it).

use std::path::Path;

use elmer::config::{RunConfig, parse_mutator};
use elmer::mutate::llm::{GrammarApi, guide, lmx};
use elmer::mutate::{CallId, Parent};
use elmer::qd::{Archive, CellIndex, ChildId, GridConfig};
use elmer::store::RunStore;
use serde_json::Value;

use crate::mock_llm::{Behaviour, MockServer};
use crate::util::{data, elmer};

/// `text` equals the file at `path`, or (with `ELMER_BLESS=1`) becomes it.
fn golden(path: &Path, text: &str) {
    if std::env::var("ELMER_BLESS").is_ok_and(|v| v == "1") {
        std::fs::write(path, text).unwrap();
    }
    let want = std::fs::read_to_string(path)
        .unwrap_or_else(|e| panic!("{}: {e} (ELMER_BLESS=1 writes it)", path.display()));
    assert_eq!(text, want, "{} differs", path.display());
}

/// The `n` case folders under `tests/data/NAME/`, sorted.
fn cases(name: &str, n: usize) -> Vec<std::path::PathBuf> {
    let mut cases: Vec<_> = std::fs::read_dir(data(name))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    cases.sort();
    assert_eq!(cases.len(), n, "cases in tests/data/{name}");
    cases
}

fn cell(v: &Value) -> CellIndex {
    v.as_str().unwrap().parse().unwrap()
}

fn parent(v: &Value) -> Parent {
    Parent {
        id: ChildId(v["id"].as_u64().unwrap()),
        source: v["source"].as_str().unwrap().to_string(),
        fitness: v["fitness"].as_f64().unwrap(),
        cell: cell(&v["cell"]),
    }
}

/// A recorded archive of `tests/data/guide-prompts/`: the archive, the parent and the other
/// elites (with their programs), and the case's spec.
pub(crate) struct Recorded {
    pub archive: Archive,
    pub parent: Parent,
    pub elites: Vec<Parent>,
    pub spec: Value,
}

impl Recorded {
    pub(crate) fn load(case: &Path) -> Recorded {
        let name = case.file_name().unwrap().to_string_lossy().to_string();
        let spec: Value =
            serde_json::from_str(&std::fs::read_to_string(case.join("archive.json")).unwrap())
                .unwrap();
        let bins: Vec<usize> = serde_json::from_value(spec["bins"].clone()).unwrap();
        let grid = GridConfig {
            bins: [bins[0], bins[1], bins[2]],
            ..GridConfig::default()
        };
        let mut archive = Archive::new(grid).unwrap();
        let parent = parent(&spec["parent"]);
        let mut elites: Vec<Parent> = spec["elites"]
            .as_array()
            .unwrap()
            .iter()
            .map(self::parent)
            .collect();
        if name != "01-empty-grid" {
            elites.push(parent.clone());
        }
        for e in &elites {
            archive.insert(e.cell, e.id, e.fitness);
        }
        Recorded {
            archive,
            parent,
            elites,
            spec,
        }
    }

    /// The guide the engine draws for the case's parent, its target named or not.
    pub(crate) fn guide(&self, names_target: bool) -> guide::Guide {
        let k = self.spec["context_elites"].as_u64().unwrap() as usize;
        let seed = self.spec["seed"].as_u64().unwrap();
        guide::build(&self.archive, &self.parent, k, names_target, seed, |c| {
            self.elites.iter().find(|e| e.cell == c).cloned()
        })
    }
}

/// The four recorded archives of `tests/data/guide-prompts/`: the context elites chosen, the
/// empty neighbours found, the target among them, and the exact user message.
#[test]
fn archive_prompts_name_context_elites_and_a_target_cell() {
    for case in cases("guide-prompts", 4) {
        let name = case.file_name().unwrap().to_string_lossy().to_string();
        let r = Recorded::load(&case);
        let (archive, p, spec) = (&r.archive, &r.parent, &r.spec);
        let g = r.guide(true);
        let got: Vec<(String, String)> = g
            .context
            .iter()
            .map(|(role, e)| (format!("{role:?}").to_lowercase(), e.cell.to_string()))
            .collect();
        let want: Vec<(String, String)> =
            serde_json::from_value(spec["expect_context"].clone()).unwrap();
        assert_eq!(got, want, "{name}: context elites");
        let neighbours: Vec<String> = guide::empty_neighbours(archive, p.cell)
            .iter()
            .map(|t| t.cell.to_string())
            .collect();
        let want: Vec<String> = serde_json::from_value(spec["expect_neighbours"].clone()).unwrap();
        assert_eq!(neighbours, want, "{name}: empty neighbours");
        match &g.target {
            Some(t) => assert!(neighbours.contains(&t.cell.to_string()), "{name}"),
            None => assert!(neighbours.is_empty(), "{name}: a target when one is free"),
        }
        let prompt = guide::user_prompt(p, &g);
        golden(&case.join("expect.txt"), &prompt);
        // Wording the model can act on, and the fallback without a target.
        match &g.target {
            Some(t) => {
                let words = [
                    ["taller", "shorter"],
                    ["wider", "narrower"],
                    ["heavier", "lighter"],
                ];
                let word = words[t.axis][usize::from(!t.up)];
                assert!(prompt.contains(&format!("becomes {word}")), "{name}");
                let c = t.cell.coords();
                assert!(prompt.contains(&format!("({}, {}, {})", c[0], c[1], c[2])));
            }
            None => assert!(prompt.ends_with(elmer::mutate::llm::chat::FARTHER)),
        }
        // `+untargeted`: the same elites and the same (unnamed) target cell, and the request
        // without a target.
        let control = r.guide(false);
        assert_eq!((&control.context, control.target), (&g.context, g.target));
        let unnamed = guide::user_prompt(p, &control);
        assert!(
            unnamed.ends_with(elmer::mutate::llm::chat::FARTHER),
            "{name}"
        );
        let request = prompt.rfind("\n\n").unwrap();
        assert_eq!(
            &unnamed[..request],
            &prompt[..request],
            "{name}: all but the request"
        );
    }
}

/// Without context elites and target the archive prompt is the plain chat prompt.
#[test]
fn the_plain_prompt_is_the_archive_prompt_without_guidance() {
    let p = Parent {
        id: ChildId(0),
        source: "def make_walker():\n    pass\n".into(),
        fitness: 0.5,
        cell: "1,2,3".parse().unwrap(),
    };
    let plain = elmer::mutate::llm::chat::user_prompt(&p);
    assert_eq!(plain, guide::user_prompt(&p, &guide::Guide::default()));
    assert!(plain.starts_with("Here is a walker program. Its walker travelled 0.500 m;"));
}

/// The lmx prompt and the child cut from a completion, on `tests/data/lmx/`.
#[test]
fn lmx_prompts_and_cuts_on_recorded_completions() {
    for case in cases("lmx", 4) {
        let mut examples = Vec::new();
        for i in 1.. {
            match std::fs::read_to_string(case.join(format!("example-{i}.py"))) {
                Ok(s) => examples.push(s),
                Err(_) => break,
            }
        }
        let refs: Vec<&str> = examples.iter().map(String::as_str).collect();
        let prompt = lmx::prompt(&refs);
        golden(&case.join("prompt.txt"), &prompt);
        assert!(prompt.ends_with(&format!("{}\n", lmx::MARKER)));
        assert_eq!(prompt.matches(lmx::MARKER).count(), refs.len() + 1);
        let completion = std::fs::read_to_string(case.join("completion.txt")).unwrap();
        let child = lmx::child(&completion, &refs);
        let name = case.file_name().unwrap().to_string_lossy().to_string();
        match child {
            Some(c) => {
                golden(&case.join("expect.py"), &c);
                assert!(!c.contains("# ----"), "{name}: cut at the next example");
            }
            None => assert_eq!(name, "04-no-make-walker"),
        }
    }
}

fn config(server: &str, spec: &str, grammar: bool) -> RunConfig {
    let mut cfg = RunConfig::default();
    cfg.sim.horizon = 120;
    cfg.evolve.evals = 5;
    cfg.evolve.batch_size = 4;
    cfg.evolve.seed = 3;
    cfg.mutate.operators = parse_mutator(spec).unwrap();
    let mut e = elmer::mutate::llm::EndpointConfig::new(server, "mock-model");
    e.timeout_s = 5.0;
    e.grammar = grammar.then_some(GrammarApi::Gbnf);
    cfg.llm.endpoints.push(e);
    cfg
}

/// The generation requests the server saw (the run's preflight `GET /models` left out).
fn requests(server: &MockServer) -> Vec<crate::mock_llm::Seen> {
    server
        .seen()
        .into_iter()
        .filter(|s| !s.path.ends_with("/models"))
        .collect()
}

fn evolve(cfg: &RunConfig, dir: &Path) -> RunStore {
    let tmp = dir.join("run.toml");
    std::fs::create_dir_all(dir).unwrap();
    std::fs::write(&tmp, cfg.to_toml()).unwrap();
    let out = elmer()
        .args(["evolve", "--quiet", "--config"])
        .arg(&tmp)
        .arg("--out")
        .arg(dir.join("run"))
        .output()
        .unwrap();
    crate::util::assert_code(&out, 0);
    RunStore::open_read_only(&dir.join("run/run.sqlite")).unwrap()
}

/// `elmer report`'s stdout for the run in `dir/run`.
fn report(dir: &Path) -> String {
    let out = elmer().arg("report").arg(dir.join("run")).output().unwrap();
    crate::util::assert_code(&out, 0);
    crate::util::stdout(&out)
}

/// A run of 4 `spec` children against a mock that answers every request with a triangle
/// walker: its folder, its store and the generation requests the server saw.
fn triangle_run(
    spec: &str,
    grammar: bool,
) -> (tempfile::TempDir, RunStore, Vec<crate::mock_llm::Seen>) {
    const TRIANGLE: &str = "```python\nfrom walker_creator import walker_creator\n\n\ndef make_walker():\n    wc = walker_creator()\n    j0 = wc.add_joint(0, 0)\n    j1 = wc.add_joint(12, 0)\n    j2 = wc.add_joint(6, 9)\n    wc.add_muscle(j0, j1)\n    wc.add_muscle(j1, j2, 5.0, 0.25)\n    wc.add_muscle(j2, j0)\n    return wc.get_walker()\n```";
    let server = MockServer::start(Vec::new(), Behaviour::Reply(TRIANGLE.into()));
    let tmp = tempfile::tempdir().unwrap();
    let cfg = config(&server.base_url(), spec, grammar);
    cfg.validate().unwrap();
    let store = evolve(&cfg, tmp.path());
    let seen = requests(&server);
    (tmp, store, seen)
}

/// `llm:chat+walker` against an endpoint with `grammar = "gbnf"`: the request carries the
/// grammar and a max_tokens no reply of that grammar reaches; the stored call names the
/// grammar, the context elites and the target; `elmer report` counts the target's hits.
#[test]
fn a_walker_grammar_is_sent_and_the_target_is_stored() {
    let (tmp, store, seen) = triangle_run("llm:chat+walker", true);
    assert_eq!(seen.len(), 4);
    for s in &seen {
        let g = s.body["grammar"].as_str().expect("a grammar in the body");
        assert!(g.starts_with("root ::= \"```python\\n"), "{g}");
        assert!(g.contains("stmt{3,30}"));
        assert!(s.body["max_tokens"].as_u64().unwrap() >= 30 * 44);
        let user = s.body["messages"][1]["content"].as_str().unwrap();
        assert!(user.contains("at most 30 add_joint and add_muscle lines"));
        // The first generation's archive holds only the seed: a target, no context.
        assert!(user.contains("Change make_walker so that the walker becomes "));
    }
    let children = store.children().unwrap();
    let mut targeted = 0;
    for c in &children[1..] {
        let call = store.llm_call(c.llm_call_id.unwrap()).unwrap().unwrap();
        assert_eq!(call.params["grammar"], "walker:30");
        assert_eq!(call.params["context"], serde_json::json!([]));
        if call.params["target"].is_string() {
            targeted += 1;
        }
    }
    assert_eq!(targeted, 4);
    let text = report(tmp.path());
    assert!(
        text.contains("llm:chat+walker: 4 children  tokens 100 / 50  cut 0 of 4"),
        "{text}"
    );
    assert!(
        text.contains("target ") && text.contains(" of 4 ("),
        "{text}"
    );
}

/// `llm:chat+untargeted`: the prompt asks only to travel farther, and the cell it would have
/// named is stored as the control; `elmer report` counts its hits, marked "not named".
#[test]
fn an_untargeted_prompt_keeps_its_cell_as_the_control() {
    let (tmp, store, seen) = triangle_run("llm:chat+untargeted", false);
    assert_eq!(seen.len(), 4);
    for s in &seen {
        let user = s.body["messages"][1]["content"].as_str().unwrap();
        assert!(user.ends_with(elmer::mutate::llm::chat::FARTHER), "{user}");
        assert!(user.contains("its archive cell (height, width, mass bins)"));
    }
    let children = store.children().unwrap();
    for c in &children[1..] {
        let call = store.llm_call(c.llm_call_id.unwrap()).unwrap().unwrap();
        assert!(call.params.get("target").is_none());
        assert!(
            call.params["control_target"].is_string(),
            "{:?}",
            call.params
        );
        assert_eq!(call.params["untargeted"], true);
    }
    let text = report(tmp.path());
    assert!(text.contains("llm:chat+untargeted: 4 children"), "{text}");
    assert!(
        text.contains(" of 4 (") && text.contains(", not named)"),
        "{text}"
    );
}

/// `llm:chat+edits`: the grammar offers the parent's lines as SEARCH sides; an edit in that
/// shape applies.
#[test]
fn an_edit_grammar_lists_the_parents_lines() {
    let reply = "<<<<<<< SEARCH\n    wc.add_muscle(j3, center, 5.0, 0.0)\n=======\n    wc.add_muscle(j3, center, 8.0, 0.1)\n>>>>>>> REPLACE\n";
    let server = MockServer::start(Vec::new(), Behaviour::Reply(reply.into()));
    let tmp = tempfile::tempdir().unwrap();
    let cfg = config(&server.base_url(), "llm:chat+edits", true);
    let store = evolve(&cfg, tmp.path());
    let seen = requests(&server);
    let g = seen[0].body["grammar"].as_str().unwrap();
    assert!(
        g.contains(r#""    wc.add_muscle(j3, center, 5.0, 0.0)""#),
        "{g}"
    );
    assert!(g.starts_with("root ::= edit{1,4}\n"));
    let user = seen[0].body["messages"][1]["content"].as_str().unwrap();
    assert!(user.ends_with("the SEARCH part of each is one line copied exactly from the program."));
    let child = store.child(ChildId(1)).unwrap().unwrap();
    assert_eq!(child.edit.as_deref(), Some("search_replace"));
    assert!(
        child
            .source
            .unwrap()
            .contains("wc.add_muscle(j3, center, 8.0, 0.1)")
    );
    let call = store.llm_call(CallId(1)).unwrap().unwrap();
    assert_eq!(call.params["grammar"], "edits:4");
}

/// `llm:chat+plain` sends today's prompt (no context, no target) and no grammar; a shaped
/// reply without an endpoint that takes grammars is a config error naming the key.
#[test]
fn plain_chat_sends_no_guidance_and_no_grammar() {
    let server = MockServer::start(Vec::new(), Behaviour::Reply("no code here".into()));
    let tmp = tempfile::tempdir().unwrap();
    let cfg = config(&server.base_url(), "llm:chat+plain", false);
    cfg.validate().unwrap();
    let store = evolve(&cfg, tmp.path());
    for s in requests(&server) {
        assert!(s.body.get("grammar").is_none());
        let user = s.body["messages"][1]["content"].as_str().unwrap();
        assert!(user.ends_with(elmer::mutate::llm::chat::FARTHER));
    }
    let call = store.llm_call(CallId(1)).unwrap().unwrap();
    assert!(call.params.get("target").is_none() && call.params.get("context").is_none());
    let bad = config(&server.base_url(), "llm:chat+edits", false);
    let e = bad.validate().unwrap_err().to_string();
    assert!(e.contains("grammar = \"gbnf\""), "{e}");
}

/// `llm:lmx` sends a completion request with three examples and its stop sequence, and stores
/// every distinct example's id as a parent.
#[test]
fn lmx_sends_examples_and_its_stop_sequence() {
    let body: &'static str = Box::leak(
        serde_json::json!({
            "choices": [{"index": 0, "text": "from walker_creator import walker_creator\n\n\ndef make_walker():\n    wc = walker_creator()\n    a = wc.add_joint(0, 0)\n    b = wc.add_joint(11, 0)\n    c = wc.add_joint(5, 7)\n    wc.add_muscle(a, b, 3.0, 0.0)\n    wc.add_muscle(b, c)\n    wc.add_muscle(c, a)\n    return wc.get_walker()\n", "finish_reason": "stop"}],
            "usage": {"prompt_tokens": 300, "completion_tokens": 60}
        })
        .to_string()
        .into_boxed_str(),
    );
    let server = MockServer::start(Vec::new(), Behaviour::Raw(body));
    let tmp = tempfile::tempdir().unwrap();
    let mut cfg = config(&server.base_url(), "llm:lmx", false);
    cfg.evolve.evals = 9;
    let store = evolve(&cfg, tmp.path());
    let seen = requests(&server);
    assert_eq!(seen.len(), 8);
    for s in &seen {
        assert_eq!(s.path, "/v1/completions");
        assert_eq!(s.body["stop"], serde_json::json!(lmx::STOP));
        let prompt = s.body["prompt"].as_str().unwrap();
        assert_eq!(prompt.matches(lmx::MARKER).count(), 4, "three examples");
        assert!(prompt.ends_with(&format!("{}\n", lmx::MARKER)));
    }
    let children = store.children().unwrap();
    for c in &children[1..] {
        assert_eq!(c.format.as_deref(), Some("lmx"));
        assert_eq!(c.edit.as_deref(), Some("lmx"));
    }
    // The first generation's examples are all the seed; its children run.
    for c in &children[1..5] {
        assert_eq!(c.parent_ids, [ChildId(0)]);
        assert!(c.status.is_runnable(), "{:?} {:?}", c.status, c.error);
    }
    // Then the archive holds the seed and the child: both are parents (the third example
    // repeats one of them), and the same reply is now its parent's program.
    for c in &children[5..] {
        assert_eq!(c.parent_ids.len(), 2, "{:?}", c.parent_ids);
    }
}

/// The spec flags and the keys only some formats take.
#[test]
fn operator_flags_and_format_keys() {
    let ops = parse_mutator("llm:chat+plain+repair=2,llm:chat_crossover+edits,llm:lmx").unwrap();
    assert!(ops[0].repair && ops[0].guided().is_none());
    assert_eq!(ops[1].llm_options().reply, elmer::mutate::llm::Shape::Edits);
    assert_eq!(ops[2].extra_mates(), 1);
    let ops = parse_mutator("llm:chat+untargeted,llm:chat").unwrap();
    assert_eq!(ops[0].guided(), Some(2));
    assert!(!ops[0].names_target() && ops[1].names_target());
    let mut cfg = config("http://127.0.0.1:9/v1", "llm:chat+plain+untargeted", false);
    let e = cfg.validate().unwrap_err().to_string();
    assert!(e.contains("mutate.operators[0].target"), "{e}");
    cfg.mutate.operators[0].prompt = None;
    cfg.validate().unwrap();
    let e = parse_mutator("llm:chat+short").unwrap_err().to_string();
    assert!(e.contains("unknown flag +short"), "{e}");
    let mut cfg = config("http://127.0.0.1:9/v1", "llm:lmx", false);
    cfg.mutate.operators[0].context_elites = Some(2);
    let e = cfg.validate().unwrap_err().to_string();
    assert!(e.contains("mutate.operators[0].context_elites"), "{e}");
}

/// `elmer doctor` sends an endpoint with `grammar = "gbnf"` the walker grammar, and says when
/// the server refuses it.
#[test]
fn doctor_checks_the_grammar_an_endpoint_promises() {
    const MODELS: &str = r#"{"data":[{"id":"mock-model"}]}"#;
    let run = |second: Behaviour| {
        let server = MockServer::start(vec![Behaviour::Raw(MODELS), second], Behaviour::Raw("{}"));
        let tmp = tempfile::tempdir().unwrap();
        let path = tmp.path().join("doctor.toml");
        std::fs::write(
            &path,
            config(&server.base_url(), "llm:chat", true).to_toml(),
        )
        .unwrap();
        let out = elmer()
            .args(["doctor", "--config"])
            .arg(&path)
            .output()
            .unwrap();
        let probe = server.seen()[1].body.clone();
        (out.status.code(), crate::util::stdout(&out), probe)
    };
    let (code, out, probe) = run(Behaviour::Reply("`".into()));
    assert_eq!(code, Some(0), "{out}");
    assert!(out.contains("takes a GBNF grammar"), "{out}");
    assert!(probe["grammar"].as_str().unwrap().contains("stmt{3,30}"));
    let refused = Behaviour::Status(400, None, r#"{"error":"failed to parse grammar"}"#);
    let (code, out, _) = run(refused);
    assert_eq!(code, Some(1), "{out}");
    assert!(
        out.contains("the server refused the grammar (400)"),
        "{out}"
    );
}
