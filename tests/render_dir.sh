#!/bin/sh
# seloste render DIR -o OUTDIR: every notice of a folder in each of its languages, and an index page
# linking them; a notice or output that cannot be written is reported and left out, the others written;
# never through a link in OUTDIR, never over a file seloste did not write.
. "$top_srcdir/tests/lib.sh"
S() { "$SELOSTE" --ui-lang en "$@"; }
command -v python3 >/dev/null 2>&1 || { echo "python3 not installed"; exit 77; }

# notices: the demo, the test fixtures, and one of each register type the data has (seloste new)
N="$T/notices"
mkdir "$N"
cp "$top_srcdir/data/demo.seloste" "$N/asiakkaat.seloste"
cp "$top_srcdir/tests/data/full.seloste" "$N/full.seloste"
cp "$top_srcdir/tests/data/rows.seloste" "$N/rows.seloste"
mkdir -p "$T/home/seloste/registers"
cp "$top_srcdir/data/demo.ini" "$T/home/seloste/seloste.ini"
cp "$top_srcdir/tests/data/dir/club.cfg" "$T/home/seloste/registers/club.cfg" # a house type
export XDG_CONFIG_HOME="$T/home"
types=""
for f in "$top_srcdir"/data/registers/*.cfg; do
  [ -f "$f" ] || continue
  t=$(basename "$f" .cfg)
  [ "$t" = sections ] && continue
  S new --register "$t" "$N/type-$t.seloste" >"$T/out" 2>"$T/err" || fail "new --register $t: $(cat "$T/err")"
  types="$types $t"
done
# the house type's notice sorts last: the type active after loading the folder is its own
S new --register club "$N/zz-club.seloste" >"$T/out" 2>"$T/err" || fail "new --register club: $(cat "$T/err")"
echo "register types in the data:${types:- none yet}"
# a name to percent-encode, a hidden file, a file of another kind and a link: none is a notice rendered
cp "$top_srcdir/data/demo.seloste" "$N/Ehdot & ä #1.seloste"
echo "not a notice" >"$N/.hidden.seloste"
echo "readme" >"$N/README.txt"
ln -s "$top_srcdir/tests/data/full.seloste" "$N/link.seloste"
notices() { for f in "$N"/*.seloste; do [ -L "$f" ] || basename "$f" .seloste; done; }
langs_of() { sed -n 's/^languages = \[\(.*\)\];/\1/p' "$N/$1.seloste" | tr -d '", ' | sed 's/\(..\)/\1 /g'; }

# 1. every notice in each of its languages, the same bytes as rendering it alone; an index per format
status 0 S render "$N" -o "$T/out-html"
contains "$T/out" "Rendered $(notices | wc -l) notices into $T/out-html"
contains "$T/err" "$N/link.seloste: warning: is a symbolic link"
lacks "$T/err" ".hidden"
count=0
for n in $(notices | tr ' ' '@'); do
  n=$(echo "$n" | tr '@' ' ')
  for l in $(langs_of "$n"); do
    count=$((count + 1))
    [ -f "$T/out-html/$n.$l.html" ] || { fail "$n.$l.html not written"; continue; }
    S render "$N/$n.seloste" --lang "$l" --format html >"$T/alone.html" 2>/dev/null
    cmp -s "$T/alone.html" "$T/out-html/$n.$l.html" || fail "$n.$l.html differs from rendering it alone"
  done
done
[ "$(ls "$T/out-html" | grep -c '\.html$')" -eq $((count + 1)) ] || fail "files besides the notices and index: $(ls "$T/out-html")"
# each notice with its own register type: the house type's labels of the transfer mechanisms stay out
# of the customer notices that name those mechanisms
contains "$T/out-html/rows.en.html" "EU-US Data Privacy Framework"
lacks "$T/out-html/rows.en.html" "words for the Data Privacy Framework"
[ ! -e "$T/out-html/link.fi.html" ] || fail "the linked notice was rendered"
[ ! -e "$T/out-html/.hidden.fi.html" ] || fail "the hidden file was rendered"
[ "$(stat -c %a "$T/out-html")" = "$(printf '%o' $((0777 & ~$(umask))))" ] || fail "OUTDIR mode $(stat -c %a "$T/out-html")"

# the index: every link resolves to a file written, every file written is linked, each language's
# list has its lang attribute and the register names in that language
cat >"$T/links.py" <<'EOF'
import html.parser, os, sys, urllib.parse
class P(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(); self.lang = []; self.links = []; self.a = None
    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "section": self.lang.append(a.get("lang"))
        if tag == "a": self.a = [a["href"], self.lang[-1] if self.lang else None, ""]
    def handle_data(self, d):
        if self.a: self.a[2] += d
    def handle_endtag(self, tag):
        if tag == "a": self.links.append(self.a); self.a = None
out = sys.argv[1]
p = P(); p.feed(open(os.path.join(out, "index.html"), encoding="utf-8").read())
for href, lang, text in p.links:
    f = urllib.parse.unquote(href)
    print("%s\t%s\t%s\t%s" % (lang, f, text, os.path.isfile(os.path.join(out, f)) and "/" not in f))
EOF
python3 "$T/links.py" "$T/out-html" >"$T/links" || fail "index.html does not parse"
[ "$(wc -l <"$T/links")" -eq "$count" ] || fail "index links $(wc -l <"$T/links") files, $count were written"
! grep -q 'False$' "$T/links" || fail "links that lead nowhere: $(grep 'False$' "$T/links")"
awk -F '\t' '{ split($2, p, "."); if (p[length(p) - 1] != $1) exit 1 }' "$T/links" || fail "a link in another language's list: $(cat "$T/links")"
grep -q "^fi	asiakkaat.fi.html	Asiakasrekisteri	True" "$T/links" || fail "the Finnish list lacks the register's Finnish name: $(cat "$T/links")"
grep -q "^en	asiakkaat.en.html	Customer register	True" "$T/links" || fail "the English list lacks the register's English name"
grep -q "^fi	Ehdot & ä #1.fi.html	" "$T/links" || fail "the name with & ä # does not resolve: $(cat "$T/links")"
contains "$T/out-html/index.html" 'href="Ehdot%20%26%20%C3%A4%20%231.fi.html"'
contains "$T/out-html/index.html" '<section lang="fi">'
contains "$T/out-html/index.html" '<section lang="en">'
contains "$T/out-html/index.html" '<h2>Tietosuojaselosteet</h2>'
contains "$T/out-html/index.html" '<h2>Privacy notices</h2>'
for t in $types; do
  grep -q "type-$t.fi.html" "$T/links" || fail "no link to the $t register"
done
grep -q "^en	zz-club.en.html	" "$T/links" || fail "no link to the house type's notice"
if [ -n "${TIDY:-}" ] && [ -x "$TIDY" ]; then
  "$TIDY" -q -e -utf8 "$T/out-html/index.html" >"$T/tidy" 2>&1 || fail "tidy: $(cat "$T/tidy")"
  [ ! -s "$T/tidy" ] || fail "tidy warnings: $(cat "$T/tidy")"
else
  echo "tidy not installed: index not validated"
fi
# a shared controller is the index's heading
mkdir "$T/one"
cp "$top_srcdir/data/demo.seloste" "$T/one/a.seloste"
cp "$top_srcdir/data/demo.seloste" "$T/one/b.seloste"
status 0 S render "$T/one" -o "$T/one-out"
contains "$T/one-out/index.html" '<h1>Esimerkki Oy</h1>'

# 2. Markdown and text, --lang: the index names files of that format and language only
status 0 S render "$N" -o "$T/out-md" --format md --lang en
[ -f "$T/out-md/index.md" ] || fail "no index.md"
[ ! -e "$T/out-md/asiakkaat.fi.md" ] || fail "--lang en wrote a Finnish file"
contains "$T/out-md/index.md" "- [Customer register](asiakkaat.en.md)"
contains "$T/out-md/index.md" "(Ehdot%20%26%20%C3%A4%20%231.en.md)"
lacks "$T/out-md/index.md" "Tietosuojaselosteet"
sed -n 's/.*](\(.*\))$/\1/p' "$T/out-md/index.md" | while read -r f; do
  f=$(python3 -c 'import sys, urllib.parse; print(urllib.parse.unquote(sys.argv[1]))' "$f")
  [ -f "$T/out-md/$f" ] || fail "index.md links $f, not written"
done
status 0 S render "$N" -o "$T/out-txt" --format text
contains "$T/out-txt/index.txt" "- Customer register: asiakkaat.en.txt"
contains "$T/out-txt/index.txt" "- Asiakasrekisteri: asiakkaat.fi.txt"
[ -f "$T/out-txt/rows.fi.txt" ] || fail "rows.fi.txt not written"
# a notice without the language asked for is left out, with a warning; all without it: an error
mkdir "$T/fi-only"
sed 's/^languages = .*/languages = [ "fi" ];/' "$top_srcdir/data/demo.seloste" >"$T/fi-only/a.seloste"
cp "$top_srcdir/data/demo.seloste" "$T/fi-only/b.seloste"
status 0 S render "$T/fi-only" -o "$T/fi-only-out" --lang en
contains "$T/err" "a.seloste: warning: the notice is not published in English"
[ ! -e "$T/fi-only-out/a.en.html" ] && [ -f "$T/fi-only-out/b.en.html" ] || fail "--lang en: $(ls "$T/fi-only-out")"
lacks "$T/fi-only-out/index.html" "a.en.html"
rm "$T/fi-only/b.seloste"
status 2 S render "$T/fi-only" -o "$T/fi-only-none" --lang en
contains "$T/err" "no notice in it is published in English; nothing was written"
[ ! -e "$T/fi-only-none" ] || fail "an output folder was made for nothing"

