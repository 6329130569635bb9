#!/bin/bash
# The Debian package as an administrator meets it (not part of make check; ./run-tests runs it as
# its own step when CI=true or with --package): builds the .deb from a clean clone of HEAD with
# dpkg-buildpackage, runs lintian, installs it with apt-get, runs /usr/bin/seloste new, check and
# render and a short wizard session in tmux with the installed data only, then removes the package
# (only the conffile /etc/seloste/seloste.ini may be left) and purges it (nothing may be left).
# Needs root, apt-get, dpkg-buildpackage, lintian and tmux; exits 77 without them, and when seloste
# is already installed (an administrator's installation is never touched). Ends "package: ok".
set -u
top=$(cd "$(dirname "$0")/.." && pwd)
CONFFILE=/etc/seloste/seloste.ini

skip() { echo "SKIP: package: $*"; exit 77; }
[ "$(id -u)" -eq 0 ] || skip "needs root (apt-get install)"
for tool in apt-get dpkg-buildpackage lintian tmux git; do
  command -v "$tool" >/dev/null || skip "needs $tool"
done
was=$(dpkg-query -W -f='${db:Status-Status}' seloste 2>/dev/null)
[ -z "$was" ] || [ "$was" = not-installed ] || skip "seloste is on this machine ($was); not touching it"

T=$(mktemp -d /tmp/seloste-package.XXXXXX)
installed=no
# cleanup: purges what this test installed, stops its tmux server, removes the temp dir.
cleanup() {
  [ "$installed" = no ] || DEBIAN_FRONTEND=noninteractive apt-get purge -y -q seloste >/dev/null 2>&1
  tmux -L "seloste-package-$$" kill-server >/dev/null 2>&1
  rm -rf "$T"
}
trap cleanup EXIT
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
# die MESSAGE [LOG]: a step that the rest depends on failed; shows the log's tail.
die() { echo "FAIL: $1"; [ -z "${2:-}" ] || tail -n 40 "$2"; exit 1; }
apt() { DEBIAN_FRONTEND=noninteractive apt-get -y -q "$@" >"$T/apt.log" 2>&1; }

# ---- build: the same as `dpkg-buildpackage -us -uc -b` in a fresh checkout; the test suite has
# run in this checkout already, so the package build skips it (nocheck) ----
git -c safe.directory="$top" clone -q "$top" "$T/src" || die "git clone of $top failed"
(cd "$T/src" && DEB_BUILD_OPTIONS=nocheck dpkg-buildpackage -us -uc -b -Pnocheck) >"$T/build.log" 2>&1 ||
  die "dpkg-buildpackage failed" "$T/build.log"
deb=$(ls "$T"/seloste_*.deb 2>/dev/null | head -1)
[ -n "$deb" ] || die "dpkg-buildpackage made no seloste_*.deb" "$T/build.log"
echo "built $(basename "$deb")"

# ---- lintian: no error, no warning that debian/seloste.lintian-overrides does not explain ----
lintian --show-overrides "$T"/seloste_*.changes >"$T/lintian.log" 2>&1
grep -E '^[EW]: ' "$T/lintian.log" && fail "lintian reports errors or warnings (above)"
echo "lintian: $(grep -c '^E: ' "$T/lintian.log") errors, $(grep -c '^W: ' "$T/lintian.log") warnings," \
  "$(grep -c '^O: ' "$T/lintian.log") overridden (debian/seloste.lintian-overrides)"

# ---- install ----
cd "$T" || exit 1
installed=yes
apt install "./$(basename "$deb")" || die "apt-get install ./$(basename "$deb") failed" "$T/apt.log"
dpkg-query -W -f='${Conffiles}\n' seloste | grep -q " $CONFFILE " || fail "$CONFFILE is not a conffile"
dpkg -L seloste >"$T/files"
for f in /usr/bin/seloste /usr/share/seloste/registers/sections.cfg /usr/share/seloste/clauses/fi.cfg \
         /usr/share/locale/fi/LC_MESSAGES/seloste.mo /usr/share/locale/sv/LC_MESSAGES/seloste.mo \
         /usr/share/man/man1/seloste.1.gz /usr/share/doc/seloste/registers.md /usr/share/doc/seloste/opas.md "$CONFFILE"; do
  [ -f "$f" ] || fail "the package did not install $f"
done
# linked dynamically, so security updates of these libraries reach seloste
for lib in libconfig.so libncursesw.so libiniparser.so; do
  ldd /usr/bin/seloste | grep -q "$lib" || fail "/usr/bin/seloste does not load $lib as a shared library"
done
man -w seloste >/dev/null 2>&1 || fail "man seloste finds no page"

