#!/usr/bin/env bash
# Training speed of the workbench and of PyTorch (CPU) on the same configs, in one run, with ratios.
# From the repository root, after `mvn -B package -DskipTests`; needs Debian's python3-torch
# (with libopenblas0-pthread, as ../shared/bench/README.md measured it) and, for the full 60,000
# images, dataset-fashion-mnist:
#   tools/bench/compare_speed.sh [epochs]
set -euo pipefail
epochs=${1:-3}
shared=${SHARED_BENCH:-../shared/bench}
out=$(mktemp -d)
cp target/workbench.jar "$out/workbench.jar"
java -jar "$out/workbench.jar" bench --epochs "$epochs" > "$out/java.jsonl"
for config in shallow deep viz; do
  /usr/bin/python3 "$shared/torch_ae.py" --config "$config" --threads 1 --blas-threads 2 --mode time \
    --epochs "$((epochs + 1))" --quiet-wait 0 >> "$out/torch.jsonl"
done
/usr/bin/python3 tools/bench/torch_small.py --epochs "$epochs" >> "$out/torch.jsonl"
/usr/bin/python3 - "$out" <<'PY'
import json, statistics, sys
out = sys.argv[1]
java = {j["config"]: j for j in map(json.loads, open(out + "/java.jsonl"))}
torch = {}
for j in map(json.loads, open(out + "/torch.jsonl")):
    # torch_ae.py times every epoch; drop its first (warm-up) as the workbench does
    if j["bench"] == "torch_ae":
        times = j["epoch_s"][1:]
        j["samples_per_s_median"] = 60000 / statistics.median(times) if times else j["samples_per_s_median"]
    torch[j["config"]] = j
print(f"{'config':8} {'workbench samples/s':>20} {'pytorch samples/s':>18} {'ratio':>7}")
for c in ["shallow", "deep", "viz", "small"]:
    if c in java and c in torch:
        a, b = java[c]["samples_per_s_median"], torch[c]["samples_per_s_median"]
        print(f"{c:8} {a:20,.0f} {b:18,.0f} {a / b:7.2f}")
print("workbench GEMM:", java[next(iter(java))]["gemm"], " java", java[next(iter(java))]["java"])
PY
