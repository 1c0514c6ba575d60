//! The ELM diff format: the diff model's prompt (`<NME>`, `<BEF>`, `<MSG>`, `<DFF>`), and the
//! reply's `@@ -a,b +c,d @@` hunks applied to the parent with tolerant matching.
//!
//! Tolerance, in order of preference for each hunk: its old lines exactly, then ignoring
//! trailing whitespace, then ignoring all surrounding whitespace; nearest to the line its
//! header names (headers are often wrong), anywhere in the program; then with up to two
//! context lines dropped from either end (patch's fuzz). Header counts are ignored: the
//! hunk's lines are the truth. Text before the first `@@` and after the last hunk is ignored;
//! a bare empty line inside a hunk is an empty context line (models drop its space).

/// The paper's three commit messages and their weights (40/30/30).
pub const MESSAGES: [(&str, f64); 3] = [
    ("Changed make_walker function.", 0.4),
    ("Changed parameters in make_walker function.", 0.3),
    ("Small change to make_walker function.", 0.3),
];

/// The message for a uniform draw `u` in [0, 1).
pub fn message_for(u: f64) -> &'static str {
    let mut acc = 0.0;
    for (m, w) in MESSAGES {
        acc += w;
        if u < acc {
            return m;
        }
    }
    MESSAGES[MESSAGES.len() - 1].0
}

/// The prompt bytes of `formats/diff-prompt.txt`: file name, the parent, the message, and the
/// diff tag the model continues from.
pub fn prompt(parent: &str, message: &str) -> String {
    format!("<NME> walker.py\n<BEF> {parent}\n<MSG> {message}\n<DFF>")
}

/// Why a reply does not apply.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BadDiff(pub String);

/// One hunk: where its header says it starts, and its lines.
#[derive(Clone, Debug, PartialEq)]
struct Hunk {
    /// The old start line (1-based) from the header, if readable.
    old_start: Option<usize>,
    lines: Vec<HunkLine>,
}

#[derive(Clone, Debug, PartialEq)]
enum HunkLine {
    Context(String),
    Remove(String),
    Add(String),
}

impl Hunk {
    /// The program lines the hunk expects: context and removed lines.
    fn old_side(&self) -> Vec<&str> {
        self.lines
            .iter()
            .filter_map(|l| match l {
                HunkLine::Context(s) | HunkLine::Remove(s) => Some(s.as_str()),
                HunkLine::Add(_) => None,
            })
            .collect()
    }

    /// The lines after the hunk: context and added lines.
    fn added_side(&self) -> Vec<&str> {
        self.lines
            .iter()
            .filter_map(|l| match l {
                HunkLine::Context(s) | HunkLine::Add(s) => Some(s.as_str()),
                HunkLine::Remove(_) => None,
            })
            .collect()
    }

    fn changes(&self) -> bool {
        self.lines
            .iter()
            .any(|l| !matches!(l, HunkLine::Context(_)))
    }
}

fn header(line: &str) -> Option<Option<usize>> {
    let rest = line.trim_start().strip_prefix("@@")?;
    let old = rest.split_whitespace().find(|t| t.starts_with('-'));
    Some(old.and_then(|t| t[1..].split(',').next()?.parse().ok()))
}

/// The hunks of `reply`.
fn parse(reply: &str) -> Vec<Hunk> {
    let mut hunks: Vec<Hunk> = Vec::new();
    let mut current: Option<Hunk> = None;
    for line in reply.lines() {
        if let Some(start) = header(line) {
            hunks.extend(current.take());
            current = Some(Hunk {
                old_start: start,
                lines: Vec::new(),
            });
            continue;
        }
        let Some(h) = current.as_mut() else { continue };
        let parsed = if let Some(s) = line.strip_prefix(' ') {
            Some(HunkLine::Context(s.to_string()))
        } else if let Some(s) = line.strip_prefix('-') {
            (!line.starts_with("---")).then(|| HunkLine::Remove(s.to_string()))
        } else if let Some(s) = line.strip_prefix('+') {
            (!line.starts_with("+++")).then(|| HunkLine::Add(s.to_string()))
        } else if line.is_empty() {
            Some(HunkLine::Context(String::new()))
        } else if line.starts_with('\\') {
            // "\ No newline at end of file"
            continue;
        } else {
            None
        };
        match parsed {
            Some(l) => h.lines.push(l),
            // Anything else ends the diff: prose or a new file after the hunks.
            None => {
                hunks.extend(current.take());
                break;
            }
        }
    }
    hunks.extend(current);
    // Trailing empty context lines are usually the reply's own blank lines.
    for h in &mut hunks {
        while matches!(h.lines.last(), Some(HunkLine::Context(s)) if s.is_empty()) {
            h.lines.pop();
        }
    }
    hunks
}

/// Line equality at a tolerance level: 0 exact, 1 trailing whitespace, 2 all surrounding.
fn same(a: &str, b: &str, level: u8) -> bool {
    match level {
        0 => a == b,
        1 => a.trim_end() == b.trim_end(),
        _ => a.trim() == b.trim(),
    }
}

