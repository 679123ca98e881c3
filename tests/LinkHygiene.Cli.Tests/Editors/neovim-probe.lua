-- Run by NeovimTests inside a headless Neovim configured only by the snippet of docs/editors.md: waits for the
-- language server's diagnostics on the current buffer, writes them (with UTF-16 columns, as the tool counts) to
-- $LH_OUT, applies the preferred quick fix of the first diagnostic whose code is $LH_FIX, saves, and quits.
local expected = tonumber(os.getenv('LH_EXPECTED'))
local function utf16(lnum, col)
  local line = vim.api.nvim_buf_get_lines(0, lnum, lnum + 1, false)[1] or ''
  local _, index = vim.str_utfindex(line, math.min(col, #line))
  return index
end

local settled = vim.wait(30000, function() return #vim.diagnostic.get(0) >= expected end, 50)
local result = { settled = settled, diagnostics = {}, fixed = nil }
local target
for _, d in ipairs(vim.diagnostic.get(0)) do
  local lsp = {
    range = {
      start = { line = d.lnum, character = utf16(d.lnum, d.col) },
      ['end'] = { line = d.end_lnum, character = utf16(d.end_lnum, d.end_col) },
    },
    severity = d.severity, code = d.code, source = d.source, message = d.message,
  }
  table.insert(result.diagnostics, lsp)
  if not target and d.code == os.getenv('LH_FIX') then
    target = lsp
  end
end

if target then
  local responses = vim.lsp.buf_request_sync(0, 'textDocument/codeAction', {
    textDocument = vim.lsp.util.make_text_document_params(),
    range = target.range,
    context = { diagnostics = { target }, only = { 'quickfix' } },
  }, 10000) or {}
  for _, response in pairs(responses) do
    for _, action in ipairs(response.result or {}) do
      if action.isPreferred and action.edit and not result.fixed then
        vim.lsp.util.apply_workspace_edit(action.edit, 'utf-16')
        vim.cmd('write')
        result.fixed = action.title
      end
    end
  end
end

local file = io.open(os.getenv('LH_OUT'), 'w')
file:write(vim.fn.json_encode(result))
file:close()
vim.cmd('qa!')
