#!/bin/sh
# A fourth notice language from data alone (issue 14): a languages.cfg entry, a clause file and a small
# catalogue in temporary folders, no change to the program. A new notice in Finnish and German gets
# the German stock text, its title and labels come from the German catalogue and clause texts, its
# dates take the German form with month names from the entry, and the HTML page says lang="de".
# A bad entry is refused with its file and line.
. "$top_srcdir/tests/lib.sh"

E="$T/etc"
mkdir -p "$E/clauses" "$T/locale/de/LC_MESSAGES" "$T/home/seloste"
cat >"$E/languages.cfg" <<'CFG'
languages = ( { code = "de"; name = "German"; native = "Deutsch"; date = "{d}. {month} {y}";
  months = [ "Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
             "Oktober", "November", "Dezember" ];
  and = " und "; } );
CFG
cat >"$E/clauses/de.cfg" <<'CFG'
clauses = (
  { id = "register_name.customer"; title = "Kundenregister"; default = true; text = "Kundenregister"; }
);
texts = ( [ "German", "Deutsch" ], [ "Name of the register", "Name des Registers" ] );
CFG
cat >"$T/de.po" <<'PO'
msgid ""
msgstr ""
"Content-Type: text/plain; charset=UTF-8\n"

msgid "Privacy notice"
msgstr "Datenschutzerklärung"

msgid "Prepared"
msgstr "Erstellt"
PO
"${MSGFMT:-msgfmt}" -o "$T/locale/de/LC_MESSAGES/seloste.mo" "$T/de.po" || fail "msgfmt"
sed 's/^languages = .*/languages = fi, de/' "$top_srcdir/data/demo.ini" >"$T/home/seloste/seloste.ini"
SELOSTE_SYSCONFDIR="$E" XDG_CONFIG_HOME="$T/home" SELOSTE_LOCALEDIR="$T/locale" SOURCE_DATE_EPOCH=1714608000
export SELOSTE_SYSCONFDIR XDG_CONFIG_HOME SELOSTE_LOCALEDIR SOURCE_DATE_EPOCH

status 0 "$SELOSTE" new "$T/d.seloste" --ui-lang en
contains "$T/d.seloste" 'languages = [ "fi", "de" ];'
contains "$T/d.seloste" 'de = "Kundenregister";'
status 0 "$SELOSTE" render "$T/d.seloste" --lang de --draft --format html -o "$T/d.html" --ui-lang en
contains "$T/d.html" '<html lang="de">'
contains "$T/d.html" "Datenschutzerklärung – Kundenregister"
contains "$T/d.html" "Name des Registers"
contains "$T/d.html" "<dt>Erstellt</dt><dd>2. Mai 2024</dd>"
if [ -n "${TIDY:-}" ] && [ -x "$TIDY" ]; then
  "$TIDY" -q -e -utf8 "$T/d.html" >"$T/tidy" 2>&1 || fail "tidy: $(cat "$T/tidy")"
fi
# the language is listed for --lang, and the Finnish is untouched
"$SELOSTE" render "$T/d.seloste" --lang xx --ui-lang en >"$T/out" 2>&1
contains "$T/out" "use fi, en, sv or de"
# a bad entry: its file and line
printf 'languages = (\n  { code = "DE"; name = "German"; native = "Deutsch"; }\n);\n' >"$E/languages.cfg"
"$SELOSTE" new "$T/e.seloste" --ui-lang en >"$T/out" 2>&1
contains "$T/out" "$E/languages.cfg:2: each language needs a code of two or three letters a-z"
[ ! -e "$T/e.seloste" ] || fail "a notice was written with a broken languages.cfg"
# a date form that would print "{mm}" or leave out the year: refused at its line
printf 'languages = (\n  { code = "de"; name = "German"; native = "Deutsch";\n    date = "{d}.{mm}.{y}"; }\n);\n' >"$E/languages.cfg"
"$SELOSTE" new "$T/e.seloste" --ui-lang en >"$T/out" 2>&1
contains "$T/out" "$E/languages.cfg:3: language 'de': the date must have {d}, {y} and {m} or {month}"
printf 'languages = (\n  { code = "de"; name = "German"; native = "Deutsch"; date = "{d}.{m}."; }\n);\n' >"$E/languages.cfg"
"$SELOSTE" new "$T/e.seloste" --ui-lang en >"$T/out" 2>&1
contains "$T/out" "the date must have {d}, {y}"
[ ! -e "$T/e.seloste" ] || fail "a notice was written with a date form lacking the year"
finish
