#!/usr/bin/env bash
# Trains the Keras-blog convolutional autoencoder (code 8x4x4, ReLU, sigmoid output, BCE, Adam 1e-3,
# batch 128, 50 epochs, no validation split) on mnist-10k with seeds 1-3, in the workbench and in
# PyTorch (torch_conv_quality.py), and prints both test-BCE averages, their spreads, the ratio and
# the seconds per epoch. Usage, from the repository root after `mvn -B package -DskipTests`:
#   tools/reference/compare_conv_quality.sh [pytorch-default|auto] [epochs]
# pytorch-default starts both sides from nn.Conv2d's own initialisation; auto from the workbench's
# default (He before ReLU, Glorot before the sigmoid, zero biases).
set -euo pipefail
init=${1:-pytorch-default}
epochs=${2:-50}
seeds="1 2 3"
out=$(mktemp -d)
# a private copy, so that rebuilding the project meanwhile cannot pull the jar from under the runs
cp target/workbench.jar "$out/workbench.jar"
for s in $seeds; do
  java -jar "$out/workbench.jar" train --dataset mnist-10k --layers conv16k3,pool2,conv8k3,pool2,conv8k3,pool2 \
    --latent 0 --decoder conv8k3,up2,conv8k3,up2,conv16k3valid,up2 --code-activation relu --variant plain \
    --loss bce --optimizer adam --lr 0.001 --batch 128 --epochs "$epochs" --val 0 --init "$init" --seed "$s" \
    --quiet --out "$out/java-$s"
done
/usr/bin/python3 tools/reference/torch_conv_quality.py --data datasets/mnist-10k --epochs "$epochs" \
  --seeds "${seeds// /,}" --init "$init" > "$out/torch.jsonl"
/usr/bin/python3 - "$out" "$init" <<'PY'
import glob, json, statistics, sys
out, init = sys.argv[1], sys.argv[2]
java_runs = [json.load(open(f)) for f in sorted(glob.glob(out + "/java-*/metrics.json"))]
java = [m["test"]["bce"] for m in java_runs]
# train_seconds is the sum of the per-epoch times and epochs the number of epochs actually run
java_spe = [m["train_seconds"] / m["epochs"] for m in java_runs]
torch_runs = [json.loads(l) for l in open(out + "/torch.jsonl") if '"seed"' in l]
torch = [r["test_bce"] for r in torch_runs]
torch_spe = [r["seconds_per_epoch"] for r in torch_runs]
jm, tm = statistics.fmean(java), statistics.fmean(torch)
print(f"init {init}")
print("workbench test BCE per seed:", " ".join(f"{v:.5f}" for v in java))
print("pytorch   test BCE per seed:", " ".join(f"{v:.5f}" for v in torch))
print(f"workbench mean {jm:.5f} (std {statistics.stdev(java):.5f}, range {min(java):.5f}-{max(java):.5f})")
print(f"pytorch   mean {tm:.5f} (std {statistics.stdev(torch):.5f}, range {min(torch):.5f}-{max(torch):.5f})")
print(f"workbench / pytorch = {jm / tm:.4f} ({(jm / tm - 1) * 100:+.2f}%)")
print(f"seconds per epoch: workbench {statistics.fmean(java_spe):.3f}, pytorch {statistics.fmean(torch_spe):.3f}")
PY
