# expect: syntax_error
# error: line 5
def make_walker():
    wc = walker_creator()
    return wc.get_walker((
