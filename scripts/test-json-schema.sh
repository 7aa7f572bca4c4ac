#!/usr/bin/env bash
# The JSON Schema that `phonerules schema` writes, checked outside VS Code with two validators from npm, each at
# a pinned version, installed into a temporary folder:
#   - yaml-language-server (what VS Code's YAML extension runs), driven over stdio as an editor drives it, with
#     the schema mapped to the catalog files as `.vscode/settings.json` maps it;
#   - ajv-cli with the formats (ajv-formats, and ajv-formats-draft2019 for `iri`), on the catalogs read as YAML 1.2
#     (the `yaml` package; ajv-cli's own YAML loader is YAML 1.1, which turns 2017-12-22 into a Date).
# Both must accept the shipped catalog (a Korean address is an IRI), the starter that `init` writes and a starter
# with a model, and both must reject a broken catalog. Needs node and npm (.ci/run installs them).
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAILED: $*" >&2; exit 1; }

echo "== npm: yaml-language-server, ajv-cli with formats, yaml (pinned)"
npm install --prefix "$work" --no-audit --no-fund --loglevel=error \
  yaml-language-server@2.0.0 ajv-cli@5.0.0 ajv-formats@3.0.1 ajv-formats-draft2019@1.6.1 yaml@2.9.1 > /dev/null

echo "== the schema and the catalogs"
phonerules() { dotnet run --project "$root/src/PhoneRules.Cli" --no-launch-profile -v q -- "$@"; }
mkdir "$work/good" "$work/bad"
phonerules schema --output "$work/schema.json" > /dev/null
grep -q '"format": "iri"' "$work/schema.json" || fail "the schema does not describe a url as an IRI"
cp "$root/catalog.yaml" "$work/good/shipped.yaml"
phonerules init "$work/starter" > /dev/null
cp "$work/starter/catalog.yaml" "$work/good/starter.yaml"
cp "$work/starter/catalog.yaml" "$work/good/starter-with-model.yaml"
cat >> "$work/good/starter-with-model.yaml" <<'YAML'

  PhoneModel:
    example-1:
      name: Example 1
      series: example-series
      sold-as-domestic: true
      released: 2019-10/2019-12
      released-by: [un-2397]
      unveiled: 2020
      unveiled-by: [un-2397]
      confidence: medium
      sources: [un-2397]
YAML
# Each line a mistake the schema can see: an unknown field, a date in words, an address without a scheme,
# an enum typo, a key with capitals, a string for a boolean.
cat "$work/starter/catalog.yaml" - > "$work/bad/broken.yaml" <<'YAML'

  PhoneModel:
    Example_1:
      name: Example 1
      series: example-series
      sold-as-domestic: yes
      released: late 2019
      released-by: [un-2397]
      unveild: 2020
      confidence: meduim
      sources: [un-2397]
