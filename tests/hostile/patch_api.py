# expect: ok
from walker_creator import walker_creator, Walker
import walker_creator as api
def square(wc):
    a = wc.add_joint(0, 0)
    b = wc.add_joint(0, 10)
    c = wc.add_joint(10, 10)
    d = wc.add_joint(10, 0)
    for p, q in ((a, b), (b, c), (c, d), (d, a)):
        wc.add_muscle(p, q)
    wc.add_muscle(a, c, 5.0, 0.25)
    return wc.get_walker()

def make_walker():
    w = square(walker_creator())
    walker_creator.add_joint = lambda self, x, y: 0
    walker_creator.add_muscle = lambda self, *a: None
    Walker.to_dict = lambda self: {"joints": [], "springs": []}
    api.walker_creator = None
    return w
