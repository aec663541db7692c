#!/usr/bin/env bash
# Measures a trained translation run on held-out Fashion-MNIST test images whose domains are built-in
# transforms of the originals, so every translation has a known answer:
#
#   examples/scripts/measure-latent-translation.sh RUN OUT DOMAIN=TRANSFORM...
#   examples/scripts/measure-latent-translation.sh runs/unit-invert out/unit A=none B=invert
#   examples/scripts/measure-latent-translation.sh runs/combogan out/combo A=none B=invert C=flip_invert
#
# The first N test images (N=${N:-2000}) are written once per domain with its transform applied (none,
# invert, flip_invert, as the data config's "transform"); each ordered pair of domains is translated with
# gan4j translate, then gan4j eval gives the MAE (on [-1, 1]) against the transformed originals and the share
# of translations the classifier puts in their source's class (both sides' transforms undone first).
# A run whose family has latent codes also gets gan4j alignment on the same images. Results: one JSON line
# per measurement in OUT/results.jsonl. Uses python3 (standard library only) to write the IDX files.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
run="$1"; out="$2"; shift 2
n="${N:-2000}"
gan4j="${GAN4J:-$root/gan4j}"
data="${GAN4J_DATA:-/usr/share/datasets/fashion-mnist}"
mkdir -p "$out"
declare -A transform
names=()
for spec in "$@"; do
  transform["${spec%%=*}"]="${spec#*=}"
  names+=("${spec%%=*}")
done
python3 - "$data/t10k-images-idx3-ubyte.gz" "$out" "$n" "$@" <<'PY'
import gzip, sys, struct
source, out, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
raw = gzip.open(source).read()
count, rows, cols = struct.unpack('>III', raw[4:16])
pixels = raw[16:16 + n * rows * cols]
for spec in sys.argv[4:]:
    name, transform = spec.split('=')
    image = bytearray(pixels)
    if transform in ('invert', 'flip_invert'):
        image = bytearray(255 - v for v in image)
    if transform == 'flip_invert':
        flipped = bytearray(len(image))
        for r in range(n * rows):
            flipped[r * cols:(r + 1) * cols] = image[r * cols:(r + 1) * cols][::-1]
        image = flipped
    elif transform not in ('none', 'invert'):
        sys.exit('unknown transform ' + transform + ' (none, invert, flip_invert)')
    with open(f'{out}/test-{name}.idx', 'wb') as f:
        f.write(struct.pack('>IIII', 0x0803, n, rows, cols) + bytes(image))
PY
results="$out/results.jsonl"
: > "$results"
undo() { [ "${transform[$1]}" = none ] || echo "$2 ${transform[$1]}"; }
for from in "${names[@]}"; do
  for to in "${names[@]}"; do
    [ "$from" = "$to" ] && continue
    "$gan4j" translate "$run" --in "$out/test-$from.idx" --out "$out/${from}to${to}.idx" --direction "${from}to${to}" >&2
    # shellcheck disable=SC2046
    line=$("$gan4j" eval "$out/${from}to${to}.idx" --ground-truth "$out/test-$to.idx" --source "$out/test-$from.idx" \
      --reference "$out/test-$to.idx" $(undo "$from" --source-undo) $(undo "$to" --undo) | tail -n 1)
    echo "{\"direction\":\"${from}to${to}\",${line#\{}" >> "$results"
  done
done
ins=()
for name in "${names[@]}"; do ins+=(--in "$name=$out/test-$name.idx"); done
"$gan4j" alignment "$run" "${ins[@]}" >> "$results" || echo "no latent alignment for $run" >&2
cat "$results"
