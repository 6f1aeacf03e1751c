#!/bin/sh
# bench.sh -- speed and memory.  Median of RUNS runs (default 5) over:
#   corpora/ (the bundled drafts), 1,000 generated articles, and the WMT22
#   devdata in ../shared/devdata when present.
# Prints bytes and words per second and peak memory for each set.
set -u
W=${WIRECHECK:-./wirecheck}
RUNS=${RUNS:-5}
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT

mkdir -p "$T/gen"
i=0
while [ $i -lt 1000 ]; do
  sed "s/Friday/Friday$i/" corpora/en/nato-ukraine-cyber.txt > "$T/gen/a$i.txt"
  i=$((i + 1))
done

bench() { # name path...
  name=$1; shift
  words=$(cat $(find "$@" -type f \( -name '*.txt' -o -name '*.html' -o -name '*.xml' \) \
          -not -path '*/eval/*') 2>/dev/null | wc -w)
  r=0; : > "$T/times"
  while [ $r -lt "$RUNS" ]; do
    "$W" -q --stats --fail-on none --format json "$@" 2>&1 >/dev/null |
      grep 'stats:' >> "$T/times"
    r=$((r + 1))
  done
  sort -t= -k4 -n "$T/times" > /dev/null
  med=$(sed -n 's/.*seconds=\([0-9.]*\).*/\1/p' "$T/times" | sort -n | sed -n "$(( (RUNS + 1) / 2 ))p")
  files=$(head -1 "$T/times" | sed -n 's/.*files=\([0-9]*\).*/\1/p')
  bytes=$(head -1 "$T/times" | sed -n 's/.*bytes=\([0-9]*\) .*/\1/p')
  rss=$(sed -n 's/.*max_rss_kib=\([0-9]*\).*/\1/p' "$T/times" | sort -n | tail -1)
  awk -v n="$name" -v f="$files" -v b="$bytes" -v w="$words" -v s="$med" -v m="$rss" 'BEGIN {
    printf "%-22s %6d files %9d words  median %7.3f s  %9.0f words/s  %8.0f KB/s  peak %6d KiB\n",
      n, f, w, s, (s > 0 ? w / s : 0), (s > 0 ? b / s / 1024 : 0), m }'
}

# one 500 KB line of unknown words: 60,000 findings on a single line (line
# and column counting must stay linear; hunspell's near-word search is
# bounded per document)
mkdir -p "$T/long"
awk 'BEGIN { srand(1); printf "Headline\n\n";
  for (i = 0; i < 60000; i++) { w = ""; n = 4 + int(rand() * 8);
    for (j = 0; j < n; j++) w = w sprintf("%c", 97 + int(rand() * 26));
    printf "%s ", w }
  printf ".\n" }' > "$T/long/garbage.txt"

echo "wirecheck bench: median of $RUNS runs"
bench corpora corpora
bench generated-1000 "$T/gen"
bench long-line-500KB "$T/long"
D=../shared/devdata/wmt22
if [ -d "$D" ]; then
  bench devdata-ref-de "$D/fr-de/ref"
  bench devdata-mt-fr "$D/de-fr/mt"
fi
