#!/bin/sh
# ^F that fails half-way says which files were written and which were not; the lock file is
# fsynced before it is trusted.
. "$top_srcdir/tests/tui/tmux.sh"
# every detail named, but the e-mail address is malformed: the check (not the gaps) stops ^F,
# so "finish anyway" keeps being tested here (issue 11 point 5)
tui_settings aino.testi.example

"$SELOSTE" new --ui-lang en fp.seloste >/dev/null || exit 1
mkdir fp.fi.html                                      # in the way: this one cannot be written
tui_start a --ui-lang en fp.seloste
tui_wait a "Languages of the notice"
tui_keys a C-f
tui_wait a "finish anyway"
tui_keys a f
tui_wait a "These were NOT written"
tui_wait a "fp.fi.html: "
screen=$(tui_screen a)
for f in fp.fi.txt fp.en.txt fp.en.html; do
  [ -s $f ] || tui_fail a "$f was not written"
  echo "$screen" | grep -qE "[[:space:]]$f[[:space:]]*(│)?$" || tui_fail a "the screen does not say that $f was written"
done
tui_keys a Space
tui_wait_gone a "These were NOT written"
tui_wait a "Languages of the notice"              # back in the wizard, not quit
rmdir fp.fi.html
tui_keys a C-f
tui_wait a "finish anyway"
tui_keys a f
tui_wait a "Enter: quit"
tui_keys a Space                        # any other key goes back to the wizard: typing never quits
tui_wait_gone a "Enter: quit"
tui_wait a "Languages of the notice"
tui_keys a C-f
tui_wait a "finish anyway"
tui_keys a f
tui_wait a "Enter: quit"
tui_keys a Enter
st=$(tui_wait_exit a); [ "$st" = 0 ] || tui_fail a "exit status $st"
[ -s fp.fi.html ] || { echo "FAIL: fp.fi.html not written the second time"; exit 1; }

# the lock file is synced to disk after it is written and before it is closed (LeakSanitizer
# cannot run under ptrace)
command -v strace >/dev/null 2>&1 || { echo "strace is missing: the fsync check is skipped"; exit 0; }
strace -f -o /dev/null true 2>/dev/null || { echo "strace cannot trace here: the fsync check is skipped"; exit 0; }
TUI_ENV="env ASAN_OPTIONS=detect_leaks=0 strace -f -qq -o $WORK/trace -e trace=openat,fsync,fdatasync,close" tui_start b --ui-lang en fp.seloste
tui_wait b "Languages of the notice"
tui_keys b C-q
st=$(tui_wait_exit b); [ "$st" = 0 ] || tui_fail b "exit status $st"
awk '/openat\(.*"fp\.seloste\.lock", O_WRONLY\|O_CREAT\|O_EXCL/ { fd = $NF; next }
     fd != "" && ($0 ~ "fsync\\(" fd "\\)" || $0 ~ "fdatasync\\(" fd "\\)") { synced = 1 }
     fd != "" && $0 ~ "close\\(" fd "\\)" { exit !synced }
     END { if (fd == "") exit 2 }' "$WORK/trace" || { echo "FAIL: the lock file was not fsynced before close"; grep -F fp.seloste.lock "$WORK/trace"; exit 1; }
echo "all assertions passed"
