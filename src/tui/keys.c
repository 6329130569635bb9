/* Key input as terminals really send it. Terminals disagree about Home/End and friends, and
   ncurses decodes only what terminfo lists for TERM: PuTTY sends ESC [ 1 ~ for Home even with
   TERM=xterm, whose terminfo says ESC O H. So every common form is registered with define_key, and
   a sequence ncurses still cannot match (it then hands over ESC and the bytes one by one) is read
   whole here, decoded through the same table or dropped: its letters never reach the commands. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "draw.h"
#include "keys.h"
#include "recovery.h"
#include "safetext.h"

#define KEY_ESC 27
#define DELAY_LOCAL_MS 50
#define DELAY_SSH_MS 100
#define PASTE_SILENCE_MS 2000 /* a paste whose end marker never comes ends after this much quiet */
#define KEYS_DROPPED (-3)     /* internal: an escape sequence was read and thrown away */
#define LATE_SEQ_MS 600       /* a [ this soon after a lone Esc continues a sequence split after its ESC */
#define SEQ_REST_MS 1000      /* once ESC [ or ESC O has come, how long the rest may take: a sequence
                                 split by a slow link must not end up as typed "3~" */

/* The forms of the editing keys sent by xterm (both cursor modes), PuTTY (default and "ESC[n~"),
   tmux/screen, rxvt, VT220 and the Linux console. */
static const struct { const char *seq; int code; } key_forms[] = {
  { "\033[1~", KEY_HOME }, { "\033[7~", KEY_HOME }, { "\033[H", KEY_HOME }, { "\033OH", KEY_HOME },
  { "\033[4~", KEY_END }, { "\033[8~", KEY_END }, { "\033[F", KEY_END }, { "\033OF", KEY_END },
  { "\033[2~", KEY_IC }, { "\033[3~", KEY_DC }, { "\033[5~", KEY_PPAGE }, { "\033[6~", KEY_NPAGE },
  { "\033[A", KEY_UP }, { "\033[B", KEY_DOWN }, { "\033[C", KEY_RIGHT }, { "\033[D", KEY_LEFT },
  { "\033OA", KEY_UP }, { "\033OB", KEY_DOWN }, { "\033OC", KEY_RIGHT }, { "\033OD", KEY_LEFT },
  { "\033[Z", KEY_BTAB },
  /* F1-F5 as PuTTY (default "ESC[n~" mode), rxvt and VT220 send them, and the Linux console's */
  { "\033[11~", KEY_F(1) }, { "\033[12~", KEY_F(2) }, { "\033[13~", KEY_F(3) }, { "\033[14~", KEY_F(4) },
  { "\033[15~", KEY_F(5) }, { "\033[[A", KEY_F(1) }, { "\033[[B", KEY_F(2) }, { "\033[[C", KEY_F(3) },
  { "\033[[D", KEY_F(4) }, { "\033[[E", KEY_F(5) }, { "\033OP", KEY_F(1) }, { "\033OQ", KEY_F(2) },
  { "\033OR", KEY_F(3) }, { "\033OS", KEY_F(4) }, { "\033[21~", KEY_F(10) },
};

static const char paste_start_seq[] = "\033[200~", paste_end_seq[] = "\033[201~";
static int paste_start, paste_end; /* private key codes of the paste markers */
static int escdelay_ms = DELAY_LOCAL_MS;
static bool paste_on;

/* A key code above curses' own that no key of this terminal uses yet, at or after from. */
static int keys_free_code(int from)
{
  for (int k = from; k < from + 4096; k++) {
    char *bound = keybound(k, 0);
    if (!bound)
      return k;
    free(bound);
  }
  return from;
}

/* The escape delay: ESCDELAY from the environment (milliseconds, 0 to 10000), else 50 ms, or
   100 ms over SSH, where one key's bytes can arrive in two packets: a lone Esc only closes the
   editor, so waiting a little longer for the rest of a sequence costs nothing that matters. */
static int keys_choose_delay(void)
{
  const char *e = getenv("ESCDELAY");
  if (e && *e) {
    char *end;
    long ms = strtol(e, &end, 10);
    if (*end == '\0' && ms >= 0 && ms <= 10000)
      return (int)ms;
  }
  const char *ssh = getenv("SSH_CONNECTION");
  return ssh && *ssh ? DELAY_SSH_MS : DELAY_LOCAL_MS;
}

