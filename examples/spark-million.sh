#!/usr/bin/env bash
# A million samples on Spark beside one JVM (issue 18's must-show). Run it on a quiet machine.
#
#   examples/spark-million.sh [MODEL.onnx] [WORK_DIR]
#
# Settings (environment): N (samples, default 1000000), SEED (default 1), PARTITIONS (the partition counts
# to run, default "64 13"), CHECK (rows compared bit for bit, default 10000), PIN (a CPU list such as 0,1:
# run every JVM under taskset -c PIN, for a machine with more than the 2 cores this was sized for),
# KEEP=1 (keep the Parquet and IDX outputs, about 3.2 GB each for a million 28x28 samples).
#
# MODEL.onnx: an exported DCGAN generator; without it the script trains the default DCGAN
# (examples/configs/dcgan-fashion-mnist.json) for TRAIN_STEPS (default 20) steps and exports it: the
# network, and so the work per sample, is the default's whatever the steps.
# The script
#   1. times `gan4j sample MODEL --n N --seed SEED --out WORK_DIR/single.idx` (one JVM; ONNX Runtime's
#      default threads, one per core: 2 on a 2-core machine);
#   2. for each partition count P, times `gan4j spark sample MODEL --n N --seed SEED --partitions P` on
#      local-cluster[2,1,1024] (two executor JVMs of one core and 1 GiB) into WORK_DIR/spark-P.parquet,
#      with Spark's event log (stage executor metrics polled every 100 ms) in WORK_DIR/events-P;
#   3. checks rows 0 to CHECK-1 of each Parquet output against the first CHECK samples of single.idx bit
#      for bit (examples/spark/ParquetAgainstIdx.java), reads each executor's peak JVM heap from the
#      event log (JVMHeapMemory; and the process's resident memory, ONNX Runtime's native memory included,
#      where Spark measures it), and prints one summary line per run: images/s by wall clock (JVM and
#      Spark start included) and by the job's own clock, Spark's overhead against one JVM, the ONNX
#      Runtime sessions opened, the values that differ and the peak executor heap.
# local-cluster runs the executors from this class path in Spark's testing mode (SPARK_TESTING, spark.testing).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
model="${1:-}"
work="${2:-/tmp/gan4j-spark-million}"
n="${N:-1000000}"
seed="${SEED:-1}"
check="${CHECK:-10000}"
partitions="${PARTITIONS:-64 13}"
pin=()
if [ -n "${PIN:-}" ]; then
  pin=(taskset -c "$PIN")
fi
mkdir -p "$work"
cd "$root"

if [ -z "$model" ]; then
  model="$work/dcgan/export/generator.onnx"
  if [ ! -f "$model" ]; then
    echo "Training the default DCGAN for ${TRAIN_STEPS:-20} steps and exporting it to $work/dcgan/export" >&2
    rm -rf "$work/dcgan"
    ./gan4j train examples/configs/dcgan-fashion-mnist.json --steps "${TRAIN_STEPS:-20}" --out "$work/dcgan" >&2
    ./gan4j export "$work/dcgan" --out-dir "$work/dcgan/export" >&2
  fi
fi

now() { date +%s.%N; }
seconds() { python3 -c "import sys; print(f'{float(sys.argv[2]) - float(sys.argv[1]):.1f}')" "$1" "$2"; }

# build both jars before anything is timed
./gan4j --version > /dev/null
./gan4j spark --version > /dev/null 2>&1

echo "gan4j sample (one JVM), $n samples:" >&2
rm -f "$work/single.idx"
start=$(now)
${pin[@]+"${pin[@]}"} ./gan4j sample "$model" --n "$n" --seed "$seed" --out "$work/single.idx" >&2
single_seconds=$(seconds "$start" "$(now)")
echo "single JVM: $single_seconds s" >&2

