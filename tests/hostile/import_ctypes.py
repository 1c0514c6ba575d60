# expect: forbidden_import
# error: import of ctypes is not allowed
import ctypes
