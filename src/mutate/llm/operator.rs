//! [`Llm`], the language-model [`Mutator`]: the request of its format (guided by the archive
//! for `chat`, constrained by a grammar when asked), the call, and the child of the reply.

use std::sync::Arc;

use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use serde_json::json;

use super::chat::{self, NoChild, PromptLimits};
use super::grammar::{Grammar, Shape};
use super::guide::{self, Guide};
use super::{
    Api, Backend, DIFF_STOP, Format, Message, Request, default_max_tokens, diff, lmx, self_eval,
};
use crate::mutate::{Edit, LlmCall, LlmEdit, Mutator, Parent, Proposal};
use crate::qd::Status;

/// An `llm` operator's settings beyond its format (keys of its `[[mutate.operators]]` table).
#[derive(Clone, Debug, PartialEq)]
pub struct Options {
    /// One repair follow-up after a sandbox failure (chat formats).
    pub repair: bool,
    /// The model's self-evaluation of each child it writes ([`self_eval`]).
    pub self_eval: bool,
    /// The reply's shape (chat formats; sent as a grammar to endpoints that take one).
    pub reply: Shape,
    /// Most statements of a [`Shape::Walker`] reply.
    pub max_statements: usize,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            repair: false,
            self_eval: false,
            reply: Shape::Free,
            max_statements: 30,
        }
    }
}

/// The `llm` operator with one prompt format.
pub struct Llm {
    backend: Arc<Backend>,
    format: Format,
    limits: PromptLimits,
    options: Options,
}

/// The follow-up message of a repair: the sandbox's verdict and the request for a fix.
pub fn repair_message(error: &str) -> String {
    format!(
        "Running that program failed:\n\n{}\n\nFix it. Answer with the complete corrected program in \
one ```python code block, without explanations.",
        error.trim()
    )
}

impl Llm {
    /// An operator of `format` over `backend`, with default [`Options`].
    pub fn new(backend: Arc<Backend>, format: Format, limits: PromptLimits) -> Llm {
        Llm {
            backend,
            format,
            limits,
            options: Options::default(),
        }
    }

    /// With these options (repair and reply shapes only apply to chat formats).
    pub fn with_options(mut self, mut options: Options) -> Llm {
        if self.format.api() != Api::Chat {
            options.repair = false;
            options.reply = Shape::Free;
        }
        self.options = options;
        self
    }

    /// `call` (whose reply to `request` gave a child) with the model's self-evaluation of
    /// that child ([`self_eval::evaluate`]), when this operator self-evaluates.
    fn self_evaluated(
        &self,
        mut call: LlmCall,
        request: &Request,
        reply: &str,
        seed: u64,
    ) -> LlmCall {
        if self.options.self_eval {
            call.self_eval = Some(self_eval::evaluate(&self.backend, request, reply, seed));
        }
        call
    }

    fn failed(&self, status: Status, error: String, call: Option<LlmCall>) -> Proposal {
        Proposal::failed(status, error).with_llm(self.format, call)
    }

    /// The chat messages for `parent`: the system message, then the parent (with the archive's
    /// context elites and target when guided) and the reply shape's instruction.
    fn chat_messages(&self, parent: &Parent, guide: Option<&Guide>) -> Vec<Message> {
        let mut user = guide::user_prompt(parent, guide.unwrap_or(&Guide::default()));
        if let Some(say) = self.options.reply.instruction(self.options.max_statements) {
            user.push(' ');
            user.push_str(&say);
        }
        vec![
            Message::new("system", chat::system_prompt(&self.limits)),
            Message::new("user", user),
        ]
    }

