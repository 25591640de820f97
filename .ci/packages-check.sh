#!/usr/bin/env bash
# Builds the packages (packaging/build.sh) and installs them as a user would: the .deb with
# apt (then `folio --version`, a new portfolio checked clean, the desktop entry, MIME type and
# icons in place), the Windows installer silently under Wine (Program Files, the Start-menu
# entry, the uninstall entry; the installed folio.exe runs), then its uninstaller (all gone).
# Runs after .ci/windows-smoke.sh, whose Wine prefix and stand-in DLL it reuses.
set -euo pipefail
cd "$(dirname "$0")/.."

# CI packages the release builds it has already made; what is published uses `dist`.
FOLIO_PACKAGE_PROFILE="${FOLIO_PACKAGE_PROFILE:-release}" bash packaging/build.sh
version=$(grep -m1 '^version' Cargo.toml | cut -d'"' -f2)
failed=0
check() { if eval "$2"; then echo "ok   $1"; else echo "FAIL $1"; failed=1; fi; }

deb="target/packages/folio_${version}_amd64.deb"
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "./$deb" >/dev/null
check "the .deb installs /usr/bin/folio ($(/usr/bin/folio --version))" '[ -x /usr/bin/folio ]'
check "desktop entry" '[ -f /usr/share/applications/folio.desktop ]'
check "MIME type registered" '[ -f /usr/share/mime/packages/folio.xml ]'
for size in 16x16 32x32 48x48 128x128 256x256 512x512; do
  check "icon $size" "[ -f /usr/share/icons/hicolor/$size/apps/folio.png ]"
done
scratch=$(mktemp -d)
check "folio new, then folio check --deny-warnings" \
  "/usr/bin/folio new '$scratch/p' >/dev/null && /usr/bin/folio check --deny-warnings '$scratch/p/portfolio.ron' >/dev/null"
rm -rf "$scratch"

# The macOS .app is made by release.yml on a Mac; its layout and Info.plist are checked here
# with the Linux binary standing in. Off a Mac the icon is made by png2icns (icnsutils), which
# a fresh machine lacks: a machine that once had it installed by hand hid this.
if ! command -v png2icns >/dev/null; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq icnsutils >/dev/null
fi
app=$(bash packaging/macos/bundle.sh target/release/folio target/icons "$(mktemp -d)")
check "folio.app: Info.plist names the binary, the icon and .ron as a document type" \
  "python3 -c \"import plistlib,sys; p=plistlib.load(open('$app/Contents/Info.plist','rb')); \
sys.exit(not (p['CFBundleExecutable']=='folio' and p['CFBundleShortVersionString']=='$version' \
and p['UTExportedTypeDeclarations'][0]['UTTypeTagSpecification']['public.filename-extension']==['ron']))\" \
  && [ -x '$app/Contents/MacOS/folio' ] && [ -s '$app/Contents/Resources/folio.icns' ]"

# The Windows installer, silently, under Wine (in Xvfb: Wine wants a display).
export WINEPREFIX="$PWD/target/windows-smoke/prefix" WINEDEBUG=-all
wine=/usr/lib/wine/wine64
wineserver=/usr/lib/wine/wineserver
display=":${CI_WINE_DISPLAY:-95}"
Xvfb "$display" -screen 0 1280x1024x24 >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null || true; "$wineserver" -k 2>/dev/null || true' EXIT
sleep 2
export DISPLAY="$display"
program="$WINEPREFIX/drive_c/Program Files/folio"
menu="$WINEPREFIX/drive_c/ProgramData/Microsoft/Windows/Start Menu/Programs/folio.lnk"
uninstall_key='HKLM\Software\Microsoft\Windows\CurrentVersion\Uninstall\folio'
timeout 120 "$wine" "target/packages/folio-$version-setup.exe" /S
timeout 120 "$wineserver" -w
check "the installer puts folio.exe in Program Files" '[ -f "$program/folio.exe" ]'
check "a Start-menu entry" '[ -f "$menu" ]'
check "an entry in Settings > Apps" '"$wine" reg query "$uninstall_key" >/dev/null 2>&1'
# Wine 8.0 needs the stand-in DLL of windows-smoke.sh beside the .exe (test only).
cp target/windows-smoke/app/bcryptprimitives.dll "$program/"
check "the installed folio.exe runs" \
  '[ "$(timeout 120 "$wine" "$program/folio.exe" --version 2>/dev/null | tr -d "\r")" = "folio $version" ]'
rm -f "$program/bcryptprimitives.dll"
timeout 120 "$wine" 'C:\Program Files\folio\uninstall.exe' /S
timeout 120 "$wineserver" -w
check "the uninstaller removes folio.exe" '[ ! -e "$program/folio.exe" ]'
check "and the Start-menu entry" '[ ! -e "$menu" ]'
check "and the Settings > Apps entry" '! "$wine" reg query "$uninstall_key" >/dev/null 2>&1'

if [ "$failed" -ne 0 ]; then
  echo "package check failed"; exit 1
fi
echo "packages: $(ls target/packages | tr '\n' ' ')"
