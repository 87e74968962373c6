#!/usr/bin/env bash
# Renders an SVG icon to a PNG with headless Debian chromium (no network):
#   bash .ci/render-icons.sh public/icons/icon.svg 512 public/icons/icon-512.png
# Icons in public/icons were made with: icon.svg -> icon-192.png (192), icon-512.png (512);
# icon-maskable.svg -> icon-maskable-512.png (512), apple-touch-icon.png (180).
set -euo pipefail
svg=$(readlink -f "$1"); size=$2; out=$(readlink -f "$(dirname "$3")")/$(basename "$3")
tmp=$(mktemp -d)
cat > "$tmp/page.html" <<HTML
<!doctype html><html><head><style>html,body{margin:0;padding:0;background:transparent;overflow:hidden}img{display:block;width:${size}px;height:${size}px}</style></head><body><img src="file://$svg"></body></html>
HTML
/usr/bin/chromium --headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run --hide-scrollbars --force-device-scale-factor=1 --default-background-color=00000000 --user-data-dir="$tmp/profile" --window-size=$size,$size --screenshot="$out" "file://$tmp/page.html" >/dev/null 2>&1
rm -rf "$tmp"