# 3. a broken notice, and one that cannot be published yet: each reported (with its file and line), left
# out of the rendering and of the index; the others are rendered; exit status 2. A notice that breaks
# after an earlier run keeps its old rendering, whole and untouched (not linked from the new index)
cp -r "$N" "$T/bad"
status 0 S render "$T/bad" -o "$T/bad-out"
cp "$T/bad-out/asiakkaat.fi.html" "$T/asiakkaat-before.html"
sed '5s/.*/languages = [ "fi", "xx" ];/' "$top_srcdir/data/demo.seloste" >"$T/bad/broken.seloste"
sed -i '/name = "Esimerkki Oy";/d' "$T/bad/asiakkaat.seloste"
status 2 S render "$T/bad" -o "$T/bad-out"
contains "$T/err" "$T/bad/broken.seloste:5: unknown language in 'languages'"
contains "$T/err" "$T/bad/asiakkaat.seloste: the notice cannot be published yet: the controller's name is missing"
contains "$T/err" "$T/bad: 2 notices or outputs above were not written; the others were, and the index links only them"
contains "$T/out" "Rendered $(($(notices | wc -l) - 1)) notices into $T/bad-out"
[ ! -e "$T/bad-out/broken.fi.html" ] || fail "the broken notice was rendered"
cmp -s "$T/asiakkaat-before.html" "$T/bad-out/asiakkaat.fi.html" || fail "the old rendering of a notice left out was changed"
lacks "$T/bad-out/index.html" "asiakkaat.fi.html"
lacks "$T/bad-out/index.html" "broken."
contains "$T/bad-out/index.html" "rows.fi.html"
cmp -s "$T/bad-out/rows.en.html" "$T/out-html/rows.en.html" || fail "the others were not rendered"
python3 "$T/links.py" "$T/bad-out" >"$T/links" || fail "index.html does not parse"
! grep -q 'False$' "$T/links" || fail "links that lead nowhere: $(grep 'False$' "$T/links")"
if [ -n "${TIDY:-}" ] && [ -x "$TIDY" ]; then
  "$TIDY" -errors -q -utf8 "$T/bad-out/index.html" >"$T/tidy" 2>&1 || fail "tidy: $(cat "$T/tidy")"
  [ ! -s "$T/tidy" ] || fail "tidy warnings: $(cat "$T/tidy")"
