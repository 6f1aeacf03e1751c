#!/bin/sh
# eval.sh -- `make eval`: precision and recall of the garble detectors
# against annotated corpora (docs/eval.md).
#
#   corpora/eval/damaged/<lang>/NAME.txt  drafts with machine-translation
#       damage; NAME.ann beside each lists the expected findings, one
#       "LINE RULE" a line ('#' starts a comment).  A finding matches an
#       annotation with the same line and rule.
#   corpora/eval/clean/<lang>/*.txt       professionally edited copy: every
#       garble.* finding there is a false alarm.  Bound: at most one per
#       2,000 words.
#   ../shared/devdata/wmt22/*/ref         when present: professional
#       translations (de, fr); findings per 2,000 words are reported, news
#       and user-generated text apart.
#
# Prints per-rule TP/FP/FN, precision and recall, the clean-set rate, and
# exits 1 if a detector's precision is below 0.9 or the clean set breaks
# its bound.
set -u
W=${WIRECHECK:-./wirecheck}
DATA=${WIRECHECK_DATA_DIR:-$(pwd)/dictionaries}
DEV=${DEVDATA:-../shared/devdata}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
: > "$tmp/found"; : > "$tmp/want"; : > "$tmp/clean"

run() { # lang file -> "LINE RULE" lines of garble.* findings
  "$W" --data-dir "$DATA" --format expect --fail-on none --lang "$1" \
    --disable spelling "$2" 2>/dev/null |
    awk '$3 ~ /^garble\./ { split($1, p, ":"); r = $3; sub(/:$/, "", r); print p[1], r }'
}

for f in corpora/eval/damaged/*/*.txt; do
  [ -f "$f" ] || continue
  lang=$(basename "$(dirname "$f")")
  ann=${f%.txt}.ann
  run "$lang" "$f" | sed "s|^|$f |" >> "$tmp/found"
  if [ -f "$ann" ]; then
    grep -v '^[[:space:]]*#' "$ann" | awk -v f="$f" 'NF >= 2 { print f, $1, $2 }' >> "$tmp/want"
  fi
done

words=0
for f in corpora/eval/clean/*/*.txt; do
  [ -f "$f" ] || continue
  lang=$(basename "$(dirname "$f")")
  n=$(wc -w < "$f")
  words=$((words + n))
  run "$lang" "$f" | sed "s|^|$f |" >> "$tmp/clean"
done

echo "== damaged drafts: per rule (a finding matches an annotation on its line)"
awk '
  FNR == 1 { part++ }
  part == 1 { want[$1 " " $2 " " $3] = 1; rules[$3] = 1; nwant[$3]++; next }
  part == 2 { key = $1 " " $2 " " $3; rules[$3] = 1
              if (key in want) { tp[$3]++; if (!(key in hit)) found[$3]++; hit[key] = 1 } else { fp[$3]++; print "  FP " $0 > "/dev/stderr" } next }
  END {
    for (k in want) if (!(k in hit)) { split(k, a, " "); fn[a[3]]++; print "  FN " k > "/dev/stderr" }
    printf "%-22s %4s %4s %4s %9s %7s\n", "rule", "TP", "FP", "FN", "precision", "recall"
    n = 0; for (r in rules) names[++n] = r
    for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (names[j] < names[i]) { t = names[i]; names[i] = names[j]; names[j] = t }
    bad = 0
    for (i = 1; i <= n; i++) { r = names[i]
      p = (tp[r] + fp[r]) ? tp[r] / (tp[r] + fp[r]) : 1
      rc = nwant[r] ? found[r] / nwant[r] : 1
      printf "%-22s %4d %4d %4d %9.2f %7.2f\n", r, tp[r], fp[r], fn[r], p, rc
      if (p < 0.9) bad = 1 }
    exit bad }
' "$tmp/want" "$tmp/found" 2> "$tmp/errs"
prec_ok=$?
sed 's/^/  /' "$tmp/errs" | sort | head -60

echo "== clean copy"
nclean=$(wc -l < "$tmp/clean")
sed 's/^/  FP /' "$tmp/clean"
rate=$(awk -v n="$nclean" -v w="$words" 'BEGIN { printf "%.2f", w ? n * 2000 / w : 0 }')
echo "clean: $words words, $nclean garble findings, $rate per 2,000 words (bound 1.00)"
clean_ok=$(awk -v r="$rate" 'BEGIN { print (r <= 1.0) ? 0 : 1 }')

