#!/bin/sh
# Builds the packages of a configured build folder and checks them:
#
#   packaging/check-package.sh BUILD_DIR
#
# 1. brings BUILD_DIR up to date and runs cpack -G DEB and -G TGZ in it;
# 2. unpacks the .deb into a throw-away root (dpkg -x, nothing is installed on
#    the system) and validates what it ships:
#      desktop-file-validate  the desktop entry (fails on errors and warnings);
#      appstreamcli validate-tree --no-net --strict --pedantic  the metainfo and
#        its consistency with the desktop entry and the icons: --strict fails on
#        any error, warning or info; --pedantic only shows the hints, which never
#        fail (the one expected is cid-contains-uppercase-letter: the id
#        io.github.aleppo_atlas.AleppoAtlas keeps the capitals of its name);
#        --no-net because CI may have no network and the URLs only resolve once
#        pushed: instead, each screenshot URL must name a PNG of docs/screenshots/;
#      lintian  the .deb (fails on errors; warnings and infos are shown);
# 3. runs the unpacked usr/bin/aleppo-atlas from outside the source tree with
#    QT_QPA_PLATFORM=offscreen: --version, --state-at, --render, and the viewer
#    with --quit-after-startup; and checks that the binary names no path of the
#    source or build tree.
# Any failure ends the script with a non-zero status.
set -eu

if [ $# -ne 1 ]; then
    echo "usage: $0 BUILD_DIR" >&2
    exit 2
fi
source_dir=$(cd "$(dirname "$0")/.." && pwd)
build_dir=$(cd "$1" && pwd)
if [ ! -f "$build_dir/CPackConfig.cmake" ]; then
    echo "check-package: $build_dir has no CPackConfig.cmake; configure it with the viewer (ATLAS_BUILD_GUI=ON)" >&2
    exit 1
fi

# The validators come from install-build-deps.sh (desktop-file-utils, appstream,
# lintian, dpkg-dev for dpkg-shlibdeps, file).
for tool in cpack desktop-file-validate appstreamcli lintian dpkg-shlibdeps file strings python3; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        "$source_dir/packaging/install-build-deps.sh"
        break
    fi
done

step() { printf '\n==> %s\n' "$*"; }
fail() { echo "check-package: FAILED: $*" >&2; exit 1; }

work=$(mktemp -d "${TMPDIR:-/tmp}/aleppo-atlas-check.XXXXXX")
trap 'rm -rf "$work"' EXIT INT TERM

step "Building $build_dir"
cmake --build "$build_dir"

version=$(sed -n 's/^set(CPACK_PACKAGE_VERSION "\(.*\)")$/\1/p' "$build_dir/CPackConfig.cmake")
arch=$(dpkg --print-architecture)
deb="$build_dir/aleppo-atlas_${version}_${arch}.deb"
tgz="$build_dir/aleppo-atlas-${version}-Linux.tar.gz"
rm -f "$deb" "$tgz"

step "cpack -G DEB"
(cd "$build_dir" && cpack -G DEB)
[ -f "$deb" ] || fail "cpack did not produce $deb"
step "cpack -G TGZ"
(cd "$build_dir" && cpack -G TGZ)
[ -f "$tgz" ] || fail "cpack did not produce $tgz"
tar -tzf "$tgz" | grep -qx "aleppo-atlas-${version}-Linux/bin/aleppo-atlas" || fail "$tgz has no bin/aleppo-atlas"

step "Package contents"
dpkg-deb --info "$deb"
dpkg-deb --contents "$deb"

root="$work/root"
mkdir "$root"
dpkg-deb -x "$deb" "$root"
app_id=io.github.aleppo_atlas.AleppoAtlas

step "desktop-file-validate"
out=$(desktop-file-validate "$root/usr/share/applications/$app_id.desktop" 2>&1) || { echo "$out"; fail "desktop-file-validate"; }
[ -z "$out" ] || echo "$out"
if printf '%s\n' "$out" | grep -q -E '(error|warning): '; then fail "desktop-file-validate reported problems"; fi
echo "desktop-file-validate: $app_id.desktop OK"

step "appstreamcli validate-tree --no-net --strict --pedantic"
appstreamcli validate-tree --no-net --strict --pedantic "$root" || fail "appstreamcli validate-tree"

step "Screenshots named by the metainfo"
# --no-net cannot fetch them: check that each raw.githubusercontent.com URL
# names a PNG of this tree (docs/screenshots/), as it will on the main branch.
prefix="https://raw.githubusercontent.com/aleppo-atlas/aleppo-atlas/main/"
urls=$(sed -n 's|.*<image[^>]*>\([^<]*\)</image>.*|\1|p' "$root/usr/share/metainfo/$app_id.metainfo.xml")
[ -n "$urls" ] || fail "the metainfo names no screenshot"
for url in $urls; do
    case "$url" in
        "$prefix"*) path=${url#"$prefix"} ;;
        *) fail "screenshot $url is not under $prefix" ;;
    esac
    file "$source_dir/$path" | grep -q 'PNG image data' || fail "screenshot $path is not a PNG in the source tree"
    echo "$path: $(file -b "$source_dir/$path")"
