"""galloper: five legs of six joints each around a centre joint.

Each leg is a 2 x 3 ladder (rails, rungs and one diagonal per cell, so it is
rigid) pointing away from the centre. The centre holds every leg by its two
inner joints, and neighbouring legs are tied at their roots, making a rigid
hub. Each leg's two rails are opposed muscles, so the leg bends to and fro,
and one root spoke swings it a quarter cycle later; the legs fire one after
another around the body. 31 joints, 60 springs.
"""
import math

from walker_creator import walker_creator


def make_leg(wc, cx, cy, angle):
    """Six joints along a ray from (cx, cy): [(left, right)] from root to tip."""
    ux, uy = math.cos(angle), math.sin(angle)   # along the leg
    vx, vy = -uy, ux                            # across the leg
    rows = []
    for u in (2.5, 4.0, 5.5):
        left = wc.add_joint(cx + u * ux + 0.75 * vx, cy + u * uy + 0.75 * vy)
        right = wc.add_joint(cx + u * ux - 0.75 * vx, cy + u * uy - 0.75 * vy)
        rows.append((left, right))
    return rows


def make_walker():
    wc = walker_creator()
    cx, cy = 0.0, 6.0
    center = wc.add_joint(cx, cy)
    legs = []
    for k in range(5):
        angle = math.pi / 2 + 2.0 * math.pi * k / 5
        legs.append(make_leg(wc, cx, cy, angle))

    for k, rows in enumerate(legs):
        phase = k / 5  # legs fire in turn around the body
        for r, (left, right) in enumerate(rows):
            wc.add_muscle(left, right)  # rung
            if r + 1 < len(rows):
                next_left, next_right = rows[r + 1]
                # opposed rails: one shortens while the other lengthens
                wc.add_muscle(left, next_left, 4.0, phase)
                wc.add_muscle(right, next_right, 4.0, (phase + 0.5) % 1.0)
                wc.add_muscle(left, next_right)  # diagonal brace
        # the root: both inner joints to the centre; one spoke swings the leg
        root_left, root_right = rows[0]
        wc.add_muscle(center, root_left, 4.0, (phase + 0.25) % 1.0)
        wc.add_muscle(center, root_right)
        # tie this leg's root to the next leg's root
        wc.add_muscle(root_left, legs[(k + 1) % 5][0][1])
    return wc.get_walker()
