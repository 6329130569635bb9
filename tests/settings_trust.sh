#!/bin/sh
# seloste.ini steers what goes into every notice (the organisation's name, the languages): like the data
# files, it is read only when it belongs to root or to the user running seloste and no one else can
# change it (a user trial planted another user's seloste.ini in a world-writable config folder, and its
# name went into root's notice). Refused with the file's name and why; nothing is written.
. "$top_srcdir/tests/lib.sh"

mkdir -p "$T/home/seloste"
cp "$top_srcdir/data/demo.ini" "$T/home/seloste/seloste.ini"
export XDG_CONFIG_HOME="$T/home"
status 0 "$SELOSTE" new "$T/ok.seloste" --ui-lang en
contains "$T/ok.seloste" "Esimerkki Oy"

chmod 0666 "$T/home/seloste/seloste.ini"
status 2 "$SELOSTE" new "$T/w.seloste" --ui-lang en
contains "$T/err" "$T/home/seloste/seloste.ini: not read, for everyone may change it"
[ ! -e "$T/w.seloste" ] || fail "a notice was written from a seloste.ini anyone may change"
chmod 0644 "$T/home/seloste/seloste.ini"

chmod 0777 "$T/home/seloste"
status 2 "$SELOSTE" new "$T/d.seloste" --ui-lang en
contains "$T/err" "its folder belongs to another user or everyone may change it"
chmod 0755 "$T/home/seloste"

if [ "$(id -u)" = 0 ] && id nobody >/dev/null 2>&1; then
  chown nobody "$T/home/seloste/seloste.ini"
  status 2 "$SELOSTE" new "$T/n.seloste" --ui-lang en
  contains "$T/err" "not read, for it belongs to another user"
  [ ! -e "$T/n.seloste" ] || fail "root's notice was made from another user's seloste.ini"
fi
finish
