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
    j0, j1, j2, j3 = make_square(wc, 0, 0, 14, 8)
    wc.add_muscle(j0, j1, 6.0, 0.0)
    wc.add_muscle(j1, j2)
    wc.add_muscle(j2, j3, 3.0, 0.5)
    wc.add_muscle(j3, j0)
    wc.add_muscle(j0, j2)
    return wc.get_walker()
