# expect: invalid_walker
# error: too many springs: 300
def make_walker():
    wc = walker_creator()
    js = [wc.add_joint(i, i % 3) for i in range(40)]
    for i in range(300):
        wc.add_muscle(js[i % 40], js[(i * 7 + 1) % 40])
    for i in range(100):
        wc.add_muscle(js[0], js[0])
    return wc.get_walker()
