//! Which run stores a RUN argument means: one run, or a folder of runs.

use std::path::{Path, PathBuf};

use super::{ReportError, RunData};
use crate::store::{DB_FILE, RunStatus, RunStore};

/// Keys of a stored config that replicates of one experiment may differ in: the seed (that is
/// what makes them replicates) and the machine's resources.
const FREE_KEYS: [&str; 3] = ["evolve.seed", "evolve.threads", "sandbox.workers"];

/// What `elmer report` found about a group of runs before averaging it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct GroupCheck {
    /// Reasons the mean would not be honest: one store given twice, runs of different
    /// configs or budgets, copies of one run (same config and seed). `report` refuses these
    /// unless told to mix.
    pub refusals: Vec<String>,
    /// Worth saying but not refusing: runs that stopped before their budget.
    pub warnings: Vec<String>,
}

/// Checks a group of runs (nothing to check for one run but its status).
pub fn check(runs: &[RunData]) -> GroupCheck {
    let mut out = GroupCheck::default();
    let parsed: Vec<Option<toml::Table>> = runs
        .iter()
        .map(|r| r.config.parse::<toml::Table>().ok())
        .collect();
    for (r, cfg) in runs.iter().zip(&parsed) {
        if r.status != RunStatus::Complete {
            let done = r.metrics.last().map_or(0, |m| m.evaluations);
            let budget = cfg
                .as_ref()
                .and_then(|c| lookup(c, "evolve.evals"))
                .map_or("?".to_string(), |v| v.to_string());
            out.warnings.push(format!(
                "{}: {} at {done} of {budget} evaluations: its curves end early",
                r.dir.display(),
                r.status
            ));
        }
    }
    for i in 0..runs.len() {
        for j in 0..i {
            let (a, b) = (&runs[j], &runs[i]);
            if a.db == b.db {
                out.refusals.push(format!(
                    "{} is given twice (as {} and {}); each run counts once",
                    a.db.display(),
                    a.dir.display(),
                    b.dir.display()
                ));
                continue;
            }
            let (Some(ca), Some(cb)) = (&parsed[j], &parsed[i]) else {
                continue;
            };
            let evals = |c: &toml::Table| lookup(c, "evolve.evals").map(|v| v.to_string());
            if evals(ca) != evals(cb) {
                out.refusals.push(format!(
                    "{} and {} have different budgets (evolve.evals {} and {}): their means \
                     would mix run lengths",
                    a.dir.display(),
                    b.dir.display(),
                    evals(ca).unwrap_or_default(),
                    evals(cb).unwrap_or_default()
                ));
            } else if let Some(key) = first_difference(ca, cb) {
                out.refusals.push(format!(
                    "{} and {} are not replicates of one config ({key} differs)",
                    a.dir.display(),
                    b.dir.display()
                ));
            } else if lookup(ca, "evolve.seed") == lookup(cb, "evolve.seed") {
                out.refusals.push(format!(
                    "{} and {} are copies of one run (same config and evolve.seed {}); \
                     replicates need different seeds (elmer evolve --replicates N)",
                    a.dir.display(),
                    b.dir.display(),
                    lookup(ca, "evolve.seed").map_or(String::new(), |v| v.to_string())
                ));
            }
        }
    }
    out
}

/// The value at a dotted key.
fn lookup<'a>(t: &'a toml::Table, key: &str) -> Option<&'a toml::Value> {
    let mut parts = key.split('.');
    let mut v = t.get(parts.next()?)?;
    for p in parts {
        v = v.as_table()?.get(p)?;
    }
    Some(v)
}

