#!/bin/sh
# Shrinks a key log that breaks the property (tests/tui/property.sh) to a short one that still
# breaks it the same way: delta debugging over its lines, each candidate replayed against the real
# wizard (a few seconds each; never part of make check). Run from the build tree:
#   sh tests/tui/property_shrink.sh tests/tmp.property.3.keys
# The smallest log found is written to LOG.min (kept after every step, so it can be stopped).
set -u
log=${1:?usage: property_shrink.sh KEYLOG}
top_builddir=${top_builddir:-$(pwd)}
top_srcdir=${top_srcdir:-$(cd "$(dirname "$0")/../.." && pwd)}
SELOSTE=${SELOSTE:-$top_builddir/src/seloste}
SELOSTE_DATADIR=${SELOSTE_DATADIR:-$top_srcdir/data}
SELOSTE_LOCALEDIR=${SELOSTE_LOCALEDIR:-$top_builddir/tests/locale}
SELOSTE_SYSCONFDIR=${SELOSTE_SYSCONFDIR:-$top_builddir/tests/no-such-etc}
XDG_CONFIG_HOME=${XDG_CONFIG_HOME:-$top_builddir/tests/no-such-home}
export top_builddir top_srcdir SELOSTE SELOSTE_DATADIR SELOSTE_LOCALEDIR SELOSTE_SYSCONFDIR XDG_CONFIG_HOME
case $log in /*) ;; *) log=$(pwd)/$log ;; esac
work=$(mktemp -d "${TMPDIR:-/tmp}/seloste-shrink.XXXXXX")
trap 'rm -rf "$work"' EXIT

# The kind of failure a replay of key log $1 shows ("" when the property held): the first FAIL
# line and the first violation doc_compare names, without the seed, places and numbers.
shrink_verdict() {
  PROPERTY_REPLAY=$1 PROPERTY_MIN_SECTIONS=0 sh "$top_srcdir/tests/tui/property.sh" >"$work/out" 2>&1
  { sed -n 's/^FAIL ([^)]*): //p' "$work/out" | head -1
    sed -n 's|^[a-z_]*/[a-z_]*: \([^:]*\).*|\1|p' "$work/out" | head -1; } | sed 's/[0-9][0-9]*/N/g'
}

# Writes to $2 the header of the key log $1 and its keys without lines $3 to $4 (counted among
# the keys alone).
shrink_without() {
  awk -v from="$3" -v to="$4" '/^#/ { print; next } { k++ } k < from || k > to' "$1" >"$2"
}

want=$(shrink_verdict "$log")
[ -n "$want" ] || { echo "$log: the property holds for it; nothing to shrink"; exit 2; }
echo "failure to keep: $want"
cp "$log" "$log.min"
n=2
while :; do
  len=$(grep -vc '^#' "$log.min")
  [ "$len" -ge 2 ] || break
  [ $n -le "$len" ] || n=$len
  i=0; shrunk=0
  while [ $i -lt $n ]; do
    from=$((i * len / n + 1)); to=$(((i + 1) * len / n))
    shrink_without "$log.min" "$work/cand" "$from" "$to"
    if [ "$(shrink_verdict "$work/cand")" = "$want" ]; then
      cp "$work/cand" "$log.min"; shrunk=1
      echo "$(grep -vc '^#' "$log.min") keys still fail"
      break
    fi
    i=$((i + 1))
  done
  if [ $shrunk = 1 ]; then
    [ $n -gt 2 ] && n=$((n - 1))
  else
    [ $n -ge "$len" ] && break
    n=$((n * 2))
  fi
done
echo "smallest: $log.min ($(grep -vc '^#' "$log.min") keys)"
cat "$log.min"
