//! One worker process: spawning it inside the layers, and its line protocol with deadlines.

use std::io;
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd, RawFd};
use std::os::unix::process::{CommandExt, ExitStatusExt};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::time::{Duration, Instant};

use super::SandboxError;
use super::layers::{ChildState, Plan, decode_status};

/// How long a worker may take to start and report ready.
pub(crate) const STARTUP_TIMEOUT: Duration = Duration::from_secs(30);
/// Bytes of a worker's stderr kept for error messages (the most recent ones).
const STDERR_TAIL: usize = 4096;
/// Read size.
const CHUNK: usize = 64 * 1024;

/// Why an exchange with a worker failed.
#[derive(Debug)]
pub(crate) enum Fault {
    /// No complete reply before the deadline.
    Timeout,
    /// The worker closed its reply channel (it died or exited).
    Closed,
    /// The reply grew past the size cap.
    TooLong,
    /// A system call failed.
    Io(io::Error),
}

/// A live worker process.
pub(crate) struct Worker {
    child: Child,
    stdin: OwnedFd,
    reply: OwnedFd,
    stderr: Option<OwnedFd>,
    buf: Vec<u8>,
    stderr_tail: Vec<u8>,
    /// Programs run so far.
    pub(crate) programs: u64,
    /// Wall time spent in requests (an upper bound of its CPU time).
    pub(crate) busy: Duration,
    /// What the child did with each layer.
    pub(crate) layers: [ChildState; 5],
    /// The Python version it reported.
    pub(crate) python: String,
}

fn pipe() -> io::Result<(OwnedFd, OwnedFd)> {
    let mut fds = [0 as RawFd; 2];
    // SAFETY: pipe2 writes two fds into the array, which we then own.
    if unsafe { libc::pipe2(fds.as_mut_ptr(), libc::O_CLOEXEC) } != 0 {
        return Err(io::Error::last_os_error());
    }
    Ok(unsafe { (OwnedFd::from_raw_fd(fds[0]), OwnedFd::from_raw_fd(fds[1])) })
}

/// A duplicate of `fd` numbered 10 or above (close-on-exec): the child rearranges fds 0-3, so
/// the fds it still needs must not collide with them.
pub(crate) fn high_fd(fd: OwnedFd) -> io::Result<OwnedFd> {
    if fd.as_raw_fd() >= 10 {
        return Ok(fd);
    }
    // SAFETY: F_DUPFD_CLOEXEC returns a new fd that we then own.
    let new = unsafe { libc::fcntl(fd.as_raw_fd(), libc::F_DUPFD_CLOEXEC, 10) };
    if new < 0 {
        return Err(io::Error::last_os_error());
    }
    Ok(unsafe { OwnedFd::from_raw_fd(new) })
}

fn set_nonblocking(fd: &OwnedFd) -> io::Result<()> {
    // SAFETY: fcntl on an fd we own.
    unsafe {
        let flags = libc::fcntl(fd.as_raw_fd(), libc::F_GETFL);
        if flags < 0 || libc::fcntl(fd.as_raw_fd(), libc::F_SETFL, flags | libc::O_NONBLOCK) < 0 {
            return Err(io::Error::last_os_error());
        }
    }
    Ok(())
}

fn read_fd(fd: &OwnedFd, buf: &mut [u8]) -> io::Result<usize> {
    // SAFETY: reads into a buffer we own, of the given length.
    let n = unsafe { libc::read(fd.as_raw_fd(), buf.as_mut_ptr().cast(), buf.len()) };
    if n < 0 {
        Err(io::Error::last_os_error())
    } else {
        Ok(n as usize)
    }
}

/// Reads a blocking fd to its end (the child's status record).
fn read_to_end(fd: &OwnedFd) -> Vec<u8> {
    let mut out = Vec::new();
    let mut chunk = [0u8; 256];
    loop {
        match read_fd(fd, &mut chunk) {
            Ok(0) => break,
            Ok(n) => out.extend_from_slice(&chunk[..n]),
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(_) => break,
        }
    }
    out
}

/// "signal 9 (SIGKILL)" or "exit code 3".
pub(crate) fn describe_status(status: ExitStatus) -> String {
    if let Some(sig) = status.signal() {
        let name = match sig {
            libc::SIGKILL => " (SIGKILL)",
            libc::SIGSEGV => " (SIGSEGV: a crash, e.g. C stack overflow)",
            libc::SIGABRT => " (SIGABRT)",
            libc::SIGBUS => " (SIGBUS)",
            libc::SIGSYS => " (SIGSYS: a forbidden system call)",
            libc::SIGXCPU => " (SIGXCPU: the worker's CPU limit)",
            libc::SIGXFSZ => " (SIGXFSZ: a file write)",
            _ => "",
        };
        format!("killed by signal {sig}{name}")
    } else {
        format!("exit code {}", status.code().unwrap_or(-1))
    }
}

