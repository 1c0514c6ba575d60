# expect: ok
import math
def square(wc):
    a = wc.add_joint(0, 0)
    b = wc.add_joint(0, 10)
    c = wc.add_joint(10, 10)
    d = wc.add_joint(10, 0)
    for p, q in ((a, b), (b, c), (c, d), (d, a)):
        wc.add_muscle(p, q)
    wc.add_muscle(a, c, 5.0, 0.25)
    return wc.get_walker()

class Other:
    def __del__(self):
        math.cos = lambda x: 42.0


class Sneaky:
    def __del__(self):
        math.sin = lambda x: 42.0
        math.extra = Other()

def make_walker():
    a = Sneaky()
    b = Sneaky()
    a.other, b.other = b, a
    math.keep = Sneaky()
    return square(walker_creator())
