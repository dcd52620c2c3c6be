#!/usr/bin/python3
"""PyTorch side of the workbench's 'small' speed config: 64-32-16-2-16-32-64 (ReLU hidden, ReLU code,
sigmoid output), BCE, Adam 1e-3, batch 32, on the 1,438 training images of datasets/digits-8x8.

Prints one JSON line like ../shared/bench/torch_ae.py: per-epoch seconds and the median samples/s
over the epochs after the first (warm-up).
    /usr/bin/python3 tools/bench/torch_small.py --epochs 3
"""
import argparse
import gzip
import json
import statistics
import struct
import time

import numpy as np
import torch
from torch import nn


def load(path):
    raw = gzip.open(path).read()
    magic, n, rows, cols = struct.unpack(">IIII", raw[:16])
    assert magic == 2051, path
    return np.frombuffer(raw, np.uint8, offset=16).reshape(n, rows * cols).astype(np.float32) / 255


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--data", default="datasets/digits-8x8/train-images-idx3-ubyte.gz")
    ap.add_argument("--epochs", type=int, default=3, help="timed epochs after one warm-up epoch")
    ap.add_argument("--threads", type=int, default=1)
    args = ap.parse_args()
    torch.set_num_threads(args.threads)
    torch.manual_seed(0)
    x = torch.from_numpy(load(args.data))
    sizes = [64, 32, 16, 2, 16, 32, 64]
    layers = []
    for i in range(len(sizes) - 1):
        layers += [nn.Linear(sizes[i], sizes[i + 1]), nn.Sigmoid() if i == len(sizes) - 2 else nn.ReLU()]
    model = nn.Sequential(*layers)
    opt = torch.optim.Adam(model.parameters(), lr=1e-3)
    loss_fn = nn.BCELoss()
    gen = torch.Generator().manual_seed(0)
    n = x.shape[0]
    times = []
    for _ in range(1 + args.epochs):
        t0 = time.perf_counter()
        perm = torch.randperm(n, generator=gen)
        for s in range(0, n, 32):
            xb = x[perm[s:s + 32]]
            opt.zero_grad(set_to_none=True)
            loss = loss_fn(model(xb), xb)
            loss.backward()
            opt.step()
        times.append(time.perf_counter() - t0)
    print(json.dumps({"bench": "torch_small", "config": "small", "layers": "-".join(map(str, sizes)), "samples": n,
                      "batch": 32, "epoch_s": [round(t, 4) for t in times],
                      "samples_per_s_median": round(n / statistics.median(times[1:]), 1), "torch": torch.__version__}))


if __name__ == "__main__":
    main()