/// The first dotted key (outside [`FREE_KEYS`] and the budget) where two configs differ.
fn first_difference(a: &toml::Table, b: &toml::Table) -> Option<String> {
    fn walk(prefix: &str, a: Option<&toml::Value>, b: Option<&toml::Value>) -> Option<String> {
        if FREE_KEYS.contains(&prefix) || prefix == "evolve.evals" {
            return None;
        }
        match (a, b) {
            (Some(toml::Value::Table(x)), Some(toml::Value::Table(y))) => {
                let mut keys: Vec<&String> = x.keys().chain(y.keys()).collect();
                keys.sort();
                keys.dedup();
                keys.into_iter().find_map(|k| {
                    let key = if prefix.is_empty() {
                        k.clone()
                    } else {
                        format!("{prefix}.{k}")
                    };
                    walk(&key, x.get(k), y.get(k))
                })
            }
            (x, y) if x == y => None,
            _ => Some(prefix.to_string()),
        }
    }
    walk(
        "",
        Some(&toml::Value::Table(a.clone())),
        Some(&toml::Value::Table(b.clone())),
    )
}

/// The run stores meant by one RUN argument, sorted (`rep-2` before `rep-10`).
///
/// A path or bare name resolving to an existing store ([`RunStore::resolve`]) is one run. A
/// folder (or `archives_dir/<name>`) without `run.sqlite` is a folder of runs: its subfolders
/// holding one. Anything else is returned as is, so opening it reports the missing store.
pub fn expand(arg: &str, archives_dir: &Path) -> Result<Vec<PathBuf>, ReportError> {
    let db = RunStore::resolve(arg, archives_dir);
    if db.is_file() {
        return Ok(vec![db]);
    }
    // A folder of runs is named as a folder (or a bare name), never as a .sqlite file.
    let folder = db
        .parent()
        .filter(|_| !arg.ends_with(".sqlite"))
        .map(Path::to_path_buf);
    let Some(folder) = folder.filter(|f| f.is_dir()) else {
        return Ok(vec![db]);
    };
    let entries = std::fs::read_dir(&folder).map_err(|source| ReportError::Io {
        path: folder.clone(),
        source,
    })?;
    let mut runs: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|e| e.path().join(DB_FILE))
        .filter(|p| p.is_file())
        .collect();
    if runs.is_empty() {
        return Err(ReportError::EmptyFolder { path: folder });
    }
    runs.sort_by_key(|p| natural_key(p));
    Ok(runs)
}

/// Sort key splitting digits from the rest, so `rep-2` sorts before `rep-10`.
fn natural_key(path: &Path) -> Vec<(String, u64)> {
    let s = path.to_string_lossy();
    let mut key = Vec::new();
    let mut text = String::new();
    let mut digits = String::new();
    for c in s.chars() {
        if c.is_ascii_digit() {
            digits.push(c);
        } else {
            if !digits.is_empty() {
                key.push((
                    std::mem::take(&mut text),
                    digits.parse().unwrap_or(u64::MAX),
                ));
                digits.clear();
            }
            text.push(c);
        }
    }
    key.push((text, digits.parse().unwrap_or(0)));
    key
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn configs_differ_outside_the_seed_and_resources_only() {
        let a: toml::Table = "[evolve]\nseed = 1\nevals = 9\nthreads = 2\n[sim]\nhorizon = 60\n"
            .parse()
            .unwrap();
        let b: toml::Table = "[evolve]\nseed = 2\nevals = 9\n[sim]\nhorizon = 60\n"
            .parse()
            .unwrap();
        assert_eq!(first_difference(&a, &b), None);
        let c: toml::Table = "[evolve]\nseed = 2\nevals = 9\n[sim]\nhorizon = 120\n"
            .parse()
            .unwrap();
        assert_eq!(first_difference(&a, &c).as_deref(), Some("sim.horizon"));
    }

    #[test]
    fn natural_order_puts_rep_2_before_rep_10() {
        let mut v = vec![PathBuf::from("a/rep-10"), PathBuf::from("a/rep-2")];
        v.sort_by_key(|p| natural_key(p));
        assert_eq!(v, vec![PathBuf::from("a/rep-2"), PathBuf::from("a/rep-10")]);
    }
}
