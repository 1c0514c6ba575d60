def a():
    x = 1
    return x


def make_walker():
    x = 1
    return x
