# expect: memory_error
def make_walker():
    block = bytearray(10 * 1024 ** 3)
    return block
