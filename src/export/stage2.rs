//! Stage 2 (DESIGN §8): the fittest admitted programs of one or more runs as a dataset.

use std::collections::BTreeMap;
use std::fmt;
use std::str::FromStr;

use serde_json::{Map, Value, json};
use sha2::{Digest, Sha256};

use super::{ExportError, SourceRun, check_pooling};
use crate::mutate::Parent;
use crate::mutate::llm::{Message, chat};
use crate::qd::{CellIndex, ChildId, GridConfig};
use crate::sandbox;
use crate::walker::Descriptors;

/// The fixed API header opening every `prompt`-format prompt (and Stage-3 prompt): the
/// `walker_creator` import and a comment block describing the API. The program's own lines
/// before `def make_walker():` (its docstring and helpers, minus a repeated import line)
/// follow it, then `def make_walker():\n`.
pub const PROMPT_HEADER: &str = "\
from walker_creator import walker_creator

# Sodarace walker API (program units: 1 unit = 0.1 m, +y up):
#   wc = walker_creator()
#   j = wc.add_joint(x, y)              # a joint (1 kg ball) at (x, y); returns it
#   wc.add_muscle(j0, j1)               # a passive spring between two joints
#   wc.add_muscle(j0, j1, amplitude, phase)
#       # a muscle: rest length L0 * (1 + k * amplitude * sin(2 pi (f t + phase))),
#       # |amplitude| <= 10, phase in cycles, one frequency f for all muscles
#   return wc.get_walker()              # make_walker() returns the walker
# Fitness is the distance the centre of mass travels in 20 s.

";

/// The system message of the `chat` format.
pub const CHAT_SYSTEM: &str = "You write Python programs for Sodarace. A program defines \
make_walker(), which builds a walker with the walker_creator API (add_joint, add_muscle, \
get_walker) and returns it. Only math, random, itertools and functools may be imported.";

/// The user message of the `chat` format.
pub const CHAT_USER: &str = "Write a program defining make_walker() that returns a walker \
that travels as far as possible in 20 seconds. Reply with the program only.";

/// The user message of the `chat` format with `--with-conditioning`: [`CHAT_USER`] naming the
/// target `cell` of `grid` by its bins and, in words, the descriptor ranges it stands for
/// (program units), so a model trained on it can learn the condition. `elmer bootstrap sample`
/// asks the tuned model with the same text.
///
/// ```
/// use elmer::export::chat_user_for_cell;
/// use elmer::qd::{CellIndex, GridConfig};
/// let grid = GridConfig::default();
/// let text = chat_user_for_cell("3,0,11".parse::<CellIndex>().unwrap(), &grid);
/// assert!(text.contains("cell (3, 0, 11) of the 12 x 12 x 12 grid"));
/// assert!(text.contains("height 5 to 6.67 units, width up to 2.5 units, mass 220 or more"));
/// ```
pub fn chat_user_for_cell(cell: CellIndex, grid: &GridConfig) -> String {
    let [i, j, k] = cell.coords();
    let [bh, bw, bm] = grid.bins;
    let ranges = grid.ranges();
    let words = |axis: usize, name: &str, unit: &str| {
        let [lo, hi] = ranges[axis];
        let (n, b) = (grid.bins[axis], cell.coords()[axis]);
        let step = (hi - lo) / n as f64;
        let (a, z) = (num(lo + step * b as f64), num(lo + step * (b + 1) as f64));
        match (b, n) {
            (_, 1) => format!("{name} any"),
            (0, _) => format!("{name} up to {z}{unit}"),
            (b, n) if b + 1 >= n => format!("{name} {a}{unit} or more"),
            _ => format!("{name} {a} to {z}{unit}"),
        }
    };
    format!(
        "Write a program defining make_walker() that returns a walker in cell ({i}, {j}, {k}) \
         of the {bh} x {bw} x {bm} grid over (height, width, mass): {}, {}, {} (mass = joints \
         + half the summed spring rest lengths). It should travel as far as possible in 20 \
         seconds. Reply with the program only.",
        words(0, "height", " units"),
        words(1, "width", " units"),
        words(2, "mass", ""),
    )
}

/// A bin edge in words: at most two decimals, trailing zeros dropped.
fn num(x: f64) -> String {
    let s = format!("{x:.2}");
    s.trim_end_matches('0').trim_end_matches('.').to_string()
}

