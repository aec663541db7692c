#!/usr/bin/env python3
"""One row per run of translations, from the folders measure-latent-translation.sh wrote.

    examples/scripts/latent-translation-grid.py OUT.png DIR...

Each DIR is a measure-latent-translation.sh output folder of a run on the domains A and B. The top rows
are the first K (K=8) test images of A and of B, then each DIR gives one row: the translations A->B of
those A images, a gap, then the translations B->A of the B images. Rows follow the order of the DIRs;
the folder names label them in the order printed. Standard library only (the PNG is written with zlib).
"""
import struct
import sys
import zlib

K = 8
SIDE = 28
GAP = 4


def read_idx(path, count):
    data = open(path, 'rb').read()
    kind, rank = data[2], data[3]
    dims = [int.from_bytes(data[4 + 4 * i:8 + 4 * i], 'big') for i in range(rank)]
    body = data[4 + 4 * rank:]
    per = SIDE * SIDE
    images = []
    for i in range(count):
        if kind == 0x08:
            images.append(list(body[i * per:(i + 1) * per]))
        else:
            values = struct.unpack('>%df' % per, body[i * per * 4:(i + 1) * per * 4])
            images.append([max(0, min(255, round((v + 1) * 127.5))) for v in values])
    return images


def row(left, right):
    width = 2 * K * SIDE + GAP
    lines = []
    for y in range(SIDE):
        line = []
        for image in left:
            line += image[y * SIDE:(y + 1) * SIDE]
        line += [128] * GAP
        for image in right:
            line += image[y * SIDE:(y + 1) * SIDE]
        assert len(line) == width
        lines.append(line)
    return lines


def write_png(path, lines, scale=3):
    lines = [[v for v in line for _ in range(scale)] for line in lines for _ in range(scale)]
    height, width = len(lines), len(lines[0])
    raw = b''.join(b'\x00' + bytes(line) for line in lines)

    def chunk(tag, body):
        return struct.pack('>I', len(body)) + tag + body + struct.pack('>I', zlib.crc32(tag + body) & 0xffffffff)
    png = b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', width, height, 8, 0, 0, 0, 0))
    png += chunk(b'IDAT', zlib.compress(raw, 9)) + chunk(b'IEND', b'')
    open(path, 'wb').write(png)


def main():
    out, folders = sys.argv[1], sys.argv[2:]
    lines = row(read_idx(folders[0] + '/test-A.idx', K), read_idx(folders[0] + '/test-B.idx', K))
    print('rows: sources (A | B)')
    for folder in folders:
        lines += [[255] * len(lines[0])] * 2
        lines += row(read_idx(folder + '/AtoB.idx', K), read_idx(folder + '/BtoA.idx', K))
        print('      ' + folder + ' (A->B | B->A)')
    write_png(out, lines)


if __name__ == '__main__':
    main()
