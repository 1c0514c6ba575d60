# expect: forbidden_import
# error: import of numpy is not allowed
import numpy as np

def make_walker():
    return np.zeros(3)
