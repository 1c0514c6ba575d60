"""Run every seed program and check it against the walker limits (DESIGN.md section 2).

    /usr/bin/python3.11 sodarace/check_seeds.py            # check, print a table
    /usr/bin/python3.11 sodarace/check_seeds.py --markdown # the table for seeds/README.md

Programs run the way the worker runs them: ``walker_creator`` is registered in
``sys.modules`` under every alias, ``cppn`` is importable, and ``make_walker()``
is called in a fresh namespace. This is a plain-Python check of the seeds;
Rust validates again (src/walker.rs) and its tests are the authority.
"""

import ast
import itertools
import json
import math
import os
import re
import sys
import types

HERE = os.path.dirname(os.path.abspath(__file__))
SEEDS_DIR = os.path.join(HERE, "seeds")
# The seed names, the importable modules and their aliases, and the walker limits are elmer's,
# generated from the Rust side (src/python_spec.rs).
with open(os.path.join(HERE, "spec.json"), encoding="utf-8") as _f:
    SPEC = json.load(_f)
SEEDS = SPEC["seeds"]
_API = SPEC["modules"][0]
ALIASES = [_API["name"]] + _API["aliases"]
ALLOWED_IMPORTS = set(SPEC["allowed_stdlib"]) | {
    name for m in SPEC["modules"] for name in [m["name"]] + m["aliases"]}

_LIMITS = SPEC["limits"]
MAX_SPRINGS_PER_JOINT = _LIMITS["max_springs_per_joint"]
MAX_AMPLITUDE = _LIMITS["max_amplitude"]
MIN_JOINT_DISTANCE = _LIMITS["min_joint_distance"]
MAX_EXTENT = _LIMITS["max_extent"]
MIN_JOINTS, MAX_JOINTS = _LIMITS["min_joints"], _LIMITS["max_joints"]
MIN_SPRINGS, MAX_SPRINGS = _LIMITS["min_springs"], _LIMITS["max_springs"]


def register_api():
    """Import walker_creator and cppn from sodarace/ and register the aliases."""
    if HERE not in sys.path:
        sys.path.insert(0, HERE)
    import walker_creator as module
    import cppn  # noqa: F401  (importable by programs)
    for name in ALIASES:
        # dotted aliases need their parent packages in sys.modules too
        parts = name.split(".")
        for k in range(1, len(parts)):
            parent = ".".join(parts[:k])
            if parent not in sys.modules:
                sys.modules[parent] = types.ModuleType(parent)
                if k > 1:
                    setattr(sys.modules[".".join(parts[:k - 1])], parts[k - 1], sys.modules[parent])
        sys.modules[name] = module
        if len(parts) > 1:
            setattr(sys.modules[".".join(parts[:-1])], parts[-1], module)
    return module


def run_program(source, filename="<program>"):
    """exec a program and return make_walker().to_dict()."""
    api = register_api()
    namespace = {"__name__": "__program__", "walker_creator": api.walker_creator}
    exec(compile(source, filename, "exec"), namespace)
    walker = namespace["make_walker"]()
    if not isinstance(walker, api.Walker):
        raise AssertionError("%s: make_walker() returned %r, not a Walker" % (filename, walker))
    return walker.to_dict()


def imports_of(source):
    names = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            names.add(node.module)
    return names


def stats(walker):
    joints, springs = walker["joints"], walker["springs"]
    degree = [0] * len(joints)
    for i, j, _, _ in springs:
        degree[i] += 1
        degree[j] += 1
    muscles = [s for s in springs if s[2] != 0.0 or s[3] != 0.0]
    phases = sorted({s[3] for s in muscles if s[2] != 0.0})
    xs = [x for x, _ in joints]
    ys = [y for _, y in joints]
    min_dist = min(math.dist(a, b) for a, b in itertools.combinations(joints, 2))
    return {
        "joints": len(joints),
        "springs": len(springs),
        "muscles": len(muscles),
        "passive": len(springs) - len(muscles),
        "max_degree": max(degree),
        "max_amplitude": max(abs(s[2]) for s in springs),
        "min_distance": min_dist,
        "width": max(xs) - min(xs),
        "height": max(ys) - min(ys),
        "phases": phases,
    }


