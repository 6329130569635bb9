# Sourced by the wizard's end-to-end tests: drive the real binary in a private tmux server at 80x24.
command -v tmux >/dev/null 2>&1 || { echo "tmux is missing: skipping"; exit 77; }
: "${SELOSTE:?}"
T="tmux -L test$$ -f /dev/null"
WORK=$(mktemp -d "${TMPDIR:-/tmp}/seloste-tui.XXXXXX")
tui_cleanup() { $T kill-server >/dev/null 2>&1; rm -rf "$WORK"; }
trap tui_cleanup EXIT
cd "$WORK" || exit 99

# Starts the wizard in session $1 with the rest as its arguments; its exit status goes to status.$1.
tui_start() {
  s=$1; shift
  rm -f "$WORK/status.$s"
  $T has-session -t boot 2>/dev/null || $T new-session -d -s boot -x 80 -y 24 "sleep 600"
  $T new-session -d -s "$s" -x 80 -y 24 \
    "cd '$WORK' && TERM='${TUI_TERM:-screen}' $TUI_ENV '$SELOSTE' $*; echo \$? >'$WORK/status.$s'; sleep 600"
}
# The screen of session $1 as text.
tui_screen() { $T capture-pane -p -t "=$1:"; }
# Sends keys to session $1.
tui_keys() { s=$1; shift; $T send-keys -t "=$s:" "$@"; }
# Sends literal text to session $1.
tui_type() { $T send-keys -t "=$1:" -l -- "$2"; }
# Prints why the test failed and the screen, then fails.
tui_fail() { echo "FAIL: $2"; echo "---- screen of $1 ----"; tui_screen "$1"; exit 1; }
# Waits (up to ${TUI_TIMEOUT:-15}s) until session $1 shows the fixed string $2.
tui_wait() {
  i=0; limit=$(( ${TUI_TIMEOUT:-15} * 20 ))
  while ! tui_screen "$1" 2>/dev/null | grep -qF -- "$2"; do
    i=$((i + 1)); [ $i -lt $limit ] || tui_fail "$1" "timed out waiting for '$2'"
    sleep 0.05
  done
}
# Walks session $1 with ^N from the current section until the heading line (line 2) has $2; the
# headings seen, the first included, go to walk.$1 and the screen of each to screens.$1.
tui_walk() {
  tui_screen "$1" | sed -n 2p >"walk.$1"
  tui_screen "$1" >"screens.$1"
  until tui_screen "$1" | sed -n 2p | grep -qF -- "$2"; do
    was=$(tui_screen "$1" | sed -n 2p)
    tui_keys "$1" C-n
    i=0
    while [ "$(tui_screen "$1" | sed -n 2p)" = "$was" ]; do
      i=$((i + 1)); [ $i -lt 300 ] || tui_fail "$1" "^N did not move on from '$was'"
      sleep 0.05
    done
    sleep 0.1
    tui_screen "$1" | sed -n 2p >>"walk.$1"
    tui_screen "$1" >>"screens.$1"
  done
}
# On the first screen of a new notice, moves from the first answer (the customer register) to the
# answer that reads $2 (wherever the register types sort it) and chooses it with Space.
tui_choose_register() {
  tui_wait "$1" "$2"
  q=$(tui_screen "$1" | grep -n -e "Whose data does the register hold?" -e "Mistä henkilöistä rekisterissä" -e "Vems uppgifter finns i registret" | cut -d: -f1)
  v=$(tui_screen "$1" | grep -n -F -- "$2" | head -1 | cut -d: -f1)
  [ -n "$q" ] && [ -n "$v" ] && [ "$v" -gt "$q" ] || tui_fail "$1" "no answer '$2' under the register question"
  [ "$v" -eq $((q + 1)) ] || tui_keys "$1" $(seq 1 $((v - q - 1)) | sed 's/.*/Down/')
  tui_keys "$1" Space
  tui_wait "$1" "(*) $2"
}
# Waits until session $1 no longer shows $2.
tui_wait_gone() {
  i=0; limit=$(( ${TUI_TIMEOUT:-15} * 20 ))
  while tui_screen "$1" 2>/dev/null | grep -qF -- "$2"; do
    i=$((i + 1)); [ $i -lt $limit ] || tui_fail "$1" "timed out waiting for '$2' to go"
    sleep 0.05
  done
}
# Waits until the program in session $1 has exited; prints its exit status.
tui_wait_exit() {
  i=0
  while [ ! -s "$WORK/status.$1" ]; do
    i=$((i + 1)); [ $i -lt 300 ] || tui_fail "$1" "the wizard did not exit"
    sleep 0.05
  done
  cat "$WORK/status.$1"
}
# The pid of the wizard in session $1 (the child of the pane's shell).
tui_pid() { pgrep -P "$($T display-message -p -t "=$1:" '#{pane_pid}')" | head -1; }
# The position (from 1) of the section with id $1 in the schema: its place in a notice `seloste new`
# writes, which lists every section in the schema's order.
tui_section_pos() {
  [ -s "$WORK/.schema-order.seloste" ] ||
    "$SELOSTE" new --ui-lang en "$WORK/.schema-order.seloste" >/dev/null 2>&1
  sed -n 's/^  \([a-z_]*\) :[ ]*$/\1/p' "$WORK/.schema-order.seloste" | grep -nx -- "$1" | cut -d: -f1
}
# Waits until session $1 shows a section whose heading (the screen's second line) has $2.
tui_wait_heading() {
  i=0; limit=$(( ${TUI_TIMEOUT:-15} * 20 ))
  until tui_screen "$1" 2>/dev/null | sed -n 2p | grep -qF -- "$2"; do
    i=$((i + 1)); [ $i -lt $limit ] || tui_fail "$1" "timed out waiting for the section '$2'"
    sleep 0.05
  done
}
# From a section's screen in session $1, goes through the overview (^O) to the section with id $2
# and waits for its heading, which has $3: the row is found from the schema's order, not counted by
# hand, so new sections elsewhere do not move it. A Finnish UI sets TUI_OVERVIEW="Selosteen yleiskuva".
tui_goto() {
  pos=$(tui_section_pos "$2")
  [ -n "$pos" ] || tui_fail "$1" "no section '$2' in the schema"
  tui_keys "$1" C-o
  tui_wait "$1" "${TUI_OVERVIEW:-Overview of the notice}"
  tui_keys "$1" Home
  [ "$pos" -gt 1 ] && tui_keys "$1" $(seq 2 "$pos" | sed 's/.*/Down/')
  tui_keys "$1" Enter
  tui_wait_heading "$1" "$3"
}
# From the first screen, goes to "Purposes of processing" in session $1 and into its free text (Tab
# from the list of purposes), so that what is typed next goes into it.
tui_open_purposes() {
  tui_keys "$1" Enter
  tui_wait "$1" "Controller"
  tui_goto "$1" purposes "Purposes of processing"
  tui_keys "$1" Tab
  tui_wait "$1" "Text in"
}
# Fails unless file $1 contains the fixed string $2.
file_has() { grep -qF -- "$2" "$1" || { echo "FAIL: $1 lacks '$2'"; exit 1; }; }
# Gives the wizard and `seloste new` organisation settings (a personal seloste.ini with the details
# a notice names: [organisation] name and website, [contact] name and e-mail, the latter $1 when
# given), so that ^F on a notice made here has no detail missing and writes the notice files.
tui_settings() {
  mkdir -p "$WORK/cfg/seloste"
  printf '[organisation]\nname = Testi Oy\nwebsite = https://testi.example\n[contact]\nname = Aino Testi\nemail = %s\n' \
    "${1:-aino@testi.example}" >"$WORK/cfg/seloste/seloste.ini"
  XDG_CONFIG_HOME=$WORK/cfg; export XDG_CONFIG_HOME
}
