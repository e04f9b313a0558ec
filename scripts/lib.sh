# Shared by scripts/serve and scripts/test: installs what a fresh machine lacks (quietly when it is
# all there) and builds the site. Sourced, not run.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$ROOT/target}"
SITE_ROOT="$CARGO_TARGET_DIR/site"
# A clean clone gains nothing from incremental caches; they only take disk space.
if [ -n "${CI:-}" ]; then export CARGO_INCREMENTAL=0; fi
WASM_OPT_VERSION="132"

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
die() { printf '\033[1;31merror: %s\033[0m\n' "$*" >&2; exit 1; }
# A part of the suite that cannot run. Under CI an error: a green run must have run all it claims.
# Elsewhere a loud warning, and the rest goes on without it.
missing() {
  if [ -n "${CI:-}" ]; then die "$* (CI is set, so this is an error)"; fi
  printf '\033[1;33mWARNING: %s\033[0m\n' "$*" >&2
}

# Runs a command as root: directly when we are root, else through sudo.
as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi
}

ensure_wasm_target() {
  rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown && return
  say "installing the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
}

# wasm-bindgen's command line must be exactly the version of the crate the lock file pins.
ensure_wasm_bindgen() {
  local wanted
  wanted="$(grep -A1 '^name = "wasm-bindgen"$' "$ROOT/Cargo.lock" | sed -n 's/^version = "\(.*\)"/\1/p')"
  [ -n "$wanted" ] || die "Cargo.lock pins no wasm-bindgen version"
  if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$wanted" ]; then
    say "installing wasm-bindgen-cli $wanted (about 3 minutes, once)"
    cargo install --quiet wasm-bindgen-cli --version "$wanted"
  fi
}

# cargo-fuzz (libFuzzer) for scripts/fuzz, at a pinned version, built from crates.io (about a
# minute, once).
ensure_cargo_fuzz() {
  local wanted="0.13.2"
  if [ "$(cargo fuzz --version 2>/dev/null | awk '{print $2}')" != "$wanted" ]; then
    say "installing cargo-fuzz $wanted (about a minute, once)"
    cargo install --quiet --locked cargo-fuzz --version "$wanted"
  fi
}

# Node packages pinned by a committed lock file; installed again only when the lock changes.
ensure_npm() {
  local dir="$1"
  command -v npm >/dev/null || die "npm is needed (Node.js 18 or newer)"
  if [ ! -f "$dir/node_modules/.package-lock.json" ] \
    || ! cmp -s "$dir/package-lock.json" "$dir/node_modules/.aduan-lock"; then
    say "installing node packages in ${dir#"$ROOT"/}"
    (cd "$dir" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error)
    cp "$dir/package-lock.json" "$dir/node_modules/.aduan-lock"
  fi
}

# wasm-opt from binaryen 132 on npm: Debian's binaryen 108 silently breaks hydration.
ensure_wasm_opt() {
  ensure_npm "$ROOT/scripts"
  export PATH="$ROOT/scripts/node_modules/.bin:$PATH"
  local version
  version="$(wasm-opt --version | awk '{print $3}')"
  [ "$version" = "$WASM_OPT_VERSION" ] \
    || die "wasm-opt on PATH is version $version, expected $WASM_OPT_VERSION ($(command -v wasm-opt))"
}

# The PostgreSQL server the second half of the integration tests runs against.
POSTGRES_URL="${ADUAN_TEST_POSTGRES:-postgres://postgres@127.0.0.1:5432}"

# Starts the machine's PostgreSQL cluster if it is installed and down; true when it answers.
ensure_postgres() {
  pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null && return 0
  if command -v pg_ctlcluster >/dev/null && [ -d /etc/postgresql ]; then
    say "starting PostgreSQL"
    as_root pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -n1)" main start || true
    for _ in 1 2 3 4 5 6 7 8 9 10; do
      pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null && return 0
      sleep 1
    done
  fi
  return 1
}