/// An output format of Stage 2 (DESIGN §8); each is one JSON object per line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// `{"text": program}`.
    Text,
    /// `{"prompt": PROMPT_HEADER + helpers + "def make_walker():\n", "completion": body}`.
    Prompt,
    /// `{"messages": [system, user, assistant = program]}` with [`CHAT_SYSTEM`], [`CHAT_USER`].
    Chat,
    /// `{"parent": parent program, "diff": unified diff parent -> child}` (3 context lines, no
    /// file headers, starting at `@@`); only children whose first parent is in the same run.
    Diff,
    /// `{"messages": [system, user, assistant]}`: the mutation the `llm:chat` operator asks
    /// for, answered: the system and user messages are the ones `elmer evolve` sends for the
    /// child's parent ([`chat::messages`], the run's limits), the assistant message is the
    /// child in one of the two forms that system prompt asks for ([`chat_reply`]:
    /// search/replace edits of the parent when shorter, else the program in a fenced python
    /// block). Only children of exactly one parent, found in the same run and different from
    /// it.
    Mutation,
}

impl Format {
    /// The name on the command line: text, prompt, chat, diff, mutation.
    pub fn name(self) -> &'static str {
        match self {
            Format::Text => "text",
            Format::Prompt => "prompt",
            Format::Chat => "chat",
            Format::Diff => "diff",
            Format::Mutation => "mutation",
        }
    }

    /// True when its lines are `{"messages": [...]}` conversations (chat, mutation).
    pub fn is_messages(self) -> bool {
        matches!(self, Format::Chat | Format::Mutation)
    }
}

impl fmt::Display for Format {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for Format {
    type Err = String;

    fn from_str(s: &str) -> Result<Format, String> {
        match s {
            "text" => Ok(Format::Text),
            "prompt" => Ok(Format::Prompt),
            "chat" => Ok(Format::Chat),
            "diff" => Ok(Format::Diff),
            "mutation" => Ok(Format::Mutation),
            _ => Err(format!(
                "unknown format {s:?} (expected text, prompt, chat, diff or mutation)"
            )),
        }
    }
}

/// Settings of a Stage-2 export.
#[derive(Clone, Debug)]
pub struct Stage2Options {
    /// Keep a program when `fitness >= threshold * best fitness of its cell` across the runs;
    /// in (0, 1] (default: 0.5).
    pub threshold: f64,
    /// Share of programs in the test split, in [0, 1] (default: 0.05).
    pub test_share: f64,
    /// The output format (default: text).
    pub format: Format,
    /// Adds `fitness`, `cell` ("i,j,k") and `descriptors` to every line; in the `chat` format
    /// the user message also names the cell ([`chat_user_for_cell`]).
    pub conditioning: bool,
    /// Re-bin into this grid (`--grid`): every admitted child's cell is recomputed from its
    /// stored descriptors and the cell maxima are taken there, so runs with different grids
    /// (but the same sim config) can be pooled (default: none, the runs' common grid).
    pub grid: Option<GridConfig>,
}

impl Default for Stage2Options {
    fn default() -> Self {
        Stage2Options {
            threshold: 0.5,
            test_share: 0.05,
            format: Format::Text,
            conditioning: false,
            grid: None,
        }
    }
}

/// One program kept after the threshold and deduplication.
#[derive(Clone, Debug)]
pub struct Stage2Row {
    /// Index of its run in the list given.
    pub run: usize,
    /// Its child id in that run.
    pub child_id: ChildId,
    /// Its normalised source ([`sandbox::normalise`]), the text exported.
    pub program: String,
    /// Its fitness, metres.
    pub fitness: f64,
    /// Its cell.
    pub cell: CellIndex,
    /// Its descriptors, program units.
    pub descriptors: Option<Descriptors>,
    /// True when in the test split.
    pub test: bool,
}

/// Counts after each filtering step, for the dataset card.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Stage2Counts {
    /// Children in all runs.
    pub children: usize,
    /// Admitted children (insertion new or improved, with source, fitness and cell).
    pub admitted: usize,
    /// Admitted children left out because, re-binning, they have no stored descriptors to
    /// place them by (0 unless [`Stage2Options::grid`] is set; a store written by elmer has
    /// none).
    pub no_descriptors: usize,
    /// Of those, at or above the threshold.
    pub above_threshold: usize,
    /// Of those, distinct normalised sources.
    pub unique: usize,
    /// Unique programs the format could not render (`prompt`: no `def make_walker():` line;
    /// `diff`: no parent in the run, or a child equal to its parent; `mutation`: not exactly
    /// one parent, found in the run with its fitness and cell, or a child equal to it).
    pub not_renderable: usize,
    /// Lines in train.jsonl.
    pub train: usize,
    /// Lines in test.jsonl.
    pub test: usize,
}

