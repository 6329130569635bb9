#!/bin/sh
# Markdown output read back by a real CommonMark parser (pandoc -f commonmark) gives the same
# notice: every section heading, no code block, list, quote, rule or HTML the texts did not have,
# and each paragraph's text as typed, whatever block syntax a line starts with at 0-6 spaces or a tab.
. "$top_srcdir/tests/lib.sh"
command -v pandoc >/dev/null 2>&1 || { echo "pandoc not installed"; exit 77; }

# Lines that start a block in CommonMark (one per line; "=" and "-" alone are setext underlines).
cat >"$T/constructs" <<'LINES'
# otsikko
###### otsikko
####### ei otsikko
=
===
-
---
***
___
* * *
- - -
_ _ _
```
```c
~~~
~~~ kieli
> lainaus
>
- kohta
+ kohta
* kohta
• kohta
1. kohta
1) kohta
123456789. kohta
2) myös
1.
<div>
<!-- kommentti -->
<http://example.fi>
[x]: http://example.fi
[x]
| a | b |
|---|---|
&amp; &copy; &#65;
\ kenoviiva \
`koodi`
*em* _em_ **b** __b__
~~yliviivaus~~
![kuva](x.png)
[linkki](http://x)
LINES

# The text of section "requirement" (a paragraph section): each construct at each indentation alone as a paragraph and
# between two lines of one paragraph; $T/expect gets what the parser must give back.
tab=$(printf '\t')
: >"$T/text"; : >"$T/expect"
for ind in "" " " "  " "   " "    " "     " "      " "$tab"; do
  while IFS= read -r line; do
    if [ -z "$ind" ]; then # "- ", "* ", "• " in column 0 are the texts' own bullets
      case $line in "- "* | "* "* | "• "*) continue ;; esac
    fi
    printf '%s%s\n\n' "$ind" "$line" >>"$T/text"
    printf 'P %s\n' "$line" >>"$T/expect"
    printf 'Rivi ennen\n%s%s\nRivi jälkeen\n\n' "$ind" "$line" >>"$T/text"
    printf 'P Rivi ennen\\n%s\\nRivi jälkeen\n' "$line" >>"$T/expect"
  done <"$T/constructs"
done

# The document: tests/data/full.seloste with that text in requirement, written as one libconfig
# string (backslash and quote escaped, newlines as \n).
sed -e 's/\\/\\\\/g' -e 's/"/\\"/g' "$T/text" | awk '{ printf "%s\\n", $0 }' >"$T/escaped"
awk -v f="$T/escaped" '
  /^  requirement : / { in_p = 1 }
  in_p && /^    fi = / { getline t < f; print "    fi = \"" t "\";"; in_p = 0; next }
  { print }' "$top_srcdir/tests/data/full.seloste" >"$T/doc.seloste"

status 0 "$SELOSTE" render "$T/doc.seloste" --lang fi --format md -o "$T/notice.md"
status 0 "$SELOSTE" render "$T/doc.seloste" --lang fi --format html -o "$T/notice.html"
pandoc -f commonmark -t plain --lua-filter "$top_srcdir/tests/md_blocks.lua" -o "$T/ignored" \
  "$T/notice.md" >"$T/blocks" || fail "pandoc could not read the Markdown"

# every section heading the renderer wrote is a heading for the parser, and the title too
sections=$(grep -c '^## [0-9][0-9]*\. ' "$T/notice.md")
[ "$sections" -ge 27 ] || fail "only $sections sections rendered"
[ "$(grep -c '^H2 ' "$T/blocks")" -eq "$sections" ] ||
  fail "$(grep -c '^H2 ' "$T/blocks") headings parsed, $sections sections rendered"
[ "$(grep -c '^H1 ' "$T/blocks")" -eq 1 ] || fail "the title is not the only level-1 heading"
[ "$(grep -c '^H[3-6] ' "$T/blocks")" -eq 0 ] || fail "a text line became a heading"
# no block the texts did not have; as many bullet lists as the HTML rendering has lists, label:
# value blocks and tables (<ul>, <dl> and <table>: the purposes are a list in Markdown)
for kind in CodeBlock BlockQuote HorizontalRule RawBlock OrderedList DefinitionList Table Div LineBlock; do
  ! grep -q "^$kind\$" "$T/blocks" || fail "the parser found a $kind"
done
lists=$(grep -o '<[ud]l>\|<table' "$T/notice.html" | wc -l)
[ "$(grep -c '^BulletList$' "$T/blocks")" -eq "$lists" ] ||
  fail "$(grep -c '^BulletList$' "$T/blocks") lists parsed, $lists rendered"
# each paragraph of section "requirement" reads as typed (indentation aside)
awk '/^H2 [0-9]+\. Velvollisuus antaa/ { on = 1; next } /^H2 / { on = 0 } on' "$T/blocks" >"$T/got"
diff "$T/expect" "$T/got" >"$T/diff" || fail "paragraphs differ from the texts:
$(head -20 "$T/diff")"

# The same texts as purpose rows (tests/data/rows.seloste with one row per text before its own): the purposes are
# one bullet list, one item per row, each starting with its text as typed (a row's blank lines are one
# line break), then its legal basis; nothing else becomes a block.
sed -e 's/\\/\\\\/g' -e 's/"/\\"/g' "$T/text" |
  awk 'BEGIN { RS = "" } { k = split($0, line, "\n"); t = line[1]; for (i = 2; i <= k; i++) t = t "\\n" line[i]
         printf "      { id = \"md-%d\"; basis = \"contract\"; fi = \"%s\"; },\n", NR, t }' >"$T/rows"
awk -v f="$T/rows" '
  { print }
  /^    rows = \($/ && !done { while ((getline r < f) > 0) print r; done = 1 }' \
  "$top_srcdir/tests/data/rows.seloste" >"$T/rows.seloste"
status 0 "$SELOSTE" render "$T/rows.seloste" --lang fi --format md -o "$T/rows.md"
pandoc -f commonmark -t plain --lua-filter "$top_srcdir/tests/md_blocks.lua" -o "$T/ignored" \
  "$T/rows.md" >"$T/rblocks" || fail "pandoc could not read the Markdown of the rows"
awk '/^H2 / { on = 0; next } /^P Rivitesti Oy käyttää tietoja/ { on = 1 } on' "$T/rblocks" >"$T/rgot"
[ "$(sed -n 2p "$T/rgot")" = BulletList ] || fail "the purposes are not one list: $(head -3 "$T/rgot")"
sed 's/^P //' "$T/expect" >"$T/rexpect"
grep '^I ' "$T/rgot" | head -n "$(wc -l <"$T/rexpect")" | sed 's/^I //; s/\\n<Strong>Oikeusperuste:.*//' >"$T/rheads"
diff "$T/rexpect" "$T/rheads" >"$T/diff" || fail "row texts differ from the texts:
$(head -20 "$T/diff")"
nobasis=$(grep '^I ' "$T/rgot" | head -n "$(wc -l <"$T/rexpect")" | grep -vc '\\n<Strong>Oikeusperuste: Sopimus')
[ "$nobasis" -eq 0 ] || fail "$nobasis rows lack their legal basis"
[ "$(grep -vc '^I \|^BulletList$\|^P ' "$T/rgot")" -eq 0 ] || fail "a row made a block: $(grep -v '^I \|^BulletList$\|^P ' "$T/rgot" | head -3)"
finish
