//! The self-evaluation part of `elmer report` (issue 21): per operator that self-evaluates,
//! how well the model's P("Yes") before each child ran foretold what happened.
//!
//! [`SelfEvalReport::load`] reads the children whose call carries a self-evaluation
//! ([`RunStore::self_evals`]) from every run of the group; per operator (`llm:FORMAT`) and
//! question it scores them with [`Calibration`]:
//! - runs: the truth is the child's status `ok`;
//! - improves: the truth is a fitness above its first parent's (a child that failed did not
//!   improve; a child whose parent has no stored fitness is left out of this question).
//!
//! An `unchanged` child (the model gave the parent back; it is not run) has no truth and is
//! left out of both questions.
//!
//! A child whose self-evaluation gave no probability for a question (failed, no
//! log-probabilities, neither Yes nor No among the likely answers) is left out of that
//! question and counted in `unanswered`. [`SelfEvalReport::write_pngs`] draws one reliability
//! diagram per operator (`self-eval-llm-chat.png`: both questions, [`BINS`] bins, counts);
//! [`SelfEvalReport::print`] writes the numbers and the cost per child.

use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};

use plotters::prelude::*;
use serde::Serialize;

use super::calibration::Calibration;
use super::plot::{Area, CHART_SIZE, DrawResult, FAMILY, draw, register_font};
use super::{ReportError, expand};
use crate::qd::Status;
use crate::store::{RunStore, SelfEvalRecord};

/// The two questions (the same as `mutate::llm::self_eval::Question`, which `report` may not
/// import).
#[derive(Clone, Copy)]
enum Question {
    Runs,
    Improves,
}

impl Question {
    const ALL: [Question; 2] = [Question::Runs, Question::Improves];

    fn name(self) -> &'static str {
        match self {
            Question::Runs => "runs",
            Question::Improves => "improves",
        }
    }
}

/// Bins of each reliability diagram, equal width over [0, 1].
pub const BINS: usize = 10;

/// One question's predictions scored, and how many children gave none.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct QuestionScore {
    /// `runs` or `improves`.
    pub question: &'static str,
    /// AUROC, Brier and the bins over the children that answered.
    pub calibration: Calibration,
    /// Children with a self-evaluation but no probability for this question.
    pub unanswered: usize,
}

/// One operator's self-evaluations against what happened, and what they cost.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct OperatorSelfEval {
    /// `operator:format`, e.g. `llm:chat`.
    pub operator: String,
    /// Children with a self-evaluation.
    pub children: usize,
    /// Self-evaluations by status (`ok`, `no_logprobs`, `http_500`, ...).
    pub statuses: BTreeMap<String, usize>,
    /// "Will this program run and build a valid walker?", then "Will its walker travel
    /// farther than the parent's?".
    pub questions: Vec<QuestionScore>,
    /// Mean prompt tokens of a child's self-evaluation (over those the server counted).
    pub prompt_tokens: Option<f64>,
    /// Mean completion tokens of a child's self-evaluation.
    pub completion_tokens: Option<f64>,
    /// Mean wall time of a child's self-evaluation, seconds.
    pub seconds: f64,
}

/// The self-evaluation report of a group of runs: one entry per operator that
/// self-evaluated, by name.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct SelfEvalReport {
    /// The operators.
    pub operators: Vec<OperatorSelfEval>,
}

impl SelfEvalReport {
    /// Reads every run of every RUN argument, as [`Report::load`](super::Report::load) does.
    pub fn load(args: &[String], archives_dir: &Path) -> Result<SelfEvalReport, ReportError> {
        let mut records = Vec::new();
        for arg in args {
            for db in expand(arg, archives_dir)? {
                records.extend(RunStore::open_read_only(&db)?.self_evals()?);
            }
        }
        Ok(SelfEvalReport::from_records(&records))
    }

    /// Scores `records`, grouped by `operator:format`.
    pub fn from_records(records: &[SelfEvalRecord]) -> SelfEvalReport {
        let mut groups: BTreeMap<String, Vec<&SelfEvalRecord>> = BTreeMap::new();
        for r in records {
            let name = match &r.format {
                Some(f) => format!("{}:{f}", r.operator),
                None => r.operator.clone(),
            };
            groups.entry(name).or_default().push(r);
        }
        let operators = groups
            .into_iter()
            .map(|(operator, rs)| OperatorSelfEval::of(operator, &rs))
            .collect();
        SelfEvalReport { operators }
    }

    /// No operator self-evaluated?
    pub fn is_empty(&self) -> bool {
        self.operators.is_empty()
    }

    /// Draws one reliability diagram per operator into `out` (which exists); their paths.
    pub fn write_pngs(&self, out: &Path) -> Result<Vec<PathBuf>, ReportError> {
        register_font();
        let mut written = Vec::new();
        for op in &self.operators {
            let path = out.join(png_name(&op.operator));
            draw(&path, CHART_SIZE, |root| reliability_chart(root, op))?;
            written.push(path);
        }
        Ok(written)
    }