void keys_setup(void)
{
  for (size_t i = 0; i < sizeof key_forms / sizeof key_forms[0]; i++)
    define_key(key_forms[i].seq, key_forms[i].code);
  paste_start = keys_free_code(KEY_MAX + 0x100);
  define_key(paste_start_seq, paste_start);
  paste_end = keys_free_code(paste_start + 1);
  define_key(paste_end_seq, paste_end);
  escdelay_ms = keys_choose_delay();
  set_escdelay(escdelay_ms);
  keys_paste_mode(true);
}

void keys_paste_mode(bool on)
{
  if (paste_on == on)
    return;
  paste_on = on;
  fputs(on ? "\033[?2004h" : "\033[?2004l", stdout); /* curses writes to stdout too */
  fflush(stdout);
}

/* The key code a whole escape sequence stands for, or 0. */
static int keys_lookup(const char *seq)
{
  for (size_t i = 0; i < sizeof key_forms / sizeof key_forms[0]; i++)
    if (strcmp(seq, key_forms[i].seq) == 0)
      return key_forms[i].code;
  if (strcmp(seq, paste_start_seq) == 0)
    return paste_start;
  return strcmp(seq, paste_end_seq) == 0 ? paste_end : 0;
}

/* One key from curses within ms milliseconds (negative: forever). */
static int keys_get(int ms, wint_t *c)
{
  timeout(ms);
  return get_wch(c);
}

/* Gives a key read too far back to curses, to be read next. */
static void keys_unget(int type, wint_t c)
{
  if (type == OK)
    unget_wch((wchar_t)c);
  else if (type == KEY_CODE_YES)
    ungetch((int)c);
}

/* After ESC [ or ESC O: appends the parameter, intermediate and final bytes to seq; true when the
   sequence ended with its final byte (0x40-0x7E). Old xterms put parameters after ESC O too
   (ESC O 5 P); the Linux console's F1-F5 (ESC [ [ A) take one byte more. */
static bool keys_rest(struct strbuf *seq)
{
  for (int n = 0; n < 64; n++) {
    wint_t c;
    int t = keys_get(SEQ_REST_MS, &c);
    if (t != OK || c < 0x20 || c > 0x7E) {
      keys_unget(t, c);
      return false;
    }
    sb_addc(seq, (char)c);
    if (c >= 0x40 && !(n == 0 && c == '[' && seq->s[1] == '['))
      return true;
  }
  return false;
}

/* After ESC ] (OSC): reads the string to its end (BEL, or ESC \\) or until the line goes quiet for
   the escape delay; nothing of it is kept. A terminal's title report (ESC ] l title ESC \\) or colour
   answer must not become typed text. (ESC P and the other string openers are left alone: Esc then
   a capital P is more likely typing, and the wizard asks the terminal for nothing.) */
static void keys_skip_string(void)
{
  bool after_esc = false;
  for (int n = 0; n < 4096; n++) {
    wint_t c;
    int t = keys_get(escdelay_ms, &c);
    if (t == ERR || (t == OK && (c == 7 || (after_esc && c == '\\'))))
      return;
    after_esc = t == OK && c == KEY_ESC;
  }
}

/* True for the byte after ESC that starts a string sequence the wizard drops. */
static bool keys_string_start(wint_t n) { return n == ']'; }

/* After ESC and intro ([ or O, already read): reads the rest of the sequence and answers its key
   (KEY_CODE_YES, *c the code), or KEYS_DROPPED for one that is unknown or never ends. */
static int keys_sequence(wint_t intro, wint_t *c)
{
  struct strbuf seq = { 0 };
  sb_addc(&seq, KEY_ESC);
  sb_addc(&seq, (char)intro);
  int code = keys_rest(&seq) ? keys_lookup(seq.s) : 0;
  sb_free(&seq);
  if (!code)
    return KEYS_DROPPED;
  *c = (wint_t)code;
  return KEY_CODE_YES;
}

static long long lone_esc_at; /* clock ms of the last lone Esc, for a sequence split after its ESC */

