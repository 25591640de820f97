#!/usr/bin/env bash
# Builds folio's packages into target/packages/:
#   folio_VERSION_amd64.deb        Debian/Ubuntu: /usr/bin/folio, a .desktop entry, hicolor
#                                  icons 16-512 px and a MIME type, so a .ron opens with folio
#   folio-VERSION-setup.exe        Windows: installer (NSIS) with a Start-menu entry,
#                                  "Open with" for .ron and an uninstaller
#   folio-VERSION-macos-app.zip    only on macOS (release.yml): folio.app
# Every tool comes from Debian (makensis, mingw) or crates.io (cargo-deb); nothing is
# downloaded from elsewhere at build time.
#
# FOLIO_PACKAGE_PROFILE=release packages the release build instead of `dist` (CI does, to
# reuse the builds it has already made; what is published uses dist).
# FOLIO_PACKAGES="deb exe" picks which to build (default: deb exe, plus app on macOS).
set -euo pipefail
cd "$(dirname "$0")/.."

profile="${FOLIO_PACKAGE_PROFILE:-dist}"
version=$(grep -m1 '^version' Cargo.toml | cut -d'"' -f2)
out=target/packages
icons=target/icons
default="deb exe"
[ "$(uname)" = Darwin ] && default="app"
wanted="${FOLIO_PACKAGES:-$default}"
mkdir -p "$out"

profile_dir() { [ "$profile" = dev ] && echo debug || echo "$profile"; }

# One icon, drawn once in code (src/ui/icon_art.rs), rendered to every size and format.
icons_from() {
  local folio_binary=$1
  "$folio_binary" icons "$icons" >/dev/null
}

if [[ " $wanted " == *" deb "* ]]; then
  command -v cargo-deb >/dev/null || cargo install cargo-deb --locked --quiet
  command -v dpkg-shlibdeps >/dev/null || {
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq dpkg-dev >/dev/null
  }
  echo "building the .deb ($profile profile, $(date +%T))"
  cargo build --quiet --profile "$profile"
  icons_from "target/$(profile_dir)/folio"
  # cargo-deb strips the binary and lists the shared libraries it links as dependencies.
  cargo deb --quiet --no-build --profile "$profile" --output "$out/folio_${version}_amd64.deb"
fi

if [[ " $wanted " == *" exe "* ]]; then
  need=()
  command -v makensis >/dev/null || need+=(nsis)
  command -v x86_64-w64-mingw32-gcc >/dev/null || need+=(gcc-mingw-w64-x86-64)
  if [ "${#need[@]}" -gt 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
  fi
  rustup target add x86_64-pc-windows-gnu >/dev/null 2>&1 || true
  echo "building the Windows installer ($profile profile, $(date +%T))"
  cargo build --quiet --profile "$profile" --target x86_64-pc-windows-gnu
  exe="target/x86_64-pc-windows-gnu/$(profile_dir)/folio.exe"
  [ -d "$icons" ] || { cargo build --quiet --profile "$profile"; icons_from "target/$(profile_dir)/folio"; }
  makensis -V2 -DAMD64 -DVERSION="$version" -DEXE="$PWD/$exe" -DICON="$PWD/$icons/folio.ico" \
    -DOUT="$PWD/$out/folio-$version-setup.exe" packaging/windows/folio.nsi
  echo "$out/folio-$version-setup.exe"
fi

if [[ " $wanted " == *" app "* ]]; then
  echo "building folio.app ($profile profile, $(date +%T))"
  cargo build --quiet --profile "$profile"
  binary="target/$(profile_dir)/folio"
  icons_from "$binary"
  packaging/macos/bundle.sh "$binary" "$icons" "$out" >/dev/null
  arch=$(uname -m)
  (cd "$out" && rm -f "folio-$version-macos-$arch.zip" &&
    ditto -c -k --keepParent folio.app "folio-$version-macos-$arch.zip")
  echo "$out/folio-$version-macos-$arch.zip"
fi
