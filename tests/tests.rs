//! elmer's integration tests, linked into one binary (ripgrep's layout).

mod bootstrap;
mod checkout;
mod cli;
mod docs;
mod engines;
mod evolve;
mod export;
mod gp;
mod layering;
mod llm;
mod llm_guide;
mod mock_llm;
mod report;
mod sandbox;
mod self_eval;
mod sim;
mod util;
