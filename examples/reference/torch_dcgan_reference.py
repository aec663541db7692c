#!/usr/bin/python3
"""Trains the PyTorch reference DCGAN of ../shared/bench on Fashion-MNIST and writes samples.

The yardstick for gan4j's default run (examples/configs/dcgan-fashion-mnist.json): the same
networks as torch_gan_bench.py (imported from it, not copied), the same loop (one discriminator
update on a real and a fake batch, then one generator update reusing the fake batch; BCE with
logits, i.e. the non-saturating loss), batch 64, Adam lr 2e-4 betas (0.5, 0.999), trained for
the same number of iterations, then N samples from standard normal noise with the generator in
evaluation mode, written as float32 IDX [N, 1, 28, 28] in [-1, 1] -- the format of
`gan4j sample --out s.idx`, so `gan4j eval` scores both the same way.

Run:  /usr/bin/python3 examples/reference/torch_dcgan_reference.py --steps 3000 --out torch.idx
"""
import argparse, gzip, importlib.util, json, os, struct, time

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
import numpy as np
import torch
import torch.nn as nn


def load_bench(path):
    spec = importlib.util.spec_from_file_location("torch_gan_bench", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def read_idx_images(data_dir):
    for name in ("train-images-idx3-ubyte.gz", "train-images-idx3-ubyte"):
        path = os.path.join(data_dir, name)
        if os.path.exists(path):
            opener = gzip.open if name.endswith(".gz") else open
            with opener(path, "rb") as f:
                raw = f.read()
            magic, n, h, w = struct.unpack(">IIII", raw[:16])
            if magic != 0x00000803:
                raise SystemExit(f"{path} is not an IDX uint8 image file (magic {magic:#x}).")
            images = np.frombuffer(raw, dtype=np.uint8, offset=16).reshape(n, 1, h, w)
            return torch.from_numpy(images.astype(np.float32) / 127.5 - 1.0)
    raise SystemExit(f"No Fashion-MNIST training images in {data_dir}; apt-get install -y dataset-fashion-mnist.")


def write_idx_float32(path, array):
    array = np.ascontiguousarray(array, dtype=">f4")
    header = struct.pack(">I", 0x00000D00 | array.ndim) + struct.pack(">" + "I" * array.ndim, *array.shape)
    tmp = path + ".tmp"
    with open(tmp, "wb") as f:
        f.write(header)
        f.write(array.tobytes())
    os.replace(tmp, path)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser()
    ap.add_argument("--bench", default=os.path.join(here, "..", "..", "..", "shared", "bench", "torch_gan_bench.py"))
    ap.add_argument("--data", default=os.environ.get("GAN4J_DATA", "/usr/share/datasets/fashion-mnist"))
    ap.add_argument("--steps", type=int, default=3000)
    ap.add_argument("--batch", type=int, default=64)
    ap.add_argument("--n", type=int, default=10000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--out", required=True)
    args = ap.parse_args()

    torch.set_num_threads(args.threads)
    torch.manual_seed(args.seed)
    g, d, _ = load_bench(args.bench).dcgan()
    images = read_idx_images(args.data)
    opt_g = torch.optim.Adam(g.parameters(), lr=2e-4, betas=(0.5, 0.999))
    opt_d = torch.optim.Adam(d.parameters(), lr=2e-4, betas=(0.5, 0.999))
    bce = nn.BCEWithLogitsLoss()
    ones, zeros = torch.ones(args.batch, 1), torch.zeros(args.batch, 1)
    per_epoch = images.shape[0] // args.batch
    order, start = None, time.time()
    for step in range(args.steps):
        if step % per_epoch == 0:
            order = torch.randperm(images.shape[0])
        at = (step % per_epoch) * args.batch
        real = images[order[at:at + args.batch]]
        fake = g(torch.randn(args.batch, 100))
        opt_d.zero_grad(set_to_none=True)
        d_loss = bce(d(real), ones) + bce(d(fake.detach()), zeros)
        d_loss.backward()
        opt_d.step()
        opt_g.zero_grad(set_to_none=True)
        g_loss = bce(d(fake), ones)
        g_loss.backward()
        opt_g.step()
        if (step + 1) % 500 == 0:
            print(json.dumps({"step": step + 1, "d_loss": round(d_loss.item(), 4), "g_loss": round(g_loss.item(), 4),
                              "elapsed_s": round(time.time() - start, 1)}), flush=True)
    g.eval()
    with torch.no_grad():
        samples = torch.cat([g(torch.randn(min(256, args.n - i), 100)) for i in range(0, args.n, 256)])
    write_idx_float32(args.out, samples.numpy())
    print(json.dumps({"impl": "pytorch-" + torch.__version__, "steps": args.steps, "samples": args.n,
                      "out": args.out, "train_seconds": round(time.time() - start, 1)}), flush=True)


if __name__ == "__main__":
    main()
