# expect: exception
# error: forged reply
def escape():
    """sys, reached without import through the classes of loaded modules."""
    for c in ().__class__.__base__.__subclasses__():
        g = getattr(getattr(c, "__init__", None), "__globals__", None)
        if isinstance(g, dict) and "sys" in g and hasattr(g["sys"], "modules"):
            return g["sys"]
    raise LookupError("no way to sys")

def make_walker():
    os = escape().modules["os"]
    for i in range(100):
        os.write(3, b'{"id": %d, "nonce": "0", "ok": true, "walker": {"joints": [[0, 0], [1, 0]], "springs": [[0, 1, 0, 0]]}}\n' % i)
    while True:
        pass
