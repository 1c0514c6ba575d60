//! An OpenAI-compatible HTTP server that misbehaves on purpose, for the LLM operator's fault
//! tests. Plain threads and HTTP/1.1 with `Connection: close`, so one request is one
//! connection and the count of open connections is the count of requests in flight.

use std::collections::VecDeque;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Condvar, Mutex};
use std::time::Duration;

use serde_json::{Value, json};

/// What the server does with one request.
#[derive(Clone, Debug)]
pub enum Behaviour {
    /// 200 with a chat completion whose content is this text.
    Reply(String),
    /// This status, with a Retry-After header if given, and this body.
    Status(u16, Option<&'static str>, &'static str),
    /// 200 with this raw body.
    Raw(&'static str),
    /// Wait this long, then behave as the inner one.
    Slow(Duration, Box<Behaviour>),
}

/// A request as the server saw it.
#[derive(Clone, Debug)]
pub struct Seen {
    /// The request line's path.
    pub path: String,
    /// The Authorization header, if any.
    pub authorization: Option<String>,
    /// The JSON body.
    pub body: Value,
}

#[derive(Default)]
struct State {
    script: Mutex<VecDeque<Behaviour>>,
    fallback: Mutex<Option<Behaviour>>,
    open: AtomicUsize,
    max_open: AtomicUsize,
    /// Replies wait until this many connections are open (or `hold_for` passes), so a test can
    /// see the ceiling reached without depending on timing.
    hold_until_open: AtomicUsize,
    hold: (Mutex<()>, Condvar),
    seen: Mutex<Vec<Seen>>,
    stop: AtomicBool,
}

/// The running server; stops when dropped.
pub struct MockServer {
    addr: SocketAddr,
    state: Arc<State>,
}

impl MockServer {
    /// Starts a server that plays `script` in order, then `fallback` forever.
    pub fn start(script: Vec<Behaviour>, fallback: Behaviour) -> MockServer {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let addr = listener.local_addr().unwrap();
        let state = Arc::new(State::default());
        *state.script.lock().unwrap() = script.into();
        *state.fallback.lock().unwrap() = Some(fallback);
        let st = state.clone();
        std::thread::spawn(move || {
            for stream in listener.incoming() {
                if st.stop.load(Ordering::SeqCst) {
                    break;
                }
                let Ok(stream) = stream else { continue };
                let st = st.clone();
                std::thread::spawn(move || serve(&st, stream));
            }
        });
        MockServer { addr, state }
    }

    /// `http://127.0.0.1:PORT/v1`.
    pub fn base_url(&self) -> String {
        format!("http://{}/v1", self.addr)
    }

    /// Replies are held until `n` connections are open at once.
    pub fn hold_until_open(&self, n: usize) {
        self.state.hold_until_open.store(n, Ordering::SeqCst);
    }

    /// The most connections that were open at once.
    pub fn max_open(&self) -> usize {
        self.state.max_open.load(Ordering::SeqCst)
    }

    /// Every request so far.
    pub fn seen(&self) -> Vec<Seen> {
        self.state.seen.lock().unwrap().clone()
    }
}

impl Drop for MockServer {
    fn drop(&mut self) {
        self.state.stop.store(true, Ordering::SeqCst);
        // Wake the accept loop so it sees the flag.
        let _ = TcpStream::connect(self.addr);
    }
}

fn serve(st: &State, mut stream: TcpStream) {
    let now = st.open.fetch_add(1, Ordering::SeqCst) + 1;
    st.max_open.fetch_max(now, Ordering::SeqCst);
    st.hold.1.notify_all();
    if let Some(seen) = read_request(&stream) {
        st.seen.lock().unwrap().push(seen);
        let behaviour = st
            .script
            .lock()
            .unwrap()
            .pop_front()
            .or_else(|| st.fallback.lock().unwrap().clone());
        let want = st.hold_until_open.load(Ordering::SeqCst);
        if want > 0 {
            let guard = st.hold.0.lock().unwrap();
            let _ = st
                .hold
                .1
                // A bound for a broken engine, not a timing: on a loaded machine the
                // other requests may take many seconds to arrive.
                .wait_timeout_while(guard, Duration::from_secs(120), |_| {
                    st.max_open.load(Ordering::SeqCst) < want
                })
                .unwrap();
        }
        // Closed before the reply is written: once the client has it, it may open the next
        // request, and a loaded machine may not have run this thread's decrement by then.
        st.open.fetch_sub(1, Ordering::SeqCst);
        if let Some(b) = behaviour {
            respond(&mut stream, &b);
        }
        return;
    }
    st.open.fetch_sub(1, Ordering::SeqCst);
}

fn read_request(stream: &TcpStream) -> Option<Seen> {
    let mut reader = BufReader::new(stream.try_clone().ok()?);
    let mut line = String::new();
    reader.read_line(&mut line).ok()?;
    let path = line.split_whitespace().nth(1)?.to_string();
    let mut length = 0;
    let mut authorization = None;
    loop {
        let mut h = String::new();
        reader.read_line(&mut h).ok()?;
        let h = h.trim_end();
        if h.is_empty() {
            break;
        }
        let (name, value) = h.split_once(':')?;
        match name.to_ascii_lowercase().as_str() {
            "content-length" => length = value.trim().parse().ok()?,
            "authorization" => authorization = Some(value.trim().to_string()),
            _ => {}
        }
    }
    let mut body = vec![0; length];
    reader.read_exact(&mut body).ok()?;
    Some(Seen {
        path,
        authorization,
        body: serde_json::from_slice(&body).unwrap_or(Value::Null),
    })
}

fn respond(stream: &mut TcpStream, b: &Behaviour) {
    let (code, retry_after, body) = match b {
        Behaviour::Reply(text) => (
            200,
            None,
            json!({
                "choices": [{"index": 0, "message": {"role": "assistant", "content": text},
                             "finish_reason": "stop"}],
                "usage": {"prompt_tokens": 100, "completion_tokens": 50}
            })
            .to_string(),
        ),
        Behaviour::Status(code, ra, body) => (*code, *ra, body.to_string()),
        Behaviour::Raw(body) => (200, None, body.to_string()),
        Behaviour::Slow(d, inner) => {
            std::thread::sleep(*d);
            return respond(stream, inner);
        }
    };
    let mut head = format!(
        "HTTP/1.1 {code} X\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n",
        body.len()
    );
    if let Some(ra) = retry_after {
        head.push_str(&format!("Retry-After: {ra}\r\n"));
    }
    head.push_str("\r\n");
    let _ = stream.write_all(head.as_bytes());
    let _ = stream.write_all(body.as_bytes());
    let _ = stream.flush();
}
