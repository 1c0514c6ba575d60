//! `[sandbox]` settings and locating the interpreter.

use std::fs;
use std::io::Read;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::SandboxError;

/// The interpreter tried first when `sandbox.python` is not set.
pub(crate) const DEFAULT_PYTHON: &str = "/usr/bin/python3.11";

/// Which isolation layers workers get.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Layers {
    /// Every layer the host supports (the default).
    #[default]
    All,
    /// No rlimits, network namespace, uid drop, Landlock or seccomp: for measuring their
    /// overhead in benchmarks only. Never for programs you did not write; `strict` refuses it.
    UnsafeNone,
}

/// Settings of the sandboxed worker pool (`[sandbox]` in the run config).
///
/// ```
/// use elmer::sandbox::SandboxConfig;
/// let config: SandboxConfig = serde_json::from_str(r#"{"timeout_s": 0.5}"#).unwrap();
/// assert_eq!(config.memory_mb, 1024);
/// assert!(config.validate().is_ok());
/// ```
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct SandboxConfig {
    /// Path of the Python interpreter, 3.8 or newer; symlinks are resolved and the target must
    /// be an ELF binary (a pyenv shim is a shell script and is refused) (default: unset, meaning
    /// `/usr/bin/python3.11` if it exists, else `python3` found on `PATH`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub python: Option<PathBuf>,
    /// Number of worker processes, at least 1 (default: unset, meaning the number of CPUs).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub workers: Option<usize>,
    /// Seconds (wall clock) a program may run, in (0, 3600]: then the worker interrupts it, and
    /// the watchdog kills the worker 1 s later if it did not stop (default: 2.0).
    pub timeout_s: f64,
    /// Address-space limit of a worker in MiB, at least 128 (default: 1024).
    pub memory_mb: u64,
    /// Refuse to run unless every layer is active (default: false: missing layers are reported
    /// by `elmer doctor` and a warning, and the rest still apply).
    pub strict: bool,
    /// Mixed into every program's `random` seed; stored in the run (default: 0).
    pub random_salt: u64,
    /// Largest reply accepted from a worker in bytes, at least 4096; a longer one kills the
    /// worker (default: 1048576).
    pub max_reply_bytes: usize,
    /// A worker is replaced after this many programs, at least 1 (default: 5000).
    pub max_programs_per_worker: u64,
    /// Which layers to apply: `all`, or `unsafe_none` for benchmarks only (default: `all`).
    pub layers: Layers,
}

impl Default for SandboxConfig {
    fn default() -> Self {
        SandboxConfig {
            python: None,
            workers: None,
            timeout_s: 2.0,
            memory_mb: 1024,
            strict: false,
            random_salt: 0,
            max_reply_bytes: 1 << 20,
            max_programs_per_worker: 5000,
            layers: Layers::All,
        }
    }
}

impl SandboxConfig {
    /// The number of workers: `workers`, or the number of CPUs.
    pub fn worker_count(&self) -> usize {
        self.workers.unwrap_or_else(|| {
            std::thread::available_parallelism()
                .map(|n| n.get())
                .unwrap_or(1)
        })
    }

    /// Checks every field's range; the error names the field and the valid range.
    pub fn validate(&self) -> Result<(), SandboxError> {
        let err = |field, message: String| Err(SandboxError::Config { field, message });
        if !(self.timeout_s.is_finite() && self.timeout_s > 0.0 && self.timeout_s <= 3600.0) {
            return err(
                "timeout_s",
                format!(
                    "must be in (0, 3600] seconds, got {} (default 2.0)",
                    crate::number::Num(self.timeout_s)
                ),
            );
        }
        if self.memory_mb < 128 {
            return err(
                "memory_mb",
                format!(
                    "must be at least 128 MiB, got {} (default 1024)",
                    self.memory_mb
                ),
            );
        }
        if self.workers == Some(0) {
            return err(
                "workers",
                "must be at least 1 (leave it unset for one per CPU)".into(),
            );
        }
        if self.max_reply_bytes < 4096 {
            return err(
                "max_reply_bytes",
                format!(
                    "must be at least 4096, got {} (default 1048576)",
                    self.max_reply_bytes
                ),
            );
        }
        if self.max_programs_per_worker == 0 {
            return err(
                "max_programs_per_worker",
                "must be at least 1 (default 5000)".into(),
            );
        }
        if self.strict && self.layers == Layers::UnsafeNone {
            return err(
                "layers",
                "unsafe_none (benchmarks only) cannot be combined with sandbox.strict = true"
                    .into(),
            );
        }
        Ok(())
    }

