//! Finding every problem of a config file, not only the first: unknown keys and wrong types
//! (each error's lines blanked out and the text parsed again), and values out of range (each
//! bad field reset to its default and the table checked again); each named by its key and line.

use serde::Serialize;

use super::{ConfigError, RunConfig, json};

/// Every problem `check` finds in `table`: after each, the field it names is set back to its
/// default and the table checked again, so one bad key does not hide the next. `check` gives
/// the field (empty when the problem is not one field's) and the error.
pub(super) fn each_problem<T>(
    table: &T,
    check: impl Fn(&T) -> Option<(String, ConfigError)>,
) -> Vec<ConfigError>
where
    T: Serialize + serde::de::DeserializeOwned + Default,
{
    let default = json(&T::default());
    let mut current = json(table);
    let mut out = Vec::new();
    while out.len() < MAX_PROBLEMS {
        let Ok(t) = serde_json::from_value::<T>(current.clone()) else {
            break;
        };
        let Some((field, e)) = check(&t) else {
            break;
        };
        out.push(e);
        match (current.get_mut(&field), default.get(&field)) {
            (Some(slot), Some(d)) if slot != d => *slot = d.clone(),
            _ => break,
        }
    }
    out
}

/// A module's error message without its own `table.key: ` prefix (the key is said apart).
pub(super) fn plain(e: &impl std::fmt::Display) -> String {
    let text = e.to_string();
    match text.split_once(": ") {
        Some((key, rest)) if !key.contains(' ') => rest.to_string(),
        _ => text,
    }
}

/// Most problems one file reports (the rest would be the same mistake repeated).
const MAX_PROBLEMS: usize = 50;

/// Parses `text` into a config, collecting every unknown key and wrong type: each error's
/// lines are blanked out and the text parsed again, so the keys that are right still load.
/// Malformed TOML (no table can be read) is the one error returned alone.
pub(super) fn parse_all(
    text: &str,
    origin: &str,
) -> Result<(RunConfig, Vec<ConfigError>), ConfigError> {
    if let Err(e) = text.parse::<toml::Table>() {
        let (line, column) = e.span().map_or((1, 1), |s| line_column(text, s.start));
        return Err(ConfigError::Parse {
            path: origin.to_string(),
            line,
            column,
            message: e.message().trim().to_string(),
        });
    }
    let mut work = text.to_string();
    let mut problems = Vec::new();
    loop {
        let e = match toml::from_str::<RunConfig>(&work) {
            Ok(cfg) => return Ok((cfg, by_line(problems))),
            Err(e) => e,
        };
        let span = e.span();
        let line = span.as_ref().map(|s| line_column(&work, s.start).0);
        problems.push(ConfigError::Invalid {
            path: format!("{origin}:{}", if line.is_some() { "" } else { " " }),
            line,
            key: line.map_or_else(String::new, |l| key_at_line(&work, l)),
            message: plain_words(e.message()),
        });
        let blanked = line.map(|l| blank_lines(&work, l));
        match blanked {
            Some(b) if b != work && problems.len() < MAX_PROBLEMS => work = b,
            _ => return Ok((RunConfig::default(), by_line(problems))),
        }
    }
}

/// Problems in the order of the file's lines (those without a line last).
pub(super) fn by_line(mut problems: Vec<ConfigError>) -> Vec<ConfigError> {
    problems.sort_by_key(|p| match p {
        ConfigError::Invalid { line, .. } => line.unwrap_or(usize::MAX),
        _ => usize::MAX,
    });
    problems
}

/// serde's words for numbers as a user reads them.
fn plain_words(message: &str) -> String {
    let mut m = message.trim().to_string();
    for t in ["usize", "u64", "u32"] {
        m = m.replace(
            &format!("expected {t}"),
            "expected a whole number from 0 up",
        );
    }
    m.replace("expected f64", "expected a number")
}

/// The 1-based line and column of byte `at`.
fn line_column(text: &str, at: usize) -> (usize, usize) {
    let before = &text[..at.min(text.len())];
    let line = before.matches('\n').count() + 1;
    let column = at.min(text.len()) - before.rfind('\n').map_or(0, |i| i + 1) + 1;
    (line, column)
}

/// A table header's dotted name (`[sim]` -> `sim`, `[[llm.endpoints]]` -> `llm.endpoints`).
fn header_name(line: &str) -> Option<&str> {
    let t = line.trim();
    let t = t.split('#').next().unwrap_or("").trim();
    t.strip_prefix("[[")
        .and_then(|r| r.strip_suffix("]]"))
        .or_else(|| t.strip_prefix('[').and_then(|r| r.strip_suffix(']')))
        .map(str::trim)
}

/// The dotted key a line of the file sets, with array-of-tables indices:
/// `mutate.operators[1].weight` for `weight = ...` in the second `[[mutate.operators]]`.
fn key_at_line(text: &str, line: usize) -> String {
    let mut table = String::new();
    let mut counts: std::collections::BTreeMap<String, usize> = Default::default();
    for (i, l) in text.lines().enumerate() {
        if let Some(name) = header_name(l) {
            table = if l.trim_start().starts_with("[[") {
                let n = counts.entry(name.to_string()).or_insert(0);
                *n += 1;
                format!("{name}[{}]", *n - 1)
            } else {
                name.to_string()
            };
            if i + 1 == line {
                return table;
            }
            continue;
        }
        if i + 1 == line {
            let key = l.split('=').next().unwrap_or("").trim().trim_matches('"');
            return match (table.is_empty(), key.is_empty()) {
                (_, true) => table,
                (true, false) => key.to_string(),
                (false, false) => format!("{table}.{key}"),
            };
        }
    }
    table
}

/// The line that sets `key` (or opens its table), if the file has it.
pub(super) fn line_of_key(text: &str, key: &str) -> Option<usize> {
    (1..=text.lines().count()).find(|&l| {
        let k = key_at_line(text, l);
        let line = text.lines().nth(l - 1).unwrap_or("");
        let sets = line.contains('=') || header_name(line).is_some();
        sets && (k == key || k.replace("[0]", "") == key)
    })
}

/// `text` with line `line` blanked; a table header takes its whole table with it (its keys
/// would otherwise land in the table before it).
fn blank_lines(text: &str, line: usize) -> String {
    let lines: Vec<&str> = text.lines().collect();
    let mut end = line;
    if lines
        .get(line - 1)
        .is_some_and(|l| header_name(l).is_some())
    {
        while end < lines.len() && header_name(lines[end]).is_none() {
            end += 1;
        }
    }
    lines
        .iter()
        .enumerate()
        .map(|(i, l)| if (line - 1..end).contains(&i) { "" } else { l })
        .collect::<Vec<_>>()
        .join("\n")
}
