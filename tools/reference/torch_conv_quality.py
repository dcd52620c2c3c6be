#!/usr/bin/python3
"""PyTorch quality reference for the workbench's convolutional autoencoder.

The convolutional autoencoder of the Keras blog post "Building Autoencoders in Keras", trained with
the protocol of torch_quality.py (same data loading, Adam, BCE, shuffling, evaluation and threads):

    /usr/bin/python3 tools/reference/torch_conv_quality.py --data datasets/mnist-10k --epochs 50 --seeds 1,2,3

Model (NCHW, input 1x28x28, 3x3 kernels, ReLU after every conv but the last, sigmoid output):
  encoder  conv16 'same', maxpool2 (28->14), conv8 'same', maxpool2 (14->7), conv8 'same',
           maxpool2 (7->4)                                    -> code 8x4x4 = 128 values
  decoder  conv8 'same', up2 (4->8), conv8 'same', up2 (8->16), conv16 'valid' (16->14), up2 (14->28),
           conv1 'same' + sigmoid
Pooling uses ceil_mode=True: on 7x7 that gives 4x4 with the max over the in-bounds values only, as
Keras MaxPooling2D(padding='same') does. Upsampling is nearest-neighbour (Keras UpSampling2D).

--init pytorch-default: torch's own Conv2d init after torch.manual_seed(seed); --init auto: the
workbench's default as in torch_quality.py (He uniform before a ReLU, Glorot uniform before the
sigmoid, zero biases) with conv fans Cin*k*k / Cout*k*k.

Output (stdout): one JSON line per seed
  {"seed", "test_bce", "test_mse", "test_mae", "train_seconds", "seconds_per_epoch", "final_train_loss"}
then one summary line {"mean_test_bce", "std_test_bce", "min", "max", "seeds", ...}; the metrics
mean what they mean in torch_quality.py.
"""
import argparse
import json
import math
import os
import statistics
import sys

import torch
from torch import nn

# torch_quality.py lives next to this file; running a script puts its folder first on sys.path
import torch_quality as tq


def conv(cin, cout, padding=1):
    return nn.Conv2d(cin, cout, 3, padding=padding)


def build(init="pytorch-default"):
    layers = [
        conv(1, 16), nn.ReLU(), nn.MaxPool2d(2, ceil_mode=True),
        conv(16, 8), nn.ReLU(), nn.MaxPool2d(2, ceil_mode=True),
        conv(8, 8), nn.ReLU(), nn.MaxPool2d(2, ceil_mode=True),
        conv(8, 8), nn.ReLU(), nn.Upsample(scale_factor=2, mode="nearest"),
        conv(8, 8), nn.ReLU(), nn.Upsample(scale_factor=2, mode="nearest"),
        conv(8, 16, padding=0), nn.ReLU(), nn.Upsample(scale_factor=2, mode="nearest"),
        conv(16, 1), nn.Sigmoid(),
    ]
    if init == "auto":
        convs = [m for m in layers if isinstance(m, nn.Conv2d)]
        for c in convs:
            tq.auto_init(c, c is convs[-1])
    return nn.Sequential(*layers)


def as_images(x):
    """(n, rows*cols) -> (n, 1, side, side); IDX loading flattens, and the digits are square."""
    side = math.isqrt(x.shape[1])
    if side * side != x.shape[1]:
        raise ValueError(f"images of {x.shape[1]} pixels are not square")
    return x.reshape(x.shape[0], 1, side, side)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", required=True, help="folder with train-/test-images-idx3-ubyte.gz")
    ap.add_argument("--lr", type=float, default=1e-3)
    ap.add_argument("--batch", type=int, default=128)
    ap.add_argument("--epochs", type=int, default=50)
    ap.add_argument("--seeds", default="1,2,3")
    ap.add_argument("--init", choices=["pytorch-default", "auto"], default="pytorch-default",
                    help="pytorch-default: nn.Conv2d's own init; auto: the workbench's default (He before ReLU, "
                         "Glorot before the sigmoid, zero biases)")
    ap.add_argument("--blas-threads", type=int, default=1,
                    help="OpenBLAS pool size, as in torch_quality.py (default 1)")
    args = ap.parse_args()

    seeds = [int(v) for v in args.seeds.split(",") if v.strip()]
    if not seeds:
        ap.error("--seeds is empty")

    blas_threads = tq.configure_threads(args.blas_threads)

    xtr = as_images(torch.from_numpy(tq.load_split(args.data, "train")))
    xte = as_images(torch.from_numpy(tq.load_split(args.data, "test")))
    with torch.no_grad():
        # the decoder only restores 28x28 (16 -> 14 by the valid conv); fail before training, not after
        out_shape = tuple(build()(xte[:1]).shape)
    if out_shape != tuple(xte[:1].shape):
        ap.error(f"the model maps {tuple(xte[:1].shape)} to {out_shape}; it is built for 1x28x28 images")

    results = []
    for seed in seeds:
        torch.manual_seed(seed)  # default Conv2d init draws from the global generator
        model = build(args.init)
        r = tq.fit(model, seed, xtr, xte, args)
        r = {
            "seed": r["seed"],
            "test_bce": r["test_bce"],
            "test_mse": r["test_mse"],
            "test_mae": r["test_mae"],
            "train_seconds": r["train_seconds"],
            "seconds_per_epoch": round(r["train_seconds"] / args.epochs, 4) if args.epochs else None,
            "final_train_loss": r["final_train_loss"],
        }
        results.append(r)
        print(json.dumps(r), flush=True)

    summary = {
        **tq.summarize(results, seeds),
        "mean_seconds_per_epoch": round(statistics.fmean(r["seconds_per_epoch"] for r in results), 4)
        if args.epochs else None,
        "model": "conv16k3,pool2,conv8k3,pool2,conv8k3,pool2 | conv8k3,up2,conv8k3,up2,conv16k3valid,up2,conv1k3",
        "parameters": sum(p.numel() for p in build().parameters()),
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
        "mkldnn": torch.backends.mkldnn.is_available(),
        "blas_libraries": tq.blas_libraries(),
    }
    print(json.dumps(summary), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
