#!/bin/bash
# The bash completion (data/seloste.bash-completion), sourced in bash with bash-completion's own
# functions: commands, each command's options, --format/--lang/--register values, .seloste files.
# Skips (77) when bash-completion is not installed.
. "$top_srcdir/tests/lib.sh"

bc=""
for f in /usr/share/bash-completion/bash_completion /etc/bash_completion; do
  [ -f "$f" ] && { bc=$f; break; }
done
[ -n "$bc" ] || { echo "SKIP: bash-completion is not installed"; exit 77; }
# bash_completion reads these; the test shell is not interactive.
BASH_COMPLETION_USER_FILE=/dev/null
. "$bc" || fail "cannot source $bc"
. "$top_srcdir/data/seloste.bash-completion" || fail "cannot source the completion"
declare -F _seloste >/dev/null || { fail "_seloste is not defined"; finish; }
complete -p seloste 2>/dev/null | grep -q -- '-F _seloste' || fail "seloste is not bound to _seloste"

# comp LINE: completes the last word of LINE (a trailing space: an empty word) into $T/reply.
comp() {
  local line=$1
  read -r -a COMP_WORDS <<<"$line"
  [[ $line == *" " ]] && COMP_WORDS+=("")
  COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
  COMP_LINE=$line
  COMP_POINT=${#line}
  COMPREPLY=()
  _seloste seloste "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD - 1]}"
  printf '%s\n' "${COMPREPLY[@]}" | sort >"$T/reply"
}
# has LINE WORD...: completing LINE offers every WORD.
has() {
  local line=$1 w; shift
  comp "$line"
  for w in "$@"; do
    grep -qx -- "$w" "$T/reply" || fail "'$line' does not offer '$w' (offers: $(tr '\n' ' ' <"$T/reply"))"
  done
}
# exactly LINE WORD...: completing LINE offers these words and nothing else.
exactly() {
  local line=$1; shift
  comp "$line"
  [ "$(cat "$T/reply")" = "$(printf '%s\n' "$@" | sort)" ] ||
    fail "'$line' offers $(tr '\n' ' ' <"$T/reply")instead of $*"
}

cd "$T" || exit 1
mkdir work && cd work || exit 1
: >asiakkaat.seloste
: >muistio.txt
mkdir rekisterit

exactly "seloste n" new
has "seloste " new render check import asiakkaat.seloste
exactly "seloste r" render rekisterit
exactly "seloste --ui-lang en c" check
exactly "seloste render x.seloste --format " text md html
exactly "seloste render x.seloste --format h" html
exactly "seloste check x.seloste --format " text json
has "seloste new x --register " customer member marketing recruitment staff camera
comp "seloste new x --register "
! grep -qx sections "$T/reply" || fail "--register offers sections.cfg as a type"
exactly "seloste new x --register ca" camera
exactly "seloste render x.seloste --lang " fi en sv
exactly "seloste --ui-lang " fi en sv
exactly "seloste check x.seloste -l " fi en sv
exactly "seloste render --form" --format
has "seloste render x.seloste --" --lang --format --fragment --draft --output
has "seloste new x --" --register --force
has "seloste import old.txt --" --output --force --all
# .seloste files (and folders) only, where a notice is asked for
exactly "seloste check a" asiakkaat.seloste
exactly "seloste render m" 
has "seloste import m" muistio.txt

# Register types and languages are read when completing: a house type and a language added in the
# user's configuration directory are offered.
mkdir -p "$T/conf/seloste/registers"
: >"$T/conf/seloste/registers/vuokralaiset.cfg"
printf 'languages = ( { code = "de"; name = "German"; } );\n' >"$T/conf/seloste/languages.cfg"
XDG_CONFIG_HOME=$T/conf has "seloste new x --register " vuokralaiset member
XDG_CONFIG_HOME=$T/conf exactly "seloste render x.seloste --lang " fi en sv de
finish
