#!/usr/bin/env python3
{{header}}
import argparse
import csv
import gzip
import io
import json
import math
import os
import re
import struct
import sys
import time
import zipfile
import zlib
from collections import OrderedDict

import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F


# ---------------------------------------------------------------------------------------------
# Layers PyTorch has no module for
# ---------------------------------------------------------------------------------------------

class GaussianNoise(nn.Module):
    """Adds noise of deviation `stddev` to its input while training; passes it through otherwise."""

    def __init__(self, stddev):
        super().__init__()
        self.stddev = stddev

    def forward(self, x):
        return x + self.stddev * torch.randn_like(x) if self.training else x


class NearestResize(nn.Module):
    """Nearest-neighbour resizing to a size, as the workbench does it: output row i is input row
    floor(i * in / out), computed in integers. nn.Upsample(size=...) computes it from a float scale
    and picks another row for some sizes (14 to 46, 6 to 74, ...)."""

    def __init__(self, height, width):
        super().__init__()
        self.height, self.width = height, width

    def forward(self, x):
        rows = torch.arange(self.height, device=x.device) * x.shape[2] // self.height
        cols = torch.arange(self.width, device=x.device) * x.shape[3] // self.width
        return x[:, :, rows][:, :, :, cols]


class KerasSamePool(nn.Module):
    """Max or average pooling with Keras's "same" padding where PyTorch's ceil_mode cannot say it:
    the border (left, right, top, bottom) is never part of a window (max skips it, the average does
    not count it)."""

    def __init__(self, average, size, stride, border):
        super().__init__()
        self.average, self.size, self.stride, self.border = average, size, stride, border

    def forward(self, x):
        if not self.average:
            return F.max_pool2d(F.pad(x, self.border, value=float("-inf")), self.size, self.stride)
        sums = F.avg_pool2d(F.pad(x, self.border), self.size, self.stride)
        inside = F.avg_pool2d(F.pad(torch.ones_like(x[:1, :1]), self.border), self.size, self.stride)
        return sums / inside


# ---------------------------------------------------------------------------------------------
# The network, as designed in the workbench (generated from model.json)
# ---------------------------------------------------------------------------------------------

{{model}}


def design_differences(design):
    """What differs between a model file's design and the one this script was generated for
    (the seed and the initializer only start training, so they may differ)."""
    ignored = {"seed", "initializer"}
    keys = sorted((set(design) | set(DESIGN)) - ignored)
    return [k for k in keys if design.get(k) != DESIGN.get(k)]


def initialize(model, initializer=None):
    """Draws the first weights as the workbench does: He (uniform) before a ReLU-family activation,
    Glorot (uniform) before the rest, biases 0; a design's own initializer replaces the choice."""
    for name, chosen in model.INITIALIZERS.items():
        layer = model.get_submodule(name)
        kind = initializer or chosen
        if kind == "PYTORCH_DEFAULT":  # uniform in +-1/sqrt(fan in), biases too, as nn.Linear starts
            bound = 1 / math.sqrt(layer.weight[0].numel())
            nn.init.uniform_(layer.weight, -bound, bound)
            nn.init.uniform_(layer.bias, -bound, bound)
            continue
        {"HE_UNIFORM": lambda w: nn.init.kaiming_uniform_(w, nonlinearity="relu"),
         "HE_NORMAL": lambda w: nn.init.kaiming_normal_(w, nonlinearity="relu"),
         "GLOROT_UNIFORM": nn.init.xavier_uniform_,
         "GLOROT_NORMAL": nn.init.xavier_normal_}[kind](layer.weight)
        nn.init.zeros_(layer.bias)


# ---------------------------------------------------------------------------------------------
# model.npz: the workbench's model file (a zip of model.json and one .npy per array)
# ---------------------------------------------------------------------------------------------

# Dense kernels are stored inputs x outputs (PyTorch's Linear is outputs x inputs: transposed);
# convolution kernels (filters, channels*k*k), transposed ones (channels, filters*k*k): reshaped.

def fail(message):
    """Stops with a message for the user, not a traceback."""
    print("error: " + message, file=sys.stderr)
    sys.exit(2)


def read_model_file(path):
    """model.json (as a dict) and every array of a model.npz."""
    try:
        with zipfile.ZipFile(path) as z:
            meta = json.loads(z.read("model.json"))
            arrays = {n[:-4]: np.load(io.BytesIO(z.read(n))) for n in z.namelist() if n.endswith(".npy")}
    except (OSError, KeyError, zipfile.BadZipFile) as e:
        fail(f"{path} could not be read as a workbench model file ({e}). Give the model.npz of a run.")
    return meta, arrays