    /// The numbers as text: per operator and question AUROC, Brier and the non-empty bins,
    /// then the cost per child.
    pub fn print(&self, out: &mut impl Write) -> std::io::Result<()> {
        let opt = |v: Option<f64>, digits: usize| v.map_or("-".into(), |x| format!("{x:.digits$}"));
        for op in &self.operators {
            let statuses: Vec<String> = op
                .statuses
                .iter()
                .map(|(s, n)| format!("{s} {n}"))
                .collect();
            writeln!(
                out,
                "self-evaluation of {}: {} children ({})",
                op.operator,
                op.children,
                statuses.join(", ")
            )?;
            for q in &op.questions {
                let c = &q.calibration;
                writeln!(
                    out,
                    "  {:<9} n {}  true {}  AUROC {}  Brier {}  unanswered {}",
                    q.question,
                    c.n,
                    c.positives,
                    opt(c.auroc, 3),
                    opt(c.brier, 3),
                    q.unanswered
                )?;
                let bins: Vec<String> = c
                    .bins
                    .iter()
                    .filter(|b| b.count > 0)
                    .map(|b| {
                        // The last bin also holds p = 1.
                        let close = if b.hi >= 1.0 { ']' } else { ')' };
                        format!(
                            "[{:.1},{:.1}{close} n {} p {} obs {}",
                            b.lo,
                            b.hi,
                            b.count,
                            opt(b.predicted, 2),
                            opt(b.observed, 2)
                        )
                    })
                    .collect();
                if !bins.is_empty() {
                    writeln!(out, "    bins: {}", bins.join("; "))?;
                }
            }
            writeln!(
                out,
                "  cost per child: {} prompt + {} completion tokens, {:.2} s",
                opt(op.prompt_tokens, 0),
                opt(op.completion_tokens, 1),
                op.seconds
            )?;
        }
        Ok(())
    }
}

impl OperatorSelfEval {
    fn of(operator: String, records: &[&SelfEvalRecord]) -> OperatorSelfEval {
        let mut statuses = BTreeMap::new();
        for r in records {
            *statuses.entry(r.self_eval.status.clone()).or_insert(0) += 1;
        }
        let questions = Question::ALL
            .into_iter()
            .map(|q| {
                let mut points = Vec::new();
                let mut unanswered = 0;
                for r in records {
                    match (prediction(r, q), truth(r, q)) {
                        (Some(p), Some(t)) => points.push((p, t)),
                        (None, _) => unanswered += 1,
                        (Some(_), None) => {}
                    }
                }
                QuestionScore {
                    question: q.name(),
                    calibration: Calibration::of(&points, BINS),
                    unanswered,
                }
            })
            .collect();
        let mean =
            |v: Vec<u64>| (!v.is_empty()).then(|| v.iter().sum::<u64>() as f64 / v.len() as f64);
        let n = records.len().max(1) as f64;
        OperatorSelfEval {
            operator,
            children: records.len(),
            statuses,
            questions,
            prompt_tokens: mean(
                records
                    .iter()
                    .filter_map(|r| r.self_eval.prompt_tokens)
                    .collect(),
            ),
            completion_tokens: mean(
                records
                    .iter()
                    .filter_map(|r| r.self_eval.completion_tokens)
                    .collect(),
            ),
            seconds: records
                .iter()
                .map(|r| r.self_eval.latency_ms as f64 / 1000.0)
                .sum::<f64>()
                / n,
        }
    }
}

/// The model's P("Yes") for `q` about this child.
fn prediction(r: &SelfEvalRecord, q: Question) -> Option<f64> {
    match q {
        Question::Runs => r.self_eval.p_runs,
        Question::Improves => r.self_eval.p_improves,
    }
}

/// What happened: `None` when it cannot be told: an `unchanged` child (the parent again, not
/// run), or for improves a parent with no stored fitness.
fn truth(r: &SelfEvalRecord, q: Question) -> Option<bool> {
    if r.status == Status::Unchanged {
        return None;
    }
    match q {
        Question::Runs => Some(r.status == Status::Ok),
        Question::Improves => match r.fitness {
            Some(f) => r.parent_fitness.map(|p| f > p),
            None => Some(false),
        },
    }
}

/// `self-eval-llm-chat.png` for `llm:chat`.
pub fn png_name(operator: &str) -> String {
    let safe: String = operator
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect();
    format!("self-eval-{safe}.png")
}

