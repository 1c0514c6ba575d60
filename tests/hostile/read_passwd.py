# expect: exception
# error: blocked by the elmer sandbox: open
def make_walker():
    raise RuntimeError(open("/etc/passwd").read())
