#!/bin/sh
# Property: typing is always safe. From a notice in which every text is edited
# (tests/data/edited.seloste), 2,000 random keys — printable characters with ä ö å € and Space,
# bracketed pastes (with ä ö, a TAB and a line end inside), Tab and Shift-Tab, arrows, Home/End/
# PgUp/PgDn in the forms PuTTY, xterm and tmux send, and resizes; no Ctrl key, Backspace or Delete —
# then ^S. The file on disk is unchanged until ^S, and tests/tools/doc_compare finds the saved
# document to follow from the start by typing only: every old text and field kept in order, no
# section reset, given another variant or marked (not) applicable, options changed only where Space
# may have chosen one (an option list, the first screen's languages; never in a run without the Space
# key).
#
# Seeds: PROPERTY_SEEDS="1 2 3 4" (the default; odd seeds run without the Space key), PROPERTY_KEYS
# keys each (2000); then the key logs in tests/tui/property_cases (failures found before, shrunk).
# PROPERTY_REPLAY=FILE sends one key log instead (a relative name is in the build tree). A failed run keeps its key log as tests/tmp.property.SEED.keys in the build tree
# (and the document as it was left); the same awk (mawk on Debian) makes the same keys from a seed.
. "$top_srcdir/tests/tui/keys_lib.sh"
CMP="$top_builddir/tests/tools/doc_compare"
SEEDS=${PROPERTY_SEEDS:-1 2 3 4}
NKEYS=${PROPERTY_KEYS:-2000}
CHUNK=${PROPERTY_CHUNK:-30}
MIN_SECTIONS=${PROPERTY_MIN_SECTIONS:-10}

# Writes NKEYS random keys for seed $1 to stdout, one a line: "key TEXT" (\e ESC, \t TAB, \n LF,
# \r CR, \\ backslash) or "resize COLS ROWS"; seed odd: no Space key (Space only inside pastes).
# The mix: about half printable (a sixth of it ä ö å € Ä Ö Å), Space 8 %, Tab 8 %, Shift-Tab 2 %
# (more forward than back, so that the keys travel through the notice),
# arrows 12 % (ESC [ and ESC O forms), Home/End 6 % (PuTTY/tmux ESC [1~ ESC [4~, xterm ESC [H ESC [F
# and ESC OH ESC OF, rxvt ESC [7~ ESC [8~), PgUp/PgDn 4 %, pastes 3 %, arrows and Home/End with
# Shift/Alt/Ctrl (ESC [1;5C ...) 1 %, and a resize to 100x30 or back about every hundred keys.
prop_generate() {
  awk -v seed="$1" -v n="$NKEYS" '
    function pick(list,   a, k) { k = split(list, a, " "); return a[1 + int(rand() * k)] }
    function printable(   c) { c = 33 + int(rand() * 94); c = sprintf("%c", c); return c == "\\" ? "\\\\" : c }
    function paste(   nl) {
      nl = pick("\\n \\r \\r\\n")
      return "\\e[200~" pick("rekisteröidyn Älä öljy rsyaxl q") " " pick("tiedot y € r") "\\t" \
        pick("å x s") nl pick("sana ÖÖ e") "\\e[201~"
    }
    BEGIN {
      srand(seed); space = seed % 2 == 0; wide = 0
      print "# seed " seed ", " n " keys" (space ? "" : ", no Space key")
      for (i = 0; i < n; i++) {
        r = rand() * 100
        if (r < 40) k = printable()
        else if (r < 48) k = pick("ä ö å € Ä Ö Å")
        else if (r < 56) { if (!space) { i--; continue } k = " " }
        else if (r < 64) k = "\\t"
        else if (r < 66) k = "\\e[Z"
        else if (r < 74) k = "\\e[" pick("A B C D")
        else if (r < 78) k = "\\eO" pick("A B C D")
        else if (r < 81) k = pick("\\e[1~ \\e[H \\eOH \\e[7~")
        else if (r < 84) k = pick("\\e[4~ \\e[F \\eOF \\e[8~")
        else if (r < 86) k = "\\e[5~"
        else if (r < 88) k = "\\e[6~"
        else if (r < 91) k = paste()
        else if (r < 92) k = "\\e[1;" pick("2 3 5") pick("A B C D H F")
        else if (r < 93) { wide = !wide; print (wide ? "resize 100 30" : "resize 80 24"); i--; continue }
        else k = printable()
        print "key " k
      }
      if (wide) print "resize 80 24"
    }'
}

# Splits key log $1 into raw chunks of CHUNK keys in directory $2 and prints the plan: "send FILE"
# and "resize COLS ROWS" lines in order.
prop_plan() {
  awk -v dir="$2" -v chunk="$CHUNK" '
    function raw(s,   out, i, c, d) {
      out = ""
      for (i = 1; i <= length(s); i++) {
        c = substr(s, i, 1)
        if (c == "\\") {
          d = substr(s, ++i, 1)
          c = d == "e" ? "\033" : d == "t" ? "\t" : d == "n" ? "\n" : d == "r" ? "\r" : d
        }
        out = out c
      }
      return out
    }
    function flush() { if (nk) { close(f); print "send " f; nk = 0 } }
    /^key / { if (!nk) f = sprintf("%s/chunk.%04d", dir, ++nf); printf "%s", raw(substr($0, 5)) >f
              if (++nk == chunk) flush() }
    /^resize / { flush(); print }
    END { flush() }' "$1"
}

