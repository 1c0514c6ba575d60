# expect: exception
# error: ValueError: xxxxxxxx
def make_walker():
    raise ValueError("x" * 200_000_000)
