#!/usr/bin/env bash
# Trunk post_build hook: fills the service worker's precache list and cache
# version from the files of this build (run with TRUNK_STAGING_DIR set).
set -euo pipefail
dir="${TRUNK_STAGING_DIR:?run by trunk as a post_build hook}"
sw="$dir/sw.js"
[ -f "$sw" ] || { echo "precache: $sw is missing" >&2; exit 1; }

files=$(cd "$dir" && find . -type f ! -name sw.js | sed 's|^\./|/|' | LC_ALL=C sort)
list=$(printf '"/",'; for f in $files; do printf '"%s",' "$f"; done)
list="[${list%,}]"
version=$(cd "$dir" && find . -type f ! -name sw.js -print0 | LC_ALL=C sort -z | xargs -0 sha256sum | sha256sum | cut -c1-16)

tmp="$sw.tmp"
sed -e "s|^const PRECACHE = \[\];|const PRECACHE = $list;|" \
    -e "s|^const VERSION = \"dev\";|const VERSION = \"$version\";|" "$sw" > "$tmp"
mv "$tmp" "$sw"
grep -q "^const VERSION = \"$version\";" "$sw" && grep -q '^const PRECACHE = \["/",' "$sw" \
  || { echo "precache: placeholders 'const PRECACHE = [];' / 'const VERSION = \"dev\";' not found in sw.js" >&2; exit 1; }
echo "precache: $(echo "$files" | wc -l) files, version $version"
