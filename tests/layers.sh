#!/bin/sh
# Clauses and settings layer: packaged data, then /etc/seloste, then the user's config dir.
. "$top_srcdir/tests/lib.sh"

export SELOSTE_SYSCONFDIR="$T/etc" XDG_CONFIG_HOME="$T/home"
mkdir -p "$T/etc/clauses" "$T/home/seloste/clauses"
cat >"$T/etc/seloste.ini" <<'INI'
[organisation]
name = Ylläpitäjän Oy
city = Tampere
INI
cat >"$T/home/seloste/seloste.ini" <<'INI'
[organisation]
name = Käyttäjän Oy
INI
cat >"$T/etc/clauses/fi.cfg" <<'CFG'
clauses = (
  { id = "retention.house"; title = "Talon oma"; default = true;
    text = "Säilytämme tiedot talon ohjeen mukaan."; },
  { id = "complaint.default"; default = true; text = "Ylläpitäjän valitusteksti."; }
);
CFG
cat >"$T/home/seloste/clauses/fi.cfg" <<'CFG'
clauses = ( { id = "complaint.default"; default = true; text = "Käyttäjän valitusteksti."; } );
CFG

status 0 "$SELOSTE" new "$T/a.seloste"
status 0 "$SELOSTE" render --draft "$T/a.seloste" --lang fi
contains "$T/out" "Käyttäjän Oy"
lacks "$T/out" "Ylläpitäjän Oy"
contains "$T/out" "Tampere"
contains "$T/out" "Säilytämme tiedot talon ohjeen mukaan."
contains "$T/out" "Käyttäjän valitusteksti."
lacks "$T/out" "Ylläpitäjän valitusteksti."
contains "$T/a.seloste" 'clause = "retention.house";'

# a house clause file with an error stops with its file and line
printf 'clauses = (\n  { id = "a.b" text = = "x"; }\n);\n' >"$T/home/seloste/clauses/en.cfg"
status 2 "$SELOSTE" --ui-lang en new "$T/b.seloste"
contains "$T/err" "$T/home/seloste/clauses/en.cfg:2:"
[ ! -e "$T/b.seloste" ] || fail "new wrote a file despite a bad clause file"

# the authority's details come from one data entry that an administrator can update
rm "$T/home/seloste/clauses/en.cfg"
printf 'authority = { visiting_address = "Uusikatu 1, 00100 Helsinki"; };\n' >"$T/etc/authority.cfg"
status 0 "$SELOSTE" render --draft "$T/a.seloste" --lang en
contains "$T/out" "Uusikatu 1, 00100 Helsinki"
contains "$T/out" "tietosuoja@om.fi"

# A personal settings folder another user's HOME leaves behind (su without -): not there for us,
# so the program starts; a settings file that is there but unreadable is still an error.
if [ "$(id -u)" = 0 ] && command -v setpriv >/dev/null 2>&1; then
  mkdir -p "$T/roothome/seloste" "$T/nobody"
  printf '[organisation]\nname = Salainen Oy\n' >"$T/roothome/seloste/seloste.ini"
  chmod 700 "$T/roothome"
  chmod 777 "$T/nobody"
  chmod 755 "$T"
  XDG_CONFIG_HOME="$T/roothome" status 0 setpriv --reuid=65534 --regid=65534 --clear-groups \
    "$SELOSTE" new "$T/nobody/n.seloste"
  lacks "$T/nobody/n.seloste" "Salainen Oy"
  chmod 755 "$T/roothome"
  chmod 600 "$T/roothome/seloste/seloste.ini"
  XDG_CONFIG_HOME="$T/roothome" status 2 setpriv --reuid=65534 --regid=65534 --clear-groups \
    "$SELOSTE" new "$T/nobody/m.seloste"
  contains "$T/err" "seloste.ini"
fi
finish