/// Side by side, per question: observed frequency against mean predicted probability per
/// bin, each point labelled with its count, over the diagonal of perfect calibration.
fn reliability_chart(root: &Area<'_>, op: &OperatorSelfEval) -> DrawResult {
    let root = root.titled(
        &format!(
            "self-evaluation of {}: reliability ({BINS} bins)",
            op.operator
        ),
        (FAMILY, 20),
    )?;
    let panels = root.split_evenly((1, op.questions.len().max(1)));
    let blue = RGBColor(31, 119, 180);
    for (panel, q) in panels.iter().zip(&op.questions) {
        let c = &q.calibration;
        let fmt = |v: Option<f64>| v.map_or("-".into(), |x| format!("{x:.3}"));
        let mut chart = ChartBuilder::on(panel)
            .caption(
                format!(
                    "P({}): n {}, AUROC {}, Brier {}",
                    q.question,
                    c.n,
                    fmt(c.auroc),
                    fmt(c.brier)
                ),
                (FAMILY, 16),
            )
            .margin(15)
            .x_label_area_size(45)
            .y_label_area_size(55)
            .build_cartesian_2d(0.0..1.0, 0.0..1.0)?;
        chart
            .configure_mesh()
            .x_desc("predicted P(Yes)")
            .y_desc("observed frequency")
            .label_style((FAMILY, 13))
            .draw()?;
        chart.draw_series(DashedLineSeries::new(
            [(0.0, 0.0), (1.0, 1.0)],
            6,
            4,
            RGBColor(150, 150, 150).stroke_width(1),
        ))?;
        let points: Vec<(f64, f64, usize)> = c
            .bins
            .iter()
            .filter_map(|b| Some((b.predicted?, b.observed?, b.count)))
            .collect();
        chart.draw_series(LineSeries::new(
            points.iter().map(|&(x, y, _)| (x, y)),
            blue.stroke_width(2),
        ))?;
        chart.draw_series(
            points
                .iter()
                .map(|&(x, y, _)| Circle::new((x, y), 4, blue.filled())),
        )?;
        chart.draw_series(points.iter().map(|&(x, y, n)| {
            Text::new(
                format!("n={n}"),
                (x, (y + 0.04).min(0.97)),
                (FAMILY, 13).into_font().color(&BLACK),
            )
        }))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::SelfEval;

    fn record(
        id: u64,
        status: Status,
        fitness: Option<f64>,
        p: (Option<f64>, Option<f64>),
    ) -> SelfEvalRecord {
        SelfEvalRecord {
            child_id: crate::qd::ChildId(id),
            operator: "llm".into(),
            format: Some("chat".into()),
            status,
            fitness,
            parent_fitness: Some(1.0),
            self_eval: SelfEval {
                p_runs: p.0,
                p_improves: p.1,
                prompt_tokens: Some(100),
                completion_tokens: Some(2),
                latency_ms: 500,
                status: if p.0.is_some() { "ok" } else { "no_logprobs" }.into(),
            },
        }
    }

    #[test]
    fn truths_and_unanswered_children() {
        let records = [
            record(1, Status::Ok, Some(2.0), (Some(0.9), Some(0.8))),
            record(2, Status::Ok, Some(0.5), (Some(0.7), Some(0.4))),
            record(3, Status::SyntaxError, None, (Some(0.2), Some(0.1))),
            record(4, Status::Exception, None, (None, None)),
            record(5, Status::Unchanged, None, (Some(0.9), Some(0.9))),
        ];
        let report = SelfEvalReport::from_records(&records);
        assert_eq!(report.operators.len(), 1);
        let op = &report.operators[0];
        assert_eq!(op.operator, "llm:chat");
        assert_eq!(op.children, 5);
        assert_eq!(op.statuses["ok"], 4);
        assert_eq!(op.statuses["no_logprobs"], 1);
        let runs = &op.questions[0];
        assert_eq!(
            (
                runs.question,
                runs.calibration.n,
                runs.calibration.positives
            ),
            ("runs", 3, 2)
        );
        assert_eq!(runs.unanswered, 1);
        assert_eq!(runs.calibration.auroc, Some(1.0));
        // Only child 1 beat its parent (2.0 > 1.0); child 2 ran but did not.
        let improves = &op.questions[1];
        assert_eq!(
            (improves.calibration.n, improves.calibration.positives),
            (3, 1)
        );
        assert_eq!(improves.calibration.auroc, Some(1.0));
        assert_eq!((op.prompt_tokens, op.seconds), (Some(100.0), 0.5));
        let mut text = Vec::new();
        report.print(&mut text).unwrap();
        let text = String::from_utf8(text).unwrap();
        assert!(
            text.contains("self-evaluation of llm:chat: 5 children (no_logprobs 1, ok 4)"),
            "{text}"
        );
        assert!(
            text.contains("runs      n 3  true 2  AUROC 1.000"),
            "{text}"
        );
    }

    #[test]
    fn png_names_are_file_safe() {
        assert_eq!(png_name("llm:chat"), "self-eval-llm-chat.png");
        assert_eq!(
            png_name("llm:chat_crossover"),
            "self-eval-llm-chat-crossover.png"
        );
    }
}
