#!/bin/sh
# Exit status: 0 below --fail-on, 1 at or above, 2 for usage and unreadable
# files -- and the other files are still checked and reported.
. tests/cli/lib.inc
printf 'Headline\n\nA clean sentence about the weather.\n' > "$T/clean.txt"
printf 'Headline\n\nThe goverment met. Bad \377 byte.\n' > "$T/bad.txt"

"$W" -q "$T/clean.txt" > /dev/null; expect_rc 0 $? "clean file"
"$W" -q "$T/bad.txt" > /dev/null; expect_rc 1 $? "file with an error"
"$W" -q --fail-on none "$T/bad.txt" > /dev/null; expect_rc 0 $? "--fail-on none"
"$W" -q --disable input "$T/bad.txt" > /dev/null; expect_rc 0 $? "warnings only"
"$W" -q --disable input --fail-on warning "$T/bad.txt" > /dev/null
expect_rc 1 $? "--fail-on warning"

# a missing file: exit 2, the other file still reported
"$W" --format expect "$T/nope.txt" "$T/bad.txt" > "$T/out" 2> "$T/err"
expect_rc 2 $? "missing file"
grep -q 'input.encoding' "$T/out" || fail "other file not reported"
grep -q "wirecheck: error: .*nope.txt" "$T/err" || fail "no error line for the missing file"

"$W" --no-such-option x > /dev/null 2>&1; expect_rc 2 $? "unknown option"
"$W" > /dev/null 2>&1; expect_rc 2 $? "no input"
"$W" --fail-on sometimes "$T/clean.txt" > /dev/null 2>&1; expect_rc 2 $? "bad --fail-on"
"$W" --disable no.such-rule "$T/clean.txt" > /dev/null 2>&1; expect_rc 2 $? "unknown rule"
"$W" --lang xx "$T/clean.txt" > /dev/null 2>&1; expect_rc 2 $? "unknown language"
"$W" --format pdf "$T/clean.txt" > /dev/null 2>&1; expect_rc 2 $? "unknown format"

# a binary file named on the command line: an error, the run goes on
printf 'PK\003\004\000\000binary' > "$T/x.txt"
"$W" -q "$T/x.txt" "$T/clean.txt" > /dev/null 2> "$T/err"; expect_rc 2 $? "binary file"
grep -q 'binary' "$T/err" || fail "binary file not explained"
exit 0
