#!/usr/bin/env bash
# Loads Chronoscope's TimelineJS export in the real TimelineJS (from the npm registry) in
# headless Chromium, and fails unless TimelineJS reports every dated event loaded.
# Not part of CI (it needs Chromium and the network registry); run it after changing
# src/events/timelinejs.rs. Needs: chromium (Debian package), npm, a built chronoscope.
#   scripts/timelinejs-check.sh [PATH...]        (default: seeds/)
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
bin=${CHRONOSCOPE:-target/release/chronoscope}
"$bin" extract "${@:-seeds}" --format timelinejs -o "$work/data.json" --force -q
expected=$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["events"]))' "$work/data.json")
(cd "$work" && npm pack --silent @knight-lab/timelinejs >/dev/null && tar xzf ./*.tgz)
python3 - "$work" <<'PY'
import sys
work = sys.argv[1]
data = open(f"{work}/data.json").read()
open(f"{work}/index.html", "w").write(f"""<!doctype html><html><head><meta charset="utf-8">
<link rel="stylesheet" href="package/dist/css/timeline.css">
<script src="package/dist/js/timeline.js"></script></head>
<body><div id="tl" style="width:1200px;height:760px"></div><pre id="log"></pre><script>
window.onerror = function(m) {{ document.getElementById('log').textContent += 'ERROR ' + m + ' '; }};
var tl = new TL.Timeline('tl', {data});
tl.on('loaded', function() {{ document.getElementById('log').textContent += 'LOADED ' + tl.config.events.length; }});
</script></body></html>""")
PY
log=$(chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync \
  --user-data-dir="$work/profile" --allow-file-access-from-files --virtual-time-budget=8000 \
  --dump-dom "file://$work/index.html" 2>/dev/null | grep -o 'id="log">[^<]*' || true)
echo "TimelineJS: ${log#id=\"log\">} (expected LOADED $expected)"
[[ "$log" == *"LOADED $expected"* && "$log" != *ERROR* ]]
