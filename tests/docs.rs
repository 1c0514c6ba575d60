//! Issue 18, point 11: the prompt texts docs/llm.md shows are the code's own. Each block after
//! a `<!-- prompt: NAME -->` marker must equal what the code sends for NAME;
//! `ELMER_BLESS=1` rewrites the blocks from the code (read the diff before committing it).
//! (Command outputs are checked by `scripts/docs-examples --check`.)

use elmer::config::RunConfig;
use elmer::mutate::Parent;
use elmer::mutate::llm::{chat, guide, repair_message};

use crate::llm_guide::Recorded;
use crate::util::{data, root};

/// The text the code makes for the block named `name`; `None` for an unknown name.
fn prompt(name: &str) -> Option<String> {
    let cfg = RunConfig::default();
    let limits = chat::PromptLimits {
        walker: cfg.walker.clone(),
        timeout_s: cfg.sandbox.timeout_s,
    };
    // The recorded archive of docs/llm.md's example, its programs shown as placeholders.
    let mut r = Recorded::load(&data("guide-prompts/03-parent-at-the-edge"));
    r.parent.source = "<the parent's source>".into();
    let placeholder = |mut p: Parent| {
        p.source = "<its source>".into();
        p
    };
    Some(match name {
        "system" => chat::system_prompt(&limits),
        "plain" => chat::user_prompt(&r.parent),
        "archive" => {
            r.elites = r.elites.into_iter().map(placeholder).collect();
            guide::user_prompt(&r.parent, &r.guide(true))
        }
        "repair" => repair_message("<status>: <the sandbox's error>"),
        _ => return None,
    })
}

#[test]
fn the_prompts_in_docs_llm_md_are_the_codes() {
    let path = root().join("docs/llm.md");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let lines: Vec<&str> = text.split('\n').collect();
    let (mut out, mut seen, mut stale) = (Vec::new(), Vec::new(), Vec::new());
    let mut i = 0;
    while i < lines.len() {
        out.push(lines[i].to_string());
        let marker = lines[i]
            .strip_prefix("<!-- prompt: ")
            .and_then(|l| l.strip_suffix(" -->"));
        i += 1;
        let Some(name) = marker else { continue };
        let want =
            prompt(name).unwrap_or_else(|| panic!("docs/llm.md:{i}: no prompt is named {name:?}"));
        assert_eq!(
            lines.get(i),
            Some(&"````text"),
            "docs/llm.md:{i}: a block must follow"
        );
        let end = (i + 1..lines.len())
            .find(|&k| lines[k] == "````")
            .unwrap_or_else(|| panic!("docs/llm.md:{i}: the block is not closed"));
        if lines[i + 1..end].join("\n") != want {
            stale.push(format!("docs/llm.md:{}: {name}", i + 1));
        }
        out.push("````text".into());
        out.push(want);
        out.push("````".into());
        seen.push(name.to_string());
        i = end + 1;
    }
    assert_eq!(
        seen,
        ["system", "plain", "archive", "repair"],
        "the blocks marked"
    );
    if std::env::var("ELMER_BLESS").is_ok_and(|v| v == "1") {
        std::fs::write(&path, out.join("\n")).unwrap();
    } else {
        assert!(
            stale.is_empty(),
            "prompt texts differ from the code: {stale:?} (ELMER_BLESS=1 cargo test --test tests docs:: rewrites them)"
        );
    }
}
