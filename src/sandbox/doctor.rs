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
            let Inspection { mut layers, probe } = pool.inspect();
            match probe {
                Ok(probe) => {
                    probe.confirm(&mut layers, config.memory_mb);
                    report.checks = probe.checks();
                }
                Err(e) => report.error = Some(e),
            }
            report.layers = layers;
        }
        Err(e) => report.error = Some(e.to_string()),
    }
    report
}

/// What [`Pool::inspect`] found: the layers as the pool applied them to a fresh worker, and
/// what that worker saw from inside (or why it could not say).
pub(crate) struct Inspection {
    /// Every layer, as applied (empty if no worker could start).
    pub(crate) layers: Vec<LayerReport>,
    /// The worker's probe, or why there is none.
    pub(crate) probe: Result<WorkerProbe, String>,
}

/// What a worker reports about itself from inside: the reply of the worker's `probe` op
/// (`sodarace/worker.py`). Each operation is `allowed`, `denied` or `error: ...`; a missing
/// field reads as `?` (text) or -1 (number).
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(default)]
pub(crate) struct WorkerProbe {
    uid: i64,
    gid: i64,
    /// The names of the environment variables the worker sees.
    env: Vec<String>,
    socket: String,
    fork: String,
    kill_parent: String,
    read_etc: String,
    read_proc: String,
    write_tmp: String,
    rlimit_as: i64,
    rlimit_fsize: i64,
    rlimit_nofile: i64,
}

impl Default for WorkerProbe {
    fn default() -> Self {
        let unknown = || "?".to_string();
        WorkerProbe {
            uid: -1,
            gid: -1,
            env: Vec::new(),
            socket: unknown(),
            fork: unknown(),
            kill_parent: unknown(),
            read_etc: unknown(),
            read_proc: unknown(),
            write_tmp: unknown(),
            rlimit_as: -1,
            rlimit_fsize: -1,
            rlimit_nofile: -1,
        }
    }
}

impl WorkerProbe {
    /// One line per check, for the report.
    fn checks(&self) -> Vec<String> {
        vec![
            format!("uid {} gid {}", self.uid, self.gid),
            format!(
                "environment: {}",
                if self.env.is_empty() {
                    "empty".into()
                } else {
                    self.env.join(", ")
                }
            ),
            format!("socket(): {}", self.socket),
            format!("fork(): {}", self.fork),
            format!("signal to the parent: {}", self.kill_parent),
            format!("read /etc/passwd: {}", self.read_etc),
            format!("read /proc/self/status: {}", self.read_proc),
            format!("write in /tmp: {}", self.write_tmp),
            format!(
                "rlimits: address space {} bytes, file size {}, open files {}",
                self.rlimit_as, self.rlimit_fsize, self.rlimit_nofile
            ),
        ]
    }

    /// A layer reported applied must also hold from inside: marks the layers the probe
    /// contradicts as not active, saying why.
    fn confirm(&self, layers: &mut [LayerReport], memory_mb: u64) {
        let denied = |op: &str| op == "denied";
        let mut contradict = |layer: Layer, ok: bool, why: &str| {
            if let Some(l) = layers.iter_mut().find(|l| l.layer == layer)
                && l.active
                && !ok
            {
                l.active = false;
                l.detail = format!("applied, but {why}");
            }
        };
        let expected_as = (memory_mb as i64).saturating_mul(1 << 20);
        contradict(
            Layer::Rlimits,
            self.rlimit_as == expected_as && self.rlimit_fsize == 0,
            "the worker's limits differ",
        );
        contradict(
            Layer::UidDrop,
            unsafe { libc::geteuid() } != 0 || self.uid == i64::from(super::layers::NOBODY),
            "the worker still runs as root",
        );
        contradict(
            Layer::Landlock,
            denied(&self.read_etc) && denied(&self.write_tmp) && denied(&self.read_proc),
            "the worker can read /etc or /proc or write /tmp",
        );
        contradict(
            Layer::Seccomp,
            denied(&self.socket) && denied(&self.fork) && denied(&self.kill_parent),
            "the worker can open a socket, fork or signal its parent",
        );
        contradict(
            Layer::EmptyEnvironment,
            self.env.is_empty(),
            "the worker sees environment variables",
        );
    }
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

    /// The probe reads the worker's reply by field; a layer it contradicts is not active.
    #[test]
    fn the_probe_confirms_or_contradicts_the_layers() {
        let reply = serde_json::json!({
            "uid": 65534, "gid": 65534, "env": ["HOME"], "socket": "denied", "fork": "denied",
            "kill_parent": "allowed", "read_etc": "denied", "read_proc": "denied",
            "write_tmp": "denied", "rlimit_as": 1024_i64 << 20, "rlimit_fsize": 0,
        });
        let probe = WorkerProbe::deserialize(reply).unwrap();
        let checks = probe.checks();
        assert_eq!(checks[0], "uid 65534 gid 65534");
        assert_eq!(checks[1], "environment: HOME");
        assert_eq!(checks[4], "signal to the parent: allowed");
        assert_eq!(
            checks[8],
            "rlimits: address space 1073741824 bytes, file size 0, open files -1"
        );
        let mut layers: Vec<LayerReport> = Layer::ALL
            .into_iter()
            .map(|layer| LayerReport {
                layer,
                active: true,
                detail: "applied".into(),
            })
            .collect();
        probe.confirm(&mut layers, 1024);
        let missing: Vec<(Layer, &str)> = layers
            .iter()
            .filter(|l| !l.active)
            .map(|l| (l.layer, l.detail.as_str()))
            .collect();
        assert_eq!(
            missing,
            [
                (
                    Layer::Seccomp,
                    "applied, but the worker can open a socket, fork or signal its parent"
                ),
                (
                    Layer::EmptyEnvironment,
                    "applied, but the worker sees environment variables"
                ),
            ]
        );
        let empty = WorkerProbe::deserialize(serde_json::json!({})).unwrap();
        assert_eq!(empty.checks()[2], "socket(): ?");
    }
}
