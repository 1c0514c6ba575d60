# expect: forbidden_import
# error: import of os is not allowed
import os

def make_walker():
    os.system("touch /tmp/elmer-hostile-import-os")
