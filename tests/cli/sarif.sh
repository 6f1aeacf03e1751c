#!/bin/sh
# --format sarif: the structure SARIF 2.1.0 requires, agreement with
# --format json on the same files (tests/sarif_check.py), deterministic
# bytes, and validity against the official schema where
# ../shared/reference/sarif-schema-2.1.0.json (or $SARIF_SCHEMA) and Debian's
# python3-jsonschema are present.
. tests/cli/lib.inc
PY=""
for p in /usr/bin/python3 python3; do
  if command -v "$p" >/dev/null 2>&1; then PY=$p; break; fi
done
[ -n "$PY" ] || fail "python3 is not installed (make deps installs it)"

mkdir -p "$T/in"
cp tests/data/hostile-injection.txt "$T/in/a b#%.txt"
set -- corpora tests/data/hostile-injection.txt tests/data/hostile-bytes.txt \
  tests/data/hostile-injection.html "$T/in" "$T/missing.txt"
"$W" --format sarif --fail-on none "$@" > "$T/out.sarif" 2> /dev/null
rc=$?
[ $rc -eq 2 ] || fail "a missing file should exit 2, got $rc"
"$W" --format json --fail-on none "$@" > "$T/out.json" 2> /dev/null
"$W" --format sarif --fail-on none "$@" > "$T/again.sarif" 2> /dev/null
cmp -s "$T/out.sarif" "$T/again.sarif" || fail "two runs wrote different SARIF"

schema=${SARIF_SCHEMA:-}
if [ -z "$schema" ]; then
  for s in ../shared/reference/sarif-schema-2.1.0.json \
           /work/shared/reference/sarif-schema-2.1.0.json; do
    if [ -f "$s" ]; then schema=$s; break; fi
  done
fi
"$PY" tests/sarif_check.py "$T/out.sarif" "$T/out.json" $schema > "$T/check" 2>&1
rc=$?
cat "$T/check"
[ $rc -eq 0 ] || fail "SARIF check failed"
grep -q '^ok valid against the SARIF 2.1.0 schema' "$T/check" ||
  echo "note: SARIF schema validation did not run here"
exit 0
