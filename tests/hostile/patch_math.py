# expect: ok
import math
import random
import functools
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
    math.sin = lambda x: 0.0
    math.pi = 3
    random.random = lambda: 0.5
    random.Random.random = lambda self: 0.5
    functools.reduce = None
    return square(walker_creator())