/// The start of `old` in `lines` at `level`, nearest to `near`.
fn find(lines: &[String], old: &[&str], near: usize, level: u8) -> Option<usize> {
    if old.is_empty() || old.len() > lines.len() {
        return None;
    }
    (0..=lines.len() - old.len())
        .filter(|&i| old.iter().zip(&lines[i..]).all(|(o, l)| same(l, o, level)))
        .min_by_key(|&i| i.abs_diff(near))
}

/// Applies the hunks of `reply` to `parent`. A reply with no hunk, or a hunk that matches
/// nowhere, is [`BadDiff`].
pub fn apply(parent: &str, reply: &str) -> Result<String, BadDiff> {
    let hunks = parse(reply);
    if hunks.is_empty() {
        return Err(BadDiff("the reply has no @@ hunk".into()));
    }
    if !hunks.iter().any(Hunk::changes) {
        return Err(BadDiff("the reply's hunks change nothing".into()));
    }
    let mut lines: Vec<String> = parent.lines().map(str::to_string).collect();
    // Where the next hunk is expected, after the shifts of the earlier ones.
    let mut offset: isize = 0;
    for (n, h) in hunks.iter().enumerate() {
        let old = h.old_side();
        if old.is_empty() {
            let new = h.added_side();
            // A pure addition: at its header's line, or at the end.
            let at = h.old_start.map_or(lines.len(), |s| {
                (s as isize + offset).clamp(0, lines.len() as isize) as usize
            });
            lines.splice(at..at, new.iter().map(|s| s.to_string()));
            offset += new.len() as isize;
            continue;
        }
        let near = h
            .old_start
            .map_or(0, |s| (s as isize - 1 + offset).max(0) as usize);
        let (at, len, new) = locate(&lines, h, near).ok_or_else(|| {
            BadDiff(format!(
                "hunk {} does not match the program (first old line {:?})",
                n + 1,
                old.first().copied().unwrap_or_default()
            ))
        })?;
        offset += new.len() as isize - len as isize;
        lines.splice(at..at + len, new);
    }
    let mut out = lines.join("\n");
    if parent.ends_with('\n') || parent.is_empty() {
        out.push('\n');
    }
    Ok(out)
}

/// Where the hunk applies: (start, old length, replacement lines). Exact and whitespace-
/// tolerant matches first, then fuzz: up to two leading and trailing context lines dropped.
fn locate(lines: &[String], h: &Hunk, near: usize) -> Option<(usize, usize, Vec<String>)> {
    let is_context = |l: &&HunkLine| matches!(l, HunkLine::Context(_));
    let lead = h.lines.iter().take_while(is_context).count();
    let trail = h.lines.iter().rev().take_while(is_context).count();
    for fuzz in 0..=2usize {
        let (front, back) = (fuzz.min(lead), fuzz.min(trail));
        if fuzz > 0 && front + back == 0 {
            break;
        }
        let cut = Hunk {
            old_start: h.old_start,
            lines: h.lines[front..h.lines.len() - back].to_vec(),
        };
        let old = cut.old_side();
        if old.is_empty() {
            break;
        }
        for level in 0..=2 {
            if let Some(at) = find(lines, &old, near + front, level) {
                let matched = &lines[at..at + old.len()];
                return Some((at, old.len(), replacement(&cut, matched, &old)));
            }
        }
    }
    None
}

/// The hunk's new side over the `matched` program lines: context lines keep the program's
/// own text, added lines are shifted by the indentation difference between the program and
/// the hunk (a model that lost or added a level of indentation).
fn replacement(h: &Hunk, matched: &[String], old: &[&str]) -> Vec<String> {
    let indent = |s: &str| s.len() - s.trim_start().len();
    let shift = matched
        .iter()
        .zip(old)
        .find(|(m, o)| !m.trim().is_empty() && !o.trim().is_empty())
        .map_or(0, |(m, o)| indent(m) as isize - indent(o) as isize);
    let mut out = Vec::new();
    let mut k = 0;
    for l in &h.lines {
        match l {
            HunkLine::Context(_) => {
                out.push(matched[k].clone());
                k += 1;
            }
            HunkLine::Remove(_) => k += 1,
            HunkLine::Add(a) if shift == 0 || a.trim().is_empty() => out.push(a.clone()),
            HunkLine::Add(a) if shift > 0 => out.push(format!("{}{a}", " ".repeat(shift as usize))),
            HunkLine::Add(a) => out.push(a[(-shift as usize).min(indent(a))..].to_string()),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_follow_the_paper_weights() {
        assert_eq!(message_for(0.0), "Changed make_walker function.");
        assert_eq!(message_for(0.39), "Changed make_walker function.");
        assert_eq!(
            message_for(0.41),
            "Changed parameters in make_walker function."
        );
        assert_eq!(message_for(0.71), "Small change to make_walker function.");
        assert_eq!(message_for(0.9999), "Small change to make_walker function.");
    }
}
