#!/bin/sh
# Installs what Aleppo Atlas needs to build, test and package on Debian 12
# (bookworm). Runs apt as root, through sudo when not root. Safe to repeat.
# Packaging (packaging/check-package.sh): librsvg2-bin renders the PNG icons,
# dpkg-dev gives dpkg-shlibdeps to cpack; file, desktop-file-utils, appstream
# and lintian check the packages. clang-format-14 is the formatter
# tools/check-format.sh checks .clang-format with. FFmpeg's libraries encode
# animations (libavcodec 59 in bookworm brings libx264 and libvpx). poppler-utils
# gives the tests pdftotext, to find the map's names as text in exported PDFs.
# libfontconfig-dev: the viewer starts fontconfig's initialisation itself (app/main.cpp).
set -eu

packages="
cmake ninja-build g++ pkg-config
qt6-base-dev qt6-base-dev-tools qt6-svg-dev qt6-positioning-dev libfontconfig-dev
qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-qpa-plugins
libgl-dev libgtest-dev libgmock-dev libbenchmark-dev libgeographiclib-dev qt6-charts-dev
libavcodec-dev libavformat-dev libswscale-dev libavutil-dev
fonts-noto-cjk fonts-dejavu-core python3 python3-pytest
librsvg2-bin gzip binutils poppler-utils
dpkg-dev file desktop-file-utils appstream lintian
clang-format-14
"

if [ "$(id -u)" -eq 0 ]; then
    as_root=""
elif command -v sudo >/dev/null 2>&1; then
    as_root="sudo"
else
    echo "install-build-deps: run as root or install sudo" >&2
    exit 1
fi

missing=""
for p in $packages; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
if [ -n "$missing" ]; then
    echo "install-build-deps: installing$missing"
    $as_root apt-get update -q
    # shellcheck disable=SC2086
    DEBIAN_FRONTEND=noninteractive $as_root apt-get install -y -q --no-install-recommends $missing
fi
