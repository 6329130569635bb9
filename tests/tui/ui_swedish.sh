#!/bin/sh
# The wizard in Swedish (issue 14): --ui-lang sv gives the first screen, the register question, the
# types' answers, headings, help and key names in Swedish; a member register notice in Finnish,
# English and Swedish is made, the Swedish text edited with å/ä/ö, saved (in Swedish words), and the
# saved notice renders in Swedish. PuTTY's TERM=xterm, 80x24.
. "$top_srcdir/tests/tui/tmux.sh"
TUI_TERM=xterm
mkdir -p "$WORK/home/seloste"
sed 's/^languages = .*/languages = fi, en, sv/' "$top_srcdir/data/demo.ini" >"$WORK/home/seloste/seloste.ini"
XDG_CONFIG_HOME=$WORK/home
export XDG_CONFIG_HOME
TUI_ENV="XDG_CONFIG_HOME='$WORK/home'"

tui_start a --ui-lang sv forening.seloste
tui_wait a "Vems uppgifter finns i registret?"
tui_wait a "Beskrivningens språk (kryssa med mellanslag):"
tui_wait a "[x] svenska"
tui_choose_register a "Medlemmar i en förening"
tui_keys a Enter
tui_wait_heading a "Personuppgiftsansvarig"
tui_screen a | grep -q "Spara" || tui_fail a "the key help is not in Swedish"
i=0
until tui_screen a | sed -n 2p | grep -q "Registrets namn"; do   # ^N to the register's name
  i=$((i + 1)); [ $i -le 8 ] || tui_fail a "no section 'Registrets namn'"
  tui_keys a C-n; sleep 0.3
done
# ^K to the Swedish text of the register's name, and type into it
i=0
until tui_screen a | grep -q "Text på svenska"; do
  i=$((i + 1)); [ $i -le 3 ] || tui_fail a "^K never showed the Swedish text"
  tui_keys a C-k; sleep 0.3
done
tui_keys a End
tui_type a " för Åsa och Östen"
tui_wait a "för Åsa och Östen"
tui_keys a C-s
tui_wait a "Sparade forening.seloste."
tui_keys a C-q
st=$(tui_wait_exit a); [ "$st" = 0 ] || tui_fail a "exit status $st"
file_has forening.seloste 'languages = [ "fi", "en", "sv" ];'
file_has forening.seloste 'register = "member";'
grep -q '^    sv = "Medlemsregister för Åsa och Östen";' forening.seloste ||
  { echo "FAIL: the Swedish edit is not saved under sv"; grep -n "Åsa" forening.seloste; exit 1; }
"$SELOSTE" render forening.seloste --lang sv --format text -o f.sv.txt --ui-lang sv 2>err || true
grep -q "Dataskyddsbeskrivning – Medlemsregister för Åsa och Östen" f.sv.txt ||
  { echo "FAIL: the Swedish notice does not carry the edit"; cat err; head -5 f.sv.txt; exit 1; }
exit 0
