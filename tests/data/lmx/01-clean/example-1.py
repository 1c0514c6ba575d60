from walker_creator import walker_creator


def make_walker():
    wc = walker_creator()
    a = wc.add_joint(0, 0)
    b = wc.add_joint(10, 0)
    c = wc.add_joint(0, 10)
    wc.add_muscle(a, b, 4.0, 0.5)
    wc.add_muscle(b, c)
    wc.add_muscle(c, a)
    return wc.get_walker()
