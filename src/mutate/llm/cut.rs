//! Closing a program cut off by the token limit (issue 19). A small model that loses its way
//! repeats `add_muscle` lines until `max_tokens` stops it, inside `make_walker`, without the
//! `return` (docs/llm.md, "Replies cut at max_tokens"). Such a reply is a program up to its last
//! whole statement: [`close`] drops the partial tail and the statements repeated word for word,
//! and ends `make_walker` with its `return`.

/// The program `code` (a fenced block the reply never closed) closed: its partial last line
/// dropped unless `ended_on_newline`, lines that cannot end a body dropped (a `for` header, an
/// open bracket), joint and spring statements repeated word for word at the body's level
/// dropped, and `return NAME.get_walker()` appended at the body's indent. `None` when the cut
/// is not inside `make_walker` (the last top-level `def`), when `make_walker` already returns,
/// or when it names no `walker_creator()`.
pub fn close(code: &str, ended_on_newline: bool) -> Option<String> {
    let mut lines: Vec<&str> = code.lines().collect();
    if !ended_on_newline {
        lines.pop();
    }
    let def = lines.iter().rposition(|l| l.starts_with("def "))?;
    if !lines[def].starts_with("def make_walker(") {
        return None;
    }
    let body = &lines[def + 1..];
    let indent = body
        .iter()
        .find(|l| !l.trim().is_empty())
        .map(|l| &l[..l.len() - l.trim_start().len()])
        .filter(|i| !i.is_empty())?;
    let at_body =
        |l: &str| l.starts_with(indent) && !l[indent.len()..].starts_with(char::is_whitespace);
    if body
        .iter()
        .any(|l| at_body(l) && l.trim_start().starts_with("return"))
    {
        return None;
    }
    let creator = body.iter().find_map(|l| {
        let (name, value) = l.trim().split_once('=')?;
        (value.trim() == "walker_creator()").then(|| name.trim().to_string())
    })?;

    let mut kept: Vec<&str> = lines[..=def].to_vec();
    let mut seen = std::collections::HashSet::new();
    for &l in body {
        let statement = l.contains(".add_muscle(") || l.contains(".add_joint(");
        if at_body(l) && statement && !seen.insert(l.trim_end()) {
            continue;
        }
        kept.push(l);
    }
    while kept.len() > def + 1 && !ends_a_body(kept[kept.len() - 1]) {
        kept.pop();
    }
    let mut out = kept.join("\n");
    out.push('\n');
    out.push_str(&format!("{indent}return {creator}.get_walker()\n"));
    Some(out)
}

/// Whether `line` may be the last of a body: not blank, not a block header (`for ...:`), not a
/// continued line, brackets balanced.
fn ends_a_body(line: &str) -> bool {
    let t = line.trim_end();
    if t.trim().is_empty() || t.ends_with(':') || t.ends_with(',') || t.ends_with('\\') {
        return false;
    }
    let depth = t.chars().fold(0i32, |d, c| match c {
        '(' | '[' | '{' => d + 1,
        ')' | ']' | '}' => d - 1,
        _ => d,
    });
    depth == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    const HEAD: &str = "from walker_creator import walker_creator\n\n\ndef make_walker():\n    wc = walker_creator()\n    a = wc.add_joint(0, 0)\n    b = wc.add_joint(10, 0)\n";

    #[test]
    fn a_partial_line_goes_and_the_return_comes() {
        let code = format!("{HEAD}    wc.add_muscle(a, b)\n    wc.add_muscle(a, b, 5.0\n");
        assert_eq!(
            close(&code, false).unwrap(),
            format!("{HEAD}    wc.add_muscle(a, b)\n    return wc.get_walker()\n")
        );
    }

    #[test]
    fn repeated_statements_go_once_seen() {
        let code = format!(
            "{HEAD}    wc.add_muscle(a, b)\n    wc.add_muscle(b, a)\n    wc.add_muscle(a, b)\n    wc.add_muscle(b, a)\n"
        );
        assert_eq!(
            close(&code, true).unwrap(),
            format!(
                "{HEAD}    wc.add_muscle(a, b)\n    wc.add_muscle(b, a)\n    return wc.get_walker()\n"
            )
        );
    }

    #[test]
    fn a_loop_header_without_its_body_goes() {
        let code =
            format!("{HEAD}    wc.add_muscle(a, b)\n    for i in range(3):\n        x = (i,\n");
        assert_eq!(
            close(&code, true).unwrap(),
            format!("{HEAD}    wc.add_muscle(a, b)\n    return wc.get_walker()\n")
        );
    }

    #[test]
    fn nothing_to_close() {
        // Cut inside a helper after make_walker, make_walker already returning, no creator.
        let helper = format!(
            "{HEAD}    return wc.get_walker()\n\n\ndef helper(wc):\n    wc.add_joint(1, 1\n"
        );
        assert_eq!(close(&helper, false), None);
        let returns = format!("{HEAD}    return wc.get_walker()\n    # done\n");
        assert_eq!(close(&returns, true), None);
        let no_creator = "def make_walker():\n    a = 1\n    b = 2\n";
        assert_eq!(close(no_creator, true), None);
    }
}