# ---- the commands, from /usr/bin with the installed data and catalogues only ----
mkdir -p "$T/home/.config/seloste" "$T/w"
cp "$top/data/demo.ini" "$T/home/.config/seloste/seloste.ini"
# run EXPECTED-STATUS ARGS...: /usr/bin/seloste ARGS in $T/w, outside any build tree's settings;
# output to $T/out and $T/err.
run() {
  local want=$1 got; shift
  (cd "$T/w" && env -u SELOSTE_DATADIR -u SELOSTE_LOCALEDIR -u SELOSTE_SYSCONFDIR -u SOURCE_DATE_EPOCH \
     HOME="$T/home" XDG_CONFIG_HOME="$T/home/.config" /usr/bin/seloste "$@") >"$T/out" 2>"$T/err"
  got=$?
  [ "$got" -eq "$want" ] || fail "seloste $* exited $got, want $want: $(head -c 400 "$T/err")"
}
has() { grep -qF -- "$2" "$1" || fail "$1 lacks: $2"; }
run 0 new notice.seloste --ui-lang fi
has "$T/out" "Luotiin notice.seloste"                    # the Finnish catalogue from /usr/share/locale
has "$T/w/notice.seloste" 'name = "Esimerkki Oy";'       # the user's settings
has "$T/w/notice.seloste" 'origin = "stock";'            # the stock clauses from /usr/share/seloste
run 0 check notice.seloste --ui-lang en
run 0 render notice.seloste --lang fi --format html -o notice.fi.html
has "$T/w/notice.fi.html" "Esimerkki Oy"
has "$T/w/notice.fi.html" "Rekisterinpitäjä"
run 0 render notice.seloste --lang en --format text
has "$T/out" "Controller"
run 0 new ruotsi.seloste --ui-lang sv
has "$T/out" "Skapade ruotsi.seloste"                    # the Swedish catalogue
# the installed /etc/seloste/seloste.ini is all comments: nothing from it reaches the notice
grep -q -v -e '^#' -e '^$' "$CONFFILE" 2>/dev/null && fail "$CONFFILE has a line that is not a comment"

# ---- a short wizard session in tmux: it starts on the notice, shows its first screen, ^Q quits ----
tmx() { tmux -L "seloste-package-$$" "$@"; }
# screen_has TEXT: waits up to 15 s until the wizard's screen shows TEXT.
screen_has() {
  local i=0
  until tmx capture-pane -p -t wiz 2>/dev/null | grep -qF -- "$1"; do
    i=$((i + 1)); [ $i -lt 300 ] || { fail "the wizard never showed '$1'"; tmx capture-pane -p -t wiz; return 1; }
    sleep 0.05
  done
}
tmx new-session -d -s wiz -x 80 -y 24 \
  "cd '$T/w' && env -u SELOSTE_DATADIR -u SELOSTE_LOCALEDIR -u SELOSTE_SYSCONFDIR HOME='$T/home' \
   XDG_CONFIG_HOME='$T/home/.config' TERM=screen /usr/bin/seloste --ui-lang fi notice.seloste;
   echo \$? >'$T/wizard.status'; sleep 600"
screen_has "seloste: notice.seloste" && screen_has "Rekisterinpitäjä" && screen_has "^Q"
tmx send-keys -t wiz C-q
i=0
until [ -s "$T/wizard.status" ]; do
  i=$((i + 1)); [ $i -lt 300 ] || { fail "the wizard did not quit on ^Q"; tmx capture-pane -p -t wiz; break; }
  sleep 0.05
done
[ ! -s "$T/wizard.status" ] || [ "$(cat "$T/wizard.status")" = 0 ] ||
  fail "the wizard exited with status $(cat "$T/wizard.status")"
tmx kill-server >/dev/null 2>&1
[ ! -e "$T/w/notice.seloste.lock" ] || fail "the wizard left its lock file after ^Q"

# ---- remove: only the conffile is left; purge: nothing is ----
apt remove seloste || die "apt-get remove seloste failed" "$T/apt.log"
dpkg-query -W -f='${db:Status-Status}\n' seloste | grep -qx config-files ||
  fail "after remove, dpkg does not keep seloste's config-files state"
[ -f "$CONFFILE" ] || fail "remove deleted the conffile $CONFFILE"
cmp -s "$CONFFILE" "$T/src/data/seloste.ini.example" || fail "$CONFFILE is not the packaged example"
# every file the package had is gone, and every directory of its own, but /etc/seloste
while read -r f; do
  case $f in "$CONFFILE"|/etc/seloste) continue ;; esac
  if [ -e "$f" ] && { [ ! -d "$f" ] || [[ $f == *seloste* ]]; }; then
    fail "left after remove: $f"
  fi
done <"$T/files"
apt purge seloste || die "apt-get purge seloste failed" "$T/apt.log"
installed=no
[ ! -e "$CONFFILE" ] && [ ! -e /etc/seloste ] || fail "purge left /etc/seloste"
st=$(dpkg-query -W -f='${db:Status-Status}' seloste 2>/dev/null)
[ -z "$st" ] || [ "$st" = not-installed ] || fail "after purge, dpkg still has seloste as $st"

[ "$failures" -eq 0 ] || { echo "package: $failures failures"; exit 1; }
echo "package: ok"
