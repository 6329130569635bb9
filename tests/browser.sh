#!/bin/sh
# The published page in a real browser (headless Chromium): the standalone HTML and the fragment
# pasted into a plain host page, each at phone width (360 px) and desktop width (1280 px), have no
# horizontal scrolling, show every h1/h2 inside the page in document order, and carry only
# well-formed mailto:/https: links; printed to PDF, the notice is all there (pdftotext). Screenshots
# go to tests/artefacts/ in the build tree (not committed; removed by make clean).
# Skips (77) without chromium or pdftotext.
. "$top_srcdir/tests/lib.sh"

CHROMIUM=$(command -v chromium || command -v chromium-browser) || { echo "chromium not installed"; exit 77; }
command -v pdftotext >/dev/null 2>&1 || { echo "pdftotext (poppler-utils) not installed"; exit 77; }
ART="$top_builddir/tests/artefacts"
mkdir -p "$ART" || exit 99

# browse ARGS... URL: one headless Chromium run with a private profile; its stdout to $T/dom.
# --no-sandbox because CI runs as root; its stderr (D-Bus and GPU noise) is ignored.
browse() {
  timeout 60 "$CHROMIUM" --headless=new --no-sandbox --disable-gpu --no-first-run \
    --user-data-dir="$T/profile" "$@" >"$T/dom" 2>/dev/null
}

# The notice: demo settings, Finnish and English, rendered whole and as a fragment.
mkdir -p "$T/home/seloste"
cp "$top_srcdir/data/demo.ini" "$T/home/seloste/seloste.ini"
export XDG_CONFIG_HOME="$T/home"
status 0 "$SELOSTE" new "$T/notice.seloste" --ui-lang en
status 0 "$SELOSTE" render "$T/notice.seloste" --format html -o "$T/notice.html"
status 0 "$SELOSTE" render "$T/notice.seloste" --format html --fragment -o "$T/fragment.html"
# A plain host page like a small company site's, with the fragment pasted into its content area.
{ printf '<!DOCTYPE html>\n<html lang="fi"><head><meta charset="utf-8">\n'
  printf '<meta name="viewport" content="width=device-width, initial-scale=1"><title>Esimerkki Oy</title>\n'
  printf '<style>body{margin:0;font-family:sans-serif}body>header,body>footer{background:#234;color:#fff;padding:1em}'
  printf '.content{max-width:60em;margin:0 auto;padding:1em}</style></head><body>\n'
  printf '<header>Esimerkki Oy</header>\n<div class="content">\n'
  cat "$T/fragment.html"
  printf '</div>\n<footer>Satamakatu 3 B, Helsinki</footer>\n</body></html>\n'; } >"$T/host.html"

# untag: text of HTML lines: tags dropped, the entities seloste writes decoded.
untag() { sed -e "s/<[^>]*>//g" -e "s/&lt;/</g" -e "s/&gt;/>/g" -e "s/&quot;/\"/g" -e "s/&#39;/'/g" -e "s/&amp;/\&/g"; }
# The headings the HTML has, in order: what the browser must show.
headings() { sed -n 's/.*<h[12][^>]*>\(.*\)<\/h[12]>.*/\1/p' "$1" | untag; }
headings "$T/notice.html" >"$T/want-headings"
[ "$(wc -l <"$T/want-headings")" -ge 30 ] || fail "too few headings in the rendered HTML"
headings "$T/fragment.html" | cmp -s - "$T/want-headings" || fail "the fragment's headings differ from the page's"