fi
[ -z "$(ls -A "$T/bad-out" | grep -v '^\.seloste-rendered$' | grep '^\.')" ] || fail "temp files left: $(ls -A "$T/bad-out")"
# every notice broken: nothing written, not even the folder
mkdir "$T/allbad"
cp "$T/bad/broken.seloste" "$T/allbad/"
status 2 S render "$T/allbad" -o "$T/allbad-out"
contains "$T/err" "$T/allbad: 1 notice or output above cannot be written; nothing was written"
[ ! -e "$T/allbad-out" ] || fail "the output folder was made: $(ls -A "$T/allbad-out")"
# --draft renders the one with gaps (marked); the broken one is still left out
status 2 S render "$T/bad" -o "$T/draft-out" --draft
contains "$T/draft-out/asiakkaat.fi.html" "LUONNOS"
[ ! -e "$T/draft-out/broken.fi.html" ] || fail "--draft rendered the broken notice"

# 4. the output folder: a file in its place, a missing parent, no -o, --fragment, an empty folder
echo x >"$T/a-file"
status 2 S render "$N" -o "$T/a-file"
contains "$T/err" "$T/a-file: is not a folder"
status 2 S render "$N" -o "$T/no/such/dir"
contains "$T/err" "$T/no/such/dir: cannot make the folder: the folder it would be in does not exist"
status 2 S render "$N"
contains "$T/err" "$N: is a directory; its notices are rendered into a folder: give -o OUTDIR"
status 2 S render "$N" -o "$T/frag" --fragment
[ ! -e "$T/frag" ] || fail "--fragment made a folder"
mkdir "$T/empty"
status 2 S render "$T/empty" -o "$T/empty-out"
contains "$T/err" "$T/empty: holds no notices"

