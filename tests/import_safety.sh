#!/bin/sh
# seloste import run by root in a shared folder (user trial, issue 12): another user's symbolic link
# is not followed to the notice either (a root-only file must not land in a document everyone reads);
# a new document is no more readable than its notice; with --all every output is checked before the
# first is written; a PDF is refused with what to do. fs.protected_symlinks may be 0: seloste must
# protect itself. Fixtures: tests/data/import/safety_notice.txt, meta_two.txt.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/import_lib.sh"
F="$top_srcdir/tests/data/import"

[ "$(id -u)" -eq 0 ] || { echo "skip: needs root to act as another user"; exit 77; }
# as_other COMMAND...: runs the command as user nobody (uid 65534)
as_other() { setpriv --reuid=65534 --regid=65534 --clear-groups "$@"; }
chmod 0711 "$T"
as_other true 2>/dev/null || { echo "skip: cannot run commands as another user"; exit 77; }
umask 022
SH="$T/shared" # a folder everyone may create files in, as /tmp
mkdir -m 1777 "$SH"
mkdir -m 0700 "$T/x"
printf 'SALAINEN: vain pääkäyttäjälle\n\n' >"$T/x/secret.txt"
cat "$F/safety_notice.txt" >>"$T/x/secret.txt"
chmod 0600 "$T/x/secret.txt"
other_name=$(id -nu 65534)

# --- the input through another user's link in the shared folder: refused, nothing written ---
as_other ln -s "$T/x/secret.txt" "$SH/notice.txt"
status 2 S import "$SH/notice.txt"
contains "$T/err" "$SH/notice.txt: is a symbolic link owned by another user ($other_name); seloste does not follow such links when reading; nothing was written"
[ -e "$SH/notice.seloste" ] && fail "a document was made through another user's link"
lacks "$SH/notice.seloste" "SALAINEN" 2>/dev/null
# ... and with -o to a path of root's own
status 2 S import "$SH/notice.txt" -o "$T/mine.seloste"
[ -e "$T/mine.seloste" ] && fail "-o: a document was made through another user's link"

# --- a directory link of another user on the way: refused the same ---
as_other ln -s "$T/x" "$SH/dir"
status 2 S import "$SH/dir/secret.txt" -o "$T/via.seloste"
contains "$T/err" "$SH/dir/secret.txt: leads through the symbolic link $SH/dir owned by another user ($other_name); seloste does not follow such links when reading"
[ -e "$T/via.seloste" ] && fail "a document was made through another user's directory link"

# --- root's own link in the same folder is followed; the new document keeps the notice's privacy ---
ln -s "$T/x/secret.txt" "$SH/own.txt"
status 0 S import "$SH/own.txt" -o "$SH/own.seloste"
mode=$(stat -c %a "$SH/own.seloste" 2>/dev/null)
[ "$mode" = 600 ] || fail "a 0600 notice became a document of mode $mode (want 600)"
cp "$F/safety_notice.txt" "$T/open.txt"
chmod 0644 "$T/open.txt"
status 0 S import "$T/open.txt" -o "$SH/open.seloste"
mode=$(stat -c %a "$SH/open.seloste" 2>/dev/null)
[ "$mode" = 644 ] || fail "a 0644 notice became a document of mode $mode (want the umask's 644)"
cp "$F/safety_notice.txt" "$T/group.txt"
chmod 0640 "$T/group.txt"
status 0 S import "$T/group.txt" -o "$T/group.seloste"
mode=$(stat -c %a "$T/group.seloste" 2>/dev/null)
[ "$mode" = 640 ] || fail "a 0640 notice became a document of mode $mode (want 640)"

# --- several notices: another user's link planted at the second output; none written (--force) ---
cp "$F/meta_two.txt" "$T/two.txt"
: >"$T/victim"
as_other ln -s "$T/victim" "$SH/two-2.seloste"
status 2 S import "$T/two.txt" -o "$SH/two.seloste" --all --force
contains "$T/err" "$SH/two-2.seloste: is a symbolic link owned by another user ($other_name)"
contains "$T/err" "$T/two.txt: holds 2 notices; none of them was written"
[ -e "$SH/two-1.seloste" ] && fail "--all --force wrote the first document although the second output is refused"
[ -s "$T/victim" ] && fail "the link's target was written"
# ... without --force: the link named as what is wrong, --force not suggested (it cannot help)
status 2 S import "$T/two.txt" -o "$SH/two.seloste" --all
contains "$T/err" "$SH/two-2.seloste: is a symbolic link owned by another user ($other_name)"
lacks "$T/err" "--force"
[ -e "$SH/two-1.seloste" ] && fail "--all wrote the first document although the second output is refused"
# ... the same for a single output
as_other ln -s "$T/victim" "$SH/one.seloste"
status 2 S import "$F/safety_notice.txt" -o "$SH/one.seloste"
contains "$T/err" "$SH/one.seloste: is a symbolic link owned by another user ($other_name)"
lacks "$T/err" "--force"
[ -s "$T/victim" ] && fail "the single output's link target was written"
# ... another user's file planted at the second output: named, --force not suggested, none written
rm -f "$SH/two-2.seloste"
as_other sh -c ": >'$SH/two-2.seloste'"
status 2 S import "$T/two.txt" -o "$SH/two.seloste" --all
contains "$T/err" "$SH/two-2.seloste: belongs to user $other_name"
lacks "$T/err" "--force"
[ -e "$SH/two-1.seloste" ] && fail "--all wrote the first document although the second output is another user's file"
status 2 S import "$T/two.txt" -o "$SH/two.seloste" --all --force
[ -e "$SH/two-1.seloste" ] && fail "--all --force wrote the first document beside another user's planted file"
# ... a directory in the second output's place: none written either
mkdir "$T/dirout-2.seloste"
status 2 S import "$T/two.txt" -o "$T/dirout.seloste" --all --force
contains "$T/err" "$T/dirout-2.seloste: is a directory"
[ -e "$T/dirout-1.seloste" ] && fail "--all --force wrote the first document although the second output is a directory"
# ... and when every output is free, both are written
status 0 S import "$T/two.txt" -o "$T/free.seloste" --all
[ -s "$T/free-1.seloste" ] && [ -s "$T/free-2.seloste" ] || fail "--all did not write both documents"

# --- a PDF: refused with what to do, whether binary or text-only ---
printf '%%PDF-1.5\n%%\342\343\317\323\n1 0 obj\n<< /Length 20 /Filter /FlateDecode >>\nstream\n' >"$T/notice.pdf"
head -c 400 /dev/urandom >>"$T/notice.pdf"
printf '\000\001\002endstream\nendobj\n%%%%EOF\n' >>"$T/notice.pdf"
status 2 S import "$T/notice.pdf" -o "$T/pdf.seloste"
contains "$T/err" "$T/notice.pdf: a PDF file (binary data), which seloste cannot read; open it in a PDF viewer, copy the text out of it"
printf '%%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%%%EOF\n' >"$T/text.pdf"
status 2 S import "$T/text.pdf" -o "$T/textpdf.seloste"
contains "$T/err" "$T/text.pdf: a PDF file (binary data), which seloste cannot read"
[ -e "$T/pdf.seloste" ] || [ -e "$T/textpdf.seloste" ] && fail "a document was made from a PDF"
# Finnish: the refusals are translated
"$SELOSTE" --ui-lang fi import "$SH/notice.txt" -o "$T/fi.seloste" >"$T/out" 2>"$T/err"
contains "$T/err" "on toisen käyttäjän ($other_name) symbolinen linkki"

finish
