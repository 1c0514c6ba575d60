//! Self-evaluation (issue 21): after the model writes a child, and before the child runs, the
//! model's own probability that the child runs and that it beats its parent.
//!
//! Each [`Question`] is one request that continues the conversation the child came from (the
//! prompt, the model's reply, then the question), so a server's prompt cache reuses the whole
//! prefix and each question costs a few prompt tokens and one completion token. The answer is
//! read from the first token's log-probabilities ([`logprobs::p_yes`]), never from the sampled
//! text. Whatever happens here, the child goes on: a failure is recorded in
//! [`SelfEval::status`] with the probabilities left `None`. A server that cannot answer such
//! requests (no log-probabilities, or a 4xx refusal) gets one warning and no more of them for
//! the rest of the run ([`evaluate`]).

use super::Backend;
use super::client::{Client, Message, Request};
use super::logprobs;
use super::retry::CallStatus;
use crate::mutate::SelfEval;

/// How many alternatives of the answer token are asked for (OpenAI's maximum).
pub const TOP_LOGPROBS: u32 = 20;

/// [`SelfEval::status`] when the server answered without log-probabilities.
pub const NO_LOGPROBS: &str = "no_logprobs";

/// A question asked about a child.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Question {
    /// "Will this program run and build a valid walker?" (truth: the child's status is `ok`).
    Runs,
    /// "Will its walker travel farther than the parent's?" (truth: its fitness is above its
    /// first parent's).
    Improves,
}

impl Question {
    /// Both, in the order asked.
    pub const ALL: [Question; 2] = [Question::Runs, Question::Improves];

    /// The question.
    pub fn text(self) -> &'static str {
        match self {
            Question::Runs => "Will this program run and build a valid walker?",
            Question::Improves => "Will its walker travel farther than the parent's?",
        }
    }

    /// Its name in reports and file names (`runs`, `improves`).
    pub fn name(self) -> &'static str {
        match self {
            Question::Runs => "runs",
            Question::Improves => "improves",
        }
    }

    /// Mixed into the child's seed, so the two requests carry seeds of their own.
    fn salt(self) -> u64 {
        match self {
            Question::Runs => 0x7365_6c66_5f72_756e,
            Question::Improves => 0x7365_6c66_5f69_6d70,
        }
    }
}

/// The request asking `question` about the child that `reply` (the answer to `first`) gave.
///
/// Chat: `first`'s messages, the reply as the assistant's message, then the question as the
/// user's. Completions: `first`'s prompt and the reply (without trailing blank lines), then the
/// question as a Python comment and `# Answer (Yes or No):`.
pub fn request(first: &Request, reply: &str, question: Question) -> Request {
    match first {
        Request::Chat(messages) => {
            let mut messages = messages.clone();
            messages.push(Message::new("assistant", reply));
            messages.push(Message::new(
                "user",
                format!(
                    "About the program you just wrote: {} Answer with one word, Yes or No.",
                    question.text()
                ),
            ));
            Request::Chat(messages)
        }
        Request::Completion { prompt, .. } => Request::Completion {
            prompt: format!(
                "{prompt}{}\n\n# Question: {}\n# Answer (Yes or No):",
                reply.trim_end(),
                question.text()
            ),
            stop: Vec::new(),
        },
    }
}

