#!/bin/sh
# Save, quit, reopen: a contact field, a ticked checklist item and the languages are all still there.
. "$top_srcdir/tests/tui/tmux.sh"

tui_start a --ui-lang en re.seloste
tui_wait a "Languages of the notice"
tui_keys a Up Up Space                # English off: the row above the last (Swedish); asks, Enter leaves it out
tui_wait a "Leave English out of the notice"
tui_keys a Enter
tui_wait a "[ ] English"
tui_keys a Enter
tui_wait a "GDPR 13(1)(a)"              # Controller: the form's first field, Name, has the focus
tui_type a "Äijälän Öljy Oy"
tui_keys a Enter                       # Enter goes on to the next field, Business ID
tui_type a "1234567-8"
tui_wait a "1234567-8"
tui_keys a C-o
tui_wait a "Overview of the notice"
tui_keys a Home Down Down Down Down Down Down Down Down Down Down Down Down Enter   # Data content (13)
tui_wait a "Data content of the register"
tui_keys a Down Down Space            # tick "Title or position"
tui_wait a "[x] Title or position"
tui_keys a C-q
tui_wait a "Save your changes before quitting?"
tui_keys a y
st=$(tui_wait_exit a); [ "$st" = 0 ] || tui_fail a "exit status $st"
file_has re.seloste '"Äijälän Öljy Oy"'
file_has re.seloste '"title"'

tui_start b --ui-lang en re.seloste
tui_wait b "Languages of the notice"
tui_wait b "Äijälän Öljy Oy"
tui_wait b "1234567-8"
tui_screen b | grep -q "Business ID *1234567-8" || tui_fail b "the business ID is not in its own field"
tui_wait b "[ ] English"
tui_keys b C-o
tui_wait b "Overview of the notice"
tui_keys b Home Down Down Down Down Down Down Down Down Down Down Down Down Enter
tui_wait b "[x] Title or position"
tui_keys b C-q
st=$(tui_wait_exit b); [ "$st" = 0 ] || tui_fail b "exit status $st"
exit 0
