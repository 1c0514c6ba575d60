//! `[[mutate.operators]]`: one operator entry, its format-specific keys and their checks, and
//! `--mutator`, the CLI's way of writing the same entries.

use serde::{Deserialize, Serialize};

use super::ConfigError;
use crate::mutate::llm::grammar::MIN_STATEMENTS;
use crate::mutate::llm::guide::PromptStyle;
use crate::mutate::llm::{Api, Format, Options, Shape};

/// The kind of a mutation operator.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum OperatorKind {
    /// Syntax-tree genetic programming, embedded, no network.
    Gp,
    /// A language model behind an OpenAI-compatible endpoint, with a prompt format.
    Llm,
}

impl OperatorKind {
    /// The name stored in `children.operator`.
    pub fn name(self) -> &'static str {
        match self {
            OperatorKind::Gp => "gp",
            OperatorKind::Llm => "llm",
        }
    }
}

/// One `[[mutate.operators]]` entry.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OperatorConfig {
    /// `gp` or `llm`.
    pub kind: OperatorKind,
    /// Prompt format, for `llm` (default: `chat`); `gp` has none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub format: Option<Format>,
    /// Share of each generation's children, > 0 (default: 1).
    #[serde(default = "one")]
    pub weight: f64,
    /// After a child fails in the sandbox, one follow-up request that shows the model the
    /// error and asks for a fix; `llm:chat+repair` (chat formats only; default: false).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub repair: bool,
    /// After each child the model writes, two one-token requests for its own P("Yes") that
    /// the child runs and that it beats its parent, stored in `llm_calls` and scored by
    /// `elmer report`; `llm:chat+self_eval` (llm operators; default: false).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub self_eval: bool,
    /// `chat` only: `"archive"` (default; the parent with `context_elites` other elites and an
    /// empty neighbouring cell as the target) or `"plain"` (the parent alone); `llm:chat+plain`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub prompt: Option<PromptStyle>,
    /// `chat` with the archive prompt: other elites shown beside the parent, the best one
    /// first, then distant ones (default: 2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub context_elites: Option<usize>,
    /// `chat` with the archive prompt: name an empty neighbouring cell as the target (default:
    /// true). With `false` (`llm:chat+untargeted`) the prompt asks only to travel farther, and
    /// the cell it would have named is stored as the call's `control_target`: the control for
    /// the target's hit rate.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target: Option<bool>,
    /// `lmx` only: elites in the prompt, the parent included (default: 3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub examples: Option<usize>,
    /// Chat formats: the reply's shape, sent as a grammar to endpoints with a `grammar` key:
    /// `"free"` (default), `"walker"` (a fenced make_walker of at most `max_statements` lines;
    /// `llm:chat+walker`) or `"edits"` (search/replace edits whose SEARCH side is a line of
    /// the parent; `llm:chat+edits`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reply: Option<Shape>,
    /// `reply = "walker"`: most add_joint/add_muscle lines, 3 to 200 (default: 30).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_statements: Option<usize>,
}

/// A `+FLAG` after the format in `--mutator llm:FORMAT+FLAG`: a switch of the operator.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum OperatorFlag {
    /// `+repair`: [`OperatorConfig::repair`].
    Repair,
    /// `+self_eval`: [`OperatorConfig::self_eval`].
    SelfEval,
    /// `+plain`: `prompt = "plain"` ([`OperatorConfig::prompt`]).
    Plain,
    /// `+walker`: `reply = "walker"` ([`OperatorConfig::reply`]).
    Walker,
    /// `+edits`: `reply = "edits"` ([`OperatorConfig::reply`]).
    Edits,
    /// `+untargeted`: `target = false` ([`OperatorConfig::target`]).
    Untargeted,
}

impl OperatorFlag {
    const ALL: [OperatorFlag; 6] = [
        OperatorFlag::Repair,
        OperatorFlag::SelfEval,
        OperatorFlag::Plain,
        OperatorFlag::Walker,
        OperatorFlag::Edits,
        OperatorFlag::Untargeted,
    ];

