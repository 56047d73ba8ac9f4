#!/usr/bin/env bash
# Which platforms install requirements/app.txt from wheels alone (no compiler, no source
# builds), checked against PyPI's file lists with uv (nothing is downloaded but metadata).
# `make lock` runs it after refreshing the lock; README "Platforms" records the result.
# Usage: tools/check_wheels.sh UV [LOCK]
set -uo pipefail
uv="${1:?usage: check_wheels.sh UV [LOCK]}"
lock="${2:-requirements/app.txt}"
status=0
while IFS='|' read -r label platform macos; do
  label="${label%"${label##*[![:space:]]}"}"
  out=$(MACOSX_DEPLOYMENT_TARGET="$macos" "$uv" pip compile "$lock" --python-platform "$platform" \
    --python-version 3.11 --only-binary :all: --index-url https://pypi.org/simple \
    --no-header --quiet -o /dev/null 2>&1)
  if [ $? -eq 0 ]; then
    printf '%-34s wheels for everything\n' "$label"
  else
    printf '%-34s NO: %s\n' "$label" "$(grep -m1 -o 'Because [^,]*' <<<"$out")"
    case "$label" in *"(supported)"*) status=1 ;; esac
  fi
done <<'PLATFORMS'
Windows x64 (supported)|x86_64-pc-windows-msvc|13.0
macOS 13 Intel (supported)|x86_64-apple-darwin|13.0
macOS 14 Apple-silicon (supported)|aarch64-apple-darwin|14.0
macOS 13 Apple-silicon|aarch64-apple-darwin|13.0
Linux x86_64 glibc 2.34 (supported)|x86_64-manylinux_2_34|13.0
Linux x86_64 glibc 2.28|x86_64-manylinux_2_28|13.0
Linux arm64 glibc 2.39|aarch64-manylinux_2_39|13.0
Windows arm64|aarch64-pc-windows-msvc|13.0
PLATFORMS
exit $status