/// A Stage-2 export, computed in memory.
#[derive(Clone, Debug)]
pub struct Stage2 {
    /// The unique programs above the threshold, by (run, child id).
    pub rows: Vec<Stage2Row>,
    /// train.jsonl lines (without newline), in row order.
    pub train: Vec<String>,
    /// test.jsonl lines.
    pub test: Vec<String>,
    /// Fitness of the programs written to train.jsonl, ascending.
    pub train_fitness: Vec<f64>,
    /// Fitness of the programs written to test.jsonl, ascending.
    pub test_fitness: Vec<f64>,
    /// Counts after each step.
    pub counts: Stage2Counts,
}

/// The split fraction of a normalised source: its sha256's first 8 bytes, big-endian, over
/// 2^64, in [0, 1). A program is in the test split when this is below the test share, so
/// adding runs never moves a program between splits.
pub fn test_fraction(normalised: &str) -> f64 {
    let digest = Sha256::digest(normalised.as_bytes());
    let mut first = [0u8; 8];
    first.copy_from_slice(&digest[..8]);
    u64::from_be_bytes(first) as f64 / 18_446_744_073_709_551_616.0
}

/// Checks the threshold and the test share (`stage2` does; the CLI also before reading runs).
pub fn check_options(opts: &Stage2Options) -> Result<(), ExportError> {
    if !(opts.threshold > 0.0 && opts.threshold <= 1.0) {
        return Err(ExportError::BadArgument {
            flag: "threshold".into(),
            message: "must be in (0, 1], a fraction of the cell's best fitness".into(),
            value: opts.threshold,
        });
    }
    if !(0.0..=1.0).contains(&opts.test_share) {
        return Err(ExportError::BadArgument {
            flag: "test-share".into(),
            message: "must be in [0, 1]".into(),
            value: opts.test_share,
        });
    }
    Ok(())
}

