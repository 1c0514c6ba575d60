//! A llama-server of our own, with the base model and a LoRA adapter, stopped on drop.

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use super::{BootstrapError, SERVED_MODEL, io};

/// How long the server may take to load the model and answer `/v1/models`.
const START_TIMEOUT: Duration = Duration::from_secs(300);

/// A llama-server process serving `base` with `--lora adapter` on a free local port, as
/// `scripts/local-llm start --lora` does (one thread, two slots of 4096 tokens); killed when
/// dropped.
pub struct LlamaServer {
    child: Child,
    port: u16,
    log: PathBuf,
}

impl LlamaServer {
    /// Starts `server` and waits until it answers (or exits, or [`START_TIMEOUT`]).
    pub fn start(
        server: &Path,
        base: &Path,
        adapter: Option<&Path>,
        log: &Path,
    ) -> Result<LlamaServer, BootstrapError> {
        let fail = |message: String| BootstrapError::Server {
            message,
            log: log.to_path_buf(),
        };
        // A free port: bind port 0, read it, release it for the server.
        let port = TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .map_err(|e| fail(format!("no free local port: {e}")))?
            .port();
        let log_file = std::fs::File::create(log).map_err(io(log))?;
        let err_file = log_file.try_clone().map_err(io(log))?;
        let mut cmd = Command::new(server);
        cmd.arg("-m").arg(base);
        if let Some(a) = adapter {
            cmd.arg("--lora").arg(a);
        }
        // The server is the only job while it runs (sampling, or the pipeline test): every core.
        let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
        cmd.args(["--host", "127.0.0.1", "--port", &port.to_string()])
            .args(["-t", &threads.to_string(), "-np", "2", "-c", "8192"])
            .args(["--alias", SERVED_MODEL])
            .stdin(Stdio::null())
            .stdout(log_file)
            .stderr(err_file);
        let child = cmd
            .spawn()
            .map_err(|e| fail(format!("cannot start {}: {e}", server.display())))?;
        let mut s = LlamaServer {
            child,
            port,
            log: log.to_path_buf(),
        };
        let deadline = Instant::now() + START_TIMEOUT;
        loop {
            if let Ok(Some(status)) = s.child.try_wait() {
                return Err(fail(format!("exited during start-up ({status})")));
            }
            if s.ready() {
                return Ok(s);
            }
            if Instant::now() > deadline {
                return Err(fail(format!(
                    "did not answer /v1/models within {} s",
                    START_TIMEOUT.as_secs()
                )));
            }
            std::thread::sleep(Duration::from_millis(500));
        }
    }

    /// The OpenAI-compatible base URL.
    pub fn base_url(&self) -> String {
        format!("http://127.0.0.1:{}/v1", self.port)
    }

    /// The server's log.
    pub fn log(&self) -> &Path {
        &self.log
    }

    /// True when `GET /v1/models` answers 200.
    fn ready(&self) -> bool {
        let Ok(mut c) = TcpStream::connect(("127.0.0.1", self.port)) else {
            return false;
        };
        let _ = c.set_read_timeout(Some(Duration::from_secs(5)));
        let req = format!(
            "GET /v1/models HTTP/1.0\r\nHost: 127.0.0.1:{}\r\n\r\n",
            self.port
        );
        if c.write_all(req.as_bytes()).is_err() {
            return false;
        }
        let mut head = [0u8; 12];
        c.read_exact(&mut head).is_ok() && head.ends_with(b"200")
    }
}

impl Drop for LlamaServer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