target="$root/runtime-onnx/spark/target"
classpath="$(ls "$target"/gan4j-spark-*.jar | head -n 1):$(cat "$target/spark-classpath.txt")"
opens=""
for p in java.lang java.lang.invoke java.lang.reflect java.io java.net java.nio java.util java.util.concurrent \
    java.util.concurrent.atomic jdk.internal.ref sun.nio.ch sun.nio.cs sun.security.action sun.util.calendar; do
  opens="$opens --add-opens=java.base/$p=ALL-UNNAMED"
done
export SPARK_TESTING=1 SPARK_SCALA_VERSION=2.13

summary=()
for p in $partitions; do
  out="$work/spark-$p.parquet"
  events="$work/events-$p"
  rm -rf "$out" "$events"
  mkdir -p "$events"
  echo "gan4j spark sample, $p partitions, local-cluster[2,1,1024]:" >&2
  start=$(now)
  GAN4J_JAVA_OPTS="-Xmx2g -Dspark.testing=true -Dspark.test.home=$work -Dspark.eventLog.enabled=true \
-Dspark.eventLog.dir=file://$events -Dspark.eventLog.compress=false -Dspark.eventLog.logStageExecutorMetrics=true \
-Dspark.executor.metrics.pollingInterval=100ms" \
    ${pin[@]+"${pin[@]}"} ./gan4j spark sample "$model" --n "$n" --seed "$seed" --partitions "$p" --out "$out" \
    --master 'local-cluster[2,1,1024]' > "$work/spark-$p.json" 2> "$work/spark-$p.log"
  spark_seconds=$(seconds "$start" "$(now)")
  cat "$work/spark-$p.json" >&2
  java -Xmx2g $opens -cp "$classpath" examples/spark/ParquetAgainstIdx.java index "$out" image "$work/single.idx" \
    "$check" > "$work/compare-$p.json" 2> "$work/compare-$p.log"
  cat "$work/compare-$p.json" >&2
  summary+=("$(python3 - "$n" "$single_seconds" "$spark_seconds" "$work/spark-$p.json" "$work/compare-$p.json" "$events" <<'EOF'
import glob, json, sys
n, single, spark = int(sys.argv[1]), float(sys.argv[2]), float(sys.argv[3])
job = json.load(open(sys.argv[4]))
compared = json.load(open(sys.argv[5]))
peaks, rss = {}, {}
# Spark 4 writes a rolling event log: a folder eventlog_v2_<app> of events_<n>_<app> files
for name in glob.glob(sys.argv[6] + '/**/events_*', recursive=True):
    for line in open(name):
        event = json.loads(line)
        kind = event.get('Event')
        if kind == 'SparkListenerStageExecutorMetrics':
            executor, metrics = event.get('Executor ID'), event.get('Executor Metrics', {})
        elif kind == 'SparkListenerTaskEnd':
            executor, metrics = event.get('Task Info', {}).get('Executor ID'), event.get('Task Executor Metrics', {})
        else:
            continue
        if executor is None or executor == 'driver' or 'JVMHeapMemory' not in metrics:
            continue
        peaks[executor] = max(peaks.get(executor, 0), metrics['JVMHeapMemory'])
        rss[executor] = max(rss.get(executor, 0), metrics.get('ProcessTreeJVMRSSMemory', 0))
print(json.dumps({
    'partitions': job['partitions'], 'samples': n,
    'single_jvm_images_per_s': round(n / single, 1),
    'spark_images_per_s_wall': round(n / spark, 1),
    'spark_images_per_s_job': round(job['samples_per_second'], 1),
    'spark_overhead_wall': f'{(spark / single - 1) * 100:.1f}%',
    'sessions_opened': job['sessions_opened'],
    'rows_checked': compared['rows_compared'], 'values_differing': compared['values_differing'],
    'peak_executor_heap_mib': {k: round(v / 2**20, 1) for k, v in sorted(peaks.items())},
    'peak_executor_rss_mib': {k: round(v / 2**20, 1) for k, v in sorted(rss.items()) if v > 0},
}))
EOF
)")
  if [ "${KEEP:-0}" != "1" ]; then
    rm -rf "$out"
  fi
done
if [ "${KEEP:-0}" != "1" ]; then
  rm -f "$work/single.idx"
fi
printf '%s\n' "${summary[@]}"
