#!/usr/bin/python3
"""Checks the generated PyTorch script (io/pytorch) against the workbench. Not run by CI: it needs
Debian's python3-torch and a built jar (mvn -B package -DskipTests), and takes minutes.

  /usr/bin/python3 tools/pytorch/verify.py [parity] [training] [recipes] [torchrun] [roundtrip] [--work DIR]

parity     a model of every layer kind, activation and variant, trained one epoch by the workbench:
           the script's codes and outputs equal the engine's to 1e-5, and its evaluate prints
           metrics.json's test loss (to 1e-6 relative)
training   the shallow, deep, VAE and Keras conv presets for 10 epochs (conv: --conv-epochs), three
           seeds on each side: the mean test losses agree within 2%
recipes    every optimizer, schedule, clipping, regularisation and variant, 20 epochs on digits-8x8:
           the mean test losses agree within 5% (one dataset's worth of noise, not the 2% of the presets)
torchrun   torchrun --nproc_per_node 2 on CPU (gloo) trains, and the workbench opens what it wrote
roundtrip  a model the script trained and wrote: the workbench's outputs equal the script's to 1e-6
"""
import argparse
import importlib.util
import json
import os
import shutil
import subprocess
import sys
import struct
import time
import zlib

import numpy as np
import torch

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
JAR = os.path.join(ROOT, "target", "workbench.jar")
TOOLS = os.path.join(ROOT, "tools", "pytorch")
DATA = {"digits-8x8": os.path.join(ROOT, "datasets", "digits-8x8"),
        "mnist-10k": os.path.join(ROOT, "datasets", "mnist-10k"),
        "wine": os.path.join(ROOT, "datasets", "tables", "wine.csv")}

# name, dataset, train options (each a model the parity check covers)
PARITY = [
    ("dense-activations", "digits-8x8", ["--layers", "16:relu,14:leaky_relu,dropout0.1,12:elu,noise0.1,10:tanh,"
                                         "9:sigmoid,8:softplus", "--latent", "4", "--code-activation", "linear"]),
    ("conv-same-stride2", "digits-8x8", ["--layers", "conv4k3s2,conv4k3:elu,maxpool2", "--latent", "0"]),
    ("odd-sizes", "digits-8x8", ["--layers", "crop1,conv4k3s2,avgpool2,maxpool3s1", "--latent", "0",
                                 "--decoder", "up3x3,deconv4k3s2valid,crop1,flatten"]),
    ("deconv-output-padding", "digits-8x8", ["--layers", "conv4k3s2,flatten", "--latent", "12",
                                             "--decoder", "36,reshape4x3x3,deconv4k2s3:leaky_relu,crop1,flatten"]),
    ("pad-valid-upsample-to", "digits-8x8", ["--layers", "pad2,conv4k4s2valid,avgpool2valid,conv2k3:tanh",
                                             "--latent", "0"]),
    ("maxpool-valid-dense-on-image", "digits-8x8", ["--layers", "conv3k3,maxpool2s2valid,10", "--latent", "5",
                                                    "--decoder", "48,reshape3x4x4,up2"]),
    ("same-pools-padded-before", "digits-8x8", ["--layers", "conv2k3,avgpool3s1,maxpool3s1,maxpool3s2", "--latent", "0"]),
    ("vae-dense", "digits-8x8", ["--variant", "vae", "--layers", "16", "--latent", "2", "--beta", "0.5",
                                 "--warmup", "3"]),
    ("vae-conv", "digits-8x8", ["--variant", "vae", "--layers", "conv4k3s2", "--latent", "3",
                                "--decoder", "16,reshape1x4x4,deconv4k3s2"]),
    ("sparse-kl", "digits-8x8", ["--variant", "sparse", "--sparsity", "kl", "--code-activation", "sigmoid",
                                 "--layers", "16", "--latent", "6"]),
    ("sparse-l1-mse-linear", "digits-8x8", ["--variant", "sparse", "--loss", "mse", "--output-activation", "linear",
                                            "--layers", "16", "--latent", "6"]),
    ("denoising-masking", "digits-8x8", ["--variant", "denoising", "--noise", "masking", "--noise-level", "0.2",
                                         "--layers", "16", "--latent", "6"]),
    ("contractive-table-mae", "wine", ["--variant", "contractive", "--code-activation", "sigmoid", "--loss", "mae",
                                       "--layers", "8:tanh", "--latent", "3", "--normalization", "z-score"]),
    ("table-huber", "wine", ["--loss", "huber", "--layers", "8", "--latent", "3"]),
    ("image-folder-grey", "images-grey", ["--layers", "conv4k3s2", "--latent", "0"]),
    ("image-folder-rgb", "images-rgb", ["--layers", "conv4k3s2", "--latent", "0"]),
]

