//! `RunConfig`: the modules' own `*Config` structs composed into one TOML file (DESIGN §10).
//!
//! Precedence: defaults < TOML file < command-line flags. Unknown keys and wrong types are
//! errors naming the file, the line and the key. A run stores its resolved config as TOML;
//! `--resume` compares the frozen fields (DESIGN §7) against it.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use thiserror::Error;

use crate::mutate::GpConfig;
use crate::mutate::llm::grammar::MIN_STATEMENTS;
use crate::mutate::llm::guide::PromptStyle;
use crate::mutate::llm::{Api, Format, LlmConfig, Options, Shape};
use crate::qd::GridConfig;
use crate::sandbox::SandboxConfig;
use crate::sim::SimConfig;
use crate::walker::WalkerLimits;

/// Everything a run needs; each table belongs to one module.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct RunConfig {
    /// `[evolve]`: the generation loop.
    pub evolve: EvolveConfig,
    /// `[mutate]`: the operators and their settings.
    pub mutate: MutateConfig,
    /// `[grid]`: the MAP-Elites grid.
    pub grid: GridConfig,
    /// `[sim]`: the physics.
    pub sim: SimConfig,
    /// `[sandbox]`: the Python workers.
    pub sandbox: SandboxConfig,
    /// `[walker]`: the walker limits.
    pub walker: WalkerLimits,
    /// `[llm]` and `[[llm.endpoints]]`: language-model servers, for `llm` operators.
    pub llm: LlmConfig,
}

/// `[evolve]`: budget, batch and seeds of the generation loop.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct EvolveConfig {
    /// The seed program: a name from `elmer seeds` or a path to a `.py` file; `--seed-program`
    /// (default: "square").
    pub seed_program: String,
    /// Total evaluations, the seed program included; an exact total; `--evals`
    /// (default: 4000, a couple of minutes on 2 cores).
    pub evals: u64,
    /// Children per generation, at least 1; `--batch-size` (default: 32; the paper used 512).
    pub batch_size: usize,
    /// Seed of the run's random generator; `--seed` (default: 0).
    pub seed: u64,
    /// Threads evaluating children, also the number of sandbox workers unless
    /// `sandbox.workers` is set; `--threads` (default: unset = the number of CPUs).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub threads: Option<usize>,
}

impl Default for EvolveConfig {
    fn default() -> Self {
        EvolveConfig {
            seed_program: "square".into(),
            evals: 4000,
            batch_size: 32,
            seed: 0,
            threads: None,
        }
    }
}

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
    pub format: Option<String>,
    /// Share of each generation's children, > 0 (default: 1).
    #[serde(default = "one")]
    pub weight: f64,
    /// After a child fails in the sandbox, one follow-up request that shows the model the
    /// error and asks for a fix; `llm:chat+repair` (chat formats only; default: false).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub repair: bool,
    /// `chat` only: `"archive"` (default; the parent with `context_elites` other elites and an
    /// empty neighbouring cell as the target) or `"plain"` (the parent alone); `llm:chat+plain`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub prompt: Option<PromptStyle>,
    /// `chat` with the archive prompt: other elites shown beside the parent, the best one
    /// first, then distant ones (default: 2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub context_elites: Option<usize>,
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

/// A bad value of `key`, without the file (added by the caller).
fn invalid_key(key: &str, message: String) -> ConfigError {
    ConfigError::Invalid {
        path: String::new(),
        key: key.to_string(),
        message,
    }
}

/// Default of `context_elites`.
pub const DEFAULT_CONTEXT_ELITES: usize = 2;
/// Default of `examples`.
pub const DEFAULT_EXAMPLES: usize = 3;

impl OperatorConfig {
    /// An operator of `kind` and `format` with weight 1, every other key at its default.
    pub fn new(kind: OperatorKind, format: Option<&str>) -> OperatorConfig {
        OperatorConfig {
            kind,
            format: format.map(str::to_string),
            weight: 1.0,
            repair: false,
            prompt: None,
            context_elites: None,
            examples: None,
            reply: None,
            max_statements: None,
        }
    }

    /// The prompt format of an `llm` operator (`chat` when unset).
    pub fn llm_format(&self) -> Result<Format, String> {
        self.format.as_deref().unwrap_or("chat").parse()
    }

    /// The options of the `llm` operator built from this entry.
    pub fn llm_options(&self) -> Options {
        let d = Options::default();
        Options {
            repair: self.repair,
            reply: self.reply.unwrap_or(d.reply),
            max_statements: self.max_statements.unwrap_or(d.max_statements),
        }
    }

