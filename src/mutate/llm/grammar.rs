//! Constrained replies (issue 19): GBNF grammars that give a chat reply a shape that always
//! parses and always ends, for servers that take one (llama.cpp's `grammar` request field).
//!
//! - [`Shape::Walker`]: one fenced `make_walker` of 3 to N statements, each an `add_joint`
//!   with a `j<number>` name or an `add_muscle` (passive or with amplitude and phase), numbers
//!   of at most two digits before and after the point.
//! - [`Shape::Edits`]: one to four search/replace edits whose SEARCH side is one line of the
//!   parent, exactly (so every edit applies), and whose REPLACE side is up to four lines.
//!
//! Both are bounded, so [`Shape::max_tokens`] is a budget that no reply can run over: none is
//! cut at `max_tokens`.

use serde::{Deserialize, Serialize};

/// The shape an `llm` operator asks its replies to have (`reply` in the operator's table).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Shape {
    /// No constraint (the default).
    #[default]
    Free,
    /// A fenced make_walker of at most `max_statements` joint and muscle lines.
    Walker,
    /// Search/replace edits whose SEARCH side is a line of the parent.
    Edits,
}

/// How an endpoint takes a grammar (`grammar` in its `[[llm.endpoints]]` table).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum GrammarApi {
    /// llama.cpp's `llama-server`: a GBNF text in the request's `grammar` field.
    Gbnf,
}

impl GrammarApi {
    /// The request body's field that carries the grammar.
    pub fn field(self) -> &'static str {
        match self {
            GrammarApi::Gbnf => "grammar",
        }
    }
}

/// A grammar for one request: its short label (stored in the call's `params.grammar`) and
/// its GBNF text (sent).
#[derive(Clone, Debug, PartialEq)]
pub struct Grammar {
    /// e.g. `walker:30`, `edits:4`.
    pub label: String,
    /// The GBNF text.
    pub gbnf: String,
}

/// Most edits in an [`Shape::Edits`] reply.
pub const MAX_EDITS: usize = 4;
/// Most lines of one REPLACE side.
const MAX_REPLACE_LINES: usize = 4;
/// Most characters of one REPLACE line.
const MAX_LINE_CHARS: usize = 80;
/// Fewest statements of a [`Shape::Walker`] reply (a walker needs joints and a spring).
pub const MIN_STATEMENTS: usize = 3;

impl Shape {
    /// Its name in the config and in `--mutator llm:FORMAT+NAME`.
    pub fn name(self) -> &'static str {
        match self {
            Shape::Free => "free",
            Shape::Walker => "walker",
            Shape::Edits => "edits",
        }
    }

    /// The grammar for a reply to `parent`; `None` for [`Shape::Free`].
    pub fn grammar(self, parent: &str, max_statements: usize) -> Option<Grammar> {
        match self {
            Shape::Free => None,
            Shape::Walker => Some(Grammar {
                label: format!("walker:{max_statements}"),
                gbnf: walker_gbnf(max_statements),
            }),
            Shape::Edits => Some(Grammar {
                label: format!("edits:{MAX_EDITS}"),
                gbnf: edits_gbnf(parent),
            }),
        }
    }

    /// A `max_tokens` no reply of this shape can reach (every token is at least one
    /// character); `None` for [`Shape::Free`].
    pub fn max_tokens(self, parent: &str, max_statements: usize) -> Option<u32> {
        let chars = match self {
            Shape::Free => return None,
            Shape::Walker => WALKER_HEAD.len() + WALKER_TAIL.len() + max_statements * STATEMENT,
            Shape::Edits => {
                let longest = parent.lines().map(str::len).max().unwrap_or(0);
                let edit = "<<<<<<< SEARCH\n\n=======\n>>>>>>> REPLACE\n".len()
                    + longest
                    + MAX_REPLACE_LINES * (MAX_LINE_CHARS + 1);
                MAX_EDITS * edit
            }
        };
        // Every token is at least one character; 16 more for the end-of-text tokens.
        Some((chars + 16) as u32)
    }

    /// The instruction that goes with the shape at the end of the user message.
    pub fn instruction(self, max_statements: usize) -> Option<String> {
        match self {
            Shape::Free => None,
            Shape::Walker => Some(format!(
                "Answer with only the new make_walker function in one ```python code block: at \
most {max_statements} add_joint and add_muscle lines, every joint at its own place, every \
name defined before it is used."
            )),
            Shape::Edits => Some(format!(
                "Answer with 1 to {MAX_EDITS} search/replace edits; the SEARCH part of each is \
one line copied exactly from the program."
            )),
        }
    }
}

