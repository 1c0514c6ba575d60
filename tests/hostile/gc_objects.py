# expect: exception
# error: blocked by the elmer sandbox: gc.get_objects
def escape():
    """sys, reached without import through the classes of loaded modules."""
    for c in ().__class__.__base__.__subclasses__():
        g = getattr(getattr(c, "__init__", None), "__globals__", None)
        if isinstance(g, dict) and "sys" in g and hasattr(g["sys"], "modules"):
            return g["sys"]
    raise LookupError("no way to sys")

def make_walker():
    gc = escape().modules["gc"]
    return len(gc.get_objects())
