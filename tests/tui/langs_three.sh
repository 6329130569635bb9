#!/bin/sh
# Issue 14: the wizard with a third notice language from data (Swedish through languages.cfg of the
# administrator's layer, its stock clauses in a copy of the data layer). At 80x24 the first screen
# lists every language of the table, each with its own name, and still fits with six register types
# and a status message of two rows; the last language left cannot be unticked; ticking Swedish puts it
# in the saved notice's languages; ^K in a section cycles fi -> en -> sv -> fi, the text line naming
# the language; ä/ö/å typed into the Swedish text are saved under sv = (and ^Z undoes them there);
# leaving after the Swedish edit marks Finnish and English out of date in the overview. English UI.
. "$top_srcdir/tests/tui/tmux.sh"
TUI_TERM=xterm

cp -R "$top_srcdir/data" "$WORK/data" && chmod -R u+w "$WORK/data" || exit 99
[ -f "$WORK/data/clauses/sv.cfg" ] ||
  printf '%s\n' 'language = "sv";' 'clauses = (' \
    '  { id = "register_name.customer"; title = "Kundregister"; default = true; text = "Kundregister"; }' \
    ');' >"$WORK/data/clauses/sv.cfg"
mkdir -p "$WORK/etc"
printf '%s\n' 'languages = ( { code = "sv"; name = "Swedish"; native = "svenska"; date = "{d}.{m}.{y}"; and = " och "; } );' \
  >"$WORK/etc/languages.cfg"
TUI_ENV="env SELOSTE_DATADIR=$WORK/data SELOSTE_SYSCONFDIR=$WORK/etc"

# Line (from 1) of the screen of session $1 with the fixed string $2, or nothing.
line_of() { tui_screen "$1" | grep -n -F -- "$2" | head -1 | cut -d: -f1; }
# The first screen fits: the question, its answers, the languages' heading and the three languages,
# each whole on a line of its own in that order, all above the status line(s) and the key help.
check_layout() {
  q=$(line_of a "Whose data does the register hold?")
  h=$(line_of a "Languages of the notice (Space to tick):")
  fi_=$(line_of a "] Finnish (suomi)")
  en=$(line_of a "] English")
  sv=$(line_of a "] Swedish (svenska)")
  [ -n "$q" ] && [ -n "$h" ] && [ -n "$fi_" ] && [ -n "$en" ] && [ -n "$sv" ] || tui_fail a "$1: a row is missing"
  [ "$h" -gt $((q + 6)) ] || tui_fail a "$1: the languages overlap the register types"
  [ "$fi_" -eq $((h + 1)) ] && [ "$en" -eq $((h + 2)) ] && [ "$sv" -eq $((h + 3)) ] ||
    tui_fail a "$1: the languages are not one per line under their heading"
  [ "$(tui_screen a | sed -n "$((q + 1)),$((q + 6))p" | grep -c '^   ([ *]) ')" = 6 ] ||
    tui_fail a "$1: the six register types are not all shown"
  o=$(line_of a "Organisation (from the settings")
  [ -z "$o" ] || [ "$o" -gt "$sv" ] || tui_fail a "$1: the organisation overlaps the languages"
  [ "$sv" -le 21 ] || tui_fail a "$1: the languages run into the status line"
  tui_screen a | sed -n 23p | grep -q "^Space choose  Enter choose and start" || tui_fail a "$1: the key help was overwritten"
}

tui_start a --ui-lang en n.seloste
tui_wait a "Languages of the notice"
tui_wait a "[ ] Swedish (svenska)"
check_layout "the first screen"
tui_screen a | grep -q "\[x\] English (" && tui_fail a "English in the English UI has its own name again"
# a status message of two rows (a letter typed here) takes rows from the body: still no overlap
tui_type a "x"
tui_wait a "Nothing to type into here"
s=$(line_of a "Nothing to type into here")
[ "$s" = 21 ] || tui_fail a "the message did not take two rows (starts on line $s)"
check_layout "with a two-row message"
[ "$sv" -lt "$s" ] || tui_fail a "the message covers the languages"
o=$(line_of a "Organisation (from the settings")
[ -z "$o" ] || [ "$o" -lt "$s" ] || tui_fail a "the organisation runs into the message"