# Waits until the screen of session $1 stays the same for half a second (the keys are used up).
prop_settle() {
  prev=; i=0
  while [ $i -lt 100 ]; do
    cur=$(tui_screen "$1")
    [ "$cur" = "$prev" ] && return 0
    prev=$cur; i=$((i + 1)); sleep 0.5
  done
}

# Reports a failed run of seed $1 (message $2): the seed, the comparator's output, the screen, and
# where the key log is kept.
prop_fail() {
  keep="$top_builddir/tests/tmp.property.$1"
  cp "$WORK/keys.$1" "$keep.keys" 2>/dev/null
  cp "$WORK/p$1.seloste" "$keep.seloste" 2>/dev/null
  cp "$WORK/trace.$1" "$keep.trace" 2>/dev/null
  case $1 in *[!0-9]*) echo "FAIL ($1): $2" ;; *) echo "FAIL (seed $1): $2" ;; esac
  [ -s "$WORK/cmp.$1" ] && { echo "---- doc_compare ----"; cat "$WORK/cmp.$1"; }
  echo "---- screen ----"; tui_screen "s$1"
  echo "---- key log kept in $keep.keys, the document as it was left in $keep.seloste, the screen's"
  echo "     heading after each step of the plan in $keep.trace"
  echo "     (replay: make check TESTS=tests/tui/property.sh PROPERTY_REPLAY=$keep.keys;"
  echo "      shrink: sh tests/tui/property_shrink.sh $keep.keys)"
  failed=1
}

# Sends the plan of seed $1 to its session, checking now and then that the wizard still runs and
# that nothing was written to the file, and noting the screen's heading after each step in
# trace.$1. 0 when every key went.
prop_send() {
  n=0
  while read -r what arg rows; do
    if [ "$what" = send ]; then
      $T send-keys -t "=s$1:" -l -- "$(cat "$arg")"
      sleep 0.02
    else
      $T resize-window -t "=s$1" -x "$arg" -y "$rows"
      sleep 0.1
    fi
    n=$((n + 1))
    echo "$n $what $arg: $(tui_screen "s$1" | sed -n 2p | sed 's/  .*//')" >>"trace.$1"
    [ -s "$WORK/status.s$1" ] && { prop_fail "$1" "the wizard exited ($(cat "$WORK/status.s$1")) at step $n of plan.$1"; return 1; }
    [ $((n % 10)) -eq 0 ] && ! cmp -s "p$1.seloste" "start.$1" && { prop_fail "$1" "the file was written before ^S (step $n)"; return 1; }
  done <"plan.$1"
  prop_settle "s$1"
  cmp -s "p$1.seloste" "start.$1" || { prop_fail "$1" "the file was written before ^S"; return 1; }
}

# Compares the start and the saved document of seed $1; checks that typing reached MIN_SECTIONS
# sections (a run stuck in one field proves nothing). 0 when the property held.
prop_check() {
  opt=; grep -q "^# seed.*no Space key" "keys.$1" && opt=--options-fixed
  "$CMP" $opt "start.$1" "p$1.seloste" >"cmp.$1" 2>&1
  st=$?
  [ $st -eq 0 ] || { prop_fail "$1" "the saved document does not follow from the start by typing only (doc_compare: $st)"; return 1; }
  reached=$(sed -n 's/^summary: .* in \([0-9]*\) of .*/\1/p' "cmp.$1")
  [ "${reached:-0}" -ge "$MIN_SECTIONS" ] ||
    { prop_fail "$1" "typing reached only ${reached:-0} sections, fewer than $MIN_SECTIONS: the keys did not move through the notice"; return 1; }
  grep "^note:\|^summary:" "cmp.$1"
}

# Runs seed $1 with its key log keys.$1: starts the wizard on a copy of the edited notice, goes from
# the first screen to the first section, sends the keys, ^S, compares. 0 when the property held.
prop_run() {
  mkdir "chunks.$1" || return 1
  cp "$top_srcdir/tests/data/edited.seloste" "p$1.seloste" && chmod u+w "p$1.seloste"
  cp "p$1.seloste" "start.$1"
  prop_plan "keys.$1" "chunks.$1" >"plan.$1"
  tui_start "s$1" --ui-lang en "p$1.seloste"
  tui_wait "s$1" "Languages of the notice"
  tui_keys "s$1" Enter
  tui_wait "s$1" "Controller"
  prop_send "$1" || return 1
  tui_keys "s$1" C-s
  ( TUI_TIMEOUT=10 tui_wait "s$1" "Saved p$1.seloste" ) >/dev/null || { prop_fail "$1" "^S did not save"; return 1; }
  prop_check "$1" || return 1
  tui_keys "s$1" C-q
}

# Replays key log $1 under the name $2 (no minimum of sections: a short log need not travel).
prop_replay() {
  min=$MIN_SECTIONS; MIN_SECTIONS=0
  cp "$1" "keys.$2" && prop_run "$2" && echo "replay of $1: the property held"
  MIN_SECTIONS=$min
}

failed=0
if [ -n "${PROPERTY_REPLAY:-}" ]; then
  case $PROPERTY_REPLAY in /*) log=$PROPERTY_REPLAY ;; *) log=$top_builddir/$PROPERTY_REPLAY ;; esac
  prop_replay "$log" replay
else
  for seed in $SEEDS; do
    start=$(date +%s)
    prop_generate "$seed" >"keys.$seed"
    prop_run "$seed" && echo "seed $seed: the property held ($NKEYS keys, $(( $(date +%s) - start )) s)"
  done
  for log in "$top_srcdir"/tests/tui/property_cases/*.keys; do
    prop_replay "$log" "$(basename "$log" .keys)"
  done
fi
exit $failed
