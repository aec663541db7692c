#!/usr/bin/env bash
# Data-parallel DCGAN on Spark for several sync intervals K (issue 19): trains
# examples/configs/dcgan-fashion-mnist.json with 2 workers on local-cluster[2,1,2048] (two executor JVMs of
# one core) for STEPS steps per worker at the config's batch of 64 (default 1500: 2 x 1500 x 64 = 192,000
# images, what the single-machine default run of 3000 steps sees), scores each run with gan4j eval (10,000
# samples of the moving average against the test split) and prints one JSON line per K: the FID line, the
# wall time, and from spark-rounds.jsonl the median of each part of a round.
#
#   examples/spark-train-by-k.sh WORK_DIR ["10 50"] [STEPS]
#
# With two or more K it also prints a summary line: the time of one worker step and the fixed cost of a
# Spark job, fitted from the median jobs (job(K) = c + K t_step), and for each K the share of the wall
# time of its rounds spent synchronising, 1 - K t_step / (prepare + job + average + write).
# local-cluster runs the executors from this class path in Spark's testing mode (SPARK_TESTING, spark.testing).
set -euo pipefail
work="${1:?give a work directory}"
ks="${2:-10 50}"
steps="${3:-1500}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
mkdir -p "$work"
export SPARK_TESTING=1 SPARK_SCALA_VERSION=2.13 GAN4J_THREADS=1
now() { date +%s.%N; }

for k in $ks; do
  run="$work/dcgan-k$k"
  rm -rf "$run"
  echo "gan4j spark train, K = $k, $steps steps per worker, local-cluster[2,1,2048]:" >&2
  start=$(now)
  GAN4J_JAVA_OPTS="-Xmx2g -Dspark.testing=true -Dspark.test.home=$work" \
    ./gan4j spark train examples/configs/dcgan-fashion-mnist.json --workers 2 --sync-every "$k" --steps "$steps" \
    --master 'local-cluster[2,1,2048]' --out-dir "$run" > "$work/train-k$k.log" 2>&1
  end=$(now)
  ./gan4j eval "$run" --n 10000 --reference test 2> "$work/eval-k$k.log" | tail -n 1 > "$work/eval-k$k.json"
  python3 - "$k" "$start" "$end" "$run/spark-rounds.jsonl" "$work/eval-k$k.json" <<'EOF'
import json, statistics, sys
k, start, end, rounds_file, eval_file = int(sys.argv[1]), float(sys.argv[2]), float(sys.argv[3]), sys.argv[4], sys.argv[5]
rounds = [json.loads(l) for l in open(rounds_file)]
steady = rounds[1:-1] or rounds  # the first round includes start-up and JIT, the last the final grid and report
med = lambda key: round(statistics.median(r[key] for r in steady), 1)
line = {"k": k, "workers": rounds[0]["workers"], "rounds": len(rounds), "last_step": rounds[-1]["step"],
        "wall_s": round(end - start, 1), "broadcast_bytes": rounds[0]["broadcastBytes"],
        "median_ms": {p: med(p + "Ms") for p in ("prepare", "job", "average", "write")},
        "eval": json.loads(open(eval_file).read())}
print(json.dumps(line))
EOF
done | tee "$work/by-k.jsonl"

python3 - "$work/by-k.jsonl" <<'EOF'
import json, sys
lines = [json.loads(l) for l in open(sys.argv[1])]
if len(lines) < 2:
    sys.exit(0)
a, b = min(lines, key=lambda l: l["k"]), max(lines, key=lambda l: l["k"])
t_step = (b["median_ms"]["job"] - a["median_ms"]["job"]) / (b["k"] - a["k"])
c = a["median_ms"]["job"] - a["k"] * t_step
share = {l["k"]: round(1 - l["k"] * t_step / sum(l["median_ms"].values()), 3) for l in lines}
print(json.dumps({"t_step_ms": round(t_step, 1), "job_fixed_ms": round(c, 1), "sync_share_of_round": share,
                  "fid": {l["k"]: round(l["eval"]["fid"], 2) for l in lines}}))
EOF