# optimizers, schedules, clipping, regularisation and variants the recipes check trains on digits-8x8
RECIPES = [
    ("sgd-step", ["--optimizer", "sgd", "--lr", "0.5", "--schedule", "step"]),
    ("momentum-cosine", ["--optimizer", "momentum", "--lr", "0.05", "--schedule", "cosine"]),
    ("nesterov-clip-norm", ["--optimizer", "nesterov", "--lr", "0.05", "--clip-norm", "0.5"]),
    ("rmsprop-plateau", ["--optimizer", "rmsprop", "--lr", "0.001", "--schedule", "plateau"]),
    ("adamw-l1", ["--optimizer", "adamw", "--lr", "0.003", "--l1", "1e-5"]),
    ("adam-weight-decay-patience", ["--lr", "0.003", "--weight-decay", "1e-4", "--patience", "2"]),
    ("denoising-salt-and-pepper", ["--variant", "denoising", "--noise", "salt-and-pepper", "--noise-level", "0.1",
                                   "--lr", "0.003"]),
    ("sparse-kl", ["--variant", "sparse", "--sparsity", "kl", "--code-activation", "sigmoid", "--lr", "0.003"]),
    ("contractive", ["--variant", "contractive", "--code-activation", "sigmoid", "--lr", "0.003"]),
    ("vae-warmup", ["--variant", "vae", "--beta", "1", "--warmup", "5", "--lr", "0.003"]),
]

# the app's presets (session/Presets) the training check compares
PRESETS = {
    "shallow": ["--layers", "", "--latent", "32", "--activation", "relu", "--batch", "256", "--lr", "0.001"],
    "deep": ["--layers", "128,64", "--latent", "32", "--batch", "256", "--lr", "0.001"],
    "vae": ["--variant", "vae", "--layers", "256", "--latent", "2", "--code-activation", "linear", "--batch", "128",
            "--lr", "0.001"],
    "conv": ["--layers", "conv16k3,pool2,conv8k3,pool2,conv8k3,pool2", "--latent", "0",
             "--decoder", "conv8k3,up2,conv8k3,up2,conv16k3valid,up2", "--batch", "128", "--lr", "0.001",
             "--val", "0"],
}


