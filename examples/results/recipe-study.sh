#!/usr/bin/env bash
# The recipe study of issue 20 (docs/recipe-study.md describes the method).
#
#   examples/results/recipe-study.sh [--measure-only] [--seeds "1 2 3"] [--steps N] VARIANTS_FILE
#
# VARIANTS_FILE has one variant a line: a name, then the --set overrides of
# examples/configs/dcgan-fashion-mnist.json that make it (none for today's default), e.g.
#   default
#   hinge     family.objective=hinge
#   ttur      training.optimizers.discriminator.lr=0.0004 training.optimizers.generator.lr=0.0001
# Blank lines and lines starting with # are skipped.
#
# --steps N skips the cost measurement and trains every variant of the file for N steps: for variants
# whose step costs what the default's does (objective, learning rates, Adam betas: element-wise work
# next to the convolutions), whose measured cost ratios came out within 1% of 1 (hinge 1.012, augment
# 0.988 at 300 steps), so N = 3000 is their budget without spending minutes measuring it again.
#
# For each variant it measures the CPU time of one training step at one thread (the CPU time of a
# WARMUP+MEASURE-step run minus that of a WARMUP-step run, so start-up, data loading and the final
# checkpoint cancel; 20 and 300 steps by default, as 60 measured steps strayed by up to 20% on the
# loaded machine and 300 by about 1%), measured right after today's default in the same conditions; the variant's
# step budget is then 3000 x (default's ms per step) / (variant's ms per step): the work of today's
# default run, whatever the machine's load. Unless --measure-only, it then trains the variant for its
# budget at each seed and scores the run with gan4j eval (10,000 samples of the EMA generator against
# the test split). Every measurement and every run appends one JSON line to
# examples/results/recipe-study.jsonl (STUDY_OUT names another file; STUDY_WARMUP, STUDY_MEASURE and
# STUDY_DEFAULT_STEPS change the 20, 300 and 3000 steps, the last only to try the script out).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
config="$root/examples/configs/dcgan-fashion-mnist.json"
out="${STUDY_OUT:-$root/examples/results/recipe-study.jsonl}"
runs="${STUDY_RUNS:-$root/runs/recipe-study}"
default_steps="${STUDY_DEFAULT_STEPS:-3000}"  # smaller only to try the script out
warmup="${STUDY_WARMUP:-20}"
measure="${STUDY_MEASURE:-300}"
measure_only=false
seeds="1"
fixed_steps=""
while [ $# -gt 1 ]; do
  case "$1" in
    --measure-only) measure_only=true; shift ;;
    --seeds) seeds="$2"; shift 2 ;;
    --steps) fixed_steps="$2"; shift 2 ;;
    *) echo "Unknown option $1; the options are --measure-only, --seeds \"1 2 3\" and --steps N." >&2; exit 2 ;;
  esac
done
if [ $# -ne 1 ] || [ ! -f "$1" ]; then
  echo "Give one variants file (one line a variant: NAME [FIELD=VALUE ...]); got: ${1:-nothing}." >&2
  exit 2
fi
variants="$1"
export GAN4J_THREADS=1
gan4j="$root/gan4j"
mkdir -p "$runs"

# CPU seconds (user + system) of the whole gan4j process training NAME's overrides for N steps.
cpu_seconds() {
  local steps="$1"; shift
  local dir="$runs/cost-$$-$steps"
  rm -rf "$dir"
  /usr/bin/time -f '%U %S' -o "$runs/time-$$" "$gan4j" train "$config" --steps "$steps" --out-dir "$dir" "$@" </dev/null \
    >/dev/null 2>"$runs/cost-$$.log" || { cat "$runs/cost-$$.log" >&2; return 1; }
  rm -rf "$dir"
  awk '{printf "%.3f", $1 + $2}' "$runs/time-$$"
}

# Milliseconds of CPU per training step of the overrides given.
ms_per_step() {
  local short long
  short="$(cpu_seconds "$warmup" "$@")"
  long="$(cpu_seconds "$((warmup + measure))" "$@")"
  awk -v a="$short" -v b="$long" -v n="$measure" 'BEGIN {printf "%.1f", (b - a) * 1000 / n}'
}

sets_of() {
  for field in "$@"; do printf -- '--set\n%s\n' "$field"; done
}

# The text as a JSON string (the overrides can hold quotes: family.augment={"policy":["cutout"]}).
quoted() {
  python3 -c 'import json, sys; print(json.dumps(sys.argv[1]))' "$1"
}

json_line() {
  python3 -c 'import json, sys; print(json.dumps(json.loads(sys.argv[1])))' "$1" >>"$out"
}

"$gan4j" --version </dev/null >/dev/null  # builds the jar first, outside any measurement
grep -v '^\s*\(#\|$\)' "$variants" | while read -r name fields; do
  # shellcheck disable=SC2086
  mapfile -t sets < <(sets_of $fields)
  if [ -n "$fixed_steps" ]; then
    steps="$fixed_steps"
    echo "$name: $steps steps (--steps, no cost measured)" >&2
  else
  if [ -z "${fields:-}" ]; then
    # today's default: its budget is its own 3000 steps by definition; only its cost is measured
    variant_ms="$(ms_per_step)"
    default_ms="$variant_ms"
  else
    default_ms="$(ms_per_step)"
    variant_ms="$(ms_per_step "${sets[@]}")"
  fi
  steps="$(awk -v d="$default_ms" -v v="$variant_ms" -v s="$default_steps" 'BEGIN {printf "%d", s * d / v + 0.5}')"
  load="$(cut -d' ' -f1 /proc/loadavg)"
  json_line "{\"kind\": \"cost\", \"variant\": \"$name\", \"sets\": $(quoted "${fields:-}"), \"default_ms_per_step\": $default_ms,
    \"variant_ms_per_step\": $variant_ms, \"cost_ratio\": $(awk -v d="$default_ms" -v v="$variant_ms" 'BEGIN {printf "%.3f", v / d}'),
    \"budget_steps\": $steps, \"measured_steps\": $measure, \"load_1min\": $load, \"date\": \"$(date -u +%FT%TZ)\"}"
  echo "$name: default $default_ms ms/step, variant $variant_ms ms/step -> $steps steps (load $load)" >&2
  fi
  if $measure_only; then continue; fi
  for seed in $seeds; do
    dir="$runs/$name-s$seed"
    rm -rf "$dir"
    start=$(date +%s)
    "$gan4j" train "$config" --steps "$steps" --out-dir "$dir" --set training.seed="$seed" "${sets[@]+"${sets[@]}"}" \
      </dev/null >"$dir.train.log" 2>&1
    trained=$(( $(date +%s) - start ))
    eval_json="$("$gan4j" eval "$dir" --n 10000 --reference test </dev/null 2>"$dir.eval.log" | tail -n 1)"
    json_line "{\"kind\": \"run\", \"variant\": \"$name\", \"sets\": $(quoted "${fields:-}"), \"seed\": $seed, \"steps\": $steps,
      \"budget\": \"$([ -n "$fixed_steps" ] && echo fixed || echo measured)\", \"load_1min_after\": $(cut -d' ' -f1 /proc/loadavg),
      \"train_wall_s_loaded\": $trained, \"eval\": $eval_json, \"date\": \"$(date -u +%FT%TZ)\"}"
    echo "$name seed $seed: $eval_json" >&2
  done
done
