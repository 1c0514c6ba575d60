"""Writes expected.json: P(Yes) of each recorded reply, computed apart from elmer's reader.

P(Yes) = sum p(yes-like) / (sum p(yes-like) + sum p(no-like)) over the first token's
alternatives, a token yes-like (no-like) when, stripped of spaces and punctuation and
lower-cased, it is "yes" ("no"); null when neither occurs. Run: python3 expected.py
"""
import glob, json, math, os, string

def alternatives(v):
    c = (v.get("choices") or [{}])[0]
    lp = c.get("logprobs") or {}
    if lp.get("content"):
        return [(a["token"], a["logprob"]) for a in lp["content"][0]["top_logprobs"]]
    if lp.get("top_logprobs"):
        return list(lp["top_logprobs"][0].items())
    cp = v.get("completion_probabilities") or c.get("completion_probabilities")
    if cp:
        e = cp[0]
        if "top_logprobs" in e:
            return [(a["token"], a["logprob"]) for a in e["top_logprobs"]]
        key = "probs" if "probs" in e else "top_probs"
        return [(a.get("tok_str", a.get("token")), math.log(a["prob"])) for a in e[key]]
    return None

def p_yes(alts):
    yes = no = 0.0
    for tok, lp in alts:
        w = tok.strip().strip(string.punctuation).lower()
        if w == "yes":
            yes += math.exp(lp)
        elif w == "no":
            no += math.exp(lp)
    return yes / (yes + no) if yes + no > 0 else None

here = os.path.dirname(os.path.abspath(__file__))
out = {}
for path in sorted(glob.glob(os.path.join(here, "*.json"))):
    name = os.path.basename(path)
    if name == "expected.json":
        continue
    alts = alternatives(json.load(open(path)))
    out[name] = {"logprobs": alts is not None, "p_yes": p_yes(alts) if alts else None}
json.dump(out, open(os.path.join(here, "expected.json"), "w"), indent=1, sort_keys=True)
open(os.path.join(here, "expected.json"), "a").write("\n")
