//! The checkout's committed files that the code describes: `sodarace/spec.json` and the
//! shipped configs. Read from the checkout under test (`util::root`, at run time).

use elmer::config::RunConfig;
use elmer::mutate::llm::Format;
use elmer::python_spec::{SPEC_FILE, python_spec_text};

use crate::util::root;

/// The committed spec is what the Rust constants say; `ELMER_WRITE_SPEC=1` rewrites it.
#[test]
fn python_spec_file_is_current() {
    let path = root().join(SPEC_FILE);
    let want = python_spec_text();
    if std::env::var_os("ELMER_WRITE_SPEC").is_some() {
        std::fs::write(&path, &want).unwrap();
    }
    let have = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        have == want,
        "{SPEC_FILE} is stale; rewrite it with: ELMER_WRITE_SPEC=1 cargo test --test tests checkout::"
    );
}

#[test]
fn the_shipped_configs_load() {
    let paper = RunConfig::load(&root().join("configs/elm-paper.toml")).unwrap();
    assert_eq!(paper.grid.bins, [12, 12, 12]);
    assert_eq!(
        (paper.evolve.batch_size, paper.evolve.evals),
        (512, 1_024_000)
    );
    assert_eq!(paper.mutate.operators[0].llm_format(), Format::Diff);
    let local = RunConfig::load(&root().join("configs/local-llm.toml")).unwrap();
    assert_eq!(local.llm.endpoints[0].base_url, "http://127.0.0.1:8642/v1");
}
