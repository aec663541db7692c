#!/usr/bin/env python3
"""Side-by-side picture of translations: one row per IDX file, the same first N images of each.

Usage: translation_grid.py OUT.png [--n 10] [--scale 2] FILE.idx ...

Each FILE is an IDX file of grey images, uint8 [N, H, W] in 0..255 or float32 [N, 1, H, W] in [-1, 1]
(what gan4j translate --out writes); row k of the picture shows the first n images of FILE k, so
give the inputs first, then the answers, then each family's translations of those inputs.
"""
import argparse
import struct
import zlib

import numpy as np


def read_idx(path):
    with open(path, "rb") as f:
        data = f.read()
    kind, dims = data[2], data[3]
    shape = struct.unpack(">" + "I" * dims, data[4:4 + 4 * dims])
    offset = 4 + 4 * dims
    if kind == 0x08:
        return np.frombuffer(data, dtype=np.uint8, offset=offset).reshape(shape).astype(np.float32) / 255.0
    if kind == 0x0D:
        values = np.frombuffer(data, dtype=">f4", offset=offset).reshape(shape).astype(np.float32)
        return (np.clip(values, -1.0, 1.0) + 1.0) / 2.0
    raise ValueError(f"{path} is an IDX file of type 0x{kind:02x}; give uint8 (0x08) or float32 (0x0D) images.")


def write_png(path, grey):
    height, width = grey.shape
    rows = b"".join(b"\x00" + grey[y].tobytes() for y in range(height))
    chunk = lambda tag, body: (struct.pack(">I", len(body)) + tag + body
                               + struct.pack(">I", zlib.crc32(tag + body) & 0xFFFFFFFF))
    with open(path, "wb") as f:
        f.write(b"\x89PNG\r\n\x1a\n")
        f.write(chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)))
        f.write(chunk(b"IDAT", zlib.compress(rows, 9)))
        f.write(chunk(b"IEND", b""))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out")
    parser.add_argument("files", nargs="+")
    parser.add_argument("--n", type=int, default=10)
    parser.add_argument("--scale", type=int, default=2)
    args = parser.parse_args()
    rows = []
    for path in args.files:
        images = read_idx(path)[:args.n]
        if images.shape[0] < args.n:
            raise SystemExit(f"{path} holds {images.shape[0]} images, fewer than --n {args.n}.")
        rows.append(images.reshape(args.n, images.shape[-2], images.shape[-1]))
    h, w = rows[0].shape[1:]
    gap = 2
    canvas = np.full((len(rows) * (h + gap) + gap, args.n * (w + gap) + gap), 0.5, dtype=np.float32)
    for r, images in enumerate(rows):
        for c in range(args.n):
            y, x = gap + r * (h + gap), gap + c * (w + gap)
            canvas[y:y + h, x:x + w] = images[c]
    canvas = np.kron(canvas, np.ones((args.scale, args.scale), dtype=np.float32))
    write_png(args.out, (canvas * 255.0 + 0.5).astype(np.uint8))


if __name__ == "__main__":
    main()
