//! `elmer report`: PNG heatmaps and QD curves of a run or a group of runs, and a summary.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Result, bail};
use elmer::report::Report;
use elmer::report::self_eval::SelfEvalReport;

use super::summary;

use super::ARCHIVES;

/// `elmer report` arguments.
#[derive(clap::Args)]
pub struct ReportArgs {
    /// Runs: a run folder, its run.sqlite, a name under archives/, or a folder of runs
    /// (`rep-1` .. `rep-N`); all are read as one group.
    #[arg(required = true)]
    runs: Vec<String>,
    /// Folder for the PNGs (default: <first RUN folder>/report/).
    #[arg(long)]
    out: Option<PathBuf>,
    /// Print the summary as one JSON object on stdout: the mean over the runs, plus `runs`
    /// and `run` (the first RUN's folder).
    #[arg(long)]
    json: bool,
    /// Average a group that is not replicates of one config (different configs or budgets,
    /// copies of one run): refused without this flag; with it, each problem is a warning.
    #[arg(long)]
    mixed: bool,
}

/// Runs `elmer report`.
pub fn run(args: ReportArgs) -> Result<ExitCode> {
    let mut report = Report::load(&args.runs, Path::new(ARCHIVES))?;
    let check = report.check_group();
    if !check.refusals.is_empty() && !args.mixed {
        bail!(
            "these runs cannot be averaged honestly:\n  {}\nreport them one by one, or add \
             --mixed to average them anyway",
            check.refusals.join("\n  ")
        );
    }
    report.mixed = !check.refusals.is_empty();
    for w in check.refusals.iter().chain(&check.warnings) {
        eprintln!("elmer: warning: {w}");
    }
    let out = match &args.out {
        Some(out) => out.clone(),
        None => first_folder(&args.runs[0]).join("report"),
    };
    let mut written = report.write_pngs(&out)?;
    let self_eval = SelfEvalReport::load(&args.runs, Path::new(ARCHIVES))?;
    written.extend(self_eval.write_pngs(&out)?);
    if args.json {
        let first = first_folder(&args.runs[0]);
        summary::print_mean(&report.summary(), Some(&first), true)?;
    } else {
        for run in &report.runs {
            summary::print(
                &run.summary,
                &[("run", &run.dir.display().to_string())],
                false,
            )?;
        }
        if report.runs.len() > 1 {
            summary::print_mean(&report.summary(), None, false)?;
        }
        let mut totals = std::collections::BTreeMap::new();
        for run in &report.runs {
            let store =
                elmer::store::RunStore::open_read_only(&run.dir.join(elmer::store::DB_FILE))?;
            elmer::usage::tally(&store, &mut totals)?;
        }
        elmer::usage::write_table(&mut std::io::stdout().lock(), &totals)?;
        self_eval.print(&mut std::io::stdout().lock())?;
    }
    eprintln!("elmer: wrote {} plots to {}", written.len(), out.display());
    Ok(ExitCode::SUCCESS)
}

/// The folder meant by the first RUN: the run folder, or the folder of runs.
fn first_folder(arg: &str) -> PathBuf {
    let db = elmer::store::RunStore::resolve(arg, Path::new(ARCHIVES));
    db.parent()
        .map_or_else(|| PathBuf::from("."), Path::to_path_buf)
}
