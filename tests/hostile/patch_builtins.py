# expect: ok
import random
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
    real = random.__builtins__
    real["len"] = lambda x: 0
    real["range"] = lambda *a: []
    real["float"] = lambda x: 1.0
    __builtins__["isinstance"] = lambda *a: False
    return square(walker_creator())
