//! The trainer's venv: made on first use from the pinned lock, checked at every start.

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use super::{BootstrapError, io, tail_lines};

/// The trainer (train/elmer_train.py), embedded so `elmer` works from any folder.
pub const TRAINER_PY: &str = include_str!("../../train/elmer_train.py");

/// Every package of the venv, pinned (train/requirements.lock).
pub const LOCK: &str = include_str!("../../train/requirements.lock");

/// Disk the installed venv takes: 5.6 GiB measured on 2026-12-06 (torch 2.15's CUDA build
/// with its nvidia wheels, which PyPI serves for Linux x86_64; it runs on CPU).
pub const VENV_DISK_BYTES: u64 = 6_000_000_000;

/// Free disk the install needs: the venv plus the downloaded wheels pip unpacks from (its
/// temporary folder is put inside the new venv's folder, so one disk is checked).
pub const VENV_FREE_BYTES: u64 = 10_000_000_000;

/// The trainer in its venv.
#[derive(Clone, Debug)]
pub struct Trainer {
    /// The venv folder (default `$ELMER_CACHE/venv-train`, or `ELMER_TRAIN_VENV`).
    pub venv: PathBuf,
}

/// What [`Trainer::ensure`] did.
#[derive(Clone, Debug, PartialEq)]
pub enum VenvState {
    /// The venv was there and matched the pins.
    Ready,
    /// It was installed now; its size in bytes.
    Installed(u64),
}

impl Trainer {
    /// The venv's interpreter.
    pub fn python(&self) -> PathBuf {
        self.venv.join("bin").join("python")
    }

    /// The trainer script inside the venv (written from [`TRAINER_PY`]).
    pub fn script(&self) -> PathBuf {
        self.venv.join("elmer").join("elmer_train.py")
    }

    fn lock_file(&self) -> PathBuf {
        self.venv.join("elmer").join("requirements.lock")
    }

    /// Writes the embedded trainer and lock into the venv (when they differ).
    fn write_files(&self) -> Result<(), BootstrapError> {
        let dir = self.venv.join("elmer");
        std::fs::create_dir_all(&dir).map_err(io(&dir))?;
        for (path, text) in [(self.script(), TRAINER_PY), (self.lock_file(), LOCK)] {
            if std::fs::read_to_string(&path).ok().as_deref() != Some(text) {
                std::fs::write(&path, text).map_err(io(&path))?;
            }
        }
        Ok(())
    }

