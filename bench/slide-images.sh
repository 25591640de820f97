#!/usr/bin/env bash
# Slide images at 1920x1080, folio beside MDeck, in one run on this machine: wall time per
# deck and per slide, and peak RSS, medians of ROUNDS alternating runs (a busy moment of the
# shared machine hurts both alike). folio exports the bundled portfolio's slides; MDeck
# exports bench/mdeck/bundled.md, the same content written as seven Markdown slides.
# Needs Xvfb and GNU time, and MDeck built from source (mklab-se/presemd):
#   MDECK=/path/to/presemd/target/release/mdeck bash bench/slide-images.sh [ROUNDS]
set -euo pipefail
cd "$(dirname "$0")/.."
rounds="${1:-5}"
mdeck="${MDECK:?set MDECK to the mdeck binary (cargo build --release -p mdeck in presemd)}"
cargo build --release --quiet --bin folio
folio=target/release/folio
source bench/common.sh
start_xvfb 94
work=$(mktemp -d)
cp bench/mdeck/bundled.md "$work/"
# Prints "seconds peak_kb" for one run of a command.
measure() {
  /usr/bin/time -f '%e %M' -o "$work/time" "$@" >/dev/null 2>&1
  cat "$work/time"
}
: >"$work/folio"; : >"$work/mdeck"
for _ in $(seq "$rounds"); do
  rm -rf "$work/f" "$work/m"
  measure "$folio" export portfolio.ron --slides --size 1920x1080 -o "$work/f/" >>"$work/folio"
  (cd "$work" && measure "$mdeck" export bundled.md -o m) >>"$work/mdeck"
done
folio_slides=$(find "$work/f" -name '*.png' | wc -l)
mdeck_slides=$(find "$work/m" -name '*.png' | wc -l)
report() {
  local name=$1 file=$2 slides=$3
  local seconds kb
  seconds=$(cut -d' ' -f1 "$file" | median)
  kb=$(cut -d' ' -f2 "$file" | median)
  awk -v n="$name" -v s="$seconds" -v k="$kb" -v c="$slides" \
    'BEGIN { printf "%-6s %2d slides  %.2f s  %.0f ms a slide  peak %.0f MB\n", n, c, s, s * 1000 / c, k / 1024 }'
}
echo "slide images at 1920x1080, medians of $rounds rounds:"
report folio "$work/folio" "$folio_slides"
report mdeck "$work/mdeck" "$mdeck_slides"
