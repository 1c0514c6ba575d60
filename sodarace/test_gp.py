"""Tests of the GP mutation operator (sodarace/gp.py).

    /usr/bin/python3.11 sodarace/test_gp.py            # all tests
    /usr/bin/python3.11 sodarace/test_gp.py -k range   # unittest's name filter

One test per edit kind on the seeds and DESIGN's formats/parent.py, determinism, comments,
awkward layouts (CRLF, ``;``, one-line blocks, UTF-8), and 2000 random mutations of every
seed whose children all compile.
"""
import ast
import difflib
import glob
import json
import os
import re
import sys
import unittest
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import gp  # noqa: E402

# elmer's defaults and kinds, generated from the Rust side (src/python_spec.rs).
with open(os.path.join(HERE, "spec.json"), encoding="utf-8") as _f:
    _SPEC = json.load(_f)["gp"]
DEFAULT_WEIGHTS = [list(pair) for pair in _SPEC["weights"]]
DEFAULT_SIGMA = _SPEC["sigma"]
KINDS = [kind for kind, _ in DEFAULT_WEIGHTS]

SEEDS = {
    os.path.basename(p)[:-3]: open(p, encoding="utf-8").read()
    for p in sorted(glob.glob(os.path.join(HERE, "seeds", "*.py")))
}
# A copy of shared/formats/parent.py, the ELM diff example's parent.
_PARENT_PATH = os.path.join(HERE, "..", "tests", "data", "formats", "parent.py")
PARENT = open(_PARENT_PATH, encoding="utf-8").read()
PROGRAMS = dict(SEEDS, parent=PARENT)


def weights(**given):
    """Every kind in elmer's order, weight 0 unless given."""
    return [[k, float(given.get(k, 0.0))] for k in KINDS]


def only(kind):
    return weights(**{kind: 1.0})


def mutate(source, kind=None, seed=0, others=(), sigma=DEFAULT_SIGMA):
    w = only(kind) if kind else DEFAULT_WEIGHTS
    return gp.mutate({"source": source, "others": list(others), "seed": seed,
                      "weights": w, "sigma": sigma})


def changed_lines(a, b):
    """(removed, added) lines of a diff from ``a`` to ``b``."""
    removed, added = [], []
    for line in difflib.unified_diff(a.splitlines(), b.splitlines(), lineterm="", n=0):
        if line.startswith("-") and not line.startswith("---"):
            removed.append(line[1:])
        elif line.startswith("+") and not line.startswith("+++"):
            added.append(line[1:])
    return removed, added


def comments(source):
    return [line.strip() for line in source.splitlines() if line.strip().startswith("#")]


def numbers(source):
    """Numeric literals, ``-x`` as one negative literal."""
    tree = ast.parse(source)
    out, inner = [], set()
    for n in ast.walk(tree):
        if isinstance(n, ast.UnaryOp) and isinstance(n.op, ast.USub) and isinstance(n.operand, ast.Constant):
            inner.add(id(n.operand))
            out.append(repr(-n.operand.value))
        elif isinstance(n, ast.Constant) and type(n.value) in (int, float) and id(n) not in inner:
            out.append(repr(n.value))
    return sorted(out)