# Python tools from PyPI (scripts/python-requirements.txt) in a virtualenv under target/;
# reinstalled only when the requirements change. Sets PYTHON_VENV.
PYTHON_VENV="$CARGO_TARGET_DIR/python-venv"
ensure_python_tools() {
  if ! cmp -s "$ROOT/scripts/python-requirements.txt" "$PYTHON_VENV/.aduan-requirements" 2>/dev/null; then
    say "installing the Python tools (schemathesis, moto) from PyPI"
    python3 -m venv "$PYTHON_VENV"
    "$PYTHON_VENV/bin/pip" install --quiet --disable-pip-version-check -r "$ROOT/scripts/python-requirements.txt"
    cp "$ROOT/scripts/python-requirements.txt" "$PYTHON_VENV/.aduan-requirements"
  fi
}

# A free TCP port on the loopback.
free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

# Starts moto's S3 server on a free port for the object storage tests, with signature checks
# switched on: a bucket and an IAM user allowed into it are made first (moto counts nothing
# until then), after which every request must be signed with that user's key. Sets
# ADUAN_TEST_S3 (the endpoint), ADUAN_TEST_S3_BUCKET, ADUAN_TEST_S3_KEY_ID and
# ADUAN_TEST_S3_SECRET.
start_s3() {
  ensure_python_tools
  local port credentials
  port="$(free_port)"
  "$PYTHON_VENV/bin/moto_server" -p "$port" >"$CARGO_TARGET_DIR/moto.log" 2>&1 &
  S3_PID=$!
  for _ in $(seq 1 50); do
    # moto's own API: not an S3 request, so it does not count against the unsigned ones.
    if curl -fsS "http://127.0.0.1:$port/moto-api/" >/dev/null 2>&1; then
      if credentials="$("$PYTHON_VENV/bin/python" - "http://127.0.0.1:$port" <<'PY'
import json, sys, urllib.request
import boto3
endpoint = sys.argv[1]
session = dict(endpoint_url=endpoint, region_name="us-east-1",
               aws_access_key_id="setup", aws_secret_access_key="setup")
iam = boto3.client("iam", **session)
iam.create_user(UserName="aduan")
iam.put_user_policy(UserName="aduan", PolicyName="photos", PolicyDocument=json.dumps({
    "Version": "2012-10-17",
    "Statement": [{"Effect": "Allow", "Action": "s3:*", "Resource": "*"}],
}))
key = iam.create_access_key(UserName="aduan")["AccessKey"]
boto3.client("s3", **session).create_bucket(Bucket="aduan-test")
# From here on, every request is checked against the IAM users' keys.
urllib.request.urlopen(urllib.request.Request(
    endpoint + "/moto-api/reset-auth", data=b"0", method="POST",
    headers={"Content-Type": "text/plain"})).read()
print(key["AccessKeyId"], key["SecretAccessKey"])
PY
)"; then
        export ADUAN_TEST_S3="http://127.0.0.1:$port" ADUAN_TEST_S3_BUCKET="aduan-test"
        export ADUAN_TEST_S3_KEY_ID="${credentials%% *}" ADUAN_TEST_S3_SECRET="${credentials#* }"
        return 0
      fi
      break
    fi
    kill -0 "$S3_PID" 2>/dev/null || break
    sleep 0.2
  done
  kill "$S3_PID" 2>/dev/null || true
  # Unset, the object storage test skips (and fails under CI) rather than failing on a dead port.
  missing "moto's S3 server did not start or could not be set up (see $CARGO_TARGET_DIR/moto.log):" \
    "the object storage tests will NOT run."
}

# Python for the test's own servers (the SMTP relay with STARTTLS), from the same virtualenv.
export_test_python() {
  ensure_python_tools
  export ADUAN_TEST_PYTHON="$PYTHON_VENV/bin/python"
}

# The browser for the end-to-end tests and the TTI bench: CHROMIUM_PATH's, as in
# end2end/playwright.config.ts, or Debian's, installed if missing. One that does not run is an error.
ensure_chromium() {
  local chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"
  if [ ! -x "$chromium" ] && [ -z "${CHROMIUM_PATH:-}" ]; then
    say "installing Debian's chromium for the browser tests"
    as_root apt-get update -qq || die "apt-get update failed: no Chromium for the browser tests"
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq chromium >/dev/null \
      || die "apt-get install chromium failed: no Chromium for the browser tests"
  fi
  "$chromium" --version >/dev/null 2>&1 \
    || die "no working Chromium at $chromium: the browser tests cannot run"
}

