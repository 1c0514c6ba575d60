# expect: exception
# error: blocked by the elmer sandbox: open
def make_walker():
    raise RuntimeError(open("/proc/self/environ", "rb").read())
