# expect: exception
# error: the worker died
def escape():
    """sys, reached without import through the classes of loaded modules."""
    for c in ().__class__.__base__.__subclasses__():
        g = getattr(getattr(c, "__init__", None), "__globals__", None)
        if isinstance(g, dict) and "sys" in g and hasattr(g["sys"], "modules"):
            return g["sys"]
    raise LookupError("no way to sys")

class Deep:
    def __init__(self, inner):
        self.inner = inner
    def __repr__(self):
        return repr(self.inner)

def make_walker():
    escape().setrecursionlimit(10 ** 7)
    x = 0
    for _ in range(2 * 10 ** 5):
        x = Deep(x)
    return repr(x)
