#!/usr/bin/env bash
# Starts the release binary in a real X11 window (Xvfb + Mesa) in screenshot mode on both
# bundled portfolios, light and dark, and fails if a PNG is missing or blank.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet
out="${CI_SCREENSHOT_DIR:-target/ci-screenshots}"
mkdir -p "$out"
display=":${CI_DISPLAY:-97}"
Xvfb "$display" -screen 0 1920x1080x24 -nolisten tcp >/dev/null 2>&1 &
xvfb_pid=$!
trap 'kill "$xvfb_pid" 2>/dev/null || true' EXIT
sleep 1
export DISPLAY="$display"
export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$(mktemp -d)}"
# Settings of its own: a window restored from an earlier run (its size, its scroll position)
# is not what these checks look for.
export XDG_DATA_HOME="$(mktemp -d)"
failed=0
shoot() {
  local name=$1; shift
  local png="$out/$name.png"
  rm -f "$png"
  if ! timeout 120 ./target/release/folio "$@" --screenshot "$png" >/dev/null 2>"$out/$name.log"; then
    echo "FAIL $name: folio exited with an error"; cat "$out/$name.log"; failed=1; return
  fi
  # The size asked for must be the size saved (a remembered window size once won).
  local size="" previous=""
  for arg in "$@"; do
    if [ "$previous" = "--size" ]; then size=$arg; fi
    previous=$arg
  done
  python3 .ci/check_png.py "$png" $size || failed=1
}
for theme in light dark; do
  shoot "bundled-1920-$theme" --size 1920x1080 --theme "$theme" portfolio.ron
  shoot "bundled-1024-$theme" --size 1024x700 --theme "$theme" --at api-latency portfolio.ron
  shoot "research-1920-$theme" --size 1920x1080 --theme "$theme" examples/research-engineer.ron
done
shoot "research-1024-light" --size 1024x700 --theme light --at research examples/research-engineer.ron
# Fixtures unlike the bundled portfolios: a Chinese and a Devanagari name, photos, images.
# The photo's one colour must be on screen, in the document and on the title slide.
# Whether process PID used at most 5 CPU ticks (1/100 s) over the next 10 s.
idle() {
  local name=$1 pid=$2 fail=$3 start end
  start=$(awk '{print $14 + $15}' "/proc/$pid/stat")
  sleep 10
  end=$(awk '{print $14 + $15}' "/proc/$pid/stat")
  echo "$name: $((end - start)) CPU ticks over 10 idle seconds"
  if [ $((end - start)) -gt 5 ]; then
    echo "FAIL $name: $fail"; failed=1
  fi
}
# Whether screenshots NAME-1.png and NAME-2.png differ: a key moved the talk.
moved() {
  local name=$1 ok=$2 fail=$3
  if command -v compare >/dev/null && [ -f "$out/$name-1.png" ] && [ -f "$out/$name-2.png" ]; then
    if compare -metric AE "$out/$name-1.png" "$out/$name-2.png" null: 2>/dev/null; then
      echo "FAIL $name: $fail"; failed=1
    else
      echo "ok   $name: $ok"
    fi
  fi
}
photo_check() {
  python3 .ci/has_colour.py "$out/$1.png" "$2" "$3" || failed=1
}
for theme in light dark; do
  shoot "mobile-ml-$theme" --size 1280x800 --theme "$theme" tests/fixtures/mobile-ml.ron
  photo_check "mobile-ml-$theme" d94a8c 5000
  shoot "data-platform-$theme" --size 1024x700 --theme "$theme" tests/fixtures/data-platform.ron
  photo_check "data-platform-$theme" 2a9df4 4000
done
shoot "mobile-ml-wgpu" --renderer wgpu --size 1280x800 tests/fixtures/mobile-ml.ron
photo_check "mobile-ml-wgpu" d94a8c 5000
shoot "mobile-ml-title-slide" present --size 1280x720 tests/fixtures/mobile-ml.ron
photo_check "mobile-ml-title-slide" d94a8c 9000
shoot "mobile-ml-ranking-1920" present --slide on-device-ranking --size 1920x1080 --theme dark tests/fixtures/mobile-ml.ron
# The case study's diagram is its last slide: its story, two slides of figures, then the image.
shoot "mobile-ml-image-slide" present --slide on-device-ranking-4 --size 1280x720 tests/fixtures/mobile-ml.ron
photo_check "mobile-ml-image-slide" 2b6cb0 3000
# A live window, not screenshot mode: the photo must be drawn within 5 s of starting.
./target/release/folio --size 1280x800 --theme light --no-watch tests/fixtures/mobile-ml.ron >"$out/live-photo.log" 2>&1 &
live_photo=$!
sleep 5
import -window root "$out/live-photo.png" 2>/dev/null || true
kill "$live_photo" 2>/dev/null || true
wait "$live_photo" 2>/dev/null || true
photo_check "live-photo" d94a8c 5000
shoot "wgpu-forced" --renderer wgpu --size 1024x700 portfolio.ron
# Without its OpenGL driver, glow cannot start inside eframe, and folio must open the window
# again with wgpu (here Vulkan through lavapipe).
LIBGL_DRIVERS_PATH=/nonexistent shoot "wgpu-fallback" --size 1024x700 portfolio.ron
if ! grep -q "falling back to wgpu" "$out/wgpu-fallback.log"; then
  echo "FAIL wgpu-fallback: no fallback message"; cat "$out/wgpu-fallback.log"; failed=1
