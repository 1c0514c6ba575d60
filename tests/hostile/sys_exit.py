# expect: exception
# error: SystemExit
def make_walker():
    raise SystemExit(3)
