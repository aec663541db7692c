#!/usr/bin/env bash
# Translation on Spark against gan4j translate, on a folder of PNG images (issue 18's must-show).
#
#   examples/spark-translate-check.sh EXPORT_DIR [WORK_DIR] [COUNT]
#
# EXPORT_DIR: what `gan4j export RUN --out-dir EXPORT_DIR` wrote for a translation run of Fashion-MNIST
# images (generator_AtoB.onnx, generator_BtoA.onnx), for example:
#   GAN4J_THREADS=1 ./gan4j train examples/configs/cyclegan-invert.json --steps 200 --out /tmp/cycle
#   ./gan4j export /tmp/cycle --out-dir /tmp/cycle/export
# The script
#   1. writes COUNT (default 20000) grey 28x28 PNGs to WORK_DIR/pngs from Fashion-MNIST's 10,000 test
#      images (each as it is and mirrored), unless that folder exists;
#   2. translates them A to B with `gan4j translate --out WORK_DIR/reference.idx` (one JVM);
#   3. makes WORK_DIR/mixed: the same files (hard links) with one of them, img01234.png, replaced by a
#      truncated, corrupt PNG;
#   4. translates WORK_DIR/mixed with `gan4j spark translate --format image` (Spark's image source) on
#      local-cluster[2,1,1024] (two executor JVMs of 1 GiB) into WORK_DIR/spark.parquet;
#   5. compares each row's translation with the reference, bit for bit (examples/spark/ParquetAgainstIdx.java),
#      and prints the rows compared, the values that differ and the error rows (the corrupt file, by path).
# local-cluster runs the executors from this class path in Spark's testing mode (SPARK_TESTING, spark.testing).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export_dir="${1:?usage: examples/spark-translate-check.sh EXPORT_DIR [WORK_DIR] [COUNT]}"
work="${2:-/tmp/gan4j-spark-translate}"
count="${3:-20000}"
data="${GAN4J_DATA:-/usr/share/datasets/fashion-mnist}"
mkdir -p "$work"

if [ ! -d "$work/pngs" ]; then
  echo "Writing $count PNGs from $data/t10k-images-idx3-ubyte.gz to $work/pngs" >&2
  python3 - "$data/t10k-images-idx3-ubyte.gz" "$work/pngs" "$count" <<'EOF'
import gzip, os, struct, sys, zlib
source, out, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
os.makedirs(out)
with gzip.open(source) as f:
    data = f.read()
n, h, w = struct.unpack('>III', data[4:16])
pixels = data[16:]
def chunk(kind, body):
    return struct.pack('>I', len(body)) + kind + body + struct.pack('>I', zlib.crc32(kind + body) & 0xffffffff)
def png(rows):
    raw = b''.join(b'\x00' + bytes(r) for r in rows)
    return (b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 0, 0, 0, 0))
            + chunk(b'IDAT', zlib.compress(raw)) + chunk(b'IEND', b''))
for i in range(count):
    image = pixels[(i % n) * h * w:((i % n) + 1) * h * w]
    rows = [image[y * w:(y + 1) * w] for y in range(h)]
    if i >= n:
        rows = [r[::-1] for r in rows]
    with open(f'{out}/img{i:05d}.png', 'wb') as f:
        f.write(png(rows))
EOF
fi

cd "$root"
rm -rf "$work/reference.idx" "$work/mixed" "$work/spark.parquet"
echo "gan4j translate (one JVM):" >&2
./gan4j translate "$export_dir/generator_AtoB.onnx" --in "$work/pngs" --out "$work/reference.idx"

mkdir -p "$work/mixed"
cp -al "$work/pngs/." "$work/mixed/"
rm "$work/mixed/img01234.png"
head -c 40 "$work/pngs/img01234.png" > "$work/mixed/img01234.png"

echo "gan4j spark translate (local-cluster[2,1,1024], Spark's image source):" >&2
export SPARK_TESTING=1 SPARK_SCALA_VERSION=2.13
GAN4J_JAVA_OPTS="-Xmx2g -Dspark.testing=true -Dspark.test.home=$work" \
  ./gan4j spark translate "$export_dir" --direction AtoB --format image --in "$work/mixed" \
  --out "$work/spark.parquet" --master 'local-cluster[2,1,1024]' 2> "$work/spark-translate.log"

target="$root/runtime-onnx/spark/target"
# the opens Spark needs on Java 17, as the gan4j script gives them
spark_opens() {
  local p
  for p in java.lang java.lang.invoke java.lang.reflect java.io java.net java.nio java.util java.util.concurrent \
      java.util.concurrent.atomic jdk.internal.ref sun.nio.ch sun.nio.cs sun.security.action sun.util.calendar; do
    printf -- '--add-opens=java.base/%s=ALL-UNNAMED ' "$p"
  done
  printf -- '-Djdk.reflect.useDirectMethodHandle=false -Dio.netty.tryReflectionSetAccessible=true'
}
classpath="$(ls "$target"/gan4j-spark-*.jar | head -n 1):$(cat "$target/spark-classpath.txt")"
echo "Spark's rows against gan4j translate:" >&2
java -Xmx4g $(spark_opens) -cp "$classpath" examples/spark/ParquetAgainstIdx.java path "$work/spark.parquet" translation \
  "$work/reference.idx" "$work/pngs" 2> "$work/compare.log"
