# expect: forbidden_import
# error: import of subprocess is not allowed
from subprocess import run

def make_walker():
    run(["sh"])
