# expect: exception
# error: blocked by the elmer sandbox
def make_walker():
    try:
        1 / 0
    except ZeroDivisionError as e:
        frame = e.__traceback__.tb_frame
    return frame.f_back.f_globals["_mode"]
