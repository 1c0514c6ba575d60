"""runner: a 5 x 8 grid body patterned by a small CPPN written in the program.

Joints sit 1.5 units apart in 5 rows of 8. Candidate springs join every pair
up to two steps apart (3.4 units), shortest first; a spring is kept only
while both its joints have fewer than 10 springs, so the grid stays
triangulated and within the limit. The CPPN makes the low springs strong
muscles whose phase travels along the body, a wave from tail to head.
40 joints, 173 springs.
"""
import math

from walker_creator import walker_creator

MAX_SPRINGS_PER_JOINT = 10


def pattern(x1, y1, x2, y2):
    """A tiny CPPN: (amplitude, phase) for the spring from (x1, y1) to (x2, y2)."""
    mx, my = 0.5 * (x1 + x2), 0.5 * (y1 + y2)
    # strongest near the ground, fading with height (a gaussian node)
    strength = math.exp(-((my - 0.75) / 3.0) ** 2)
    # a periodic node along the body
    ripple = 0.5 + 0.5 * math.sin(0.8 * mx + 0.3 * my)
    amplitude = round(1.0 + 4.0 * strength * (0.5 + 0.5 * ripple), 4)
    # the phase travels along x, a little ahead on the upper springs
    phase = round((0.09 * mx + 0.05 * my) % 1.0, 4)
    return amplitude, phase


def make_walker():
    wc = walker_creator()
    rows, columns, spacing = 5, 8, 1.5
    joints = []
    for r in range(rows):
        for c in range(columns):
            joints.append(wc.add_joint(c * spacing, r * spacing))

    # every pair up to 3.4 units apart, shortest first (ties by index)
    candidates = []
    for i in range(len(joints)):
        for j in range(i + 1, len(joints)):
            (x1, y1), (x2, y2) = joints[i], joints[j]
            d = math.hypot(x2 - x1, y2 - y1)
            if d < 3.4:
                candidates.append((round(d, 6), i, j))
    candidates.sort()

    # prune: keep a spring only while both its joints have room
    count = [0] * len(joints)
    for d, i, j in candidates:
        if count[i] >= MAX_SPRINGS_PER_JOINT or count[j] >= MAX_SPRINGS_PER_JOINT:
            continue
        count[i] += 1
        count[j] += 1
        (x1, y1), (x2, y2) = joints[i], joints[j]
        amplitude, phase = pattern(x1, y1, x2, y2)
        if d > 3.0:
            wc.add_muscle(joints[i], joints[j])  # long braces stay passive
        else:
            wc.add_muscle(joints[i], joints[j], amplitude, phase)
    return wc.get_walker()
