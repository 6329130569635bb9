#!/bin/bash
# Growth benchmark: is every command linear in its input? Generates inputs of 1, 10 and 100 MB
# (BENCH_SIZES, in MB) for each command, times them side by side in one run (best of 3 at the
# smallest size, of 2 at the next, one run above), and prints the seconds, the growth ratio for each
# tenfold step of the input and the peak RSS. Target: 10x the input takes at most ~12x the time.
# Builds nothing: runs $SELOSTE, else ./src/seloste. Needs GNU time (package `time`). Never part of
# make check. Usage: bench/growth.sh        (BENCH_SIZES="1 10" bench/growth.sh for a quick look)
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
SELOSTE=${SELOSTE:-$top/src/seloste}
export SELOSTE_DATADIR="$top/data" SELOSTE_SYSCONFDIR=/nonexistent XDG_CONFIG_HOME=/nonexistent
[ -x /usr/bin/time ] || { echo "GNU time is not installed (apt-get install time)"; exit 1; }
sizes=(${BENCH_SIZES:-1 10 100})
w=$(mktemp -d); trap 'rm -rf "$w"' EXIT

# ---- inputs: each generator writes about $1 MB to stdout ----

# A plain-text notice: numbered headings, then one section of many different lines.
gen_text() {
  cat "$top/tests/data/import/numbered.txt"
  printf '\n9. MUUT TIEDOT\n\n'
  awk -v mb="$1" 'BEGIN { n = 0; for (i = 0; n < mb * 1048576; i++) {
    s = sprintf("Tietoja käytetään asiakassuhteen hoitamiseen ja laskutukseen, kohta %d.", i)
    if (i % 7 == 6) s = s "\n"
    print s; n += length(s) + 1 } }'
}
# A heading-TAB-body table of many rows.
gen_table() {
  awk -v mb="$1" 'BEGIN { n = 0; for (i = 0; n < mb * 1048576; i++) {
    s = sprintf("Käsittelyn tarkoitus\tTietoja käytetään laskutukseen ja asiakasviestintään, rivi %d.", i)
    print s; n += length(s) + 1 } }'
}
# An HTML page of many paragraphs, lists and inline elements.
gen_html() {
  printf '<!DOCTYPE html>\n<html><head><title>Tietosuojaseloste</title></head><body>\n<h1>Tietosuojaseloste</h1>\n'
  printf '<h2>Käsittelyn tarkoitus</h2>\n'
  awk -v mb="$1" 'BEGIN { n = 0; for (i = 0; n < mb * 1048576; i++) {
    s = sprintf("<p>Tietoja käytetään <b>asiakassuhteen</b> hoitamiseen %d.</p><ul><li>laskutus</li><li>viestintä</li></ul>", i)
    print s; n += length(s) + 1 } }'
  printf '</body></html>\n'
}
# A Markdown notice: front matter, then many paragraphs with links, emphasis and lists, and a pipe
# table of purposes (each row a purpose row of the document).
gen_md() {
  printf -- '---\ntitle: Tietosuojaseloste\nlastmod: 2026-11-30\n---\n\n## Rekisterinpitäjä\n\n**Esimerkki Oy**  \n'
  printf '[tietosuoja@esimerkki.example](mailto:tietosuoja@esimerkki.example)\n\n## Muut tiedot\n\n'
  awk -v mb="$1" 'BEGIN { n = 0; for (i = 0; n < mb * 1048576 / 2; i++) {
    s = sprintf("Tietoja käytetään **asiakassuhteen** hoitamiseen, [lisää](https://esimerkki.example/%d) &auml;.\n\n- laskutus\n- viestintä\n", i)
    print s; n += length(s) + 1 } }'
  printf '\n## Käsittelyn tarkoitukset\n\n| Käyttötarkoitus | Oikeusperuste |\n|---|---|\n'
  awk -v mb="$1" 'BEGIN { n = 0; for (i = 0; n < mb * 1048576 / 2; i++) {
    s = sprintf("| Tilausten toimittaminen ja laskutus, rivi %d | Sopimus |", i)
    print s; n += length(s) + 1 } }'
}
# A document as seloste writes one: long texts as adjacent literals of one line each.
gen_doc() {
  printf 'format_version = 1;\nlanguages = [ "fi" ];\nsections = {\n'
  printf '  controller = { name = "Esimerkki Oy"; email = "asiakaspalvelu@esimerkki.fi"; };\n'
  printf '  retention = { fi = "Kuusi vuotta asiakkuuden päättymisestä."; };\n'
  printf '  other = {\n    fi = "Lisätietoja:\\n\\n"\n'
  awk -v mb="$1" 'BEGIN { n = 0; for (i = 0; n < mb * 1048576; i++) {
    s = sprintf("      \"Kappale %d: tietoja käytetään asiakassuhteen hoitamiseen, yhteys asiakaspalvelu@esimerkki.fi.\\n\\n\"", i)
    print s; n += length(s) + 1 } }'
  printf '      "Loppu.";\n  };\n};\n'
}
# A hand-written document: the same text as one string literal on one line (libconfig's lexer
# re-read such a token on every 8 KiB refill: quadratic before the loader parsed from memory).
gen_doc_literal() {
  printf 'format_version = 1;\nlanguages = [ "fi" ];\nsections = {\n  other = {\n    fi = "'
  awk -v mb="$1" 'BEGIN { n = 0; for (i = 0; n < mb * 1048576; i++) {
    s = sprintf("Kappale %d: tietoja käytetään asiakassuhteen hoitamiseen. ", i)
    printf "%s", s; n += length(s) } }'
  printf '";\n  };\n};\n'
}

