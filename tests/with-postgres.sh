#!/bin/bash
# Runs a command with a throwaway PostgreSQL cluster (DESIGN: a `postgres` test starts and stops its own).
# The cluster lives in a temporary directory, listens on a Unix socket there and on a free TCP port of
# 127.0.0.1, and is removed afterwards. The command sees RELAIS_TEST_PG_URL=postgresql://relais@127.0.0.1:PORT/relais.
# initdb refuses to run as root: as root the cluster runs as the `postgres` system user.
set -euo pipefail

PGBIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
if [ -z "$PGBIN" ] || [ ! -x "$PGBIN/initdb" ]; then
    echo "with-postgres: PostgreSQL server binaries not found (run packaging/setup-debian.sh)" >&2
    exit 1
fi

DIR=$(mktemp -d /tmp/relais-pg.XXXXXX)
chmod 755 "$DIR"
as_owner() {
    if [ "$(id -u)" = 0 ]; then
        chown -R postgres: "$DIR"
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}
# A throwaway test cluster needs no durability; benchmarks set RELAIS_PG_DURABLE=1 to measure the real thing.
FAST="-c fsync=off -c synchronous_commit=off"
[ "${RELAIS_PG_DURABLE:-0}" = 1 ] && FAST=""
PORT=$(/usr/bin/python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')

cleanup() {
    as_owner "$PGBIN/pg_ctl" -D "$DIR/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$DIR"
}
trap cleanup EXIT

as_owner "$PGBIN/initdb" -D "$DIR/data" -U relais --auth=trust -E UTF8 --locale=C.UTF-8 >"$DIR/initdb.log" 2>&1 \
    || { cat "$DIR/initdb.log" >&2; exit 1; }
as_owner "$PGBIN/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w \
    -o "-p $PORT -k $DIR -c listen_addresses=127.0.0.1 -c max_connections=200 $FAST" \
    start >/dev/null || { cat "$DIR/server.log" >&2; exit 1; }
"$PGBIN/createdb" -h 127.0.0.1 -p "$PORT" -U relais relais

export RELAIS_TEST_PG_URL="postgresql://relais@127.0.0.1:$PORT/relais"
export RELAIS_TEST_PG_ADMIN_URL="postgresql://relais@127.0.0.1:$PORT/postgres"
set +e
"$@"
status=$?
set -e
exit $status
