#!/bin/sh
# run.sh -- the HTML report in a real browser.  Headless Chromium (Debian's
# chromium, installed by `make deps`) opens a report of corpora/ and the
# hostile drafts in tests/data/:
#   - its dumped DOM must show every finding of the JSON output of the same
#     run as a marked span with its message (check_dom.py), and the hostile
#     text as text: no injected element, handler or javascript: link, and
#     no injected script run;
#   - with scripts off everything is still visible;
#   - harness.html drives the report's script: keyboard navigation,
#     filters, collapse/expand;
#   - a PNG screenshot is saved for a person to look at.
# Fails loudly when chromium or python3 is missing.  Ends with
# "N passed, M failed".
set -u
W=${WIRECHECK:-./wirecheck}
B=${BUILD:-build}
case "$W" in /*) ;; *) W="$(pwd)/$W" ;; esac
pass=0; fail=0
ok() { echo "ok $*"; pass=$((pass + 1)); }
bad() { echo "FAIL $*"; fail=$((fail + 1)); }
finish() {
  echo "browser: $pass passed, $fail failed"
  [ "$fail" -eq 0 ] && exit 0
  exit 1
}
tally() { # output of a check script: count its ok/FAIL lines
  grep '^FAIL' "$1" | head -40
  p=$(grep -c '^ok ' "$1"); f=$(grep -c '^FAIL' "$1")
  pass=$((pass + p)); fail=$((fail + f))
  [ "$p" -gt 0 ] || bad "$2: no check ran"
}

CHROME=""
for c in ${CHROMIUM:-} chromium chromium-browser google-chrome; do
  if command -v "$c" >/dev/null 2>&1; then CHROME=$c; break; fi
done
if [ -z "$CHROME" ]; then
  bad "chromium is not installed: the browser test cannot run (make deps installs Debian's chromium)"
  finish
fi
PY=""
for p in /usr/bin/python3 python3; do
  if command -v "$p" >/dev/null 2>&1; then PY=$p; break; fi
done
if [ -z "$PY" ]; then
  bad "python3 is not installed (make deps installs it)"
  finish
fi

T=$(mktemp -d)
trap '[ -n "${KEEP:-}" ] || rm -rf "$T"' EXIT  # KEEP=1 keeps the files
mkdir -p "$T/in"
# a file name that is itself an injection attempt
cp tests/data/hostile-injection.txt "$T/in/\"><img src=x onerror=alert(2)>.txt"
set -- corpora tests/data/hostile-injection.txt tests/data/hostile-injection.html \
  tests/data/hostile-bytes.txt "$T/in"

"$W" --format html --fail-on none --output "$T/report.html" "$@" 2> "$T/err"
rc=$?
if [ $rc -ne 0 ] && [ $rc -ne 2 ] || [ ! -s "$T/report.html" ]; then
  bad "wirecheck --format html wrote no report (exit $rc)"; sed 's/^/    /' "$T/err" | head
  finish
fi
ok "report written ($(wc -c < "$T/report.html") bytes)"
"$W" --format json --fail-on none "$@" > "$T/findings.json" 2> /dev/null

chrome() { # profile-name args...
  name=$1; shift
  timeout 120 "$CHROME" --headless --no-sandbox --disable-gpu \
    --disable-background-networking --disable-component-update --disable-sync \
    --no-first-run --user-data-dir="$T/profile-$name" "$@" 2>> "$T/chrome.log"
}

chrome dom --dump-dom "file://$T/report.html" > "$T/dom.html"
if [ ! -s "$T/dom.html" ]; then
  bad "chromium dumped no DOM (crashed, timed out, or a dialog such as alert() from the page blocked it)"
  grep -v dbus "$T/chrome.log" | tail -5; finish
fi
"$PY" tests/browser/check_dom.py script "$T/dom.html" "$T/findings.json" > "$T/out" 2>&1
tally "$T/out" "dom check"

# with scripts off the DOM is the page as written (Chromium's --dump-dom
# needs script to dump), so the served file itself is checked
"$PY" tests/browser/check_dom.py noscript "$T/report.html" "$T/findings.json" > "$T/out" 2>&1
tally "$T/out" "dom check without scripts"

cp tests/browser/harness.html "$T/harness.html"
chrome harness --allow-file-access-from-files --virtual-time-budget=5000 \
  --dump-dom "file://$T/harness.html" > "$T/harness-dom.html"
"$PY" -c 'import html,re,sys
m = re.search(r"<pre id=\"results\">(.*?)</pre>", open(sys.argv[1]).read(), re.S)
print(html.unescape(m.group(1)) if m else "FAIL harness: no results")' \
  "$T/harness-dom.html" > "$T/out" 2>&1
tally "$T/out" "harness"

mkdir -p "$B/browser"
shot="$B/browser/report.png"
rm -f "$shot"
chrome shot --hide-scrollbars --screenshot="$shot" --window-size=1280,2000 \
  "file://$T/report.html" > /dev/null
if [ -s "$shot" ] && [ "$(head -c 8 "$shot" | od -An -c | tr -d ' \n')" = "211PNG\r\n032\n" ]; then
  ok "screenshot saved: $shot"
else
  bad "no screenshot"
fi
finish
