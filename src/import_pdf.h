/* Clean-up of text copied out of a PDF (or a justified page) before the plain-text reader sees it. */
#ifndef SELOSTE_IMPORT_PDF_H
#define SELOSTE_IMPORT_PDF_H

/* Returns a new string (the caller frees it) holding text (valid UTF-8, NUL-terminated) without the
   debris of PDF extraction: zero-width characters (U+200B, U+2060, U+FEFF) removed; soft hyphens
   (U+00AD) removed, and one at a line's end joins the word broken there (the rest of the next line
   stays on a line of its own); a bullet ("-", "•", "▪", "●", "◦", Symbol font's U+F0B7) alone on
   its line joined to the item on the next line as "- item", and the rarer bullet glyphs written as
   "-"; tabs turned to spaces when they stand between the words of most tabbed lines (a
   heading-TAB-body table keeps its tabs). Line count changes only where lines were joined.
   Time and memory linear in the text's length. */
char *import_pdf_clean(const char *text);

#endif