# Debian's nginx, for the test that puts the server behind a real reverse proxy. Light: no
# daemon is started (the test runs its own on a loopback port).
ensure_nginx() {
  [ -x /usr/sbin/nginx ] && return
  say "installing Debian's nginx for the reverse-proxy test"
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends nginx-light >/dev/null
}

# Debian's libfaketime, for the browser test that moves a server's wall clock by days (a returned
# complaint that closes by itself). Prints the library's path.
ensure_faketime() {
  if ! dpkg -s libfaketime >/dev/null 2>&1; then
    say "installing Debian's libfaketime for the browser test of the scheduler"
    as_root apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends libfaketime >/dev/null
  fi
  local lib
  lib="$(dpkg -L libfaketime | grep '/libfaketimeMT\.so\.1$' | head -n 1)"
  [ -n "$lib" ] && [ -e "$lib" ] || die "no libfaketime: the browser test of the scheduler cannot run"
  printf '%s\n' "$lib"
}

# Builds the browser side into $SITE_ROOT/pkg: two bundles, the citizens' (`CitizenApp`) and the
# officers' desk (`DeskApp`, frontend's `desk` feature), each `wasm-bindgen` JS + optimised wasm,
# and the stylesheet; every file named after a hash of its content, listed in pkg/assets.txt (read
# by the server), with brotli and gzip copies beside it. Then the public files.
build_site() {
  ensure_wasm_target
  ensure_wasm_bindgen
  ensure_wasm_opt
  local pkg="$SITE_ROOT/pkg" staging="$SITE_ROOT/pkg.new"
  local wasm="$CARGO_TARGET_DIR/wasm32-unknown-unknown/wasm-release/frontend.wasm"
  rm -rf "$staging"
  mkdir -p "$staging"
  local bundle features name hash css_hash
  for bundle in citizen desk; do
    features=""
    name="aduan"
    if [ "$bundle" = desk ]; then features="--features=desk"; name="aduan_desk"; fi
    say "building the WebAssembly front end (release, $bundle bundle)"
    # shellcheck disable=SC2086 # empty for the citizen bundle
    cargo build --quiet --package frontend --lib --target wasm32-unknown-unknown --profile wasm-release $features
    hash="$(sha256sum "$wasm" | cut -c1-16)"
    wasm-bindgen --target web --no-typescript --out-dir "$staging" --out-name "$name-$hash" "$wasm"
    wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int \
      -o "$staging/${name}-${hash}_bg.wasm" "$staging/${name}-${hash}_bg.wasm"
    echo "$bundle $name-$hash" >>"$staging/assets.txt"
  done
  css_hash="$(sha256sum "$ROOT/style/main.css" | cut -c1-16)"
  cp "$ROOT/style/main.css" "$staging/aduan-$css_hash.css"
  echo "css aduan-$css_hash.css" >>"$staging/assets.txt"
  # The fixed name, for the server's small message pages.
  cp "$ROOT/style/main.css" "$staging/aduan.css"
  precompress "$staging"
  rm -rf "$pkg"
  mv "$staging" "$pkg"
  cp -R "$ROOT/public/." "$SITE_ROOT/"
}

# Writes FILE.br (brotli, quality 11) and FILE.gz (gzip -9) beside every .js, .wasm and .css file
# in a folder, with Node's zlib: no other tool needed.
precompress() {
  node - "$1" <<'JS'
const fs = require("fs"), path = require("path"), zlib = require("zlib");
const dir = process.argv[2];
for (const file of fs.readdirSync(dir).filter((f) => /\.(js|wasm|css)$/.test(f))) {
  const data = fs.readFileSync(path.join(dir, file));
  fs.writeFileSync(path.join(dir, file + ".br"), zlib.brotliCompressSync(data, {
    params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: data.length },
  }));
  fs.writeFileSync(path.join(dir, file + ".gz"), zlib.gzipSync(data, { level: 9 }));
}
JS
}

build_server() {
  say "building the server"
  cargo build --quiet --package server --bin aduan
}
