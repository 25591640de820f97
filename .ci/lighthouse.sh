#!/usr/bin/env bash
# Lighthouse (npm's, in Debian's Chromium) on the web page of two fixtures, served on the
# loopback as a recruiter's browser would fetch it: accessibility and best practices must
# both score 100, in the page's own light/dark-following theme and in its dark export.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet
out="${CI_LIGHTHOUSE_DIR:-target/lighthouse}"
mkdir -p "$out/site"
if [ ! -x "$out/node_modules/.bin/lighthouse" ]; then
  npm install --prefix "$out" --no-audit --no-fund --silent lighthouse@12.8.2 >/dev/null
fi
./target/release/folio export tests/fixtures/mobile-ml.ron -o "$out/site/mobile-ml.html" --force >/dev/null
./target/release/folio export tests/fixtures/data-platform.ron -o "$out/site/data-platform.html" --force >/dev/null
./target/release/folio export tests/fixtures/data-platform.ron --theme dark -o "$out/site/data-platform-dark.html" --force >/dev/null
port=$((20000 + RANDOM % 20000))
python3 -m http.server "$port" --bind 127.0.0.1 --directory "$out/site" >/dev/null 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true' EXIT
sleep 1
failed=0
for page in mobile-ml data-platform data-platform-dark; do
  report="$out/$page.json"
  CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}" "$out/node_modules/.bin/lighthouse" \
    "http://127.0.0.1:$port/$page.html" --only-categories=accessibility,best-practices \
    --chrome-flags="--headless=new --no-sandbox --disable-gpu" \
    --output=json --output-path="$report" --quiet
  python3 - "$report" "$page" <<'PY' || failed=1
import json, sys
report, page = sys.argv[1], sys.argv[2]
result = json.load(open(report))
scores = {k: v["score"] for k, v in result["categories"].items()}
print(f"lighthouse {page}: " + ", ".join(f"{k} {round(v * 100)}" for k, v in scores.items()))
failing = [a for a in result["audits"].values()
           if a.get("scoreDisplayMode") in ("binary", "numeric") and a.get("score") is not None and a["score"] < 1]
for audit in failing:
    print(f"  FAIL {audit['id']}: {audit['title']}")
sys.exit(0 if all(v == 1 for v in scores.values()) else 1)
PY
done
exit "$failed"
