from walker_creator import walker_creator


def make_walker():
    wc = walker_creator()
    a = wc.add_joint(0, 0)
    b = wc.add_joint(12, 0)
    c = wc.add_joint(0, 12)
    wc.add_muscle(a, b, 7.0, 0.5)
    wc.add_muscle(b, c)
    wc.add_muscle(c, a)
    return wc.get_walker()
