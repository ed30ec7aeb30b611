#!/usr/bin/env bash
# The Debian packages the test suite drives for real: tmux (the TUI in a terminal), graphviz
# (`dot` renders exports) and chromium (the HTML export in a headless browser). Installed when
# missing and we may (root with apt-get); otherwise the tests that need them say why they skip.
set -euo pipefail
missing=()
command -v tmux >/dev/null || missing+=(tmux)
command -v dot >/dev/null || missing+=(graphviz)
command -v chromium >/dev/null || missing+=(chromium)
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "installing ${missing[*]} (Debian packages used by the tests)"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
  echo "note: ${missing[*]} not installed; the tests that need them will be skipped" >&2
fi