/// Builds the Stage-2 dataset of `runs` (DESIGN §8).
///
/// The runs must pass [`check_pooling`] (re-binning when [`Stage2Options::grid`] is set).
/// Steps: admitted children (insertion new or improved, in their own run); when re-binning,
/// their cells recomputed in the target grid from their stored descriptors; fitness >=
/// threshold x the best fitness of their cell across all runs; deduplicated by normalised source keeping the
/// fittest (ties: lowest (run index, child id)); split by [`test_fraction`]; rendered in the
/// format. Rows and lines are ordered by (run index, child id).
pub fn stage2(runs: &[SourceRun], opts: &Stage2Options) -> Result<Stage2, ExportError> {
    check_options(opts)?;
    check_pooling(runs, opts.grid.is_some())?;
    let mut counts = Stage2Counts::default();
    struct Cand<'a> {
        run: usize,
        child: &'a crate::store::ChildRow,
        fitness: f64,
        cell: CellIndex,
    }
    let mut cands = Vec::new();
    for (ri, run) in runs.iter().enumerate() {
        counts.children += run.children.len();
        let before = cands.len();
        for child in &run.children {
            let admitted = child.insertion.is_some_and(|i| i.is_admitted());
            let (true, Some(_), Some(fitness), Some(cell)) =
                (admitted, &child.source, child.fitness, child.cell)
            else {
                continue;
            };
            let cell = match (&opts.grid, child.descriptors) {
                (None, _) => cell,
                (Some(grid), Some(d)) => grid.cell_of(&d),
                (Some(_), None) => {
                    counts.no_descriptors += 1;
                    continue;
                }
            };
            cands.push(Cand {
                run: ri,
                child,
                fitness,
                cell,
            });
        }
        if cands.len() == before {
            return Err(ExportError::EmptyRun {
                path: run.path.clone(),
                what: if opts.grid.is_some() {
                    "admitted children with stored descriptors (needed to re-bin)".into()
                } else {
                    "admitted children".into()
                },
            });
        }
    }
    counts.admitted = cands.len() + counts.no_descriptors;
    let mut best: BTreeMap<CellIndex, f64> = BTreeMap::new();
    for c in &cands {
        let b = best.entry(c.cell).or_insert(c.fitness);
        if c.fitness > *b {
            *b = c.fitness;
        }
    }
    cands.retain(|c| {
        best.get(&c.cell)
            .is_some_and(|b| c.fitness >= opts.threshold * b)
    });
    counts.above_threshold = cands.len();
    // Fittest first, ties to the lowest (run, id): the first seen per source wins.
    cands.sort_by(|a, b| {
        b.fitness
            .total_cmp(&a.fitness)
            .then(a.run.cmp(&b.run))
            .then(a.child.id.cmp(&b.child.id))
    });
    let mut seen = std::collections::HashSet::new();
    let mut rows = Vec::new();
    for c in cands {
        let program = sandbox::normalise(c.child.source.as_deref().unwrap_or_default());
        if !seen.insert(program.clone()) {
            continue;
        }
        rows.push(Stage2Row {
            run: c.run,
            child_id: c.child.id,
            test: test_fraction(&program) < opts.test_share,
            program,
            fitness: c.fitness,
            cell: c.cell,
            descriptors: c.child.descriptors,
        });
    }
    rows.sort_by_key(|r| (r.run, r.child_id));
    counts.unique = rows.len();
    let mut out = Stage2 {
        rows: Vec::new(),
        train: Vec::new(),
        test: Vec::new(),
        train_fitness: Vec::new(),
        test_fitness: Vec::new(),
        counts,
    };
    for row in &rows {
        let grid = opts.grid.as_ref().unwrap_or(&runs[row.run].config.grid);
        let cond = opts.conditioning.then_some((row.cell, grid));
        let Some(mut obj) = render(row, &runs[row.run], opts.format, cond) else {
            out.counts.not_renderable += 1;
            continue;
        };
        if opts.conditioning {
            obj.insert("fitness".into(), json!(row.fitness));
            obj.insert("cell".into(), json!(row.cell.to_string()));
            obj.insert("descriptors".into(), json!(row.descriptors));
        }
        let line = Value::Object(obj).to_string();
        if row.test {
            out.test.push(line);
            out.test_fitness.push(row.fitness);
        } else {
            out.train.push(line);
            out.train_fitness.push(row.fitness);
        }
    }
    out.counts.train = out.train.len();
    out.counts.test = out.test.len();
    out.train_fitness.sort_by(f64::total_cmp);
    out.test_fitness.sort_by(f64::total_cmp);
    out.rows = rows;
    Ok(out)
}

/// One line's object; `cond` (the row's cell and its grid) makes the chat user message name
/// the cell.
fn render(
    row: &Stage2Row,
    run: &SourceRun,
    format: Format,
    cond: Option<(CellIndex, &GridConfig)>,
) -> Option<Map<String, Value>> {
    let mut obj = Map::new();
    match format {
        Format::Text => {
            obj.insert("text".into(), json!(row.program));
        }
        Format::Prompt => {
            let (prompt, completion) = split_prompt(&row.program)?;
            obj.insert("prompt".into(), json!(prompt));
            obj.insert("completion".into(), json!(completion));
        }
        Format::Chat => {
            let user = match cond {
                Some((cell, grid)) => chat_user_for_cell(cell, grid),
                None => CHAT_USER.to_string(),
            };
            obj.insert(
                "messages".into(),
                json!([
                    {"role": "system", "content": CHAT_SYSTEM},
                    {"role": "user", "content": user},
                    {"role": "assistant", "content": row.program},
                ]),
            );
        }
        Format::Diff => {
            let child = run.child(row.child_id)?;
            let parent = run.child(*child.parent_ids.first()?)?;
            let parent_src = sandbox::normalise(parent.source.as_deref()?);
            let diff = unified_diff(&parent_src, &row.program);
            if diff.is_empty() {
                return None;
            }
            obj.insert("parent".into(), json!(parent_src));
            obj.insert("diff".into(), json!(diff));
        }
        Format::Mutation => {
            let [parent_id] = run.child(row.child_id)?.parent_ids[..] else {
                return None;
            };
            let p = run.child(parent_id)?;
            let parent = Parent {
                id: p.id,
                source: sandbox::normalise(p.source.as_deref()?),
                fitness: p.fitness?,
                cell: p.cell?,
            };
            if parent.source == row.program {
                return None;
            }
            let mut messages = chat::messages(&parent, &run.config.prompt_limits());
            let reply = chat_reply(&parent.source, &row.program);
            messages.push(Message::new("assistant", reply));
            obj.insert("messages".into(), json!(messages));
        }
    }
    Some(obj)
}

