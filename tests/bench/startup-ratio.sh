#!/bin/bash
# Start-up time and peak memory of the viewer, measured beside a bare Qt window.
#
#   tests/bench/startup-ratio.sh [BUILD_DIR] [RUNS]
#
# Under a private Xvfb server, with an empty temporary HOME and XDG_CONFIG_HOME
# (no saved settings), runs RUNS times each, alternating:
#   aleppo-atlas --quit-after-startup   (exits once the map has painted)
#   atlas-bare-window                   (a QMainWindow + QLabel that exits after its first paint)
# and prints each one's median wall time from launch to its first frame (each
# program prints when it painted it: "first frame at MS ms", since the epoch)
# and to its exit, its peak RSS, and the ratios of the medians. Start-up is the
# time to the first frame; the time to exit adds the window's teardown and the
# process's exit. Then drives one longer viewer session with xdotool (Right arrow x95,
# one day per key, then Ctrl+Q) and prints its peak RSS.
# Needs Xvfb, xdotool and GNU time (/usr/bin/time); prints medians of RUNS (odd is best).
# With valgrind installed it also counts each program's instructions once (callgrind):
# a figure that does not drift with the machine's speed, to compare two builds.
set -euo pipefail

build=${1:-build}
runs=${2:-11}
viewer="$build/app/aleppo-atlas"
bare="$build/tests/bench/atlas-bare-window"
for exe in "$viewer" "$bare"; do
    [ -x "$exe" ] || { echo "startup-ratio.sh: $exe not found (build the project first)" >&2; exit 1; }
done
for tool in Xvfb xdotool /usr/bin/time; do
    command -v "$tool" >/dev/null || { echo "startup-ratio.sh: $tool is missing" >&2; exit 1; }
done

