#!/bin/sh
# make install honours PREFIX and DESTDIR: the binary, the data and the man
# page land there, and the installed program runs from its installed data.
. tests/cli/lib.inc
B=${BUILD:-build}
make -s --no-print-directory install BUILD="$B" PREFIX=/usr DESTDIR="$T/root" > "$T/log" 2>&1 \
  || { cat "$T/log"; fail "make install failed"; }
[ -x "$T/root/usr/bin/wirecheck" ] || fail "no binary"
[ -f "$T/root/usr/share/man/man1/wirecheck.1" ] || fail "no man page"
[ -f "$T/root/usr/share/wirecheck/en/profile.txt" ] || fail "no data"
[ -f "$T/root/usr/share/wirecheck/styles/default.xml" ] || fail "no house style"
printf 'Headline\n\nThe goverment met.\n' > "$T/a.txt"
WIRECHECK_DATA_DIR="$T/root/usr/share/wirecheck" "$T/root/usr/bin/wirecheck" \
  --format expect "$T/a.txt" | grep -q 'spelling.unknown' || fail "installed binary does not check"
exit 0
