#!/usr/bin/python3
"""PyTorch quality reference for the workbench's dense autoencoder.

Trains, for each seed, a dense autoencoder on the training images of a dataset folder of gzipped
IDX files and reports reconstruction quality on its test images:

    /usr/bin/python3 tools/reference/torch_quality.py --data datasets/mnist-10k --layers '' \
        --latent 32 --epochs 50 --seeds 1,2,3,4,5

Model: input-H1-..-Hk-latent-Hk-..-H1-input (--layers H1,..,Hk; empty = no hidden layer beyond the
code), torch's default nn.Linear initialisation, ReLU after every hidden layer and after the code,
sigmoid output. Loss: BCE, mean per element (nn.BCELoss). Adam (lr --lr, default betas/eps).
Every epoch the training set is shuffled (torch.randperm with a generator seeded by the seed) and
cut into mini-batches of --batch; the last partial batch is kept. All training images are used
(no validation split). Pixels are byte / 255 in float32.

Output (stdout): one JSON line per seed
  {"seed", "test_bce", "test_mse", "test_mae", "train_seconds", "final_train_loss", ...}
then one summary line {"mean_test_bce", "std_test_bce", "min", "max", "seeds", ...}.
test_bce: per-element mean over the test split, reconstruction clipped to [1e-7, 1 - 1e-7]
(evaluated in float64 from the float32 reconstruction); test_mse / test_mae: per-element means.
final_train_loss: mean of the last epoch's mini-batch losses weighted by batch size (a running
average over the epoch, as the model changes), not a re-evaluation after training.
std_test_bce: sample standard deviation (n - 1) over the seeds; 0 for a single seed.
"""
import argparse
import gzip
import json
import os
import statistics
import struct
import sys
import time

import numpy as np
import torch
from torch import nn

_BENCH = "/work/shared/bench"
try:
    if os.path.isdir(_BENCH):
        sys.path.insert(0, _BENCH)
        import common as _bench_common  # OpenBLAS thread control shared with the speed anchors
    else:
        _bench_common = None
except ImportError:
    _bench_common = None

CLIP = 1e-7


def load_idx_images(path):
    """IDX3 ubyte file (optionally gzipped) -> uint8 array (n, rows*cols)."""
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rb") as f:
        raw = f.read()
    magic, n, rows, cols = struct.unpack(">IIII", raw[:16])
    if magic != 2051:
        raise ValueError(f"{path}: bad IDX3 magic {magic}")
    arr = np.frombuffer(raw, dtype=np.uint8, offset=16)
    if arr.size != n * rows * cols:
        raise ValueError(f"{path}: expected {n * rows * cols} pixels, got {arr.size}")
    return arr.reshape(n, rows * cols)


def load_split(data_dir, split):
    for name in (f"{split}-images-idx3-ubyte.gz", f"{split}-images-idx3-ubyte"):
        p = os.path.join(data_dir, name)
        if os.path.exists(p):
            return load_idx_images(p).astype(np.float32) / np.float32(255.0)
    raise FileNotFoundError(f"no {split}-images-idx3-ubyte[.gz] in {data_dir}")


def blas_libraries():
    """Names of the BLAS/LAPACK shared libraries mapped into this process (torch's GEMM backend)."""
    try:
        with open("/proc/self/maps") as f:
            paths = {line.split()[-1] for line in f if "blas" in line.lower() or "lapack" in line.lower()}
        return sorted(os.path.basename(p) for p in paths if p.startswith("/"))
    except OSError:
        return []


def auto_init(layer, before_sigmoid):
    """The workbench's default init: He uniform before a ReLU, Glorot uniform before the sigmoid, zero
    biases. torch derives fan_in/fan_out from the weight shape, so for a Conv2d they already include the
    kernel area (Cin*k*k, Cout*k*k)."""
    if before_sigmoid:
        nn.init.xavier_uniform_(layer.weight)
    else:
        nn.init.kaiming_uniform_(layer.weight, nonlinearity="relu")
    nn.init.zeros_(layer.bias)


def build(sizes, init="pytorch-default"):
    layers = []
    for i in range(len(sizes) - 1):
        linear = nn.Linear(sizes[i], sizes[i + 1])
        last = i == len(sizes) - 2
        if init == "auto":
            auto_init(linear, last)
        layers.append(linear)
        layers.append(nn.Sigmoid() if last else nn.ReLU())
    return nn.Sequential(*layers)


@torch.no_grad()
def evaluate(model, x, batch=1000):
    bce = mse = mae = 0.0
    for s in range(0, x.shape[0], batch):
        xb = x[s:s + batch]
        y = model(xb).double()
        t = xb.double()
        yc = y.clamp(CLIP, 1.0 - CLIP)
        bce += (-(t * torch.log(yc) + (1.0 - t) * torch.log1p(-yc))).sum().item()
        d = y - t
        mse += (d * d).sum().item()
        mae += d.abs().sum().item()
    n = x.numel()
    return bce / n, mse / n, mae / n