    fn name(self) -> &'static str {
        match self {
            OperatorFlag::Repair => "repair",
            OperatorFlag::SelfEval => "self_eval",
            OperatorFlag::Plain => "plain",
            OperatorFlag::Walker => "walker",
            OperatorFlag::Edits => "edits",
            OperatorFlag::Untargeted => "untargeted",
        }
    }

    /// Sets the switch on `op`.
    fn set(self, op: &mut OperatorConfig) {
        match self {
            OperatorFlag::Repair => op.repair = true,
            OperatorFlag::SelfEval => op.self_eval = true,
            OperatorFlag::Plain => op.prompt = Some(PromptStyle::Plain),
            OperatorFlag::Walker => op.reply = Some(Shape::Walker),
            OperatorFlag::Edits => op.reply = Some(Shape::Edits),
            OperatorFlag::Untargeted => op.target = Some(false),
        }
    }
}

impl std::str::FromStr for OperatorFlag {
    type Err = String;

    fn from_str(s: &str) -> Result<OperatorFlag, String> {
        OperatorFlag::ALL
            .into_iter()
            .find(|f| f.name() == s)
            .ok_or_else(|| {
                let names: Vec<String> = OperatorFlag::ALL
                    .iter()
                    .map(|f| format!("+{}", f.name()))
                    .collect();
                format!("unknown flag +{s} (this build knows: {})", names.join(", "))
            })
    }
}

/// Default of `context_elites`.
pub const DEFAULT_CONTEXT_ELITES: usize = 2;
/// Default of `examples`.
pub const DEFAULT_EXAMPLES: usize = 3;

impl OperatorConfig {
    /// An operator of `kind` and `format` with weight 1, every other key at its default.
    pub fn new(kind: OperatorKind, format: Option<Format>) -> OperatorConfig {
        OperatorConfig {
            kind,
            format,
            weight: 1.0,
            repair: false,
            self_eval: false,
            prompt: None,
            context_elites: None,
            target: None,
            examples: None,
            reply: None,
            max_statements: None,
        }
    }

    /// The prompt format of an `llm` operator (`chat` when unset).
    pub fn llm_format(&self) -> Format {
        self.format.unwrap_or(Format::Chat)
    }

    /// The options of the `llm` operator built from this entry.
    pub fn llm_options(&self) -> Options {
        let d = Options::default();
        Options {
            repair: self.repair,
            self_eval: self.self_eval,
            reply: self.reply.unwrap_or(d.reply),
            max_statements: self.max_statements.unwrap_or(d.max_statements),
        }
    }

    /// How many context elites the engine draws for each child: `Some` for an archive-aware
    /// `chat` operator (which then also gets a target cell), `None` for every other one.
    pub fn guided(&self) -> Option<usize> {
        let archive = self.kind == OperatorKind::Llm
            && self.llm_format() == Format::Chat
            && self.prompt != Some(PromptStyle::Plain);
        archive.then(|| self.context_elites.unwrap_or(DEFAULT_CONTEXT_ELITES))
    }

    /// Whether an archive-aware prompt names its target cell (see [`OperatorConfig::target`]).
    pub fn names_target(&self) -> bool {
        self.target.unwrap_or(true)
    }

    /// Elites the engine draws beyond the parent and its one mate (an `lmx` prompt's
    /// further examples).
    pub fn extra_mates(&self) -> usize {
        if self.kind == OperatorKind::Llm && self.llm_format() == Format::Lmx {
            self.examples.unwrap_or(DEFAULT_EXAMPLES).saturating_sub(2)
        } else {
            0
        }
    }

