"""Fails unless at least MIN_PIXELS pixels of the PNG have the colour RRGGBB (within 6 per
channel): a real window shows a photo's pixels, not a placeholder.

usage: has_colour.py PNG RRGGBB MIN_PIXELS
"""
import struct
import sys
import zlib


def rows(path):
    """The PNG's rows, unfiltered, each with its channel count (8-bit RGB or RGBA only)."""
    with open(path, "rb") as f:
        data = f.read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError("not a PNG")
    pos, chunks, width, height, depth, colour = 8, [], 0, 0, 8, 0
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, colour = struct.unpack(">IIBB", body[:10])
        elif kind == b"IDAT":
            chunks.append(body)
        pos += 12 + length
    if depth != 8 or colour not in (2, 6):
        raise ValueError(f"unsupported PNG: depth {depth}, colour type {colour}")
    channels = 3 if colour == 2 else 4
    raw = zlib.decompress(b"".join(chunks))
    stride = width * channels
    previous = bytearray(stride)
    for y in range(height):
        start = y * (stride + 1)
        kind = raw[start]
        line = bytearray(raw[start + 1:start + 1 + stride])
        for i in range(stride):
            left = line[i - channels] if i >= channels else 0
            up = previous[i]
            corner = previous[i - channels] if i >= channels else 0
            if kind == 1:
                line[i] = (line[i] + left) & 0xFF
            elif kind == 2:
                line[i] = (line[i] + up) & 0xFF
            elif kind == 3:
                line[i] = (line[i] + ((left + up) >> 1)) & 0xFF
            elif kind == 4:
                p = left + up - corner
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - corner)
                predictor = left if pa <= pb and pa <= pc else (up if pb <= pc else corner)
                line[i] = (line[i] + predictor) & 0xFF
        yield line, channels
        previous = line


def main(path, colour, minimum):
    want = bytes.fromhex(colour)
    count = 0
    try:
        for line, channels in rows(path):
            for x in range(0, len(line), channels):
                if all(abs(line[x + c] - want[c]) <= 6 for c in range(3)):
                    count += 1
    except (OSError, ValueError, zlib.error) as error:
        print(f"FAIL {path}: {error}")
        return 1
    if count < int(minimum):
        print(f"FAIL {path}: {count} pixels of #{colour}, fewer than {minimum} (image not drawn?)")
        return 1
    print(f"ok   {path}: {count} pixels of #{colour}")
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:4]))
