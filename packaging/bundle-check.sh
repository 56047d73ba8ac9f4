#!/usr/bin/env bash
# Runs the frozen application (the folder `make bundle` builds) the way an officer's laptop
# would, with no Python environment of ours, so a module or data file PyInstaller did not
# collect fails here rather than on a laptop:
#   LICENSE, THIRD-PARTY-NOTICES     next to the executables
#   msvlo --version                  the package metadata copied into the folder
#   msvlo --help                     every command module (they used to be imported by name)
#   msvlo demo  (common passphrase)  refused: common-passwords.txt was collected
#   msvlo demo                       a training vault of fictional cases
#   msvlo cases --json               read back; gives a case reference
#   msvlo report                     a PDF report: embedded fonts, bank holidays (holidays'
#                                    data), reportlab, pikepdf; checked to be a PDF
#   msvlo-desktop                    the window, offscreen: start screen painted, then quits
#   msvlo-desktop --vault V          the unlock screen for the demo vault, painted, then quits
# The window checks use MSVLO_EXIT_AFTER_FIRST_PAINT=1 (the program prints "first-paint N"
# once the first screen is painted and quits; docs/INSTALL.md).
# and, given PyInstaller's warnings file, that no module of the application imports at top
# level a module the folder lacks (a window this check does not open, such as the report
# preview, would fail on first use: Qt modules outside PySide6-Essentials, for example).
# Usage: bundle-check.sh [FOLDER [WARNINGS]]  (default dist/msvlo and
#        build/pyinstaller/msvlo/warn-msvlo.txt; on macOS the folder may also be
#        "dist/MSVLO Desktop.app/Contents/MacOS"; on Windows run it from Git Bash)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
folder="$(cd "${1:-$root/dist/msvlo}" 2>/dev/null && pwd)" \
  || { echo "bundle-check: no folder ${1:-dist/msvlo} (run make bundle first)" >&2; exit 1; }
exe=""
case "$(uname -s)" in MINGW*|MSYS*|CYGWIN*) exe=".exe" ;; esac
cli="$folder/msvlo$exe"
gui="$folder/msvlo-desktop$exe"
for f in "$cli" "$gui"; do
  [ -x "$f" ] || { echo "bundle-check: no $f (run make bundle first)" >&2; exit 1; }
done

warnings="${2:-$root/build/pyinstaller/msvlo/warn-msvlo.txt}"
if [ -f "$warnings" ]; then
  missing=$(grep -E '^(missing|excluded) module named' "$warnings" \
    | grep -E 'msvlo_desktop\.[A-Za-z0-9_.]+ \((top-level|delayed)(, optional)?\)' || true)
  if [ -n "$missing" ]; then
    printf 'bundle-check: FAILED: modules of the application import what the folder lacks:\n%s\n' \
      "$missing" >&2
    exit 1
  fi
  echo "bundle-check: every top-level import of the application is in the folder"
else
  echo "bundle-check: no $warnings: the import check is skipped"
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
unset PYTHONPATH PYTHONHOME VIRTUAL_ENV PYTHONSTARTUP
export HOME="$work/home" XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" \
  XDG_STATE_HOME="$work/state" XDG_CACHE_HOME="$work/cache" XDG_RUNTIME_DIR="$work/runtime" \
  APPDATA="$work/appdata" LOCALAPPDATA="$work/localappdata"
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
cd "$work"
step() { printf 'bundle-check: %s\n' "$*"; }
fail() { printf 'bundle-check: FAILED: %s\n' "$*" >&2; exit 1; }

for f in LICENSE THIRD-PARTY-NOTICES; do
  [ -s "$folder/$f" ] || fail "$f is missing from $folder"
done
step "LICENSE and THIRD-PARTY-NOTICES present"

want=$(sed -n 's/^version = "\(.*\)"/\1/p' "$root/pyproject.toml")
got=$("$cli" --version | tr -d '\r') || fail "msvlo --version"
[ "$got" = "msvlo $want" ] || fail "msvlo --version said '$got', expected 'msvlo $want'"
step "$got"

help=$("$cli" --help) || fail "msvlo --help"
for command in init cases report demo verify backup; do
  grep -qE "^ +$command " <<<"$help" || fail "msvlo --help does not list '$command'"
done
step "msvlo --help lists every command"

passphrase="Quiet harbour lanterns 7 glow"
if out=$(printf 'password1234567\n' | "$cli" demo common.msvlo 2>&1); then
  fail "a common password was accepted: $out"
fi
grep -q "most commonly used" <<<"$out" || fail "common password refused for another reason: $out"
step "a common password is refused (common-passwords.txt collected)"

printf '%s\n' "$passphrase" | "$cli" demo demo.msvlo --cases 3 || fail "msvlo demo"
[ -s demo.msvlo ] || fail "msvlo demo wrote no vault"

cases=$(printf '%s\n' "$passphrase" | "$cli" cases demo.msvlo --json) || fail "msvlo cases"
ref=$(sed -n 's/^ *"reference": "\([^"]*\)".*/\1/p' <<<"$cases" | head -n 1)
[ -n "$ref" ] || fail "msvlo cases --json gave no reference: $cases"
step "demo vault with case $ref"

printf '%s\n' "$passphrase" | "$cli" report demo.msvlo "$ref" -o report.pdf \
  --recipient "DS Example, bundle check" --purpose "frozen application check" \
  || fail "msvlo report"
head -c 5 report.pdf | grep -q '%PDF-' || fail "report.pdf is not a PDF"
size=$(wc -c < report.pdf)
[ "$size" -gt 10000 ] || fail "report.pdf is only $size bytes"
step "report.pdf written ($size bytes)"

export QT_QPA_PLATFORM="${BUNDLE_CHECK_QPA:-offscreen}" MSVLO_EXIT_AFTER_FIRST_PAINT=1
run_window() {
  local label="$1"; shift
  local out
  if command -v timeout >/dev/null 2>&1; then
    out=$(timeout 120 "$gui" "$@" 2>&1) || fail "$label: the window did not start and quit: $out"
  else
    out=$("$gui" "$@" 2>&1) || fail "$label: the window did not start and quit: $out"
  fi
  # A windowed Windows executable has no standard output (PyInstaller sets sys.stdout to
  # None): there, starting, painting and quitting by itself within the time limit is the proof.
  if [ -z "$exe" ]; then
    grep -q '^first-paint [0-9]' <<<"$out" || fail "$label: no first paint: $out"
  fi
  ! grep -qiE 'Traceback|Error:' <<<"$out" || fail "$label: errors: $out"
  step "$label painted"
}
run_window "the start screen"
run_window "the unlock screen" --vault "$work/demo.msvlo"
step "all checks passed"
