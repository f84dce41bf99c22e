#!/usr/bin/env bash
# The README's commands on a machine that has only Node.js and npm: clones the repository (its committed HEAD),
# then, in an environment whose PATH holds only node, npm, npx, git and basic shell tools (no python3, make,
# C compiler or pnpm), with an empty HOME (no npm or pnpm cache, no node-gyp headers) and no Node headers:
#   1. `npm start` installs, builds, migrates, loads the demo and serves: waits for /healthz, signs in as a demo
#      user (the password hash is checked by the installed argon2 binary), then stops it with SIGTERM;
#   2. `npm run atalaya -- user add …` (the README's command-line form) adds a user;
#   3. the container image's runtime layout (infra/runtime-deps.mjs) serves the same data, and that user signs in.
# It fails if any step fails or if anything compiled native code during the install (node-gyp output, a
# build/config.gypi, or a .node file under a build/ folder).
# Usage: scripts/fresh-machine-check.sh [REPO]   (REPO defaults to this repository; FRESH_KEEP=1 keeps the clone)
set -euo pipefail
repo=$(cd "${1:-$(dirname "$0")/..}" && pwd)
work=$(mktemp -d /tmp/atalaya-fresh.XXXXXX)
port=${FRESH_PORT:-18787}
server_pid=
cleanup() {
  if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then kill -TERM -- "-$server_pid" 2>/dev/null || true; fi
  if [ "${FRESH_KEEP:-}" = 1 ]; then echo "kept $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT
fail() { echo "✗ fresh-machine check: $*" >&2; exit 1; }

# The only programs on PATH. Anything that compiles (python3 for node-gyp, make, cc, g++) is absent on purpose.
bin="$work/bin"
mkdir -p "$bin" "$work/home"
for tool in node npm npx git sh bash env cat ls mkdir rm rmdir cp mv ln chmod touch sed grep head tail tr cut sort \
  uniq wc dirname basename readlink realpath uname id date sleep mktemp tar gzip find xargs printf test true false; do
  found=$(command -v "$tool") || fail "this machine has no $tool"
  case "$found" in /*) ln -s "$found" "$bin/$tool" ;; *) ;; esac # shell builtins (printf, test…) need no link
done
# The whole environment of the commands under test: nothing inherited but the CA bundle and proxy settings needed to
# reach the npm registry. npm_config_nodedir points at nothing, so node-gyp would find no Node headers either.
sandbox=(env -i HOME="$work/home" PATH="$bin" TMPDIR="$work/tmp" LANG=C.UTF-8 PORT="$port"
  npm_config_nodedir="$work/no-node-headers" npm_config_update_notifier=false npm_config_fund=false)
for var in NODE_EXTRA_CA_CERTS SSL_CERT_FILE HTTPS_PROXY HTTP_PROXY NO_PROXY https_proxy http_proxy no_proxy; do
  [ -z "${!var:-}" ] || sandbox+=("$var=${!var}")
done
# A server started by `"${sandbox[@]}" "$setsid" …&` leads its own process group ($! is its id): stopping the group
# stops npm, the run script and the server it spawned.
setsid=$(command -v setsid)
mkdir -p "$work/tmp"
for absent in python3 python make cc gcc g++ c++ clang pnpm node-gyp; do
  if "${sandbox[@]}" sh -c "command -v $absent" >/dev/null 2>&1; then fail "$absent is reachable inside the check's PATH"; fi
done

if curl -fsS "http://127.0.0.1:$port/healthz" >/dev/null 2>&1; then fail "something already answers on port $port (FRESH_PORT=… picks another)"; fi
git clone -q "$repo" "$work/atalaya"
cd "$work/atalaya"
echo "fresh-machine check in $work (PATH: $(ls "$bin" | tr '\n' ' '))"

# 1. npm start, in its own process group so that stopping it stops the server it spawned.
"${sandbox[@]}" "$setsid" npm start >"$work/start.log" 2>&1 &
server_pid=$!
deadline=$((SECONDS + ${FRESH_TIMEOUT:-900}))
until curl -fsS "http://127.0.0.1:$port/healthz" >/dev/null 2>&1; do
  kill -0 "$server_pid" 2>/dev/null || { tail -n 60 "$work/start.log" >&2; fail "npm start exited before /healthz answered"; }
  [ $SECONDS -lt $deadline ] || { tail -n 60 "$work/start.log" >&2; fail "no /healthz within ${FRESH_TIMEOUT:-900} s"; }
  sleep 2
done
echo "✓ npm start serves http://127.0.0.1:$port (/healthz answered after ${SECONDS} s)"

sign_in() { # email password → HTTP status of the sign-in
  curl -sS -o /dev/null -w '%{http_code}' -X POST "http://127.0.0.1:$port/trpc/auth.signIn" \
    -H 'content-type: application/json' -H "origin: http://127.0.0.1:$port" \
    --data "{\"json\":{\"email\":\"$1\",\"password\":\"$2\"}}"
}
[ "$(sign_in analyst@atalaya.demo atalaya-demo)" = 200 ] || fail "the demo analyst cannot sign in"
[ "$(sign_in analyst@atalaya.demo not-the-password)" = 401 ] || fail "a wrong password was not refused"
echo "✓ a demo user signs in; a wrong password is refused"

kill -TERM -- "-$server_pid"
wait "$server_pid" || true
server_pid=
echo "✓ npm start stopped on SIGTERM"

# Nothing may have compiled native code during the install.
if grep -E -i 'node-gyp|gyp info|gyp ERR|prebuild-install|cmake-js' "$work/start.log" >&2; then fail "the install ran a native build (above)"; fi
[ -d node_modules/.pnpm ] || fail "npm start installed nothing into node_modules"
compiled=$(find node_modules/.pnpm \( -path '*/build/config.gypi' -o -path '*/build/Release/*.node' \) -print | head -n 5)
[ -z "$compiled" ] || fail "native code was compiled at install: $compiled"
echo "✓ no native code was compiled"

# 2. The CLI as the README leads with it (the server is stopped: PGlite allows one process on a data folder).
out=$("${sandbox[@]}" npm run -s atalaya -- user add --email fresh@example.com --password 'fresh machine pass' --role analyst 2>"$work/cli.err") \
  || { cat "$work/cli.err" >&2; fail "npm run atalaya -- user add failed"; }
[[ "$out" == *"Added fresh@example.com (analyst)"* ]] || fail "npm run atalaya -- user add printed: $out"
echo "✓ npm run atalaya -- user add: $out"

# 3. The container image's runtime stage, assembled as infra/Dockerfile does (no engine needed): the built files and
# only the packages the bundle loads, started with plain node on the same data; the CLI's user signs in there.
"${sandbox[@]}" node infra/runtime-deps.mjs "$work/runtime" >"$work/runtime.log" 2>&1 || { cat "$work/runtime.log" >&2; fail "infra/runtime-deps.mjs failed"; }
(cd "$work/runtime" && exec "${sandbox[@]}" DATA_DIR="$work/atalaya/data" NODE_ENV=production "$setsid" node apps/server/dist/cli.mjs serve) >"$work/serve.log" 2>&1 &
server_pid=$!
deadline=$((SECONDS + 120))
until curl -fsS "http://127.0.0.1:$port/healthz" >/dev/null 2>&1; do
  kill -0 "$server_pid" 2>/dev/null || { tail -n 40 "$work/serve.log" >&2; fail "the server did not start again"; }
  [ $SECONDS -lt $deadline ] || fail "no /healthz after the restart"
  sleep 1
done
[ "$(sign_in fresh@example.com 'fresh machine pass')" = 200 ] || fail "the user added by the CLI cannot sign in"
echo "✓ the image's runtime layout serves, and the user added by the CLI signs in there"
echo "fresh-machine check passed"
