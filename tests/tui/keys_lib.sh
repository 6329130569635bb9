# Sourced by the key and paste tests: a document, the wizard in PuTTY's default TERM=xterm, helpers.
. "$top_srcdir/tests/tui/tmux.sh"
TUI_TERM=${TUI_TERM:-xterm}

# Sends escape sequence $2 (printf notation, e.g. '\033[1~') to session $1 literally, as PuTTY does.
tui_seq() { tui_type "$1" "$(printf "$2")"; }
# Prints the text of section $2 in language $3 of document $1 as stored: the string literals joined,
# escapes (\n, \t, \") left as written.
doc_text() {
  awk -v sec="  $2 : " -v key="    $3 = " '
    $0 == sec { in_sec = 1; next }
    in_sec && /^  };/ { exit }
    in_sec && index($0, key) == 1 { on = 1; sub(/^    [a-z]+ = /, "") }
    on { line = $0; sub(/^ *"/, "", line); end = line ~ /";$/; sub(/"[;]?$/, "", line); printf "%s", line
         if (end) exit }' "$1"
}
# Fails unless section $2/$3 of document $1 is exactly $4 (as stored, see doc_text).
text_is() {
  got=$(doc_text "$1" "$2" "$3")
  [ "$got" = "$4" ] || { echo "FAIL: $1: $2.$3 is '$got', expected '$4'"; exit 1; }
}
# Fails unless file $1 is byte for byte the same as $2 (nothing was saved).
unchanged() { cmp -s "$1" "$2" || { echo "FAIL: $1 was written before ^S"; diff "$2" "$1"; exit 1; }; }
# Fails unless documents $1 and $2 are the same apart from the sections named after them and the
# update date: no other section was reset, given another variant, marked not applicable or changed.
same_but() {
  a=$1; b=$2; shift 2
  for f in "$a" "$b"; do
    awk -v secs=" $* " '/^  [a-z_]+ : $/ && index(secs, " " $1 " ") { skip = 1 }
      !skip && !/^modified = / { print } skip && /^  };/ { skip = 0 }' "$f" >"$f.rest"
  done
  cmp -s "$a.rest" "$b.rest" || { echo "FAIL: more than $* changed:"; diff "$a" "$b"; exit 1; }
}
# Starts the wizard on doc $2 in session $1 and goes to "Name of the register", whose text takes
# the typing at once (the cursor at its end).
open_register_name() {
  tui_start "$1" --ui-lang en "$2"
  tui_wait "$1" "Languages of the notice"
  tui_keys "$1" Enter
  tui_wait "$1" "Controller"
  tui_keys "$1" C-n C-n C-n C-n
  tui_wait "$1" "Name of the register"
  tui_wait "$1" "Text in Finnish: stock text"
}
# Fails unless session $1 is still on the text of "Name of the register", edited (no command ran).
on_register_name() {
  tui_wait "$1" "Name of the register"
  tui_wait "$1" "Text in Finnish: edited"
}
