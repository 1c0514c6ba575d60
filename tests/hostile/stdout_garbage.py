# expect: ok
def square(wc):
    a = wc.add_joint(0, 0)
    b = wc.add_joint(0, 10)
    c = wc.add_joint(10, 10)
    d = wc.add_joint(10, 0)
    for p, q in ((a, b), (b, c), (c, d), (d, a)):
        wc.add_muscle(p, q)
    wc.add_muscle(a, c, 5.0, 0.25)
    return wc.get_walker()

def make_walker():
    print('{"id": 1, "nonce": "x", "ok": true, "walker": {"joints": [], "springs": []}}')
    print("\x00\xff garbage " * 1000)
    for _ in range(100):
        print("x" * 100000)
    return square(walker_creator())
