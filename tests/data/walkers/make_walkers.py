"""Regenerate the reference walkers in this folder (deterministic).

    /usr/bin/python3.11 tests/data/walkers/make_walkers.py

Writes, in elmer's walker format {"joints": [[x, y]], "springs": [[i, j,
amplitude, phase]]} (program units, +y up, phase in cycles, no self-springs):

    square.json      the square seed            5 joints,  8 springs
    radial.json      the radial seed            9 joints, 16 springs
    wheel.json       the wheel seed             9 joints, 24 springs
    cppn_grid.json   8 x 3 CPPN-patterned grid 24 joints, 96 springs, <= 10 per joint
    tower.json       tall leaning passive tower 20 joints, 46 springs (topples)
    flinger.json     short springs, amplitude 10 everywhere; 6 joints, 9 springs
    square_openelm.json  the square seed in OpenELM's dict form
    radial_openelm.json  OpenELM's own radial seed, in its dict form: its ring
                         spaces 8 joints by 2 * 3.14 / 7, so joint 7 lands
                         0.016 units from joint 0 and the ring-closing spring
                         (spring 14) is that short (docs/sim.md, stretch floor)

and examples/square.{json,py} (the README's example). Seeds run
through sodarace/walker_creator.py exactly as check_seeds.py runs them.
"""

import json
import math
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", "..", ".."))
SODARACE = os.path.join(ROOT, "sodarace")
EXAMPLES = os.path.join(ROOT, "examples")
sys.path.insert(0, SODARACE)

import check_seeds  # noqa: E402  (sodarace/check_seeds.py)
from cppn import query_cppn  # noqa: E402

OPENELM_SCALE = 0.22  # OpenELM's walker_creator: x * 0.22, -y * 0.22


def seed(name):
    with open(os.path.join(SODARACE, "seeds", name + ".py")) as f:
        return check_seeds.run_program(f.read(), name + ".py")


def spring(i, j, amplitude=0.0, phase=0.0):
    return [int(i), int(j), float(amplitude), float(phase)]


def cppn_grid():
    """8 x 3 grid, spacing 1.5. Links: orthogonal, both diagonals, two along a
    row, (1, 2) knight steps across all rows and (2, 2) long diagonals one way:
    21 + 16 + 14 + 14 + 18 + 7 + 6 = 96 springs, at most 10 on a joint (the
    middle row's inner joints). Amplitude and phase from cppn.query_cppn;
    amplitude under 2 becomes a passive spring (as in the cppn seeds)."""
    columns, rows, spacing = 8, 3, 1.5
    index = {}
    joints = []
    for c in range(columns):
        for r in range(rows):
            index[(c, r)] = len(joints)
            joints.append([c * spacing, r * spacing])
    offsets = [(1, 0), (0, 1), (1, 1), (1, -1), (2, 0), (1, 2), (2, 2)]
    springs = []
    for dc, dr in offsets:
        for c in range(columns):
            for r in range(rows):
                other = (c + dc, r + dr)
                if other not in index:
                    continue
                i, j = index[(c, r)], index[other]
                (x1, y1), (x2, y2) = joints[i], joints[j]
                amplitude, phase = query_cppn(x1, y1, x2, y2)
                if amplitude < 2.0:
                    springs.append(spring(i, j))
                else:
                    springs.append(spring(i, j, amplitude, phase))
    return {"joints": joints, "springs": springs}


def tower():
    """2 columns x 10 rows, 1 unit wide, rows 3 units apart (27 units tall),
    rungs, rails and X braces, all passive. Each row leans 0.15 units further
    right, so the centre of mass (0.675 right of the base centre) is outside
    the 1-unit base: it must topple, deterministically."""
    joints = []
    for r in range(10):
        lean = 0.15 * r
        joints.append([lean, 3.0 * r])
        joints.append([lean + 1.0, 3.0 * r])
    springs = []
    for r in range(10):
        left, right = 2 * r, 2 * r + 1
        springs.append(spring(left, right))           # rung
        if r + 1 < 10:
            up_left, up_right = 2 * r + 2, 2 * r + 3
            springs.append(spring(left, up_left))     # rails
            springs.append(spring(right, up_right))
            springs.append(spring(left, up_right))    # X brace
            springs.append(spring(right, up_left))
    return {"joints": joints, "springs": springs}


def flinger():
    """3 x 2 joints 1.2 units apart: rails, rungs, one diagonal per cell
    (9 springs = 2n - 3, minimally rigid, lengths 1.2 and 1.7). Every spring
    is a muscle at the maximum amplitude 10, phases spread over the cycle."""
    joints = [[1.2 * c, 1.2 * r] for r in range(2) for c in range(3)]
    # 0 1 2 bottom, 3 4 5 top
    pairs = [(0, 1), (1, 2), (3, 4), (4, 5), (0, 3), (1, 4), (2, 5), (0, 4), (1, 5)]
    springs = [spring(i, j, 10.0, ((4 * k) % 9) / 9.0) for k, (i, j) in enumerate(pairs)]
    for s in springs:
        s[3] = round(s[3], 6)
    return {"joints": joints, "springs": springs}


