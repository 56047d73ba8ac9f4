#!/usr/bin/env bash
# Debian packages the test suite uses: qpdf (`qpdf --check` on reports), poppler-utils
# (pdftotext, pdftoppm) for the report tests.
# Installs what is missing when it can (root with apt-get); otherwise says what to install.
set -uo pipefail
need=()
command -v qpdf >/dev/null 2>&1 || need+=(qpdf)
command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)

[ ${#need[@]} -eq 0 ] && exit 0
if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
  echo "Installing Debian packages for the tests: ${need[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y -qq "${need[@]}" >/dev/null 2>&1 \
    || { apt-get update -qq >/dev/null 2>&1 && apt-get install -y -qq "${need[@]}" >/dev/null; } \
    || { echo "Could not install: ${need[*]}" >&2; exit 1; }
else
  echo "Note: install ${need[*]} for the full suite; the tests that need them are skipped." >&2
  [ "${CI:-}" = "true" ] && { echo "CI must have them." >&2; exit 1; }
fi
exit 0