    /// The request of this format for `parent` and its `mates` (the parent first).
    fn request(
        &self,
        parent: &Parent,
        mates: &[&Parent],
        guide: Option<&Guide>,
        seed: u64,
    ) -> Request {
        let stop = |s: &[&str]| s.iter().map(|x| x.to_string()).collect();
        let sources: Vec<&str> = mates.iter().map(|p| p.source.as_str()).collect();
        match self.format {
            Format::Chat => Request::Chat(self.chat_messages(parent, guide)),
            Format::ChatCrossover => {
                let owned: Vec<Parent> = mates.iter().map(|p| (*p).clone()).collect();
                Request::Chat(chat::crossover_messages(&owned, &self.limits))
            }
            Format::Diff => {
                let u = ChaCha8Rng::seed_from_u64(seed).random::<f64>();
                Request::Completion {
                    prompt: diff::prompt(&parent.source, diff::message_for(u)),
                    stop: stop(&DIFF_STOP),
                }
            }
            Format::Prompt => Request::Completion {
                prompt: super::prompt::prompt(&parent.source),
                stop: stop(&super::prompt::STOP),
            },
            Format::Crossover => Request::Completion {
                prompt: super::prompt::crossover_prompt(&sources),
                stop: stop(&super::prompt::STOP),
            },
            Format::Lmx => Request::Completion {
                prompt: lmx::prompt(&lmx_examples(&sources)),
                stop: stop(&lmx::STOP),
            },
        }
    }

    /// The child a reply gives, with its edit kind; or the status and why not.
    fn child(
        &self,
        reply: &str,
        parent: &Parent,
        sources: &[&str],
    ) -> Result<(String, LlmEdit), (Status, String)> {
        let no_body = || (Status::NoCode, "the completion has no function body".into());
        match self.format {
            Format::Chat | Format::ChatCrossover => match chat::extract(reply, &parent.source) {
                Ok(child) => Ok((child.source().to_string(), child.edit())),
                Err(NoChild::NoCode(why)) => Err((Status::NoCode, why)),
                Err(NoChild::BadEdit(why)) => Err((Status::BadDiff, why)),
            },
            Format::Diff => diff::apply(&parent.source, reply)
                .map(|c| (c, LlmEdit::Diff))
                .map_err(|e| (Status::BadDiff, e.0)),
            Format::Prompt => {
                super::prompt::splice(&parent.source, &super::prompt::cut_body(reply))
                    .map(|c| (c, LlmEdit::Continuation))
                    .ok_or_else(no_body)
            }
            Format::Crossover => {
                super::prompt::crossover_child(sources, &super::prompt::cut_body(reply))
                    .map(|c| (c, LlmEdit::Crossover))
                    .ok_or_else(no_body)
            }
            Format::Lmx => lmx::child(reply, &lmx_examples(sources))
                .map(|c| (c, LlmEdit::Lmx))
                .ok_or((
                    Status::NoCode,
                    "the completion defines no make_walker".into(),
                )),
        }
    }

    /// The reply's grammar and the `max_tokens` that fits `longest` (the longest program in
    /// the prompt): a shaped reply's own bound, else about twice the program.
    fn budget(&self, parent: &str, longest: &str) -> (Option<Grammar>, u32) {
        let (reply, n) = (self.options.reply, self.options.max_statements);
        let grammar = reply.grammar(parent, n);
        let max_tokens = reply
            .max_tokens(parent, n)
            .unwrap_or_else(|| default_max_tokens(longest));
        (grammar, max_tokens)
    }
}

/// The examples of an lmx prompt: the mates first, the parent (first of `sources`) last,
/// nearest the completion.
fn lmx_examples<'a>(sources: &[&'a str]) -> Vec<&'a str> {
    let mut out: Vec<&str> = sources.iter().skip(1).copied().collect();
    out.extend(sources.first());
    out
}

impl Mutator for Llm {
    fn name(&self) -> &str {
        "llm"
    }

    fn mutate(&self, parents: &[Parent], others: &[Parent], seed: u64) -> Proposal {
        self.mutate_guided(parents, others, None, seed)
    }

