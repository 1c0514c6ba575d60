# expect: forbidden_import
# error: import of os is not allowed
def make_walker():
    exec("import os")
