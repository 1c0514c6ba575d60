//! Which edit made a child ([`Edit`]): a GP edit kind ([`EditKind`]) or the way an LLM reply
//! became the program ([`LlmEdit`]). Typed inside; its text is made only by `Display`, for the
//! `children.edit` column.

use std::fmt;
use std::str::FromStr;

/// A GP edit kind (DESIGN §5), in the order `gp.py` draws them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum EditKind {
    /// Change one numeric literal.
    PerturbNumber,
    /// Swap an arithmetic operator.
    SwapOperator,
    /// Move a bound of a `range(...)` call.
    ChangeRange,
    /// Repeat a simple statement.
    DuplicateStatement,
    /// Delete a simple statement.
    DeleteStatement,
    /// Swap two positional arguments of a call.
    SwapArguments,
    /// Splice in a function of another elite.
    Crossover,
}

impl EditKind {
    /// Every kind, in the order `gp.py` draws them.
    pub const ALL: [EditKind; 7] = [
        EditKind::PerturbNumber,
        EditKind::SwapOperator,
        EditKind::ChangeRange,
        EditKind::DuplicateStatement,
        EditKind::DeleteStatement,
        EditKind::SwapArguments,
        EditKind::Crossover,
    ];

    /// Its name: the `[mutate.gp]` weight key, `gp.py`'s name and the `children.edit` value.
    pub const fn as_str(self) -> &'static str {
        match self {
            EditKind::PerturbNumber => "perturb_number",
            EditKind::SwapOperator => "swap_operator",
            EditKind::ChangeRange => "change_range",
            EditKind::DuplicateStatement => "duplicate_statement",
            EditKind::DeleteStatement => "delete_statement",
            EditKind::SwapArguments => "swap_arguments",
            EditKind::Crossover => "crossover",
        }
    }
}

impl fmt::Display for EditKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for EditKind {
    /// As its name: the `gp` module gets the kinds from Rust, in `[kind, weight]` pairs.
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl FromStr for EditKind {
    type Err = String;

    fn from_str(s: &str) -> Result<EditKind, String> {
        EditKind::ALL
            .into_iter()
            .find(|k| k.as_str() == s)
            .ok_or_else(|| {
                format!(
                    "unknown gp edit kind {s:?} (expected one of {})",
                    EditKind::ALL.map(EditKind::as_str).join(", ")
                )
            })
    }
}

/// How an LLM reply became the child.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum LlmEdit {
    /// A whole program from the reply (chat formats).
    Program,
    /// The parent with the reply's search/replace edits applied (chat formats).
    SearchReplace,
    /// A whole program cut off by the token limit inside `make_walker`, closed with its
    /// `return` (chat formats; `mutate::llm::cut`).
    ClosedProgram,
    /// The parent with the reply's diff applied (`diff`).
    Diff,
    /// The parent's `make_walker` replaced by the completion (`prompt`).
    Continuation,
    /// The crossover prompt's completion (`crossover`).
    Crossover,
    /// The lmx prompt's completion, a new program after k example elites (`lmx`).
    Lmx,
}

impl LlmEdit {
    /// Its name in `children.edit`.
    pub const fn as_str(self) -> &'static str {
        match self {
            LlmEdit::Program => "program",
            LlmEdit::SearchReplace => "search_replace",
            LlmEdit::ClosedProgram => "closed_program",
            LlmEdit::Diff => "diff",
            LlmEdit::Continuation => "continuation",
            LlmEdit::Crossover => "crossover",
            LlmEdit::Lmx => "lmx",
        }
    }
}

/// The edit that made a child, stored in `children.edit` as its `Display` text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Edit {
    /// A GP syntax-tree edit.
    Gp(EditKind),
    /// An LLM reply; `repaired` when it is the answer to a repair follow-up (stored with a
    /// `+repair` suffix, e.g. `program+repair`).
    Llm {
        /// How the reply became the program.
        edit: LlmEdit,
        /// Made by the repair follow-up.
        repaired: bool,
    },
}

impl Edit {
    /// An LLM edit of a first answer.
    pub const fn llm(edit: LlmEdit) -> Edit {
        Edit::Llm {
            edit,
            repaired: false,
        }
    }

    /// Did it mix in another elite (gp's `crossover`, the crossover and lmx completions)?
    pub const fn crosses(self) -> bool {
        matches!(
            self,
            Edit::Gp(EditKind::Crossover)
                | Edit::Llm {
                    edit: LlmEdit::Crossover | LlmEdit::Lmx,
                    ..
                }
        )
    }
}

impl fmt::Display for Edit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Edit::Gp(kind) => f.write_str(kind.as_str()),
            Edit::Llm { edit, repaired } => {
                f.write_str(edit.as_str())?;
                if *repaired {
                    f.write_str("+repair")?;
                }
                Ok(())
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_the_stored_ones() {
        assert_eq!(
            EditKind::ALL.map(EditKind::as_str),
            [
                "perturb_number",
                "swap_operator",
                "change_range",
                "duplicate_statement",
                "delete_statement",
                "swap_arguments",
                "crossover",
            ]
        );
        for k in EditKind::ALL {
            assert_eq!(k.as_str().parse::<EditKind>(), Ok(k));
        }
        assert!("rm -rf".parse::<EditKind>().is_err());
        let repaired = Edit::Llm {
            edit: LlmEdit::SearchReplace,
            repaired: true,
        };
        assert_eq!(repaired.to_string(), "search_replace+repair");
        assert_eq!(Edit::llm(LlmEdit::Program).to_string(), "program");
        assert_eq!(Edit::llm(LlmEdit::Lmx).to_string(), "lmx");
        assert_eq!(
            Edit::Gp(EditKind::SwapArguments).to_string(),
            "swap_arguments"
        );
    }

    #[test]
    fn crossover_edits_cross() {
        assert!(Edit::Gp(EditKind::Crossover).crosses());
        assert!(Edit::llm(LlmEdit::Crossover).crosses());
        assert!(Edit::llm(LlmEdit::Lmx).crosses());
        assert!(!Edit::Gp(EditKind::PerturbNumber).crosses());
        assert!(!Edit::llm(LlmEdit::Program).crosses());
    }
}
