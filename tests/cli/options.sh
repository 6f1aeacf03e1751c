#!/bin/sh
# --version, --help, --list-rules, --disable, --output, stdin, colour,
# directory walking.
. tests/cli/lib.inc
"$W" --version | grep -q '^wirecheck [0-9]' || fail "--version"
for o in --lang --style --format --output --fail-on --disable --enable \
         --list-rules --quiet --version --help --input-format --data-dir; do
  "$W" --help | grep -q -- "$o" || fail "--help does not mention $o"
  grep -q -- "$o" docs/usage.md || fail "docs/usage.md does not mention $o"
  grep -q -- "$(echo "$o" | sed 's/-/\\\\-/g')" docs/wirecheck.1 || fail "man page does not mention $o"
done
"$W" --list-rules | grep -q '^spelling.unknown' || fail "--list-rules"
"$W" --list-rules | grep -q '^input.encoding' || fail "--list-rules input"

printf 'Headline\n\nThe goverment met on Monday.\n' > "$T/a.txt"
"$W" --format expect --disable spelling.unknown "$T/a.txt" > "$T/out"
[ -s "$T/out" ] && fail "--disable did not silence the rule"
"$W" --format expect --disable spelling "$T/a.txt" > "$T/out"
[ -s "$T/out" ] && fail "--disable family did not silence the rule"

# --output writes there and nothing on stdout; nothing else is written
(cd "$T" && "$W" --output "$T/report.txt" "$T/a.txt" > "$T/stdout")
[ -s "$T/report.txt" ] || fail "--output wrote nothing"
[ -s "$T/stdout" ] && fail "--output also wrote to stdout"
[ "$(ls "$T" | sort | tr '\n' ' ')" = "a.txt out report.txt stdout " ] || fail "stray files: $(ls "$T")"

# stdin
printf 'Headline\n\nThe goverment met.\n' | "$W" --format expect - | grep -q 'spelling.unknown' \
  || fail "stdin not checked"

# colour: never when NO_COLOR is set, even when forced by a terminal check
NO_COLOR=1 "$W" --color always "$T/a.txt" | grep -q "$(printf '\033')" && fail "colour with NO_COLOR"
"$W" --color always "$T/a.txt" | grep -q "$(printf '\033')" || fail "--color always"
"$W" "$T/a.txt" | grep -q "$(printf '\033')" && fail "colour into a pipe"

# directories: recursed in order; hidden, binary and non-draft files skipped
mkdir -p "$T/dir/sub" "$T/dir/.hidden"
cp "$T/a.txt" "$T/dir/sub/b.txt"
cp "$T/a.txt" "$T/dir/.hidden/c.txt"
cp "$T/a.txt" "$T/dir/notes.expected"
printf 'PK\003\004\000\000' > "$T/dir/z.txt"
"$W" --format expect "$T/dir" > "$T/out" 2> "$T/err"
expect_rc 0 $? "directory run"
"$W" --format json "$T/dir" 2>/dev/null | grep -q '"files":2' && true
n=$("$W" --format json "$T/dir" 2>/dev/null | grep -o '"path":"[^"]*"' | sort -u | wc -l)
[ "$n" = 1 ] || fail "directory walk checked $n files, expected 1"
grep -q 'binary file skipped' "$T/err" || fail "binary skip not noted"
exit 0
