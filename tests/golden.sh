#!/bin/sh
# golden.sh [--update] -- runs every draft in corpora/ and compares the
# findings (--format expect) with NAME.expected beside it, exactly.
#   corpora/<dir>/NAME.{txt,html,htm,xml,nitf}  one case; NAME.args, if
#       present, holds extra options (one line, e.g. "--lang de").
#   corpora/<dir>/NAME.batch/                  one case run over the whole
#       directory (cross-file findings); expected in NAME.batch.expected.
# Prints "ok NAME" / "FAIL NAME" lines and "golden: N passed, M failed".
set -u
W=${WIRECHECK:-./wirecheck}
case "$W" in /*) ;; *) W="$(pwd)/$W" ;; esac  # a bare "wirecheck" is no PATH lookup
update=0
[ "${1:-}" = "--update" ] && update=1
pass=0; fail=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

run_case() { # name target expected
  name=$1; target=$2; exp=$3
  args=""
  base=${target%.*}
  [ -f "$base.args" ] && args=$(cat "$base.args")
  [ -d "$target" ] && [ -f "$target.args" ] && args=$(cat "$target.args")
  # shellcheck disable=SC2086
  "$W" --format expect --fail-on none $args "$target" > "$tmp/out" 2> "$tmp/err"
  rc=$?
  if [ $rc -ne 0 ]; then
    echo "FAIL $name (exit $rc)"; sed 's/^/    /' "$tmp/err" | head -5
    fail=$((fail + 1)); return
  fi
  if [ $update = 1 ]; then
    if [ ! -f "$exp" ] || ! cmp -s "$tmp/out" "$exp"; then
      cp "$tmp/out" "$exp"; echo "updated $exp"
    fi
    pass=$((pass + 1)); return
  fi
  if [ ! -f "$exp" ]; then
    echo "FAIL $name (no $exp: every draft needs its .expected)"
    fail=$((fail + 1)); return
  fi
  if cmp -s "$tmp/out" "$exp"; then
    pass=$((pass + 1))
  else
    echo "FAIL $name"; diff -u "$exp" "$tmp/out" | sed 's/^/    /' | head -40
    fail=$((fail + 1))
  fi
}

for f in $(find corpora -type f \( -name '*.txt' -o -name '*.html' -o -name '*.htm' \
           -o -name '*.xml' -o -name '*.nitf' \) -not -path '*.batch/*' \
           -not -path 'corpora/eval/*' | sort); do
  run_case "$f" "$f" "${f%.*}.expected"
done
for d in $(find corpora -type d -name '*.batch' | sort); do
  run_case "$d" "$d" "$d.expected"
done
echo "golden: $pass passed, $fail failed"
[ $fail -eq 0 ]
