#!/usr/bin/env bash
# Starts or stops a throw-away PostgreSQL server for the integration tests:
#   .ci/postgres.sh start   installs PostgreSQL from Debian's packages when missing, starts a fresh
#                           cluster on 127.0.0.1:${LOYALTY_PG_PORT:-55432} and creates the database
#                           loyalty_test owned by loyalty/loyalty (the defaults of the 'postgresql' Maven profile)
#   .ci/postgres.sh stop    stops it and removes its files
set -euo pipefail

port=${LOYALTY_PG_PORT:-55432}
data_dir=${LOYALTY_PG_DIR:-/tmp/loyalty-pg-$port}

find_bin() {
    ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1
}

as_postgres() {
    if [ "$(id -u)" = 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

start() {
    bin=$(find_bin)
    if [ -z "$bin" ] || [ ! -x "$bin/pg_ctl" ]; then
        echo "PostgreSQL not found: installing it from Debian's packages"
        export DEBIAN_FRONTEND=noninteractive
        apt-get update -qq
        apt-get install -y -qq postgresql >/dev/null
        bin=$(find_bin)
    fi
    if [ "$(id -u)" = 0 ] && ! id postgres >/dev/null 2>&1; then
        useradd --system --home-dir /var/lib/postgresql --shell /bin/bash postgres
    fi
    stop_quietly
    mkdir -p "$data_dir"
    [ "$(id -u)" = 0 ] && chown postgres "$data_dir"
    as_postgres "$bin/initdb" -D "$data_dir" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
    as_postgres "$bin/pg_ctl" -D "$data_dir" -l "$data_dir/server.log" -w -t 60 \
        -o "-p $port -k $data_dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c max_connections=200" start >/dev/null
    as_postgres "$bin/psql" -h 127.0.0.1 -p "$port" -U postgres -q -v ON_ERROR_STOP=1 \
        -c "CREATE ROLE loyalty LOGIN PASSWORD 'loyalty'" \
        -c "CREATE DATABASE loyalty_test OWNER loyalty"
    echo "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') is running on 127.0.0.1:$port (database loyalty_test)"
}

stop_quietly() {
    bin=$(find_bin)
    if [ -n "$bin" ] && [ -f "$data_dir/postmaster.pid" ]; then
        as_postgres "$bin/pg_ctl" -D "$data_dir" -m fast -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$data_dir"
}

case "${1:-}" in
    start) start ;;
    stop) stop_quietly; echo "PostgreSQL on port $port stopped" ;;
    *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
