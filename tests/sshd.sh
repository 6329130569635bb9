#!/bin/sh
# A staff account over SSH, as README's "Staff accounts" sets it up, with a real sshd and client:
# sshd (its own host key and config, on a free loopback port) runs a login script as ForceCommand
# in a Match User block, which starts `seloste --restricted` with the documents directory set in the
# administrator's settings ([ui] directory). Asserted: a command given to ssh runs no shell (no
# `id` output, no /etc/passwd); `ssh -t` in tmux (80x24, TERM=xterm) lands in the wizard, which
# refuses a path outside the directory (typed, or given as the ssh command) and opens a plain name
# inside it; killing the ssh client after typing leaves NAME.seloste.recovery with the text.
# Needs root (it starts sshd and creates, then removes, a user); skips (77) otherwise or without
# sshd/ssh/ssh-keygen/useradd/tmux/timeout. Every wait is bounded; everything is removed on exit.
# Run by `make check-sshd` (run-tests' own step), not by make check: it adds a system user.
: "${SELOSTE:?run through make check-sshd}"
[ "$(id -u)" -eq 0 ] || { echo "not root: skipping"; exit 77; }
SSHD=/usr/sbin/sshd
for tool in "$SSHD" ssh ssh-keygen useradd userdel usermod timeout; do
  command -v "$tool" >/dev/null 2>&1 || { echo "$tool missing: skipping"; exit 77; }
done
. "$top_srcdir/tests/tui/tmux.sh" # tmux server $T, work dir $WORK, tui_* helpers; skips without tmux

user=seloste-t$$
D=$(mktemp -d /tmp/seloste-sshd.XXXXXX) || exit 99
sshd_pid='' made_run=''
# cleanup: stops sshd and the session, removes the user (after its processes), the files and the
# privilege separation directory if this test made it.
cleanup() {
  tui_cleanup
  [ -z "$sshd_pid" ] || { kill "$sshd_pid" 2>/dev/null; sleep 0.2; }
  if id "$user" >/dev/null 2>&1; then
    for p in $(ps -o pid= -u "$user" 2>/dev/null); do kill -9 "$p" 2>/dev/null; done
    sleep 0.2
    userdel -r "$user" >/dev/null 2>&1 || userdel -f -r "$user" >/dev/null 2>&1
  fi
  rm -rf "$D"
  [ -z "$made_run" ] || rmdir /run/sshd 2>/dev/null
}
trap cleanup EXIT
trap 'exit 1' HUP INT TERM
# fail MESSAGE: the test failed; shows sshd's log.
fail() { echo "FAIL: $*"; echo "---- sshd log ----"; tail -n 20 "$D/ssh/log" 2>/dev/null; exit 1; }

