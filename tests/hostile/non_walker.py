# expect: exception
# error: not a Walker
def make_walker():
    return {"joints": [[0, 0], [1, 0]], "springs": [[0, 1, 0, 0]]}