def check_walker(name, walker):
    """Assert the limits; returns stats(walker)."""
    joints, springs = walker["joints"], walker["springs"]
    json.dumps(walker, allow_nan=False)  # finite and serialisable
    assert set(walker) == {"joints", "springs"}, (name, set(walker))
    for x, y in joints:
        assert type(x) is float and type(y) is float, (name, x, y)
        assert math.isfinite(x) and math.isfinite(y), (name, x, y)
    for s in springs:
        i, j, a, p = s
        assert type(i) is int and type(j) is int, (name, s)
        assert type(a) is float and type(p) is float, (name, s)
        assert 0 <= i < len(joints) and 0 <= j < len(joints), (name, s)
        assert i != j, "%s: self-spring %r" % (name, s)
        assert math.isfinite(a) and math.isfinite(p), (name, s)
        assert abs(a) <= MAX_AMPLITUDE, "%s: amplitude %r > %r" % (name, a, MAX_AMPLITUDE)
    st = stats(walker)
    assert MIN_JOINTS <= st["joints"] <= MAX_JOINTS, (name, st["joints"])
    assert MIN_SPRINGS <= st["springs"] <= MAX_SPRINGS, (name, st["springs"])
    assert st["max_degree"] <= MAX_SPRINGS_PER_JOINT, (name, st["max_degree"])
    assert st["min_distance"] >= MIN_JOINT_DISTANCE, (name, st["min_distance"])
    assert st["width"] <= MAX_EXTENT and st["height"] <= MAX_EXTENT, (name, st["width"], st["height"])
    pairs = [tuple(sorted(s[:2])) for s in springs]
    assert len(pairs) == len(set(pairs)), "%s: duplicate springs" % name
    return st


def check_seed(name):
    path = os.path.join(SEEDS_DIR, name + ".py")
    with open(path) as f:
        source = f.read()
    assert source.startswith('"""') or source.startswith("from walker_creator import"), name
    assert "from walker_creator import walker_creator" in source, name
    bad = imports_of(source) - ALLOWED_IMPORTS
    assert not bad, "%s: forbidden imports %s" % (name, sorted(bad))
    walker = run_program(source, path)
    assert walker == run_program(source, path), "%s: not deterministic" % name
    st = check_walker(name, walker)
    non_zero = [p for p in st["phases"] if p != 0.0]
    assert len(non_zero) >= 2, "%s: muscles use fewer than two distinct non-zero phases: %r" % (
        name, st["phases"])
    # the docstring's "N joints, M springs" must be the truth
    doc = ast.get_docstring(ast.parse(source)) or ""
    m = re.search(r"(\d+) joints, (\d+) springs", doc)
    assert m, "%s: docstring does not state its counts" % name
    assert (int(m.group(1)), int(m.group(2))) == (st["joints"], st["springs"]), (
        "%s: docstring says %s, walker has %d joints, %d springs"
        % (name, m.group(0), st["joints"], st["springs"]))
    return walker, st


def format_phases(phases):
    if len(phases) > 8:
        return "%d distinct, %s .. %s" % (len(phases), _f(phases[0]), _f(phases[-1]))
    return ", ".join(_f(p) for p in phases)


def _f(v):
    return ("%.4f" % v).rstrip("0").rstrip(".") if v != int(v) else "%d" % v


def markdown_rows(results):
    rows = ["| seed | joints | springs | muscles | passive | max springs/joint | max amplitude | size (w x h) | muscle phases (cycles) |",
            "|---|---|---|---|---|---|---|---|---|"]
    for name, st in results:
        rows.append("| `%s` | %d | %d | %d | %d | %d | %s | %s x %s | %s |" % (
            name, st["joints"], st["springs"], st["muscles"], st["passive"], st["max_degree"],
            _f(round(st["max_amplitude"], 2)), _f(round(st["width"], 2)),
            _f(round(st["height"], 2)), format_phases(st["phases"])))
    return rows


