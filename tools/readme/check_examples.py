#!/usr/bin/python3
"""Runs the Python examples of the README's "Your model elsewhere" section against real models, so
that what the README says about the stored layouts, the padding and the names is checked.

    mvn -B -o -q package -DskipTests && /usr/bin/python3 tools/readme/check_examples.py

It trains two small models on digits-8x8 with the built jar (runs/dense: 64-32-[4]; runs/vae: a
convolutional VAE with a transposed convolution in its decoder), then runs every ```python block of
the section whose first line is "# example: ...", in a folder holding runs/, with `rows` (the test
rows as the workbench reads them, in codes.csv's order) and `codes` (codes.csv's code columns) given.
Encoder examples must end with the run's codes in `code`; decoder examples with its reconstruction
in `out`, which the run's exported PyTorch script computes (its parity with the engine is checked by
tools/pytorch/verify.py). Needs numpy and torch (Debian's python3-torch).
"""
import csv
import gzip
import importlib.util
import os
import re
import subprocess
import sys
import tempfile

import numpy as np
import torch

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
JAR = os.path.join(ROOT, "target", "workbench.jar")
DIGITS = os.path.join(ROOT, "datasets", "digits-8x8")
RUNS = {
    "dense": ["--layers", "32", "--latent", "4", "--code-activation", "linear"],
    "vae": ["--layers", "conv4k3s2,flatten", "--latent", "2", "--variant", "vae",
            "--decoder", "16,reshape1x4x4,deconv4k3s2"],
}
TOLERANCE = 1e-5


def idx_images(name):
    with gzip.open(os.path.join(DIGITS, name)) as f:
        return np.frombuffer(f.read(), np.uint8, offset=16).reshape(-1, 64).astype(np.float32) / np.float32(255)


def examples():
    text = open(os.path.join(ROOT, "README.md"), encoding="utf-8").read()
    start = text.index("\n## Your model elsewhere")
    end = text.find("\n## ", start + 1)
    section = text[start:end if end > 0 else len(text)]
    for block in re.findall(r"```python\n(.*?)```", section, re.S):
        first = block.splitlines()[0]
        if first.startswith("# example:"):
            yield first[len("# example:"):].strip(), block


def main():
    # the source rows as splits.npz numbers them: the training file's rows, then the test file's
    source = np.concatenate([idx_images("train-images-idx3-ubyte.gz"), idx_images("test-images-idx3-ubyte.gz")])
    work = tempfile.mkdtemp(prefix="readme-examples-")
    given = {}
    for name, options in RUNS.items():
        folder = os.path.join(work, "runs", name)
        subprocess.run(["java", "-jar", JAR, "train", "--dataset", "digits-8x8", "--epochs", "2", "--seed", "3",
                        "--quiet", "--out", folder] + options, check=True, capture_output=True)
        with open(os.path.join(folder, "codes.csv")) as f:
            table = list(csv.reader(f))
        header, body = table[0], table[1:]
        index = np.array([int(r[0]) for r in body])
        z = [c for c, h in enumerate(header) if h.startswith("z")]
        codes = np.array([[float(r[c]) for c in z] for r in body], np.float32)
        given[name] = {"rows": source[index], "codes": codes}
    # the VAE's reconstructions from the exported script, the reference for the decoder examples
    subprocess.run(["java", "-jar", JAR, "export", "--model", os.path.join(work, "runs", "vae", "model.npz"),
                    "--format", "pytorch", "--out", os.path.join(work, "script")], check=True, capture_output=True)
    spec = importlib.util.spec_from_file_location("exported", os.path.join(work, "script", "autoencoder.py"))
    exported = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(exported)
    _, arrays = exported.read_model_file(os.path.join(work, "runs", "vae", "model.npz"))
    model = exported.Autoencoder()
    with torch.no_grad():
        exported.load_weights(model, arrays)
    model.eval()
    with torch.no_grad():
        normalised = model.decode(torch.from_numpy(given["vae"]["codes"])).numpy()
    given["vae"]["reconstruction"] = normalised * arrays["normalization.scale"] + arrays["normalization.offset"]

    os.chdir(work)
    failures = 0
    count = 0
    for title, code in examples():
        count += 1
        run = "dense" if "runs/dense" in code else "vae"
        space = {"rows": given[run]["rows"].copy(), "codes": given[run]["codes"].copy()}
        exec(compile(code, "README: " + title, "exec"), space)
        if "out" in space:
            got, expected, what = space["out"], given[run]["reconstruction"], "the reconstruction"
        else:
            got, expected, what = space["code"], given[run]["codes"], "codes.csv's codes"
        got = got.detach().numpy() if isinstance(got, torch.Tensor) else np.asarray(got)
        error = float(np.max(np.abs(got - expected)) / max(1.0, float(np.max(np.abs(expected)))))
        ok = got.shape == expected.shape and error <= TOLERANCE
        failures += not ok
        print("%s  %-40s %s, shape %s, max relative error %.2e" % ("OK  " if ok else "FAIL", title, what,
                                                                 got.shape, error))
    print("%d of %d README examples reproduce the workbench's numbers" % (count - failures, count))
    sys.exit(1 if failures or count == 0 else 0)


if __name__ == "__main__":
    main()