/// The start of a [`Shape::Walker`] reply, fixed.
const WALKER_HEAD: &str = "```python\nfrom walker_creator import walker_creator\n\n\ndef make_walker():\n    wc = walker_creator()\n";
/// Its end, fixed.
const WALKER_TAIL: &str = "    return wc.get_walker()\n```";
/// Most characters of one statement: `    j99 = wc.add_joint(-99.99, -99.99)\n` or
/// `    wc.add_muscle(j99, j99, -99.99, -99.99)\n`.
const STATEMENT: usize = 48;

/// The GBNF of a fenced make_walker of 3 to `max_statements` statements.
pub fn walker_gbnf(max_statements: usize) -> String {
    format!(
        "root ::= {head} stmt{{{min},{max}}} {tail}\n\
stmt ::= \"    \" (joint | muscle) \"\\n\"\n\
joint ::= name \" = wc.add_joint(\" num \", \" num \")\"\n\
muscle ::= \"wc.add_muscle(\" name \", \" name (\", \" num \", \" num)? \")\"\n\
name ::= \"j\" [0-9] [0-9]?\n\
num ::= \"-\"? [0-9] [0-9]? (\".\" [0-9] [0-9]?)?\n",
        head = literal(WALKER_HEAD),
        tail = literal(WALKER_TAIL),
        min = MIN_STATEMENTS,
        max = max_statements.max(MIN_STATEMENTS),
    )
}

/// The GBNF of 1 to [`MAX_EDITS`] edits whose SEARCH side is one non-blank line of `parent`.
pub fn edits_gbnf(parent: &str) -> String {
    let mut lines: Vec<&str> = parent.lines().filter(|l| !l.trim().is_empty()).collect();
    lines.dedup();
    let mut seen = std::collections::BTreeSet::new();
    lines.retain(|l| seen.insert(*l));
    let alternatives: Vec<String> = lines.iter().map(|l| literal(l)).collect();
    format!(
        "root ::= edit{{1,{MAX_EDITS}}}\n\
edit ::= \"<<<<<<< SEARCH\\n\" search \"\\n=======\\n\" repl{{0,{MAX_REPLACE_LINES}}} \">>>>>>> REPLACE\\n\"\n\
search ::= {}\n\
repl ::= [^\\n<=>] [^\\n]{{0,{}}} \"\\n\"\n",
        alternatives.join(" | "),
        MAX_LINE_CHARS - 1,
    )
}

/// `text` as a GBNF string literal.
fn literal(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn literals_escape_quotes_backslashes_and_newlines() {
        assert_eq!(literal("a\"b\\c\nd"), r#""a\"b\\c\nd""#);
    }

    #[test]
    fn edit_grammar_offers_each_parent_line_once() {
        let g = edits_gbnf("def f():\n    x = \"a\"\n\n    x = \"a\"\n    return x\n");
        assert!(g.contains(r#"search ::= "def f():" | "    x = \"a\"" | "    return x""#));
    }

    #[test]
    fn walker_budget_covers_the_longest_reply() {
        let longest = WALKER_HEAD.len() + WALKER_TAIL.len() + 30 * STATEMENT;
        let budget = Shape::Walker.max_tokens("", 30).unwrap() as usize;
        assert!(budget >= longest);
        assert_eq!(
            "    wc.add_muscle(j99, j99, -99.99, -99.99)\n".len(),
            STATEMENT - 4,
            "the bound keeps a margin over the longest statement"
        );
    }
}