def to_openelm(walker):
    """OpenELM's dict form: scaled by 0.22, y flipped, muscles typed."""
    def coord(v):
        return round(v, 10) + 0.0  # + 0.0 turns -0.0 into 0.0
    joints = [[coord(OPENELM_SCALE * x), coord(-OPENELM_SCALE * y)] for x, y in walker["joints"]]
    muscles = []
    for i, j, amplitude, phase in walker["springs"]:
        kind = "muscle" if amplitude != 0.0 or phase != 0.0 else "distance"
        muscles.append([i, j, {"type": kind, "amplitude": amplitude, "phase": phase}])
    return {"joints": joints, "muscles": muscles}


def openelm_radial():
    """OpenELM's radial seed as its walker_creator returns it: 8 ring joints of
    radius 5 around (5, 5) at angles 2 * 3.14 * k / 7 (k = 0..7, so the last one
    nearly meets the first), then the centre; for each k a passive ring spring
    k -> k + 1 (mod 8) and a spoke k -> centre with amplitude and phase k / 8."""
    joints = []
    for k in range(8):
        angle = 3.14 * 2.0 / 7 * k
        x, y = 5 + 5.0 * math.cos(angle), 5 + 5.0 * math.sin(angle)
        joints.append([OPENELM_SCALE * x, -OPENELM_SCALE * y])
    joints.append([OPENELM_SCALE * 5, -OPENELM_SCALE * 5])
    muscles = []
    for k in range(8):
        muscles.append([k, (k + 1) % 8, {"type": "distance", "amplitude": 0.0, "phase": 0.0}])
        muscles.append([k, 8, {"type": "muscle", "amplitude": k / 8, "phase": k / 8}])
    # k = 0 has amplitude and phase 0: a passive spoke in OpenELM's typing
    muscles[1][2]["type"] = "distance"
    return {"joints": joints, "muscles": muscles}


def dumps(walker):
    """JSON with one joint or spring per line."""
    lines = ["{"]
    keys = list(walker)
    for n, key in enumerate(keys):
        items = walker[key]
        lines.append('  "%s": [' % key)
        for m, item in enumerate(items):
            lines.append("    " + json.dumps(item, allow_nan=False) + ("," if m + 1 < len(items) else ""))
        lines.append("  ]" + ("," if n + 1 < len(keys) else ""))
    lines.append("}")
    text = "\n".join(lines) + "\n"
    assert json.loads(text) == walker
    return text


def write(path, walker):
    with open(path, "w") as f:
        f.write(dumps(walker))


def main():
    walkers = {
        "square": (seed("square"), 5, 8),
        "radial": (seed("radial"), 9, 16),
        "wheel": (seed("wheel"), 9, 24),
        "cppn_grid": (cppn_grid(), 24, 96),
        "tower": (tower(), 20, 46),
        "flinger": (flinger(), 6, 9),
    }
    for name, (walker, n_joints, n_springs) in walkers.items():
        st = check_seeds.check_walker(name, walker)
        assert (st["joints"], st["springs"]) == (n_joints, n_springs), (name, st)
        write(os.path.join(HERE, name + ".json"), walker)
        print("%-10s %2d joints %2d springs  max %2d/joint  max |amp| %-8s %5.2f x %5.2f"
              % (name, st["joints"], st["springs"], st["max_degree"],
                 round(st["max_amplitude"], 4), st["width"], st["height"]))
    tower_walker = walkers["tower"][0]
    assert all(s[2] == 0.0 and s[3] == 0.0 for s in tower_walker["springs"])
    assert all(s[2] == 10.0 for s in walkers["flinger"][0]["springs"])

    openelm = to_openelm(walkers["square"][0])
    with open(os.path.join(HERE, "square_openelm.json"), "w") as f:
        f.write(dumps(openelm))
    # the conversion back (x / 0.22, -y / 0.22) gives the square within rounding
    for (x, y), (ox, oy) in zip(walkers["square"][0]["joints"], openelm["joints"]):
        assert math.isclose(ox / OPENELM_SCALE, x, abs_tol=1e-9)
        assert math.isclose(-oy / OPENELM_SCALE, y, abs_tol=1e-9)
    print("square_openelm.json written")

    radial = openelm_radial()
    (x0, y0), (x7, y7) = radial["joints"][0], radial["joints"][7]
    assert math.hypot(x7 - x0, y7 - y0) / OPENELM_SCALE < 0.02
    with open(os.path.join(HERE, "radial_openelm.json"), "w") as f:
        f.write(dumps(radial))
    print("radial_openelm.json written")

    os.makedirs(EXAMPLES, exist_ok=True)
    shutil.copyfile(os.path.join(HERE, "square.json"), os.path.join(EXAMPLES, "square.json"))
    shutil.copyfile(os.path.join(SODARACE, "seeds", "square.py"), os.path.join(EXAMPLES, "square.py"))
    print("examples/square.json and examples/square.py written")


if __name__ == "__main__":
    main()
