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
    wc.add_muscle(j0, j1)
    wc.add_muscle(j1, j2)
    wc.add_muscle(j2, j3)
    wc.add_muscle(j3, j0)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(j0, center, 2.0, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    # calculate the height of the walker
    walker_height = max(0, j0.y - j1.y) + 1
    # adjust the movement to fill the archive cell
    wc.add_muscle(j2, center, walker_height - 5.0, 0.5)
    # set the mass to bin 1
    wc.add_muscle(j0, j1, 1.0, 0.0)
    # set the mass to bin 0
    wc.add_muscle(j1, j2, 1.0, 0.0)
    # adjust the rest lengths of the springs
    wc.add_muscle(j3, j1, 5.0)
    wc.add_muscle(j3, j2, 10.0)
    wc.add_muscle(j2, j3, 2.0)
    # bring it to bin 7 (from 11.7 to 13.3), so that it fills the empty archive cell (7, 4, 1)
    j7 = wc.add_joint(12, 4)
    wc.add_muscle(j7, center, 3.3, 0.0)
    # bring it to bin 6 (from 10.0 to 11.7), so that it fills the empty archive cell (7, 4, 1)
    return wc.get_walker()
