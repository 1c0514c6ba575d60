//! Runs train/elmer_train.py and reads its JSON events (the protocol is in its docstring).

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::{BootstrapError, TrainOptions, Trainer, io, tail_lines};

/// What the trainer reads (`REQUEST.json`): paths and hyperparameters.
#[derive(Clone, Debug, Serialize)]
pub(crate) struct Request {
    /// `chat` or `text`.
    pub format: String,
    /// The export's train.jsonl.
    pub train: PathBuf,
    /// The export's test.jsonl.
    pub test: PathBuf,
    /// The base GGUF.
    pub base: PathBuf,
    /// The dequantised base, saved by the first load and read by later ones.
    pub base_cache: PathBuf,
    /// Where the peft adapter goes.
    pub adapter_dir: PathBuf,
    /// Where the GGUF adapter goes.
    pub adapter_gguf: PathBuf,
    /// Where the base's config.json goes (the converter reads it).
    pub base_config_dir: PathBuf,
    /// llama.cpp's convert_lora_to_gguf.py.
    pub converter: PathBuf,
    /// The hyperparameters (alpha null: twice the rank).
    #[serde(flatten)]
    pub options: TrainOptions,
}

/// The test loss after an epoch (or at the last step).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TestLoss {
    /// The epoch, 1-based.
    pub epoch: u32,
    /// The step it was measured after.
    pub step: u64,
    /// Mean loss per reply token on the test split; null when the split is empty.
    pub test_loss: Option<f64>,
}

/// The trainer's `result` event.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TrainResult {
    /// Training examples.
    pub train_examples: usize,
    /// Test examples.
    pub test_examples: usize,
    /// Tokens in the training examples (after cutting).
    pub train_tokens: u64,
    /// Examples cut at the sequence length.
    pub truncated: usize,
    /// Steps run.
    pub steps: u64,
    /// Epochs begun.
    pub epochs: u32,
    /// Warm-up steps.
    pub warmup: u64,
    /// Parameters trained.
    pub trainable_params: u64,
    /// Training loss per step.
    pub train_loss: Vec<f64>,
    /// Test loss per epoch.
    pub test_loss: Vec<TestLoss>,
    /// `gguf` (the model's own chat template) or `chatml`.
    pub chat_template: String,
    /// Seconds loading the base.
    pub load_s: f64,
    /// Whether the base came from the dequantised cache (else from the GGUF).
    #[serde(default)]
    pub base_cached: bool,
    /// Seconds training (test passes included).
    pub train_s: f64,
    /// Seconds converting.
    pub convert_s: f64,
    /// Seconds in the trainer.
    pub total_s: f64,
    /// torch's version.
    pub torch: String,
    /// transformers' version.
    pub transformers: String,
}

/// A progress event of the trainer or the venv install.
#[derive(Clone, Debug, PartialEq)]
pub enum Event {
    /// A message for the user (venv install, phases).
    Say(String),
    /// A phase began: load, data, train, test, save, convert.
    Phase(String),
    /// A training step ended.
    Step {
        /// 1-based step.
        step: u64,
        /// All steps.
        steps: u64,
        /// Its training loss.
        loss: f64,
    },
    /// A test loss was measured.
    Test(TestLoss),
}

/// Runs the trainer on `req` (written to `request`), its stderr into `log`; `on` gets each
/// event. Returns its result, or its error with the log's last lines.
pub(crate) fn run(
    trainer: &Trainer,
    req: &Request,
    request: &Path,
    log: &Path,
    cache: &Path,
    on: &mut dyn FnMut(Event),
) -> Result<TrainResult, BootstrapError> {
    let text = serde_json::to_string_pretty(req).unwrap_or_default();
    std::fs::write(request, text + "\n").map_err(io(request))?;
    let log_file = std::fs::File::create(log).map_err(io(log))?;
    let fail = |message: String| BootstrapError::Trainer {
        message,
        log: log.to_path_buf(),
    };
    let mut child = Command::new(trainer.python())
        .arg("-u")
        .arg(trainer.script())
        .arg("train")
        .arg(request)
        // Everything from local files: no Hugging Face hub, caches under elmer's.
        .env("HF_HUB_OFFLINE", "1")
        .env("TRANSFORMERS_OFFLINE", "1")
        .env("HF_HOME", cache.join("hf"))
        .env("PYTHONHASHSEED", "0")
        .stdout(Stdio::piped())
        .stderr(log_file)
        .spawn()
        .map_err(|e| fail(format!("cannot start {}: {e}", trainer.python().display())))?;
    let mut result = None;
    let mut error = None;
    if let Some(out) = child.stdout.take() {
        for line in BufReader::new(out).lines().map_while(Result::ok) {
            let Ok(v) = serde_json::from_str::<Value>(&line) else {
                continue;
            };
            let num = |k: &str| v.get(k).and_then(Value::as_f64).unwrap_or(0.0);
            match v.get("event").and_then(Value::as_str) {
                Some("phase") => on(Event::Phase(
                    v.get("name").and_then(Value::as_str).unwrap_or("").into(),
                )),
                Some("step") => on(Event::Step {
                    step: num("step") as u64,
                    steps: num("steps") as u64,
                    loss: num("loss"),
                }),
                Some("test") => {
                    if let Ok(t) = serde_json::from_value::<TestLoss>(v.clone()) {
                        on(Event::Test(t));
                    }
                }
                Some("result") => result = serde_json::from_value::<TrainResult>(v).ok(),
                Some("error") => {
                    error = v.get("message").and_then(Value::as_str).map(str::to_string);
                }
                _ => {}
            }
        }
    }
    let status = child.wait().map_err(|e| fail(e.to_string()))?;
    match (status.success(), result) {
        (true, Some(r)) => Ok(r),
        (_, _) => {
            let log_text = std::fs::read_to_string(log).unwrap_or_default();
            Err(fail(format!(
                "{} ({status}); last lines of its log:\n{}",
                error.unwrap_or_else(|| "no result".into()),
                tail_lines(&log_text, 12)
            )))
        }
    }
}