done

step "lintian"
lintian --display-info --fail-on error "$deb" || fail "lintian reported errors"
echo "lintian: no errors"

step "Running the unpacked usr/bin/aleppo-atlas"
bin="$root/usr/bin/aleppo-atlas"
mkdir "$work/home" "$work/run" "$work/xdg-runtime"
chmod 700 "$work/xdg-runtime"
run() {
    (cd "$work/run" && env -i PATH=/usr/bin:/bin HOME="$work/home" XDG_RUNTIME_DIR="$work/xdg-runtime" \
        LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen timeout 120 "$bin" "$@")
}

got=$(run --version) || fail "--version"
[ "$got" = "aleppo-atlas $version" ] || fail "--version printed \"$got\", expected \"aleppo-atlas $version\""
echo "--version: $got"

run --state-at 2016-11-27 > "$work/state.json" || fail "--state-at 2016-11-27"
python3 - "$work/state.json" <<'EOF' || fail "--state-at did not print the expected JSON"
import json, sys
state = json.load(open(sys.argv[1], encoding="utf-8"))
assert state["date"] == "2016-11-27", state.get("date")
districts = {d["id"]: d for d in state["districts"]}
assert districts["hanano"]["control"] == "government", districts["hanano"]
print(f"--state-at 2016-11-27: {len(districts)} districts, hanano held by {districts['hanano']['control']}")
EOF

run --render 2016-11-27 --output "$work/run/map.png" || fail "--render 2016-11-27"
file "$work/run/map.png" | grep -q 'PNG image data' || fail "--render did not write a PNG"
echo "--render 2016-11-27: $(file -b "$work/run/map.png")"

run --export-animation "$work/run/clip.mp4" --from 2016-11-26 --to 2016-11-28 --frames-per-day 1 \
    || fail "--export-animation (the FFmpeg module in usr/lib/<multiarch>/aleppo-atlas)"
file "$work/run/clip.mp4" | grep -q 'MP4' || fail "--export-animation did not write an MP4"
echo "--export-animation: $(file -b "$work/run/clip.mp4") (FFmpeg module loaded from usr/lib/<multiarch>/aleppo-atlas)"

run --quit-after-startup || fail "the viewer (--quit-after-startup, offscreen)"
echo "--quit-after-startup: the viewer started and exited 0"

if strings "$bin" | grep -F -e "$source_dir" -e "$build_dir" >/dev/null; then
    strings "$bin" | grep -F -e "$source_dir" -e "$build_dir" | head -5
    fail "usr/bin/aleppo-atlas names paths of the source or build tree"
fi
echo "usr/bin/aleppo-atlas names no path of $source_dir"

step "OK: $(basename "$deb") and $(basename "$tgz") in $build_dir"