# The installation: binary, data, catalogues and login script where the test user can read them,
# the administrator's settings (the demo organisation, [ui] directory = the documents directory).
chmod 755 "$D" && mkdir -p "$D/bin" "$D/etc" "$D/docs" "$D/auth" "$D/ssh" || exit 99
cp "$SELOSTE" "$D/bin/seloste" && cp -R "$SELOSTE_DATADIR" "$D/share" && cp -R "$SELOSTE_LOCALEDIR" "$D/locale" || exit 99
{ cat "$SELOSTE_DATADIR/demo.ini"; printf 'directory = %s/docs\n' "$D"; } >"$D/etc/seloste.ini"
[ "$(grep "^\[" "$D/etc/seloste.ini" | tail -n1)" = "[ui]" ] || { echo "demo.ini no longer ends in [ui]"; exit 99; }
cat >"$D/bin/login" <<EOF
#!/bin/sh
# The account's only command (sshd_config ForceCommand).
SELOSTE_SYSCONFDIR='$D/etc' SELOSTE_DATADIR='$D/share' SELOSTE_LOCALEDIR='$D/locale'
export SELOSTE_SYSCONFDIR SELOSTE_DATADIR SELOSTE_LOCALEDIR
exec '$D/bin/seloste' --restricted --ui-lang en
EOF
chmod -R a+rX "$D/bin" "$D/etc" "$D/share" "$D/locale" "$D/auth" && chmod 755 "$D/bin/login" "$D/bin/seloste"

# The colleague's account: a fresh user, unlocked for key login (UsePAM no refuses a locked one).
! id "$user" >/dev/null 2>&1 || { echo "user $user exists: skipping"; exit 77; }
useradd -m -s /bin/sh "$user" || fail "useradd $user"
usermod -p '*' "$user" || fail "usermod $user"
chown "$user" "$D/docs" && chmod 700 "$D/docs"
ssh-keygen -q -t ed25519 -N '' -f "$D/ssh/host" || fail "ssh-keygen (host)"
ssh-keygen -q -t ed25519 -N '' -f "$D/ssh/id" || fail "ssh-keygen (user)"
cp "$D/ssh/id.pub" "$D/auth/authorized_keys" && chmod 644 "$D/auth/authorized_keys"
[ -d /run/sshd ] || { mkdir -m 755 /run/sshd && made_run=yes; }

# sshd_config PORT: the server's configuration, the staff-account block of README included.
sshd_config() {
  cat <<EOF
Port $1
ListenAddress 127.0.0.1
HostKey $D/ssh/host
PidFile $D/ssh/sshd.pid
AuthorizedKeysFile $D/auth/authorized_keys
# the key file is in a temporary directory under /tmp (world-writable): not one sshd trusts
StrictModes no
PasswordAuthentication no
KbdInteractiveAuthentication no
UsePAM no
PermitRootLogin no
AllowUsers $user
LogLevel VERBOSE
Match User $user
    ForceCommand $D/bin/login
    DisableForwarding yes
    PermitTunnel no
EOF
}
# Starts sshd on a free port (a taken one makes it exit: the next is tried); sets port, sshd_pid.
port=$((20000 + $$ % 20000)) tries=0
while :; do
  sshd_config "$port" >"$D/ssh/sshd_config"
  "$SSHD" -t -f "$D/ssh/sshd_config" >"$D/ssh/log" 2>&1 || fail "sshd -t: $(cat "$D/ssh/log")"
  "$SSHD" -D -e -f "$D/ssh/sshd_config" 2>"$D/ssh/log" &
  sshd_pid=$!
  i=0
  while kill -0 "$sshd_pid" 2>/dev/null && ! grep -q "Server listening on 127.0.0.1 port $port" "$D/ssh/log"; do
    i=$((i + 1)); [ $i -lt 100 ] || fail "sshd did not start listening in 10 s"
    sleep 0.1
  done
  kill -0 "$sshd_pid" 2>/dev/null && break
  sshd_pid='' tries=$((tries + 1)) port=$((port + 1))
  [ $tries -lt 10 ] || fail "no free port for sshd"
done

SSH="ssh -F /dev/null -p $port -i $D/ssh/id -o IdentitiesOnly=yes -o BatchMode=yes -o StrictHostKeyChecking=no"
SSH="$SSH -o UserKnownHostsFile=$D/ssh/known_hosts -o ConnectTimeout=10 -o ServerAliveInterval=5 -o LogLevel=ERROR"

# No shell: a command given to ssh is not run; the login script runs seloste instead.
for cmd in 'sh -c id' 'cat /etc/passwd'; do
  # shellcheck disable=SC2086
  timeout 30 $SSH "$user@127.0.0.1" "$cmd" </dev/null >"$WORK/out" 2>&1
  grep -q 'seloste' "$WORK/out" || fail "'$cmd' over ssh: seloste did not answer: $(head -c 300 "$WORK/out")"
  ! grep -q 'uid=\|root:' "$WORK/out" || fail "'$cmd' over ssh ran: $(head -c 300 "$WORK/out")"
done

# login SESSION [COMMAND]: `ssh -t` into the account in tmux at 80x24 with TERM=xterm; the client's
# pid goes to ssh.SESSION.
login() {
  $T has-session -t boot 2>/dev/null || $T new-session -d -s boot -x 80 -y 24 "sleep 600"
  $T set-option -g remain-on-exit on # a failed login stays on the screen for the failure message
  $T new-session -d -s "$1" -x 80 -y 24 \
    "echo \$\$ >'$WORK/ssh.$1'; TERM=xterm exec $SSH -t '$user@127.0.0.1' $2"
}
# A path given as the ssh command is not opened: the wizard asks for a name in the directory.
login cmd '../../etc/passwd'
tui_wait cmd "Name of the notice file to open or create"
! tui_screen cmd | grep -q 'passwd' || tui_fail cmd "the path given to ssh reached the wizard"
tui_keys cmd Escape

login s
tui_wait s "Name of the notice file to open or create"
tui_type s '../../etc/passwd'; tui_keys s Enter
tui_wait s "passwd.seloste: restricted mode: give a plain file name,"
tui_type s 'sshtest'; tui_keys s Enter
tui_wait s "Whose data does the register hold?"
[ -f "$D/docs/sshtest.seloste" ] || tui_fail s "the notice is not in the documents directory"
[ "$(stat -c %U "$D/docs/sshtest.seloste")" = "$user" ] || tui_fail s "the notice is not the user's"
# A dropped connection: type, then kill the client at once; the wizard's text is not lost.
tui_keys s C-n
tui_wait s "Controller"
tui_type s 'ZQXDROPPED'
tui_wait s 'ZQXDROPPED'
kill -9 "$(cat "$WORK/ssh.s")"
i=0
until grep -qs 'ZQXDROPPED' "$D/docs/sshtest.seloste.recovery" && [ -z "$(ps -o pid= -u "$user")" ]; do
  i=$((i + 1)); [ $i -lt 150 ] || fail "15 s after the client was killed: no recovery file with the text, or seloste still runs ($(ls "$D/docs"))"
  sleep 0.1
done
! grep -q 'ZQXDROPPED' "$D/docs/sshtest.seloste" || fail "the unsaved text was saved into the notice"
# nothing was written outside the documents directory
[ "$(ls -A "$D/docs" | grep -v '^sshtest\.seloste\(\.lock\|\.recovery\)\?$')" = '' ] || fail "stray files: $(ls -A "$D/docs")"
[ ! -e /etc/passwd.seloste ] && [ ! -e "$D/../etc/passwd.seloste" ] || fail "a file was created outside the directory"
echo "all assertions passed"
exit 0
