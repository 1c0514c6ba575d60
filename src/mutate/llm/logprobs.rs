//! Token log-probabilities in a server's reply, and P("Yes") from them (issue 21).
//!
//! [`first_token`] reads the alternatives of the reply's first token from any of the shapes
//! servers use:
//! - OpenAI chat (and llama-server's `/v1/chat/completions` and `/v1/completions`):
//!   `choices[0].logprobs.content[0].top_logprobs: [{token, logprob}]`;
//! - OpenAI legacy completions: `choices[0].logprobs.top_logprobs[0]: {token: logprob}`;
//! - llama.cpp's own `/completion`: `completion_probabilities[0]` with `top_logprobs:
//!   [{token, logprob}]`, with `post_sampling_probs` `top_probs: [{token, prob}]`, or in older
//!   builds `probs: [{tok_str, prob}]` (probabilities, not logs), at the top level or inside
//!   `choices[0]`.
//!
//! [`p_yes`] normalises: P(Yes) = mass of yes-like tokens / (mass of yes-like + no-like).

use serde_json::Value;

/// One alternative for a token: its text and natural-log probability.
#[derive(Clone, Debug, PartialEq)]
pub struct TokenLogprob {
    /// The token's text as the server spelled it (leading space included).
    pub token: String,
    /// ln p.
    pub logprob: f64,
}

/// The alternatives of the reply's first token, or `None` when the reply carries no
/// log-probabilities in a shape this reader knows.
pub fn first_token(reply: &Value) -> Option<Vec<TokenLogprob>> {
    let choice = reply.pointer("/choices/0");
    let logprobs = choice.and_then(|c| c.get("logprobs"));
    // OpenAI chat, and llama-server's OpenAI-compatible routes.
    if let Some(first) = logprobs.and_then(|l| l.pointer("/content/0")) {
        return entry(first);
    }
    // OpenAI legacy completions: a map token -> logprob per position.
    if let Some(map) = logprobs
        .and_then(|l| l.pointer("/top_logprobs/0"))
        .and_then(Value::as_object)
    {
        let out: Vec<TokenLogprob> = map
            .iter()
            .filter_map(|(token, lp)| {
                Some(TokenLogprob {
                    token: token.clone(),
                    logprob: lp.as_f64()?,
                })
            })
            .collect();
        return (!out.is_empty()).then_some(out);
    }
    // llama.cpp's native shape, at the top level or in the choice.
    reply
        .pointer("/completion_probabilities/0")
        .or_else(|| choice.and_then(|c| c.pointer("/completion_probabilities/0")))
        .and_then(entry)
}

/// One position's alternatives: a `top_logprobs` list (`token`, `logprob`) or a `probs` /
/// `top_probs` list (`tok_str` or `token`, `prob`).
fn entry(position: &Value) -> Option<Vec<TokenLogprob>> {
    let list = ["top_logprobs", "probs", "top_probs"]
        .iter()
        .find_map(|k| position.get(*k).and_then(Value::as_array))?;
    let out: Vec<TokenLogprob> = list
        .iter()
        .filter_map(|alt| {
            let token = alt
                .get("token")
                .or_else(|| alt.get("tok_str"))
                .and_then(Value::as_str)?;
            let logprob = match alt.get("logprob").and_then(Value::as_f64) {
                Some(lp) => lp,
                None => alt.get("prob").and_then(Value::as_f64)?.ln(),
            };
            Some(TokenLogprob {
                token: token.to_string(),
                logprob,
            })
        })
        .collect();
    (!out.is_empty()).then_some(out)
}

/// Which answer a token spells, if any: case, surrounding spaces and punctuation aside
/// (`Yes`, ` yes`, `YES.`, `No`, ` no`).
fn answer(token: &str) -> Option<bool> {
    let word = token
        .trim()
        .trim_matches(|c: char| c.is_ascii_punctuation())
        .to_ascii_lowercase();
    match word.as_str() {
        "yes" => Some(true),
        "no" => Some(false),
        _ => None,
    }
}

