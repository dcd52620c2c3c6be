#!/usr/bin/env python3
"""Checks ONNX files written by the workbench's export with the onnx package.

    python3 tools/onnx/check_onnx.py FOLDER_OR_FILE...

Every .onnx file found (folders are searched recursively) goes through
onnx.checker.check_model(model, full_check=True), which also runs ONNX's shape inference and
fails when it disagrees with the shapes the file declares. Each file's opset, inputs, outputs and
normalisation note are printed. When onnxruntime for Python is installed, each file is also run
once on random inputs of batch 2; without it that step is skipped (the checker is what is asked).
Exits 1 if any file fails, 2 if none was found. Needs Debian's python3-onnx (or pip's onnx).
"""
import sys
from pathlib import Path

import onnx

try:
    import numpy
    import onnxruntime
except ImportError:
    onnxruntime = None


def dims(value_info):
    shape = value_info.type.tensor_type.shape
    return "[" + ", ".join(d.dim_param or str(d.dim_value) for d in shape.dim) + "]"


def run_once(path, model):
    session = onnxruntime.InferenceSession(str(path), providers=["CPUExecutionProvider"])
    feeds = {}
    for value in model.graph.input:
        shape = [2 if d.dim_param else d.dim_value for d in value.type.tensor_type.shape.dim]
        feeds[value.name] = numpy.random.default_rng(0).standard_normal(shape).astype(numpy.float32)
    outputs = session.run(None, feeds)
    return ", ".join(f"{o.name} {list(a.shape)}" for o, a in zip(model.graph.output, outputs))


def check(path):
    model = onnx.load(str(path))
    onnx.checker.check_model(model, full_check=True)
    opsets = ", ".join(f"{o.domain or 'ai.onnx'} {o.version}" for o in model.opset_import)
    props = {p.key: p.value for p in model.metadata_props}
    ops = sorted({node.op_type for node in model.graph.node})
    print(f"OK   {path}")
    print(f"     ir_version {model.ir_version}, opset {opsets}, producer {model.producer_name!r}")
    print("     inputs  " + ", ".join(f"{v.name} {dims(v)}" for v in model.graph.input))
    print("     outputs " + ", ".join(f"{v.name} {dims(v)}" for v in model.graph.output))
    print("     operators " + " ".join(ops))
    print(f"     normalization: {props.get('normalization', '(not stated)')[:60]}...")
    if onnxruntime is not None:
        print("     onnxruntime ran it: " + run_once(path, model))


def main(args):
    files = []
    for arg in args:
        p = Path(arg)
        files.extend(sorted(p.rglob("*.onnx")) if p.is_dir() else [p])
    if not files:
        print("No .onnx files found in " + " ".join(args) + ". Give folders or files written by the ONNX export.")
        return 2
    print(f"onnx {onnx.__version__}; onnxruntime: {'yes' if onnxruntime else 'not installed, not run'}")
    failed = 0
    for path in files:
        try:
            check(path)
        except Exception as e:  # the checker's own exception types differ between onnx versions
            failed += 1
            print(f"FAIL {path}: {e}")
    print(f"{len(files) - failed} of {len(files)} files pass onnx.checker.check_model(full_check=True)")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
