"""wheel: a small rim of 8 joints (radius 1.5) around an off-centre hub.

Each rim joint is linked to the next two, making a stiff triangulated band;
the links to the next joint are light muscles, the links two ahead passive.
Eight stronger hub spokes pull in turn. The phase steps a quarter cycle per
rim joint, so the rim squashes into an oval whose long axis turns around
the wheel, and the wheel rolls. 9 joints, 24 springs.
"""
import math

from walker_creator import walker_creator


def make_walker():
    wc = walker_creator()
    n = 8
    radius = 1.5
    cx, cy = 0.0, 1.5
    rim = []
    for i in range(n):
        angle = 2.0 * math.pi * i / n
        rim.append(wc.add_joint(cx + radius * math.cos(angle),
                                cy + radius * math.sin(angle)))
    # the hub sits off centre, so the wheel has a heavy side
    hub = wc.add_joint(cx + 0.4, cy - 0.3)
    for i in range(n):
        step = (i / 4) % 1.0  # a quarter cycle per rim joint: two waves per turn
        # rim band: next joint (light muscle), joint two ahead (passive)
        wc.add_muscle(rim[i], rim[(i + 1) % n], 1.5, step)
        wc.add_muscle(rim[i], rim[(i + 2) % n])
        # spokes: stronger, a quarter cycle behind the rim
        wc.add_muscle(hub, rim[i], 5.0, (step + 0.25) % 1.0)
    return wc.get_walker()
