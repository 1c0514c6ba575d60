//! What the sandbox looks like on this host: the interpreter and each layer (`elmer doctor`).

use std::fmt;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use serde::Deserialize;

use super::layers::Layer;
use super::{Pool, SandboxConfig, SandboxError};
use crate::walker::WalkerLimits;

/// The interpreter workers run.
#[derive(Clone, Debug, PartialEq)]
pub struct PythonInfo {
    /// The binary, symlinks resolved.
    pub path: PathBuf,
    /// `sys.version_info[:3]`.
    pub version: (u32, u32, u32),
    /// `sys.prefix`, `sys.base_prefix`, `sys.exec_prefix`, `sys.base_exec_prefix` (deduplicated).
    pub prefixes: Vec<PathBuf>,
    /// `sys.path` of a `-s -S` interpreter: the stdlib and `lib-dynload`.
    pub sys_path: Vec<PathBuf>,
    /// The ELF interpreter (dynamic loader) of the binary, if it has one.
    pub loader: Option<PathBuf>,
}

impl PythonInfo {
    /// Runs `path` once, unsandboxed (it is the trusted interpreter, running our code), to learn
    /// its version and library paths. Requires Python 3.8 or newer.
    pub fn probe(path: &Path) -> Result<PythonInfo, SandboxError> {
        #[derive(Deserialize)]
        struct Probe {
            version: (u32, u32, u32),
            prefixes: Vec<PathBuf>,
            path: Vec<PathBuf>,
        }
        let unusable = |reason: String| SandboxError::PythonUnusable {
            path: path.display().to_string(),
            reason,
        };
        let code = "import sys, json; print(json.dumps({'version': list(sys.version_info[:3]), \
            'prefixes': [sys.prefix, sys.base_prefix, sys.exec_prefix, sys.base_exec_prefix], \
            'path': [p for p in sys.path if p]}))";
        let out = Command::new(path)
            .args(["-s", "-S", "-B", "-E", "-c", code])
            .env_clear()
            .current_dir("/")
            .stdin(Stdio::null())
            .output()
            .map_err(|e| unusable(format!("could not run it: {e}")))?;
        if !out.status.success() {
            return Err(unusable(format!(
                "it failed to start ({}): {}",
                out.status,
                String::from_utf8_lossy(&out.stderr).trim()
            )));
        }
        let p: Probe = serde_json::from_slice(&out.stdout)
            .map_err(|e| unusable(format!("unexpected answer to a version query: {e}")))?;
        if p.version < (3, 8, 0) {
            return Err(unusable(format!(
                "Python {}.{}.{} is too old; the worker needs 3.8 or newer",
                p.version.0, p.version.1, p.version.2
            )));
        }
        let mut prefixes: Vec<PathBuf> = Vec::new();
        for pre in p.prefixes {
            if !prefixes.contains(&pre) {
                prefixes.push(pre);
            }
        }
        Ok(PythonInfo {
            path: path.to_path_buf(),
            version: p.version,
            prefixes,
            sys_path: p.path,
            loader: elf_interpreter(path),
        })
    }

    /// `3.11.2`.
    pub fn version_string(&self) -> String {
        format!("{}.{}.{}", self.version.0, self.version.1, self.version.2)
    }
}

/// The PT_INTERP path of a 64-bit little-endian ELF file.
fn elf_interpreter(path: &Path) -> Option<PathBuf> {
    let data = std::fs::read(path).ok()?;
    let u16_at = |o: usize| Some(u16::from_le_bytes(data.get(o..o + 2)?.try_into().ok()?));
    let u32_at = |o: usize| Some(u32::from_le_bytes(data.get(o..o + 4)?.try_into().ok()?));
    let u64_at = |o: usize| Some(u64::from_le_bytes(data.get(o..o + 8)?.try_into().ok()?));
    if data.get(..6)? != b"\x7fELF\x02\x01" {
        return None;
    }
    let phoff = usize::try_from(u64_at(0x20)?).ok()?;
    let phentsize = usize::from(u16_at(0x36)?);
    let phnum = usize::from(u16_at(0x38)?);
    for i in 0..phnum {
        let ph = phoff.checked_add(i.checked_mul(phentsize)?)?;
        if u32_at(ph)? == 3 {
            let off = usize::try_from(u64_at(ph + 8)?).ok()?;
            let size = usize::try_from(u64_at(ph + 32)?).ok()?;
            let raw = data.get(off..off.checked_add(size)?)?;
            let end = raw.iter().position(|&b| b == 0).unwrap_or(raw.len());
            return Some(PathBuf::from(
                String::from_utf8_lossy(&raw[..end]).into_owned(),
            ));
        }
    }
    None
}

