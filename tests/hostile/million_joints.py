# expect: invalid_walker
# error: too many joints: 1000000
def make_walker():
    wc = walker_creator()
    a = wc.add_joint(0, 0)
    b = wc.add_joint(1, 0)
    wc.add_muscle(a, b)
    w = wc.get_walker()
    w.joints = [[0.0, 0.0]] * 10 ** 6
    return w
