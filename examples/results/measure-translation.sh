#!/usr/bin/env bash
# Measures a translation run on held-out Fashion-MNIST test images, both directions, one JSON line each
# (gan4j eval's line with "run", "pair" and "direction" in front): MAE/PSNR against the known answer and
# class preservation for invert and flip_invert, the target-class share for sneaker-boot, and FID against
# held-out images of the target domain.
#
#   examples/results/translation_data.py DATA            # once: the held-out images
#   examples/results/measure-translation.sh RUN DATA invert|flip_invert|flip|rotate_invert|sneaker-boot [OUT_DIR]
#
# The translations are kept in OUT_DIR (default RUN/translations) as AtoB.idx and BtoA.idx.
set -euo pipefail
run="$1"; data="$2"; pair="$3"; out="${4:-$run/translations}"
gan4j="${GAN4J:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)/gan4j}"
mkdir -p "$out"
measure() {  # direction input eval-options...
  local direction="$1" input="$2"; shift 2
  "$gan4j" translate "$run" --in "$input" --out "$out/$direction.idx" --direction "$direction" >&2
  "$gan4j" eval "$out/$direction.idx" "$@" | tail -n 1 \
    | sed "s|^{|{\"run\":\"$(basename "$run")\",\"pair\":\"$pair\",\"direction\":\"$direction\",|"
}
case "$pair" in
  invert) truth="$data/truth-invert.idx"; target="$data/ref-invert.idx" ;;
  flip_invert) truth="$data/truth-flip.idx"; target="$data/ref-flip.idx" ;;
  flip) truth="$data/truth-mirror.idx"; target="$data/ref-mirror.idx" ;;
  rotate_invert) truth="$data/truth-rotate.idx"; target="$data/ref-rotate.idx" ;;
  sneaker-boot)
    # no known answer: the share of translations the classifier puts in the target class is their class_histogram's
    measure AtoB "$data/sneakers.idx" --reference "$data/boots.idx"
    measure BtoA "$data/boots.idx" --reference "$data/sneakers.idx"
    exit 0 ;;
  *) echo "The pair must be invert, flip_invert, flip, rotate_invert or sneaker-boot, not \"$pair\"." >&2; exit 2 ;;
esac
measure AtoB "$data/test2k.idx" --ground-truth "$truth" --source "$data/test2k.idx" --undo "$pair" --reference "$target"
measure BtoA "$truth" --ground-truth "$data/test2k.idx" --source "$truth" --source-undo "$pair" \
  --reference "$data/ref-plain.idx"