    /// The packages that differ from the pins (`name: want X, got Y`); `None` when the venv
    /// has no working interpreter.
    pub fn mismatches(&self) -> Option<Vec<String>> {
        if !self.python().is_file() || self.write_files().is_err() {
            return None;
        }
        let out = Command::new(self.python())
            .arg(self.script())
            .arg("check")
            .arg(self.lock_file())
            .stderr(Stdio::null())
            .output()
            .ok()?;
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).ok()?;
        let wrong = v.get("wrong")?.as_array()?;
        Some(
            wrong
                .iter()
                .map(|w| {
                    let s = |k: &str| w.get(k).and_then(|x| x.as_str()).unwrap_or("none");
                    format!("{}: want {}, got {}", s("package"), s("want"), s("got"))
                })
                .collect(),
        )
    }

    /// Makes sure the venv exists and matches the pins, installing it when not. `python` is
    /// the interpreter the venv is made with; `say` gets one line per notable event (the
    /// install's messages, pip's progress lines).
    pub fn ensure(
        &self,
        python: &Path,
        say: &mut dyn FnMut(&str),
    ) -> Result<VenvState, BootstrapError> {
        match self.mismatches() {
            Some(w) if w.is_empty() => return Ok(VenvState::Ready),
            Some(w) => say(&format!(
                "the trainer's venv {} does not match the pins ({}); reinstalling",
                self.venv.display(),
                w.join("; ")
            )),
            None => {}
        }
        self.install(python, say)
    }

    fn install(
        &self,
        python: &Path,
        say: &mut dyn FnMut(&str),
    ) -> Result<VenvState, BootstrapError> {
        let parent = self
            .venv
            .parent()
            .map_or_else(|| PathBuf::from("."), Path::to_path_buf);
        std::fs::create_dir_all(&parent).map_err(io(&parent))?;
        let free = free_bytes(&parent).map_err(io(&parent))?;
        if free < VENV_FREE_BYTES {
            return Err(BootstrapError::NoSpace {
                dir: parent,
                free_mb: free / 1_000_000,
                need_mb: VENV_FREE_BYTES / 1_000_000,
                disk_mb: VENV_DISK_BYTES / 1_000_000,
            });
        }
        say(&format!(
            "first use: installing the trainer's venv (torch, transformers, peft; pinned in \
             train/requirements.lock) into {}: about {:.1} GB on disk, {:.1} GB free needed \
             while installing; a few minutes on a fast network",
            self.venv.display(),
            VENV_DISK_BYTES as f64 / 1e9,
            VENV_FREE_BYTES as f64 / 1e9
        ));
        let partial = self.venv.with_extension("partial");
        let _ = std::fs::remove_dir_all(&partial);
        let result = self.install_into(python, &partial, say);
        if result.is_err() {
            let _ = std::fs::remove_dir_all(&partial);
        }
        let size = result?;
        if self.venv.exists() {
            std::fs::remove_dir_all(&self.venv).map_err(io(&self.venv))?;
        }
        std::fs::rename(&partial, &self.venv).map_err(io(&self.venv))?;
        // The venv's interpreter finds its packages through pyvenv.cfg next to bin/, so the
        // renamed folder works; check that it does.
        match self.mismatches() {
            Some(w) if w.is_empty() => {}
            other => {
                return Err(BootstrapError::Venv {
                    dir: self.venv.clone(),
                    message: format!("after install the pins do not match: {other:?}"),
                });
            }
        }
        say(&format!(
            "installed the trainer's venv: {:.2} GB in {}",
            size as f64 / 1e9,
            self.venv.display()
        ));
        Ok(VenvState::Installed(size))
    }

    fn install_into(
        &self,
        python: &Path,
        dir: &Path,
        say: &mut dyn FnMut(&str),
    ) -> Result<u64, BootstrapError> {
        let fail = |message: String| BootstrapError::Venv {
            dir: dir.to_path_buf(),
            message,
        };
        let status = Command::new(python)
            .args(["-m", "venv"])
            .arg(dir)
            .status()
            .map_err(|e| fail(format!("{} -m venv: {e}", python.display())))?;
        if !status.success() {
            return Err(fail(format!(
                "{} -m venv failed ({status})",
                python.display()
            )));
        }
        let staged = Trainer {
            venv: dir.to_path_buf(),
        };
        staged.write_files()?;
        let tmp = dir.join("tmp");
        std::fs::create_dir_all(&tmp).map_err(io(&tmp))?;
        let log = dir.join("install.log");
        let log_file = std::fs::File::create(&log).map_err(io(&log))?;
        let mut child = Command::new(staged.python())
            .args(["-m", "pip", "install", "--no-deps", "--no-cache-dir"])
            .args(["--disable-pip-version-check", "--progress-bar", "off", "-r"])
            .arg(staged.lock_file())
            .env("TMPDIR", &tmp)
            .stdout(Stdio::piped())
            .stderr(log_file)
            .spawn()
            .map_err(|e| fail(format!("pip: {e}")))?;
        let mut tail: Vec<String> = Vec::new();
        if let Some(out) = child.stdout.take() {
            for line in BufReader::new(out).lines().map_while(Result::ok) {
                if line.starts_with("Collecting") || line.starts_with("Installing") {
                    say(line.trim());
                }
                tail.push(line);
                if tail.len() > 8 {
                    tail.remove(0);
                }
            }
        }
        let status = child.wait().map_err(|e| fail(format!("pip: {e}")))?;
        if !status.success() {
            let err = std::fs::read_to_string(&log).unwrap_or_default();
            let text = format!("{}\n{}", tail.join("\n"), tail_lines(&err, 8));
            if text.contains("No space left on device") {
                let parent = dir.parent().unwrap_or(dir).to_path_buf();
                return Err(BootstrapError::NoSpace {
                    free_mb: free_bytes(&parent).unwrap_or(0) / 1_000_000,
                    dir: parent,
                    need_mb: VENV_FREE_BYTES / 1_000_000,
                    disk_mb: VENV_DISK_BYTES / 1_000_000,
                });
            }
            return Err(fail(format!("pip install failed ({status}):\n{text}")));
        }
        std::fs::remove_dir_all(&tmp).map_err(io(&tmp))?;
        Ok(dir_size(dir))
    }
}

/// Free bytes for an unprivileged user on the file system holding `dir`.
fn free_bytes(dir: &Path) -> std::io::Result<u64> {
    use std::os::unix::ffi::OsStrExt;
    let c = std::ffi::CString::new(dir.as_os_str().as_bytes())
        .map_err(|e| std::io::Error::new(std::io::ErrorKind::InvalidInput, e))?;
    // SAFETY: `c` is a valid NUL-terminated path and `st` a properly sized out-parameter.
    let mut st: libc::statvfs = unsafe { std::mem::zeroed() };
    if unsafe { libc::statvfs(c.as_ptr(), &mut st) } != 0 {
        return Err(std::io::Error::last_os_error());
    }
    Ok(st.f_bavail as u64 * st.f_frsize as u64)
}

/// Bytes of the regular files under `dir` (links not followed).
pub(crate) fn dir_size(dir: &Path) -> u64 {
    let mut total = 0;
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&d) else {
            continue;
        };
        for e in entries.flatten() {
            match e.file_type() {
                Ok(t) if t.is_dir() => stack.push(e.path()),
                Ok(t) if t.is_file() => total += e.metadata().map_or(0, |m| m.len()),
                _ => {}
            }
        }
    }
    total
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lock_pins_every_line_and_names_the_trainer_packages() {
        let pins: Vec<&str> = LOCK
            .lines()
            .map(|l| l.split('#').next().unwrap_or("").trim())
            .filter(|l| !l.is_empty())
            .collect();
        assert!(
            pins.iter().all(|l| l.split_once("==").is_some()),
            "{pins:?}"
        );
        for p in [
            "torch==",
            "transformers==",
            "peft==",
            "gguf==",
            "safetensors==",
        ] {
            assert!(pins.iter().any(|l| l.starts_with(p)), "{p} not pinned");
        }
    }

    #[test]
    fn free_bytes_of_a_real_folder_is_positive() {
        assert!(free_bytes(Path::new(".")).unwrap() > 0);
        assert!(free_bytes(Path::new("/no/such/dir")).is_err());
    }
}