    /// How many context elites the engine draws for each child: `Some` for an archive-aware
    /// `chat` operator (which then also gets a target cell), `None` for every other one.
    pub fn guided(&self) -> Option<usize> {
        let archive = self.kind == OperatorKind::Llm
            && self.llm_format() == Ok(Format::Chat)
            && self.prompt != Some(PromptStyle::Plain);
        archive.then(|| self.context_elites.unwrap_or(DEFAULT_CONTEXT_ELITES))
    }

    /// Elites the engine draws beyond the parent and its one mate (an `lmx` prompt's
    /// further examples).
    pub fn extra_mates(&self) -> usize {
        if self.kind == OperatorKind::Llm && self.llm_format() == Ok(Format::Lmx) {
            self.examples.unwrap_or(DEFAULT_EXAMPLES).saturating_sub(2)
        } else {
            0
        }
    }

    /// The keys that only some formats take, checked against this entry's format.
    fn validate_llm_keys(&self, i: usize, format: Format) -> Result<(), ConfigError> {
        let key = |k: &str| format!("mutate.operators[{i}].{k}");
        let only = |k: &str, which: &str| {
            Err(invalid_key(
                &key(k),
                format!(
                    "only {which} takes this key (this is llm:{})",
                    format.name()
                ),
            ))
        };
        if self.prompt.is_some() && format != Format::Chat {
            return only("prompt", "the chat format");
        }
        if self.context_elites.is_some() && self.guided().is_none() {
            return only(
                "context_elites",
                "the chat format with prompt = \"archive\"",
            );
        }
        if self.examples.is_some() && format != Format::Lmx {
            return only("examples", "the lmx format");
        }
        if self.reply.is_some_and(|r| r != Shape::Free) && format.api() != Api::Chat {
            return only("reply", "a chat format (chat or chat_crossover)");
        }
        if self.max_statements.is_some() && self.reply != Some(Shape::Walker) {
            return only("max_statements", "reply = \"walker\"");
        }
        if self.context_elites.is_some_and(|k| k > 8) {
            return Err(invalid_key(&key("context_elites"), "must be 0 to 8".into()));
        }
        if self.examples.is_some_and(|k| !(1..=8).contains(&k)) {
            return Err(invalid_key(&key("examples"), "must be 1 to 8".into()));
        }
        if self
            .max_statements
            .is_some_and(|n| !(MIN_STATEMENTS..=200).contains(&n))
        {
            return Err(invalid_key(
                &key("max_statements"),
                format!("must be {MIN_STATEMENTS} to 200"),
            ));
        }
        Ok(())
    }
}

fn one() -> f64 {
    1.0
}

/// `[mutate]`: which operators make children, and their settings.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct MutateConfig {
    /// The operators; `--mutator gp` (default: one `gp` operator of weight 1).
    pub operators: Vec<OperatorConfig>,
    /// `[mutate.gp]`: the GP operator's edit weights.
    pub gp: GpConfig,
}

impl Default for MutateConfig {
    fn default() -> Self {
        MutateConfig {
            operators: vec![OperatorConfig::new(OperatorKind::Gp, None)],
            gp: GpConfig::default(),
        }
    }
}

/// A config that cannot be used. Display names the file (when there is one), the key and the
/// fix.
#[derive(Debug, Error)]
pub enum ConfigError {
    /// The file cannot be read.
    #[error("{path}: cannot read the config file: {source}")]
    Read {
        /// The file.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
    /// Malformed TOML, an unknown key or a wrong type; the message has line, column and key.
    #[error("{path}: {message}")]
    Parse {
        /// The file.
        path: String,
        /// toml's message with the line, column and key.
        message: String,
    },
    /// A value out of range.
    #[error("{path}{key}: {message}")]
    Invalid {
        /// The file with a trailing ": ", or empty for flags.
        path: String,
        /// The dotted key, e.g. `sim.horizon`.
        key: String,
        /// What is wrong and what is expected.
        message: String,
    },
    /// `--mutator` cannot be parsed.
    #[error("--mutator {spec:?}: {message}")]
    Mutator {
        /// The flag's value.
        spec: String,
        /// What is wrong and what is expected.
        message: String,
    },
}

impl RunConfig {
    /// Reads a TOML file over the defaults and validates it.
    pub fn load(path: &Path) -> Result<RunConfig, ConfigError> {
        let text = std::fs::read_to_string(path).map_err(|source| ConfigError::Read {
            path: path.to_path_buf(),
            source,
        })?;
        let cfg = RunConfig::from_toml(&text, &path.display().to_string())?;
        cfg.validate()
            .map_err(|e| e.in_file(&path.display().to_string()))?;
        Ok(cfg)
    }