/// One layer's state.
#[derive(Clone, Debug, PartialEq)]
pub struct LayerReport {
    /// The layer.
    pub layer: Layer,
    /// Applied (and, where a check exists, confirmed from inside a worker).
    pub active: bool,
    /// What it does on this host, or why it is not active.
    pub detail: String,
}

/// The answer of `elmer doctor`; `Display` prints a table.
#[derive(Clone, Debug, PartialEq)]
pub struct DoctorReport {
    /// The interpreter, or why none is usable.
    pub python: Result<PythonInfo, String>,
    /// Pool size (`sandbox.workers`).
    pub workers: usize,
    /// `sandbox.strict`.
    pub strict: bool,
    /// Every layer of [`Layer::ALL`] (empty if no worker could start).
    pub layers: Vec<LayerReport>,
    /// What a worker saw from inside (uid, denied operations), one line per check.
    pub checks: Vec<String>,
    /// Why no worker could start, if so.
    pub error: Option<String>,
}

impl DoctorReport {
    /// True if the interpreter is usable, a worker started and every layer is active.
    pub fn all_active(&self) -> bool {
        self.python.is_ok()
            && self.error.is_none()
            && self.layers.len() == Layer::ALL.len()
            && self.layers.iter().all(|l| l.active)
    }

    /// The layers that are not active.
    pub fn missing(&self) -> Vec<&LayerReport> {
        self.layers.iter().filter(|l| !l.active).collect()
    }
}

impl fmt::Display for DoctorReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.python {
            Ok(p) => writeln!(
                f,
                "{:<10} {} (Python {})",
                "python",
                p.path.display(),
                p.version_string()
            )?,
            Err(e) => writeln!(f, "{:<10} NOT USABLE: {e}", "python")?,
        }
        writeln!(f, "{:<10} {}", "workers", self.workers)?;
        writeln!(f, "{:<10} {}", "strict", self.strict)?;
        if let Some(e) = &self.error {
            writeln!(f, "{:<10} {e}", "error")?;
        }
        writeln!(f)?;
        writeln!(f, "{:<10} {:<8} detail", "layer", "state")?;
        for l in &self.layers {
            let state = if l.active { "active" } else { "MISSING" };
            writeln!(f, "{:<10} {:<8} {}", l.layer.name(), state, l.detail)?;
        }
        if !self.checks.is_empty() {
            writeln!(f)?;
            writeln!(f, "from inside a worker:")?;
            for c in &self.checks {
                writeln!(f, "  {c}")?;
            }
        }
        let missing = self.missing().len();
        writeln!(f)?;
        if self.all_active() {
            write!(f, "all {} layers active", Layer::ALL.len())
        } else if self.error.is_some() || self.python.is_err() {
            write!(f, "the sandbox cannot run programs on this host")
        } else {
            write!(
                f,
                "{missing} layer(s) missing: programs still run with the others (sandbox.strict = true refuses)"
            )
        }
    }
}

/// Diagnoses the sandbox for `config`: finds the interpreter, starts one worker, looks at it from
/// inside and reports every layer. Never fails: problems are in the report.
pub fn doctor(config: &SandboxConfig) -> DoctorReport {
    let mut report = DoctorReport {
        python: Err(String::new()),
        workers: config.worker_count(),
        strict: config.strict,
        layers: Vec::new(),
        checks: Vec::new(),
        error: None,
    };
    let python = config.resolve_python().and_then(|p| PythonInfo::probe(&p));
    report.python = python.map_err(|e| e.to_string());
    if report.python.is_err() {
        return report;
    }
    let probe_config = SandboxConfig {
        strict: false,
        workers: Some(1),
        ..config.clone()
    };
    match Pool::new(&probe_config, WalkerLimits::default()) {
        Ok(pool) => {
            let (layers, checks, error) = pool.inspect();
            report.layers = layers;
            report.checks = checks;
            report.error = error;
        }
        Err(e) => report.error = Some(e.to_string()),
    }
    report
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_loader_of_the_running_binary() {
        let exe = std::env::current_exe().unwrap();
        if let Some(loader) = elf_interpreter(&exe) {
            assert!(
                loader.to_string_lossy().contains("ld"),
                "{}",
                loader.display()
            );
        }
    }
}