# A format-2 document with many purpose rows, half of them on legitimate interests (each row asks
# which sections apply: quadratic in the rows before the retention pointer was computed once).
gen_rows() {
  printf 'format_version = 2;\nlanguages = [ "fi", "en" ];\nsections = {\n'
  printf '  controller = { name = "Esimerkki Oy"; email = "a@esimerkki.fi"; website = "https://esimerkki.fi"; };\n'
  printf '  contact_person = { name = "Aino"; email = "tietosuoja@esimerkki.fi"; };\n  purposes = { rows = (\n'
  awk -v mb="$1" 'BEGIN { n = 0; for (i = 0; n < mb * 1048576; i++) {
    s = sprintf("    { id = \"own-%d\"; basis = \"%s\"; fi = \"Käyttötarkoitus %d\"; interest_fi = \"Etu %d\"; },",
                i, i % 2 ? "legitimate_interest" : "contract", i, i)
    print s; n += length(s) + 1 } }'
  printf '    { id = "last"; basis = "contract"; fi = "Viimeinen"; } ); };\n};\n'
}

# ---- timing ----

# run_one LABEL SIZE OK COMMAND...: best elapsed seconds of the runs and the peak RSS in KiB, into
# secs and rss; a run that exits with a status above OK (check exits 1 with findings) is reported.
declare -A secs rss
run_one() {
  local label=$1 mb=$2 ok=$3 runs best="" peak=0 i st; shift 3
  runs=$(( mb <= ${sizes[0]} ? 3 : mb <= ${sizes[1]:-0} ? 2 : 1 ))
  for ((i = 0; i < runs; i++)); do
    st=0
    /usr/bin/time -f '%e %M' -o "$w/time" "$@" >/dev/null 2>"$w/err" || st=$?
    if (( st > ok )); then
      echo "$label at $mb MB FAILED (exit $st): $(head -c 200 "$w/err") $(head -n1 "$w/time")" >&2
      secs[$label,$mb]=failed rss[$label,$mb]=0
      return
    fi
    read -r e m < <(tail -n1 "$w/time") # after a non-zero exit, time writes a line about it first
    if [ -z "$best" ] || awk -v a="$e" -v b="$best" 'BEGIN { exit !(a < b) }'; then best=$e; fi
    (( m > peak )) && peak=$m
  done
  secs[$label,$mb]=$best
  rss[$label,$mb]=$peak
}