    /// Parses TOML text over the defaults (no validation); `origin` names it in errors.
    pub fn from_toml(text: &str, origin: &str) -> Result<RunConfig, ConfigError> {
        toml::from_str(text).map_err(|e| ConfigError::Parse {
            path: origin.to_string(),
            message: toml_message(&e, text),
        })
    }

    /// The resolved config as TOML, as stored in a run.
    pub fn to_toml(&self) -> String {
        toml::to_string(self).expect("a RunConfig always serialises to TOML")
    }

    /// Checks every table; the error names the key.
    pub fn validate(&self) -> Result<(), ConfigError> {
        let invalid = |key: &str, message: String| ConfigError::Invalid {
            path: String::new(),
            key: key.to_string(),
            message,
        };
        if self.evolve.batch_size == 0 {
            return Err(invalid(
                "evolve.batch_size",
                "must be >= 1 (default 32)".into(),
            ));
        }
        if self.evolve.evals == 0 {
            return Err(invalid(
                "evolve.evals",
                "must be >= 1: the seed program is evaluation 0 (default 4000)".into(),
            ));
        }
        if self.evolve.threads == Some(0) {
            return Err(invalid("evolve.threads", "must be >= 1 when set".into()));
        }
        if self.mutate.operators.is_empty() {
            return Err(invalid(
                "mutate.operators",
                "needs at least one operator, e.g. [[mutate.operators]] kind = \"gp\"".into(),
            ));
        }
        for (i, op) in self.mutate.operators.iter().enumerate() {
            if !(op.weight.is_finite() && op.weight > 0.0) {
                return Err(invalid(
                    &format!("mutate.operators[{i}].weight"),
                    format!("must be a finite number > 0, got {}", op.weight),
                ));
            }
            if op.kind == OperatorKind::Gp && op.format.is_some() {
                return Err(invalid(
                    &format!("mutate.operators[{i}].format"),
                    "gp has no prompt format; remove the key".into(),
                ));
            }
            if op.repair
                && !(op.kind == OperatorKind::Llm
                    && op
                        .llm_format()
                        .is_ok_and(|f| f.api() == crate::mutate::llm::Api::Chat))
            {
                return Err(invalid(
                    &format!("mutate.operators[{i}].repair"),
                    "repair needs an llm operator with a chat format (chat or chat_crossover)"
                        .into(),
                ));
            }
            if op.kind == OperatorKind::Llm {
                let format = op
                    .llm_format()
                    .map_err(|m| invalid(&format!("mutate.operators[{i}].format"), m))?;
                op.validate_llm_keys(i, format)?;
                let api = format.api();
                if op.reply.is_some_and(|r| r != Shape::Free)
                    && !self.llm.endpoints.iter().any(|e| e.grammar.is_some())
                {
                    return Err(invalid(
                        "llm.endpoints",
                        format!(
                            "mutate.operators[{i}] asks for reply = \"{}\", but no [[llm.endpoints]] table \
                             takes a grammar; add grammar = \"gbnf\" to a llama-server endpoint",
                            op.reply.unwrap_or_default().name()
                        ),
                    ));
                }
                if !self.llm.endpoints.iter().any(|e| e.serves(api)) {
                    return Err(invalid(
                        "llm.endpoints",
                        format!(
                            "the llm:{} operator needs an [[llm.endpoints]] table that serves {} requests; \
                             start from configs/local-llm.toml (elmer evolve --config configs/local-llm.toml)",
                            format.name(),
                            api.name()
                        ),
                    ));
                }
            }
        }
        self.llm
            .validate()
            .map_err(|e| invalid(&e.key, e.message))?;
        self.mutate
            .gp
            .validate()
            .map_err(|e| ConfigError::Invalid {
                path: String::new(),
                key: String::new(),
                message: e.to_string(),
            })?;
        self.sim.validate().map_err(|e| {
            invalid(
                &format!("sim.{}", e.field),
                format!("{}, got {}", e.message, e.value),
            )
        })?;
        self.grid
            .validate()
            .map_err(|e| invalid("grid", e.to_string()))?;
        self.sandbox
            .validate()
            .map_err(|e| invalid("sandbox", e.to_string()))?;
        Ok(())
    }

