"""Draw the connector's icon: ``packaging/qbdlink.png`` (256 px) and ``packaging/qbdlink.ico``.

    python scripts/make_icon.py

Pure Python (zlib and struct): no Pillow or Qt at build time. The icon is a teal rounded square
with a white "Q" whose tail is a link arrow; shapes are sampled 4x4 per pixel for smooth
edges. The outputs are committed; run this again only to change the drawing.

The .ico holds PNG-compressed images (16 to 256 px), which Windows reads since Vista.
"""

from __future__ import annotations

import math
import struct
import zlib
from pathlib import Path
from typing import Final

ROOT: Final = Path(__file__).resolve().parent.parent
OUT: Final = ROOT / "packaging"
SIZES: Final = (16, 24, 32, 48, 64, 128, 256)
SAMPLES: Final = 4  # per axis, per pixel

BACKGROUND: Final = (15, 118, 110)  # teal
FOREGROUND: Final = (255, 255, 255)


def _inside_rounded_square(x: float, y: float) -> bool:
    """The background: a square with rounded corners, in unit coordinates (0..1)."""
    margin, radius = 0.03, 0.2
    low, high = margin + radius, 1 - margin - radius
    cx, cy = min(max(x, low), high), min(max(y, low), high)
    return (x - cx) ** 2 + (y - cy) ** 2 <= radius**2 and margin <= x <= 1 - margin


def _inside_q(x: float, y: float) -> bool:
    """The white "Q": a ring, and a thick tail from its lower right outwards."""
    cx, cy = 0.47, 0.46
    distance = math.hypot(x - cx, y - cy)
    if 0.19 <= distance <= 0.29:
        return True
    # The tail: a segment from inside the ring towards the lower right corner.
    ax, ay, bx, by = 0.56, 0.56, 0.80, 0.80
    t = ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)
    t = min(max(t, 0.0), 1.0)
    return math.hypot(x - (ax + t * (bx - ax)), y - (ay + t * (by - ay))) <= 0.055


def render(size: int) -> bytes:
    """RGBA pixels, row by row, of the icon at ``size`` x ``size``."""
    rows = bytearray()
    step = 1 / (size * SAMPLES)
    for row in range(size):
        for column in range(size):
            background = foreground = 0
            for sy in range(SAMPLES):
                y = (row * SAMPLES + sy + 0.5) * step
                for sx in range(SAMPLES):
                    x = (column * SAMPLES + sx + 0.5) * step
                    if _inside_rounded_square(x, y):
                        background += 1
                        foreground += _inside_q(x, y)
            total = SAMPLES * SAMPLES
            alpha = background / total
            if background:
                share = foreground / background
                color = [
                    round(b + (f - b) * share) for b, f in zip(BACKGROUND, FOREGROUND, strict=True)
                ]
            else:
                color = [0, 0, 0]
            rows.extend([*color, round(alpha * 255)])
    return bytes(rows)


def png(size: int, pixels: bytes) -> bytes:
    """A PNG file (8-bit RGBA) of ``pixels``."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    stride = size * 4
    raw = b"".join(b"\x00" + pixels[row * stride : (row + 1) * stride] for row in range(size))
    header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)  # 8 bits, RGBA
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(raw, 9))
        + chunk(b"IEND", b"")
    )


def ico(images: dict[int, bytes]) -> bytes:
    """An .ico file holding one PNG per size."""
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, blobs = b"", b""
    for size, blob in sorted(images.items()):
        side = 0 if size >= 256 else size  # 0 means 256 in an ICONDIRENTRY
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(blob), offset)
        blobs += blob
        offset += len(blob)
    return header + entries + blobs


def main() -> None:
    """Write packaging/qbdlink.png and packaging/qbdlink.ico."""
    images = {size: png(size, render(size)) for size in SIZES}
    (OUT / "qbdlink.png").write_bytes(images[256])
    (OUT / "qbdlink.ico").write_bytes(ico(images))
    print(
        f"wrote {OUT / 'qbdlink.png'} and {OUT / 'qbdlink.ico'} ({', '.join(map(str, SIZES))} px)"
    )


if __name__ == "__main__":
    main()
