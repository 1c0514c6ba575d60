# expect: exception
# error: RecursionError
def escape():
    """sys, reached without import through the classes of loaded modules."""
    for c in ().__class__.__base__.__subclasses__():
        g = getattr(getattr(c, "__init__", None), "__globals__", None)
        if isinstance(g, dict) and "sys" in g and hasattr(g["sys"], "modules"):
            return g["sys"]
    raise LookupError("no way to sys")

def down(n):
    return down(n + 1) + 1

def make_walker():
    escape().setrecursionlimit(10 ** 5)
    return down(0)