    fn mutate_guided(
        &self,
        parents: &[Parent],
        others: &[Parent],
        guide: Option<&Guide>,
        seed: u64,
    ) -> Proposal {
        let Some(parent) = parents.first() else {
            return self.failed(Status::NoCode, "no parent to edit".into(), None);
        };
        if let Some(why) = self.backend.client().down() {
            return self.failed(Status::LlmError, format!("not sent: {why}"), None);
        }
        // Crossover takes the parent and the other elites the engine drew (two or three; lmx
        // all of them).
        let most = if self.format == Format::Lmx {
            usize::MAX
        } else {
            3
        };
        let mates: Vec<&Parent> = parents.iter().chain(others).take(most).collect();
        let sources: Vec<&str> = mates.iter().map(|p| p.source.as_str()).collect();
        let request = self.request(parent, &mates, guide, seed);
        // Room for the longest parent rewritten (a crossover child is about one parent long).
        let longest = sources
            .iter()
            .max_by_key(|s| s.len())
            .copied()
            .unwrap_or("");
        let (grammar, max_tokens) = self.budget(&parent.source, longest);
        let mut call = self.backend.block_on(self.backend.client().call(
            &request,
            seed,
            max_tokens,
            grammar.as_ref(),
        ));
        if let (Some(g), Format::Chat) = (guide, self.format) {
            call.params["context"] = json!(g.context.iter().map(|c| c.1.id).collect::<Vec<_>>());
            if !g.names_target {
                call.params["untargeted"] = json!(true);
            }
            // An untargeted prompt's cell is kept too: the control for the hit rate.
            if let Some(t) = &g.target {
                let key = if g.names_target {
                    "target"
                } else {
                    "control_target"
                };
                call.params[key] = json!(t.cell.to_string());
            }
        }
        let Some(reply) = call.reply.clone() else {
            let error = call
                .error
                .clone()
                .unwrap_or_else(|| call.status.to_string());
            return self.failed(Status::LlmError, error, Some(call));
        };
        match self.child(&reply, parent, &sources) {
            Ok((source, edit)) => Proposal::program(source)
                .with_edit(Edit::llm(edit))
                .with_llm(
                    self.format,
                    Some(self.self_evaluated(call, &request, &reply, seed)),
                ),
            Err((status, why)) => self.failed(status, why, Some(call)),
        }
    }

    fn repair(
        &self,
        parents: &[Parent],
        _others: &[Parent],
        seed: u64,
        first: &LlmCall,
        error: &str,
    ) -> Option<Proposal> {
        let parent = parents.first()?;
        let reply = first.reply.as_deref()?;
        if !self.options.repair || self.backend.client().down().is_some() {
            return None;
        }
        // The first conversation as sent, the model's own answer, then the error.
        let mut messages: Vec<Message> = serde_json::from_str(&first.prompt).ok()?;
        messages.push(Message::new("assistant", reply));
        messages.push(Message::new("user", repair_message(error)));
        let request = Request::Chat(messages);
        // Unconstrained: the fix is to the child, which an edit grammar over the parent
        // cannot express.
        let max_tokens = default_max_tokens(&parent.source);
        // A seed of its own, so a deterministic server does not repeat the first answer.
        let seed = seed ^ 0x7265_7061_6972;
        let call = self
            .backend
            .block_on(self.backend.client().call(&request, seed, max_tokens, None));
        let Some(text) = call.reply.clone() else {
            let error = call
                .error
                .clone()
                .unwrap_or_else(|| call.status.to_string());
            return Some(self.failed(Status::LlmError, error, Some(call)));
        };
        Some(match chat::extract(&text, &parent.source) {
            Ok(child) => Proposal::program(child.source())
                .with_edit(Edit::Llm {
                    edit: child.edit(),
                    repaired: true,
                })
                .with_llm(
                    self.format,
                    Some(self.self_evaluated(call, &request, &text, seed)),
                ),
            Err(NoChild::NoCode(why)) => self.failed(Status::NoCode, why, Some(call)),
            Err(NoChild::BadEdit(why)) => self.failed(Status::BadDiff, why, Some(call)),
        })
    }

    fn lanes(&self) -> usize {
        self.backend.client().capacity(self.format.api())
    }

    fn halted(&self) -> Option<String> {
        self.backend.client().down()
    }
}
