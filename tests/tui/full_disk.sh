#!/bin/sh
# A full disk: the recovery file is not left empty (nor is a temp file left behind); the wizard
# says it could not write it, and writes it once there is room again.
. "$top_srcdir/tests/tui/tmux.sh"
mkdir "$WORK/full"
mount -t tmpfs -o size=256k tmpfs "$WORK/full" 2>/dev/null || { echo "cannot mount a small tmpfs: skipping"; exit 77; }
trap 'umount "$WORK/full" 2>/dev/null; tui_cleanup' EXIT

"$SELOSTE" new --ui-lang en full/d.seloste >/dev/null || exit 1
tui_start a --ui-lang en full/d.seloste
tui_wait a "Languages of the notice"
[ -s full/d.seloste.lock ] || tui_fail a "no lock file"
dd if=/dev/zero of=full/filler bs=4k 2>/dev/null      # now the disk is full
tui_open_purposes a
tui_type a "Levy on täynnä"
tui_wait a "Could not write the recovery file"
sleep 1
[ ! -e full/d.seloste.recovery ] || { echo "FAIL: a recovery file was left on the full disk ($(stat -c %s full/d.seloste.recovery) bytes)"; exit 1; }
ls -a full | grep -q '^\.d\.seloste\.recovery\.' && { echo "FAIL: a temp file was left behind"; ls -la full; exit 1; }
rm full/filler                                        # room again: the next try writes it
i=0; while ! grep -qs "Levy on täynnä" full/d.seloste.recovery && [ $i -lt 60 ]; do sleep 0.1; i=$((i + 1)); done
file_has full/d.seloste.recovery "Levy on täynnä"
tui_keys a C-q
tui_wait a "Save your changes before quitting?"
tui_keys a n
tui_wait a "Throw away every change"
tui_keys a Enter
st=$(tui_wait_exit a); [ "$st" = 0 ] || tui_fail a "exit status $st"
echo "all assertions passed"
