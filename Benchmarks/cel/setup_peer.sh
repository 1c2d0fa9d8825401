#!/usr/bin/env bash
# Creates (once) a venv with the CEL-Rust peer. Idempotent: does nothing when the venv
# already imports `cel`. Exits 3 with a message when PyPI cannot be reached, so that the
# benchmark can skip the peer instead of failing.
#   VENV (default /tmp/comply-bench-venv), PYTHON (default python3)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
PYTHON=${PYTHON:-python3}
VENV=${VENV:-/tmp/comply-bench-venv}
if [ -x "$VENV/bin/python" ] && "$VENV/bin/python" -c "import cel" 2>/dev/null; then
  exit 0
fi
"$PYTHON" -m venv "$VENV"
if ! timeout 300 "$VENV/bin/pip" install -q --disable-pip-version-check -r "$here/requirements-peer.txt"; then
  echo "setup_peer: could not install common-expression-language (is PyPI reachable?)" >&2
  exit 3
fi
"$VENV/bin/python" -c "import cel"