# 5. outputs that must not be written: a link to a document, a hard link of a notice, a file open in
# the wizard, a link to a file elsewhere, a file seloste did not write (the site's own index.html); each
# is reported and left as it was, the other files are written and the index does not link it
echo "important = yes" >"$T/important.conf"
for case in doclink hardlink locked link notours; do
  rm -rf "$T/o5" && mkdir "$T/o5"
  victim=rows.en.html
  case $case in
    doclink) cp "$top_srcdir/data/demo.seloste" "$T/keep.seloste"; ln -s "$T/keep.seloste" "$T/o5/rows.en.html";
      expect="is a symbolic link; the renderings of a folder are not written through links";;
    hardlink) ln "$N/rows.seloste" "$T/o5/rows.en.html"; expect="is one of the notices being rendered";;
    locked) sleep 30 & live=$!; echo old >"$T/o5/rows.en.html";
      printf 'user=maija\nhost=%s\npid=%s\nsince=0\n' "$(hostname)" "$live" >"$T/o5/rows.en.html.lock";
      expect="is being edited by maija";;
    link) ln -s "$T/important.conf" "$T/o5/rows.en.html"; expect="is a symbolic link";;
    notours) victim=index.html; echo "<p>our site</p>" >"$T/o5/index.html";
      expect="is not a file seloste render wrote (.seloste-rendered does not list it); it was left as it is";;
  esac
  ls -l "$T/o5/$victim" >"$T/victim-before"
  cksum <"$T/o5/$victim" >>"$T/victim-before"
  status 2 S render "$N" -o "$T/o5"
  contains "$T/err" "$T/o5/$victim: $expect"
  contains "$T/err" "1 notice or output above was not written; the others were"
  ls -l "$T/o5/$victim" >"$T/victim-after"
  cksum <"$T/o5/$victim" >>"$T/victim-after"
  cmp -s "$T/victim-before" "$T/victim-after" || fail "$case: $victim was changed"
  cmp -s "$T/o5/asiakkaat.fi.html" "$T/out-html/asiakkaat.fi.html" || fail "$case: the other notices were not written"
  if [ "$victim" = index.html ]; then
    contains "$T/out" "the index was not written"
  else
    lacks "$T/o5/index.html" "$victim"
    contains "$T/o5/index.html" "rows.fi.html"
  fi
  [ "$case" != locked ] || { kill $live; wait $live 2>/dev/null; }
done
cmp -s "$T/keep.seloste" "$top_srcdir/data/demo.seloste" || fail "a document behind a link was overwritten"
cmp -s "$N/rows.seloste" "$top_srcdir/tests/data/rows.seloste" || fail "a notice was overwritten through a hard link"
[ "$(cat "$T/important.conf")" = "important = yes" ] || fail "a file a link leads to was overwritten"
# a record of seloste's files that is a link is not trusted: nothing is written
rm -rf "$T/o5" && mkdir "$T/o5"
ln -s "$T/important.conf" "$T/o5/.seloste-rendered"
status 2 S render "$N" -o "$T/o5"
contains "$T/err" "$T/o5/.seloste-rendered: cannot read the record of the files seloste wrote here (it is a symbolic link)"
[ "$(ls -A "$T/o5")" = .seloste-rendered ] || fail "written beside a linked record: $(ls -A "$T/o5")"
[ "$(cat "$T/important.conf")" = "important = yes" ] || fail "the record's link was followed"
# stale temp files of a killed run are removed; old renderings are replaced, their mode kept
rm -rf "$T/o6" && mkdir "$T/o6"
status 0 S render "$N" -o "$T/o6"
head -c 1000 /dev/zero >"$T/o6/.asiakkaat.fi.html.seloste-tmp.AbC123"
echo old >"$T/o6/asiakkaat.fi.html"
chmod 640 "$T/o6/asiakkaat.fi.html"
status 0 S render "$N" -o "$T/o6"
[ ! -e "$T/o6/.asiakkaat.fi.html.seloste-tmp.AbC123" ] || fail "a stale temp file was left"
[ "$(stat -c %a "$T/o6/asiakkaat.fi.html")" = 640 ] || fail "the old rendering's mode was lost"
cmp -s "$T/o6/asiakkaat.fi.html" "$T/out-html/asiakkaat.fi.html" || fail "the old rendering was not replaced"
[ -z "$(ls -A "$T/o6" | grep -v '^\.seloste-rendered$' | grep '^\.')" ] || fail "temp files left: $(ls -A "$T/o6")"