impl Worker {
    /// Starts a worker inside the layers of `plan`, sends it `boot` and waits until it is ready.
    pub(crate) fn spawn(
        plan: &Plan,
        python: &std::path::Path,
        boot: &[u8],
        strict: bool,
    ) -> Result<Worker, SandboxError> {
        let spawn_err = |message: String| SandboxError::Spawn { message };
        let pipes = pipe()
            .and_then(|(r, w)| Ok((r, high_fd(w)?)))
            .and_then(|reply| Ok((reply, pipe()?)))
            .and_then(|(reply, (r, w))| Ok((reply, (r, high_fd(w)?))));
        let ((reply_r, reply_w), (status_r, status_w)) =
            pipes.map_err(|e| spawn_err(format!("pipe: {e}")))?;
        let mut child_plan = plan.child(reply_w.as_raw_fd(), status_w.as_raw_fd());
        let mut cmd = Command::new(python);
        cmd.env_clear()
            .current_dir("/")
            // Its own process group: a Ctrl-C at the terminal goes to elmer's group only, so
            // the generation in progress finishes with its workers intact.
            .process_group(0)
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .stderr(Stdio::piped());
        // SAFETY: `apply` only makes async-signal-safe system calls on data prepared before the
        // fork (see layers.rs), then execs.
        unsafe {
            cmd.pre_exec(move || child_plan.apply());
        }
        let spawned = cmd.spawn();
        drop(cmd);
        drop(reply_w);
        drop(status_w);
        let status = read_to_end(&status_r);
        let layers = decode_status(&status);
        let mut child = match spawned {
            Ok(c) => c,
            Err(e) => {
                let failed: Vec<String> = layers
                    .map(|states| {
                        super::layers::CHILD_LAYERS
                            .iter()
                            .zip(states)
                            .filter_map(|(l, s)| match s {
                                ChildState::Failed(errno) => {
                                    Some(format!("{l} ({})", io::Error::from_raw_os_error(errno)))
                                }
                                _ => None,
                            })
                            .collect()
                    })
                    .unwrap_or_default();
                if strict && !failed.is_empty() {
                    return Err(SandboxError::LayersMissing {
                        missing: failed.join(", "),
                    });
                }
                return Err(spawn_err(format!("{}: {e}", python.display())));
            }
        };
        let layers = layers.unwrap_or([ChildState::Skipped; 5]);
        let (Some(stdin), Some(stderr)) = (child.stdin.take(), child.stderr.take()) else {
            let _ = child.kill();
            let _ = child.wait();
            return Err(spawn_err("the worker's pipes were not created".into()));
        };
        let stdin = OwnedFd::from(stdin);
        let stderr = OwnedFd::from(stderr);
        for fd in [&stdin, &reply_r, &stderr] {
            set_nonblocking(fd).map_err(|e| spawn_err(format!("fcntl: {e}")))?;
        }
        let mut worker = Worker {
            child,
            stdin,
            reply: reply_r,
            stderr: Some(stderr),
            buf: Vec::new(),
            stderr_tail: Vec::new(),
            programs: 0,
            busy: Duration::ZERO,
            layers,
            python: String::new(),
        };
        let deadline = Instant::now() + STARTUP_TIMEOUT;
        let line = match worker.exchange(boot, deadline, 1 << 20) {
            Ok(line) => line,
            Err(fault) => {
                let why = match fault {
                    Fault::Timeout => format!("not ready after {} s", STARTUP_TIMEOUT.as_secs()),
                    Fault::Closed => format!("it exited during start-up ({})", worker.kill()),
                    Fault::TooLong => "its start-up reply was too long".into(),
                    Fault::Io(e) => e.to_string(),
                };
                worker.kill();
                return Err(spawn_err(format!("{why}{}", worker.stderr_text())));
            }
        };
        #[derive(serde::Deserialize)]
        struct Ready {
            ready: bool,
            #[serde(default)]
            python: String,
            #[serde(default)]
            error: String,
        }
        match serde_json::from_slice::<Ready>(&line) {
            Ok(r) if r.ready => {
                worker.python = r.python;
                Ok(worker)
            }
            Ok(r) => Err(spawn_err(format!(
                "the worker failed to start: {}{}",
                r.error,
                worker.stderr_text()
            ))),
            Err(e) => Err(spawn_err(format!(
                "unexpected start-up reply ({e}){}",
                worker.stderr_text()
            ))),
        }
    }

    /// The worker's pid.
    pub(crate) fn pid(&self) -> u32 {
        self.child.id()
    }

