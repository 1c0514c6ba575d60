//! `RunConfig`: the modules' own `*Config` structs composed into one TOML file (DESIGN §10).
//!
//! Precedence: defaults < TOML file < command-line flags. Unknown keys and wrong types are
//! errors naming the file, the line and the key. A run stores its resolved config as TOML;
//! `--resume` compares the frozen fields (DESIGN §7) against it.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use thiserror::Error;

use crate::mutate::llm::chat::PromptLimits;
use crate::mutate::llm::{LlmConfig, Shape};
use crate::mutate::{GpConfig, GpConfigError};
use crate::qd::GridConfig;
use crate::sandbox::{SandboxConfig, SandboxError};
use crate::sim::SimConfig;
use crate::walker::WalkerLimits;

mod operators;
mod problems;

pub use operators::{
    DEFAULT_CONTEXT_ELITES, DEFAULT_EXAMPLES, OperatorConfig, OperatorKind, parse_mutator,
};

use problems::{by_line, each_problem, line_of_key, parse_all, plain};

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
    /// Malformed TOML (the file cannot be read as TOML at all).
    #[error("{path}:{line}:{column}: {message}")]
    Parse {
        /// The file.
        path: String,
        /// The line, from 1.
        line: usize,
        /// The column, from 1.
        column: usize,
        /// toml's message.
        message: String,
    },
    /// An unknown key, a wrong type or a value out of range.
    #[error("{path}{}{key}: {message}", line.map_or(String::new(), |l| format!("{l}: ")))]
    Invalid {
        /// The file with a trailing ":" (and a ' ' when there is no line), or empty for flags.
        path: String,
        /// The line of the key in the file, from 1, when known.
        line: Option<usize>,
        /// The dotted key, e.g. `sim.horizon` or `mutate.operators[1].weight`.
        key: String,
        /// What is wrong and what is expected.
        message: String,
    },
    /// Several problems, each said on its own line.
    #[error("{} problems:\n  {}", .0.len(), .0.iter().map(|e| e.to_string()).collect::<Vec<_>>().join("\n  "))]
    Several(Vec<ConfigError>),
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
    /// What the chat operator's system prompt states: the walker limits and the sandbox's
    /// time limit (the one place a run's config becomes those words).
    pub fn prompt_limits(&self) -> PromptLimits {
        PromptLimits {
            walker: self.walker.clone(),
            timeout_s: self.sandbox.timeout_s,
        }
    }

    /// Reads a TOML file over the defaults and validates it.
    pub fn load(path: &Path) -> Result<RunConfig, ConfigError> {
        let text = std::fs::read_to_string(path).map_err(|source| ConfigError::Read {
            path: path.to_path_buf(),
            source,
        })?;
        let origin = path.display().to_string();
        let (cfg, mut problems) = parse_all(&text, &origin)?;
        // The keys that did parse are validated too, so one run shows every problem.
        problems.extend(
            cfg.problems()
                .into_iter()
                .map(|e| e.in_file(&origin, &text)),
        );
        ConfigError::from_problems(by_line(problems))?;
        Ok(cfg)
    }

    /// Parses TOML text over the defaults (no validation); `origin` names it in errors, which
    /// name every unknown key and wrong type with its line, not only the first.
    pub fn from_toml(text: &str, origin: &str) -> Result<RunConfig, ConfigError> {
        let (cfg, problems) = parse_all(text, origin)?;
        ConfigError::from_problems(problems)?;
        Ok(cfg)
    }

    /// The resolved config as TOML, as stored in a run.
    pub fn to_toml(&self) -> String {
        toml::to_string(self).expect("a RunConfig always serialises to TOML")
    }

    /// Checks every table; the error names the key (and says every problem, when several).
    pub fn validate(&self) -> Result<(), ConfigError> {
        ConfigError::from_problems(self.problems())
    }

    /// Every problem of every table, each naming its key.
    fn problems(&self) -> Vec<ConfigError> {
        let mut out = Vec::new();
        let invalid = |key: &str, message: String| ConfigError::Invalid {
            path: String::new(),
            line: None,
            key: key.to_string(),
            message,
        };
        if self.evolve.batch_size == 0 {
            out.push(invalid(
                "evolve.batch_size",
                "must be >= 1 (default 32)".into(),
            ));
        }
        if self.evolve.evals == 0 {
            out.push(invalid(
                "evolve.evals",
                "must be >= 1: the seed program is evaluation 0 (default 4000)".into(),
            ));
        }
        let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
        for (key, value) in [
            ("evolve.threads", self.evolve.threads),
            ("sandbox.workers", self.sandbox.workers),
        ] {
            match value {
                Some(0) => out.push(invalid(key, "must be >= 1 when set".into())),
                // Each thread runs a sandbox worker: far more than the cores only adds
                // switching and memory (1,000 made 40 evaluations take 10 s).
                Some(n) if n > MAX_THREADS_PER_CORE * cores => out.push(invalid(
                    key,
                    format!(
                        "{n} is far above this machine's {cores} cores (at most {}); leave it \
                         unset to use the cores",
                        MAX_THREADS_PER_CORE * cores
                    ),
                )),
                _ => {}
            }
        }
        if self.mutate.operators.is_empty() {
            out.push(invalid(
                "mutate.operators",
                "needs at least one operator, e.g. [[mutate.operators]] kind = \"gp\"".into(),
            ));
        }
        for (i, op) in self.mutate.operators.iter().enumerate() {
            if !(op.weight.is_finite() && op.weight > 0.0) {
                out.push(invalid(
                    &format!("mutate.operators[{i}].weight"),
                    format!(
                        "must be a finite number > 0, got {}",
                        crate::number::Num(op.weight)
                    ),
                ));
            }
            if op.kind == OperatorKind::Gp && op.format.is_some() {
                out.push(invalid(
                    &format!("mutate.operators[{i}].format"),
                    "gp has no prompt format; remove the key".into(),
                ));
            }
            if op.repair
                && !(op.kind == OperatorKind::Llm
                    && op.llm_format().api() == crate::mutate::llm::Api::Chat)
            {
                out.push(invalid(
                    &format!("mutate.operators[{i}].repair"),
                    "repair needs an llm operator with a chat format (chat or chat_crossover)"
                        .into(),
                ));
            }
            if op.self_eval && op.kind != OperatorKind::Llm {
                out.push(invalid(
                    &format!("mutate.operators[{i}].self_eval"),
                    "self-evaluation needs an llm operator (the model rates its own children)"
                        .into(),
                ));
            }
            if op.kind == OperatorKind::Llm {
                let format = op.llm_format();
                out.extend(op.llm_key_problems(i, format));
                let api = format.api();
                if op.reply.is_some_and(|r| r != Shape::Free)
                    && !self.llm.endpoints.iter().any(|e| e.grammar.is_some())
                {
                    out.push(invalid(
                        "llm.endpoints",
                        format!(
                            "mutate.operators[{i}] asks for reply = \"{}\", but no [[llm.endpoints]] table \
                             takes a grammar; add grammar = \"gbnf\" to a llama-server endpoint",
                            op.reply.unwrap_or_default().name()
                        ),
                    ));
                }
                if !self.llm.endpoints.iter().any(|e| e.serves(api)) {
                    out.push(invalid(
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
        for e in self.llm.problems() {
            out.push(invalid(&e.key, e.message));
        }
        // Every bad key of a table, not only its first (each_problem resets and re-checks).
        out.extend(each_problem(&self.mutate.gp, |gp| {
            gp.validate().err().map(|e| match e {
                GpConfigError::OutOfRange { field, .. } => (
                    field.to_string(),
                    invalid(&format!("mutate.gp.{field}"), plain(&e)),
                ),
                GpConfigError::AllZero => (String::new(), invalid("mutate.gp", plain(&e))),
            })
        }));
        out.extend(each_problem(&self.sim, |sim| {
            sim.validate().err().map(|e| {
                let message = format!("{}, got {}", e.message, crate::number::Num(e.value));
                (
                    e.field.to_string(),
                    invalid(&format!("sim.{}", e.field), message),
                )
            })
        }));
        if let Err(e) = self.grid.validate() {
            out.push(invalid("grid", e.to_string()));
        }
        out.extend(each_problem(&self.sandbox, |sb| {
            sb.validate().err().map(|e| match e {
                SandboxError::Config { field, message } => (
                    field.to_string(),
                    invalid(&format!("sandbox.{field}"), message),
                ),
                other => (String::new(), invalid("sandbox", other.to_string())),
            })
        }));
        out
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
    /// `self` located in the file `path` whose text is `text` (the key's line, when found).
    fn in_file(self, path: &str, text: &str) -> ConfigError {
        match self {
            ConfigError::Invalid { key, message, .. } => {
                let line = line_of_key(text, &key);
                ConfigError::Invalid {
                    path: if line.is_some() {
                        format!("{path}:")
                    } else {
                        format!("{path}: ")
                    },
                    line,
                    key,
                    message,
                }
            }
            other => other,
        }
    }

    /// `Ok` for no problem, the problem itself for one, [`ConfigError::Several`] for more.
    fn from_problems(mut problems: Vec<ConfigError>) -> Result<(), ConfigError> {
        match problems.len() {
            0 => Ok(()),
            1 => Err(problems.remove(0)),
            _ => Err(ConfigError::Several(problems)),
        }
    }
}

/// Most threads (and sandbox workers) per core that `evolve.threads` may ask for.
pub const MAX_THREADS_PER_CORE: usize = 8;

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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::mutate::llm::Format;

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
        assert!(msg.starts_with("run.toml:2: sim.horizn: "), "{msg}");
        let e = RunConfig::from_toml("[evolve]\nevals = \"many\"\n", "run.toml").unwrap_err();
        assert!(
            e.to_string().starts_with("run.toml:2: evolve.evals: "),
            "{e}"
        );
        let e = RunConfig::from_toml("[evolve\nevals = 1\n", "run.toml").unwrap_err();
        assert!(e.to_string().starts_with("run.toml:1:"), "{e}");
    }

    #[test]
    fn every_problem_of_a_file_is_named_with_its_key() {
        let text = "[evolve]\nevals = \"many\"\nbatch_size = -4\nseed = 1\n\n[sim]\nhorizn = 5\n\n\
                    [[mutate.operators]]\nkind = \"gp\"\nweight = -1.0\n";
        let e = RunConfig::from_toml(text, "run.toml")
            .unwrap_err()
            .to_string();
        for want in [
            "run.toml:2: evolve.evals: ",
            "run.toml:3: evolve.batch_size: ",
            "run.toml:7: sim.horizn: ",
        ] {
            assert!(e.contains(want), "{want} missing in {e}");
        }
        assert!(e.contains("expected a whole number"), "{e}");
        let cfg_errors = {
            let dir = std::env::temp_dir().join(format!("elmer-config-{}", std::process::id()));
            std::fs::create_dir_all(&dir).unwrap();
            let path = dir.join("run.toml");
            std::fs::write(&path, text).unwrap();
            let e = RunConfig::load(&path).unwrap_err().to_string();
            std::fs::remove_dir_all(&dir).unwrap();
            e
        };
        // The weight parses, so validation names it too, with its line.
        assert!(
            cfg_errors.contains(":11: mutate.operators[0].weight: must be a finite number > 0"),
            "{cfg_errors}"
        );
    }

    #[test]
    fn every_bad_key_of_a_table_is_named_not_only_the_first() {
        let mut cfg = RunConfig::default();
        cfg.sim.hz = -1.0;
        cfg.sim.friction = -2.0;
        cfg.sim.horizon = 0;
        cfg.sandbox.timeout_s = 0.0;
        cfg.sandbox.memory_mb = 1;
        let e = cfg.validate().unwrap_err().to_string();
        for key in [
            "sim.hz: must be a finite number > 0, got -1",
            "sim.friction: ",
            "sim.horizon: ",
            "sandbox.timeout_s: must be in (0, 3600]",
            "sandbox.memory_mb: ",
        ] {
            assert!(e.contains(key), "{key} missing in {e}");
        }
        assert!(e.starts_with("5 problems"), "{e}");
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
        assert_eq!(ops[0].format, Some(Format::Chat));
        assert_eq!(parse_mutator("llm").unwrap()[0].format, Some(Format::Chat));
        let ops = parse_mutator("llm:chat+repair=0.5").unwrap();
        assert_eq!((ops[0].format, ops[0].repair), (Some(Format::Chat), true));
        let ops = parse_mutator("llm:chat+self_eval").unwrap();
        assert_eq!((ops[0].repair, ops[0].self_eval), (false, true));
        let ops = parse_mutator("llm:chat+self_eval+repair=2").unwrap();
        assert_eq!(
            (ops[0].format, ops[0].repair, ops[0].self_eval),
            (Some(Format::Chat), true, true)
        );
        assert_eq!(ops[0].weight, 2.0);
        let mut cfg = RunConfig::default();
        cfg.mutate.operators[0].self_eval = true;
        assert!(
            cfg.validate().unwrap_err().to_string().starts_with(
                "mutate.operators[0].self_eval: self-evaluation needs an llm operator"
            )
        );
        assert!(
            parse_mutator("llm:chat+selfeval")
                .unwrap_err()
                .to_string()
                .contains("+self_eval")
        );
        let ops = parse_mutator("llm:diff=0.5,llm:chat=0.5,gp=0.1").unwrap();
        assert_eq!(ops.len(), 3);
        assert_eq!(ops[0].format, Some(Format::Diff));
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
    fn an_unknown_llm_format_in_toml_names_the_value_and_the_known_ones() {
        let toml = "[[mutate.operators]]\nkind = \"llm\"\nformat = \"poetry\"\n";
        let e = RunConfig::from_toml(toml, "x.toml")
            .unwrap_err()
            .to_string();
        assert!(
            e.starts_with("x.toml") && e.contains("\"poetry\"") && e.contains("chat_crossover"),
            "{e}"
        );
        let ok = "[[mutate.operators]]\nkind = \"llm\"\nformat = \"diff\"\n";
        let cfg = RunConfig::from_toml(ok, "x.toml").unwrap();
        assert_eq!(cfg.mutate.operators[0].format, Some(Format::Diff));
        assert!(cfg.to_toml().contains("format = \"diff\""));
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
