//! The LLM operator's own cost per call, apart from the model: building the chat prompt,
//! extracting the child from a reply, and a whole `Llm::mutate` against an instant loopback
//! server (HTTP, JSON, retries bookkeeping, extraction). `cargo bench --bench llm`.
//!
//! Before criterion's wall-clock timings, `main` prints the CPU time of the calling thread per
//! mutate call, the engine overhead that matters while the model takes seconds.

use std::hint::black_box;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpListener;
use std::sync::Arc;

use criterion::Criterion;
use elmer::mutate::llm::chat::{self, PromptLimits};
use elmer::mutate::llm::{Backend, EndpointConfig, Format, Llm, LlmConfig};
use elmer::mutate::{Mutator, Parent};
use elmer::qd::{CellIndex, GridConfig};
use elmer::walker::WalkerLimits;

const SQUARE: &str = include_str!("../sodarace/seeds/square.py");

fn reply() -> String {
    let child = SQUARE.replace("5.0, 0.0)", "7.0, 0.0)");
    format!("Here is a faster walker:\n\n```python\n{child}```\n\nThe first spoke is stronger.")
}

/// A server that answers every request at once with the same chat completion.
fn instant_server() -> String {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap();
    let body = serde_json::json!({
        "choices": [{"message": {"role": "assistant", "content": reply()}, "finish_reason": "stop"}],
        "usage": {"prompt_tokens": 700, "completion_tokens": 400}
    })
    .to_string();
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut s) = stream else { continue };
            let mut r = BufReader::new(s.try_clone().unwrap());
            let mut len = 0;
            loop {
                let mut line = String::new();
                if r.read_line(&mut line).unwrap_or(0) == 0 {
                    break;
                }
                if let Some(v) = line.to_ascii_lowercase().strip_prefix("content-length:") {
                    len = v.trim().parse().unwrap_or(0);
                }
                if line == "\r\n" {
                    break;
                }
            }
            let mut buf = vec![0; len];
            let _ = r.read_exact(&mut buf);
            let _ = write!(
                s,
                "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
                body.len()
            );
        }
    });
    format!("http://{addr}/v1")
}

fn thread_cpu_ns() -> u64 {
    let mut t = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: clock_gettime writes a timespec into the pointer it is given.
    unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut t) };
    t.tv_sec as u64 * 1_000_000_000 + t.tv_nsec as u64
}

fn main() {
    let grid = GridConfig::default();
    let parent = Parent {
        id: elmer::qd::ChildId(1),
        source: SQUARE.to_string(),
        fitness: 0.75,
        cell: CellIndex::from_coords([3, 4, 2], &grid).unwrap(),
    };
    let limits = PromptLimits {
        walker: WalkerLimits::default(),
        timeout_s: 2.0,
    };
    let mut cfg = LlmConfig::default();
    cfg.endpoints
        .push(EndpointConfig::new(&instant_server(), "bench"));
    let backend: Arc<Backend> = Backend::new(&cfg).unwrap();
    let llm = Llm::new(backend, Format::Chat, limits.clone());

    let n = 500;
    let (c0, t0) = (thread_cpu_ns(), std::time::Instant::now());
    for seed in 0..n {
        black_box(llm.mutate(std::slice::from_ref(&parent), &[], seed));
    }
    let cpu_us = (thread_cpu_ns() - c0) as f64 / 1e3 / n as f64;
    let wall_us = t0.elapsed().as_secs_f64() * 1e6 / n as f64;
    println!(
        "llm mutate over loopback: {cpu_us:.0} us CPU of the calling thread per call, {wall_us:.0} us wall"
    );

    let mut c = Criterion::default().configure_from_args();
    let r = reply();
    c.bench_function("chat/prompt", |b| {
        b.iter(|| chat::messages(black_box(&parent), &limits))
    });
    c.bench_function("chat/extract", |b| {
        b.iter(|| chat::extract(black_box(&r), SQUARE))
    });
    c.bench_function("llm/mutate_loopback", |b| {
        let mut seed = 0;
        b.iter(|| {
            seed += 1;
            llm.mutate(std::slice::from_ref(&parent), &[], seed)
        })
    });
    c.final_summary();
}
