#!/usr/bin/env bash
# Trains 784-32-784 (ReLU code, sigmoid output, BCE, Adam 1e-3, batch 256, 50 epochs, no validation
# split) on mnist-10k with seeds 1-5, in the workbench and in PyTorch, and prints both test-BCE
# averages, their spreads and the ratio. Usage, from the repository root after `mvn -B package -DskipTests`:
#   tools/reference/compare_quality.sh [pytorch-default|auto] [epochs]
# pytorch-default starts both sides from nn.Linear's own initialisation; auto from the workbench's
# default (He before ReLU, Glorot before the sigmoid, zero biases).
set -euo pipefail
init=${1:-pytorch-default}
epochs=${2:-50}
seeds="1 2 3 4 5"
out=$(mktemp -d)
# a private copy, so that rebuilding the project meanwhile cannot pull the jar from under the runs
cp target/workbench.jar "$out/workbench.jar"
for s in $seeds; do
  java -jar "$out/workbench.jar" train --dataset mnist-10k --layers "" --latent 32 --code-activation relu \
    --variant plain --loss bce --optimizer adam --lr 0.001 --batch 256 --epochs "$epochs" --val 0 \
    --init "$init" --seed "$s" --quiet --out "$out/java-$s"
done
/usr/bin/python3 tools/reference/torch_quality.py --data datasets/mnist-10k --layers '' --latent 32 \
  --epochs "$epochs" --seeds "${seeds// /,}" --init "$init" > "$out/torch.jsonl"
/usr/bin/python3 - "$out" "$init" <<'PY'
import glob, json, statistics, sys
out, init = sys.argv[1], sys.argv[2]
java = [json.load(open(f))["test"]["bce"] for f in sorted(glob.glob(out + "/java-*/metrics.json"))]
torch = [json.loads(l)["test_bce"] for l in open(out + "/torch.jsonl") if '"seed"' in l]
jm, tm = statistics.fmean(java), statistics.fmean(torch)
print(f"init {init}")
print("workbench test BCE per seed:", " ".join(f"{v:.5f}" for v in java))
print("pytorch   test BCE per seed:", " ".join(f"{v:.5f}" for v in torch))
print(f"workbench mean {jm:.5f} (std {statistics.stdev(java):.5f}, range {min(java):.5f}-{max(java):.5f})")
print(f"pytorch   mean {tm:.5f} (std {statistics.stdev(torch):.5f}, range {min(torch):.5f}-{max(torch):.5f})")
print(f"workbench / pytorch = {jm / tm:.4f} ({(jm / tm - 1) * 100:+.2f}%)")
PY