    /// "; stderr: ..." with the tail of the worker's stderr, or nothing.
    pub(crate) fn stderr_text(&self) -> String {
        let text = String::from_utf8_lossy(&self.stderr_tail);
        let text = text.trim();
        if text.is_empty() {
            String::new()
        } else {
            format!("; worker stderr: {text}")
        }
    }

    /// Writes `request` and reads one reply line (without the newline), both before `deadline`;
    /// the line may be at most `cap` bytes. Drains stderr meanwhile.
    pub(crate) fn exchange(
        &mut self,
        request: &[u8],
        deadline: Instant,
        cap: usize,
    ) -> Result<Vec<u8>, Fault> {
        self.stderr_tail.clear();
        let mut written = 0;
        while written < request.len() {
            // SAFETY: writes from a slice we own to an fd we own.
            let n = unsafe {
                libc::write(
                    self.stdin.as_raw_fd(),
                    request[written..].as_ptr().cast(),
                    request.len() - written,
                )
            };
            if n >= 0 {
                written += n as usize;
                continue;
            }
            let e = io::Error::last_os_error();
            match e.raw_os_error() {
                Some(libc::EAGAIN) => self.wait(libc::POLLOUT, deadline)?,
                Some(libc::EINTR) => {}
                Some(libc::EPIPE) => return Err(Fault::Closed),
                _ => return Err(Fault::Io(e)),
            }
        }
        loop {
            if let Some(end) = self.buf.iter().position(|&b| b == b'\n') {
                if end > cap {
                    return Err(Fault::TooLong);
                }
                let mut line: Vec<u8> = self.buf.drain(..=end).collect();
                line.pop();
                return Ok(line);
            }
            if self.buf.len() > cap {
                return Err(Fault::TooLong);
            }
            let start = self.buf.len();
            self.buf.resize(start + CHUNK, 0);
            let r = read_fd(&self.reply, &mut self.buf[start..]);
            match r {
                Ok(0) => {
                    self.buf.truncate(start);
                    return Err(Fault::Closed);
                }
                Ok(n) => self.buf.truncate(start + n),
                Err(e) => {
                    self.buf.truncate(start);
                    match e.raw_os_error() {
                        Some(libc::EAGAIN) => self.wait(libc::POLLIN, deadline)?,
                        Some(libc::EINTR) => {}
                        _ => return Err(Fault::Io(e)),
                    }
                }
            }
        }
    }

    /// Waits until the request or reply fd is ready for `events`, draining stderr.
    fn wait(&mut self, events: libc::c_short, deadline: Instant) -> Result<(), Fault> {
        loop {
            let now = Instant::now();
            if now >= deadline {
                return Err(Fault::Timeout);
            }
            let ms = (deadline - now).as_millis().clamp(1, i32::MAX as u128) as libc::c_int;
            let main = if events == libc::POLLOUT {
                &self.stdin
            } else {
                &self.reply
            };
            let mut fds = [
                libc::pollfd {
                    fd: main.as_raw_fd(),
                    events,
                    revents: 0,
                },
                libc::pollfd {
                    fd: self.stderr.as_ref().map_or(-1, |f| f.as_raw_fd()),
                    events: libc::POLLIN,
                    revents: 0,
                },
            ];
            // SAFETY: polls two pollfd structs we own.
            let n = unsafe { libc::poll(fds.as_mut_ptr(), 2, ms) };
            if n < 0 {
                let e = io::Error::last_os_error();
                if e.raw_os_error() == Some(libc::EINTR) {
                    continue;
                }
                return Err(Fault::Io(e));
            }
            if fds[1].revents != 0 {
                self.drain_stderr();
            }
            if fds[0].revents != 0 {
                return Ok(());
            }
        }
    }

    fn drain_stderr(&mut self) {
        let Some(fd) = &self.stderr else { return };
        let mut chunk = [0u8; 4096];
        loop {
            match read_fd(fd, &mut chunk) {
                Ok(0) => {
                    self.stderr = None;
                    return;
                }
                Ok(n) => {
                    self.stderr_tail.extend_from_slice(&chunk[..n]);
                    if self.stderr_tail.len() > STDERR_TAIL {
                        let cut = self.stderr_tail.len() - STDERR_TAIL;
                        self.stderr_tail.drain(..cut);
                    }
                }
                Err(e) if e.raw_os_error() == Some(libc::EINTR) => {}
                Err(_) => return,
            }
        }
    }

    /// SIGKILLs the worker (if still running), reaps it and describes how it ended.
    pub(crate) fn kill(&mut self) -> String {
        let _ = self.child.kill();
        match self.child.wait() {
            Ok(status) => {
                self.drain_stderr();
                describe_status(status)
            }
            Err(e) => format!("could not be reaped: {e}"),
        }
    }
}

impl Drop for Worker {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
