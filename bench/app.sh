#!/usr/bin/env bash
# Whole-process figures, folio beside a bare eframe window built with the same features, in
# one run on this machine: start-up to the first frame, peak RSS, CPU ticks over 10 idle
# seconds, stripped binary size. Needs Xvfb, GNU time (`apt-get install time`), xdotool.
# Usage: bash bench/app.sh [RUNS]   (default 11 start-up runs per renderer; medians are printed)
#        bash bench/app.sh idle     (only the idle rows: a watched portfolio with images)
set -euo pipefail
cd "$(dirname "$0")/.."
only_idle=false
if [ "${1:-}" = idle ]; then
  only_idle=true
  shift
fi
runs="${1:-11}"
cargo build --release --quiet --bin folio --example bare
# FOLIO_BIN: another build to measure the same way (an earlier commit's, for a before/after).
folio=${FOLIO_BIN:-target/release/folio}
bare=target/release/examples/bare
source bench/common.sh
start_xvfb 93
state=$(mktemp -d)
empty=$(mktemp -d)
export XDG_DATA_HOME="$state"   # a fresh settings folder: no remembered window state


# Start-up: wall time from exec to the first presented frame (both programs end themselves
# there with --exit-after-first-frame), measured with bash's microsecond clock, and peak RSS
# from GNU time. Runs alternate between the two programs so that a busy moment of this shared
# machine hurts both alike. Prints: bare_ms bare_mb folio_ms folio_mb (medians).
startup() {
  local renderer_bare=$1 renderer_folio=$2 file=${3:-portfolio.ron}
  local bare_ms=() bare_mb=() folio_ms=() folio_mb=()
  for _ in $(seq "$runs"); do
    local ms mb
    read -r ms mb < <(timed "$bare" $renderer_bare)
    bare_ms+=("$ms") bare_mb+=("$mb")
    if [ "$file" = welcome ]; then
      # No file and none in the folder: the welcome screen, as a new user first sees it.
      read -r ms mb < <(timed env -C "$empty" "$PWD/$folio" --no-watch $renderer_folio)
    else
      read -r ms mb < <(timed "$folio" --no-watch $renderer_folio "$file")
    fi
    folio_ms+=("$ms") folio_mb+=("$mb")
  done
  printf '%s %s %s %s\n' \
    "$(printf '%s\n' "${bare_ms[@]}" | median)" "$(printf '%s\n' "${bare_mb[@]}" | median)" \
    "$(printf '%s\n' "${folio_ms[@]}" | median)" "$(printf '%s\n' "${folio_mb[@]}" | median)"
}

# One run: prints wall milliseconds and peak RSS in MB.
timed() {
  local report start end
  report=$(mktemp)
  start=$EPOCHREALTIME
  if ! /usr/bin/time -o "$report" -f "%M" "$@" --exit-after-first-frame >/dev/null 2>&1; then
    # A failed start must not pass for a fast one; this runs in a subshell, so end the script.
    echo "bench/app.sh: \`$* --exit-after-first-frame\` failed" >&2
    kill "$$"
  fi
  end=$EPOCHREALTIME
  awk -v s="$start" -v e="$end" -v kb="$(tail -1 "$report")" \
    'BEGIN {printf "%.1f %.1f\n", (e - s) * 1000, kb / 1024}'
  rm -f "$report"
}

# CPU ticks (1/100 s) used over 10 idle seconds after 3 seconds to settle.
idle_ticks() {
  "$@" >/dev/null 2>&1 &
  local pid=$!
  sleep 3
  local a b
  a=$(awk '{print $14 + $15}' "/proc/$pid/stat")
  sleep 10
  b=$(awk '{print $14 + $15}' "/proc/$pid/stat")
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  echo $((b - a))
}

# A scratch copy of a fixture with a photo and case-study images, as an author keeps it.
scratch_copy() {
  local dir
  dir=$(mktemp -d)
  cp -r tests/fixtures/images "$dir/"
  cp tests/fixtures/mobile-ml.ron "$dir/portfolio.ron"
  echo "$dir"
}

# What happens to the folder before (and, for churn, while) the idle seconds are counted.
nothing() { :; }
one_save() { sed -i 's/Staff/Principal/' "$1/portfolio.ron"; }
hundred_saves() {
  for i in $(seq 100); do
    echo "// save $i" >>"$1/portfolio.ron"
    sleep 0.02
  done
}
# Reads of the portfolio and its photo, a README written beside it, a build writing under
# target/: a portfolio kept in a repository or beside a build. Goes on for 14 s.
busy_folder() {
  mkdir -p "$1/target"
  (for i in $(seq 140); do
    cat "$1/portfolio.ron" "$1/images/photo.png" >/dev/null
    echo "$i" >"$1/README.md"
    echo x >"$1/target/out-$((i % 7))"
    sleep 0.1
  done) >/dev/null 2>&1 &
}

