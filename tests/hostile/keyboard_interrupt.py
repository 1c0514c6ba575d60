# expect: exception
# error: KeyboardInterrupt
def make_walker():
    raise KeyboardInterrupt
