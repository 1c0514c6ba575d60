# expect: timeout
# error: killed by the watchdog
def make_walker():
    return sum(range(10**12))
