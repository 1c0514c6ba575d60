//! Run counters: per-status and per-operator counts and the paper's rates (DESIGN §4).

use std::collections::BTreeMap;
use std::fmt;

use serde::de::Deserializer;
use serde::ser::{SerializeMap, Serializer};
use serde::{Deserialize, Serialize};

use super::status::{Insert, Status};

/// One count per [`Status`]; serialized as a map from every status name to its count.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct StatusCounts([u64; Status::ALL.len()]);

impl StatusCounts {
    /// Evaluations that ended with `status`.
    pub fn get(&self, status: Status) -> u64 {
        self.0[status.index()]
    }

    /// All evaluations counted.
    pub fn total(&self) -> u64 {
        self.0.iter().sum()
    }

    /// Every status with its count, in [`Status::ALL`] order (zeros included).
    pub fn iter(&self) -> impl Iterator<Item = (Status, u64)> + '_ {
        Status::ALL
            .into_iter()
            .map(|status| (status, self.get(status)))
    }

    /// Share of evaluations whose reply applied or parsed ([`Status::is_diff_valid`]); 0 when
    /// nothing was counted.
    pub fn diff_valid_rate(&self) -> f64 {
        self.rate(Status::is_diff_valid)
    }

    /// Share of evaluations that ran and gave a valid walker ([`Status::is_runnable`]: `ok` or
    /// `unstable`); 0 when nothing was counted.
    pub fn runnable_rate(&self) -> f64 {
        self.rate(Status::is_runnable)
    }

    fn rate(&self, class: fn(Status) -> bool) -> f64 {
        let total = self.total();
        if total == 0 {
            return 0.0;
        }
        let hits: u64 = self.iter().filter(|&(s, _)| class(s)).map(|(_, n)| n).sum();
        hits as f64 / total as f64
    }

    fn add(&mut self, status: Status) {
        self.0[status.index()] += 1;
    }
}

impl Serialize for StatusCounts {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(Status::ALL.len()))?;
        for (status, count) in self.iter() {
            map.serialize_entry(status.as_str(), &count)?;
        }
        map.end()
    }
}

impl<'de> Deserialize<'de> for StatusCounts {
    /// Reads a map of status names to counts; missing statuses count 0, unknown names fail.
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let map = BTreeMap::<Status, u64>::deserialize(deserializer)?;
        let mut counts = StatusCounts::default();
        for (status, count) in map {
            counts.0[status.index()] = count;
        }
        Ok(counts)
    }
}

/// How many `ok` children were rejected, improved a cell, or filled a new one.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct InsertCounts {
    /// Children that did not enter the archive.
    pub rejected: u64,
    /// Children that replaced a less fit elite.
    pub improved: u64,
    /// Children that filled an empty cell.
    pub new: u64,
}

impl InsertCounts {
    /// Children that entered the archive: `improved + new`.
    pub fn admitted(&self) -> u64 {
        self.improved + self.new
    }

    /// The count for one outcome.
    pub fn get(&self, insert: Insert) -> u64 {
        match insert {
            Insert::Rejected => self.rejected,
            Insert::Improved => self.improved,
            Insert::New => self.new,
        }
    }

    fn add(&mut self, insert: Insert) {
        match insert {
            Insert::Rejected => self.rejected += 1,
            Insert::Improved => self.improved += 1,
            Insert::New => self.new += 1,
        }
    }
}

/// Counts for one mutation operator (or for the whole run).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct OperatorCounts {
    /// Evaluations by status.
    pub statuses: StatusCounts,
    /// Insertion outcomes of its `ok` children.
    pub inserts: InsertCounts,
}

impl OperatorCounts {
    fn record(&mut self, status: Status, insert: Option<Insert>) {
        self.statuses.add(status);
        if let Some(insert) = insert {
            self.inserts.add(insert);
        }
    }
}

