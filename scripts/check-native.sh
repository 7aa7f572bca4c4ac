#!/usr/bin/env bash
# The native build (-p:PhoneRulesNative=true: Native AOT, one executable for this machine's platform) against the
# jitted console built from the same sources: each command below runs in a fresh folder with each build; both must
# exit with the code the case expects, and their standard output, standard error and the files they write must be
# the same (init's, once the command it prints to start the tool is set aside). Then both analyse a larger synthetic
# catalog to the same JSON, and `lsp`, which the native build leaves out, must say so with exit code 2. Prints the
# native executable's size and each command checked.
# Needs the platform's C toolchain (gcc or clang), as Native AOT does.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAILED: $*" >&2; exit 1; }
rid=$(dotnet --info | awk '/^ *RID:/ { print $2; exit }')

echo "== build the jitted console and publish the native one ($rid)"
dotnet build "$root/src/PhoneRules.Cli" -c Release --nologo -v q -o "$work/jit" > "$work/jit.log" 2>&1 || { tail -n 30 "$work/jit.log" >&2; fail "the jitted build"; }
dotnet publish "$root/src/PhoneRules.Cli" -c Release -r "$rid" -p:PhoneRulesNative=true --nologo -v q -o "$work/native" > "$work/native.log" 2>&1 || { tail -n 30 "$work/native.log" >&2; fail "the native build"; }
echo "native executable: $(du -k "$work/native/phonerules" | cut -f1) KB"

# A catalog with an error (a date that is no date), for the error paths.
cat > "$work/bad.yaml" <<'YAML'
schema:
  PhoneModel:
    key: id
    fields:
      released: { type: date }
data:
  PhoneModel:
    - id: x
      released: 2019-13
YAML

# Each case: the exit code expected, then the command. Both builds must exit with it and agree on everything else.
cases=(
  "0 --version"
  "0 --help"
  "0 rules"
  "0 schema"
  "0 analyze --builtin"
  "0 analyze --builtin --format json"
  "0 analyze --builtin --format sarif"
  "0 analyze --builtin --format markdown"
  "0 analyze --builtin --format github --min-severity warning"
  "0 analyze --builtin --explain"
  "0 analyze --builtin --rule PR003 PR011 --explain"
  "0 analyze --catalog small.yaml --explain"
  "1 analyze --catalog small.yaml --fail-on warning --format sarif"
  "0 explain PR001"
  "0 explain PR001 --subject chollyong-201 --builtin"
  "0 explain PR003 --subject 2020 --builtin"
  "0 explain PRG004"
  "0 validate --builtin"
  "2 validate bad.yaml"
  "2 analyze --catalog bad.yaml"
  "2 analyze --catalog missing.yaml"
  "0 catalog --builtin"
  "0 report --builtin -o report.html"
  "0 synth --models 300 --sightings 3000 -o synthetic.yaml"
  "0 init starter"
  "2 analyze --no-such-option"
)

# Inputs every case may read: the catalog with an error, and a small synthetic catalog (every rule fires on it).
dotnet "$work/jit/phonerules.dll" synth --models 150 --sightings 1500 -o "$work/small.yaml" > /dev/null || fail "synth of the small catalog"

# Each build runs in the same folder, emptied in between, so paths in messages are the same.
run() {
  local output=$1; shift
  rm -rf "$work/run" && mkdir "$work/run" && cp "$work/bad.yaml" "$work/small.yaml" "$work/run/"
  (cd "$work/run" && "$@" > stdout 2> stderr; echo $? > exit-code) || true
  rm -rf "$output" && mv "$work/run" "$output"
}

for case in "${cases[@]}"; do
  read -r expected command <<< "$case"
  read -r -a words <<< "$command"
  run "$work/out-jit" dotnet "$work/jit/phonerules.dll" "${words[@]}"
  run "$work/out-native" "$work/native/phonerules" "${words[@]}"
  for build in jit native; do
    [[ $(cat "$work/out-$build/exit-code") == "$expected" ]] ||
      fail "phonerules $command: the $build build exited with $(cat "$work/out-$build/exit-code"), not $expected: $(head -c 400 "$work/out-$build/stderr")"
  done
  if [[ ${words[0]} == init ]]; then
    # init prints how to run the tool that wrote the files: "dotnet .../phonerules.dll" against ".../phonerules".
    sed -i "s|dotnet $work/jit/phonerules.dll|PHONERULES|g" "$work/out-jit/stdout"
    sed -i "s|$work/native/phonerules|PHONERULES|g" "$work/out-native/stdout"
  fi
  if ! diff -r "$work/out-jit" "$work/out-native" > "$work/diff"; then
    head -n 20 "$work/diff" >&2
    fail "phonerules $command: the native build differs from the jitted one"
  fi
  echo "same: phonerules $command (exit $expected)"
done

# A larger synthetic catalog analysed by both, through the interpreted conditions, and every rule fires on it.
dotnet "$work/jit/phonerules.dll" synth --models 2000 --sightings 20000 -o "$work/synthetic.yaml" > /dev/null || fail "synth of the larger catalog"
dotnet "$work/jit/phonerules.dll" analyze --catalog "$work/synthetic.yaml" --format json -o "$work/synthetic-jit.json" || fail "the jitted analysis of the larger catalog"
"$work/native/phonerules" analyze --catalog "$work/synthetic.yaml" --format json -o "$work/synthetic-native.json" || fail "the native analysis of the larger catalog"
cmp "$work/synthetic-jit.json" "$work/synthetic-native.json" || fail "the larger synthetic catalog's findings differ"
rules=$(dotnet "$work/jit/phonerules.dll" rules | grep -o '^| PR[0-9]*' | cut -c3-)
[[ -n $rules ]] || fail "no rule ids in 'phonerules rules'"
for rule in $rules; do
  grep -q "\"ruleId\": \"$rule\"" "$work/synthetic-jit.json" || fail "$rule found nothing in the larger synthetic catalog"
done
echo "same: analyze a synthetic catalog of 2,000 models and 20,000 sightings ($(wc -c < "$work/synthetic-jit.json") bytes of JSON; every rule found something)"

status=0
"$work/native/phonerules" lsp < /dev/null > "$work/lsp.out" 2> "$work/lsp.err" || status=$?
[[ $status == 2 ]] || fail "native lsp exited with $status, not 2"
grep -q "lsp is not in the native build" "$work/lsp.err" || fail "native lsp said: $(cat "$work/lsp.err")"
echo "native lsp: refused with exit code 2"
echo "check-native: the native build matches the jitted one"
