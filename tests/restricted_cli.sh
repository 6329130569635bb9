#!/bin/sh
# Restricted mode (-r anywhere, or the administrator's setting) allows only the wizard: every
# command is refused with exit 2 instead of running unrestricted.
. "$top_srcdir/tests/lib.sh"

printf 'PRIVATE\n' >"$T/secret.txt"
status 0 "$SELOSTE" new --ui-lang en "$T/doc.seloste"
for args in "-r render $T/doc.seloste" "render -r $T/doc.seloste" "--restricted render $T/doc.seloste" \
            "-r check $T/doc.seloste" "-r new $T/new.seloste" "-r import $T/secret.txt -o $T/imp.seloste" \
            "render $T/doc.seloste -o $T/out.txt -r"; do
  # shellcheck disable=SC2086
  status 2 "$SELOSTE" --ui-lang en $args
  contains "$T/err" "restricted mode allows only the wizard"
  [ ! -s "$T/out" ] || fail "$args printed the notice"
done
[ ! -e "$T/new.seloste" ] && [ ! -e "$T/imp.seloste" ] && [ ! -e "$T/out.txt" ] || fail "a refused command wrote a file"

# the administrator's setting restricts the commands too; a user's own setting cannot
mkdir -p "$T/etc" "$T/home/seloste"
printf '[ui]\nrestricted = yes\n' >"$T/etc/seloste.ini"
status 2 env SELOSTE_SYSCONFDIR="$T/etc" "$SELOSTE" --ui-lang en render "$T/doc.seloste"
contains "$T/err" "'render' is not available"
printf '[ui]\nrestricted = yes\n' >"$T/home/seloste/seloste.ini"
status 0 env XDG_CONFIG_HOME="$T/home" "$SELOSTE" --ui-lang en render --draft "$T/doc.seloste"
# unreadable administrator's settings: not run, the file named
printf '[ui]\nrestricted = perhaps\n' >"$T/etc/seloste.ini"
status 2 env SELOSTE_SYSCONFDIR="$T/etc" "$SELOSTE" --ui-lang en check "$T/doc.seloste"
contains "$T/err" "$T/etc/seloste.ini"
finish
