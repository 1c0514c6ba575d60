"""radial: a wheel of 8 joints on a circle of radius 5 around a centre joint.

The rim is a ring of passive springs; the 8 spokes are muscles whose
amplitude and phase grow with their index, so a contraction wave runs
around the wheel. 9 joints, 16 springs.
"""
import math

from walker_creator import walker_creator


def make_circle(wc, cx, cy, radius, num_points):
    """num_points joints evenly spaced on a circle."""
    joints = []
    for i in range(num_points):
        angle = 2.0 * math.pi * i / num_points
        joints.append(wc.add_joint(cx + radius * math.cos(angle),
                                   cy + radius * math.sin(angle)))
    return joints


def make_walker():
    wc = walker_creator()
    num_points = 8
    cx, cy = 0.0, 5.0
    rim = make_circle(wc, cx, cy, 5.0, num_points)
    center = wc.add_joint(cx, cy)
    for i in range(num_points):
        # the rim: each joint to the next, passive
        wc.add_muscle(rim[i], rim[(i + 1) % num_points])
        # the spokes: amplitude 0.5 .. 4.0 and phase 0 .. 7/8 growing with i
        amplitude = 0.5 * (i + 1)
        phase = i / num_points
        wc.add_muscle(center, rim[i], amplitude, phase)
    return wc.get_walker()
