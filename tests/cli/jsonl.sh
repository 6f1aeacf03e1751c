#!/bin/sh
# --format jsonl: one JSON object a line, one line per finding (with its
# path) in the order of --format json, failures, and a summary line last;
# each file's lines are flushed as the file finishes.
. tests/cli/lib.inc
PY=""
for p in /usr/bin/python3 python3; do
  if command -v "$p" >/dev/null 2>&1; then PY=$p; break; fi
done
[ -n "$PY" ] || fail "python3 is not installed (make deps installs it)"
set -- corpora tests/data/hostile-injection.txt tests/data/hostile-bytes.txt "$T/missing.txt"
"$W" --format jsonl --fail-on none "$@" > "$T/out.jsonl" 2> /dev/null
"$W" --format json --fail-on none "$@" > "$T/out.json" 2> /dev/null
"$PY" - "$T/out.jsonl" "$T/out.json" <<'PYEOF' || fail "jsonl does not match json"
import json, sys
lines = open(sys.argv[1], encoding="utf-8").read().split("\n")
assert lines[-1] == "", "no final newline"
objs = [json.loads(l) for l in lines[:-1]]
data = json.load(open(sys.argv[2], encoding="utf-8"))
want = [dict(fd, path=f["path"]) for f in data["files"] for fd in f["findings"]]
want += [dict(fd) for fd in data["batch"]]
got = [dict(o) for o in objs if o["type"] == "finding"]
fails = [o for o in objs if o["type"] == "failure"]
for o in got:
    del o["type"]
    o.pop("batch", None)
assert got == want, "findings differ: %d lines, %d findings" % (len(got), len(want))
assert [(o["path"], o["message"]) for o in fails] == \
    [(f["path"], f["message"]) for f in data["failures"]], "failures differ"
s = objs[-1]
assert s["type"] == "summary", "last line is not the summary"
del s["type"]
assert s == data["summary"], "summary differs: %r" % s
assert len(got) > 20, "too few findings to mean anything"
print("jsonl: %d findings, %d failures, summary ok" % (len(got), len(fails)))
PYEOF

# streaming: the first file's lines are out before the run ends (a fifo
# read while wirecheck still waits on standard input)
mkfifo "$T/fifo"
( "$W" --format jsonl --fail-on none tests/data/hostile-injection.txt - < "$T/fifo" > "$T/stream" 2>/dev/null & echo $! > "$T/pid" )
exec 3> "$T/fifo"
i=0
while [ $i -lt 50 ] && ! grep -q '"type":"finding"' "$T/stream" 2>/dev/null; do
  sleep 0.1; i=$((i + 1))
done
grep -q '"type":"finding"' "$T/stream" || { exec 3>&-; fail "no line written before the run ended"; }
grep -q '"type":"summary"' "$T/stream" && { exec 3>&-; fail "summary before the end"; }
printf 'The goverment met.\n' >&3
exec 3>&-
wait "$(cat "$T/pid")" 2>/dev/null
i=0
while [ $i -lt 50 ] && ! grep -q '"type":"summary"' "$T/stream"; do sleep 0.1; i=$((i + 1)); done
grep -q '"type":"summary","files":2' "$T/stream" || fail "no summary line: $(tail -1 "$T/stream")"
exit 0
