//! [`Context`]: what the parallel part of a run needs, wired from the config: the sandbox pool
//! and the operators.

use std::sync::Arc;

use super::EvolveError;
use crate::config::{OperatorKind, RunConfig};
use crate::mutate::llm::{Backend, Llm};
use crate::mutate::{Gp, Mutator};
use crate::sandbox::Pool;

/// What the parallel part needs: the sandbox, the operators, the config.
pub struct Context {
    /// The sandbox pool.
    pub pool: Arc<Pool>,
    /// The operators, in the order of `mutate.operators`.
    pub mutators: Vec<Box<dyn Mutator>>,
    /// The LLM client shared by the `llm` operators, if any (its live counters feed the
    /// progress bar).
    pub llm: Option<Arc<Backend>>,
    /// The run's config.
    pub config: RunConfig,
}

impl Context {
    /// Starts the sandbox and builds the operators of `config`.
    pub fn new(config: &RunConfig) -> Result<Context, EvolveError> {
        let mut sandbox_cfg = config.sandbox.clone();
        if sandbox_cfg.workers.is_none() {
            sandbox_cfg.workers = config.evolve.threads;
        }
        let pool = Arc::new(Pool::new(&sandbox_cfg, config.walker.clone())?);
        let limits = config.prompt_limits();
        // One client for every llm operator: the endpoints' slot ceilings are shared.
        let mut backend: Option<Arc<Backend>> = None;
        let mut mutators: Vec<Box<dyn Mutator>> = Vec::new();
        for op in &config.mutate.operators {
            mutators.push(match op.kind {
                OperatorKind::Gp => Box::new(Gp::new(pool.clone(), config.mutate.gp.clone())),
                OperatorKind::Llm => {
                    let shared = match &backend {
                        Some(b) => b.clone(),
                        None => backend.insert(Backend::new(&config.llm)?).clone(),
                    };
                    Box::new(
                        Llm::new(shared, op.llm_format(), limits.clone())
                            .with_options(op.llm_options()),
                    )
                }
            });
        }
        Ok(Context {
            pool,
            mutators,
            llm: backend,
            config: config.clone(),
        })
    }
}