# to the Swedish row: past the six types, Finnish and English
tui_keys a Down Down Down Down Down Down Down Down
tui_keys a Space
tui_wait a "[x] Swedish (svenska)"
# unticking leaves at least one language, counted over all three
tui_keys a Up Up Space
tui_wait a "Leave Finnish out of the notice?"
tui_keys a Enter
tui_wait a "[ ] Finnish (suomi)"
tui_keys a Down Space
tui_wait a "Leave English out of the notice?"
tui_keys a Enter
tui_wait a "[ ] English"
tui_keys a Down Space
tui_wait a "The notice needs at least one language."
tui_screen a | grep -qF "[x] Swedish (svenska)" || tui_fail a "the last language was left out"
tui_keys a Up Space Up Space
tui_wait a "[x] Finnish (suomi)"
tui_wait a "[x] English"
tui_keys a C-s
tui_wait a "Saved n.seloste"
grep -q '^languages = \[ "fi", "en", "sv" \];' n.seloste || { grep languages n.seloste; tui_fail a "sv is not among the saved languages"; }

# ^K cycles the three languages in a section, the text line naming each
tui_keys a Enter
tui_wait a "Controller"
tui_goto a register_name "Name of the register"
tui_wait a "Text in Finnish"
tui_keys a C-k
tui_wait a "Text in English"
tui_keys a C-k
tui_wait a "Text in Swedish"
tui_keys a C-k
tui_wait a "Text in Finnish"
tui_keys a C-k C-k
tui_wait a "Text in Swedish"
# typing in Swedish; ^Z undoes it in Swedish too
tui_type a "ÖÖÖ"
tui_wait a "ÖÖÖ"
tui_keys a C-z
tui_wait_gone a "ÖÖÖ"
tui_type a "Åsa för åäö "
tui_wait a "Åsa för åäö"
tui_wait a "Text in Swedish: edited"
# leaving: Finnish and English now lag (said in the next section's status line)
tui_keys a C-n
tui_wait a "You changed the text of \"Name of the register\" (Swedish); the text in Finnish"
tui_wait a "and English is now marked out of date."
tui_keys a C-s
tui_wait a "Saved n.seloste"
sec() { sed -n "/^  $1 : *\$/,/^  };/p" n.seloste; }
sec register_name | grep -q '^    sv = ".*Åsa för åäö' || { sec register_name; tui_fail a "the Swedish text was not saved under sv ="; }
sec register_name | grep -E '^    (fi|en) = ' | grep -q "Åsa" && tui_fail a "the Swedish text went into another language"
# the overview marks both
tui_keys a C-o
tui_wait a "Overview of the notice"
tui_screen a | grep "Name of the register" | grep -q "! FI, EN out of date" ||
  tui_fail a "the overview does not mark Finnish and English out of date"
tui_keys a Escape
# the preview goes through the languages too
tui_keys a C-v
tui_wait a "arrows/PgUp/PgDn scroll  ^K"
lang=$(tui_screen a | sed -n 's/^Preview in \([A-Za-z]*\): .*/\1/p')
tui_keys a C-k
case $lang in
  Finnish) tui_wait a "Preview in English: arrows/PgUp/PgDn scroll  ^K Swedish  Esc back" ;;
  English) tui_wait a "Preview in Swedish: arrows/PgUp/PgDn scroll  ^K Finnish  Esc back" ;;
  Swedish) tui_wait a "Preview in Finnish: arrows/PgUp/PgDn scroll  ^K English  Esc back" ;;
  *) tui_fail a "no language in the preview's help" ;;
esac
tui_keys a Escape
tui_keys a C-s
tui_keys a C-q
st=$(tui_wait_exit a); [ "$st" = 0 ] || tui_fail a "exit status $st"
exit 0