fi
# Present mode in screenshot mode, then live: keys sent with xdotool must change the slide, and
# an idle talk (timer hidden) must use no CPU.
shoot "present-title-1920" present --size 1920x1080 portfolio.ron
shoot "present-case-1024x768" present --slide api-latency --size 1024x768 --theme dark portfolio.ron
shoot "present-research-1024x768" present --slide experience-2 --size 1024x768 examples/research-engineer.ron
./target/release/folio present --size 1280x720 --no-watch portfolio.ron >"$out/present-live.log" 2>&1 &
live=$!
sleep 3
window=$(xdotool search --pid "$live" 2>/dev/null | tail -1 || true)
if [ -z "$window" ]; then
  echo "FAIL present-live: no window"; failed=1
else
  xdotool windowfocus "$window" 2>/dev/null || true
  import -window root "$out/present-live-1.png" 2>/dev/null || true
  # Let the focus change and the screenshot's repaint settle before measuring.
  sleep 2
  idle present-live "$live" "an idle talk should not use CPU"
  xdotool key End 2>/dev/null || true
  sleep 1
  import -window root "$out/present-live-2.png" 2>/dev/null || true
  moved present-live "End moved to another slide" "End did not change the slide"
  # A clicker after a wrong slide number: the next Page Down must still move the talk.
  xdotool key Home 2>/dev/null || true
  sleep 1
  import -window root "$out/present-clicker-1.png" 2>/dev/null || true
  xdotool key 4 5 Return 2>/dev/null || true
  sleep 0.5
  xdotool key Page_Down 2>/dev/null || true
  # The "No slide 45" message goes by itself; then only the slide can differ.
  sleep 3.5
  import -window root "$out/present-clicker-2.png" 2>/dev/null || true
  moved present-clicker "Page Down after a wrong slide number moved the talk" \
    "Page Down after a wrong slide number did nothing"
fi
kill "$live" 2>/dev/null || true
wait "$live" 2>/dev/null || true

# Watching a portfolio with a photo and images: after one save, the window must be idle
# again (it once reloaded itself for ever after the first save).
scratch=$(mktemp -d)
cp -r tests/fixtures/images "$scratch/"
cp tests/fixtures/mobile-ml.ron "$scratch/portfolio.ron"
./target/release/folio "$scratch/portfolio.ron" >"$out/watch-live.log" 2>&1 &
watching=$!
sleep 4
sed -i 's/Staff/Principal/' "$scratch/portfolio.ron"
sleep 2
idle watch-live "$watching" "a watched portfolio should be idle after a save"
kill "$watching" 2>/dev/null || true
wait "$watching" 2>/dev/null || true
rm -rf "$scratch"

# Slides as images through the fallback for machines without a GPU adapter: a hidden OpenGL
# window (tests/export_slides.rs covers the windowless wgpu path).
rm -rf "$out/slides-glow"
if ./target/release/folio export tests/fixtures/mobile-ml.ron --slides --renderer glow \
    --size 1280x720 -o "$out/slides-glow/" >"$out/slides-glow.log" 2>&1; then
  count=$(find "$out/slides-glow" -name '*.png' | wc -l)
  colours=$(identify -format '%k' "$out/slides-glow/01-overview.png" 2>/dev/null || echo 0)
  if [ "$count" -lt 20 ] || [ "$colours" -lt 30 ]; then
    echo "FAIL slides-glow: $count images, $colours colours on the first"; failed=1
  else
    echo "ok   slides-glow: $count images drawn in a hidden window"
  fi
else
  echo "FAIL slides-glow:"; cat "$out/slides-glow.log"; failed=1
fi

if [ "$failed" -ne 0 ]; then
  echo "screenshot run failed"; exit 1
fi
echo "screenshots: all present and not blank ($out)"
