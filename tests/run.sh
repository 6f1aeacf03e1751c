#!/bin/sh
# run.sh -- every test `make check` runs: cmocka unit tests, CLI tests,
# golden corpora, the house style's own examples, the browser test.  Ends
# with "N passed, M failed".
set -u
W=${WIRECHECK:-./wirecheck}
case "$W" in /*) ;; *) W="$(pwd)/$W" ;; esac  # a bare "wirecheck" is no PATH lookup
B=${BUILD:-build}
export WIRECHECK="$W" BUILD="$B"
export WIRECHECK_DATA_DIR="${WIRECHECK_DATA_DIR:-$(pwd)/dictionaries}"
pass=0; fail=0
add() { pass=$((pass + $1)); fail=$((fail + $2)); }

# counts from a "... N passed, M failed" line
count_line() { # file prefix
  line=$(grep -E "${2}[0-9]+ passed, [0-9]+ failed" "$1" | tail -1)
  p=$(echo "$line" | sed -E 's/^(.*[^0-9])?([0-9]+) passed, ([0-9]+) failed.*/\2/')
  f=$(echo "$line" | sed -E 's/^(.*[^0-9])?([0-9]+) passed, ([0-9]+) failed.*/\3/')
  echo "${p:-0} ${f:-1}"
}

out=$(mktemp)
trap 'rm -f "$out"' EXIT

echo "== unit tests"
for t in "$B"/tests/test_*; do
  [ -x "$t" ] || continue
  "$t" > "$out" 2>&1
  rc=$?
  p=$(grep -E '^\[  PASSED  \] [0-9]+ test' "$out" | sed -E 's/[^0-9]*([0-9]+).*/\1/' | head -1)
  f=$(grep -E '^\[  FAILED  \] [0-9]+ test' "$out" | sed -E 's/[^0-9]*([0-9]+).*/\1/' | head -1)
  p=${p:-0}; f=${f:-0}
  if [ $rc -ne 0 ] && [ "$f" = 0 ]; then f=1; fi  # crashed
  if [ "$f" != 0 ]; then echo "FAIL $(basename "$t")"; sed 's/^/    /' "$out" | grep -v '^\s*\[ \(RUN\|  OK\) ' | head -30; fi
  echo "$(basename "$t"): $p passed, $f failed"
  add "$p" "$f"
done

echo "== cli tests"
for t in tests/cli/*.sh; do
  [ -f "$t" ] || continue
  if sh "$t" > "$out" 2>&1; then add 1 0; else
    echo "FAIL $t"; sed 's/^/    /' "$out" | head -20; add 0 1; fi
done

echo "== golden corpora"
sh tests/golden.sh > "$out" 2>&1
grep -v '^ok ' "$out" | grep -v '^golden:' | head -80
set -- $(count_line "$out" "golden: ")
echo "golden: $1 passed, $2 failed"; add "$1" "$2"

echo "== house-style examples"
"$W" --verify-style > "$out" 2>&1
grep -v 'passed, ' "$out" | head -40
set -- $(count_line "$out" "")
echo "style examples: $1 passed, $2 failed"; add "$1" "$2"

if [ -f tests/browser/run.sh ]; then
  echo "== browser"
  sh tests/browser/run.sh > "$out" 2>&1
  rc=$?
  tail -20 "$out"
  set -- $(count_line "$out" "")
  [ $rc -ne 0 ] && [ "$2" = 0 ] && set -- "$1" 1
  add "$1" "$2"
fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
