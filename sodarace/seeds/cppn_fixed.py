"""cppn_fixed: an 8 x 3 grid whose muscles are patterned by a fixed CPPN.

Joints sit 1.5 units apart; every pair closer than 2.2 units (grid
neighbours and diagonals) is joined. The helper ``cppn.query_cppn`` gives
each spring an amplitude and a phase from its end points; weak ones are
left passive. 24 joints, 65 springs, at most 8 springs on a joint.
"""
from cppn import query_cppn
from walker_creator import walker_creator


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