# probe PAGE: a copy of PAGE (beside it) whose last script measures the layout and sends a report
# to the parent frame: line 1 "width W scroll S", then "h VISIBLE ORDER TEXT" per h1/h2 and
# "link OK HREF" per link.
probe() {
  sed -e 's|</body>|<script src="probe.js"></script></body>|' "$1" >"${1%.html}.probe.html"
}
cat >"$T/probe.js" <<'EOF'
(function () {
  var out = [], W = window.innerWidth, top = -1;
  out.push('width ' + W + ' scroll ' + document.documentElement.scrollWidth);
  document.querySelectorAll('body *').forEach(function (e) { // what sticks out, for the failure message
    if (e.getBoundingClientRect().right > W && e.children.length === 0 && out.length < 6)
      out.push('wide ' + e.tagName + ' ' + Math.round(e.getBoundingClientRect().right) + ' ' + e.textContent.slice(0, 60));
  });
  document.querySelectorAll('h1, h2').forEach(function (h) {
    var r = h.getBoundingClientRect(), cs = getComputedStyle(h), y = r.top + window.scrollY;
    var shown = r.width > 0 && r.height > 0 && cs.visibility === 'visible' && cs.opacity !== '0' &&
                r.left >= 0 && r.right <= W;
    out.push('h ' + (shown ? 'shown' : 'HIDDEN') + ' ' + (y >= top ? 'inorder' : 'OUTOFORDER') + ' ' +
             h.textContent.replace(/\s+/g, ' ').trim());
    top = r.bottom + window.scrollY;
  });
  document.querySelectorAll('a').forEach(function (a) {
    var href = a.getAttribute('href') || '', ok = false;
    try {
      var u = new URL(href);
      ok = (u.protocol === 'https:' && /^[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(u.hostname)) ||
           (u.protocol === 'mailto:' && /^[^@\s]+@[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(u.pathname));
    } catch (e) {}
    out.push('link ' + (ok && a.textContent.trim() !== '' ? 'ok' : 'BAD') + ' ' + href);
  });
  parent.postMessage(out.join('\n'), '*');
})();
EOF
# frame PAGE WIDTH: opens PAGE's probe in a WIDTH-px iframe (a window cannot be narrower than 500
# px in headless Chromium; a frame's viewport can) and writes the report to $T/report.
frame() {
  { printf '<!DOCTYPE html><html><head><meta charset="utf-8"><title>frame</title></head><body style="margin:0">\n'
    printf '<iframe src="%s" style="width:%spx;height:900px;border:0"></iframe><pre id="result"></pre>\n' \
      "$(basename "${1%.html}.probe.html")" "$2"
    printf '<script>addEventListener("message",function(e){document.getElementById("result").textContent=e.data})</script>\n'
    printf '</body></html>\n'; } >"$T/frame.html"
  browse --window-size=1300,1000 --virtual-time-budget=5000 --dump-dom "file://$T/frame.html"
  sed -n '/<pre id="result">/,/<\/pre>/p' "$T/dom" | sed -e 's/.*<pre id="result">//' -e 's|</pre>.*||' \
    -e 's/&amp;/\&/g' >"$T/report"
}
# assert_layout NAME WIDTH: the report of $T/report is whole and every check in it passed.
assert_layout() {
  set -- "$1 at $2 px" "$2"
  head -n1 "$T/report" | grep -q "^width $2 scroll" || { fail "$1: no report from the browser"; return; }
  s=$(head -n1 "$T/report" | awk '{print $4}')
  [ "$s" -le "$2" ] || fail "$1: scrolls sideways (content $s px wide): $(grep "^wide" "$T/report" | tr "\n" ";")"
  sed -n 's/^h [a-zA-Z]* [a-zA-Z]* //p' "$T/report" | cmp -s - "$T/want-headings" ||
    fail "$1: the headings shown are not the notice's, in its order"
  ! grep -E '^h (HIDDEN|.* OUTOFORDER)' "$T/report" >"$T/bad" || fail "$1: headings hidden or out of order: $(cat "$T/bad")"
  [ "$(grep -c '^link ok' "$T/report")" -ge 4 ] || fail "$1: too few links"
  ! grep '^link BAD' "$T/report" >"$T/bad" || fail "$1: malformed links: $(cat "$T/bad")"
}
for page in notice host; do
  probe "$T/$page.html"
  for width in 360 1280; do
    frame "$T/$page.html" "$width"
    assert_layout "$page" "$width"
    browse --window-size="$width,2000" --screenshot="$ART/$page-$width.png" "file://$T/$page.html"
    [ -s "$ART/$page-$width.png" ] || fail "no screenshot of $page at $width px"
  done
done

# Printed, the whole notice is there: the title, every heading, the organisation, the authority
# and the notice's last sentence.
last=$(sed -n "s/.*<p>\(.*\)<\/p>.*/\1/p" "$T/notice.html" | tail -n1 | untag | awk "{ print \$(NF-3), \$(NF-2), \$(NF-1), \$NF }")
[ -n "$last" ] || fail "no last paragraph in the notice"
for page in notice host; do
  rm -f "$T/$page.pdf"
  browse --no-pdf-header-footer --print-to-pdf="$T/$page.pdf" "file://$T/$page.html"
  [ -s "$T/$page.pdf" ] || { fail "no PDF of $page"; continue; }
  cp "$T/$page.pdf" "$ART/$page.pdf"
  pdftotext -enc UTF-8 "$T/$page.pdf" - | tr '\n' ' ' | tr -s ' ' >"$T/pdf.txt"
  while IFS= read -r h; do
    contains "$T/pdf.txt" "$h"
  done <"$T/want-headings"
  contains "$T/pdf.txt" "Esimerkki Oy"
  contains "$T/pdf.txt" "Tietosuojavaltuutetun toimisto"
  contains "$T/pdf.txt" "$last"
done
finish
