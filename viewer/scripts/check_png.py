"""Coarse checks on an elmer-viewer screenshot, standard library only (no PIL in CI).

    check_png.py FILE   exit 0 if the PNG is not blank, shows coloured heatmap cells in the
                        left column and joint-coloured pixels (the walker) in the replay region.
"""
import struct
import sys
import zlib

# Geometry and colours of viewer/src/layout.rs and replay.rs (window pixels, y down).
GRID = (44, 40, 44 + 372, 40 + 372)
REPLAY = (430, 0, 1280, 360)
JOINT = (255, 214, 51)


def decode(path):
    data = open(path, "rb").read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        sys.exit(f"{path}: not a PNG")
    pos, idat, width, height, ctype = 8, b"", 0, 0, 0
    while pos < len(data):
        (n,) = struct.unpack(">I", data[pos : pos + 4])
        kind, body = data[pos + 4 : pos + 8], data[pos + 8 : pos + 8 + n]
        pos += 12 + n
        if kind == b"IHDR":
            width, height, depth, ctype = struct.unpack(">IIBB", body[:10])
            if depth != 8 or ctype not in (2, 6):
                sys.exit(f"{path}: expected 8-bit RGB or RGBA, got depth {depth} type {ctype}")
        elif kind == b"IDAT":
            idat += body
    bpp = 3 if ctype == 2 else 4
    raw, stride = zlib.decompress(idat), width * bpp
    rows, prev = [], bytearray(stride)
    for y in range(height):
        f, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1 : (y + 1) * (stride + 1)])
        for i in range(stride):
            a = line[i - bpp] if i >= bpp else 0
            b, c = prev[i], prev[i - bpp] if i >= bpp else 0
            if f == 1:
                line[i] = (line[i] + a) & 255
            elif f == 2:
                line[i] = (line[i] + b) & 255
            elif f == 3:
                line[i] = (line[i] + (a + b) // 2) & 255
            elif f == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append(line)
        prev = line
    return width, height, [[tuple(r[x * bpp : x * bpp + 3]) for x in range(width)] for r in rows]


def main(path):
    width, height, px = decode(path)
    colours = {p for row in px[::8] for p in row[::8]}
    if len(colours) < 8:
        sys.exit(f"{path}: blank ({len(colours)} colours)")
    x0, y0, x1, y1 = GRID
    bg = px[5][5]
    cells = sum(1 for y in range(y0 + 8, y1, 31) for x in range(x0 + 8, x1, 31) if px[y][x] != bg)
    if cells == 0:
        sys.exit(f"{path}: no coloured heatmap cell")
    x0, y0, x1, y1 = REPLAY
    near = lambda p: all(abs(p[k] - JOINT[k]) <= 20 for k in range(3))
    joints = sum(1 for y in range(y0, y1) for x in range(x0, x1) if near(px[y][x]))
    if joints < 20:
        sys.exit(f"{path}: no walker joints in the replay region ({joints} pixels)")
    print(f"{path}: {width}x{height}, {len(colours)} colours sampled, {cells} coloured cells, {joints} joint pixels")


if __name__ == "__main__":
    main(sys.argv[1])
