//! The `chat` format for instruction models: the messages sent, and the tolerant extraction of
//! a child program from the reply (a whole program in a code block, or search/replace edits).
//! The prompt text is documented in docs/llm.md; change both together.

use super::client::Message;
use crate::mutate::{LlmEdit, Parent};
use crate::walker::WalkerLimits;

/// What the system prompt states about the program's limits.
#[derive(Clone, Debug, PartialEq)]
pub struct PromptLimits {
    /// The walker limits enforced on the result.
    pub walker: WalkerLimits,
    /// The sandbox's time limit per program, seconds.
    pub timeout_s: f64,
}

/// The system message: the task, the walker API, the limits and the two reply forms.
pub fn system_prompt(limits: &PromptLimits) -> String {
    let w = &limits.walker;
    format!(
        "You are an expert Python programmer evolving Sodarace walkers: 2-D creatures made of point \
masses (joints) joined by springs. Some springs are muscles that lengthen and shorten \
periodically. A walker scores by how far its centre of mass travels over 20 seconds on flat \
ground, in either direction.

A program defines make_walker() and returns wc.get_walker() where wc = walker_creator():

```python
from walker_creator import walker_creator

def make_walker():
    wc = walker_creator()
    a = wc.add_joint(0, 0)          # x, y in units of 0.1 m, +y up; returns a joint handle
    b = wc.add_joint(10, 0)
    c = wc.add_joint(5, 8)
    wc.add_muscle(a, b)             # a passive spring
    wc.add_muscle(b, c)
    wc.add_muscle(a, c, 5.0, 0.25)  # a muscle: amplitude (|a| <= {amp}), phase in cycles
    return wc.get_walker()
```

Rules: the only modules a program may import are math, random, itertools and functools. At most {max_joints} joints and \
{max_springs} springs, at most {per_joint} springs on one joint, joints at least {min_dist} \
apart, everything within a {extent} x {extent} box. The program must finish within {timeout} \
seconds.

Answer with the complete new program in one ```python code block, without explanations. For a \
small change you may instead answer with one or more edits of the current program, each in this form:
<<<<<<< SEARCH
lines copied exactly from the current program
=======
the new lines
>>>>>>> REPLACE",
        amp = w.max_amplitude,
        max_joints = w.max_joints,
        max_springs = w.max_springs,
        per_joint = w.max_springs_per_joint,
        min_dist = w.min_joint_distance,
        extent = w.max_extent,
        timeout = limits.timeout_s,
    )
}

/// The request of a plain chat prompt (and of an archive-aware one without a target).
pub const FARTHER: &str = "Change make_walker so that the walker travels farther, for example by \
changing its shape, its springs or its muscles' amplitudes and phases. Keep the program valid.";

/// The user message: the parent with its fitness and cell, and the request (the
/// archive-aware message without context elites or target).
pub fn user_prompt(parent: &Parent) -> String {
    super::guide::user_prompt(parent, &super::guide::Guide::default())
}

/// The user message of a chat crossover: two or three parents, each with its fitness and
/// cell, and the request to combine them.
pub fn crossover_user_prompt(parents: &[Parent]) -> String {
    let mut out = format!(
        "Here are {} walker programs from the archive.\n",
        parents.len()
    );
    for (n, p) in parents.iter().enumerate() {
        let c = p.cell.coords();
        out.push_str(&format!(
            "\nProgram {} travelled {:.3} m; its cell (height, width, mass bins) is ({}, {}, {}).\n\n```python\n{}\n```\n",
            n + 1,
            p.fitness,
            c[0],
            c[1],
            c[2],
            p.source.trim_end()
        ));
    }
    out.push_str(
        "\nWrite one new program that combines ideas from these programs so that its walker \
travels farther. Keep the program valid.",
    );
    out
}

/// The messages of a chat crossover of `parents`.
pub fn crossover_messages(parents: &[Parent], limits: &PromptLimits) -> Vec<Message> {
    vec![
        Message::new("system", system_prompt(limits)),
        Message::new("user", crossover_user_prompt(parents)),
    ]
}

/// The messages of a chat request for `parent`.
pub fn messages(parent: &Parent, limits: &PromptLimits) -> Vec<Message> {
    vec![
        Message::new("system", system_prompt(limits)),
        Message::new("user", user_prompt(parent)),
    ]
}

/// The child a reply gives.
#[derive(Clone, Debug, PartialEq)]
pub enum Extracted {
    /// A whole program from a code block (or a bare program).
    Program(String),
    /// The parent with the reply's search/replace edits applied.
    Edited(String),
    /// A whole program cut off by the token limit inside `make_walker`, closed by
    /// [`cut::close`](super::cut::close).
    Closed(String),
}

impl Extracted {
    /// The child's source.
    pub fn source(&self) -> &str {
        match self {
            Extracted::Program(s) | Extracted::Edited(s) | Extracted::Closed(s) => s,
        }
    }

    /// How the reply became the child: a whole program or search/replace edits.
    pub fn edit(&self) -> LlmEdit {
        match self {
            Extracted::Program(_) => LlmEdit::Program,
            Extracted::Edited(_) => LlmEdit::SearchReplace,
            Extracted::Closed(_) => LlmEdit::ClosedProgram,
        }
    }
}

/// Why a reply gives no child.
#[derive(Clone, Debug, PartialEq)]
pub enum NoChild {
    /// No program in it (`no_code`).
    NoCode(String),
    /// Search/replace edits that do not match the parent (`bad_diff`).
    BadEdit(String),
}

/// The child program in `reply`, an edit of `parent`. Tolerant: `<think>` sections are
/// dropped; search/replace edits win over code blocks; among code blocks, the last one that
/// defines `make_walker` (a block cut off by the token limit inside `make_walker` is closed by
/// [`cut::close`](super::cut::close); one cut elsewhere counts, and fails later as a syntax
/// error); a reply without fences is taken from its first `import`/`from`/`def` line
/// when it defines `make_walker`, and so is the text before the first fence when no block
/// defines it (a bare program closed by a lone fence, as a model tuned on bare programs
/// writes). Helper functions the parent defines and the child calls without defining are
/// copied from the parent, so "only make_walker" answers still run.
pub fn extract(reply: &str, parent: &str) -> Result<Extracted, NoChild> {
    let reply = strip_think(reply);
    if reply.trim().is_empty() {
        return Err(NoChild::NoCode("the reply is empty".into()));
    }
    if let Some(edits) = search_replace_blocks(&reply) {
        return apply_edits(parent, &edits).map(Extracted::Edited);
    }
    let (blocks, open) = code_blocks(&reply);
    let last = blocks.len().checked_sub(1);
    let program = if blocks.is_empty() {
        bare_program(&reply).map(|p| (p, false))
    } else {
        let i = (0..blocks.len())
            .rev()
            .find(|&i| defines_make_walker(&blocks[i]));
        i.map(|i| (blocks[i].clone(), open && Some(i) == last))
            .or_else(|| bare_program(before_first_fence(&reply)).map(|p| (p, false)))
    };
    match program {
        Some((p, cut)) => {
            let closed = cut.then(|| super::cut::close(&p, reply.ends_with('\n')));
            Ok(match closed.flatten() {
                Some(c) => Extracted::Closed(with_parent_helpers(&c, parent)),
                None => Extracted::Program(with_parent_helpers(&p, parent)),
            })
        }
        None if reply.contains("```") => Err(NoChild::NoCode(
            "no code block in the reply defines make_walker".into(),
        )),
        None => Err(NoChild::NoCode(
            "the reply has no code block and no make_walker".into(),
        )),
    }
}

