"""Fails unless the PNG exists, has the expected shape, and is not blank (one flat colour)."""
import struct
import sys
import zlib


def pixels(path):
    with open(path, "rb") as f:
        data = f.read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError("not a PNG")
    pos, chunks, width, height, colour = 8, [], 0, 0, 0
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            width, height, _, colour = struct.unpack(">IIBB", body[:10])
        elif kind == b"IDAT":
            chunks.append(body)
        pos += 12 + length
    raw = zlib.decompress(b"".join(chunks))
    channels = {2: 3, 6: 4}.get(colour, 4)
    return width, height, raw, channels


def main(path, expected_size=None):
    try:
        width, height, raw, channels = pixels(path)
    except (OSError, ValueError, zlib.error) as error:
        print(f"FAIL {path}: {error}")
        return 1
    stride = width * channels + 1
    sample = set()
    for y in range(0, height, max(1, height // 60)):
        row = raw[y * stride + 1:(y + 1) * stride]
        for x in range(0, width, max(1, width // 80)):
            sample.add(bytes(row[x * channels:x * channels + 3]))
    if width < 100 or height < 100 or len(sample) < 8:
        print(f"FAIL {path}: {width}x{height}, {len(sample)} distinct sampled colours (blank?)")
        return 1
    if expected_size and f"{width}x{height}" != expected_size:
        print(f"FAIL {path}: {width}x{height}, but {expected_size} was asked for")
        return 1
    print(f"ok   {path}: {width}x{height}, {len(sample)} distinct sampled colours")
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:3]))