/// Splits a program into the `prompt` format: `(PROMPT_HEADER + the lines before its first
/// `def make_walker():` line, minus any `from walker_creator import walker_creator` line +
/// "def make_walker():\n", the lines after it)`. `None` when there is no such line (a line
/// starting `def make_walker(` and ending `:`). A program that already opens with
/// [`PROMPT_HEADER`] (a `prompt`-format record read back) is not given it twice.
pub fn split_prompt(program: &str) -> Option<(String, String)> {
    let program = program.strip_prefix(PROMPT_HEADER).unwrap_or(program);
    let mut prefix = String::new();
    let mut offset = 0;
    for line in program.split_inclusive('\n') {
        offset += line.len();
        let t = line.trim_end();
        if t.starts_with("def make_walker(") && t.ends_with(':') {
            let prompt = format!("{PROMPT_HEADER}{prefix}def make_walker():\n");
            return Some((prompt, program[offset..].to_string()));
        }
        if t != "from walker_creator import walker_creator" {
            prefix.push_str(line);
        }
    }
    None
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Op {
    Equal,
    Delete,
    Insert,
}

/// Largest (middle) edit problem solved exactly: beyond it the changed middle is replaced
/// wholesale (still a correct diff, only longer).
const MAX_LCS_CELLS: usize = 4_000_000;

/// A unified diff from `old` to `new` with 3 context lines and no file headers: hunks starting
/// at `@@ -a,b +c,d @@` (GNU conventions: `,1` omitted, an empty side starts at the line
/// before); the empty string when the texts are equal. Line-based, by longest common
/// subsequence after trimming the common prefix and suffix.
pub fn unified_diff(old: &str, new: &str) -> String {
    let a: Vec<&str> = old.split_inclusive('\n').collect();
    let b: Vec<&str> = new.split_inclusive('\n').collect();
    render_hunks(&line_ops(&a, &b), &a, &b)
}

/// The edit script from lines `a` to lines `b`: the common prefix and suffix trimmed, the
/// middle by longest common subsequence.
fn line_ops(a: &[&str], b: &[&str]) -> Vec<Op> {
    let mut pre = 0;
    while pre < a.len() && pre < b.len() && a[pre] == b[pre] {
        pre += 1;
    }
    let mut suf = 0;
    while suf < a.len() - pre && suf < b.len() - pre && a[a.len() - 1 - suf] == b[b.len() - 1 - suf]
    {
        suf += 1;
    }
    let (ma, mb) = (&a[pre..a.len() - suf], &b[pre..b.len() - suf]);
    let mut ops = vec![Op::Equal; pre];
    ops.extend(middle_ops(ma, mb));
    ops.extend(std::iter::repeat_n(Op::Equal, suf));
    ops
}

fn middle_ops(a: &[&str], b: &[&str]) -> Vec<Op> {
    let (n, m) = (a.len(), b.len());
    if (n + 1).saturating_mul(m + 1) > MAX_LCS_CELLS {
        let mut ops = vec![Op::Delete; n];
        ops.extend(std::iter::repeat_n(Op::Insert, m));
        return ops;
    }
    // lcs[i][j]: LCS length of a[i..] and b[j..].
    let w = m + 1;
    let mut lcs = vec![0u32; (n + 1) * w];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            lcs[i * w + j] = if a[i] == b[j] {
                lcs[(i + 1) * w + j + 1] + 1
            } else {
                lcs[(i + 1) * w + j].max(lcs[i * w + j + 1])
            };
        }
    }
    let (mut i, mut j) = (0, 0);
    let mut ops = Vec::with_capacity(n + m);
    while i < n || j < m {
        if i < n && j < m && a[i] == b[j] {
            ops.push(Op::Equal);
            i += 1;
            j += 1;
        } else if j == m || (i < n && lcs[(i + 1) * w + j] >= lcs[i * w + j + 1]) {
            ops.push(Op::Delete);
            i += 1;
        } else {
            ops.push(Op::Insert);
            j += 1;
        }
    }
    ops
}

