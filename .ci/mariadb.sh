#!/usr/bin/env bash
# Starts or stops a throw-away MariaDB server (Debian's MySQL) for the integration tests:
#   .ci/mariadb.sh start   installs MariaDB from Debian's packages when missing, starts a fresh server on
#                          127.0.0.1:${LOYALTY_MYSQL_PORT:-53306} with the user loyalty/loyalty (the defaults of
#                          the 'mysql' Maven profile), who may create and drop the test databases
#   .ci/mariadb.sh stop    stops it and removes its files
set -euo pipefail

port=${LOYALTY_MYSQL_PORT:-53306}
data_dir=${LOYALTY_MYSQL_DIR:-/tmp/loyalty-mariadb-$port}
socket="$data_dir/mysqld.sock"

start() {
    if ! command -v mariadbd >/dev/null 2>&1 && ! command -v mysqld >/dev/null 2>&1; then
        echo "MariaDB not found: installing it from Debian's packages"
        export DEBIAN_FRONTEND=noninteractive
        apt-get update -qq
        apt-get install -y -qq mariadb-server >/dev/null
    fi
    server=$(command -v mariadbd || command -v mysqld)
    install_db=$(command -v mariadb-install-db || command -v mysql_install_db)
    stop_quietly
    mkdir -p "$data_dir"
    user_args=()
    if [ "$(id -u)" = 0 ]; then
        chown mysql "$data_dir"
        user_args=(--user=mysql)
    fi
    "$install_db" "${user_args[@]}" --datadir="$data_dir/data" --auth-root-authentication-method=normal \
        --skip-test-db >"$data_dir/install.log" 2>&1
    "$server" "${user_args[@]}" --datadir="$data_dir/data" --socket="$socket" --pid-file="$data_dir/mysqld.pid" \
        --port="$port" --bind-address=127.0.0.1 --skip-name-resolve --innodb-flush-log-at-trx-commit=0 --transaction-isolation=READ-COMMITTED \
        --max-connections=200 --log-error="$data_dir/server.log" >/dev/null 2>&1 &
    for _ in $(seq 1 60); do
        if mysqladmin --socket="$socket" -uroot ping >/dev/null 2>&1; then
            break
        fi
        sleep 1
    done
    mysql --socket="$socket" -uroot -e "CREATE USER 'loyalty'@'%' IDENTIFIED BY 'loyalty';
        GRANT ALL PRIVILEGES ON *.* TO 'loyalty'@'%'; CREATE DATABASE loyalty_test CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;"
    echo "MariaDB $("$server" --version | awk '{print $3}') is running on 127.0.0.1:$port (database loyalty_test)"
}

stop_quietly() {
    if [ -f "$data_dir/mysqld.pid" ]; then
        kill "$(cat "$data_dir/mysqld.pid")" 2>/dev/null || true
        for _ in $(seq 1 30); do
            [ -f "$data_dir/mysqld.pid" ] || break
            sleep 1
        done
    fi
    rm -rf "$data_dir"
}

case "${1:-}" in
    start) start ;;
    stop) stop_quietly; echo "MariaDB on port $port stopped" ;;
    *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
