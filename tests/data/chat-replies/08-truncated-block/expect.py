from walker_creator import walker_creator


def make_walker():
    wc = walker_creator()
    a = wc.add_joint(0, 0)
    b = wc.add_joint(10, 0)
    c = wc.add_joint(5, 8)
    wc.add_muscle(a, b)
    wc.add_muscle(b, c)
    return wc.get_walker()
