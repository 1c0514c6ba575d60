from walker_creator import walker_creator


def make_square(wc, x0, y0, x1, y1):
    """Four joints at the corners of a rectangle."""
    j0 = wc.add_joint(x0, y0)
    j1 = wc.add_joint(x0, y1)
    j2 = wc.add_joint(x1, y1)
    j3 = wc.add_joint(x1, y0)
    return j0, j1, j2, j3


def make_walker():
    wc = walker_creator()
    # the body: a 10x10 square with passive edges
    j0, j1, j2, j3 = make_square(wc, 0, 0, 10, 10)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(j0, center, 2.0, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    # change the shape: a square with a centre joint, passive edges
    # (amplitude, phase in cycles) in the corners, amplitude 5, 10, 2 pulsing out of step
    j0, j1, j2, j3 = make_square(wc, 0, 0, 9, 6)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(j0, center, 2.0, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