    /// The interpreter to run: `python` if set, else [`DEFAULT_PYTHON`] if it exists, else
    /// `python3` on `PATH`; resolved through symlinks and checked to be an executable ELF file.
    pub fn resolve_python(&self) -> Result<PathBuf, SandboxError> {
        if let Some(p) = &self.python {
            return check_python(p);
        }
        if Path::new(DEFAULT_PYTHON).exists() {
            return check_python(Path::new(DEFAULT_PYTHON));
        }
        let path = std::env::var_os("PATH").unwrap_or_default();
        for dir in std::env::split_paths(&path) {
            let candidate = dir.join("python3");
            if candidate.is_file() {
                return check_python(&candidate);
            }
        }
        Err(SandboxError::PythonNotFound {
            tried: format!("{DEFAULT_PYTHON} and python3 on PATH"),
        })
    }
}

/// Resolves symlinks and checks that `path` is an executable ELF file.
fn check_python(path: &Path) -> Result<PathBuf, SandboxError> {
    let unusable = |reason: String| SandboxError::PythonUnusable {
        path: path.display().to_string(),
        reason,
    };
    let real = fs::canonicalize(path).map_err(|e| {
        unusable(format!(
            "{e} (set sandbox.python to an existing interpreter)"
        ))
    })?;
    let meta = fs::metadata(&real).map_err(|e| unusable(e.to_string()))?;
    if !meta.is_file() || meta.permissions().mode() & 0o111 == 0 {
        return Err(unusable(format!(
            "{} is not an executable file",
            real.display()
        )));
    }
    let mut magic = [0u8; 4];
    let read = fs::File::open(&real).and_then(|mut f| f.read_exact(&mut magic));
    if read.is_err() || magic != *b"\x7fELF" {
        let what = if magic.starts_with(b"#!") {
            "a script (a pyenv shim?), not the interpreter binary"
        } else {
            "not an ELF binary"
        };
        return Err(unusable(format!(
            "{} is {what}; set sandbox.python to the real interpreter, e.g. /usr/bin/python3.11 or `readlink -f $(pyenv which python3)`",
            real.display()
        )));
    }
    Ok(real)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_validate() {
        assert!(SandboxConfig::default().validate().is_ok());
    }

    #[test]
    fn unknown_fields_are_rejected() {
        let e = serde_json::from_str::<SandboxConfig>(r#"{"timeout": 1}"#).unwrap_err();
        assert!(e.to_string().contains("unknown field `timeout`"), "{e}");
    }

    #[test]
    fn ranges_name_the_field() {
        let c = SandboxConfig {
            timeout_s: -1.0,
            ..Default::default()
        };
        assert!(
            c.validate()
                .unwrap_err()
                .to_string()
                .starts_with("sandbox.timeout_s")
        );
        let c = SandboxConfig {
            strict: true,
            layers: Layers::UnsafeNone,
            ..Default::default()
        };
        assert!(
            c.validate()
                .unwrap_err()
                .to_string()
                .starts_with("sandbox.layers")
        );
    }

    #[test]
    fn a_shell_script_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let shim = dir.path().join("python3");
        fs::write(&shim, "#!/usr/bin/env bash\nexec python3 \"$@\"\n").unwrap();
        fs::set_permissions(&shim, fs::Permissions::from_mode(0o755)).unwrap();
        let c = SandboxConfig {
            python: Some(shim),
            ..Default::default()
        };
        let e = c.resolve_python().unwrap_err().to_string();
        assert!(e.contains("a script (a pyenv shim?)"), "{e}");
    }
}
