#!/bin/sh
# Memory is bounded by the largest file, not the batch: checking 1,000
# articles must not take much more memory than checking 100 of them.
. tests/cli/lib.inc
mk() { # dir count
  mkdir -p "$1"
  i=0
  while [ $i -lt "$2" ]; do
    # vary the text so that each article has words of its own
    sed "s/Friday/Friday$i/; s/Thursday/day$i/" corpora/en/nato-ukraine-cyber.txt > "$1/a$i.txt"
    i=$((i + 1))
  done
}
mk "$T/small" 100
mk "$T/big" 1000
# Under ASan, freed memory waits in a quarantine and every allocation's stack
# is kept in a depot, both growing with the run by design (measured: +17 KB
# a file with the defaults); switch both off so what is measured is ours.
export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}quarantine_size_mb=0:malloc_context_size=0:detect_leaks=0"
rss() { "$W" -q --stats --fail-on none --format json "$1" 2>&1 >/dev/null |
        sed -n 's/.*max_rss_kib=\([0-9]*\).*/\1/p'; }
a=$(rss "$T/small"); b=$(rss "$T/big")
[ -n "$a" ] && [ -n "$b" ] || fail "no stats"
echo "max RSS: 100 files ${a} KiB, 1000 files ${b} KiB"
# allow 10% + 1 MiB for allocator noise and per-run caches (distinct words,
# the batch pass's name summaries); keeping each 2.9 KB article would add
# about 3 MiB, keeping each document model far more
[ "$b" -le $((a + a / 10 + 1024)) ] || fail "memory grows with the batch: $a KiB -> $b KiB"
exit 0
