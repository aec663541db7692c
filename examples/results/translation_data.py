#!/usr/bin/env python3
"""Writes the held-out images the translation figures in README.md are measured on.

Usage: translation_data.py OUT_DIR [FASHION_MNIST_DIR]

From the Fashion-MNIST test split (never trained on: the translation configs read the train split), as
uint8 IDX files [N, 28, 28]:
  test2k.idx          the first 2,000 test images (domain A's inputs)
  truth-invert.idx    the same images inverted (the known answer of A->B for cyclegan-invert etc.)
  truth-flip.idx      the same images mirrored left-right, then inverted (flip_invert)
  ref-plain.idx       the next 2,000 test images as they are (FID reference of domain A)
  ref-invert.idx      the same 2,000 inverted (FID reference of the target domain B)
  ref-flip.idx        the same 2,000 flip-inverted
  truth-mirror.idx, ref-mirror.idx   the same two sets mirrored left-right only (flip)
  truth-rotate.idx, ref-rotate.idx   the same two sets turned a quarter clockwise, then inverted (rotate_invert)
  sneakers.idx, boots.idx   every test sneaker (class 7) and ankle boot (class 9), 1,000 each
"""
import gzip
import os
import struct
import sys

import numpy as np


def read_idx(path):
    with gzip.open(path, "rb") as f:
        data = f.read()
    dims = data[3]
    shape = struct.unpack(">" + "I" * dims, data[4:4 + 4 * dims])
    return np.frombuffer(data, dtype=np.uint8, offset=4 + 4 * dims).reshape(shape)


def write_idx(path, array):
    array = np.ascontiguousarray(array, dtype=np.uint8)
    with open(path, "wb") as f:
        f.write(bytes([0, 0, 0x08, array.ndim]))
        f.write(struct.pack(">" + "I" * array.ndim, *array.shape))
        f.write(array.tobytes())


def main():
    out = sys.argv[1]
    source = sys.argv[2] if len(sys.argv) > 2 else "/usr/share/datasets/fashion-mnist"
    os.makedirs(out, exist_ok=True)
    images = read_idx(os.path.join(source, "t10k-images-idx3-ubyte.gz"))
    labels = read_idx(os.path.join(source, "t10k-labels-idx1-ubyte.gz"))
    invert = lambda x: 255 - x
    flip_invert = lambda x: 255 - x[:, :, ::-1]
    mirror = lambda x: x[:, :, ::-1]
    rotate_invert = lambda x: 255 - np.rot90(x, k=-1, axes=(1, 2))
    held, rest = images[:2000], images[2000:4000]
    write_idx(os.path.join(out, "test2k.idx"), held)
    write_idx(os.path.join(out, "truth-invert.idx"), invert(held))
    write_idx(os.path.join(out, "truth-flip.idx"), flip_invert(held))
    write_idx(os.path.join(out, "ref-plain.idx"), rest)
    write_idx(os.path.join(out, "ref-invert.idx"), invert(rest))
    write_idx(os.path.join(out, "ref-flip.idx"), flip_invert(rest))
    for name, transform in (("mirror", mirror), ("rotate", rotate_invert)):
        write_idx(os.path.join(out, "truth-" + name + ".idx"), transform(held))
        write_idx(os.path.join(out, "ref-" + name + ".idx"), transform(rest))
    write_idx(os.path.join(out, "sneakers.idx"), images[labels == 7])
    write_idx(os.path.join(out, "boots.idx"), images[labels == 9])


if __name__ == "__main__":
    main()
