#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (ASan + UBSan) and runs each one.
#
#   tests/fuzz/run-fuzzers.sh [SECONDS_PER_TARGET] [RUNS_PER_TARGET] ["TARGET ..."]
#
# Seeds come from the real files: the shipped campaign package and, when the
# reference data is present beside the repository, ../shared/geo/csr/*.geojson
# (read in place, never copied into the repository). Crashes are written to
# build-fuzz/crashes/; turn each into a regression test.
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-300}
runs=${2:--1}
targets=${3:-"fuzz_article fuzz_package fuzz_geojson fuzz_map"}
build=build-fuzz

if ! command -v clang++ >/dev/null || ! ls /usr/lib/llvm-*/lib/clang/*/lib/linux/libclang_rt.fuzzer-x86_64.a >/dev/null 2>&1; then
    echo "run-fuzzers: needs clang and libFuzzer (apt-get install clang libclang-rt-14-dev)" >&2
    exit 1
fi
CXX=clang++ CC=clang cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DATLAS_FUZZ=ON -DATLAS_BUILD_GUI=OFF -DATLAS_BUILD_TESTS=OFF >/dev/null
cmake --build "$build" --target $targets

pkg=resources/campaigns/aleppo-2016
mkdir -p "$build/corpus/article" "$build/corpus/package" "$build/corpus/geojson" "$build/corpus/map" "$build/crashes"
cp "$pkg/article.md" "$build/corpus/article/"
# Small seeds: one per file of the fuzz target's built-in package (first byte selects the file).
cp tests/fuzz/corpus/package/* "$build/corpus/package/"
cp "$pkg/districts.geojson" "$build/corpus/geojson/"
# A small map with everything its loader reads: districts, transforms, labels.
cp tests/fuzz/corpus/map/* "$build/corpus/map/"
if [ -d ../shared/geo/csr ]; then
    cp ../shared/geo/csr/*.geojson "$build/corpus/geojson/"
fi

export ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
for target in $targets; do
    name=${target#fuzz_}
    echo "== $target: ${seconds}s, runs ${runs}"
    "$build/tests/fuzz/$target" "$build/corpus/$name" -max_total_time="$seconds" -runs="$runs" \
        -max_len=65536 -rss_limit_mb=4096 -timeout=20 -print_final_stats=1 \
        -artifact_prefix="$build/crashes/$target-" > "$build/$target.log" 2>&1 || status=$?
    grep -E '^(Done|stat::|==[0-9]+==ERROR|SUMMARY)' "$build/$target.log" || true
    if [ "${status:-0}" -ne 0 ]; then
        echo "$target: FAILED (exit $status), see $build/$target.log" >&2
        exit 1
    fi
done