def load_weights(model, arrays):
    """Copies the file's weights into the module, in PyTorch's layouts."""
    for name, tensor in model.state_dict().items():
        if name not in arrays:
            fail(f"the model file has no array {name}: it does not belong to this script's network.")
        value = arrays[name]
        if isinstance(model.get_submodule(name.rsplit(".", 1)[0]), nn.Linear) and value.ndim == 2:
            value = value.T
        tensor.copy_(torch.from_numpy(np.ascontiguousarray(value).reshape(tensor.shape)))


def workbench_array(module, name, tensor):
    """A parameter (or an optimizer moment of one) in the layout the workbench stores."""
    value = tensor.detach().cpu().numpy().astype(np.float32)
    if name.endswith(".bias"):
        return value.reshape(-1)
    if isinstance(module.get_submodule(name.rsplit(".", 1)[0]), nn.Linear):
        return np.ascontiguousarray(value.T)
    return value.reshape(value.shape[0], -1)


def npy_bytes(array):
    buffer = io.BytesIO()
    np.save(buffer, array)
    return buffer.getvalue()


def write_model_file(path, model, meta, arrays, history, training, state):
    """A model.npz the workbench opens: model.json with this run's history, the weights, the
    normalisation's offset and scale, and the optimizer's state to continue from."""
    meta = dict(meta)
    weights = [{"name": n, "shape": list(workbench_array(model, n, t).shape), "file": n + ".npy"}
               for n, t in model.named_parameters()]
    meta.update(history=history, training=training, weights=weights)
    meta.pop("trainingState", None)
    entries = [(w["file"], npy_bytes(workbench_array(model, w["name"], t)))
               for w, t in zip(weights, model.parameters())]
    entries += [(n + ".npy", npy_bytes(arrays[n])) for n in ("normalization.offset", "normalization.scale")]
    if state is not None:
        meta["trainingState"] = state["json"]
        for which, moments in state["moments"].items():
            entries += [(f"optimizer.{which}.{n}.npy", npy_bytes(workbench_array(model, n, m)))
                        for n, m in moments]
    temporary = path + ".partial"
    with zipfile.ZipFile(temporary, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("model.json", json.dumps(meta, indent=2))
        for name, data in entries:
            z.writestr(name, data)
    os.replace(temporary, path)


# ---------------------------------------------------------------------------------------------
# Data: the workbench's sources, rows numbered as splits.npz numbers them
# ---------------------------------------------------------------------------------------------

IDX_NAME = re.compile(r"(?:.*[-_.])?(train|test|t10k)[-_.](images|labels)(?:[-_.].*)?", re.IGNORECASE)
IMAGE_EXTENSIONS = {"png", "jpg", "jpeg", "gif", "bmp"}


def read_idx(path):
    """An IDX file (gzip or not) as an array of unsigned bytes."""
    with open(path, "rb") as f:
        data = f.read()
    if data[:2] == b"\x1f\x8b":
        data = gzip.decompress(data)
    if data[:3] != b"\x00\x00\x08":
        fail(f"{path} is not an IDX file of unsigned bytes.")
    dims = struct.unpack(">" + "I" * data[3], data[4:4 + 4 * data[3]])
    return np.frombuffer(data, np.uint8, offset=4 + 4 * data[3]).reshape(dims)


def load_idx_folder(folder):
    """Training images then test images (when the folder has them), values byte / 255."""
    found = {}
    for name in sorted(os.listdir(folder)):
        m = IDX_NAME.fullmatch(name)
        if m and os.path.isfile(os.path.join(folder, name)):
            part = "train" if m.group(1).lower() == "train" else "test"
            found[(part, m.group(2).lower())] = os.path.join(folder, name)
    parts = [p for p in ("train", "test") if (p, "images") in found]
    images = [read_idx(found[(p, "images")]) for p in parts]
    labels = [read_idx(found[(p, "labels")]).astype(np.int64) for p in parts]
    pixels = np.concatenate([i.reshape(len(i), -1) for i in images]).astype(np.float32) / np.float32(255)
    return pixels, np.concatenate(labels)


def load_csv(path):
    """A table: every column a feature but the class column (`class` or `label`, else the last when
    its first value is not a number); semicolons or tabs and decimal commas as the workbench reads them."""
    with open(path, encoding="utf-8-sig") as f:
        text = f.read()
    first = next((line for line in text.splitlines() if line.strip()), "")
    first = re.sub(r'"[^"]*"', '""', first)
    counts = {sep: first.count(sep) for sep in ",;\t"}
    sep = "\t" if counts["\t"] > 0 and counts["\t"] >= counts[";"] and counts["\t"] >= counts[","] \
        else ";" if counts[";"] > counts[","] else ","
    decimal_comma = sep != "," and any(re.fullmatch(r"[+-]?\d+,\d+", c.strip())
                                       for line in text.splitlines()[:50] for c in line.split(sep))
    number = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?")

    def as_number(cell):
        return cell.replace(",", ".") if decimal_comma else cell

    rows = [[c.strip() for c in r] for r in csv.reader(io.StringIO(text), delimiter=sep)]
    rows = [r for r in rows if not (len(r) == 1 and r[0] == "") and r]
    header = not all(number.fullmatch(as_number(c.strip())) for c in first.split(sep))
    columns = rows[0] if header else [f"column {i + 1}" for i in range(len(rows[0]))]
    data = rows[1:] if header else rows
    lower = [c.lower() for c in columns]
    class_index = next((i for i, c in enumerate(lower) if c in ("class", "label")), -1)
    if class_index < 0 and len(columns) > 1:
        last = as_number(data[0][-1])
        if not (last == "" or number.fullmatch(last) or re.fullmatch(r"[+-]?(nan|inf|infinity)", last, re.I)):
            class_index = len(columns) - 1
    features = np.array([[float(as_number(v)) for i, v in enumerate(r) if i != class_index] for r in data],
                        dtype=np.float64).astype(np.float32)
    if class_index < 0:
        return features, np.full(len(data), -1)
    values = [r[class_index] for r in data]
    if all(re.fullmatch(r"[+-]?\d{1,18}", v) for v in values):
        names = sorted({int(v) for v in values})
        labels = [names.index(int(v)) for v in values]
    else:
        names = list(OrderedDict.fromkeys(values))
        labels = [names.index(v) for v in values]
    return features, np.array(labels)


def read_png(path):
    """An 8- or 16-bit, non-interlaced PNG as an array of 0..255 values, (height, width, 3)."""
    with open(path, "rb") as f:
        data = f.read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        return None
    at, chunks, palette = 8, [], None
    while at < len(data):
        length, kind = struct.unpack(">I4s", data[at:at + 8])
        body = data[at + 8:at + 8 + length]
        if kind == b"IHDR":
            width, height, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", body)
        elif kind == b"PLTE":
            palette = np.frombuffer(body, np.uint8).reshape(-1, 3)
        elif kind == b"IDAT":
            chunks.append(body)
        at += 12 + length
    if interlace or depth not in (8, 16) and colour != 3:
        return None
    samples = {0: 1, 2: 3, 3: 1, 4: 2, 6: 4}[colour]
    step = samples * depth // 8
    raw = np.frombuffer(zlib.decompress(b"".join(chunks)), np.uint8)
    stride = width * step
    rows = np.zeros((height, stride), np.int32)
    previous = np.zeros(stride, np.int32)
    for y in range(height):
        kind, line = raw[y * (stride + 1)], raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)].astype(np.int32)
        out = line.copy()
        if kind == 2:
            out = (line + previous) & 255
        elif kind in (1, 3, 4):
            for x in range(stride):
                left = out[x - step] if x >= step else 0
                up, corner = previous[x], previous[x - step] if x >= step else 0
                if kind == 1:
                    out[x] = (line[x] + left) & 255
                elif kind == 3:
                    out[x] = (line[x] + (left + up) // 2) & 255
                else:
                    p = left + up - corner
                    pa, pb, pc = abs(p - left), abs(p - up), abs(p - corner)
                    out[x] = (line[x] + (left if pa <= pb and pa <= pc else up if pb <= pc else corner)) & 255
        rows[y], previous = out, out
    if colour == 3:
        return palette[rows.astype(np.uint8)].astype(np.int32)
    values = rows.reshape(height, width, samples * depth // 8)
    if depth == 16:
        values = values.reshape(height, width, samples, 2)
        values = values[..., 0] * 256 + values[..., 1]
        values = np.floor(values * np.float32(255) / np.float32(65535) + 0.5).astype(np.int32)
    if colour in (0, 4):
        return np.repeat(values[..., :1], 3, axis=2)
    return values[..., :3]


def read_image(path):
    image = read_png(path)
    if image is None:
        try:
            from PIL import Image  # only for JPEG, GIF, BMP and unusual PNGs
            image = np.asarray(Image.open(path).convert("RGB"), dtype=np.int32)
        except ImportError:
            fail(f"{path} is not a plain PNG; reading it needs Pillow (pip install pillow).")
    return image


def load_image_classes(root):
    """One subfolder per class (in name order), its images in name order."""
    images, labels = [], []
    classes = sorted(d for d in os.listdir(root) if os.path.isdir(os.path.join(root, d)) and not d.startswith("."))
    label = 0
    for name in classes:
        files = sorted(f for f in os.listdir(os.path.join(root, name)) if not f.startswith(".")
                       and f.rsplit(".", 1)[-1].lower() in IMAGE_EXTENSIONS and "." in f[1:])
        for f in files:
            images.append(read_image(os.path.join(root, name, f)))
            labels.append(label)
        label += 1 if files else 0
    return images, labels


def load_image_folder(root):
    """Class subfolders, or train/ and test/ each with class subfolders (training rows first);
    channel-major values in [0, 1], one channel when every image is grey."""
    parts = [os.path.join(root, p) for p in ("train", "test")]
    if all(os.path.isdir(p) for p in parts):
        loaded = [load_image_classes(p) for p in parts]
        images, labels = loaded[0][0] + loaded[1][0], loaded[0][1] + loaded[1][1]
    else:
        images, labels = load_image_classes(root)
    height, width = images[0].shape[:2]
    if any(i.shape[:2] != (height, width) for i in images):
        fail(f"the images under {root} differ in size; this script reads images of one size only "
             f"(the workbench resizes them with Java's bilinear filter, which it cannot repeat exactly).")
    stack = np.stack(images)
    colour = bool((stack[..., 0] != stack[..., 1]).any() or (stack[..., 1] != stack[..., 2]).any())
    values = stack.astype(np.float32) / np.float32(255)
    values = values.transpose(0, 3, 1, 2) if colour else values[..., :1].transpose(0, 3, 1, 2)
    return values.reshape(len(images), -1), np.array(labels)


def load_rows(path):
    """Every row of a dataset, numbered as splits.npz numbers them. A bundled dataset's name (mnist-10k,
    wine) is looked up in ./datasets, as the workbench looks it up from its folder."""
    if not os.path.exists(path):
        bundled = [os.path.join("datasets", path), os.path.join("datasets", "tables", path + ".csv")]
        path = next((p for p in bundled if os.path.exists(p)), path)
    if os.path.isdir(path):
        if any(IDX_NAME.fullmatch(n) for n in os.listdir(path)):
            return load_idx_folder(path)
        return load_image_folder(path)
    if os.path.isfile(path):
        return load_csv(path)
    fail(f"{path} does not exist. Give the dataset's folder (IDX files or class subfolders) or CSV file.")


def load_split(args, arrays, model_path):
    """The train, validation and test rows of the run, normalised as (x - offset) / scale."""
    splits_path = args.splits or os.path.join(os.path.dirname(os.path.abspath(model_path)), "splits.npz")
    if not os.path.isfile(splits_path):
        fail(f"there is no {splits_path}: the run folder's splits.npz says which rows were trained and tested on."
             f" Give it with --splits.")
    rows, _ = load_rows(args.data)
    offset, scale = arrays["normalization.offset"], arrays["normalization.scale"]
    if rows.shape[1] != offset.shape[0]:
        fail(f"{args.data} has {rows.shape[1]} values a row but the model takes {offset.shape[0]}: "
             f"give the dataset the model was trained on.")
    normalised = (rows - offset) / scale
    with np.load(splits_path) as splits:
        parts = {part: splits[part] for part in ("train", "validation", "test")}
    if max(p.max(initial=-1) for p in parts.values()) >= len(rows):
        fail(f"{splits_path} numbers rows beyond the {len(rows)} of {args.data}: it belongs to another dataset.")
    return {part: torch.from_numpy(np.ascontiguousarray(normalised[index])) for part, index in parts.items()}


# ---------------------------------------------------------------------------------------------
# Losses, penalties and metrics, with the workbench's reductions
# ---------------------------------------------------------------------------------------------

def element_losses(output, target, loss):
    """Each element's loss; for BCE `output` holds the logits (the output sigmoid is fused in)."""
    if loss == "MSE":
        return (output - target) ** 2
    if loss == "MAE":
        return (output - target).abs()
    if loss == "HUBER":
        return F.huber_loss(output, target, reduction="none", delta=1.0)
    return F.binary_cross_entropy_with_logits(output, target, reduction="none")


def code_penalty(model, code, variant):
    """The sparse or contractive term, in the units of the per-element mean loss."""
    kind = variant["kind"]
    if kind == "SPARSE" and variant["sparsity"] == "L1":
        return variant["sparsityWeight"] * code.abs().sum() / len(code)
    if kind == "SPARSE":
        rho = variant["sparsityTarget"]
        rho_hat = code.mean(0).clamp(1e-7, 1 - 1e-7)
        kl = rho * torch.log(rho / rho_hat) + (1 - rho) * torch.log((1 - rho) / (1 - rho_hat))
        return variant["sparsityWeight"] * kl.sum()
    if kind == "CONTRACTIVE":
        # the code layer's Jacobian h = f(x W + b) is diag(f'(a)) W^T: its squared norm needs no Jacobian
        slope = {"SIGMOID": lambda h: h * (1 - h), "TANH": lambda h: 1 - h * h,
                 "RELU": lambda h: (h > 0).to(h.dtype), "LINEAR": torch.ones_like}[DESIGN["codeActivation"]]
        column_norms = (model.code_layer().weight ** 2).sum(1)
        return variant["contractiveWeight"] * ((slope(code) ** 2).mean(0) * column_norms).sum()
    return code.new_zeros(())


def beta_at(variant, epoch):
    """The KL weight during an epoch counted from 0: ramped over the warm-up epochs."""
    warmup = variant["warmupEpochs"]
    return variant["beta"] if warmup <= 0 else variant["beta"] * min(1.0, (epoch + 1) / warmup)


def objective(network, model, x, target, epoch):
    """One training pass's loss and its parts: the per-element mean (plus a penalty), or for a VAE
    the per-sample sum plus beta times the KL divergence. `network` runs the pass: the model, or
    its DistributedDataParallel wrapper, which shares the gradients between processes."""
    output, code, mean, logvar = network(x)
    variant = DESIGN["variant"]
    losses = element_losses(output, target, DESIGN["loss"])
    rows, features = target.shape
    parts = {"reconstructionMean": losses.sum() / (rows * features), "reconstructionSum": losses.sum() / rows,
             "kl": losses.new_zeros(()), "penalty": losses.new_zeros(())}
    if mean is not None:
        parts["kl"] = (-0.5 * (1 + logvar - mean * mean - logvar.exp())).sum() / rows
        total = parts["reconstructionSum"] + beta_at(variant, epoch) * parts["kl"]
    else:
        parts["penalty"] = code_penalty(model, code, variant)
        total = parts["reconstructionMean"] + parts["penalty"]
    return total, parts


@torch.no_grad()
def evaluate(model, data, epoch, target=None, chunk=512):
    """The loss on `data` outside training (no noise or dropout; a VAE decodes its mean but counts
    its KL), in the units training reports, and the reconstruction errors as per-element means."""
    model.eval()
    target = data if target is None else target
    sums = dict(loss=0.0, kl=0.0, penalty=0.0, bce=0.0, mse=0.0, mae=0.0)
    for start in range(0, len(data), chunk):
        x, t = data[start:start + chunk], target[start:start + chunk]
        output, code, mean, logvar = model(x)
        sums["loss"] += element_losses(output.double(), t.double(), DESIGN["loss"]).sum().item()
        if mean is not None:
            m, lv = mean.double(), logvar.double()
            sums["kl"] += (-0.5 * (1 + lv - m * m - lv.exp())).sum().item()
        else:
            sums["penalty"] += code_penalty(model, code.double(), DESIGN["variant"]).item() * len(x)
        y = (torch.sigmoid(output) if model.LOGITS_FUSED else output).double()
        q = y.clamp(1e-7, 1 - 1e-7)
        t = t.double()
        sums["bce"] -= (t * q.log() + (1 - t) * (1 - q).log()).sum().item()
        sums["mse"] += ((y - t) ** 2).sum().item()
        sums["mae"] += (y - t).abs().sum().item()
    n, elements = len(target), target.numel()
    loss = {"reconstructionMean": sums["loss"] / elements, "reconstructionSum": sums["loss"] / n,
            "kl": sums["kl"] / n, "penalty": sums["penalty"] / n}
    loss["objective"] = (loss["reconstructionSum"] + beta_at(DESIGN["variant"], epoch) * loss["kl"]
                         if model.VARIATIONAL else loss["reconstructionMean"] + loss["penalty"])
    errors = {k: sums[k] / elements for k in ("bce", "mse", "mae")}
    return loss, errors


def metrics_json(loss, errors):
    """The "test" part of the workbench's metrics.json."""
    test = {"loss": loss["objective"], **errors, "reconstruction_per_sample_sum": loss["reconstructionSum"]}
    if DESIGN["variant"]["kind"] == "VARIATIONAL":
        test["kl_per_sample"] = loss["kl"]
    return {"test": test}


# ---------------------------------------------------------------------------------------------
# Training: the recipe of model.json's "training"
# ---------------------------------------------------------------------------------------------

def corrupt(x, variant, generator=None):
    """The denoising variant's input: Gaussian noise (clipped to [0, 1] if asked), masking, or salt and pepper."""
    level = variant["noiseLevel"]
    if variant["noise"] == "GAUSSIAN":
        y = x + level * torch.randn(x.shape, generator=generator, device=x.device)
        return y.clamp(0, 1) if variant["clipNoise"] else y
    hit = torch.rand(x.shape, generator=generator, device=x.device) < level
    if variant["noise"] == "MASKING":
        return torch.where(hit, torch.zeros_like(x), x)
    salt = (torch.rand(x.shape, generator=generator, device=x.device) < 0.5).to(x.dtype)
    return torch.where(hit, salt, x)


def make_optimizer(model, spec):
    """The workbench's optimizers in PyTorch's own form; weight decay (L2, or AdamW's decoupled
    decay) falls on weights only, never on biases."""
    decay = [p for n, p in model.named_parameters() if not n.endswith(".bias")]
    biases = [p for n, p in model.named_parameters() if n.endswith(".bias")]
    groups = [{"params": decay, "weight_decay": spec["weightDecay"]}, {"params": biases, "weight_decay": 0.0}]
    kind, lr = spec["kind"], spec["learningRate"]
    if kind in ("ADAM", "ADAMW"):
        make = torch.optim.AdamW if kind == "ADAMW" else torch.optim.Adam
        return make(groups, lr=lr, betas=(spec["beta1"], spec["beta2"]), eps=spec["epsilon"])
    if kind == "RMSPROP":
        return torch.optim.RMSprop(groups, lr=lr, alpha=spec["beta2"], eps=spec["epsilon"])
    momentum = spec["momentum"] if kind in ("MOMENTUM", "NESTEROV") else 0.0
    return torch.optim.SGD(groups, lr=lr, momentum=momentum, nesterov=kind == "NESTEROV")


class Schedule:
    """The learning rate of each epoch: constant, step, cosine (over this run) or plateau."""

    def __init__(self, spec, base, epochs):
        self.spec, self.base, self.epochs = spec, base, max(1, epochs)
        self.rate, self.best, self.since_best = base, float("inf"), 0

    def rate_for(self, epoch):
        kind, s = self.spec["kind"], self.spec
        if kind == "STEP":
            return self.base * s["factor"] ** (epoch // s["every"])
        if kind == "COSINE":
            into = max(0, min(epoch, self.epochs))
            return s["minRate"] + 0.5 * (self.base - s["minRate"]) * (1 + math.cos(math.pi * into / self.epochs))
        return self.rate

    def observe(self, loss):
        if self.spec["kind"] != "PLATEAU" or math.isnan(loss):
            return
        if loss < self.best * (1 - 1e-4):
            self.best, self.since_best = loss, 0
        else:
            self.since_best += 1
            if self.since_best >= self.spec["every"]:
                self.rate, self.since_best = max(self.spec["minRate"], self.rate * self.spec["factor"]), 0


def clip_and_regularize(model, spec):
    """Clips the gradients (by value, then by global norm), then adds L1 to the weights' gradients."""
    if spec["clipValue"] > 0:
        nn.utils.clip_grad_value_(model.parameters(), spec["clipValue"])
    if spec["clipNorm"] > 0:
        nn.utils.clip_grad_norm_(model.parameters(), spec["clipNorm"])
    if spec["l1"] > 0:
        for name, p in model.named_parameters():
            if not name.endswith(".bias"):
                p.grad.add_(spec["l1"] * torch.sign(p.detach()))


def training_state(model, optimizer, spec, schedule, epochs, steps):
    """The optimizer's moments and counters as model.json's "trainingState" keeps them."""
    names = [n for n, _ in model.named_parameters()]
    keys = {"ADAM": ("exp_avg", "exp_avg_sq"), "ADAMW": ("exp_avg", "exp_avg_sq"), "RMSPROP": ("square_avg",),
            "MOMENTUM": ("momentum_buffer",), "NESTEROV": ("momentum_buffer",), "SGD": ()}[spec["kind"]]
    moments = {}
    for which, key in zip(("first", "second"), keys):
        moments[which] = [(n, optimizer.state[p][key]) for n, p in zip(names, model.parameters())]
    entries = {which: [{"name": n, "shape": list(workbench_array(model, n, m).shape),
                        "file": f"optimizer.{which}.{n}.npy"} for n, m in moments[which]] for which in moments}
    state = {"optimizer": spec, "schedule": schedule.spec, "steps": steps,
             "learningRate": optimizer.param_groups[0]["lr"],
             "scheduleMemory": {"baseRate": schedule.base, "plateauRate": schedule.rate, "best": schedule.best,
                                "epochsSinceBest": schedule.since_best, "cycleStart": 0, "cycleLength": epochs}}
    for which in entries:
        state[which + "Moments"] = entries[which]
    return {"json": state, "moments": moments}


def start_processes(device_name):
    """This process's rank, the number of processes and its device: one process alone, or one of
    those torchrun started (it sets RANK and WORLD_SIZE), joined by gloo on CPU and NCCL on GPUs."""
    rank, world = int(os.environ.get("RANK", 0)), int(os.environ.get("WORLD_SIZE", 1))
    device = torch.device(device_name)
    if world > 1:
        torch.distributed.init_process_group("nccl" if device.type == "cuda" else "gloo")
        if device.type == "cuda":
            device = torch.device("cuda", int(os.environ.get("LOCAL_RANK", 0)))
            torch.cuda.set_device(device)
    return rank, world, device


def train_epoch(network, model, optimizer, rows, epoch, recipe, order, rank, world):
    """One pass over the training rows in `order`, a batch at a time; every process takes its share
    of each batch and DistributedDataParallel averages their gradients. Returns the epoch's mean
    losses over all rows, as the workbench's history keeps them."""
    model.train()
    variant, spec = DESIGN["variant"], recipe["optimizer"]
    batch = min(recipe["batchSize"], len(rows))
    sums = dict(objective=0.0, reconstructionMean=0.0, reconstructionSum=0.0, kl=0.0, penalty=0.0)
    for start in range(0, len(rows), batch):
        if len(order[start:start + batch]) < world:
            break  # a last batch too small to give every process a row
        share = order[start:start + batch][rank::world]
        target = rows[share]
        x = corrupt(target, variant) if variant["kind"] == "DENOISING" else target
        total, parts = objective(network, model, x, target, epoch)
        optimizer.zero_grad(set_to_none=False)
        total.backward()
        clip_and_regularize(model, spec)
        optimizer.step()
        for key, value in [("objective", total)] + list(parts.items()):
            sums[key] += value.item() * len(share)
    if world > 1:
        totals = torch.tensor(list(sums.values()), dtype=torch.float64, device=rows.device)
        torch.distributed.all_reduce(totals)
        sums = dict(zip(sums, totals.tolist()))
    return {k: v / len(rows) for k, v in sums.items()}


def train(args):
    """Trains the design with the run's recipe (model.json's "training"; --epochs and --seed may
    replace its own) and writes a model.npz: the weights, this run's history, the optimizer's state."""
    meta, arrays = read_model_file(args.model)
    check_design(meta, args.model)
    if os.path.exists(args.out) and not args.force:
        fail(f"{args.out} exists: give another --out, or --force to replace it.")
    os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
    rank, world, device = start_processes(args.device)
    recipe = dict(meta["training"])
    recipe["epochs"] = args.epochs or recipe["epochs"]
    recipe["seed"] = recipe["seed"] if args.seed is None else args.seed
    spec = recipe["optimizer"]
    torch.manual_seed(recipe["seed"])
    data = {k: v.to(device) for k, v in load_split(args, arrays, args.model).items()}
    model = Autoencoder().to(device)
    history = []
    if args.resume:
        load_weights(model, arrays)
        history = list(meta.get("history") or [])
    else:
        initialize(model, DESIGN["initializer"])
    network = nn.parallel.DistributedDataParallel(model) if world > 1 else model
    optimizer = make_optimizer(model, spec)
    schedule = Schedule(recipe["schedule"], spec["learningRate"], recipe["epochs"])
    validation = data["validation"]
    validation_input = validation
    if DESIGN["variant"]["kind"] == "DENOISING" and len(validation):
        # corrupted once, so that the epochs' validation losses compare like with like
        noise = torch.Generator(device=device).manual_seed(recipe["seed"] + 1)
        validation_input = corrupt(validation, DESIGN["variant"], noise)
    shuffle = torch.Generator().manual_seed(recipe["seed"])
    best, best_loss, waited, first = None, float("inf"), 0, len(history)
    for epoch in range(first, first + recipe["epochs"]):
        started = time.time()
        for group in optimizer.param_groups:
            group["lr"] = schedule.rate_for(epoch - first)
        order = torch.randperm(len(data["train"]), generator=shuffle).to(device)  # the same in every process
        train_loss = train_epoch(network, model, optimizer, data["train"], epoch, recipe, order, rank, world)
        validation_loss = evaluate(model, validation_input, epoch, validation)[0] if len(validation) else None
        seconds = time.time() - started
        history.append({"epoch": epoch + 1, "train": train_loss, "validation": validation_loss, "seconds": seconds,
                        "samplesPerSecond": len(data["train"]) / seconds,
                        "learningRate": optimizer.param_groups[0]["lr"]})
        monitored = (validation_loss or train_loss)["objective"]
        schedule.observe(monitored)
        if rank == 0:
            print(f"epoch {epoch + 1}/{first + recipe['epochs']}: train {train_loss['objective']:.6g}"
                  + (f", validation {monitored:.6g}" if validation_loss else "") + f" ({seconds:.1f} s)",
                  file=sys.stderr)
        # early stopping, as the workbench's patience, least improvement and best weights say
        if monitored < best_loss - recipe["minDelta"]:
            best_loss, waited = monitored, 0
            best = {k: v.clone() for k, v in model.state_dict().items()} if recipe["restoreBest"] else None
        else:
            waited += 1
        if recipe["patience"] > 0 and waited >= recipe["patience"] and epoch + 1 < first + recipe["epochs"]:
            if best is not None:
                model.load_state_dict(best)
            break
    loss, errors = evaluate(model, data["test"], len(history) - 1)
    if rank == 0:
        model.cpu()
        n, batch = len(data["train"]), min(recipe["batchSize"], len(data["train"]))
        batches = sum(1 for start in range(0, n, batch) if min(batch, n - start) >= world)
        state = training_state(model, optimizer, spec, schedule, recipe["epochs"], batches * (len(history) - first))
        write_model_file(args.out, model, meta, arrays, history, recipe, state)
        print(json.dumps(metrics_json(loss, errors)))
    if world > 1:
        torch.distributed.destroy_process_group()


def check_design(meta, path):
    differences = design_differences(meta["model"])
    if differences:
        fail(f"{path} holds another design than this script's (they differ in {', '.join(differences)}): "
             f"export the script again from this model.")


def evaluate_command(args):
    meta, arrays = read_model_file(args.model)
    check_design(meta, args.model)
    model = Autoencoder()
    load_weights(model, arrays)
    data = load_split(args, arrays, args.model)
    loss, errors = evaluate(model, data["test"], max(0, len(meta.get("history") or []) - 1))
    print(json.dumps(metrics_json(loss, errors)))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    for name in ("evaluate", "train"):
        c = commands.add_parser(name)
        c.add_argument("--model", required=True, help="the run's model.npz")
        c.add_argument("--data", required=True, help="the dataset: IDX folder, CSV file or image folder")
        c.add_argument("--splits", help="the run's splits.npz (default: beside the model)")
        if name == "train":
            c.add_argument("--out", required=True, help="the model.npz to write")
            c.add_argument("--epochs", type=int, help="default: the run's")
            c.add_argument("--seed", type=int, help="default: the run's")
            c.add_argument("--force", action="store_true", help="replace --out if it exists")
            c.add_argument("--device", default="cpu", help="cpu or cuda")
            c.add_argument("--resume", action="store_true",
                           help="go on from the file's weights and history (the optimizer starts afresh)")
    args = parser.parse_args()
    torch.set_grad_enabled(args.command == "train")
    (train if args.command == "train" else evaluate_command)(args)


{{design}}


if __name__ == "__main__":
    main()
