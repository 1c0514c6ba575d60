# expect: exception
# error: blocked by the elmer sandbox: open
def make_walker():
    with open("/tmp/elmer-hostile-write", "w") as f:
        f.write("pwned")