fn strip_think(reply: &str) -> String {
    let mut out = reply.to_string();
    while let Some(start) = out.find("<think>") {
        match out[start..].find("</think>") {
            Some(end) => out.replace_range(start..start + end + "</think>".len(), ""),
            None => out.truncate(start),
        }
    }
    out
}

fn defines_make_walker(code: &str) -> bool {
    code.lines()
        .any(|l| l.trim_start().starts_with("def make_walker("))
}

/// The contents of the fenced code blocks, in order, and whether the last one was never closed
/// (it then runs to the end of the text).
fn code_blocks(text: &str) -> (Vec<String>, bool) {
    let mut blocks = Vec::new();
    let mut current: Option<Vec<&str>> = None;
    for line in text.lines() {
        let fence = is_fence(line);
        match (&mut current, fence) {
            (None, true) => current = Some(Vec::new()),
            (Some(lines), true) => {
                blocks.push(join(lines));
                current = None;
            }
            (Some(lines), false) => lines.push(line),
            (None, false) => {}
        }
    }
    let open = current.is_some();
    if let Some(lines) = current {
        blocks.push(join(&lines));
    }
    (blocks, open)
}

fn join(lines: &[&str]) -> String {
    let mut s = lines.join("\n");
    s.push('\n');
    s
}