class EditKinds(unittest.TestCase):
    def test_perturb_number(self):
        for name, src in PROGRAMS.items():
            for seed in range(20):
                r = mutate(src, "perturb_number", seed)
                self.assertEqual(r["edit"], "perturb_number", name)
                removed, added = changed_lines(src, r["source"])
                self.assertEqual((len(removed), len(added)), (1, 1), (name, seed))
                # exactly one number changed, in place
                a, b = Counter(numbers(src)), Counter(numbers(r["source"]))
                self.assertEqual(sum(a.values()), sum(b.values()))
                self.assertEqual(sum((a - b).values()), 1, (name, seed))
                # ints stay ints
                ra = re.sub(r"[-\d.e+]+", "N", removed[0])
                rb = re.sub(r"[-\d.e+]+", "N", added[0])
                self.assertEqual(ra.replace("(N)", "N"), rb.replace("(N)", "N"), (removed, added))

    def test_perturb_keeps_ints_and_handles_negatives(self):
        src = "def make_walker():\n    x = f(3, -2.5, -4, 0.0, 7 ** 2)\n    return x\n"
        seen = set()
        for seed in range(200):
            r = mutate(src, "perturb_number", seed)
            call = ast.parse(r["source"]).body[0].body[0].value
            vals = [ast.literal_eval(a) if not isinstance(a, ast.BinOp) else a for a in call.args]
            self.assertIsInstance(vals[0], int)
            self.assertIsInstance(vals[1], float)
            self.assertIsInstance(vals[2], int)
            self.assertIsInstance(vals[3], float)
            seen.update(i for i, (v, w) in enumerate(zip(vals[:4], (3, -2.5, -4, 0.0))) if v != w)
            if vals[0] != 3:
                self.assertIn(abs(vals[0] - 3), (1, 2))
        self.assertEqual(seen, {0, 1, 2, 3})

    def test_perturb_sigma_scales_floats(self):
        src = "def make_walker():\n    return g(100.0)\n"
        for sigma, bound in ((0.01, 10.0), (0.2, 200.0)):
            vals = [ast.literal_eval(ast.parse(mutate(src, "perturb_number", s, sigma=sigma)["source"])
                                     .body[0].body[0].value.args[0]) for s in range(100)]
            self.assertTrue(all(abs(v - 100.0) < bound for v in vals), (sigma, vals))
            spread = max(vals) - min(vals)
            self.assertGreater(spread, 100.0 * sigma, (sigma, vals))

    def test_swap_operator(self):
        for name in ("radial", "wheel", "galloper", "runner", "cppn_fixed", "cppn_mutable"):
            src = SEEDS[name]
            for seed in range(20):
                r = mutate(src, "swap_operator", seed)
                self.assertEqual(r["edit"], "swap_operator", name)
                removed, added = changed_lines(src, r["source"])
                self.assertEqual((len(removed), len(added)), (1, 1))
                # one character changed, an operator for another
                sm = difflib.SequenceMatcher(a=removed[0], b=added[0])
                ops = [o for o in sm.get_opcodes() if o[0] != "equal"]
                self.assertEqual(len(ops), 1, (removed, added))
                tag, i1, i2, j1, j2 = ops[0]
                self.assertEqual(tag, "replace")
                self.assertIn(removed[0][i1:i2], list("+-*/"))
                self.assertIn(added[0][j1:j2], list("+-*/"))

    def test_swap_operator_skips_strings_and_lists(self):
        src = "def make_walker():\n    a = [0] * 3\n    b = 'x' + 'y'\n    return a\n"
        r = mutate(src, "swap_operator", 0)
        self.assertIsNone(r["source"])
        self.assertIn("no edit applies", r["error"])

    def test_swap_operator_across_comments_and_parens(self):
        src = "def make_walker():\n    return ((a)  # not + this\n            - b)\n"
        for seed in range(10):
            r = mutate(src, "swap_operator", seed)
            self.assertIn("# not + this", r["source"])
            self.assertNotIn("- b", r["source"])

    def test_change_range(self):
        for name in ("radial", "wheel", "galloper", "runner", "cppn_fixed", "cppn_mutable"):
            src = SEEDS[name]
            for seed in range(20):
                r = mutate(src, "change_range", seed)
                self.assertEqual(r["edit"], "change_range", name)
                removed, added = changed_lines(src, r["source"])
                self.assertEqual((len(removed), len(added)), (1, 1), (name, seed))
                self.assertIn("range(", removed[0])
                self.assertIn("range(", added[0])

    def test_change_range_forms(self):
        src = "def make_walker():\n    for i in range(n):\n        for j in range(i + 1, len(x)):\n            for k in range(0):\n                pass\n    return 1\n"
        outs = set()
        for seed in range(200):
            r = mutate(src, "change_range", seed)
            removed, added = changed_lines(src, r["source"])
            self.assertEqual(len(added), 1)
            outs.update(added)
        expected = {
            "    for i in range(n + 1):", "    for i in range(n - 1):",
            "        for j in range(i + 2, len(x)):", "        for j in range(i, len(x)):",
            "        for j in range(i + 1, len(x) + 1):", "        for j in range(i + 1, len(x) - 1):",
            "            for k in range(1):",
        }
        self.assertEqual(expected, outs)

    def test_duplicate_statement(self):
        for name, src in PROGRAMS.items():
            for seed in range(20):
                r = mutate(src, "duplicate_statement", seed)
                self.assertEqual(r["edit"], "duplicate_statement")
                removed, added = changed_lines(src, r["source"])
                self.assertEqual(removed, [])
                self.assertTrue(added)
                # the added lines repeat the lines just above them
                lines = r["source"].splitlines()
                text = "\n".join(added)
                n = len(added)
                idx = [i for i in range(len(lines) - 2 * n + 1)
                       if "\n".join(lines[i:i + n]) == text and lines[i + n:i + 2 * n] == added]
                self.assertTrue(idx, (name, seed, added))
                self.assertNotIn("walker_creator()", text)
                self.assertFalse(text.strip().startswith("return"))

    def test_delete_statement(self):
        for name, src in PROGRAMS.items():
            for seed in range(20):
                r = mutate(src, "delete_statement", seed)
                self.assertEqual(r["edit"], "delete_statement")
                removed, added = changed_lines(src, r["source"])
                self.assertEqual(added, [])
                self.assertTrue(removed)
                text = "\n".join(removed)
                self.assertNotIn("return", text)
                self.assertNotIn("walker_creator()", text)
                self.assertEqual(r["source"].count("return wc.get_walker()"), 1)

    def test_delete_never_empties_a_block(self):
        src = "def make_walker():\n    wc = walker_creator()\n    for i in range(3):\n        wc.add_joint(i, 0)\n    if x:\n        y = 1\n    return wc.get_walker()\n"
        r = mutate(src, "delete_statement", 0)
        self.assertIsNone(r["source"])

    def test_swap_arguments(self):
        for name, src in PROGRAMS.items():
            for seed in range(20):
                r = mutate(src, "swap_arguments", seed)
                self.assertEqual(r["edit"], "swap_arguments")
                a, b = ast.parse(src), ast.parse(r["source"])
                calls_a = [n for n in ast.walk(a) if isinstance(n, ast.Call)]
                calls_b = [n for n in ast.walk(b) if isinstance(n, ast.Call)]
                diffs = [(x, y) for x, y in zip(calls_a, calls_b) if ast.dump(x) != ast.dump(y)]
                self.assertTrue(diffs)
                # one changed call has the same arguments, two of them swapped
                swapped = 0
                for x, y in diffs:
                    ax = [ast.dump(v) for v in x.args]
                    ay = [ast.dump(v) for v in y.args]
                    if sorted(ax) == sorted(ay) and sum(1 for u, v in zip(ax, ay) if u != v) == 2:
                        swapped += 1
                self.assertEqual(swapped, 1, (name, seed))

    def test_crossover_replaces_same_name(self):
        r = mutate(SEEDS["square"], "crossover", 0, others=[SEEDS["wheel"]])
        self.assertEqual(r["edit"], "crossover")
        child = r["source"]
        self.assertIn("hub = wc.add_joint(cx + 0.4, cy - 0.3)", child)
        self.assertNotIn("center = wc.add_joint(5, 5)", child)
        self.assertIn("import math", child)  # the wheel's make_walker needs it
        self.assertIn("def make_square", child)  # kept
        self.assertIn(SEEDS["square"].split("\n\n\ndef make_square")[0], child)  # docstring kept
        self.assertEqual(len(re.findall(r"^def make_walker", child, re.M)), 1)

    def test_crossover_brings_helpers(self):
        seen = set()
        for seed in range(40):
            r = mutate(SEEDS["square"], "crossover", seed, others=[SEEDS["radial"]])
            child = r["source"]
            tree = ast.parse(child)
            names = [s.name for s in tree.body if isinstance(s, ast.FunctionDef)]
            self.assertEqual(names[-1], "make_walker")
            self.assertEqual(len(names), len(set(names)))
            if "rim = make_circle" in child:
                seen.add("make_walker")
                self.assertIn("def make_circle", child)
                self.assertIn("import math", child)
            elif "def make_circle" in child:
                seen.add("helper")
                self.assertIn("center = wc.add_joint(5, 5)", child)
        self.assertEqual(seen, {"make_walker", "helper"})

    def test_crossover_brings_constants_and_cppn_import(self):
        for seed in range(20):
            r = mutate(SEEDS["square"], "crossover", seed, others=[SEEDS["runner"]])
            if "candidates.sort()" in r["source"]:
                self.assertIn("MAX_SPRINGS_PER_JOINT = 10", r["source"])
                self.assertIn("def pattern(", r["source"])
                break
        else:
            self.fail("runner's make_walker never crossed over")
        r = mutate(SEEDS["square"], "crossover", 0, others=[SEEDS["cppn_fixed"]])
        self.assertIn("from cppn import query_cppn", r["source"])

    def test_crossover_needs_a_different_function(self):
        r = mutate(SEEDS["square"], "crossover", 0, others=[SEEDS["square"], PARENT[:0]])
        self.assertIsNone(r["source"])
        r = mutate(SEEDS["square"], "crossover", 0, others=["def broken(:\n"])
        self.assertIsNone(r["source"])
        # only comments differ: not a candidate
        r = mutate(SEEDS["square"], "crossover", 0, others=[SEEDS["square"].replace("# the", "# a")])
        self.assertIsNone(r["source"])

    def test_crossover_without_make_walker_appends(self):
        src = "import math\n\ndef helper():\n    return 1"
        r = mutate(src, "crossover", 0, others=["def other():\n    return math.pi\n"])
        self.assertEqual(r["source"], src + "\n\n\ndef other():\n    return math.pi\n")


