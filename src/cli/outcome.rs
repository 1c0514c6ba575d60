//! The `--json` object of `simulate` and `eval`, and its table form.

use std::io::Write;

use anyhow::Result;
use elmer::evaluate::{self, Evaluated};
use elmer::qd::{GridConfig, Status};
use elmer::sim::{Outcome, TerrainKind};
use elmer::walker::Walker;
use serde::Serialize;

/// One evaluated walker or program (DESIGN §10): one line on stdout with `--json`.
///
/// `status` is a status name of DESIGN §4; `fitness` (|dx|, metres) is null unless ok; `dx`
/// is the signed displacement of the centre of mass over the horizon; `height`, `width`, `mass`
/// are the descriptors in program units and `cell` the default grid's `i,j,k`; `joints` and
/// `springs` count them; `error` says what went wrong. Fields that need a walker are null when
/// there is none.
#[derive(Serialize)]
pub struct OutcomeJson {
    status: Status,
    fitness: Option<f64>,
    dx: Option<f64>,
    height: Option<f64>,
    width: Option<f64>,
    mass: Option<f64>,
    cell: Option<String>,
    joints: Option<usize>,
    springs: Option<usize>,
    error: Option<String>,
    steps: Option<u32>,
    terrain: TerrainKind,
    #[serde(skip_serializing_if = "Option::is_none")]
    seed: Option<u64>,
    /// Springs from a joint to itself that were dropped (DESIGN §2); only when some were.
    #[serde(skip_serializing_if = "is_zero")]
    self_springs_dropped: usize,
}

fn is_zero(n: &usize) -> bool {
    *n == 0
}

/// Says on stderr how many self-springs (a joint to itself) the walker of `origin` had
/// dropped: they are not fatal (OpenELM programs contain them) but never silent.
pub fn warn_self_springs(origin: &str, walker: &Walker) {
    let n = walker.self_springs_dropped();
    if n > 0 {
        eprintln!(
            "elmer: warning: {origin}: {n} spring{} from a joint to itself dropped; the walker \
             keeps its other {} springs",
            if n == 1 { "" } else { "s" },
            walker.springs().len()
        );
    }
}

impl OutcomeJson {
    /// A simulated walker.
    pub fn simulated(walker: &Walker, outcome: &Outcome) -> Self {
        let d = walker.descriptors();
        OutcomeJson {
            status: evaluate::outcome_status(outcome),
            fitness: outcome.fitness(),
            dx: outcome.dx(),
            height: Some(d.height),
            width: Some(d.width),
            mass: Some(d.mass),
            cell: Some(GridConfig::default().cell_of(&d).to_string()),
            joints: Some(walker.joints().len()),
            springs: Some(walker.springs().len()),
            error: evaluate::outcome_error(outcome),
            steps: Some(outcome.steps()),
            terrain: outcome.terrain(),
            seed: None,
            self_springs_dropped: walker.self_springs_dropped(),
        }
    }

    /// A program's fate; `terrain` is the one it was (or would have been) simulated on.
    pub fn evaluated(evaluated: &Evaluated, terrain: TerrainKind) -> Self {
        match evaluated {
            Evaluated::Simulated(s) => Self::simulated(&s.walker, &s.outcome),
            Evaluated::Failed(f) => Self::failed(f.status, f.error.clone(), terrain),
        }
    }

    /// A program that gave no walker.
    fn failed(status: Status, error: String, terrain: TerrainKind) -> Self {
        OutcomeJson {
            status,
            fitness: None,
            dx: None,
            height: None,
            width: None,
            mass: None,
            cell: None,
            joints: None,
            springs: None,
            error: Some(error),
            steps: None,
            terrain,
            seed: None,
            self_springs_dropped: 0,
        }
    }

    /// Records the program's `random` seed.
    pub fn with_seed(mut self, seed: u64) -> Self {
        self.seed = Some(seed);
        self
    }

    /// True when the status is ok.
    pub fn is_ok(&self) -> bool {
        self.status == Status::Ok
    }

    /// Prints the object (`--json`) or a table on stdout.
    pub fn print(&self, json: bool) -> Result<()> {
        let mut out = std::io::stdout().lock();
        if json {
            writeln!(out, "{}", serde_json::to_string(self)?)?;
            return Ok(());
        }
        writeln!(out, "status   {}", self.status)?;
        if let Some(f) = self.fitness {
            writeln!(out, "fitness  {f:.4} m")?;
        }
        if let Some(dx) = self.dx {
            writeln!(out, "dx       {dx:+.4} m")?;
        }
        writeln!(out, "terrain  {}", self.terrain)?;
        if let (Some(h), Some(w), Some(m)) = (self.height, self.width, self.mass) {
            writeln!(out, "height   {h:.3}\nwidth    {w:.3}\nmass     {m:.3}")?;
        }
        if let Some(c) = &self.cell {
            writeln!(out, "cell     {c}")?;
        }
        if let (Some(j), Some(s)) = (self.joints, self.springs) {
            writeln!(out, "joints   {j}\nsprings  {s}")?;
        }
        if let Some(seed) = self.seed {
            writeln!(out, "seed     {seed}")?;
        }
        if let Some(e) = &self.error {
            writeln!(out, "error    {e}")?;
        }
        Ok(())
    }
}