work=$(mktemp -d)
xvfb_pid=
cleanup() {
    [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

# A free display number.
display=
for n in $(seq 90 140); do
    if [ ! -e "/tmp/.X11-unix/X$n" ] && [ ! -e "/tmp/.X$n-lock" ]; then display=":$n"; break; fi
done
[ -n "$display" ] || { echo "startup-ratio.sh: no free X display" >&2; exit 1; }
# -noreset: by default Xvfb starts over each time its last client leaves
# (it compiles its keymap again with xkbcomp, in a child process), and the
# next run, started at once, waits for it; a desktop's server never does.
Xvfb "$display" -screen 0 1500x950x24 -nolisten tcp -noreset >"$work/xvfb.log" 2>&1 &
xvfb_pid=$!
for _ in $(seq 50); do [ -e "/tmp/.X11-unix/X${display#:}" ] && break; sleep 0.1; done

mkdir -p "$work/home" "$work/config" "$work/runtime"
chmod 700 "$work/runtime"
run_env=(env -i PATH="$PATH" HOME="$work/home" XDG_CONFIG_HOME="$work/config" XDG_RUNTIME_DIR="$work/runtime"
         DISPLAY="$display" QT_QPA_PLATFORM=xcb LANG=C.UTF-8)

# One run: prints "MILLISECONDS PEAK_KIB".
measure() {
    local start end
    rm -rf "$work/config"/* "$work/home"/.[!.]* "$work/home"/* 2>/dev/null || true
    # A moment for the last run's exit (the server's and the kernel's work after it) to settle.
    sleep 0.2
    start=$(date +%s%N)
    "${run_env[@]}" /usr/bin/time -f '%M' -o "$work/time.out" "$@" >"$work/run.log" 2>&1 \
        || { echo "startup-ratio.sh: $* failed:" >&2; cat "$work/run.log" >&2; exit 1; }
    end=$(date +%s%N)
    local frame
    frame=$(awk '/^first frame at [0-9]+ ms$/ {print $4; exit}' "$work/run.log")
    [ -n "$frame" ] || { echo "startup-ratio.sh: $* did not say when it painted its first frame:" >&2; cat "$work/run.log" >&2; exit 1; }
    # Prints: to the first frame (ms), to the exit (ms), peak RSS (KiB).
    echo "$(( frame - start / 1000000 )) $(( (end - start) / 1000000 )) $(tail -n 1 "$work/time.out")"
}

median() { sort -n | awk '{v[NR] = $1} END {m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2; printf "%d\n", m + 0.5}'; }

# One warm-up run each (page cache, font cache), not counted.
measure "$viewer" --quit-after-startup >/dev/null
measure "$bare" >/dev/null
: >"$work/viewer.txt"
: >"$work/bare.txt"
for _ in $(seq "$runs"); do
    measure "$viewer" --quit-after-startup >>"$work/viewer.txt"
    measure "$bare" >>"$work/bare.txt"
done

viewer_ms=$(cut -d' ' -f1 "$work/viewer.txt" | median)
bare_ms=$(cut -d' ' -f1 "$work/bare.txt" | median)
viewer_exit=$(cut -d' ' -f2 "$work/viewer.txt" | median)
bare_exit=$(cut -d' ' -f2 "$work/bare.txt" | median)
viewer_kib=$(cut -d' ' -f3 "$work/viewer.txt" | median)
bare_kib=$(cut -d' ' -f3 "$work/bare.txt" | median)
echo "runs: $runs each, alternating, display $display (Xvfb 1500x950x24), clean HOME and XDG_CONFIG_HOME"
mib() { awk -v k="$1" 'BEGIN {printf "%.1f", k / 1024}'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a / b}'; }
printf 'aleppo-atlas --quit-after-startup  first frame: median %5d ms (all: %s)  exit: median %5d ms  peak RSS %6s MiB\n' \
    "$viewer_ms" "$(cut -d' ' -f1 "$work/viewer.txt" | tr '\n' ' ')" "$viewer_exit" "$(mib "$viewer_kib")"
printf 'atlas-bare-window                  first frame: median %5d ms (all: %s)  exit: median %5d ms  peak RSS %6s MiB\n' \
    "$bare_ms" "$(cut -d' ' -f1 "$work/bare.txt" | tr '\n' ' ')" "$bare_exit" "$(mib "$bare_kib")"
printf 'start-up ratio (viewer / bare window, to the first frame): %s\n' "$(ratio "$viewer_ms" "$bare_ms")"
printf 'launch-to-exit ratio (the window'"'"'s teardown and the process'"'"'s exit added): %s\n' "$(ratio "$viewer_exit" "$bare_exit")"

# Instructions do not drift with the machine's speed as wall time does: with
# valgrind installed, one run each under callgrind counts what the process
# executes (all its threads), to compare two builds of the viewer.
if command -v valgrind >/dev/null; then
    count() {
        rm -rf "$work/config"/* "$work/home"/.[!.]* "$work/home"/* 2>/dev/null || true
        "${run_env[@]}" valgrind --tool=callgrind --callgrind-out-file=/dev/null "$@" 2>&1 >/dev/null \
            | awk '/Collected :/ {n = $NF} END {printf "%.0f", n / 1e6}'
    }
    viewer_mi=$(count "$viewer" --quit-after-startup)
    bare_mi=$(count "$bare")
    printf 'instructions (callgrind, one run each, all threads): viewer %s M, bare window %s M\n' "$viewer_mi" "$bare_mi"
fi

# A longer session: start, scrub 95 days with the Right arrow, quit with Ctrl+Q.
rm -rf "$work/config"/* 2>/dev/null || true
"${run_env[@]}" /usr/bin/time -f "%M" -o "$work/scrub.out" "$viewer" >"$work/scrub.log" 2>&1 &
app_pid=$!
window=
for _ in $(seq 100); do
    window=$(DISPLAY="$display" xdotool search --sync --onlyvisible --name 'Aleppo' 2>/dev/null | head -n 1 || true)
    [ -n "$window" ] && break
    sleep 0.1
done
if [ -z "$window" ]; then
    echo "startup-ratio.sh: the viewer window did not appear" >&2
    kill "$app_pid" 2>/dev/null || true
    exit 1
fi
sleep 1
# No window manager: give the window the input focus, then type (XTEST).
DISPLAY="$display" xdotool windowfocus --sync "$window" 2>/dev/null || true
for _ in $(seq 95); do
    DISPLAY="$display" xdotool key Right
    sleep 0.03
done
sleep 0.5
DISPLAY="$display" xdotool key ctrl+q
wait "$app_pid" || { echo "startup-ratio.sh: the scrubbed viewer failed:" >&2; cat "$work/scrub.log" >&2; exit 1; }
printf 'viewer, start-up + 95 day steps (Right) + Ctrl+Q: peak RSS %s MiB\n' "$(mib "$(tail -n 1 "$work/scrub.out")")"