def train_one(seed, sizes, xtr, xte, args):
    torch.manual_seed(seed)  # default nn.Linear init draws from the global generator
    return fit(build(sizes, args.init), seed, xtr, xte, args)


def fit(model, seed, xtr, xte, args):
    """The training protocol shared by every reference recipe (uses args.epochs, args.batch, args.lr);
    model maps a batch of xtr rows to a tensor of the same shape."""
    opt = torch.optim.Adam(model.parameters(), lr=args.lr)
    loss_fn = nn.BCELoss()  # mean over batch * features
    gen = torch.Generator().manual_seed(seed)
    n = xtr.shape[0]
    model.train()
    t0 = time.perf_counter()
    final = float("nan")
    for _ in range(args.epochs):
        perm = torch.randperm(n, generator=gen)
        acc = torch.zeros((), dtype=torch.float64)
        for s in range(0, n, args.batch):  # last partial batch kept
            xb = xtr[perm[s:s + args.batch]]
            opt.zero_grad(set_to_none=True)
            loss = loss_fn(model(xb), xb)
            loss.backward()
            opt.step()
            acc += loss.detach().double() * xb.shape[0]
        final = acc.item() / n
    train_s = time.perf_counter() - t0
    model.eval()
    bce, mse, mae = evaluate(model, xte)
    return {
        "seed": seed,
        "test_bce": round(bce, 6),
        "test_mse": round(mse, 7),
        "test_mae": round(mae, 7),
        "train_seconds": round(train_s, 3),
        "final_train_loss": round(final, 6),
    }


def configure_threads(blas_threads):
    """One intra-op thread, and OpenBLAS's own pool sized too when the bench helper can reach it;
    returns the OpenBLAS pool size, or None when it was not set."""
    torch.set_num_threads(1)
    if _bench_common is None:
        return None
    return _bench_common.set_openblas_threads(blas_threads)


def summarize(results, seeds):
    """The leading, metric part of the summary line over the per-seed results of fit()."""
    bces = [r["test_bce"] for r in results]
    return {
        "mean_test_bce": round(statistics.fmean(bces), 6),
        "std_test_bce": round(statistics.stdev(bces), 6) if len(bces) > 1 else 0.0,
        "min": min(bces),
        "max": max(bces),
        "seeds": seeds,
        "mean_test_mse": round(statistics.fmean(r["test_mse"] for r in results), 7),
        "mean_test_mae": round(statistics.fmean(r["test_mae"] for r in results), 7),
        "mean_train_seconds": round(statistics.fmean(r["train_seconds"] for r in results), 3),
    }


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", required=True, help="folder with train-/test-images-idx3-ubyte.gz")
    ap.add_argument("--layers", default="",
                    help="comma-separated encoder hidden sizes before the code, mirrored in the decoder; "
                         "'' (default) = none, e.g. 784-32-784")
    ap.add_argument("--latent", type=int, default=32, help="code size (default 32)")
    ap.add_argument("--lr", type=float, default=1e-3)
    ap.add_argument("--batch", type=int, default=256)
    ap.add_argument("--epochs", type=int, default=50)
    ap.add_argument("--seeds", default="1,2,3,4,5")
    ap.add_argument("--init", choices=["pytorch-default", "auto"], default="pytorch-default",
                    help="pytorch-default: nn.Linear's own init; auto: the workbench's default (He before ReLU, "
                         "Glorot before the sigmoid, zero biases)")
    ap.add_argument("--blas-threads", type=int, default=1,
                    help="OpenBLAS pool size, set through /work/shared/bench/common.py when that file and "
                         "OpenBLAS are present (default 1); otherwise skipped (openblas_threads: null)")
    args = ap.parse_args()

    hidden = [int(v) for v in args.layers.split(",") if v.strip()]
    seeds = [int(v) for v in args.seeds.split(",") if v.strip()]
    if not seeds:
        ap.error("--seeds is empty")

    blas_threads = configure_threads(args.blas_threads)

    xtr = torch.from_numpy(load_split(args.data, "train"))
    xte = torch.from_numpy(load_split(args.data, "test"))
    d = xtr.shape[1]
    sizes = [d] + hidden + [args.latent] + hidden[::-1] + [d]

    results = []
    for seed in seeds:
        r = train_one(seed, sizes, xtr, xte, args)
        results.append(r)
        print(json.dumps(r), flush=True)

    summary = {
        **summarize(results, seeds),
        "layers": "-".join(map(str, sizes)),
        "data": os.path.basename(os.path.normpath(args.data)),
        "n_train": int(xtr.shape[0]),
        "n_test": int(xte.shape[0]),
        "epochs": args.epochs,
        "batch": args.batch,
        "lr": args.lr,
        "init": args.init,
        "torch": torch.__version__,
        "torch_threads": torch.get_num_threads(),
        "openblas_threads": blas_threads,
        "blas_libraries": blas_libraries(),
    }
    print(json.dumps(summary), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
