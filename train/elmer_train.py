"""elmer's bootstrap trainer: LoRA on a Stage-2 export, then the adapter as GGUF.

The one entry point of train/ (docs/bootstrap.md). `elmer bootstrap` runs it in the cached
venv as

    python elmer_train.py check LOCK
    python elmer_train.py train REQUEST.json

`check` compares every installed package with the pinned lock file (one `name==version` a
line) and prints one JSON object. `train` reads its settings from REQUEST.json (written by the
Rust side; the keys are those of `DEFAULTS` below plus the paths), and prints JSON lines on
stdout, one event each:

    {"event": "phase", "name": "load" | "data" | "train" | "test" | "save" | "convert"}
    {"event": "step", "step": 3, "steps": 40, "epoch": 1, "loss": 1.23}
    {"event": "test", "epoch": 1, "step": 40, "test_loss": 1.10}
    {"event": "result", ...}      (the last line on success)
    {"event": "error", "message": "..."}   (then exit 1)

Everything is loaded from local files (HF_HUB_OFFLINE=1): the base model from its GGUF file,
dequantised by transformers; the adapter is converted with llama.cpp's own
convert_lora_to_gguf.py, from the llama.cpp sources scripts/local-llm builds the server from.
Logs go to stderr.
"""

import json
import os
import random
import subprocess
import sys
import time

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("HF_DATASETS_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

# ChatML, Qwen2.5's chat format; used only when the GGUF carries no chat template.
CHATML = (
    "{% for m in messages %}<|im_start|>{{ m['role'] }}\n{{ m['content'] }}<|im_end|>\n"
    "{% endfor %}{% if add_generation_prompt %}<|im_start|>assistant\n{% endif %}"
)


def emit(event, **fields):
    fields = {"event": event, **fields}
    sys.stdout.write(json.dumps(fields) + "\n")
    sys.stdout.flush()


def log(msg):
    sys.stderr.write(f"[elmer_train] {msg}\n")
    sys.stderr.flush()


def check(lock_path):
    """Compares the installed distributions with the lock; returns the mismatches."""
    from importlib import metadata

    wrong = []
    with open(lock_path, encoding="utf-8") as f:
        for line in f:
            line = line.split("#", 1)[0].strip()
            if not line:
                continue
            name, _, want = line.partition("==")
            try:
                got = metadata.version(name)
            except metadata.PackageNotFoundError:
                got = None
            if got != want:
                wrong.append({"package": name, "want": want, "got": got})
    return wrong


def read_jsonl(path, fmt):
    """The records of a Stage-2 file as (messages or None, text or None)."""
    out = []
    with open(path, encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            if not line.strip():
                continue
            v = json.loads(line)
            if fmt == "chat":
                if "messages" not in v:
                    raise ValueError(f"{path}:{i}: a chat line needs \"messages\"")
                out.append(v["messages"])
            else:
                if "text" not in v:
                    raise ValueError(f"{path}:{i}: a text line needs \"text\"")
                out.append(v["text"])
    return out


def encode(tok, template, record, fmt, seq_len):
    """(input ids, labels, truncated): the loss is on the assistant's reply (chat) or on the
    whole text (text), and on the end-of-turn token that closes it."""
    if fmt == "chat":
        prefix = tok.apply_chat_template(
            record[:-1], chat_template=template, tokenize=False, add_generation_prompt=True
        )
        full = tok.apply_chat_template(record, chat_template=template, tokenize=False)
        p_ids = tok(prefix, add_special_tokens=False)["input_ids"]
        f_ids = tok(full, add_special_tokens=False)["input_ids"]
        if f_ids[: len(p_ids)] != p_ids:
            raise ValueError("the chat template does not extend the prompt with the reply")
        labels = [-100] * len(p_ids) + f_ids[len(p_ids):]
        ids = f_ids
    else:
        ids = tok(record, add_special_tokens=False)["input_ids"] + [tok.eos_token_id]
        labels = list(ids)
    truncated = len(ids) > seq_len
    return ids[:seq_len], labels[:seq_len], truncated


def mean_loss(model, examples, torch):
    """Token-weighted mean loss over `examples` (no gradient)."""
    model.eval()
    total, tokens = 0.0, 0
    with torch.no_grad():
        for ids, labels in examples:
            n = sum(1 for x in labels[1:] if x != -100)
            if n == 0:
                continue
            out = model(
                input_ids=torch.tensor([ids]), labels=torch.tensor([labels])
            )
            total += float(out.loss) * n
            tokens += n
    model.train()
    return total / tokens if tokens else None


def load_base(transformers, base_dir, base_file, dtype, cache):
    """The tokenizer and model of the GGUF, dequantised. The first load converts the GGUF
    (minutes on a busy CPU) and saves the result to `cache` (keyed by the GGUF's sha256 and the
    dtype by the caller); later loads read that. Returns (tokenizer, model, from_cache)."""
    done = os.path.join(cache, ".complete")
    if os.path.exists(done):
        tok = transformers.AutoTokenizer.from_pretrained(cache)
        model = transformers.AutoModelForCausalLM.from_pretrained(cache, dtype=dtype)
        return tok, model, True
    tok = transformers.AutoTokenizer.from_pretrained(base_dir, gguf_file=base_file)
    model = transformers.AutoModelForCausalLM.from_pretrained(
        base_dir, gguf_file=base_file, dtype=dtype
    )
    try:
        tmp = f"{cache}.partial-{os.getpid()}"
        # The GGUF quantiser is only a loading step: the weights are plain tensors now.
        model.hf_quantizer = None
        if hasattr(model.config, "quantization_config"):
            delattr(model.config, "quantization_config")
        model.save_pretrained(tmp)
        tok.save_pretrained(tmp)
        open(os.path.join(tmp, ".complete"), "w").close()
        if not os.path.exists(cache):
            os.rename(tmp, cache)
    except Exception as e:  # the cache is an optimisation: train on without it
        log(f"could not cache the dequantised base in {cache}: {e}")
        import shutil

        shutil.rmtree(tmp, ignore_errors=True)
    return tok, model, False


def train(req):
    t_start = time.time()
    threads = int(req["threads"])
    os.environ["OMP_NUM_THREADS"] = str(threads)
    import torch

    torch.set_num_threads(threads)
    torch.manual_seed(req["seed"])
    torch.use_deterministic_algorithms(True)
    rng = random.Random(req["seed"])

    import transformers
    from peft import LoraConfig, get_peft_model

    transformers.logging.set_verbosity_error()
    base_dir, base_file = os.path.split(os.path.abspath(req["base"]))

    emit("phase", name="load")
    t0 = time.time()
    # float32 by default: on CPUs without AVX-512 BF16 (this machine has AVX2 only) torch's
    # bf16 matmuls fall back to a reference GEMM, ~20x slower than fp32 (docs/bootstrap.md).
    dtype = {"f32": torch.float32, "bf16": torch.bfloat16}[req["dtype"]]
    tok, model, base_cached = load_base(transformers, base_dir, base_file, dtype, req["base_cache"])
    load_s = time.time() - t0
    log(f"base loaded in {load_s:.1f} s ({'cache' if base_cached else 'GGUF'})")
    template = tok.chat_template or CHATML

    emit("phase", name="data")
    fmt = req["format"]
    train_recs = read_jsonl(req["train"], fmt)
    test_recs = read_jsonl(req["test"], fmt) if os.path.exists(req["test"]) else []
    if not train_recs:
        raise ValueError(f"{req['train']}: no training example")
    truncated = 0
    train_ex, test_ex = [], []
    for recs, dst in ((train_recs, train_ex), (test_recs, test_ex)):
        for r in recs:
            ids, labels, cut = encode(tok, template, r, fmt, req["seq_len"])
            truncated += cut
            dst.append((ids, labels))
    train_tokens = sum(len(ids) for ids, _ in train_ex)

    cfg = LoraConfig(
        r=req["rank"],
        lora_alpha=req["alpha"] or 2 * req["rank"],
        lora_dropout=0.0,
        target_modules="all-linear",
        bias="none",
        task_type="CAUSAL_LM",
    )
    model = get_peft_model(model, cfg)
    trainable = sum(p.numel() for p in model.parameters() if p.requires_grad)
    params = [p for p in model.parameters() if p.requires_grad]
    opt = torch.optim.AdamW(params, lr=req["lr"], weight_decay=0.0)
    steps = int(req["steps"]) if req.get("steps") else len(train_ex) * int(req["epochs"])
    warmup = min(req["warmup"], steps // 10)

    def lr_at(step):  # linear warm-up, then linear decay to 0
        if step < warmup:
            return req["lr"] * (step + 1) / warmup
        return req["lr"] * max(0.0, (steps - step) / max(1, steps - warmup))

    emit("phase", name="train")
    model.train()
    order = []
    epoch, losses, tests = 0, [], []
    t0 = time.time()
    for step in range(steps):
        if not order:
            order = list(range(len(train_ex)))
            rng.shuffle(order)
            epoch += 1
        ids, labels = train_ex[order.pop()]
        for g in opt.param_groups:
            g["lr"] = lr_at(step)
        out = model(input_ids=torch.tensor([ids]), labels=torch.tensor([labels]))
        out.loss.backward()
        torch.nn.utils.clip_grad_norm_(params, 1.0)
        opt.step()
        opt.zero_grad(set_to_none=True)
        loss = float(out.loss.detach())
        losses.append(loss)
        emit("step", step=step + 1, steps=steps, epoch=epoch, loss=loss)
        if not order or step + 1 == steps:
            emit("phase", name="test")
            tl = mean_loss(model, test_ex, torch)
            tests.append({"epoch": epoch, "step": step + 1, "test_loss": tl})
            emit("test", epoch=epoch, step=step + 1, test_loss=tl)
    train_s = time.time() - t0

    emit("phase", name="save")
    adapter_dir = req["adapter_dir"]
    # The adapter names its base by file name only (peft writes it into adapter_config.json
    # and its README, which the converter copies into the GGUF's metadata), so the same seed
    # and data give the same bytes wherever the model and the output live.
    for c in model.peft_config.values():
        c.base_model_name_or_path = base_file
    model.save_pretrained(adapter_dir)
    acfg_path = os.path.join(adapter_dir, "adapter_config.json")
    with open(acfg_path, encoding="utf-8") as f:
        acfg = json.load(f)
    acfg["base_model_name_or_path"] = base_file
    with open(acfg_path, "w", encoding="utf-8") as f:
        json.dump(acfg, f, indent=2, sort_keys=True)
        f.write("\n")
    # The converter reads only the base's config.json (its architecture and sizes); the GGUF
    # loader's quantisation note must not go with it.
    base_cfg_dir = req["base_config_dir"]
    os.makedirs(base_cfg_dir, exist_ok=True)
    base_model = model.get_base_model()
    mcfg = base_model.config
    if hasattr(mcfg, "quantization_config"):
        delattr(mcfg, "quantization_config")
    # The converter picks the architecture from this list (the GGUF loader leaves it empty).
    mcfg.architectures = [type(base_model).__name__]
    mcfg.save_pretrained(base_cfg_dir)

    emit("phase", name="convert")
    t0 = time.time()
    conv = subprocess.run(
        [
            sys.executable,
            req["converter"],
            "--base",
            base_cfg_dir,
            "--outtype",
            "f32",
            "--outfile",
            req["adapter_gguf"],
            adapter_dir,
        ],
        stdout=sys.stderr,
        stderr=sys.stderr,
    )
    if conv.returncode != 0:
        raise RuntimeError(
            f"{req['converter']} exited with {conv.returncode} (see the log above)"
        )
    convert_s = time.time() - t0

    emit(
        "result",
        train_examples=len(train_ex),
        test_examples=len(test_ex),
        train_tokens=train_tokens,
        truncated=truncated,
        steps=steps,
        epochs=epoch,
        warmup=warmup,
        trainable_params=trainable,
        train_loss=losses,
        test_loss=tests,
        chat_template="gguf" if tok.chat_template else "chatml",
        base_cached=base_cached,
        load_s=load_s,
        train_s=train_s,
        convert_s=convert_s,
        total_s=time.time() - t_start,
        torch=torch.__version__,
        transformers=transformers.__version__,
    )


def main(argv):
    if len(argv) != 3 or argv[1] not in ("check", "train"):
        sys.stderr.write(__doc__)
        return 2
    try:
        if argv[1] == "check":
            emit("check", wrong=check(argv[2]))
            return 0
        with open(argv[2], encoding="utf-8") as f:
            train(json.load(f))
        return 0
    except Exception as e:  # reported to the Rust side as one JSON event
        import traceback

        traceback.print_exc(file=sys.stderr)
        emit("error", message=f"{type(e).__name__}: {e}")
        return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
