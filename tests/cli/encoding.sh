#!/bin/sh
# Invalid UTF-8 becomes input.encoding at its line and column (code points),
# and the rest of the file is still checked.
. tests/cli/lib.inc
printf 'Заголовок\n\nПерший рядок.\nДругий \377\376 рядок і Kyiv.\n' > "$T/bad.txt"
"$W" --format expect --lang uk --fail-on none "$T/bad.txt" > "$T/out" || fail "run failed"
grep -qx '4:8 error input.encoding: 2 bytes that are not valid UTF-8, read as U+FFFD' "$T/out" \
  || { cat "$T/out"; fail "wrong input.encoding position"; }
# empty and blank files are findings, not crashes
: > "$T/empty.txt"
"$W" --format expect --fail-on none "$T/empty.txt" > "$T/out" || fail "empty file"
grep -q 'input.empty' "$T/out" || fail "no input.empty for an empty file"
exit 0
