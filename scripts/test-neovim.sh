#!/usr/bin/env bash
# A real editor against `phonerules lsp`: Debian's Neovim 0.7 (installed by .ci/run) runs headless on a copy of
# the shipped catalog, with 0.7's own client API (vim.lsp.start_client + vim.lsp.buf_attach_client; vim.lsp.start
# arrived in 0.8). It waits for the diagnostics, checks that they are analyze's findings on their lines, asks
# for the definition of a model's series, introduces a dangling reference and checks the PRG008 the build gives.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAILED: $*" >&2; exit 1; }

command -v nvim > /dev/null || fail "nvim is not installed (apt-get install neovim; .ci/run installs it)"
echo "== $(nvim --version | head -1)"

echo "== build the console"
dotnet build "$root/src/PhoneRules.Cli" --nologo -v q > /dev/null
dll="$root/src/PhoneRules.Cli/bin/Debug/net10.0/phonerules.dll"
test -f "$dll" || fail "no $dll"

cp "$root/catalog.yaml" "$work/catalog.yaml"
cd "$work"

# What the console says of the same file: one GitHub annotation per finding, with its line.
dotnet "$dll" analyze --catalog catalog.yaml --format github | sed -n 's/^::[a-z]* file=[^,]*,line=\([0-9]*\),.*title=\(PR[0-9]*\).*/\2 \1/p' | sort > expected-findings.txt
[ -s expected-findings.txt ] || fail "analyze printed no finding to compare with"

# The first model's series reference (in data), and the line of that series' entry.
data_line=$(grep -n '^data:' catalog.yaml | cut -d: -f1)
series_line=$(awk -v start="$data_line" 'NR > start && /^      series: [a-z0-9-]+$/ { print NR; exit }' catalog.yaml)
series_key=$(sed -n "${series_line}p" catalog.yaml | sed 's/^      series: //')
entry_line=$(awk -v start="$data_line" -v key="    $series_key:" 'NR > start && $0 == key { print NR; exit }' catalog.yaml)
[ -n "$series_line" ] && [ -n "$entry_line" ] || fail "no series reference or entry found in the catalog"

cat > test.lua <<'LUA'
local dll, file, out_path, series_line = _G.arg_dll, _G.arg_file, _G.arg_out, tonumber(_G.arg_series_line)
local out = assert(io.open(out_path, 'w'))
local function finish(code)
  out:close()
  vim.cmd(code == 0 and 'qa!' or 'cq!')
end

local client = vim.lsp.start_client({ name = 'phonerules', cmd = { 'dotnet', dll, 'lsp', '--stdio' }, root_dir = vim.fn.fnamemodify(file, ':h') })
if not client then out:write('error no client\n'); return finish(1) end
vim.cmd('edit ' .. vim.fn.fnameescape(file))
local buf = vim.api.nvim_get_current_buf()
vim.lsp.buf_attach_client(buf, client)

local function code_of(d) return (d.user_data and d.user_data.lsp and d.user_data.lsp.code) or d.code end
local function has(code)
  for _, d in ipairs(vim.diagnostic.get(buf)) do if code_of(d) == code then return true end end
  return false
end

if not vim.wait(120000, function() return #vim.diagnostic.get(buf) > 0 end, 50) then
  out:write('error no diagnostics\n'); return finish(1)
end
for _, d in ipairs(vim.diagnostic.get(buf)) do out:write(string.format('finding %s %d\n', code_of(d), d.lnum + 1)) end

local params = { textDocument = { uri = vim.uri_from_bufnr(buf) }, position = { line = series_line - 1, character = 16 } }
local answers = vim.lsp.buf_request_sync(buf, 'textDocument/definition', params, 30000) or {}
for _, answer in pairs(answers) do
  for _, location in ipairs(answer.result or {}) do
    out:write(string.format('definition %s %d\n', vim.uri_to_fname(location.uri), location.range.start.line + 1))
  end
end

vim.api.nvim_buf_set_lines(buf, series_line - 1, series_line, false, { '      series: no-such-series' })
if not vim.wait(120000, function() return has('PRG008') end, 50) then
  out:write('error no PRG008 after the edit\n'); return finish(1)
end
for _, d in ipairs(vim.diagnostic.get(buf)) do
  out:write(string.format('error %s %d %d %s\n', code_of(d), d.lnum + 1, d.col + 1, d.message))
end
vim.lsp.stop_client(client)
finish(0)
LUA

echo "== nvim --headless on a copy of the catalog"
timeout 300 nvim --headless --clean \
  --cmd "lua _G.arg_dll = [[$dll]]; _G.arg_file = [[$work/catalog.yaml]]; _G.arg_out = [[$work/result.txt]]; _G.arg_series_line = '$series_line'" \
  -c "luafile $work/test.lua" || { cat result.txt 2>/dev/null; fail "nvim exited with $?"; }
cat result.txt

echo "== the diagnostics are analyze's findings, on their lines"
grep '^finding ' result.txt | sed 's/^finding //' | sort > got-findings.txt
diff expected-findings.txt got-findings.txt || fail "the editor's findings differ from analyze's"

echo "== go to definition: from line $series_line ('series: $series_key') to the entry at line $entry_line"
grep -qx "definition $work/catalog.yaml $entry_line" result.txt || fail "no definition at $work/catalog.yaml:$entry_line"

echo "== the error: PRG008 at the edited line, with the build's text"
grep -q "^error PRG008 $series_line 15 no Series has key 'no-such-series'" result.txt || fail "no PRG008 at $series_line:15"
[ "$(grep -c '^error ' result.txt)" = 1 ] || fail "more than the one error"

echo "neovim: ok"
