from walker_creator import walker_creator


def make_walker():
    wc = walker_creator()
    a = wc.add_joint(0, 0)
    b = wc.add_joint(14, 0)
    c = wc.add_joint(0, 9)
    d = wc.add_joint(14, 9)
    wc.add_muscle(a, b, 6.0, 0.5)
    wc.add_muscle(b, c)
    wc.add_muscle(c, a)
    wc.add_muscle(c, d, 3.0, 0.0)
    wc.add_muscle(b, d)
    return wc.get_walker()