/// A line that opens or closes a fenced block (any language tag, any indent).
fn is_fence(line: &str) -> bool {
    line.trim_start().starts_with("```")
}

/// The text before the first line that starts a fence.
fn before_first_fence(text: &str) -> &str {
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        if is_fence(line) {
            break;
        }
        at += line.len();
    }
    &text[..at]
}

/// A program written without fences: from its first `import`, `from` or `def` line on.
fn bare_program(text: &str) -> Option<String> {
    if !defines_make_walker(text) {
        return None;
    }
    let lines: Vec<&str> = text.lines().collect();
    let start = lines.iter().position(|l| {
        l.starts_with("import ") || l.starts_with("from ") || l.starts_with("def ")
    })?;
    Some(join(&lines[start..]))
}

/// One search/replace edit.
#[derive(Clone, Debug, PartialEq)]
struct Edit {
    search: String,
    replace: String,
}

/// The search/replace edits of a reply, or `None` when it has none. An edit cut off before its
/// `>>>>>>> REPLACE` line is dropped (the complete ones still apply).
fn search_replace_blocks(text: &str) -> Option<Vec<Edit>> {
    enum State {
        Outside,
        Search(Vec<String>),
        Replace(Vec<String>, Vec<String>),
    }
    let marker = |l: &str, c: char| {
        let t = l.trim();
        t.len() >= 5 && t.starts_with(&c.to_string().repeat(5))
    };
    let mut edits = Vec::new();
    let mut state = State::Outside;
    let mut seen = false;
    for line in text.lines() {
        state = match state {
            State::Outside if marker(line, '<') && line.contains("SEARCH") => {
                seen = true;
                State::Search(Vec::new())
            }
            State::Outside => State::Outside,
            State::Search(s) if marker(line, '=') => State::Replace(s, Vec::new()),
            State::Search(mut s) => {
                s.push(line.to_string());
                State::Search(s)
            }
            State::Replace(s, r) if marker(line, '>') => {
                edits.push(Edit {
                    search: s.join("\n"),
                    replace: r.join("\n"),
                });
                State::Outside
            }
            State::Replace(s, mut r) => {
                r.push(line.to_string());
                State::Replace(s, r)
            }
        };
    }
    seen.then_some(edits)
}

/// Applies `edits` in order: an exact match first, else a match of the lines with their
/// surrounding whitespace ignored (models re-indent). The first occurrence is replaced.
fn apply_edits(parent: &str, edits: &[Edit]) -> Result<String, NoChild> {
    if edits.is_empty() {
        return Err(NoChild::BadEdit(
            "the reply's search/replace edit is incomplete (no >>>>>>> REPLACE line)".into(),
        ));
    }
    let mut text = parent.to_string();
    for (n, e) in edits.iter().enumerate() {
        if e.search.trim().is_empty() {
            return Err(NoChild::BadEdit(format!(
                "edit {}: the SEARCH part is empty",
                n + 1
            )));
        }
        if let Some(at) = text.find(&e.search) {
            text.replace_range(at..at + e.search.len(), &e.replace);
            continue;
        }
        text = replace_lines_loosely(&text, e).ok_or_else(|| {
            NoChild::BadEdit(format!(
                "edit {}: its SEARCH lines are not in the program: {:?}",
                n + 1,
                e.search.lines().next().unwrap_or_default()
            ))
        })?;
    }
    Ok(text)
}