# CPU ticks over 10 s, folio watching a scratch copy with images (as by default), counted
# from 2 s after `$1 DIR` ran (3 s after start, so the images are drawn).
watched_ticks() {
  local action=$1 dir pid a b
  dir=$(scratch_copy)
  "$folio" "$dir/portfolio.ron" >/dev/null 2>&1 &
  pid=$!
  sleep 3
  "$action" "$dir"
  sleep 2
  a=$(awk '{print $14 + $15}' "/proc/$pid/stat")
  sleep 10
  b=$(awk '{print $14 + $15}' "/proc/$pid/stat")
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  rm -rf "$dir"
  echo $((b - a))
}

size_mb() {
  local stripped
  stripped=$(mktemp)
  strip -o "$stripped" "$1"
  awk -v b="$(stat -c %s "$stripped")" 'BEGIN {printf "%.1f", b / 1048576}'
  rm -f "$stripped"
}

ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a / b}'; }
row() { printf '%-38s %12s %12s %8s\n' "$@"; }

if $only_idle; then
  row "CPU ticks over 10 s, watching mobile-ml.ron (photo, images)" "" "folio"
  for action in nothing one_save hundred_saves busy_folder; do
    row "  after: $action" "" "$(watched_ticks "$action")"
  done
  exit 0
fi
read -r glow_bare_ms glow_bare_mb glow_folio_ms glow_folio_mb < <(startup "--glow" "--renderer glow")
read -r wgpu_bare_ms wgpu_bare_mb wgpu_folio_ms wgpu_folio_mb < <(startup "" "--renderer wgpu")
# A portfolio in Chinese, Devanagari, Japanese, Arabic and Thai with a photo: the system's
# fonts are looked through for it (the bundled portfolio never pays for that).
read -r cjk_bare_ms cjk_bare_mb cjk_folio_ms cjk_folio_mb < <(startup "--glow" "--renderer glow" tests/fixtures/mobile-ml.ron)
read -r welcome_bare_ms welcome_bare_mb welcome_folio_ms welcome_folio_mb < <(startup "--glow" "--renderer glow" welcome)
bare_idle=$(idle_ticks "$bare" --glow)
browse_idle=$(idle_ticks "$folio" portfolio.ron)
present_idle=$(idle_ticks "$folio" present portfolio.ron)

echo
row "" "bare eframe" "folio" "ratio"
row "start to first frame, ms (glow)" "$glow_bare_ms" "$glow_folio_ms" "$(ratio "$glow_folio_ms" "$glow_bare_ms")"
row "peak RSS, MB (glow)" "$glow_bare_mb" "$glow_folio_mb" "$(ratio "$glow_folio_mb" "$glow_bare_mb")"
row "start to first frame, ms (wgpu)" "$wgpu_bare_ms" "$wgpu_folio_ms" "$(ratio "$wgpu_folio_ms" "$wgpu_bare_ms")"
row "peak RSS, MB (wgpu)" "$wgpu_bare_mb" "$wgpu_folio_mb" "$(ratio "$wgpu_folio_mb" "$wgpu_bare_mb")"
row "first frame, ms (glow, system fonts)" "$cjk_bare_ms" "$cjk_folio_ms" "$(ratio "$cjk_folio_ms" "$cjk_bare_ms")"
row "peak RSS, MB (glow, system fonts)" "$cjk_bare_mb" "$cjk_folio_mb" "$(ratio "$cjk_folio_mb" "$cjk_bare_mb")"
row "first frame, ms (glow, welcome screen)" "$welcome_bare_ms" "$welcome_folio_ms" "$(ratio "$welcome_folio_ms" "$welcome_bare_ms")"
row "CPU ticks, 10 idle s, browse" "$bare_idle" "$browse_idle" ""
row "CPU ticks, 10 idle s, present" "-" "$present_idle" ""
for action in nothing one_save hundred_saves busy_folder; do
  row "CPU ticks, 10 s, images, $action" "-" "$(watched_ticks "$action")" ""
done
row "stripped binary, MB" "$(size_mb "$bare")" "$(size_mb "$folio")" "$(ratio "$(size_mb "$folio")" "$(size_mb "$bare")")"
if [ -x target/dist/folio ]; then
  row "dist binary (cargo build --profile dist), MB" "" "$(size_mb target/dist/folio)" ""
fi
echo "(medians of $runs alternating start-up runs each; $(nproc) cores; idle: glow, folio's default)"
