#!/usr/bin/env bash
# Starts the demo shop: the Broadleaf storefront at http://localhost:PORT/ and the admin at
# http://localhost:PORT/admin/, with the loyalty club installed, on an HSQLDB database kept in demo-site/data/.
#
#   demo-site/demo.sh              build what is needed, then start (keeps the database of the last run)
#   demo-site/demo.sh --reset      start afresh: delete the database and seed a new one
#   demo-site/demo.sh --port 9090  listen on another port (default 8080)
#   demo-site/demo.sh --offline    Maven offline (after a first run has downloaded everything)
#
# Needs only a JDK 17 (or newer); Maven comes through the wrapper. Stop with Ctrl+C.
set -euo pipefail

repo="$(cd "$(dirname "$0")/.." && pwd)"
reset=false
port=8080
offline=""
while [ $# -gt 0 ]; do
    case "$1" in
        --reset) reset=true ;;
        --port) port="$2"; shift ;;
        --port=*) port="${1#--port=}" ;;
        --offline) offline="-o" ;;
        -h|--help) sed -n '2,10p' "$0"; exit 0 ;;
        *) echo "unknown option: $1 (try --help)" >&2; exit 2 ;;
    esac
    shift
done

cd "$repo"
# One reactor run: builds the club's modules and the shop (tests skipped), then the profile 'demo' starts the
# shop with the JVM flags of the parent pom (the load-time agent found by dependency:properties, --add-opens).
# shellcheck disable=SC2086
exec ./mvnw -B -q $offline -pl demo-site -am package -Pdemo -DskipTests -Ddemo.reset="$reset" -Ddemo.port="$port"