# 5b. OUTDIR the notices' own folder, or a folder inside it: the notices are not touched, the site's
# own page is not overwritten, a second run replaces only seloste's files and reads no rendering back
mkdir "$T/same"
cp "$top_srcdir/data/demo.seloste" "$T/same/a.seloste"
cp "$top_srcdir/tests/data/rows.seloste" "$T/same/b.seloste"
echo "<p>our own front page</p>" >"$T/same/index.html"
echo "notes" >"$T/same/a.fi.txt"
status 2 S render "$T/same" -o "$T/same"
contains "$T/err" "$T/same/index.html: is not a file seloste render wrote"
[ "$(cat "$T/same/index.html")" = "<p>our own front page</p>" ] || fail "the site's own index.html was overwritten"
[ -f "$T/same/a.fi.html" ] && [ -f "$T/same/b.en.html" ] || fail "renderings beside the notices: $(ls "$T/same")"
cmp -s "$T/same/a.seloste" "$top_srcdir/data/demo.seloste" && cmp -s "$T/same/b.seloste" "$top_srcdir/tests/data/rows.seloste" ||
  fail "a notice was changed"
rm "$T/same/index.html"
status 0 S render "$T/same" -o "$T/same"
[ "$(ls "$T/same" | grep -c '\.seloste$')" -eq 2 ] || fail "notices appeared or went: $(ls "$T/same")"
status 2 S render "$T/same" -o "$T/same" --format text
contains "$T/err" "$T/same/a.fi.txt: is not a file seloste render wrote"
[ "$(cat "$T/same/a.fi.txt")" = notes ] || fail "a text file seloste did not write was overwritten"
[ -f "$T/same/b.fi.txt" ] && [ -f "$T/same/index.txt" ] || fail "the other text renderings: $(ls "$T/same")"
mkdir "$T/inside"
cp "$top_srcdir/data/demo.seloste" "$T/inside/a.seloste"
status 0 S render "$T/inside" -o "$T/inside/site"
cp -r "$T/inside/site" "$T/inside-first"
status 0 S render "$T/inside" -o "$T/inside/site"
contains "$T/out" "Rendered 1 notice into $T/inside/site"
diff -r "$T/inside-first" "$T/inside/site" >/dev/null || fail "a second run into OUTDIR inside DIR differs"

# 6. links another user planted, as OUTDIR or as a file in it, are not followed (as render -o)
if [ "$(id -u)" = 0 ]; then
  mkdir "$T/pub" "$T/elsewhere"
  chmod 1777 "$T/pub"
  mkdir "$T/pub/out"
  chmod 1777 "$T/pub/out"
  ln -s "$T/important.conf" "$T/pub/out/asiakkaat.fi.html"
  chown -h 65534:65534 "$T/pub/out/asiakkaat.fi.html"
  status 2 S render "$N" -o "$T/pub/out"
  contains "$T/err" "$T/pub/out/asiakkaat.fi.html: is a symbolic link; the renderings of a folder are not written through links"
  [ "$(cat "$T/important.conf")" = "important = yes" ] || fail "the planted link's target was overwritten"
  [ -L "$T/pub/out/asiakkaat.fi.html" ] || fail "the planted link was replaced"
  lacks "$T/pub/out/index.html" "asiakkaat.fi.html"
  ln -s "$T/elsewhere" "$T/pub/site"
  chown -h 65534:65534 "$T/pub/site"
  status 2 S render "$N" -o "$T/pub/site"
  contains "$T/err" "$T/pub/site: is a symbolic link owned by another user"
  [ -z "$(ls -A "$T/elsewhere")" ] || fail "written through a planted OUTDIR link: $(ls "$T/elsewhere")"
  # one's own link as OUTDIR is followed, as render -o follows one's own link
  ln -s "$T/elsewhere" "$T/mine"
  status 0 S render "$N" -o "$T/mine"
  [ -f "$T/elsewhere/index.html" ] || fail "one's own OUTDIR link was not followed"
else
  echo "not root: planted links not tested"
fi
finish