/// P(Yes) among the alternatives: the probability mass of yes-like tokens over that of
/// yes-like and no-like tokens together.
///
/// A side absent from the alternatives counts as zero mass: with only "No" listed the
/// answer is 0 (Yes was below the last alternative shown), with only "Yes" it is 1. With
/// neither it is `None`: the model did not answer the question.
///
/// ```
/// use elmer::mutate::llm::logprobs::{TokenLogprob, p_yes};
/// let t = |token: &str, p: f64| TokenLogprob { token: token.into(), logprob: p.ln() };
/// let p = p_yes(&[t("Yes", 0.6), t(" yes", 0.1), t("No", 0.2), t("Maybe", 0.1)]).unwrap();
/// assert!((p - 0.7 / 0.9).abs() < 1e-12);
/// assert_eq!(p_yes(&[t("No", 0.9)]), Some(0.0));
/// assert_eq!(p_yes(&[t("The", 0.9)]), None);
/// ```
pub fn p_yes(alternatives: &[TokenLogprob]) -> Option<f64> {
    let (mut yes, mut no) = (0.0, 0.0);
    for alt in alternatives {
        let p = alt.logprob.exp();
        if !p.is_finite() {
            continue;
        }
        match answer(&alt.token) {
            Some(true) => yes += p,
            Some(false) => no += p,
            None => {}
        }
    }
    (yes + no > 0.0).then(|| yes / (yes + no))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn the_openai_chat_shape() {
        let v = json!({"choices": [{"message": {"content": "Yes"}, "logprobs": {"content": [
            {"token": "Yes", "logprob": -0.2, "top_logprobs": [
                {"token": "Yes", "logprob": -0.2, "bytes": [89, 101, 115]},
                {"token": "No", "logprob": -1.8, "bytes": [78, 111]}]}]}}]});
        let top = first_token(&v).unwrap();
        assert_eq!(top.len(), 2);
        assert_eq!(top[1].token, "No");
        let want = (-0.2f64).exp() / ((-0.2f64).exp() + (-1.8f64).exp());
        assert!((p_yes(&top).unwrap() - want).abs() < 1e-12);
    }

    #[test]
    fn the_openai_legacy_completion_shape() {
        let v = json!({"choices": [{"text": " No", "logprobs": {"tokens": [" No"],
            "token_logprobs": [-0.1], "top_logprobs": [{" No": -0.1, " Yes": -2.4, "\n": -5.0}]}}]});
        let top = first_token(&v).unwrap();
        assert_eq!(top.len(), 3);
        let p = p_yes(&top).unwrap();
        let want = (-2.4f64).exp() / ((-2.4f64).exp() + (-0.1f64).exp());
        assert!((p - want).abs() < 1e-12);
    }

    #[test]
    fn the_llama_cpp_native_shapes() {
        let new = json!({"content": "Yes", "completion_probabilities": [{"id": 9454,
            "token": "Yes", "logprob": -0.05, "top_logprobs": [
                {"id": 9454, "token": "Yes", "logprob": -0.05},
                {"id": 2753, "token": "No", "logprob": -3.0}]}]});
        assert_eq!(first_token(&new).unwrap().len(), 2);
        let old = json!({"content": "No", "completion_probabilities": [{"content": "No",
            "probs": [{"tok_str": "No", "prob": 0.75}, {"tok_str": " Yes", "prob": 0.25}]}]});
        let top = first_token(&old).unwrap();
        assert!((p_yes(&top).unwrap() - 0.25).abs() < 1e-12);
        let nested = json!({"choices": [{"completion_probabilities": [{"top_probs": [
            {"token": "yes", "prob": 0.5}, {"token": "no", "prob": 0.5}]}]}]});
        assert_eq!(p_yes(&first_token(&nested).unwrap()), Some(0.5));
    }

    #[test]
    fn no_logprobs_is_none() {
        assert_eq!(
            first_token(&json!({"choices": [{"message": {"content": "Yes"}}]})),
            None
        );
        assert_eq!(first_token(&json!({"choices": [{"logprobs": null}]})), None);
        assert_eq!(
            first_token(&json!({"choices": [{"logprobs": {"content": []}}]})),
            None
        );
    }

    #[test]
    fn answers_ignore_case_space_and_punctuation() {
        assert_eq!(answer(" Yes"), Some(true));
        assert_eq!(answer("YES."), Some(true));
        assert_eq!(answer("\nno"), Some(false));
        assert_eq!(answer("Not"), None);
        assert_eq!(answer("yes!"), Some(true));
        assert_eq!(answer("Yesterday"), None);
    }
}