    /// The keys that only some formats take, checked against this entry's format: every
    /// problem, each naming its key.
    pub(super) fn llm_key_problems(&self, i: usize, format: Format) -> Vec<ConfigError> {
        let mut out = Vec::new();
        let mut bad = |k: &str, message: String| {
            out.push(ConfigError::Invalid {
                path: String::new(),
                line: None,
                key: format!("mutate.operators[{i}].{k}"),
                message,
            })
        };
        let only = |which: &str| {
            format!(
                "only {which} takes this key (this is llm:{})",
                format.name()
            )
        };
        if self.prompt.is_some() && format != Format::Chat {
            bad("prompt", only("the chat format"));
        }
        if self.context_elites.is_some() && self.guided().is_none() {
            bad(
                "context_elites",
                only("the chat format with prompt = \"archive\""),
            );
        }
        if self.target.is_some() && self.guided().is_none() {
            bad("target", only("the chat format with prompt = \"archive\""));
        }
        if self.examples.is_some() && format != Format::Lmx {
            bad("examples", only("the lmx format"));
        }
        if self.reply.is_some_and(|r| r != Shape::Free) && format.api() != Api::Chat {
            bad("reply", only("a chat format (chat or chat_crossover)"));
        }
        if self.max_statements.is_some() && self.reply != Some(Shape::Walker) {
            bad("max_statements", only("reply = \"walker\""));
        }
        if self.context_elites.is_some_and(|k| k > 8) {
            bad("context_elites", "must be 0 to 8".into());
        }
        if self.examples.is_some_and(|k| !(1..=8).contains(&k)) {
            bad("examples", "must be 1 to 8".into());
        }
        if self
            .max_statements
            .is_some_and(|n| !(MIN_STATEMENTS..=200).contains(&n))
        {
            bad("max_statements", format!("must be {MIN_STATEMENTS} to 200"));
        }
        out
    }
}

fn one() -> f64 {
    1.0
}

/// Parses `--mutator`: a comma list of `kind[:format][=weight]`, e.g. `gp` or
/// `llm:chat=0.9,gp=0.1`.
pub fn parse_mutator(spec: &str) -> Result<Vec<OperatorConfig>, ConfigError> {
    let err = |message: String| ConfigError::Mutator {
        spec: spec.to_string(),
        message,
    };
    let mut out = Vec::new();
    for item in spec.split(',').map(str::trim) {
        if item.is_empty() {
            return Err(err("empty entry; write e.g. `gp` or `gp=1`".into()));
        }
        let (name, weight) = match item.split_once('=') {
            Some((n, w)) => (
                n,
                w.parse::<f64>()
                    .ok()
                    .filter(|w| w.is_finite() && *w > 0.0)
                    .ok_or_else(|| err(format!("weight {w:?} of {n:?} must be a number > 0")))?,
            ),
            None => (item, 1.0),
        };
        let (kind, format) = match name.split_once(':') {
            Some((k, f)) => (k, Some(f)),
            None => (name, None),
        };
        // `FORMAT+FLAG+FLAG`: the flags in any order.
        let mut flags = Vec::new();
        let format = match format {
            Some(f) => {
                let mut parts = f.split('+');
                let name = parts.next().unwrap_or_default().to_string();
                for flag in parts {
                    flags.push(flag.parse::<OperatorFlag>().map_err(err)?);
                }
                Some(name)
            }
            None => None,
        };
        let kind = match kind {
            "gp" => OperatorKind::Gp,
            "llm" => OperatorKind::Llm,
            other => {
                return Err(err(format!(
                    "unknown operator {other:?} (this build knows: gp, llm:FORMAT)"
                )));
            }
        };
        if kind == OperatorKind::Gp && format.is_some() {
            return Err(err("gp takes no format: write `gp` or `gp=WEIGHT`".into()));
        }
        let format = match kind {
            OperatorKind::Llm => Some(
                format
                    .as_deref()
                    .unwrap_or("chat")
                    .parse::<Format>()
                    .map_err(err)?,
            ),
            OperatorKind::Gp => None,
        };
        let mut op = OperatorConfig {
            kind,
            format,
            weight,
            ..OperatorConfig::new(kind, None)
        };
        for flag in flags {
            flag.set(&mut op);
        }
        out.push(op);
    }
    Ok(out)
}