/// Which operator's counts a child goes to: the operator's name (`gp`, `llm`, `seed`, ...),
/// counted apart when a repair follow-up made the child (so a report shows how often repair
/// rescues one). Its text, the key of [`Counters::operators`], is made only by `Display`:
/// `llm` or `llm+repair`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CounterKey<'a> {
    /// The operator's name.
    pub operator: &'a str,
    /// Made by a repair follow-up.
    pub repaired: bool,
}

impl<'a> CounterKey<'a> {
    /// The key of `operator`'s children, repaired or not.
    pub fn new(operator: &'a str, repaired: bool) -> CounterKey<'a> {
        CounterKey { operator, repaired }
    }
}

impl<'a> From<&'a str> for CounterKey<'a> {
    /// The key of an operator's first-try children.
    fn from(operator: &'a str) -> CounterKey<'a> {
        CounterKey::new(operator, false)
    }
}

impl<'a> From<&'a String> for CounterKey<'a> {
    /// The key of an operator's first-try children.
    fn from(operator: &'a String) -> CounterKey<'a> {
        CounterKey::new(operator, false)
    }
}

impl fmt::Display for CounterKey<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.operator)?;
        if self.repaired {
            f.write_str("+repair")?;
        }
        Ok(())
    }
}

/// A run's counters, updated per evaluation by [`Counters::record`] (DESIGN §4).
///
/// ```
/// use elmer::qd::{Counters, Insert, Status};
///
/// let mut counters = Counters::default();
/// counters.record("gp", Status::Ok, Some(Insert::New));
/// counters.record("diff", Status::BadDiff, None);
/// assert_eq!(counters.evaluations(), 2);
/// assert_eq!(counters.diff_valid_rate(), 0.5);
/// assert_eq!(counters.operator("gp").unwrap().inserts.admitted(), 1);
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Counters {
    /// The whole run's counts.
    pub total: OperatorCounts,
    /// Counts per operator name, sorted by name.
    pub operators: BTreeMap<String, OperatorCounts>,
    /// Springs from a joint to itself dropped from the run's walkers (DESIGN §2: dropped and
    /// counted, never silent); absent from stored JSON while zero.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub self_springs_dropped: u64,
}

fn is_zero(n: &u64) -> bool {
    *n == 0
}

