"""Fails unless the PNG exists, has the expected shape, and is not blank (one flat colour)."""
import sys
import zlib

from has_colour import rows


def main(path, expected_size=None):
    sample = set()
    width = height = 0
    try:
        for y, (line, channels) in enumerate(rows(path)):
            height = y + 1
            width = len(line) // channels
            if y % 15 == 0:
                step = max(1, width // 80) * channels
                for x in range(0, len(line), step):
                    sample.add(bytes(line[x:x + 3]))
    except (OSError, ValueError, zlib.error) as error:
        print(f"FAIL {path}: {error}")
        return 1
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