    /// The first field that may not change on `--resume` (DESIGN §7) and differs between
    /// `self` (stored) and `new`, as a dotted key.
    pub fn frozen_difference(&self, new: &RunConfig) -> Option<String> {
        let pairs: [(&str, serde_json::Value, serde_json::Value); 8] = [
            ("sim", json(&self.sim), json(&new.sim)),
            ("grid", json(&self.grid), json(&new.grid)),
            ("walker", json(&self.walker), json(&new.walker)),
            (
                "evolve.seed",
                json(&self.evolve.seed),
                json(&new.evolve.seed),
            ),
            (
                "evolve.seed_program",
                json(&self.evolve.seed_program),
                json(&new.evolve.seed_program),
            ),
            (
                "evolve.batch_size",
                json(&self.evolve.batch_size),
                json(&new.evolve.batch_size),
            ),
            ("mutate", json(&self.mutate), json(&new.mutate)),
            (
                "sandbox.random_salt",
                json(&self.sandbox.random_salt),
                json(&new.sandbox.random_salt),
            ),
        ];
        pairs
            .into_iter()
            .find_map(|(key, a, b)| first_difference(key, &a, &b))
    }
}

impl ConfigError {
    fn in_file(self, path: &str) -> ConfigError {
        match self {
            ConfigError::Invalid { key, message, .. } => ConfigError::Invalid {
                path: format!("{path}: "),
                key,
                message,
            },
            other => other,
        }
    }
}

fn json<T: Serialize>(v: &T) -> serde_json::Value {
    serde_json::to_value(v).unwrap_or(serde_json::Value::Null)
}

/// The dotted path of the first leaf where `a` and `b` differ.
fn first_difference(key: &str, a: &serde_json::Value, b: &serde_json::Value) -> Option<String> {
    use serde_json::Value::Object;
    match (a, b) {
        (Object(x), Object(y)) => {
            let mut keys: Vec<&String> = x.keys().chain(y.keys()).collect();
            keys.sort();
            keys.dedup();
            keys.into_iter().find_map(|k| {
                let null = serde_json::Value::Null;
                first_difference(
                    &format!("{key}.{k}"),
                    x.get(k).unwrap_or(&null),
                    y.get(k).unwrap_or(&null),
                )
            })
        }
        _ if a == b => None,
        _ => Some(key.to_string()),
    }
}

/// toml's error with the line and column spelled out.
fn toml_message(e: &toml::de::Error, text: &str) -> String {
    let msg = e.message().trim().to_string();
    match e.span() {
        Some(span) => {
            let line = text[..span.start.min(text.len())].matches('\n').count() + 1;
            let col = span.start
                - text[..span.start.min(text.len())]
                    .rfind('\n')
                    .map_or(0, |i| i + 1)
                + 1;
            format!("line {line}, column {col}: {msg}")
        }
        None => msg,
    }
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
            Some((k, f)) => (k, Some(f.to_string())),
            None => (name, None),
        };
        // FORMAT+FLAG+...: repair, plain, walker, edits.
        let mut op = OperatorConfig::new(OperatorKind::Gp, None);
        let format = match format {
            Some(f) => {
                let mut parts = f.split('+');
                let name = parts.next().unwrap_or_default().to_string();
                for flag in parts {
                    match flag {
                        "repair" => op.repair = true,
                        "plain" => op.prompt = Some(PromptStyle::Plain),
                        "walker" => op.reply = Some(Shape::Walker),
                        "edits" => op.reply = Some(Shape::Edits),
                        other => {
                            return Err(err(format!(
                                "unknown flag +{other} (this build knows: +repair, +plain, +walker, +edits)"
                            )));
                        }
                    }
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
                    .unwrap_or_else(|| "chat".into())
                    .parse::<Format>()
                    .map_err(err)?
                    .name()
                    .to_string(),
            ),
            OperatorKind::Gp => format,
        };
        out.push(OperatorConfig {
            kind,
            format,
            weight,
            ..op
        });
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_round_trip_through_toml() {
        let cfg = RunConfig::default();
        let back = RunConfig::from_toml(&cfg.to_toml(), "x").unwrap();
        assert_eq!(cfg, back);
        cfg.validate().unwrap();
    }

    #[test]
    fn a_file_names_only_what_it_changes() {
        let cfg =
            RunConfig::from_toml("[sim]\nhorizon = 600\n[evolve]\nevals = 10\n", "x").unwrap();
        assert_eq!(cfg.sim.horizon, 600);
        assert_eq!(cfg.evolve.evals, 10);
        assert_eq!(cfg.evolve.batch_size, 32);
    }

    #[test]
    fn unknown_keys_and_wrong_types_name_the_line_and_key() {
        let e = RunConfig::from_toml("[sim]\nhorizn = 600\n", "run.toml").unwrap_err();
        let msg = e.to_string();
        assert!(msg.starts_with("run.toml: line 2"), "{msg}");
        assert!(msg.contains("horizn"), "{msg}");
        let e = RunConfig::from_toml("[evolve]\nevals = \"many\"\n", "run.toml").unwrap_err();
        assert!(e.to_string().contains("line 2"), "{e}");
    }

    #[test]
    fn validation_names_the_key() {
        let mut cfg = RunConfig::default();
        cfg.sim.horizon = 0;
        assert!(
            cfg.validate()
                .unwrap_err()
                .to_string()
                .starts_with("sim.horizon")
        );
        let mut cfg = RunConfig::default();
        cfg.evolve.batch_size = 0;
        assert!(
            cfg.validate()
                .unwrap_err()
                .to_string()
                .starts_with("evolve.batch_size")
        );
    }

    #[test]
    fn mutator_specs() {
        let ops = parse_mutator("gp").unwrap();
        assert_eq!(ops.len(), 1);
        assert_eq!(ops[0].weight, 1.0);
        assert_eq!(parse_mutator("gp=0.5").unwrap()[0].weight, 0.5);
        assert!(parse_mutator("gp=-1").is_err());
        assert!(parse_mutator("gp:chat").is_err());
        let ops = parse_mutator("llm:chat=0.9,gp=0.1").unwrap();
        assert_eq!(ops[0].kind, OperatorKind::Llm);
        assert_eq!(ops[0].format.as_deref(), Some("chat"));
        assert_eq!(
            parse_mutator("llm").unwrap()[0].format.as_deref(),
            Some("chat")
        );
        let ops = parse_mutator("llm:chat+repair=0.5").unwrap();
        assert_eq!(
            (ops[0].format.as_deref(), ops[0].repair),
            (Some("chat"), true)
        );
        let ops = parse_mutator("llm:diff=0.5,llm:chat=0.5,gp=0.1").unwrap();
        assert_eq!(ops.len(), 3);
        assert_eq!(ops[0].format.as_deref(), Some("diff"));
        assert!(
            parse_mutator("llm:poetry")
                .unwrap_err()
                .to_string()
                .contains("poetry")
        );
        assert!(
            parse_mutator("magic")
                .unwrap_err()
                .to_string()
                .contains("magic")
        );
    }

    #[test]
    fn an_llm_operator_needs_an_endpoint() {
        let mut cfg = RunConfig::default();
        cfg.mutate.operators = parse_mutator("llm:chat").unwrap();
        let e = cfg.validate().unwrap_err().to_string();
        assert!(
            e.starts_with("llm.endpoints") && e.contains("configs/local-llm.toml"),
            "{e}"
        );
        cfg.llm
            .endpoints
            .push(crate::mutate::llm::EndpointConfig::new(
                "http://127.0.0.1:1/v1",
                "m",
            ));
        cfg.validate().unwrap();
        let back = RunConfig::from_toml(&cfg.to_toml(), "x").unwrap();
        assert_eq!(back, cfg);
    }

    #[test]
    fn the_shipped_configs_load() {
        // At run time: the checkout under test, even when the binary was built in another.
        let root = std::env::var_os("CARGO_MANIFEST_DIR").map_or_else(
            || env!("CARGO_MANIFEST_DIR").into(),
            std::path::PathBuf::from,
        );
        let paper = RunConfig::load(&root.join("configs/elm-paper.toml")).unwrap();
        assert_eq!(paper.grid.bins, [12, 12, 12]);
        assert_eq!(
            (paper.evolve.batch_size, paper.evolve.evals),
            (512, 1_024_000)
        );
        assert_eq!(paper.mutate.operators[0].llm_format(), Ok(Format::Diff));
        let local = RunConfig::load(&root.join("configs/local-llm.toml")).unwrap();
        assert_eq!(local.llm.endpoints[0].base_url, "http://127.0.0.1:8642/v1");
    }

    #[test]
    fn frozen_fields_are_named() {
        let a = RunConfig::default();
        let mut b = a.clone();
        b.evolve.evals = 99;
        assert_eq!(a.frozen_difference(&b), None);
        b.sim.horizon = 10;
        assert_eq!(a.frozen_difference(&b).as_deref(), Some("sim.horizon"));
        let mut c = a.clone();
        c.evolve.batch_size = 7;
        assert_eq!(
            a.frozen_difference(&c).as_deref(),
            Some("evolve.batch_size")
        );
    }
}