def png(pixels):
    """A PNG of 8-bit grey (h, w) or RGB (h, w, 3) pixels, its rows filtered by each of PNG's five
    filters in turn, so that the script's reader meets them all."""
    rows = pixels.reshape(pixels.shape[0], -1).astype(np.int32)
    step = 1 if pixels.ndim == 2 else 3
    raw = b""
    previous = np.zeros(rows.shape[1], np.int32)
    for y, row in enumerate(rows):
        kind = y % 5
        left = np.concatenate([np.zeros(step, np.int32), row[:-step]])
        corner = np.concatenate([np.zeros(step, np.int32), previous[:-step]])
        estimate = left + previous - corner
        paeth = np.where((abs(estimate - left) <= abs(estimate - previous)) & (abs(estimate - left) <= abs(estimate - corner)),
                         left, np.where(abs(estimate - previous) <= abs(estimate - corner), previous, corner))
        predicted = [0, left, previous, (left + previous) // 2, paeth][kind]
        raw += bytes([kind]) + ((row - predicted) & 255).astype(np.uint8).tobytes()
        previous = row

    def chunk(kind, body):
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
    header = struct.pack(">IIBBBBB", pixels.shape[1], pixels.shape[0], 8, 0 if step == 1 else 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b"")


def image_folders(work):
    """Two image folders of 300 digits-8x8 images in class subfolders: grey, and coloured."""
    import gzip
    def idx(name):
        data = gzip.decompress(open(os.path.join(DATA["digits-8x8"], name), "rb").read())
        dims = struct.unpack(">" + "I" * data[3], data[4:4 + 4 * data[3]])
        return np.frombuffer(data, np.uint8, offset=4 + 4 * data[3]).reshape(dims)
    images, labels = idx("train-images-idx3-ubyte.gz")[:300], idx("train-labels-idx1-ubyte.gz")[:300]
    for kind in ("grey", "rgb"):
        root = os.path.join(work, "images-" + kind)
        DATA["images-" + kind] = root
        for i, (image, label) in enumerate(zip(images, labels)):
            os.makedirs(os.path.join(root, f"class{label}"), exist_ok=True)
            pixels = image if kind == "grey" else np.stack([image, image // 2, 255 - image], -1)
            with open(os.path.join(root, f"class{label}", f"{i:04d}.png"), "wb") as f:
                f.write(png(pixels))


def run(command, **kw):
    result = subprocess.run(command, capture_output=True, text=True, **kw)
    if result.returncode != 0:
        sys.exit(f"failed ({result.returncode}): {' '.join(command)}\n{result.stdout}\n{result.stderr}")
    return result.stdout


def java_tool(name, *args):
    return run(["java", "-cp", JAR, os.path.join(TOOLS, name + ".java"), *map(str, args)])


def workbench_run(work, name, dataset, options, epochs=1, seed=1):
    """A run folder trained by the workbench, with its splits.npz and the script exported from it."""
    folder = os.path.join(work, name)
    source = DATA[dataset] if dataset.startswith("images-") else dataset  # a folder, or a bundled set's name
    run(["java", "-jar", JAR, "train", "--dataset", source, *options, "--epochs", str(epochs), "--seed", str(seed),
         "--quiet", "--force", "--out", folder], cwd=ROOT)
    own = os.path.join(folder, "splits.npz")
    if os.path.isfile(own):
        # the run's own split, which the definition in WriteSplits must give again
        java_tool("WriteSplits", folder, DATA[dataset], os.path.join(folder, "splits-again.npz"))
        with np.load(own) as a, np.load(os.path.join(folder, "splits-again.npz")) as b:
            if any(not np.array_equal(a[p], b[p]) for p in ("train", "validation", "test")):
                sys.exit(f"{own} is not the split WriteSplits.java defines")
    else:
        java_tool("WriteSplits", folder, DATA[dataset])
    run(["java", "-jar", JAR, "export", "--model", os.path.join(folder, "model.npz"), "--format", "pytorch",
         "--out", os.path.join(folder, "py"), "--force"])
    return folder


def script_module(folder):
    spec = importlib.util.spec_from_file_location("autoencoder_" + os.path.basename(folder),
                                                  os.path.join(folder, "py", "autoencoder.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_rows(module, folder, dataset, model_file):
    _, arrays = module.read_model_file(model_file)
    args = argparse.Namespace(splits=os.path.join(folder, "splits.npz"), data=DATA[dataset])
    return module.load_split(args, arrays, model_file)["test"], arrays


def forward_difference(module, folder, dataset, model_file):
    """Largest difference between the script's codes and outputs and the engine's, on the test rows."""
    rows, arrays = test_rows(module, folder, dataset, model_file)
    model = module.Autoencoder()
    module.load_weights(model, arrays)
    model.eval()
    with torch.no_grad():
        code = model.encode(rows)
        code = code[0] if model.VARIATIONAL else code
        output = model.decode(code)
    rows_file = os.path.join(folder, "rows.npy")
    np.save(rows_file, rows.numpy())
    java_tool("Outputs", model_file, rows_file, os.path.join(folder, "engine"))
    engine_codes = np.load(os.path.join(folder, "engine_codes.npy"))
    engine_outputs = np.load(os.path.join(folder, "engine_outputs.npy"))
    return (float(np.abs(code.flatten(1).numpy() - engine_codes).max()),
            float(np.abs(output.numpy() - engine_outputs).max()))


def evaluate_json(folder, dataset, model_file):
    line = run([sys.executable, os.path.join(folder, "py", "autoencoder.py"), "evaluate", "--model", model_file,
                "--data", DATA[dataset], "--splits", os.path.join(folder, "splits.npz")])
    return json.loads(line)["test"]


def parity(work):
    print("parity: the script's forward pass and test loss against the workbench's (one-epoch models)")
    image_folders(work)
    ok = True
    for name, dataset, options in PARITY:
        folder = workbench_run(work, name, dataset, options)
        model_file = os.path.join(folder, "model.npz")
        codes, outputs = forward_difference(script_module(folder), folder, dataset, model_file)
        expected = json.load(open(os.path.join(folder, "metrics.json")))["test"]["loss"]
        got = evaluate_json(folder, dataset, model_file)["loss"]
        relative = abs(got - expected) / abs(expected)
        good = codes <= 1e-5 and outputs <= 1e-5 and relative <= 1e-6
        ok &= good
        print(f"  {'ok ' if good else 'BAD'} {name:30s} codes {codes:.1e}  outputs {outputs:.1e}  "
              f"test loss {got:.9g} vs metrics.json {expected:.9g} (relative {relative:.1e})")
    return ok


def means_agree(name, workbench, script, tolerance):
    """Prints the two sides' mean test losses and whether they are within `tolerance` of each other."""
    gap = (np.mean(script) - np.mean(workbench)) / np.mean(workbench)
    good = abs(gap) <= tolerance
    seeds = ", ".join(f"{w:.4g}/{s:.4g}" for w, s in zip(workbench, script))
    print(f"  {'ok ' if good else 'BAD'} {name:28s} workbench {np.mean(workbench):.6g}, script {np.mean(script):.6g}"
          f" ({gap:+.2%}; seed by seed {seeds})")
    return good


def training(work, seeds, conv_epochs):
    print(f"training: mean test loss over seeds {seeds}, the workbench's against the script's")
    ok = True
    for name, options in PRESETS.items():
        epochs = conv_epochs if name == "conv" else 10
        workbench, script = [], []
        base = None
        for seed in seeds:
            start = time.time()
            folder = workbench_run(work, f"train-{name}-{seed}", "mnist-10k", options, epochs=epochs, seed=seed)
            workbench_seconds = time.time() - start
            base = base or folder
            workbench.append(json.load(open(os.path.join(folder, "metrics.json")))["test"]["loss"])
            start = time.time()
            out = os.path.join(folder, "py", "trained.npz")
            line = run([sys.executable, os.path.join(base, "py", "autoencoder.py"), "train", "--model",
                        os.path.join(base, "model.npz"), "--data", DATA["mnist-10k"], "--out", out,
                        "--epochs", str(epochs), "--seed", str(seed)])
            script.append(json.loads(line)["test"]["loss"])
            print(f"    {name} seed {seed}: workbench {workbench[-1]:.6g} ({workbench_seconds:.0f} s with export),"
                  f" script {script[-1]:.6g} ({time.time() - start:.0f} s)")
        ok &= means_agree(f"{name} {epochs} epochs", workbench, script, 0.02)
    return ok


def recipes(work, seeds):
    """Every optimizer, schedule and variant trains in the script as in the workbench: 20 epochs of a
    64-32-16 model on digits-8x8, the mean test loss over the seeds on each side."""
    print(f"recipes: 20 epochs on digits-8x8, mean test loss over seeds {seeds}, the workbench's against the script's")
    ok = True
    for name, options in RECIPES:
        options = ["--layers", "64,32", "--latent", "16", "--batch", "64"] + options
        workbench, script = [], []
        for seed in seeds:
            folder = workbench_run(work, f"recipe-{name}-{seed}", "digits-8x8", options, epochs=20, seed=seed)
            workbench.append(json.load(open(os.path.join(folder, "metrics.json")))["test"]["loss"])
            line = run([sys.executable, os.path.join(folder, "py", "autoencoder.py"), "train", "--model",
                        os.path.join(folder, "model.npz"), "--data", DATA["digits-8x8"], "--out",
                        os.path.join(folder, "py", "trained.npz"), "--force"])
            script.append(json.loads(line)["test"]["loss"])
        ok &= means_agree(name, workbench, script, 0.05)
    return ok


def distributed(work):
    print("torchrun: two CPU processes (gloo) train the deep preset; the workbench evaluates what they wrote")
    folder = workbench_run(work, "torchrun", "mnist-10k", PRESETS["deep"], epochs=2)
    out = os.path.join(folder, "py", "ddp.npz")
    # --redirects 2 --tee 2: Debian's torchrun (PyTorch 1.13 on Python 3.11) fails on its default of 0
    line = run(["torchrun", "--redirects", "2", "--tee", "2", "--nproc_per_node", "2",
                os.path.join(folder, "py", "autoencoder.py"), "train",
                "--model", os.path.join(folder, "model.npz"), "--data", DATA["mnist-10k"], "--out", out],
               env=dict(os.environ, OMP_NUM_THREADS="1"))
    script_loss = json.loads(line.strip().splitlines()[-1])["test"]["loss"]
    opened = json.loads(run(["java", "-jar", JAR, "evaluate", "--model", out], cwd=ROOT))["test"]["loss"]
    good = abs(opened - script_loss) / script_loss <= 1e-6
    print(f"  {'ok ' if good else 'BAD'} torchrun test loss {script_loss:.9g}; the workbench's evaluate of its"
          f" model.npz {opened:.9g}")
    return good


def round_trip(work):
    print("roundtrip: the script trains and writes model.npz; the workbench's outputs equal the script's, its")
    print("           evaluate prints the script's test loss, and its train --resume goes on from the file")
    ok = True
    chosen = ["odd-sizes", "vae-conv", "sparse-kl", "denoising-masking", "contractive-table-mae", "image-folder-rgb"]
    if "images-rgb" not in DATA:
        image_folders(work)
    for name, dataset, options in [p for p in PARITY if p[0] in chosen]:
        folder = os.path.join(work, name)
        if not os.path.isfile(os.path.join(folder, "model.npz")):
            folder = workbench_run(work, name, dataset, options)
        out = os.path.join(folder, "py", "trained.npz")
        line = run([sys.executable, os.path.join(folder, "py", "autoencoder.py"), "train", "--model",
                    os.path.join(folder, "model.npz"), "--data", DATA[dataset], "--out", out, "--epochs", "2"])
        script_loss = json.loads(line)["test"]["loss"]
        codes, outputs = forward_difference(script_module(folder), folder, dataset, out)
        history = json.loads(run(["unzip", "-p", out, "model.json"]))["history"]
        opened = json.loads(run(["java", "-jar", JAR, "evaluate", "--model", out], cwd=ROOT))["test"]["loss"]
        run(["java", "-jar", JAR, "train", "--resume", out, "--epochs", "1", "--quiet", "--force", "--out",
             os.path.join(folder, "resumed")], cwd=ROOT)
        resumed = json.loads(run(["unzip", "-p", os.path.join(folder, "resumed", "model.npz"), "model.json"]))
        relative = abs(opened - script_loss) / abs(script_loss)
        good = codes <= 1e-6 and outputs <= 1e-6 and len(history) == 2 and relative <= 1e-6 \
            and len(resumed["history"]) == 3
        ok &= good
        print(f"  {'ok ' if good else 'BAD'} {name:24s} codes {codes:.1e}  outputs {outputs:.1e}  history of"
              f" {len(history)} epochs, test loss {script_loss:.9g}, the workbench's {opened:.9g};"
              f" resumed to {len(resumed['history'])} epochs")
    return ok


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("checks", nargs="*", default=["parity", "training", "recipes", "torchrun", "roundtrip"])
    parser.add_argument("--work", default="/tmp/pytorch-verify")
    parser.add_argument("--seeds", default="1,2,3")
    parser.add_argument("--conv-epochs", type=int, default=10)
    args = parser.parse_args()
    if not os.path.isfile(JAR):
        sys.exit(f"{JAR} is missing: build it with mvn -B package -DskipTests")
    os.makedirs(args.work, exist_ok=True)
    seeds = [int(s) for s in args.seeds.split(",")]
    checks = {"parity": lambda: parity(args.work), "training": lambda: training(args.work, seeds, args.conv_epochs),
              "recipes": lambda: recipes(args.work, seeds),
              "torchrun": lambda: distributed(args.work), "roundtrip": lambda: round_trip(args.work)}
    results = [checks[c]() for c in args.checks]
    print("all checks passed" if all(results) else "SOME CHECKS FAILED")
    sys.exit(0 if all(results) else 1)


if __name__ == "__main__":
    main()
