#!/usr/bin/env bash
# Checks the C++ formatting against .clang-format with clang-format 14 (the
# version Debian 12 ships; other versions format some constructs differently).
#
#   tools/check-format.sh [BASE]   the lines changed since BASE, in app/ and tests/
#   tools/check-format.sh --all    every tracked *.cpp and *.h in app/ and tests/
#   tools/check-format.sh --fix [BASE|--all]   rewrite the same lines in place
#
# Changed-lines mode looks at the lines that differ between BASE and the working
# tree (committed, staged or not, plus untracked files), so a commit is only held
# to the lines it touches, even in a file not yet formatted as a whole. BASE is
# the first argument, else $FORMAT_BASE, else origin/main, else main, else
# HEAD~1; a BASE given but unknown is an error. The comparison starts from the
# merge base of BASE and HEAD, so changes made on BASE since do not count.
#
# Exits 1 listing each offending file with the start of its diff (what
# clang-format would change); 0 when clean; 2 on a usage or tool problem.
# CLANG_FORMAT overrides the clang-format binary.
set -euo pipefail
cd "$(dirname "$0")/.."

fix=0
all=0
base=""
for arg in "$@"; do
    case "$arg" in
    --fix) fix=1 ;;
    --all) all=1 ;;
    -h | --help)
        sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'
        exit 0
        ;;
    -*)
        echo "check-format: unknown option $arg (see --help)" >&2
        exit 2
        ;;
    *) base="$arg" ;;
    esac
done

clang_format="${CLANG_FORMAT:-}"
if [ -z "$clang_format" ]; then
    if command -v clang-format-14 >/dev/null 2>&1; then
        clang_format=clang-format-14
    elif command -v clang-format >/dev/null 2>&1 && clang-format --version | grep -q 'version 14\.'; then
        clang_format=clang-format
    else
        echo "check-format: clang-format 14 not found (packaging/install-build-deps.sh installs clang-format-14)" >&2
        exit 2
    fi
fi

# The C++ sources the style applies to (generated and third-party files live
# elsewhere: build trees are not tracked).
cxx_pathspec=('app/*.cpp' 'app/*.h' 'tests/*.cpp' 'tests/*.h')

files=()
declare -A ranges=() # file -> "--lines=a:b --lines=c:d ..." (changed-lines mode)

if [ "$all" -eq 1 ]; then
    mapfile -t files < <(git ls-files -- "${cxx_pathspec[@]}")
else
    if [ -z "$base" ]; then
        base="${FORMAT_BASE:-}"
    fi
    if [ -z "$base" ]; then
        for candidate in origin/main main HEAD~1; do
            if git rev-parse --verify --quiet "$candidate^{commit}" >/dev/null; then
                base="$candidate"
                break
            fi
        done
    fi
    if [ -z "$base" ]; then
        # A repository with a single commit: everything in it is new.
        echo "check-format: no base to compare with; checking every file" >&2
        if [ "$fix" -eq 1 ]; then exec "$0" --fix --all; fi
        exec "$0" --all
    fi
    if ! git rev-parse --verify --quiet "$base^{commit}" >/dev/null; then
        echo "check-format: unknown base '$base'" >&2
        exit 2
    fi
    from="$(git merge-base "$base" HEAD 2>/dev/null || git rev-parse "$base^{commit}")"
    echo "check-format: lines changed since $base ($(git rev-parse --short "$from"))"

    # Hunk headers of a zero-context diff give the new line ranges: "@@ -a,b +c,d @@".
    current=""
    while IFS= read -r line; do
        case "$line" in
        "+++ b/"*)
            current="${line#+++ b/}"
            ;;
        "@@ "*)
            [ -n "$current" ] || continue
            added="${line#*+}"
            added="${added%% @@*}"
            start="${added%%,*}"
            count=1
            [ "$added" = "$start" ] || count="${added#*,}"
            [ "$count" -gt 0 ] || continue
            ranges[$current]+=" --lines=$start:$((start + count - 1))"
            ;;
        esac
    done < <(git diff --no-color --no-ext-diff -U0 --diff-filter=ACMRT "$from" -- "${cxx_pathspec[@]}")
    # Untracked new sources are new from their first line to their last.
    while IFS= read -r f; do
        ranges[$f]=" --lines=1:$(($(wc -l <"$f") + 1))" # +1: a last line without a newline
    done < <(git ls-files --others --exclude-standard -- "${cxx_pathspec[@]}")
    for f in "${!ranges[@]}"; do
        files+=("$f")
    done
    if [ "${#files[@]}" -gt 0 ]; then
        mapfile -t files < <(printf '%s\n' "${files[@]}" | sort)
    fi
fi

if [ "${#files[@]}" -eq 0 ]; then
    echo "check-format: no C++ files to check"
    exit 0
fi

formatted="$(mktemp)"
trap 'rm -f "$formatted"' EXIT
bad=()
for f in "${files[@]}"; do
    read -ra lines <<<"${ranges[$f]:-}"
    if [ "$fix" -eq 1 ]; then
        "$clang_format" --style=file -i "${lines[@]}" "$f"
        continue
    fi
    if ! "$clang_format" --style=file "${lines[@]}" "$f" >"$formatted"; then
        echo "check-format: $clang_format failed on $f" >&2
        exit 2
    fi
    if ! diff="$(diff -u --label "$f" --label "$f (clang-format)" "$f" "$formatted")"; then
        bad+=("$f")
        printf '%s\n' "$diff" | head -n 25
        total="$(printf '%s\n' "$diff" | wc -l)"
        [ "$total" -le 25 ] || echo "... ($((total - 25)) more diff lines)"
        echo
    fi
done

if [ "$fix" -eq 1 ]; then
    echo "check-format: formatted ${#files[@]} file(s)"
    exit 0
fi
if [ "${#bad[@]}" -gt 0 ]; then
    echo "check-format: ${#bad[@]} of ${#files[@]} file(s) are not formatted as .clang-format says:"
    printf '    %s\n' "${bad[@]}"
    echo "Fix them with: tools/check-format.sh --fix $([ "$all" -eq 1 ] && echo --all || echo "$base")"
    exit 1
fi
echo "check-format: ${#files[@]} file(s) formatted"
