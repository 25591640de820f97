#!/usr/bin/env bash
# Makes folio.app from a macOS binary: Info.plist (with .ron as a document type), the icon as
# .icns (iconutil on macOS, png2icns from icnsutils elsewhere), the binary.
#   packaging/macos/bundle.sh BINARY ICON_DIR OUT_DIR   (ICON_DIR from `folio icons`)
set -euo pipefail
binary=$1 icons=$2 out=$3
here="$(cd "$(dirname "$0")" && pwd)"
version=$(grep -m1 '^version' "$here/../../Cargo.toml" | cut -d'"' -f2)
app="$out/folio.app"
rm -rf "$app"
mkdir -p "$app/Contents/MacOS" "$app/Contents/Resources"
sed "s/@VERSION@/$version/g" "$here/Info.plist" >"$app/Contents/Info.plist"
cp "$binary" "$app/Contents/MacOS/folio"
chmod 755 "$app/Contents/MacOS/folio"
if command -v iconutil >/dev/null; then
  set_dir="$out/folio.iconset"
  rm -rf "$set_dir" && mkdir -p "$set_dir"
  for size in 16 32 128 256 512; do
    cp "$icons/folio-$size.png" "$set_dir/icon_${size}x${size}.png"
    cp "$icons/folio-$((size * 2)).png" "$set_dir/icon_${size}x${size}@2x.png"
  done
  iconutil -c icns -o "$app/Contents/Resources/folio.icns" "$set_dir"
  rm -rf "$set_dir"
else
  png2icns "$app/Contents/Resources/folio.icns" \
    "$icons/folio-16.png" "$icons/folio-32.png" "$icons/folio-48.png" \
    "$icons/folio-128.png" "$icons/folio-256.png" "$icons/folio-512.png" "$icons/folio-1024.png" >/dev/null
fi
echo "$app"
