# expect: timeout
def make_walker():
    return 7 ** (10 ** 9)
