#!/usr/bin/env bash
# The unit suite on SQLite once more under Node 24 LTS, the line production moves to (decision 017), beside the
# repository's own node_modules, which stay built for the Node that runs everything else.
# Usage: bash scripts/node24-unit.sh [vitest arguments, e.g. a test file]. Exits with the suite's code.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
NODE_LINE="${NODE24_VERSION:-24}"

case "$(uname -m)" in
  x86_64) ARCH=x64 ;;
  aarch64 | arm64) ARCH=arm64 ;;
  *)
    echo "FEL: ingen Node-binär från npm-registret för arkitekturen $(uname -m)." >&2
    exit 2
    ;;
esac

WORK="$(mktemp -d "${TMPDIR:-/tmp}/levande-node24.XXXXXX")"
# Open to other users as a clone is: tests start PostgreSQL as a non-root user, who must be able to enter it.
chmod 755 "$WORK"
trap 'rm -rf "$WORK"' EXIT
# A timeout's TERM (or Ctrl-C) ends the script through exit, so the EXIT trap still removes the copy.
trap 'exit 143' TERM
trap 'exit 130' INT

# node-linux-<arch> on the npm registry is the official Linux tarball: bin/node and include/node, the headers
# node-gyp builds better-sqlite3 against (no download from elsewhere, which this network does not allow).
echo "Hämtar node-linux-$ARCH@$NODE_LINE från npm-registret …"
(cd "$WORK" && npm pack --silent "node-linux-$ARCH@$NODE_LINE" >/dev/null)
mkdir "$WORK/node"
tar -xzf "$WORK"/node-linux-"$ARCH"-*.tgz -C "$WORK/node" --strip-components=1
rm "$WORK"/node-linux-"$ARCH"-*.tgz

# The working tree as git sees it (tracked and new files, not ignored ones; a tracked file deleted here is left out).
mkdir "$WORK/app"
(
  cd "$ROOT"
  git ls-files -z --cached --others --exclude-standard | while IFS= read -r -d '' file; do
    if [ -e "$file" ] || [ -L "$file" ]; then printf '%s\0' "$file"; fi
  done | tar --null -T - -cf -
) | tar -xf - -C "$WORK/app"

# Node 24 first on PATH runs npm (its script starts with `env node`), node-gyp and vitest. nodedir here overrides
# a nodedir in the user's or the global npmrc, which names the headers of the machine's own Node.
export PATH="$WORK/node/bin:$PATH"
export npm_config_nodedir="$WORK/node"
unset TEST_DATABASE_URL DATABASE_URL
cd "$WORK/app"
echo "Node $(node --version) (ABI $(node -p process.versions.modules)) från $WORK/node/bin/node"

echo "npm ci under Node $(node --version), better-sqlite3 byggs mot dess headers …"
npm ci --no-audit --no-fund --loglevel=error
node -e 'const Database = require("better-sqlite3"); new Database(":memory:").close()' || {
  echo "FEL: better-sqlite3 laddar inte under Node $(node --version) efter npm ci." >&2
  exit 1
}

echo "Enhetstesterna på SQLite under Node $(node --version):"
status=0
npx vitest run --project unit "$@" || status=$?
echo "Node $(node --version): enhetstesterna gav slutkod $status."
exit "$status"
