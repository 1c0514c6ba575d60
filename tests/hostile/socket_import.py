# expect: forbidden_import
# error: import of socket is not allowed
import socket

def make_walker():
    socket.create_connection(("127.0.0.1", 22))
