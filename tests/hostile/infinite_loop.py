# expect: timeout
# error: ran out of time
def make_walker():
    while True:
        pass
