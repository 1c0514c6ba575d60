"""cppn_mutable: the cppn_fixed walker with its CPPN written out here.

Same 8 x 3 grid and springs as cppn_fixed, but ``query_cppn`` is part of the
program, so evolution can change the network's weights and nodes as well as
the body. Unchanged, it builds exactly the cppn_fixed walker.
24 joints, 65 springs, at most 8 springs on a joint.
"""
import math

from walker_creator import walker_creator


def sigmoid(z):
    return 1.0 / (1.0 + math.exp(-z))


def gaussian(z):
    return math.exp(-z * z)


def query_cppn(x1, y1, x2, y2):
    """(amplitude in [0, 6], phase in [0, 1) cycles) for a spring."""
    # inputs: the spring's midpoint, direction and length
    mx = 0.5 * (x1 + x2)
    my = 0.5 * (y1 + y2)
    dx = x2 - x1
    dy = y2 - y1
    d = math.sqrt(dx * dx + dy * dy)
    # hidden nodes
    h1 = math.sin(0.9 * mx + 0.3 * my + 0.2)
    h2 = gaussian(0.35 * mx - 0.8 * my + 0.1)
    h3 = sigmoid(1.2 * dx - 0.7 * dy + 0.5 * d - 1.0)
    h4 = math.sin(0.5 * d + 1.1 * my - 0.4 * mx)
    # outputs
    amplitude = 6.0 * sigmoid(1.6 * h1 - 1.3 * h2 + 1.1 * h3 + 0.8 * h4 - 0.2)
    phase = (0.5 + 0.35 * h1 + 0.25 * h2 + 0.3 * h3 - 0.4 * h4 + 0.05 * mx) % 1.0
    amplitude = round(min(max(amplitude, 0.0), 10.0), 6)
    phase = round(phase, 6)
    if phase >= 1.0:
        phase = 0.0
    return amplitude, phase


def make_walker():
    wc = walker_creator()
    columns, rows, spacing = 8, 3, 1.5
    joints = []
    for c in range(columns):
        for r in range(rows):
            joints.append(wc.add_joint(c * spacing, r * spacing))
    # join neighbours and diagonals (1.5 and 2.12 units apart), not further
    threshold = 2.2
    for i in range(len(joints)):
        for j in range(i + 1, len(joints)):
            (x1, y1), (x2, y2) = joints[i], joints[j]
            if (x2 - x1) ** 2 + (y2 - y1) ** 2 > threshold ** 2:
                continue
            amplitude, phase = query_cppn(x1, y1, x2, y2)
            if amplitude < 2.0:
                wc.add_muscle(joints[i], joints[j])  # passive
            else:
                wc.add_muscle(joints[i], joints[j], amplitude, phase)
    return wc.get_walker()
