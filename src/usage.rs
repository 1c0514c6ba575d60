//! What each operator of a run cost and what it gave (issue 19): per operator, the children,
//! the input and output tokens and seconds per child, the niches filled per 1,000 output
//! tokens, the replies cut at `max_tokens`, and how often a child landed in the target cell
//! its prompt named. `elmer report` prints it below the summary.
//!
//! An operator is named as the run's operators are written: `gp`, or `llm:FORMAT` with the
//! flags its calls show (`+plain` for a chat call without context elites, `+walker` or
//! `+edits` for a call sent with that grammar). A repaired child counts both of its calls.

use std::collections::BTreeMap;
use std::io::Write;

use crate::mutate::{CallId, LlmCall};
use crate::qd::{CellIndex, ChildId, Insert};
use crate::store::{ChildRow, RunStore, StoreError};

/// One operator's totals over the children of one or more runs.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Usage {
    /// Children made (the seed program is not one).
    pub children: u64,
    /// LLM calls made (a repair is a second call).
    pub calls: u64,
    /// Prompt tokens, as the servers reported.
    pub prompt_tokens: u64,
    /// Completion tokens, as the servers reported.
    pub completion_tokens: u64,
    /// Replies whose completion tokens reached the call's `max_tokens` (cut off).
    pub cut: u64,
    /// Seconds spent: the calls' wall time plus the engine's CPU time per child.
    pub seconds: f64,
    /// Children that filled an empty cell.
    pub niches: u64,
    /// Children whose prompt named a target cell, or (`+untargeted`) had one drawn but not
    /// named.
    pub targeted: u64,
    /// Of those, the ones that landed in it.
    pub hits: u64,
    /// Of the targeted, the ones whose target was not named (the control).
    pub unnamed: u64,
}

impl Usage {
    fn add_call(&mut self, call: &LlmCall) {
        self.calls += 1;
        self.prompt_tokens += call.prompt_tokens.unwrap_or(0);
        let out = call.completion_tokens.unwrap_or(0);
        self.completion_tokens += out;
        let limit = call.params.get("max_tokens").and_then(|v| v.as_u64());
        if limit.is_some_and(|m| out >= m) {
            self.cut += 1;
        }
        self.seconds += call.latency_ms as f64 / 1000.0;
    }

    /// Niches filled per 1,000 output tokens; `None` without tokens.
    pub fn niches_per_kilotoken(&self) -> Option<f64> {
        (self.completion_tokens > 0)
            .then(|| self.niches as f64 * 1000.0 / self.completion_tokens as f64)
    }
}

/// The operator's name for `child` made with `call` (see the module's doc).
pub fn operator_label(child: &ChildRow, call: Option<&LlmCall>) -> String {
    let Some(format) = &child.format else {
        return child.operator.clone();
    };
    let mut label = format!("{}:{format}", child.operator);
    if let Some(call) = call {
        if format == "chat" && call.params.get("context").is_none() {
            label.push_str("+plain");
        }
        if call.params.get("untargeted").is_some() {
            label.push_str("+untargeted");
        }
        if let Some(g) = call.params.get("grammar").and_then(|g| g.as_str()) {
            label.push('+');
            label.push_str(g.split(':').next().unwrap_or(g));
        }
    }
    label
}

/// Adds the children of `store` to `totals`, by operator.
pub fn tally(store: &RunStore, totals: &mut BTreeMap<String, Usage>) -> Result<(), StoreError> {
    for child in store.children()? {
        // The seed program (evaluation 0) is no operator's child.
        if child.id == ChildId::SEED {
            continue;
        }
        let call = match child.llm_call_id {
            Some(id) => store.llm_call(id)?,
            None => None,
        };
        // A repair's call names the first call, which the child's tokens include.
        let first = match call
            .as_ref()
            .and_then(|c| c.params.get("repair_of"))
            .and_then(|v| v.as_u64())
        {
            Some(id) => store.llm_call(CallId(id))?,
            None => None,
        };
        let label = operator_label(&child, first.as_ref().or(call.as_ref()));
        let u = totals.entry(label).or_default();
        u.children += 1;
        for c in call.iter().chain(first.iter()) {
            u.add_call(c);
        }
        u.seconds += child.cpu_us.unwrap_or(0) as f64 / 1e6;
        if child.insertion == Some(Insert::New) {
            u.niches += 1;
        }
        let target = call.as_ref().and_then(|c| {
            let (named, t) = match c.params.get("target") {
                Some(t) => (true, t),
                None => (false, c.params.get("control_target")?),
            };
            Some((named, t.as_str()?.parse::<CellIndex>().ok()?))
        });
        if let Some((named, t)) = target {
            u.targeted += 1;
            u.unnamed += u64::from(!named);
            if child.cell == Some(t) {
                u.hits += 1;
            }
        }
    }
    Ok(())
}

/// The table, one line per operator.
pub fn write_table(out: &mut impl Write, totals: &BTreeMap<String, Usage>) -> std::io::Result<()> {
    writeln!(
        out,
        "per operator: children, input / output tokens per child, cut at max_tokens, seconds per child, niches, niches per 1,000 output tokens, target cell hit"
    )?;
    for (name, u) in totals {
        let per = |x: f64| {
            if u.children > 0 {
                x / u.children as f64
            } else {
                0.0
            }
        };
        let tokens = if u.calls > 0 {
            format!(
                "{:.0} / {:.0}",
                per(u.prompt_tokens as f64),
                per(u.completion_tokens as f64)
            )
        } else {
            "-".into()
        };
        let cut = if u.calls > 0 {
            format!("{} of {}", u.cut, u.calls)
        } else {
            "-".into()
        };
        let density = u
            .niches_per_kilotoken()
            .map_or("-".into(), |d| format!("{d:.2}"));
        let hit = if u.targeted > 0 {
            format!(
                "{} of {} ({:.0}%{})",
                u.hits,
                u.targeted,
                100.0 * u.hits as f64 / u.targeted as f64,
                if u.unnamed == u.targeted {
                    ", not named"
                } else {
                    ""
                }
            )
        } else {
            "-".into()
        };
        writeln!(
            out,
            "  {name}: {} children  tokens {tokens}  cut {cut}  {:.3} s  niches {}  per 1k tokens {density}  target {hit}",
            u.children,
            per(u.seconds),
            u.niches,
        )?;
    }
    Ok(())
}
