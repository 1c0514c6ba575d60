//! elmer's integration tests, linked into one binary (ripgrep's layout).

mod cli;
mod evolve;
mod gp;
mod sandbox;
mod sim;
mod util;
