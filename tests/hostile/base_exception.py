# expect: exception
# error: Escape
class Escape(BaseException):
    pass

def make_walker():
    raise Escape("caught by nobody")