/// Finds the SEARCH lines (trimmed) as consecutive lines of `text` (trimmed, blank lines of
/// the search skipped) and replaces them, re-indenting the replacement by the difference.
fn replace_lines_loosely(text: &str, e: &Edit) -> Option<String> {
    let want: Vec<&str> = e
        .search
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    let lines: Vec<&str> = text.lines().collect();
    let start = (0..lines.len()).find(|&i| {
        let mut j = i;
        want.iter().all(|w| {
            while j < lines.len() && lines[j].trim().is_empty() {
                j += 1;
            }
            let ok = j < lines.len() && lines[j].trim() == *w;
            j += 1;
            ok
        })
    })?;
    let mut end = start;
    let mut matched = 0;
    while matched < want.len() {
        if !lines[end].trim().is_empty() {
            matched += 1;
        }
        end += 1;
    }
    let indent = |l: &str| l.len() - l.trim_start().len();
    let have = indent(lines[start]);
    let first_search = e
        .search
        .lines()
        .find(|l| !l.trim().is_empty())
        .unwrap_or("");
    let shift = have as isize - indent(first_search) as isize;
    let replaced: Vec<String> = e
        .replace
        .lines()
        .map(|l| {
            if l.trim().is_empty() {
                String::new()
            } else if shift >= 0 {
                format!("{}{l}", " ".repeat(shift as usize))
            } else {
                let cut = (-shift as usize).min(indent(l));
                l[cut..].to_string()
            }
        })
        .collect();
    let mut out: Vec<String> = lines[..start].iter().map(|s| s.to_string()).collect();
    out.extend(replaced);
    out.extend(lines[end..].iter().map(|s| s.to_string()));
    let mut s = out.join("\n");
    if text.ends_with('\n') {
        s.push('\n');
    }
    Some(s)
}

/// The top-level functions of `source`: (name, text with its trailing blank lines cut).
fn top_level_defs(source: &str) -> Vec<(String, String)> {
    let lines: Vec<&str> = source.lines().collect();
    let mut defs = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let Some(rest) = lines[i].strip_prefix("def ") else {
            i += 1;
            continue;
        };
        let name: String = rest
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect();
        let mut j = i + 1;
        while j < lines.len()
            && (lines[j].trim().is_empty() || lines[j].starts_with([' ', '\t', ')', ']']))
        {
            j += 1;
        }
        let mut body = lines[i..j].to_vec();
        while body.last().is_some_and(|l| l.trim().is_empty()) {
            body.pop();
        }
        defs.push((name, body.join("\n")));
        i = j;
    }
    defs
}

/// `child` with the parent's top-level functions it calls but does not define, inserted
/// before its first top-level `def`.
pub(crate) fn with_parent_helpers(child: &str, parent: &str) -> String {
    let defined: Vec<String> = top_level_defs(child).into_iter().map(|d| d.0).collect();
    let missing: Vec<String> = top_level_defs(parent)
        .into_iter()
        .filter(|(name, _)| !defined.contains(name) && child.contains(&format!("{name}(")))
        .map(|(_, text)| text)
        .collect();
    before_first_def(child, &missing)
}

/// `child` with `blocks`, each followed by two blank lines, before its first top-level `def`;
/// `child` unchanged when there are none.
pub(crate) fn before_first_def(child: &str, blocks: &[String]) -> String {
    if blocks.is_empty() {
        return child.to_string();
    }
    let lines: Vec<&str> = child.lines().collect();
    let at = lines
        .iter()
        .position(|l| l.starts_with("def "))
        .unwrap_or(0);
    let mut out: Vec<&str> = lines[..at].to_vec();
    for b in blocks {
        out.extend([b.as_str(), "", ""]);
    }
    out.extend(&lines[at..]);
    let mut s = out.join("\n");
    s.push('\n');
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    /// docs/llm.md quotes the default system prompt; they must not drift apart.
    #[test]
    fn the_documented_system_prompt_is_the_one_sent() {
        let doc = include_str!("../../../docs/llm.md");
        let prompt = system_prompt(&PromptLimits {
            walker: WalkerLimits::default(),
            timeout_s: 2.0,
        });
        assert!(
            doc.contains(&prompt),
            "docs/llm.md differs from system_prompt():\n{prompt}"
        );
    }
}