/// The (old, new) line index before each op, and after the last.
fn positions(ops: &[Op]) -> Vec<(usize, usize)> {
    let mut pos = Vec::with_capacity(ops.len() + 1);
    let (mut i, mut j) = (0usize, 0usize);
    for op in ops {
        pos.push((i, j));
        match op {
            Op::Equal => {
                i += 1;
                j += 1;
            }
            Op::Delete => i += 1,
            Op::Insert => j += 1,
        }
    }
    pos.push((i, j));
    pos
}

/// The changes of `ops` grouped into hunks, as (first, last) op indices: changes at most
/// `2 * context` equal lines apart share a hunk.
fn change_groups(ops: &[Op], context: usize) -> Vec<(usize, usize)> {
    let mut groups: Vec<(usize, usize)> = Vec::new();
    for k in (0..ops.len()).filter(|&k| ops[k] != Op::Equal) {
        match groups.last_mut() {
            Some((_, last)) if k - *last - 1 <= 2 * context => *last = k,
            _ => groups.push((k, k)),
        }
    }
    groups
}

fn render_hunks(ops: &[Op], a: &[&str], b: &[&str]) -> String {
    const CONTEXT: usize = 3;
    let pos = positions(ops);
    let groups = change_groups(ops, CONTEXT);
    let mut out = String::new();
    for (first, last) in groups {
        let start = first.saturating_sub(CONTEXT);
        let end = (last + 1 + CONTEXT).min(ops.len());
        let (oi, nj) = pos[start];
        let (oe, ne) = pos[end];
        out.push_str(&format!(
            "@@ -{} +{} @@\n",
            range(oi, oe - oi),
            range(nj, ne - nj)
        ));
        for k in start..end {
            let (pi, pj) = pos[k];
            let (sign, line) = match ops[k] {
                Op::Equal => (' ', a[pi]),
                Op::Delete => ('-', a[pi]),
                Op::Insert => ('+', b[pj]),
            };
            out.push(sign);
            out.push_str(line);
            if !line.ends_with('\n') {
                out.push_str("\n\\ No newline at end of file\n");
            }
        }
    }
    out
}

fn range(start: usize, count: usize) -> String {
    match count {
        0 => format!("{start},0"),
        1 => format!("{}", start + 1),
        _ => format!("{},{count}", start + 1),
    }
}

/// The reply the chat system prompt asks for that turns `parent` into `child`: its
/// search/replace edits when they are shorter than the whole program and the operator's
/// extraction applies them back to exactly `child` (one, then three, then six lines of
/// context around each change, until the SEARCH parts are found where they belong); else
/// the whole program in one fenced python block.
pub fn chat_reply(parent: &str, child: &str) -> String {
    let whole = format!("```python\n{}\n```", child.trim_end());
    let want = Ok(chat::Extracted::Edited(child.to_string()));
    [1, 3, 6]
        .into_iter()
        .filter_map(|context| search_replace(parent, child, context))
        .find(|r| chat::extract(r, parent) == want)
        .filter(|r| r.len() < whole.len())
        .unwrap_or(whole)
}

