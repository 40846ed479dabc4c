-- Drives the zelfscan language server with Neovim's own LSP client (the 0.7 API: vim.lsp.start_client), headless:
--   ZELFSCAN_NVIM_CONFIG=check.json nvim --headless --clean -c 'luafile test/neovim/lsp-check.lua'
-- check.json names the server, the workspace, the files and the positions to ask about (see neovim-client.test.ts).
-- Writes what the editor received to the config's `result` file as JSON, then quits: status 0 when every request
-- was answered, 1 otherwise (the result file then carries `error`).

local config = vim.fn.json_decode(table.concat(vim.fn.readfile(os.getenv('ZELFSCAN_NVIM_CONFIG')), '\n'))
local TIMEOUT = config.timeout_ms or 30000
local result = { diagnostics = {}, shown = {} }

local function write_result()
    vim.fn.writefile({ vim.fn.json_encode(result) }, config.result)
end

local function fail(message)
    result.error = message
    write_result()
    vim.cmd('cquit 1')
end

-- Keep every publishDiagnostics exactly as sent (LSP ranges), then let Neovim show it as usual.
local published = {}
local default_publish = vim.lsp.handlers['textDocument/publishDiagnostics']
vim.lsp.handlers['textDocument/publishDiagnostics'] = function(err, params, ctx, handler_config)
    published[params.uri] = params.diagnostics
    return default_publish(err, params, ctx, handler_config)
end

local exited = nil
local client_id = vim.lsp.start_client({
    name = 'zelfscan',
    cmd = { config.node, config.server, '--stdio' },
    root_dir = config.root,
    on_exit = function(code, signal) exited = { code = code, signal = signal } end,
})
if not client_id then
    fail('vim.lsp.start_client returned nil')
end

--- Opens a file in its own buffer with the given filetype and attaches the client (sends didOpen).
local function open(path, filetype)
    vim.cmd('edit ' .. vim.fn.fnameescape(path))
    local bufnr = vim.api.nvim_get_current_buf()
    vim.bo[bufnr].filetype = filetype
    -- The formatting options Neovim sends come from these: the canonical layout indents with four spaces.
    vim.bo[bufnr].shiftwidth = 4
    vim.bo[bufnr].expandtab = true
    if not vim.lsp.buf_attach_client(bufnr, client_id) then
        fail('buf_attach_client failed for ' .. path)
    end
    return bufnr
end

--- One request to the server, waiting for its answer; fails the run on an error or no answer.
local function request(bufnr, method, params)
    local answers, err = vim.lsp.buf_request_sync(bufnr, method, params, TIMEOUT)
    local answer = answers and answers[client_id]
    if not answer then
        fail(method .. ': no answer (' .. tostring(err) .. ')')
    elseif answer.err then
        fail(method .. ': ' .. vim.inspect(answer.err))
    end
    return answer.result
end

local function main()
    -- The client initialises asynchronously; requests are only possible once it has.
    if not vim.wait(TIMEOUT, function()
        local client = vim.lsp.get_client_by_id(client_id)
        return exited ~= nil or (client ~= nil and client.initialized)
    end, 20) or exited then
        fail('the server did not initialise: ' .. vim.inspect(exited))
    end

    local scan = open(config.scan, 'regioscan')
    local scan_uri = vim.uri_from_bufnr(scan)
    if not vim.wait(TIMEOUT, function()
        return published[scan_uri] ~= nil and #published[scan_uri] > 0
    end, 20) then
        fail('no diagnostics for ' .. scan_uri)
    end
    for _, d in ipairs(published[scan_uri]) do
        table.insert(result.diagnostics, { message = d.message, severity = d.severity, range = d.range })
    end
    -- What Neovim itself holds for the buffer (0-based line, byte column), proof that it took the diagnostics in.
    for _, d in ipairs(vim.diagnostic.get(scan)) do
        table.insert(result.shown, { lnum = d.lnum, col = d.col, end_col = d.end_col, message = d.message })
    end

    local document = { uri = scan_uri }
    local hover = request(scan, 'textDocument/hover', { textDocument = document, position = config.hover })
    result.hover = hover and hover.contents

    local completion = request(scan, 'textDocument/completion', { textDocument = document, position = config.completion })
    local items = completion and (completion.items or completion) or {}
    result.completion = {}
    for _, item in ipairs(items) do
        table.insert(result.completion, item.label)
    end

    local ugly = open(config.unformatted, 'regioscan')
    local client = vim.lsp.get_client_by_id(client_id)
    local edits = request(ugly, 'textDocument/formatting', vim.lsp.util.make_formatting_params())
    vim.lsp.util.apply_text_edits(edits or {}, ugly, client.offset_encoding)
    -- The bytes a user would get on disk after formatting and saving.
    vim.cmd('silent write')
    local file = assert(io.open(config.unformatted, 'rb'))
    result.formatted = file:read('*a')
    file:close()

    client.stop()
    vim.wait(5000, function() return exited ~= nil end, 20)
    result.exit = exited
    write_result()
    vim.cmd('qall!')
end

local ok, message = xpcall(main, debug.traceback)
if not ok then
    fail(message)
end
