# expect: exception
# error: blocked by the elmer sandbox: open
def make_walker():
    with open("/dev/shm/elmer-hostile-shm", "w") as f:
        f.write("pwned")
