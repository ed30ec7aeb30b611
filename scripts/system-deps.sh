#!/usr/bin/env bash
# The Debian packages the test suite drives for real: tmux (the TUI in a terminal), graphviz
# (`dot` renders exports) and chromium (the HTML export in a headless browser). Installed when
# missing and we may (root with apt-get); otherwise the tests that need them say why they skip.
set -euo pipefail
missing=()
command -v tmux >/dev/null || missing+=(tmux)
command -v dot >/dev/null || missing+=(graphviz)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -eq 0 ]; then
  :
elif [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "installing ${missing[*]} (Debian packages used by the tests)"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
  echo "note: ${missing[*]} not installed; the tests that need them will be skipped" >&2
fi

# Mermaid is not a Python package: the Mermaid export is rendered by Mermaid itself (in Chromium)
# from a pinned copy that npm fetches once into .cache/ (no network at run time of the app).
mermaid=.cache/mermaid/package/dist/mermaid.min.js
if [ ! -f "$mermaid" ] && command -v npm >/dev/null; then
  mkdir -p .cache/mermaid
  if (cd .cache/mermaid && npm pack --silent mermaid@12.3.0 >/dev/null 2>&1 && tar -xzf mermaid-12.3.0.tgz); then
    echo "fetched mermaid 12.3.0 for the Mermaid render test"
  else
    echo "note: could not fetch mermaid with npm; the Mermaid render test will be skipped" >&2
  fi
fi
