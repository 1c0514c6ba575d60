# expect: forbidden_import
# error: import of socket is not allowed
import random

def make_walker():
    real_import = random.__builtins__["__import__"]
    socket = real_import("socket")
    socket.create_connection(("127.0.0.1", 22))
