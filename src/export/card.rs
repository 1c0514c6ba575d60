//! Dataset cards: the README.md written beside each dataset (DESIGN §8).
//!
//! A card names the source runs (paths), their `[grid]` and `[sim]` settings, the counts after
//! each step, the settings, the split rule, the format, the fitness distribution and the exact
//! command. It holds no timestamp, so the same inputs give the same bytes.

use std::fmt::Write as _;
use std::path::Path;

use super::stage2::{CHAT_SYSTEM, CHAT_USER, Format, PROMPT_HEADER, Stage2, Stage2Options};
use super::stage3::{Stage3, terrain_token};
use super::{SourceRun, median};
use crate::qd::GridConfig;

/// Where Stage-3 programs came from.
#[derive(Clone, Copy, Debug)]
pub enum Stage3Input<'a> {
    /// The elites of these runs.
    Runs(&'a [SourceRun]),
    /// The programs of this JSONL file.
    Dataset(&'a Path),
}

/// One line for a grid: bins and ranges.
fn grid_line(g: &GridConfig) -> String {
    format!(
        "bins {:?}; height {:?}, width {:?}, mass {:?}",
        g.bins, g.height, g.width, g.mass
    )
}

/// How the runs' grids relate, for the source-runs section.
#[derive(Clone, Copy)]
enum Grids<'a> {
    /// One grid, shared by every run (checked).
    Shared,
    /// Re-binned into this grid (Stage 2 `--grid`).
    Rebinned(&'a GridConfig),
    /// Each run's own (Stage 3, which does not use cells).
    PerRun,
}

fn runs_section(out: &mut String, runs: &[SourceRun], grids: Grids<'_>) {
    let shared = matches!(grids, Grids::Shared);
    out.push_str(
        "## Source runs\n\n| index | run | seed program | evolve.seed | children | elites |",
    );
    out.push_str(if shared {
        "\n|---|---|---|---|---|---|\n"
    } else {
        " grid |\n|---|---|---|---|---|---|---|\n"
    });
    for (i, r) in runs.iter().enumerate() {
        let _ = write!(
            out,
            "| {i} | `{}` | {} | {} | {} | {} |",
            r.path.display(),
            r.config.evolve.seed_program,
            r.config.evolve.seed,
            r.children.len(),
            r.elite_ids.len()
        );
        if !shared {
            let _ = write!(out, " {} |", grid_line(&r.config.grid));
        }
        out.push('\n');
    }
    let Some(first) = runs.first() else {
        return;
    };
    let sim = toml::to_string(&first.config.sim).unwrap_or_default();
    match grids {
        Grids::Shared => {
            let grid = toml::to_string(&first.config.grid).unwrap_or_default();
            let _ = write!(
                out,
                "\nAll runs share these settings (checked):\n\n```toml\n[grid]\n{grid}\n[sim]\n{sim}```\n\n"
            );
        }
        Grids::PerRun => {
            let _ = write!(
                out,
                "\nAll runs share these sim settings (checked):\n\n```toml\n[sim]\n{sim}```\n\n"
            );
        }
        Grids::Rebinned(target) => {
            let grid = toml::to_string(target).unwrap_or_default();
            let _ = write!(
                out,
                "\nAll runs share these sim settings (checked):\n\n```toml\n[sim]\n{sim}```\n\n\
                 ## Re-binned grid\n\n\
                 Re-binned with `--grid`: every admitted child's cell was recomputed from its \
                 stored descriptors (height, width, mass) in the grid below, and the best \
                 fitness per cell, the threshold and the `cell` field use these cells. Which \
                 children are admitted (insertion new or improved) was decided in their own \
                 run's grid.\n\n```toml\n[grid]\n{grid}```\n\n"
            );
        }
    }
}

fn distribution(sorted: &[f64]) -> String {
    match (sorted.first(), median(sorted), sorted.last()) {
        (Some(min), Some(med), Some(max)) => format!("{min:.4} | {med:.4} | {max:.4}"),
        _ => "- | - | -".into(),
    }
}

/// The card of a Stage-2 export; `command` is the command line that made it.
pub fn stage2_card(
    runs: &[SourceRun],
    opts: &Stage2Options,
    export: &Stage2,
    command: &str,
) -> String {
    let c = &export.counts;
    let mut out = String::from("# elmer Stage-2 dataset\n\n");
    let _ = writeln!(
        out,
        "Programs from MAP-Elites runs of elmer (ELM paper, Stage 2). Files: `train.jsonl`, \
         `test.jsonl`, one JSON object per line, format `{}`.\n",
        opts.format
    );
    let grids = opts.grid.as_ref().map_or(Grids::Shared, Grids::Rebinned);
    runs_section(&mut out, runs, grids);
    let _ = write!(
        out,
        "## Filtering\n\n\
         | step | programs |\n|---|---|\n\
         | children in the runs | {} |\n\
         | admitted (insertion new or improved) | {} |\n\
         {}\
         | fitness >= {} x best of their cell across the runs | {} |\n\
         | unique normalised source (fittest kept; ties: lowest run index, child id) | {} |\n\
         | not renderable in the format | {} |\n\
         | train | {} |\n| test | {} |\n\n",
        c.children,
        c.admitted,
        if opts.grid.is_some() {
            format!(
                "| of those, without stored descriptors (cannot be re-binned, left out) | {} |\n",
                c.no_descriptors
            )
        } else {
            String::new()
        },
        opts.threshold,
        c.above_threshold,
        c.unique,
        c.not_renderable,
        c.train,
        c.test
    );
    let _ = write!(
        out,
        "Threshold: {} (fraction of the cell's best fitness, f64).\n\n\
         ## Split\n\n\
         Test share: {}. A program is in `test.jsonl` when the first 8 bytes of \
         sha256(normalised source), read big-endian, over 2^64, are below the test share; \
         so the split of a program never changes when runs are added. No random seed is \
         involved. Lines are ordered by (run index, child id). Programs are exported \
         normalised (line endings `\\n`, trailing whitespace stripped).\n\n",
        opts.threshold, opts.test_share
    );
    let _ = write!(
        out,
        "## Fitness (metres travelled, default terrain of the runs)\n\n\
         | split | min | median | max |\n|---|---|---|---|\n| train | {} |\n| test | {} |\n\n",
        distribution(&export.train_fitness),
        distribution(&export.test_fitness)
    );
    out.push_str("## Format\n\n");
    match opts.format {
        Format::Text => out.push_str("`{\"text\": program}`.\n"),
        Format::Prompt => {
            let _ = write!(
                out,
                "`{{\"prompt\", \"completion\"}}`: the prompt is the fixed API header below, \
                 then the program's lines before `def make_walker():` (docstring, helpers; a \
                 repeated `from walker_creator import walker_creator` line dropped), then \
                 `def make_walker():\\n`; the completion is the rest of the program. \
                 prompt + completion runs as the program.\n\n```python\n{PROMPT_HEADER}```\n"
            );
        }
        Format::Chat => {
            let _ = write!(
                out,
                "`{{\"messages\": [system, user, assistant]}}`; the assistant message is the \
                 program. Fixed messages:\n\n- system: {CHAT_SYSTEM}\n- user: {CHAT_USER}\n"
            );
        }
        Format::Diff => out.push_str(
            "`{\"parent\", \"diff\"}`: accepted parent -> child pairs (the child's first parent, \
             found in the same run); the diff is unified, 3 context lines, no file headers, \
             starting at `@@`.\n",
        ),
        Format::Mutation => out.push_str(
            "`{\"messages\": [system, user, assistant]}`: accepted parent -> child pairs as the \
             `llm:chat` operator asks for them (the child's only parent, found in the same run): \
             the system and user messages are the ones `elmer evolve` sends for that parent \
             (its program, fitness and cell; the run's limits), the assistant message is the \
             child: search/replace edits of the parent when shorter (each checked to give back \
             the child), else the program in one fenced python block.\n",
        ),
    }
    if opts.conditioning {
        out.push_str(
            "\nConditioning fields on every line: `fitness` (metres), `cell` (\"i,j,k\" in the \
             runs' grid, or the re-binned one), `descriptors` (`height`, `width`, `mass`, program units).\n",
        );
        if opts.format == Format::Chat {
            out.push_str(
                "In the chat format the user message names the line's cell instead of the fixed \
                 one: its bins and the descriptor ranges they stand for, e.g. \"Write a \
                 program defining make_walker() that returns a walker in cell (3, 0, 11) of the \
                 12 x 12 x 12 grid over (height, width, mass): height 5 to 6.67 units, width up \
                 to 2.5 units, mass 220 or more (...)\", so a model trained on it learns the \
                 condition (`elmer bootstrap sample` asks with the same text).\n",
            );
        }
    }
    let _ = write!(out, "\n## Command\n\n```sh\n{command}\n```\n");
    out
}

/// The card of a Stage-3 evaluation; `command` is the command line that made it.
pub fn stage3_card(input: Stage3Input<'_>, top_k: usize, s: &Stage3, command: &str) -> String {
    let mut out = String::from("# elmer Stage-3 dataset\n\n");
    out.push_str(
        "Programs re-evaluated on several terrains (ELM paper, Stage 3). Files: `fitness.csv` \
         (one row per program, one column per terrain, fitness in metres; empty when the \
         program failed or the walker was unstable there), `pairs.jsonl` (terrain-conditioned \
         pairs), `best-of-n.csv` (the best program per terrain, and whether one program is \
         best on all).\n\n",
    );
    match input {
        Stage3Input::Runs(runs) => {
            let shared = runs
                .windows(2)
                .all(|w| w[0].config.grid == w[1].config.grid);
            runs_section(
                &mut out,
                runs,
                if shared { Grids::Shared } else { Grids::PerRun },
            );
            out.push_str(
                "Programs: the elites of the runs; `program_id` is `<run index>:<child id>`. \
                 Each is evaluated with its run's sim config, only the terrain changed, and \
                 its run's `sandbox.random_salt`.\n\n",
            );
        }
        Stage3Input::Dataset(path) => {
            let _ = write!(
                out,
                "## Source\n\nPrograms of `{}`; `program_id` is the 1-based line number. \
                 Evaluated with the default sim config (terrain changed) and salt 0.\n\n",
                path.display()
            );
        }
    }
    let names: Vec<&str> = s.terrains.iter().map(|t| t.name()).collect();
    let _ = write!(
        out,
        "## Terrains\n\n{}\n\n| terrain | ok programs | best | pairs |\n|---|---|---|---|\n",
        names.join(", ")
    );
    for (ti, t) in s.terrains.iter().enumerate() {
        let ok = s.fitness.iter().filter(|r| r[ti].is_some()).count();
        let best = s.best[ti].map_or("-".into(), |(i, f)| format!("{f:.4} ({})", s.ids[i]));
        let _ = writeln!(
            out,
            "| {t} | {ok} / {} | {best} | {} |",
            s.ids.len(),
            s.pairs_per_terrain[ti]
        );
    }
    let _ = write!(
        out,
        "\nBest on all terrains: {}.\n\n## Pairs\n\n\
         The top {top_k} programs per terrain (fittest first; ties in row order) as \
         `{{\"terrain\", \"prompt\", \"completion\", \"fitness\"}}`. The prompt is the terrain \
         token `<terrain:NAME>` (e.g. `{}`) and a newline, then the Stage-2 `prompt` format \
         (fixed API header, the program's helpers, `def make_walker():`); the completion is \
         the body.\n\n## Command\n\n```sh\n{command}\n```\n",
        s.best_on_all.map_or("none".into(), |i| s.ids[i].clone()),
        s.terrains
            .first()
            .map_or(String::new(), |t| terrain_token(*t)),
    );
    out
}
