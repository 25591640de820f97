#!/usr/bin/env bash
# Windows, for real: cross-builds folio.exe for x86_64-pc-windows-gnu with Debian's mingw,
# runs it under Wine (Debian's wine64) in Xvfb, and takes screenshots of the bundled
# portfolio and of the first screen a new user sees. The PNGs are left in
# target/windows-smoke/; the script fails if one is missing or blank, or if the .exe lacks
# its icon and version information.
#
# Wine 8.0 lacks ProcessPrng (bcryptprimitives.dll, Wine 8.13+), which Rust's standard
# library uses for random numbers; a stand-in DLL built here from .ci/windows/ forwards it to
# SystemFunction036 and is placed beside the .exe for this run only. OpenGL goes through
# Wine's WGL to Mesa's llvmpipe.
set -euo pipefail
cd "$(dirname "$0")/.."

target=x86_64-pc-windows-gnu
out=target/windows-smoke
wine=/usr/lib/wine/wine64
wineserver=/usr/lib/wine/wineserver

need=()
command -v x86_64-w64-mingw32-gcc >/dev/null || need+=(gcc-mingw-w64-x86-64)
[ -x "$wine" ] || need+=(wine64)
command -v Xvfb >/dev/null || need+=(xvfb)
command -v identify >/dev/null || need+=(imagemagick)
command -v x86_64-w64-mingw32-objdump >/dev/null || need+=(binutils-mingw-w64-x86-64)
if [ "${#need[@]}" -gt 0 ]; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi
rustup target add "$target" >/dev/null 2>&1 || true

echo "building folio.exe ($(date +%T))"
cargo build --release --quiet --target "$target"
exe="target/$target/release/folio.exe"

rm -rf "$out"
mkdir -p "$out/app" "$out/first-run"
cp "$exe" "$out/app/folio.exe"
x86_64-w64-mingw32-gcc -O2 -shared -o "$out/app/bcryptprimitives.dll" \
  .ci/windows/bcryptprimitives.c .ci/windows/bcryptprimitives.def -ladvapi32
cp portfolio.ron "$out/app/"

failed=0
# The icon and version information build.rs embeds.
# (Outputs are read whole first: with pipefail, `grep -q` closing a pipe early fails it.)
headers=$(x86_64-w64-mingw32-objdump -h "$exe")
private=$(x86_64-w64-mingw32-objdump -p "$exe")
wide_strings=$(strings -el "$exe")
if [[ "$headers" != *.rsrc* ]] || [[ "$wide_strings" != *FileDescription* ]]; then
  echo "FAIL folio.exe has no resources (icon, version information)"; failed=1
else
  echo "ok   folio.exe carries its icon and version information"
fi
# A windowed program: Explorer opens no console beside it (PE subsystem 2 = GUI).
if grep -q "Subsystem.*(Windows GUI)" <<<"$private"; then
  echo "ok   folio.exe is a windowed program"
else
  echo "FAIL folio.exe would open a console window"; failed=1
fi

display=":${CI_WINE_DISPLAY:-95}"
Xvfb "$display" -screen 0 1920x1080x24 >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null || true; "$wineserver" -k 2>/dev/null || true' EXIT
sleep 2

export DISPLAY="$display"
export WINEPREFIX="$PWD/$out/prefix"
export WINEDEBUG=-all
export WINEDLLOVERRIDES="mscoree,mshtml=;bcryptprimitives=n,b"
echo "preparing a Wine prefix ($(date +%T))"
timeout 300 "$wine" wineboot --init >/dev/null 2>&1 || true
timeout 120 "$wineserver" -w 2>/dev/null || true

# shoot NAME DIR ARGS...: run folio.exe from DIR with a screenshot and check the PNG.
shoot() {
  local name=$1 dir=$2
  shift 2
  local png="$PWD/$out/$name.png"
  local winpng="Z:${png//\//\\}"
  # Wine's first start after a fresh prefix sometimes exits at once with nothing logged
  # (session 29: the bundled run, while first-screen's right after it passed): one retry.
  local attempt
  for attempt in 1 2; do
    echo "running folio.exe $* ($(date +%T), attempt $attempt)"
    (cd "$dir" && timeout 300 "$wine" "$PWD/../app/folio.exe" "$@" \
      --screenshot "$winpng" --size 1280x800 >"$PWD/../$name.log" 2>&1) || true
    [ -s "$png" ] && break
    timeout 120 "$wineserver" -w 2>/dev/null || true
  done
  if [ ! -s "$png" ]; then
    echo "FAIL $name: no screenshot"; tail -20 "$out/$name.log" || true; failed=1; return
  fi
  local colours
  colours=$(identify -format '%k' "$png" 2>/dev/null || echo 0)
  if [ "$colours" -lt 30 ]; then
    echo "FAIL $name: the screenshot is blank ($colours colours)"; failed=1
  else
    echo "ok   $name: $png ($colours colours)"
  fi
}

# The bundled portfolio, named on the command line.
shoot bundled "$out/app" 'portfolio.ron'
# The first screen of someone who has no portfolio yet: no file, none in the folder.
shoot first-screen "$out/first-run"

if [ "$failed" -ne 0 ]; then
  echo "windows smoke run failed"; exit 1
fi
echo "windows smoke run: folio.exe starts and draws under Wine ($out)"
