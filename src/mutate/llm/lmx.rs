//! The `lmx` format: Language Model Crossover (Meyerson et al. 2023). k elites written one
//! after another as examples in one completion prompt, each under the same marker line; the
//! prompt ends with the marker, and the model writes the next program. For completion
//! endpoints and base models. The child is the completion cut at the next marker (or where the
//! server stopped), with the helpers it calls copied from the examples, as `prompt` and
//! `crossover` do.

/// The line above every example, and the prompt's last line.
pub const MARKER: &str = "# ---- a walker program ----";

/// Stop sequences: the model starting another example.
pub const STOP: [&str; 1] = ["\n# ---- "];

/// The prompt: each example (the parent last, nearest the completion) under the marker, then
/// the marker alone.
pub fn prompt(examples: &[&str]) -> String {
    let mut out = String::new();
    for e in examples {
        out.push_str(MARKER);
        out.push('\n');
        out.push_str(e.trim_end());
        out.push_str("\n\n\n");
    }
    out.push_str(MARKER);
    out.push('\n');
    out
}

/// The program a completion gives: its text up to the first marker-like line (`# ----`, when
/// the server ignored the stop sequence), trailing blank lines dropped, with the functions of
/// `examples` it calls and lacks; `None` when it does not define `make_walker`.
pub fn child(completion: &str, examples: &[&str]) -> Option<String> {
    let mut lines: Vec<&str> = completion
        .lines()
        .take_while(|l| !l.trim_start().starts_with("# ----"))
        .collect();
    while lines.last().is_some_and(|l| l.trim().is_empty()) {
        lines.pop();
    }
    if !lines
        .iter()
        .any(|l| l.trim_start().starts_with("def make_walker("))
    {
        return None;
    }
    let mut program = lines.join("\n");
    program.push('\n');
    // The parent (last) is looked at first: its helpers are the likeliest meant.
    let others: Vec<&str> = examples.iter().rev().copied().collect();
    Some(super::prompt::with_helpers_of(&program, &others))
}