/// The self-evaluation of the child that `reply` (to `request`) gave, through `backend`.
///
/// Once a self-evaluation comes back without log-probabilities, or refused with a 4xx status
/// (the server does not take the parameters), the run warns once ([`Backend::warn_once`])
/// and stops asking: later children get that status, no probabilities, and no requests.
pub fn evaluate(backend: &Backend, request: &Request, reply: &str, child_seed: u64) -> SelfEval {
    if let Some(status) = backend.self_eval_stopped.get() {
        return SelfEval {
            p_runs: None,
            p_improves: None,
            prompt_tokens: None,
            completion_tokens: None,
            latency_ms: 0,
            status: status.clone(),
        };
    }
    let (eval, endpoint) = backend.block_on(ask(backend.client(), request, reply, child_seed));
    let why = if eval.status == NO_LOGPROBS {
        "sends no token log-probabilities"
    } else if eval.status.starts_with("http_4") {
        "refuses requests for token log-probabilities"
    } else {
        return eval;
    };
    if backend.self_eval_stopped.set(eval.status.clone()).is_ok() {
        backend.warn_once(format!(
            "{endpoint} {why} ({}): self-evaluation stops for this run (p_runs and p_improves \
             stay empty) and the run goes on; llama-server, vLLM and OpenAI answer `logprobs`",
            eval.status
        ));
    }
    eval
}

/// Asks both questions in turn and reads P("Yes") of each; stops at the first request that
/// fails or comes back without log-probabilities. Tokens and time are summed over the
/// requests made. Also returns the label of the endpoint that answered last.
pub async fn ask(
    client: &Client,
    first: &Request,
    reply: &str,
    child_seed: u64,
) -> (SelfEval, String) {
    let mut out = SelfEval {
        p_runs: None,
        p_improves: None,
        prompt_tokens: None,
        completion_tokens: None,
        latency_ms: 0,
        status: "ok".into(),
    };
    let mut endpoint = String::new();
    for question in Question::ALL {
        let (call, top) = client
            .call_logprobs(
                &request(first, reply, question),
                child_seed ^ question.salt(),
                TOP_LOGPROBS,
            )
            .await;
        out.latency_ms += call.latency_ms;
        out.prompt_tokens = sum(out.prompt_tokens, call.prompt_tokens);
        out.completion_tokens = sum(out.completion_tokens, call.completion_tokens);
        endpoint = call.endpoint;
        if let CallStatus::Failed(kind) = &call.status {
            out.status = kind.to_string();
            break;
        }
        let Some(top) = top else {
            out.status = NO_LOGPROBS.into();
            break;
        };
        let p = logprobs::p_yes(&top);
        match question {
            Question::Runs => out.p_runs = p,
            Question::Improves => out.p_improves = p,
        }
    }
    (out, endpoint)
}

/// The sum of two counts a server may leave out: `None` only when both are.
fn sum(a: Option<u64>, b: Option<u64>) -> Option<u64> {
    match (a, b) {
        (None, None) => None,
        _ => Some(a.unwrap_or(0) + b.unwrap_or(0)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chat_questions_continue_the_conversation() {
        let first = Request::Chat(vec![Message::new("system", "s"), Message::new("user", "u")]);
        let Request::Chat(m) = request(&first, "```python\nx\n```", Question::Improves) else {
            panic!("a chat request");
        };
        assert_eq!(m.len(), 4);
        assert_eq!(
            (m[2].role.as_str(), m[2].content.as_str()),
            ("assistant", "```python\nx\n```")
        );
        assert_eq!(m[3].role, "user");
        assert!(m[3].content.contains("farther than the parent's?"));
        assert!(m[3].content.ends_with("Yes or No."));
    }

    #[test]
    fn completion_questions_follow_the_reply() {
        let first = Request::Completion {
            prompt: "def make_walker():\n".into(),
            stop: vec!["\ndef".into()],
        };
        let Request::Completion { prompt, stop } = request(&first, "    pass", Question::Runs)
        else {
            panic!("a completion request");
        };
        assert_eq!(
            prompt,
            "def make_walker():\n    pass\n\n# Question: Will this program run and build a valid \
             walker?\n# Answer (Yes or No):"
        );
        assert!(stop.is_empty());
    }

    #[test]
    fn counts_add_unless_both_are_missing() {
        assert_eq!(sum(None, None), None);
        assert_eq!(sum(Some(3), None), Some(3));
        assert_eq!(sum(Some(3), Some(4)), Some(7));
    }
}
