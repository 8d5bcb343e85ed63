#!/usr/bin/env bash
# Runs a command against a throwaway PostgreSQL cluster: initdb into a temporary folder, a free port on 127.0.0.1,
# TEST_DATABASE_URL set for the command; the cluster is stopped and deleted afterwards, whatever the command did.
# Needs Debian's `postgresql` package (.ci/run installs it). As root, the cluster runs as the `postgres` user.
set -euo pipefail

BIN="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)"
if [ -z "$BIN" ] || [ ! -x "$BIN/initdb" ]; then
  echo "FEL: PostgreSQL saknas (Debian-paketet postgresql); installera det med apt-get install postgresql." >&2
  exit 1
fi

DIR="$(mktemp -d /tmp/levande-pg-XXXXXX)"
AS=()
if [ "$(id -u)" = "0" ]; then
  chown postgres "$DIR"
  AS=(runuser -u postgres --)
fi
PORT="$(node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')"

stop() {
  "${AS[@]}" "$BIN/pg_ctl" -D "$DIR/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$DIR"
}
trap stop EXIT

"${AS[@]}" "$BIN/initdb" -D "$DIR/data" -A trust -U levande -E UTF8 --locale=C.UTF-8 --no-sync >"$DIR/initdb.log" 2>&1 \
  || { cat "$DIR/initdb.log" >&2; exit 1; }
# A test cluster: durability off (it is deleted afterwards), room for every test file's pool and the two-server tests.
"${AS[@]}" "$BIN/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w -o \
  "-p $PORT -k $DIR -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=400" start >/dev/null \
  || { cat "$DIR/server.log" >&2; exit 1; }

export TEST_DATABASE_URL="postgres://levande@127.0.0.1:$PORT/postgres"
echo "PostgreSQL $("$BIN/postgres" --version | awk '{print $3}') på port $PORT (TEST_DATABASE_URL=$TEST_DATABASE_URL)"
"$@"
