//! elmer: Evolution through Large Models in Rust.
//!
//! A MAP-Elites loop whose mutation operator edits small Python programs; each program builds a
//! Sodarace walker (`walker`), run safely in a sandboxed CPython pool (`sandbox`), simulated in
//! rapier2d (`sim`) and scored by distance travelled; elites live in a grid archive (`qd`).
//! Data flows one way: program text -> sandbox -> walker -> sim -> outcome -> qd/store.
//! See DESIGN.md for the names and numbers.
#![warn(missing_docs)]

pub mod bootstrap;
pub mod config;
pub mod evaluate;
pub mod evolve;
pub mod export;
pub mod mutate;
pub mod number;
pub mod python_spec;
pub mod qd;
pub mod report;
pub mod sandbox;
pub mod seeds;
pub mod sim;
pub mod store;
pub mod usage;
pub mod walker;
