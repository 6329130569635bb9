#!/bin/sh
# seloste check DIR: every notice of a folder, sorted by name, each finding with its file; JSON one
# array over them all; the exit status the worst of the files.
. "$top_srcdir/tests/lib.sh"
S() { "$SELOSTE" --ui-lang en "$@"; }
command -v python3 >/dev/null 2>&1 || { echo "python3 not installed"; exit 77; }

N="$T/notices"
mkdir "$N"
cp "$top_srcdir/data/demo.seloste" "$N/b-demo.seloste"
cp "$top_srcdir/tests/data/mistakes.seloste" "$N/a-mistakes.seloste"
cp "$top_srcdir/tests/data/rows.seloste" "$N/c-rows.seloste"
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
# not notices to check: a hidden file (broken, to show it is not read), another kind of file, a link
echo "broken" >"$N/.hidden.seloste"
echo "readme" >"$N/README.txt"
ln -s "$top_srcdir/tests/data/mistakes.seloste" "$N/link.seloste"
mkdir "$N/sub.seloste"

# 1. the findings of each notice, as checking it alone gives them, prefixed with its file, in name order
status 1 S check "$N"
cp "$T/out" "$T/dir.txt"
contains "$T/err" "$N/link.seloste: warning: is a symbolic link, not a notice file of this folder; skipped"
contains "$T/err" "$N/sub.seloste: warning: is a folder; skipped"
lacks "$T/err" ".hidden"
lacks "$T/dir.txt" "link.seloste"
: >"$T/alone.txt"
for f in "$N"/a-mistakes.seloste "$N"/b-demo.seloste "$N"/c-rows.seloste "$N"/type-*.seloste "$N"/zz-club.seloste; do
  [ -f "$f" ] || continue
  S check "$f" >>"$T/alone.txt" 2>/dev/null
done
cmp -s "$T/alone.txt" "$T/dir.txt" || fail "check DIR differs from checking each alone: $(diff "$T/alone.txt" "$T/dir.txt" | head -5)"
[ -s "$T/dir.txt" ] || fail "no findings at all"
# each notice with its own type's rules: the house type's rule on its notice only
grep -q "^$N/zz-club.seloste: purposes: warning: A club register should say that it keeps the list of members" "$T/dir.txt" ||
  fail "the house type's rule made no finding"
[ "$(grep -c "club register should say" "$T/dir.txt")" -eq "$(grep -c "^$N/zz-club.seloste: .*club register should say" "$T/dir.txt")" ] ||
  fail "the house type's rule ran on other notices"
grep -q "^$N/a-mistakes.seloste: controller: error: the business ID 2345678-1 has a wrong check digit" "$T/dir.txt" ||
  fail "a finding without its file: $(head -3 "$T/dir.txt")"
[ "$(grep -v "^$N/[a-z0-9_-]*\.seloste: " "$T/dir.txt" | wc -l)" -eq 0 ] || fail "lines without a file: $(grep -v "^$N/" "$T/dir.txt" | head -3)"
# sorted by name: a-mistakes's findings all come before c-rows's
last_a=$(grep -n "^$N/a-mistakes" "$T/dir.txt" | tail -1 | cut -d: -f1)
first_c=$(grep -n "^$N/c-rows" "$T/dir.txt" | head -1 | cut -d: -f1)
[ -n "$first_c" ] && [ "$last_a" -lt "$first_c" ] || fail "files not in name order"
for t in $types; do
  S check "$N/type-$t.seloste" >"$T/one" 2>&1
  [ $? -le 1 ] || fail "the $t notice does not check: $(cat "$T/one")"
done

# 2. JSON: one valid array over all files, each finding with its "file"; as many as the text lines
status 1 S check "$N" --format json
python3 -m json.tool "$T/out" >/dev/null 2>"$T/json-err" || fail "not valid JSON: $(cat "$T/json-err")"
python3 - "$T/out" "$N" <<'EOF' >"$T/json-check" || fail "JSON findings: $(cat "$T/json-check")"
import json, sys
a = json.load(open(sys.argv[1], encoding="utf-8"))
assert isinstance(a, list) and a, "not a non-empty array"
files = [x["file"] for x in a]
assert all(f.startswith(sys.argv[2] + "/") for f in files), files[:3]
assert files == sorted(files), "not in file order"
assert any(f.endswith("/a-mistakes.seloste") for f in files) and any(f.endswith("/c-rows.seloste") for f in files)
assert not any(f.endswith("/link.seloste") for f in files)
print(len(a))
EOF
[ "$(cat "$T/json-check")" = "$(wc -l <"$T/dir.txt")" ] || fail "JSON has $(cat "$T/json-check") findings, text $(wc -l <"$T/dir.txt")"

# 3. exit status: 0 when every notice is clean, 1 with findings, 2 when one cannot be read (the others
# are still checked and the JSON still an array)
mkdir "$T/clean"
cp "$top_srcdir/data/demo.seloste" "$T/clean/a.seloste"
cp "$top_srcdir/data/demo.seloste" "$T/clean/b.seloste"
status 0 S check "$T/clean"
[ ! -s "$T/out" ] || fail "findings in a clean folder: $(cat "$T/out")"
status 0 S check "$T/clean" --format json
[ "$(cat "$T/out")" = "[]" ] || fail "clean JSON: $(cat "$T/out")"
sed '5s/.*/languages = [ "fi", "xx" ];/' "$top_srcdir/data/demo.seloste" >"$N/b-broken.seloste"
status 2 S check "$N"
contains "$T/err" "$N/b-broken.seloste:5: unknown language in 'languages'"
cmp -s "$T/out" "$T/dir.txt" || fail "a broken notice changed the others' findings"
status 2 S check "$N" --format json
python3 -m json.tool "$T/out" >/dev/null 2>&1 || fail "not valid JSON with a broken notice"
cp "$T/clean/a.seloste" "$T/clean/c.seloste"
sed '5s/.*/languages = [ "fi", "xx" ];/' "$top_srcdir/data/demo.seloste" >"$T/clean/b.seloste"
status 2 S check "$T/clean"

# 4. --lang: a notice not published in it is left out with a warning; none published in it: an error
mkdir "$T/fi-only"
sed 's/^languages = .*/languages = [ "fi" ];/' "$top_srcdir/tests/data/mistakes.seloste" >"$T/fi-only/a.seloste"
cp "$top_srcdir/tests/data/mistakes.seloste" "$T/fi-only/b.seloste"
status 1 S check "$T/fi-only" --lang en
contains "$T/err" "$T/fi-only/a.seloste: warning: the notice is not published in English; it was not checked"
lacks "$T/out" "$T/fi-only/a.seloste"
contains "$T/out" "$T/fi-only/b.seloste: "
lacks "$T/out" "(Finnish text)"
rm "$T/fi-only/b.seloste"
status 2 S check "$T/fi-only" --lang en
contains "$T/err" "no notice in it is published in English; nothing was checked"

# 5. a folder with no notices; a folder that cannot be read (not as root, who reads any)
mkdir "$T/empty"
status 2 S check "$T/empty"
contains "$T/err" "$T/empty: holds no notices"
if [ "$(id -u)" != 0 ]; then
  mkdir "$T/closed" && cp "$top_srcdir/data/demo.seloste" "$T/closed/a.seloste" && chmod 000 "$T/closed"
  status 2 S check "$T/closed"
  contains "$T/err" "$T/closed: cannot read the folder"
  chmod 700 "$T/closed"
fi
finish