/* Answers a lone Esc, remembering when it came. */
static int keys_lone_esc(wint_t *c)
{
  lone_esc_at = recovery_clock_ms();
  *c = KEY_ESC;
  return OK;
}

/* A [ that comes soon after a lone Esc is the rest of a sequence a slow link split after its ESC
   (ESC, a pause, "[4~"): read it whole and decode it, or drop it; it never becomes typed "[4~". */
static int keys_late_sequence(wint_t *c)
{
  lone_esc_at = 0;
  return keys_sequence('[', c);
}

/* What an ESC that curses handed over as a character starts: a lone Esc (nothing follows, or a
   key of its own such as ^F or Down, typed just after it), the key of a sequence curses could not
   match (decoded here), or KEYS_DROPPED: for Esc with a character at once (Alt with a letter, or Esc
   and the next key packed together by a slow link: the character is read again as typed text), and
   for unknown sequences, terminal replies and strings, which are read to their end and thrown away
   so that no byte of them becomes text or a command. */
static int keys_escape(wint_t *c)
{
  wint_t n;
  int t = keys_get(0, &n); /* curses has already waited the escape delay for it */
  if (t == OK && n == KEY_ESC) { /* Esc Esc (rxvt's Alt with a key): the second one starts afresh */
    keys_unget(t, n);
    return KEYS_DROPPED;
  }
  if (t == ERR || t == KEY_CODE_YES || n < 0x20 || n == 0x7F) {
    keys_unget(t, n);
    return keys_lone_esc(c);
  }
  if (keys_string_start(n)) {
    keys_skip_string();
    return KEYS_DROPPED;
  }
  if (n != '[' && n != 'O') { /* Esc and a character at once (Alt, or a slow link): a lone Esc (it
                                 cancels a question, and does nothing to a text), then the
                                 character as typed text, never a command */
    keys_unget(t, n);
    return keys_lone_esc(c);
  }
  return keys_sequence(n, c);
}

/* One key within ms milliseconds, with escape sequences decoded or dropped. */
static int keys_next(int ms, wint_t *c)
{
  int t = keys_get(ms, c);
  if (t == OK && *c == KEY_ESC)
    return keys_escape(c);
  if (t == OK && *c == '[' && lone_esc_at && recovery_clock_ms() - lone_esc_at < LATE_SEQ_MS)
    return keys_late_sequence(c);
  if (t != ERR)
    lone_esc_at = 0;
  return t;
}

/* Adds one pasted character: CR LF and CR become LF, TAB stays, other control characters go. */
static void paste_add(struct keys_paste *p, wint_t c, bool *after_cr)
{
  bool lf_of_crlf = c == '\n' && *after_cr;
  *after_cr = c == '\r';
  if (lf_of_crlf)
    return;
  if (c == '\r')
    c = '\n';
  if (c > 0x10FFFF || !safetext_typable((unsigned)c))
    return;
  char u[4];
  size_t n = utf8_encode((unsigned)c, u);
  if (p->text.len + n > KEYS_PASTE_MAX) {
    p->cut = true;
    return;
  }
  sb_addn(&p->text, u, n);
}

/* Reads a bracketed paste after its start marker, up to the end marker (or a long silence). */
static void keys_read_paste(struct keys_paste *p)
{
  sb_free(&p->text);
  sb_add(&p->text, "");
  p->cut = false;
  bool after_cr = false;
  for (;;) {
    wint_t c;
    int t = keys_next(PASTE_SILENCE_MS, &c);
    if (t == ERR || (t == KEY_CODE_YES && (int)c == paste_end))
      return;
    if (t == KEY_CODE_YES && c == KEY_ENTER)
      paste_add(p, '\n', &after_cr);
    else if (t == OK)
      paste_add(p, c, &after_cr);
  }
}

int keys_read(int wait_ms, wint_t *c, struct keys_paste *paste)
{
  int t = keys_next(wait_ms, c);
  if (t == KEY_CODE_YES && (int)*c == paste_start) {
    keys_read_paste(paste);
    return KEYS_PASTE;
  }
  if (t == KEY_CODE_YES && (int)*c == paste_end)
    return ERR; /* an end marker without its start: nothing */
  return t == KEYS_DROPPED ? ERR : t;
}
