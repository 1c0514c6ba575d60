# expect: ok
def escape():
    """sys, reached without import through the classes of loaded modules."""
    for c in ().__class__.__base__.__subclasses__():
        g = getattr(getattr(c, "__init__", None), "__globals__", None)
        if isinstance(g, dict) and "sys" in g and hasattr(g["sys"], "modules"):
            return g["sys"]
    raise LookupError("no way to sys")

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
    escape().addaudithook(lambda event, args: None)
    return square(walker_creator())
