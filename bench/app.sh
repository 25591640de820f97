#!/usr/bin/env bash
# Whole-process figures, folio beside a bare eframe window built with the same features, in
# one run on this machine: start-up to the first frame, peak RSS, CPU ticks over 10 idle
# seconds, stripped binary size. Needs Xvfb, GNU time (`apt-get install time`), xdotool.
# Usage: bash bench/app.sh [RUNS]   (default 7 runs for start-up; medians are printed)
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-7}"
cargo build --release --quiet --bin folio --example bare
folio=target/release/folio
bare=target/release/examples/bare
display=":${BENCH_DISPLAY:-93}"
Xvfb "$display" -screen 0 1920x1080x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null || true' EXIT
sleep 1
export DISPLAY="$display"
export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$(mktemp -d)}"
chmod 700 "$XDG_RUNTIME_DIR"
state=$(mktemp -d)
export XDG_DATA_HOME="$state"   # a fresh settings folder: no remembered window state

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

# Start-up: wall time of a run that closes after its first frame; peak RSS of the same runs.
startup() {
  local times=() rss=()
  for _ in $(seq "$runs"); do
    local out report
    report=$(mktemp)
    /usr/bin/time -o "$report" -f "%e %M" "$@" --exit-after-first-frame >/dev/null 2>&1 || true
    out=$(tail -1 "$report")
    rm -f "$report"
    times+=("$(echo "$out" | awk '{print $1 * 1000}')")
    rss+=("$(echo "$out" | awk '{print $2 / 1024}')")
  done
  printf '%s %s\n' "$(printf '%s\n' "${times[@]}" | median)" "$(printf '%s\n' "${rss[@]}" | median)"
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

size_mb() {
  local stripped
  stripped=$(mktemp)
  strip -o "$stripped" "$1"
  awk -v b="$(stat -c %s "$stripped")" 'BEGIN {printf "%.1f", b / 1048576}'
  rm -f "$stripped"
}

read -r bare_ms bare_rss < <(startup "$bare")
read -r folio_ms folio_rss < <(startup "$folio" --no-watch portfolio.ron)
bare_idle=$(idle_ticks "$bare")
browse_idle=$(idle_ticks "$folio" portfolio.ron)
present_idle=$(idle_ticks "$folio" present portfolio.ron)

printf '\n%-34s %12s %12s %8s\n' "" "bare eframe" "folio" "ratio"
printf '%-34s %12.0f %12.0f %8.2f\n' "start to first frame, median ms" "$bare_ms" "$folio_ms" \
  "$(awk -v a="$folio_ms" -v b="$bare_ms" 'BEGIN {print a / b}')"
printf '%-34s %12.1f %12.1f %8.2f\n' "peak RSS, median MB" "$bare_rss" "$folio_rss" \
  "$(awk -v a="$folio_rss" -v b="$bare_rss" 'BEGIN {print a / b}')"
printf '%-34s %12s %12s\n' "CPU ticks, 10 idle s, browse" "$bare_idle" "$browse_idle"
printf '%-34s %12s %12s\n' "CPU ticks, 10 idle s, present" "-" "$present_idle"
printf '%-34s %12s %12s\n' "stripped binary, MB" "$(size_mb "$bare")" "$(size_mb "$folio")"
echo "($runs start-up runs each; $(nproc) cores; renderer wgpu)"
