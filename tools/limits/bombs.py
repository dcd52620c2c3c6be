#!/usr/bin/python3
"""Issue 13, finding 5: every bomb and huge design ends in one line on stderr and exit 2, refused
before its memory is spent. Crafts each input in a temporary folder (nothing is checked in), runs
the built jar on it with -Xmx1g and a GC log, and prints one row per case: exit code, stderr lines,
the peak heap the JVM used (largest "before" of any collection, or the heap in use at exit when no
collection ran), and the first stderr line.

    mvn -B -o -q package -DskipTests && /usr/bin/python3 tools/limits/bombs.py [target/workbench.jar]

Uses only the Python standard library.
"""
import gzip
import os
import re
import struct
import subprocess
import sys
import tempfile
import zipfile
import zlib

JAR = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else "target/workbench.jar")
HEAP = "-Xmx1g"


def png(path, width, height):
    """A grey PNG of zeros, written row by row so the file stays small whatever its size."""
    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)
    z = zlib.compressobj(9)
    row = b"\0" * (width + 1)
    parts = []
    for _ in range(height):
        parts.append(z.compress(row))
    parts.append(z.flush())
    with open(path, "wb") as f:
        f.write(b"\x89PNG\r\n\x1a\n")
        f.write(chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)))
        f.write(chunk(b"IDAT", b"".join(parts)))
        f.write(chunk(b"IEND", b""))


def idx_images(path, dims, payload_bytes, gz):
    header = struct.pack(">BBBB", 0, 0, 8, len(dims)) + b"".join(struct.pack(">I", d) for d in dims)
    opener = gzip.open if gz else open
    with opener(path, "wb") as f:
        f.write(header)
        block = b"\0" * (1 << 20)
        left = payload_bytes
        while left > 0:
            f.write(block[:min(left, len(block))])
            left -= len(block)


def idx_labels(path, count):
    with open(path, "wb") as f:
        f.write(struct.pack(">BBBBI", 0, 0, 8, 1, count))
        f.write(b"\0" * count)


def image_folder(root, sizes):
    os.makedirs(os.path.join(root, "a"))
    for i, (w, h) in enumerate(sizes):
        png(os.path.join(root, "a", "%02d.png" % i), w, h)
    return root


def run(args, work):
    log = os.path.join(work, "gc.log")
    if os.path.exists(log):
        os.remove(log)
    cmd = ["java", HEAP, "-Xlog:gc,gc+heap+exit:file=" + log, "-Dworkbench.relaunch=false", "-jar", JAR] + args
    p = subprocess.run(cmd, capture_output=True, text=True, cwd=work)
    text = open(log).read()
    before = [int(m) for m in re.findall(r"(\d+)M->\d+M", text)]
    at_exit = [int(k) // 1024 for k in re.findall(r"garbage-first heap\s+total \d+K, used (\d+)K", text)]
    peak = max(before + at_exit) if before + at_exit else -1
    lines = [l for l in p.stderr.splitlines() if l.strip()]
    return p.returncode, len(lines), peak, lines[0] if lines else ""


def main():
    with tempfile.TemporaryDirectory() as work:
        base = os.path.join(work, "base")
        subprocess.run(["java", "-jar", JAR, "train", "--dataset", "digits-8x8", "--epochs", "1", "--quiet",
                        "--out", base], check=True, capture_output=True)
        cases = []

        def padded_model(name, replaced):
            """The base model with a 3 GiB entry of zeros called name, in place of the entry of that name if any."""
            path = os.path.join(work, name.replace(".", "-") + ".npz")
            with zipfile.ZipFile(os.path.join(base, "model.npz")) as src, \
                    zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, allowZip64=True) as dst:
                for item in src.infolist():
                    if item.filename != name:
                        dst.writestr(item, src.read(item.filename))
                with dst.open(name, "w", force_zip64=True) as f:
                    block = b"\0" * (1 << 24)
                    for _ in range(3 * 64):  # 3 GiB
                        f.write(block)
            return path

        cases.append(("model.npz with an unused 3 GiB entry (opens: never read)",
                      ["evaluate", "--model", padded_model("unused.npy", False)]))
        with zipfile.ZipFile(os.path.join(base, "model.npz")) as src:
            weight = next(n for n in src.namelist() if n.endswith(".weight.npy"))
        cases.append(("model.npz whose %s inflates to 3 GiB" % weight,
                      ["evaluate", "--model", padded_model(weight, True)]))

        big = image_folder(os.path.join(work, "huge-png"), [(40000, 40000)])
        cases.append(("one 40000x40000 PNG", ["train", "--dataset", big, "--epochs", "1", "--out", "o1"]))

        mixed = image_folder(os.path.join(work, "mixed"), [(8, 8)] * 5 + [(6000, 6000)])
        cases.append(("a 6000x6000 PNG among 8x8 ones", ["train", "--dataset", mixed, "--epochs", "1", "--out", "o2"]))

        gz = os.path.join(work, "idx-bomb")
        os.makedirs(gz)
        idx_images(os.path.join(gz, "train-images-idx3-ubyte.gz"), [1_500_000, 28, 28], 1_500_000 * 784, True)
        idx_labels(os.path.join(gz, "train-labels-idx1-ubyte"), 1_500_000)
        cases.append(("a .gz IDX announcing 1.5 million 28x28 images",
                      ["train", "--dataset", gz, "--epochs", "1", "--out", "o3"]))

        dims = os.path.join(work, "idx-dims")
        os.makedirs(dims)
        idx_images(os.path.join(dims, "train-images-idx3-ubyte"), [0, 65536, 65536], 0, False)
        idx_labels(os.path.join(dims, "train-labels-idx1-ubyte"), 0)
        cases.append(("IDX dims 0x65536x65536", ["train", "--dataset", dims, "--epochs", "1", "--out", "o4"]))

        for name, layers, latent in [("--latent 99999999", "128", "99999999"),
                                     ("--layers conv99999k3", "conv99999k3", "0"),
                                     ("--layers up2000,flatten", "up2000,flatten", "8"),
                                     ("--layers 1000000000 (1e9 units)", "1000000000", "8")]:
            cases.append((name, ["train", "--dataset", "digits-8x8", "--layers", layers, "--latent", latent,
                                 "--epochs", "1", "--out", "o5"]))

        print("| case | exit | stderr lines | peak heap (MB) | message |")
        print("|---|---|---|---|---|")
        for name, args in cases:
            code, lines, peak, first = run(args, work)
            print("| %s | %d | %d | %d | %s |" % (name, code, lines, peak, first))


if __name__ == "__main__":
    main()