/// `child` as search/replace edits of `parent`, `context` unchanged lines around each
/// change; `None` when an edit would have an empty SEARCH part.
fn search_replace(parent: &str, child: &str, context: usize) -> Option<String> {
    let a: Vec<&str> = parent.lines().collect();
    let b: Vec<&str> = child.lines().collect();
    let ops = line_ops(&a, &b);
    let pos = positions(&ops);
    let mut out = Vec::new();
    for (first, last) in change_groups(&ops, context) {
        let (start, end) = (
            first.saturating_sub(context),
            (last + 1 + context).min(ops.len()),
        );
        let (mut search, mut replace) = (Vec::new(), Vec::new());
        for k in start..end {
            let (i, j) = pos[k];
            match ops[k] {
                Op::Equal => {
                    search.push(a[i]);
                    replace.push(b[j]);
                }
                Op::Delete => search.push(a[i]),
                Op::Insert => replace.push(b[j]),
            }
        }
        if search.iter().all(|l| l.trim().is_empty()) {
            return None;
        }
        out.push(format!(
            "<<<<<<< SEARCH\n{}\n=======\n{}\n>>>>>>> REPLACE",
            search.join("\n"),
            replace.join("\n")
        ));
    }
    (!out.is_empty()).then(|| out.join("\n\n"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn diff_of_one_changed_line_has_three_context_lines() {
        let old = "a\nb\nc\nd\ne\nf\ng\nh\n";
        let new = "a\nb\nc\nd\nE\nf\ng\nh\n";
        assert_eq!(
            unified_diff(old, new),
            "@@ -2,7 +2,7 @@\n b\n c\n d\n-e\n+E\n f\n g\n h\n"
        );
        assert_eq!(unified_diff(old, old), "");
    }

    #[test]
    fn diff_of_pure_insertion_and_far_apart_changes() {
        assert_eq!(unified_diff("", "x\n"), "@@ -0,0 +1 @@\n+x\n");
        let old: String = (0..20).map(|i| format!("{i}\n")).collect();
        let new: String = (0..20)
            .filter(|&i| i != 17)
            .map(|i| {
                if i == 2 {
                    "two\n".into()
                } else {
                    format!("{i}\n")
                }
            })
            .collect();
        let d = unified_diff(&old, &new);
        assert_eq!(d.matches("@@ -").count(), 2, "{d}");
        assert!(
            d.starts_with("@@ -1,6 +1,6 @@\n 0\n 1\n-2\n+two\n 3\n"),
            "{d}"
        );
        assert!(d.contains("@@ -15,6 +15,5 @@\n"), "{d}");
    }

    #[test]
    fn chat_reply_is_edits_for_a_small_change_and_the_program_for_a_rewrite() {
        let body: String = (0..30).map(|i| format!("    x{i} = {i}\n")).collect();
        // Repeated lines: one line of context around the second b would match the first.
        let tail = "    a = 1\n    b = 2\n    a = 1\n    b = 2\n    a = 1\n";
        let parent = format!("def make_walker():\n{body}{tail}");
        let child = parent.replace("    x7 = 7\n", "    x7 = 70\n").replace(
            tail,
            "    a = 1\n    b = 2\n    a = 1\n    b = 3\n    a = 1\n",
        );
        assert!(search_replace(&parent, &child, 1).is_some());
        assert_ne!(
            chat::extract(&search_replace(&parent, &child, 1).unwrap(), &parent),
            Ok(chat::Extracted::Edited(child.clone()))
        );
        let reply = chat_reply(&parent, &child);
        assert!(reply.starts_with("<<<<<<< SEARCH\n"), "{reply}");
        assert_eq!(reply.matches(">>>>>>> REPLACE").count(), 2, "{reply}");
        let back = chat::extract(&reply, &parent).unwrap();
        assert_eq!(back, chat::Extracted::Edited(child));
        let rewrite = "def make_walker():\n    return 1\n";
        assert_eq!(
            chat_reply(&parent, rewrite),
            "```python\ndef make_walker():\n    return 1\n```"
        );
    }

    #[test]
    fn prompt_split_keeps_helpers_and_drops_the_repeated_import() {
        let p = "from walker_creator import walker_creator\n\ndef h():\n    pass\n\ndef make_walker():\n    wc = walker_creator()\n";
        let (prompt, completion) = split_prompt(p).unwrap();
        assert!(prompt.starts_with(PROMPT_HEADER));
        assert!(prompt.ends_with("\ndef h():\n    pass\n\ndef make_walker():\n"));
        assert_eq!(completion, "    wc = walker_creator()\n");
        assert!(split_prompt("x = 1\n").is_none());
        let again = format!("{prompt}{completion}");
        assert_eq!(split_prompt(&again), Some((prompt, completion)));
    }

    #[test]
    fn split_fraction_is_in_unit_interval() {
        let f = test_fraction("def make_walker():\n    pass\n");
        assert!((0.0..1.0).contains(&f));
        assert_eq!(f, test_fraction("def make_walker():\n    pass\n"));
    }
}
