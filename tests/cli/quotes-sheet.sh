#!/bin/sh
# --quotes: the quote sheet of the seed article lists its quotes with their
# speakers (Stoltenberg for the line-7 quote, Borrell for line 17), as JSON
# that parses, and as text; a missing file is exit 2.
. tests/cli/lib.inc
PY=""
for p in /usr/bin/python3 python3; do
  if command -v "$p" >/dev/null 2>&1; then PY=$p; break; fi
done
[ -n "$PY" ] || fail "python3 is not installed (make deps installs it)"
seed=corpora/en/nato-ukraine-cyber.txt
"$W" --quotes --format json "$seed" > "$T/sheet.json"
expect_rc 0 $? "--quotes --format json"
"$PY" - "$T/sheet.json" <<'PYEOF' || fail "quote sheet JSON is wrong"
import json, sys
d = json.load(open(sys.argv[1], encoding="utf-8"))
assert d["language"] == "en", d["language"]
q = {x["line"]: x for x in d["quotes"]}
assert 7 in q and "Stoltenberg" in q[7]["speaker"], q.get(7)
assert q[7]["how"] == "inverted" and q[7]["speaker_kind"] == "person", q[7]
assert 17 in q and "Borrell" in q[17]["speaker"], q.get(17)
assert q[17]["text"].startswith("to point fingers"), q[17]["text"]
assert q[13]["speaker"] == "the message" and q[13]["speaker_kind"] == "description"
assert q[15]["speaker"].endswith("security department"), q[15]
assert q[25]["speaker"] == "she" and q[25]["gender"] == "female", q[25]
assert q[11]["kind"] == "scare" and q[1]["speaker"] is None
for x in d["quotes"]:
    for k in ("line", "column", "end_line", "end_column", "text", "words",
              "parts", "kind", "speaker", "speaker_text", "speaker_kind",
              "gender", "how", "cue", "follows_line"):
        assert k in x, k
names = [p["name"] for p in d["people"]]
assert "Jens Stoltenberg" in names and "Josep Borrell" in names, names
PYEOF
"$W" --quotes "$seed" > "$T/sheet.txt"
expect_rc 0 $? "--quotes"
grep -q '^7:1	Jens Stoltenberg	inverted	' "$T/sheet.txt" || fail "text sheet: line 7"
grep -q '^17:121	Josep Borrell	before	' "$T/sheet.txt" || fail "text sheet: line 17"
# the spokeswoman variant: "she" is Jane Doe
"$W" --quotes corpora/en/nato-ukraine-cyber-spokeswoman.txt > "$T/v.txt"
grep -q '^27:1	Jane Doe \[she\]	after	' "$T/v.txt" || fail "variant: she is not Jane Doe"
"$W" --quotes "$T/missing.txt" > /dev/null 2>&1
expect_rc 2 $? "--quotes on a missing file"
exit 0
