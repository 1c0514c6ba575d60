//! `elmer report`: PNG heatmaps and QD curves of a run or a group of runs, and a summary.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Result;
use elmer::report::{Report, ReportSummary};

/// Folder of run stores, relative to the working directory.
const ARCHIVES: &str = "archives";

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
    /// Print the summary as one JSON object on stdout: the mean over the runs, plus `runs`.
    #[arg(long)]
    json: bool,
}

/// Runs `elmer report`.
pub fn run(args: ReportArgs) -> Result<ExitCode> {
    let report = Report::load(&args.runs, Path::new(ARCHIVES))?;
    let out = match &args.out {
        Some(out) => out.clone(),
        None => first_folder(&args.runs[0]).join("report"),
    };
    let written = report.write_pngs(&out)?;
    let mut stdout = std::io::stdout().lock();
    if args.json {
        writeln!(stdout, "{}", serde_json::to_string(&report.summary())?)?;
    } else {
        for run in &report.runs {
            row(&mut stdout, &run.dir.display().to_string(), &run.summary)?;
        }
        if report.runs.len() > 1 {
            let mean = report.summary();
            row(&mut stdout, &format!("mean of {} runs", mean.runs), &mean)?;
        }
        let mut totals = std::collections::BTreeMap::new();
        for run in &report.runs {
            let store =
                elmer::store::RunStore::open_read_only(&run.dir.join(elmer::store::DB_FILE))?;
            elmer::usage::tally(&store, &mut totals)?;
        }
        elmer::usage::write_table(&mut stdout, &totals)?;
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

/// One entry of the summary table: the name, then the numbers.
fn row(out: &mut impl Write, name: &str, s: &ReportSummary) -> Result<()> {
    let opt = |v: Option<f64>| v.map_or("-".to_string(), |x| format!("{x:.4}"));
    writeln!(
        out,
        "{name}\n  evaluations {}  num_elites {}  coverage {:.4}  qd_score {:.4}  norm_qd_score {:.6}  obj_max {}  obj_mean {}  runnable_rate {:.4}",
        s.evaluations,
        s.num_elites,
        s.coverage,
        s.qd_score,
        s.norm_qd_score,
        opt(s.obj_max),
        opt(s.obj_mean),
        s.runnable_rate
    )?;
    Ok(())
}
