#!/bin/sh
# deps.sh check|install -- the Debian packages wirecheck needs to build and
# test.  check: exit 1 if any is missing.  install: apt-get them when root,
# else print the command to run.
set -u
PKGS="build-essential pkg-config libhunspell-dev libutf8proc-dev libxml2-dev \
libxml2-utils libcmocka-dev hunspell-en-us hunspell-de-de hunspell-fr \
hunspell-es hunspell-ru hunspell-uk \
liblink-grammar-dev link-grammar-dictionaries-en link-grammar-dictionaries-all"
# Browser test and SARIF schema check (issue 6): headless Chromium opens the
# HTML report; python3 checks its DOM and the SARIF (against the schema with
# python3-jsonschema); a font so the screenshot shows text.
PKGS="$PKGS python3 python3-jsonschema chromium fonts-dejavu-core"
EXTRA="${WIRECHECK_EXTRA_DEPS:-}"

missing() {
  out=""
  for p in $PKGS $EXTRA; do
    s=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null)
    case "$s" in *"install ok installed"*) ;; *) out="$out $p" ;; esac
  done
  echo "$out"
}

case "${1:-check}" in
check)
  command -v dpkg-query >/dev/null 2>&1 || exit 0  # not Debian: trust pkg-config
  m=$(missing)
  [ -z "$m" ] && exit 0
  echo "wirecheck: missing packages:$m" >&2
  exit 1 ;;
install)
  command -v dpkg-query >/dev/null 2>&1 || {
    echo "wirecheck: not a Debian system; install hunspell, utf8proc, libxml2 and cmocka development packages by hand" >&2
    exit 0; }
  m=$(missing)
  [ -z "$m" ] && { echo "wirecheck: all dependencies are installed"; exit 0; }
  if [ "$(id -u)" = 0 ]; then
    echo "wirecheck: installing:$m"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq || true
    apt-get install -y -qq --no-install-recommends $m
  else
    echo "wirecheck: run as root:  apt-get update && apt-get install -y$m" >&2
    exit 1
  fi ;;
*) echo "usage: deps.sh check|install" >&2; exit 2 ;;
esac