class Behaviour(unittest.TestCase):
    def test_deterministic(self):
        for name, src in PROGRAMS.items():
            others = [s for n, s in PROGRAMS.items() if n != name][:3]
            for seed in (0, 1, 2**64 - 1):
                self.assertEqual(mutate(src, seed=seed, others=others),
                                 mutate(src, seed=seed, others=others))
        outs = {mutate(SEEDS["runner"], seed=s)["source"] for s in range(20)}
        self.assertGreater(len(outs), 15)

    def test_comments_and_docstrings_preserved(self):
        for name, src in PROGRAMS.items():
            for seed in range(100):
                r = mutate(src, seed=seed)
                if r["edit"] in ("crossover", "delete_statement"):
                    continue
                self.assertEqual(comments(src), comments(r["source"]), (name, r["edit"]))
                self.assertEqual(ast.get_docstring(ast.parse(src)), ast.get_docstring(ast.parse(r["source"])))

    def test_the_edits_are_elmers_kinds(self):
        self.assertEqual(list(gp._EDITS), KINDS)

    def test_weights_pick_kinds(self):
        counts = {}
        w = weights(perturb_number=3.0, delete_statement=1.0)
        for seed in range(400):
            r = gp.mutate({"source": SEEDS["radial"], "seed": seed, "weights": w,
                           "sigma": DEFAULT_SIGMA})
            counts[r["edit"]] = counts.get(r["edit"], 0) + 1
        self.assertEqual(set(counts), {"perturb_number", "delete_statement"})
        self.assertGreater(counts["perturb_number"], 2 * counts["delete_statement"])

    def test_falls_back_to_other_kinds(self):
        # square has no range() and no arithmetic: those kinds fall back to the others
        w = weights(change_range=1.0, swap_operator=1.0, perturb_number=0.001)
        r = gp.mutate({"source": SEEDS["square"], "seed": 3, "weights": w,
                       "sigma": DEFAULT_SIGMA})
        self.assertEqual(r["edit"], "perturb_number")

    def test_errors(self):
        r = mutate("def make_walker(:\n    pass\n", seed=0)
        self.assertEqual((r["source"], r["edit"], r["status"]), (None, None, "syntax_error"))
        self.assertIn("line 1", r["error"])
        r = mutate("return 1\n", seed=0)  # parses, but does not compile
        self.assertEqual(r["status"], "syntax_error")
        r = mutate("x = 'a\0b'\n".replace("'a", "a"), seed=0)
        self.assertEqual(r["status"], "syntax_error")
        r = mutate("", seed=0)
        self.assertEqual((r["source"], r["status"]), (None, "exception"))
        r = gp.mutate({"source": "x = 1\n", "seed": 0, "weights": [["bogus", 1.0]],
                       "sigma": DEFAULT_SIGMA})
        self.assertIn("bogus", r["error"])
        r = gp.mutate({"source": "x = 1\n", "seed": 0, "weights": weights(),
                       "sigma": DEFAULT_SIGMA})
        self.assertIn("zero", r["error"])
        r = gp.mutate({"source": "x = 1\n", "seed": 0, "weights": DEFAULT_WEIGHTS * 2,
                       "sigma": DEFAULT_SIGMA})
        self.assertIn("twice", r["error"])
        r = gp.mutate({"source": "x = 1\n", "seed": 0, "weights": {"crossover": 1.0},
                       "sigma": DEFAULT_SIGMA})
        self.assertIn("pairs", r["error"])
        r = gp.mutate({"source": "x = 1\n", "seed": "x"})
        self.assertIsNone(r["source"])
        r = gp.mutate(None)
        self.assertIsNone(r["source"])

    def test_awkward_layouts(self):
        src = ("import math\r\nfrom walker_creator import walker_creator\r\n"
               "def make_walker():\r\n"
               "    wc = walker_creator(); s = 'h\u00e9llo \u00fcn\u00efcode'  # \u00e7 comment\r\n"
               "    a = wc.add_joint(0, 0); b = wc.add_joint(3.5, -1.0)\r\n"
               "    for i in range(2): wc.add_muscle(a, b, 2.0 * i, 0.1); x = 1 + 2\r\n"
               "    t = f'{1+2}{a!r:>{4}}'\r\n"
               "    y = (2 +\r\n         3) \\\r\n        * 4\r\n"
               "    \u00e9t\u00e9 = x+-1;\r\n"
               "    return wc.get_walker()")
        kinds = set()
        for seed in range(1000):
            r = mutate(src, seed=seed, others=[SEEDS["square"]])
            self.assertIsNotNone(r["source"], r)
            compile(r["source"], "<child>", "exec")
            if r["edit"] not in ("crossover", "delete_statement"):
                self.assertIn("# \u00e7 comment", r["source"])
                self.assertIn("f'{1+2}{a!r:>{4}}'", r["source"])
            kinds.add(r["edit"])
        self.assertEqual(kinds, set(KINDS))

    def test_children_always_compile(self):
        """2000 random mutations of every seed (and of parent.py) compile; every kind occurs."""
        for name, src in PROGRAMS.items():
            others = [SEEDS[n] for n in ("square", "radial", "runner") if n != name]
            kinds = set()
            for seed in range(2000):
                r = mutate(src, seed=seed, others=others)
                self.assertIsNotNone(r["source"], (name, seed, r))
                self.assertNotEqual(r["source"], src)
                compile(r["source"], name, "exec")
                kinds.add(r["edit"])
            expected = set(KINDS)
            if name in ("square", "parent"):
                expected -= {"swap_operator", "change_range"}
            self.assertEqual(kinds, expected, name)

    def test_mutants_of_mutants_compile(self):
        """A chain of 300 mutations stays valid Python."""
        for name in ("square", "runner"):
            src = SEEDS[name]
            for seed in range(300):
                r = mutate(src, seed=seed, others=[SEEDS["radial"]])
                self.assertIsNotNone(r["source"], (name, seed, r))
                compile(r["source"], name, "exec")
                src = r["source"]


if __name__ == "__main__":
    unittest.main()