if [ -d "$DEV/wmt22" ]; then
  echo "== devdata: professional translations (wmt22 ref)"
  for pair in de-fr fr-de; do
    d="$DEV/wmt22/$pair/ref"
    [ -d "$d" ] || continue
    lang=${pair#*-}
    # one run over the folder; findings carry their file
    "$W" --data-dir "$DATA" -q --color never --fail-on none --lang "$lang" \
      --disable spelling "$d" 2>/dev/null |
      sed -n 's|^.*/\([^/:]*\):[0-9]*:[0-9]*:.*\[\(garble\.[a-z-]*\)\]$|\1 \2|p' > "$tmp/dev"
    for kind in news ugc; do
      w=0
      for f in "$d"/*.txt; do
        case $(basename "$f") in en_*|t1_*|t3_*) k=ugc ;; *) k=news ;; esac
        [ "$k" = "$kind" ] && w=$((w + $(wc -w < "$f")))
      done
      awk -v kind="$kind" '{ k = ($1 ~ /^(en_|t1_|t3_)/) ? "ugc" : "news"; if (k == kind) print $2 }' \
        "$tmp/dev" > "$tmp/devk"
      n=$(wc -l < "$tmp/devk")
      per=$(awk -v n="$n" -v w="$w" 'BEGIN { printf "%.2f", w ? n * 2000 / w : 0 }')
      byrule=$(sort "$tmp/devk" | uniq -c | awk '{ printf " %s=%d", $2, $1 }')
      echo "$pair ref ($lang, $kind): $w words, $n garble findings, $per per 2,000 words;$byrule"
    done
  done
  echo "== devdata: the same articles machine-translated (wmt22 mt), for comparison"
  for pair in de-fr fr-de; do
    lang=${pair#*-}
    for sys in "$DEV/wmt22/$pair/mt"/*/; do
      [ -d "$sys" ] || continue
      w=$(cat "$sys"*.txt | wc -w)
      "$W" --data-dir "$DATA" -q --color never --fail-on none --lang "$lang" \
        --disable spelling "$sys" 2>/dev/null |
        sed -n 's|^.*\[\(garble\.[a-z-]*\)\]$|\1|p' > "$tmp/devk"
      n=$(wc -l < "$tmp/devk")
      per=$(awk -v n="$n" -v w="$w" 'BEGIN { printf "%.2f", w ? n * 2000 / w : 0 }')
      byrule=$(sort "$tmp/devk" | uniq -c | awk '{ printf " %s=%d", $2, $1 }')
      echo "$pair $(basename "$sys") ($lang): $w words, $n garble findings, $per per 2,000 words;$byrule"
    done
  done
fi

# ---- garble.fragment: hunspell verb oracle against link-grammar (en, ru) --
wd=$(dirname "$W"); [ "$wd" = "." ] && wd=build
lib="$wd/libwirecheck.a"
pkgs="hunspell libutf8proc libxml-2.0"
lgdef=""
if pkg-config --exists link-grammar 2>/dev/null; then
  pkgs="$pkgs link-grammar"; lgdef="-DWC_HAVE_LINKGRAMMAR"
fi
if [ -f "$lib" ] && ${CC:-cc} -std=c11 -D_GNU_SOURCE -O2 -Ichecker/include -Ichecker/src \
     $(pkg-config --cflags $pkgs) $lgdef -o "$tmp/fragment_lg" tests/eval/fragment_lg.c \
     "$lib" $(pkg-config --libs $pkgs) -lm 2> "$tmp/cc"; then
  echo "== garble.fragment: which lexical source finds the verb (candidate sentences)"
  : > "$tmp/frag"
  for lang in en ru; do
    "$tmp/fragment_lg" "$DATA" "$lang" corpora/eval/damaged/$lang/*.txt \
      corpora/eval/clean/$lang/*.txt >> "$tmp/frag" 2>/dev/null
  done
  awk '
    FNR == 1 { part++ }
    part == 1 { if ($3 == "garble.fragment") frag[$1 " " $2] = 1; next }
    { key = $1 " " $2; truth = key in frag; cand++
      for (m = 3; m <= 4; m++) { v = $m
        if (v == "-" || v == "?") { skip[m]++; continue }
        flagged = (v == "0")
        if (flagged && truth) tp[m]++; else if (flagged) fp[m]++; else if (truth) fn[m]++ } }
    END {
      name[3] = "hunspell+lists"; name[4] = "link-grammar"
      printf "%d candidate sentences (en, ru; damaged and clean)\n", cand
      printf "%-16s %4s %4s %4s %9s %7s %8s\n", "source", "TP", "FP", "FN", "precision", "recall", "no-parse"
      for (m = 3; m <= 4; m++) {
        p = (tp[m] + fp[m]) ? tp[m] / (tp[m] + fp[m]) : 1
        r = (tp[m] + fn[m]) ? tp[m] / (tp[m] + fn[m]) : 1
        printf "%-16s %4d %4d %4d %9.2f %7.2f %8d\n", name[m], tp[m], fp[m], fn[m], p, r, skip[m] } }
  ' "$tmp/want" "$tmp/frag"
else
  echo "== garble.fragment source comparison skipped (helper did not build: $(head -1 "$tmp/cc"))"
fi

# ---- garble.grammar (--deep, off by default): en and ru --------------------
if [ -n "$lgdef" ]; then
  echo "== garble.grammar with --deep (link-grammar; off by default)"
  for lang in en ru; do
    for set in damaged clean; do
      n=0; hit=0; w=0
      for f in corpora/eval/$set/$lang/*.txt; do
        w=$((w + $(wc -w < "$f")))
        "$W" --data-dir "$DATA" --deep --format expect --fail-on none --lang "$lang" \
          --disable spelling "$f" 2>/dev/null | awk '$3 == "garble.grammar:" { split($1, p, ":"); print p[1] }' > "$tmp/gr"
        n=$((n + $(wc -l < "$tmp/gr")))
        if [ "$set" = damaged ]; then
          ann=${f%.txt}.ann
          for l in $(cat "$tmp/gr"); do
            grep -q "^$l " "$ann" && hit=$((hit + 1))
          done
        fi
      done
      if [ "$set" = damaged ]; then
        echo "$lang damaged: $n findings, $hit on lines an editor marked as damaged"
      else
        echo "$lang clean: $w words, $n findings ($(awk -v n=$n -v w=$w 'BEGIN { printf "%.2f", n * 2000 / w }') per 2,000 words)"
      fi
    done
  done
fi

status=0
[ "$prec_ok" -eq 0 ] || { echo "eval: a detector is below 0.9 precision"; status=1; }
[ "$clean_ok" -eq 0 ] || { echo "eval: the clean set is over its bound"; status=1; }
[ $status -eq 0 ] && echo "eval: all detectors at or above 0.9 precision; clean set within bound"
exit $status
