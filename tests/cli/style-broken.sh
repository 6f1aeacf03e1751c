#!/bin/sh
# A broken house style is refused before any file is checked: exit 2 and
# one line "wirecheck: error: FILE:LINE:COL: message" pointing at the
# fault.  A good style that extends the default is used; --verify-style
# fails (exit 1) on an example that does not hold; --transliterate works.
. tests/cli/lib.inc
printf 'Headline\n\nKiev said the damage was limited.\n' > "$T/draft.txt"

# a schema error on line 5: <name> without its type
cat > "$T/schema.xml" <<'XML'
<?xml version="1.0" encoding="UTF-8"?>
<house-style name="broken">
  <lang code="en">
    <quotes open="“" close="”"/>
    <name canonical="Kyiv">
      <variant>Kiev</variant>
    </name>
  </lang>
</house-style>
XML
"$W" --style "$T/schema.xml" "$T/draft.txt" > "$T/out" 2> "$T/err"
expect_rc 2 $? "style with a schema error"
grep -q "^wirecheck: error: $T/schema.xml:5:5: house style does not follow the schema" "$T/err" ||
  fail "no file:line:col error for the schema error: $(cat "$T/err")"
[ "$(wc -l < "$T/err")" -eq 1 ] || fail "more than one error line: $(cat "$T/err")"
[ ! -s "$T/out" ] || fail "a draft was checked with a broken style"

# not well-formed: the line and column of the mismatched tag
printf '<?xml version="1.0"?>\n<house-style>\n  <lang code="en">\n  </lan>\n</house-style>\n' > "$T/wf.xml"
"$W" -s "$T/wf.xml" "$T/draft.txt" > /dev/null 2> "$T/err"
expect_rc 2 $? "style that is not well-formed"
grep -q "^wirecheck: error: $T/wf.xml:4:[0-9]*: house style is not well-formed XML" "$T/err" ||
  fail "no line for the malformed style: $(cat "$T/err")"

# entities are refused, never expanded
cat > "$T/ent.xml" <<'XML'
<?xml version="1.0"?>
<!DOCTYPE house-style [ <!ENTITY a "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"> ]>
<house-style name="&a;"/>
XML
"$W" -s "$T/ent.xml" "$T/draft.txt" > /dev/null 2> "$T/err"
expect_rc 2 $? "style with a DOCTYPE"
grep -q "ent.xml:2:1: a house style may not have a DOCTYPE" "$T/err" ||
  fail "DOCTYPE not refused: $(cat "$T/err")"

# a broken style this one extends is reported at its own file and line
printf '<?xml version="1.0"?>\n<house-style extends="schema.xml"/>\n' > "$T/child.xml"
"$W" -s "$T/child.xml" "$T/draft.txt" > /dev/null 2> "$T/err"
expect_rc 2 $? "style extending a broken one"
grep -q "schema.xml:5:5:" "$T/err" || fail "parent's error not located: $(cat "$T/err")"

# a missing style file
"$W" -s "$T/none.xml" "$T/draft.txt" > /dev/null 2> "$T/err"
expect_rc 2 $? "missing style"
grep -q "^wirecheck: error: .*none.xml" "$T/err" || fail "missing style not named"

# a good style extending the default: Kiev is still replaced, with its
# severity lowered by the house
cat > "$T/house.xml" <<'XML'
<?xml version="1.0" encoding="UTF-8"?>
<house-style name="ours" extends="default">
  <severity rule="names.house-form" level="warning"/>
</house-style>
XML
"$W" -s "$T/house.xml" --format expect "$T/draft.txt" > "$T/out" 2> "$T/err"
expect_rc 0 $? "good style, warnings only"
grep -q "^3:1 warning names.house-form: house style writes 'Kyiv', not 'Kiev'" "$T/out" ||
  fail "house severity not applied: $(cat "$T/out")"

# --verify-style: an example that does not hold fails the run
cat > "$T/ex.xml" <<'XML'
<?xml version="1.0" encoding="UTF-8"?>
<house-style name="examples">
  <lang code="en">
    <avoid>
      <term>ex-Soviet</term>
      <prefer>former Soviet</prefer>
      <example><wrong>The ex-Soviet state voted.</wrong><right>The former Soviet state voted.</right></example>
      <example><wrong>The former Soviet state voted.</wrong><right>It voted.</right></example>
    </avoid>
  </lang>
</house-style>
XML
"$W" -s "$T/ex.xml" --verify-style > "$T/out" 2>&1
expect_rc 1 $? "--verify-style with a failing example"
grep -q "ex.xml:8: style.avoid (en): the wrong sentence does not trigger it" "$T/out" ||
  fail "failing example not reported: $(cat "$T/out")"
grep -q "^1 passed, 1 failed" "$T/out" || fail "no count: $(cat "$T/out")"

# the default style's own examples all hold
"$W" --verify-style > "$T/out" 2>&1
expect_rc 0 $? "--verify-style on the default style"

# the romanizer for editors
out=$(printf 'Київ, Згорани\n' | "$W" --transliterate uk)
[ "$out" = "Kyiv, Zghorany" ] || fail "--transliterate uk gave '$out'"
out=$(printf 'Рябков\n' | "$W" --transliterate ru)
[ "$out" = "Ryabkov" ] || fail "--transliterate ru gave '$out'"
printf 'x' | "$W" --transliterate be > /dev/null 2>&1
expect_rc 2 $? "--transliterate with an unknown system"
exit 0