impl Counters {
    /// Counts one evaluation by the operator of `key` ending with `status`; `insert` is the
    /// archive outcome of an `ok` child (`None` otherwise). Every evaluation counts, whatever
    /// its status.
    pub fn record<'a>(
        &mut self,
        key: impl Into<CounterKey<'a>>,
        status: Status,
        insert: Option<Insert>,
    ) {
        self.total.record(status, insert);
        let key = key.into();
        // Look up before inserting so the common case allocates no key.
        if !key.repaired
            && let Some(counts) = self.operators.get_mut(key.operator)
        {
            counts.record(status, insert);
            return;
        }
        self.operators
            .entry(key.to_string())
            .or_default()
            .record(status, insert);
    }

    /// Evaluations counted (every status).
    pub fn evaluations(&self) -> u64 {
        self.total.statuses.total()
    }

    /// Evaluations that ended with `status`.
    pub fn status(&self, status: Status) -> u64 {
        self.total.statuses.get(status)
    }

    /// The counts of one operator, if it ran.
    pub fn operator(&self, name: &str) -> Option<&OperatorCounts> {
        self.operators.get(name)
    }

    /// The paper's diff-valid rate over the run: the reply applied or parsed (every status but
    /// `llm_error`, `no_code`, `bad_diff`); 0 before any evaluation.
    pub fn diff_valid_rate(&self) -> f64 {
        self.total.statuses.diff_valid_rate()
    }

    /// The paper's runnable rate over the run: ran and gave a valid walker (`ok` or
    /// `unstable`); 0 before any evaluation.
    pub fn runnable_rate(&self) -> f64 {
        self.total.statuses.runnable_rate()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_counters_have_zero_rates() {
        let counters = Counters::default();
        assert_eq!(counters.evaluations(), 0);
        assert_eq!(counters.diff_valid_rate(), 0.0);
        assert_eq!(counters.runnable_rate(), 0.0);
        assert_eq!(counters.operator("gp"), None);
    }

    #[test]
    fn repaired_children_count_apart_under_a_suffixed_key() {
        let mut counters = Counters::default();
        counters.record(CounterKey::new("llm", true), Status::Ok, None);
        counters.record("llm", Status::NoCode, None);
        assert_eq!(counters.operator("llm+repair").unwrap().statuses.total(), 1);
        assert_eq!(counters.operator("llm").unwrap().statuses.total(), 1);
        assert_eq!(counters.evaluations(), 2);
    }

    #[test]
    fn rates_on_a_hand_made_run() {
        let mut counters = Counters::default();
        let run = [
            ("seed", Status::Ok, Some(Insert::New)),
            ("diff", Status::Ok, Some(Insert::Improved)),
            ("diff", Status::Ok, Some(Insert::Rejected)),
            ("diff", Status::Unstable, None),
            ("diff", Status::BadDiff, None),
            ("diff", Status::LlmError, None),
            ("diff", Status::SyntaxError, None),
            ("crossover", Status::NoCode, None),
            ("crossover", Status::Timeout, None),
            ("crossover", Status::Unchanged, None),
        ];
        for (op, status, insert) in run {
            counters.record(op, status, insert);
        }
        assert_eq!(counters.evaluations(), 10);
        assert_eq!(counters.status(Status::Ok), 3);
        assert_eq!(counters.status(Status::MemoryError), 0);
        // Invalid: bad_diff, llm_error, no_code.
        assert_eq!(counters.diff_valid_rate(), 0.7);
        // Runnable: 3 ok + 1 unstable.
        assert_eq!(counters.runnable_rate(), 0.4);
        assert_eq!(
            counters.total.inserts,
            InsertCounts {
                rejected: 1,
                improved: 1,
                new: 1
            }
        );
        assert_eq!(counters.total.inserts.admitted(), 2);

        let diff = counters.operator("diff").unwrap();
        assert_eq!(diff.statuses.total(), 6);
        assert_eq!(diff.statuses.get(Status::Ok), 2);
        assert_eq!(diff.inserts.admitted(), 1);
        assert_eq!(diff.inserts.get(Insert::Rejected), 1);
        assert_eq!(diff.statuses.diff_valid_rate(), 4.0 / 6.0);
        assert_eq!(diff.statuses.runnable_rate(), 0.5);
        let crossover = counters.operator("crossover").unwrap();
        assert_eq!(crossover.statuses.diff_valid_rate(), 2.0 / 3.0);
        assert_eq!(crossover.statuses.runnable_rate(), 0.0);
        let names: Vec<&str> = counters.operators.keys().map(String::as_str).collect();
        assert_eq!(names, ["crossover", "diff", "seed"]);
        let sum: u64 = counters
            .operators
            .values()
            .map(|c| c.statuses.total())
            .sum();
        assert_eq!(sum, counters.evaluations());
    }

    #[test]
    fn serde_round_trip_with_status_names() {
        let mut counters = Counters::default();
        counters.record("gp", Status::Ok, Some(Insert::New));
        counters.record("gp", Status::InvalidWalker, None);
        let json = serde_json::to_string(&counters).unwrap();
        assert!(json.contains("\"invalid_walker\":1"), "{json}");
        assert!(json.contains("\"memory_error\":0"), "{json}");
        let back: Counters = serde_json::from_str(&json).unwrap();
        assert_eq!(back, counters);
        let partial: StatusCounts = serde_json::from_str(r#"{"ok": 2}"#).unwrap();
        assert_eq!((partial.get(Status::Ok), partial.total()), (2, 2));
        assert!(serde_json::from_str::<StatusCounts>(r#"{"fine": 2}"#).is_err());
    }
}