YAML
sed -i 's|url: "https://|url: "|' "$work/bad/broken.yaml"
grep -q 'url: "www' "$work/bad/broken.yaml" || fail "the broken catalog has no address without a scheme"
for f in "$work"/good/*.yaml; do
  phonerules validate "$f" > /dev/null || fail "phonerules rejects $(basename "$f"), so the schema test would prove nothing"
done
if phonerules validate "$work/bad/broken.yaml" > /dev/null 2>&1; then fail "phonerules accepts the broken catalog"; fi

echo "== ajv-cli with formats, on the catalogs as YAML 1.2"
cd "$work"
for f in good/*.yaml bad/*.yaml; do
  node -e 'const fs = require("fs"); const YAML = require("yaml");
    fs.writeFileSync(process.argv[2], JSON.stringify(YAML.parse(fs.readFileSync(process.argv[1], "utf8"), { version: "1.2" })));' "$f" "${f%.yaml}.json"
done
ajv() { node "$work/node_modules/ajv-cli/dist/index.js" validate --spec=draft7 --strict=true --all-errors \
  --errors=line -c ajv-formats -c ajv-formats-draft2019 -s schema.json -d "$1"; }
for f in good/*.json; do
  ajv "$f" > "$work/ajv.out" 2>&1 || fail "ajv rejects $f: $(cat "$work/ajv.out")"
done
if ajv bad/broken.json > "$work/ajv.out" 2>&1; then fail "ajv accepts the broken catalog"; fi
for expected in '"additionalProperty":"unveild"' '"propertyName":"Example_1"' 'must match pattern' 'must be boolean' 'must be equal to one of the allowed values' 'must match format \"iri\"'; do
  grep -qF -- "$expected" "$work/ajv.out" || fail "ajv did not report $expected for the broken catalog: $(cat "$work/ajv.out")"
done

echo "== yaml-language-server, with the schema mapped as .vscode/settings.json maps it"
cat > "$work/lsp.js" <<'JS'
// A minimal LSP client: starts the server, maps the schema to *.yaml, opens every file given, and prints
// each file's diagnostics once the server has published them for every file and then gone quiet.
const { spawn } = require("child_process");
const fs = require("fs");
const path = require("path");
const [schema, ...files] = process.argv.slice(2);
const server = spawn(process.execPath, [require.resolve("yaml-language-server/bin/yaml-language-server"), "--stdio"]);
let id = 0;
const send = (message) => {
  const body = JSON.stringify({ jsonrpc: "2.0", ...message });
  server.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
};
const uri = (file) => "file://" + path.resolve(file);
// What .vscode/settings.json says ("yaml.schemas"), as the YAML extension hands it to the server.
const settings = { yaml: { validate: true, schemas: { [uri(schema)]: "**/*.yaml" }, schemaStore: { enable: false } } };
const diagnostics = new Map();
let buffer = Buffer.alloc(0), quiet;
const finish = () => {
  for (const file of files) {
    for (const d of diagnostics.get(uri(file))) {
      console.log(`${file}:${d.range.start.line + 1}:${d.range.start.character + 1}: ${d.severity === 1 ? "error" : "warning"}: ${d.message}`);
    }
    console.log(`${file}: ${diagnostics.get(uri(file)).length} diagnostics`);
  }
  server.kill();
  process.exit(0);
};
setTimeout(() => { console.error("no diagnostics from yaml-language-server in 120 s"); server.kill(); process.exit(2); }, 120000);
server.stdout.on("data", (chunk) => {
  buffer = Buffer.concat([buffer, chunk]);
  for (;;) {
    const header = buffer.indexOf("\r\n\r\n");
    if (header < 0) return;
    const length = Number(/Content-Length: (\d+)/i.exec(buffer.slice(0, header).toString())[1]);
    if (buffer.length < header + 4 + length) return;
    const message = JSON.parse(buffer.slice(header + 4, header + 4 + length).toString());
    buffer = buffer.slice(header + 4 + length);
    if (message.method === "textDocument/publishDiagnostics") {
      diagnostics.set(message.params.uri, message.params.diagnostics);
      if (files.every((file) => diagnostics.has(uri(file)))) { clearTimeout(quiet); quiet = setTimeout(finish, 3000); }
    } else if (message.method && message.id !== undefined) {
      // A request from the server (workspace/configuration, client/registerCapability): answer it.
      send({ id: message.id, result: message.method === "workspace/configuration" ? message.params.items.map((item) => item.section === "yaml" ? settings.yaml : null) : null });
    } else if (!message.method && message.id === 1) {
      send({ method: "initialized", params: {} });
      send({ method: "workspace/didChangeConfiguration", params: { settings } });
      files.forEach((file) => send({ method: "textDocument/didOpen", params: { textDocument: { uri: uri(file), languageId: "yaml", version: 1, text: fs.readFileSync(file, "utf8") } } }));
    }
  }
});
send({ id: ++id, method: "initialize", params: { processId: process.pid, rootUri: uri("."), capabilities: {} } });
JS
node "$work/lsp.js" schema.json good/*.yaml bad/broken.yaml > "$work/lsp.out" || fail "the LSP client failed: $(cat "$work/lsp.out")"
for f in good/*.yaml; do
  grep -qx "$f: 0 diagnostics" "$work/lsp.out" || fail "yaml-language-server reports problems in $f: $(grep "^$f" "$work/lsp.out")"
done
grep -q '^bad/broken.yaml: [1-9][0-9]* diagnostics$' "$work/lsp.out" || fail "yaml-language-server accepts the broken catalog: $(cat "$work/lsp.out")"
for expected in 'Property unveild is not allowed' 'Incorrect type. Expected "boolean"' 'Value is not accepted' 'String does not match the pattern'; do
  grep -qF -- "$expected" "$work/lsp.out" || fail "yaml-language-server did not report $expected for the broken catalog: $(cat "$work/lsp.out")"
done

echo "json schema: yaml-language-server and ajv accept the shipped and starter catalogs and reject the broken one"
