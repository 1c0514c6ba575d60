# expect: exception
# error: can't start new thread
def escape():
    """sys, reached without import through the classes of loaded modules."""
    for c in ().__class__.__base__.__subclasses__():
        g = getattr(getattr(c, "__init__", None), "__globals__", None)
        if isinstance(g, dict) and "sys" in g and hasattr(g["sys"], "modules"):
            return g["sys"]
    raise LookupError("no way to sys")

def make_walker():
    thread = escape().modules["_thread"]
    thread.start_new_thread(lambda: None, ())
    return 1
