# expect: timeout
# error: killed by the watchdog
def make_walker():
    while True:
        try:
            while True:
                pass
        except BaseException:
            pass
