#!/usr/bin/env bash
# Tests of sms-lib.sh's asadmin_script, with asadmin replaced by a fake that records what it ran and fails the
# deploy line a given number of times. Run by './sms test' before the Maven build; alone: bash <this file>.
set -euo pipefail
SMS_ROOT=$(cd "$(dirname "$0")/../.." && pwd)
source "$SMS_ROOT/server-config/sms-lib.sh"
WORK=$(mktemp -d); trap 'rm -rf "$WORK"' EXIT
sleep() { :; }
# fake asadmin: 'asadmin multimode --file F'; a part holding a deploy line fails while $WORK/deploy-failures > 0
asadmin() {
  local file=$3 left
  if grep -q '^deploy ' "$file"; then
    left=$(cat "$WORK/deploy-failures")
    if (( left > 0 )); then
      echo $((left - 1)) >"$WORK/deploy-failures"
      echo "remote failure: Exception while deploying the app"; echo "Command deploy failed."; return 1
    fi
  fi
  grep -v '^[[:space:]]*\(#.*\)\?$' "$file" >>"$WORK/ran"
  echo "Command multimode executed successfully."
}
printf '# comment\ncreate-resource-adapter-config x\ndeploy --force=true --type rar x.rar\ncreate-connector-connection-pool p\n' \
  >"$WORK/script.asadmin"
expected=$'create-resource-adapter-config x\ndeploy --force=true --type rar x.rar\ncreate-connector-connection-pool p'
fail() { echo "asadmin-script-test: $*" >&2; exit 1; }

# two failed deploys: the deploy is tried a third time, each other command runs once, in order
echo 2 >"$WORK/deploy-failures"; : >"$WORK/ran"
asadmin_script "$WORK/script.asadmin" "$WORK/log" "test script" 2>"$WORK/err"
[[ $(cat "$WORK/ran") == "$expected" ]] || fail "after two failed deploys it ran: $(cat "$WORK/ran")"
[[ $(grep -c 'the deploy failed' "$WORK/err") == 2 ]] || fail "expected two retry messages, got: $(cat "$WORK/err")"
[[ $(grep -c 'Command deploy failed' "$WORK/log") == 2 ]] || fail "the log lacks the failed attempts"

# three failed deploys: the script stops there, naming the line; the pool is not created
echo 3 >"$WORK/deploy-failures"; : >"$WORK/ran"
if (asadmin_script "$WORK/script.asadmin" "$WORK/log" "test script") 2>"$WORK/err"; then fail "three failed deploys passed"; fi
grep -q 'test script failed: deploy --force=true --type rar x.rar' "$WORK/err" || fail "the error does not name the deploy: $(cat "$WORK/err")"
[[ $(cat "$WORK/ran") == "create-resource-adapter-config x" ]] || fail "ran past the failed deploy: $(cat "$WORK/ran")"

# a failed command that is not a deploy is not repeated
asadmin() { echo "Command create-connector-connection-pool failed."; echo x >>"$WORK/calls"; }
: >"$WORK/calls"; printf 'create-connector-connection-pool p\n' >"$WORK/pool.asadmin"
if (asadmin_script "$WORK/pool.asadmin" "$WORK/log" "pool script") 2>"$WORK/err"; then fail "a failed create passed"; fi
[[ $(wc -l <"$WORK/calls") == 1 ]] || fail "a failed create was repeated"
echo "asadmin-script-test: passed"
