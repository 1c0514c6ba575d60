//! The `prompt` format (OpenELM's continuation) and completion-style crossover: the parent
//! program(s), an instruction comment and `def make_walker():`; the child is the parent with
//! its `make_walker` replaced by the completion, cut at the end of the function.

/// OpenELM's instruction for a mutation (its `INSTRUCTIONS[2]`), exactly.
pub const MUTATE_INSTRUCTION: &str =
    "#Create a new walker by modifying the starting function above.\ndef make_walker():\n";

/// OpenELM's instruction for crossover (its `INSTRUCTIONS[3]`), exactly, typo included: models
/// prompted by OpenELM saw these bytes.
pub const CROSSOVER_INSTRUCTION: &str =
    "#Combine the ,starting programs above to make a new program.\ndef make_walker():\n";

/// Stop sequences that end a completion after the function: a new top-level statement.
pub const STOP: [&str; 3] = ["\ndef ", "\nclass ", "\nif __name__"];

/// The continuation prompt: the parent, two blank lines, the instruction.
pub fn prompt(parent: &str) -> String {
    format!("{}\n\n\n{MUTATE_INSTRUCTION}", parent.trim_end())
}

/// The crossover prompt: each parent in turn, then the crossover instruction.
pub fn crossover_prompt(parents: &[&str]) -> String {
    let mut out = String::new();
    for p in parents {
        out.push_str(p.trim_end());
        out.push_str("\n\n\n");
    }
    out.push_str(CROSSOVER_INSTRUCTION);
    out
}

/// The completion cut at the end of the function body: at the first non-empty line that is
/// not indented (a new top-level statement, or prose), trailing blank lines dropped.
pub fn cut_body(completion: &str) -> String {
    let mut body: Vec<&str> = Vec::new();
    for line in completion.lines() {
        if !line.trim().is_empty() && !line.starts_with([' ', '\t']) {
            break;
        }
        body.push(line);
    }
    while body.last().is_some_and(|l| l.trim().is_empty()) {
        body.pop();
    }
    let mut s = body.join("\n");
    if !s.is_empty() {
        s.push('\n');
    }
    s
}

/// `parent` with its top-level `make_walker` (from its `def` line to the next top-level
/// statement) replaced by `def make_walker():` and `body`; everything else kept. A parent
/// without `make_walker` gets the new function appended. `None` when the body is empty.
pub fn splice(parent: &str, body: &str) -> Option<String> {
    if body.trim().is_empty() {
        return None;
    }
    let function = format!("def make_walker():\n{body}");
    let lines: Vec<&str> = parent.lines().collect();
    let Some(start) = lines.iter().position(|l| l.starts_with("def make_walker(")) else {
        return Some(format!("{}\n\n\n{function}", parent.trim_end()));
    };
    // The decorators above it belong to it.
    let mut first = start;
    while first > 0 && lines[first - 1].starts_with('@') {
        first -= 1;
    }
    let mut end = start + 1;
    while end < lines.len()
        && (lines[end].trim().is_empty() || lines[end].starts_with([' ', '\t', ')']))
    {
        end += 1;
    }
    // Blank lines before the next statement stay with it.
    let mut body_end = end;
    while body_end > start + 1 && lines[body_end - 1].trim().is_empty() {
        body_end -= 1;
    }
    let mut out = lines[..first].join("\n");
    if first > 0 {
        out.push('\n');
    }
    out.push_str(&function);
    for l in &lines[body_end..] {
        out.push_str(l);
        out.push('\n');
    }
    Some(out)
}

/// The crossover child: the first parent with its `make_walker` replaced by `body` (as
/// [`splice`]: its docstring, imports, constants and helpers kept), plus the functions of the
/// other parents that the child calls and does not define, with their imports, placed before
/// its first function. `None` when the body is empty.
///
/// Building on the first parent keeps a child whose function is the parent's own `unchanged`,
/// and keeps the module-level names its helpers use.
pub fn crossover_child(parents: &[&str], body: &str) -> Option<String> {
    let (first, others) = parents.split_first()?;
    Some(with_helpers_of(&splice(first, body)?, others))
}

/// `child` with the functions of `others` that it calls and does not define, with their
/// imports, placed before its first function (a borrowed helper's own helpers too).
pub fn with_helpers_of(child: &str, others: &[&str]) -> String {
    let mut child = child.to_string();
    for other in others {
        // Until nothing is added: a borrowed helper may call another helper of its parent.
        loop {
            let more = super::chat::with_parent_helpers(&child, other);
            if more == child {
                break;
            }
            child = with_imports(&more, other);
        }
    }
    child
}

/// `child` with the top-level imports of `parent` it lacks, before its first function.
fn with_imports(child: &str, parent: &str) -> String {
    let is_import = |l: &&str| l.starts_with("import ") || l.starts_with("from ");
    let have: Vec<&str> = child.lines().filter(is_import).collect();
    let missing: Vec<&str> = parent
        .lines()
        .filter(is_import)
        .filter(|l| !have.contains(l))
        .collect();
    if missing.is_empty() {
        return child.to_string();
    }
    super::chat::before_first_def(child, &[missing.join("\n")])
}