def check_api():
    """The API's contract: handles, the paper's form, coordinate lookup, errors, aliases."""
    api = register_api()
    wc = api.walker_creator()
    a = wc.add_joint(0, 0)
    b = wc.add_joint(3, 4)
    assert a == (0.0, 0.0) and isinstance(a, tuple) and a[0] == 0.0
    x, y = b
    assert (x, y) == (3.0, 4.0)
    wc.add_muscle(a, b)
    wc.add_muscle(a, b, True, 5.0, 0.25)
    wc.add_muscle((0, 0), [3, 4], 2.0)
    wc.add_muscle(0, 1, phase=0.5)
    wc.add_spring(b, a)
    wc.add_muscle(a, a, 1.0, 0.0)  # self-spring: kept here, dropped by Rust
    d = wc.get_walker().to_dict()
    assert d == {"joints": [[0.0, 0.0], [3.0, 4.0]],
                 "springs": [[0, 1, 0.0, 0.0], [0, 1, 5.0, 0.25], [0, 1, 2.0, 0.0],
                             [0, 1, 0.0, 0.5], [1, 0, 0.0, 0.0], [0, 0, 1.0, 0.0]]}, d
    for bad, error in [(lambda: wc.add_joint("1", 0), TypeError),
                       (lambda: wc.add_joint(0, None), TypeError),
                       (lambda: wc.add_muscle(a, (9, 9)), ValueError),
                       (lambda: wc.add_muscle(a, 5), ValueError),
                       (lambda: wc.add_muscle(a, b, "big"), TypeError)]:
        try:
            bad()
        except error:
            pass
        else:
            raise AssertionError("expected %s" % error.__name__)
    for alias in ALIASES:
        src = ("from %s import walker_creator\n"
               "def make_walker():\n"
               "    wc = walker_creator()\n"
               "    wc.add_muscle(wc.add_joint(0, 0), wc.add_joint(1, 0), False, 1.0, 0.5)\n"
               "    return wc.get_walker()\n" % alias)
        assert run_program(src)["springs"] == [[0, 1, 1.0, 0.5]], alias
    # a program that forgot the import still runs (walker_creator is predefined)
    src = src.split("\n", 1)[1]
    assert run_program(src)["joints"] == [[0.0, 0.0], [1.0, 0.0]]


def main():
    check_api()
    results = []
    walkers = {}
    for name in SEEDS:
        walker, st = check_seed(name)
        walkers[name] = walker
        results.append((name, st))
    assert walkers["cppn_mutable"] == walkers["cppn_fixed"], "cppn_mutable differs from cppn_fixed"
    rows = markdown_rows(results)
    if "--markdown" in sys.argv:
        print("\n".join(rows))
        return
    for name, st in results:
        print("%-13s %2d joints %3d springs (%3d muscles, %2d passive)  max %2d/joint  "
              "max |amp| %-5s  %5.2f x %5.2f  min dist %.3f  %d phases"
              % (name, st["joints"], st["springs"], st["muscles"], st["passive"],
                 st["max_degree"], _f(round(st["max_amplitude"], 3)), st["width"],
                 st["height"], st["min_distance"], len(st["phases"])))
    # the README's table must match
    readme = os.path.join(SEEDS_DIR, "README.md")
    if os.path.exists(readme):
        with open(readme) as f:
            text = f.read()
        missing = [r for r in rows if r not in text]
        assert not missing, "seeds/README.md is stale; regenerate with --markdown:\n" + "\n".join(missing)
    else:
        print("warning: seeds/README.md missing")
    print("all %d seeds pass" % len(SEEDS))


if __name__ == "__main__":
    main()