labels=("import text" "import table" "import html" "import md" "load+render html" "load+render text" "load+check"
        "1-literal render" "rows render html" "rows check")
for mb in "${sizes[@]}"; do
  gen_text "$mb" >"$w/t.txt"
  gen_table "$mb" >"$w/t.tab"
  gen_html "$mb" >"$w/t.html"
  gen_md "$mb" >"$w/t.md"
  gen_doc "$mb" >"$w/d.seloste"
  gen_doc_literal "$mb" >"$w/l.seloste"
  gen_rows "$mb" >"$w/rows.seloste"
  # the commands of one size run one after another, so that all see the same machine load
  run_one "import text" "$mb" 0 "$SELOSTE" import "$w/t.txt" -o "$w/o1.seloste" --force
  run_one "import table" "$mb" 0 "$SELOSTE" import "$w/t.tab" -o "$w/o2.seloste" --force
  run_one "import html" "$mb" 0 "$SELOSTE" import "$w/t.html" -o "$w/o3.seloste" --force
  run_one "import md" "$mb" 0 "$SELOSTE" import "$w/t.md" -o "$w/o4.seloste" --force
  run_one "load+render html" "$mb" 0 "$SELOSTE" render "$w/d.seloste" --format html -o "$w/r.html"
  run_one "load+render text" "$mb" 0 "$SELOSTE" render "$w/d.seloste" --format text -o "$w/r.txt"
  run_one "load+check" "$mb" 1 "$SELOSTE" check "$w/d.seloste"
  run_one "1-literal render" "$mb" 0 "$SELOSTE" render "$w/l.seloste" --format text -o "$w/r.txt"
  run_one "rows render html" "$mb" 0 "$SELOSTE" render --draft --lang fi "$w/rows.seloste" --format html -o "$w/r.html"
  run_one "rows check" "$mb" 1 "$SELOSTE" check "$w/rows.seloste"
  rm -f "$w"/t.* "$w"/o*.seloste "$w"/r.*
done

# ---- table ----
printf '%-18s' "command"
for mb in "${sizes[@]}"; do printf ' %9s' "${mb} MB s"; done
for ((k = 1; k < ${#sizes[@]}; k++)); do printf ' %9s' "x${sizes[k]}/${sizes[k-1]}"; done
printf ' %12s\n' "peak RSS (${sizes[${#sizes[@]} - 1]} MB)"
all_met=1
for l in "${labels[@]}"; do
  printf '%-18s' "$l"
  for mb in "${sizes[@]}"; do printf ' %9s' "${secs[$l,$mb]}"; done
  for ((k = 1; k < ${#sizes[@]}; k++)); do
    a=${secs[$l,${sizes[k-1]}]} b=${secs[$l,${sizes[k]}]}
    if [ "$a" = failed ] || [ "$b" = failed ]; then all_met=0; printf ' %9s' "-"; continue; fi
    f=$(awk -v a="$a" -v b="$b" 'BEGIN { printf "%.1f", (a > 0 ? b / a : 0) }')
    # below 0.05 s the ratio is start-up noise, not growth
    if awk -v a="$a" -v b="$b" -v s="$(( ${sizes[k]} / ${sizes[k-1]} ))" 'BEGIN { exit !(a >= 0.05 && b / a > s * 1.2) }'; then
      all_met=0; f="$f!"
    fi
    printf ' %9s' "$f"
  done
  last=${sizes[${#sizes[@]} - 1]}
  printf ' %8d MiB\n' $(( ${rss[$l,$last]} / 1024 ))
done
if [ "$all_met" = 1 ]; then
  echo "target (10x the input -> at most ~12x the time): met"
else
  echo "target (10x the input -> at most ~12x the time): NOT met (marked !)"
fi
