#!/usr/bin/env bash
# Debian/Ubuntu libraries Qt's xcb (X11) platform plugin needs to open a window, which the
# PySide6 wheels do not carry. A fresh Debian 12 lacks at least libxcb-icccm4 and
# libxcb-keysyms1, and `make run` would stop with "Could not load the Qt platform plugin xcb".
# Usage: qt-deps.sh [PYTHON]  (the virtual environment's python; default .venv/bin/python)
# Checks the plugin with ldd; installs what is missing when it can (root with apt-get);
# otherwise says exactly what to install. Nothing to do off Linux, or with QT_QPA_PLATFORM
# set to something else than xcb (offscreen, wayland).
set -uo pipefail
[ "$(uname -s)" = Linux ] || exit 0
case "${QT_QPA_PLATFORM:-xcb}" in xcb*) ;; *) exit 0 ;; esac
py="${1:-.venv/bin/python}"
plugin=$("$py" -c 'import pathlib, PySide6; print(pathlib.Path(PySide6.__file__).parent / "Qt/plugins/platforms/libqxcb.so")' 2>/dev/null) || exit 0
[ -f "$plugin" ] || exit 0
qtlib="$(dirname "$(dirname "$(dirname "$plugin")")")/lib"

missing=$(LD_LIBRARY_PATH="$qtlib" ldd "$plugin" "$qtlib/libQt6XcbQpa.so.6" 2>/dev/null \
  | awk '/not found/ {print $1}' | sort -u)
[ -z "$missing" ] && exit 0

# soname -> Debian package (the same names on Debian 11/12/13 and Ubuntu 22.04/24.04).
declare -A pkg=(
  [libxcb-cursor.so.0]=libxcb-cursor0 [libxcb-icccm.so.4]=libxcb-icccm4
  [libxcb-image.so.0]=libxcb-image0 [libxcb-keysyms.so.1]=libxcb-keysyms1
  [libxcb-randr.so.0]=libxcb-randr0 [libxcb-render-util.so.0]=libxcb-render-util0
  [libxcb-render.so.0]=libxcb-render0 [libxcb-shape.so.0]=libxcb-shape0
  [libxcb-shm.so.0]=libxcb-shm0 [libxcb-sync.so.1]=libxcb-sync1 [libxcb-util.so.1]=libxcb-util1
  [libxcb-xfixes.so.0]=libxcb-xfixes0 [libxcb-xkb.so.1]=libxcb-xkb1
  [libxcb-xinerama.so.0]=libxcb-xinerama0 [libxcb.so.1]=libxcb1 [libX11-xcb.so.1]=libx11-xcb1
  [libX11.so.6]=libx11-6 [libxkbcommon-x11.so.0]=libxkbcommon-x11-0
  [libxkbcommon.so.0]=libxkbcommon0 [libEGL.so.1]=libegl1 [libGL.so.1]=libgl1
  [libOpenGL.so.0]=libopengl0 [libfontconfig.so.1]=libfontconfig1 [libfreetype.so.6]=libfreetype6
  [libdbus-1.so.3]=libdbus-1-3 [libglib-2.0.so.0]=libglib2.0-0 [libgthread-2.0.so.0]=libglib2.0-0
)
need=()
for so in $missing; do
  p="${pkg[$so]:-}"
  if [ -z "$p" ]; then
    echo "Qt's xcb plugin needs $so, which this script cannot map to a package: install it." >&2
    exit 1
  fi
  [[ " ${need[*]} " == *" $p "* ]] || need+=("$p")
done

if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
  echo "Installing the libraries Qt's xcb plugin needs: ${need[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y -qq "${need[@]}" >/dev/null 2>&1 \
    || { apt-get update -qq >/dev/null 2>&1 && apt-get install -y -qq "${need[@]}" >/dev/null; } \
    || { echo "Could not install: ${need[*]}" >&2; exit 1; }
else
  echo "Qt cannot open a window: its xcb plugin is missing $(echo $missing | tr '\n' ' ')." >&2
  echo "On Debian or Ubuntu: sudo apt-get install ${need[*]}" >&2
  echo "(Or run with QT_QPA_PLATFORM=wayland on a Wayland desktop.)" >&2
  exit 1
fi
exit 0
