-- pandoc Lua filter for tests/render_md_commonmark.sh: prints one line per top-level block of the
-- parsed Markdown, "P text" for a paragraph, "H2 text" for a heading, the block type otherwise.
-- Text is Str as is, a space for Space/SoftBreak, "\n" (two characters) for a hard line break;
-- any other inline (emphasis, code, link, entity-made HTML) shows as <Type>text so it never
-- matches plain source text. A bullet list is "BulletList" followed by one "I text" line per item
-- with the text of the item's first block.
local function text(inlines)
  local out = {}
  for _, el in ipairs(inlines) do
    if el.t == 'Str' then out[#out + 1] = el.text
    elseif el.t == 'Space' or el.t == 'SoftBreak' then out[#out + 1] = ' '
    elseif el.t == 'LineBreak' then out[#out + 1] = '\\n'
    else out[#out + 1] = '<' .. el.t .. '>' .. pandoc.utils.stringify(el) end
  end
  return table.concat(out)
end

function Pandoc(doc)
  for _, b in ipairs(doc.blocks) do
    if b.t == 'Para' or b.t == 'Plain' then print('P ' .. text(b.content))
    elseif b.t == 'Header' then print('H' .. b.level .. ' ' .. text(b.content))
    elseif b.t == 'BulletList' then
      print('BulletList')
      for _, item in ipairs(b.content) do
        local first = item[1]
        if first and (first.t == 'Plain' or first.t == 'Para') then print('I ' .. text(first.content))
        else print('I <' .. (first and first.t or 'empty') .. '>') end
      end
    else print(b.t) end
  end
  return doc
end
