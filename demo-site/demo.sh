#!/usr/bin/env bash
# Starts the demo shop: the Broadleaf storefront at http://localhost:PORT/ and the admin at
# http://localhost:PORT/admin/, with the loyalty club installed, on an HSQLDB database kept in demo-site/data/.
#
#   demo-site/demo.sh              build what is needed, then start (keeps the database of the last run)
#   demo-site/demo.sh --reset      start afresh: delete the database and seed a new one
#   demo-site/demo.sh --port 9090  listen on another port (default 8080)
#   demo-site/demo.sh --no-build   skip the build (when nothing changed since the last one)
#
# Needs only a JDK 17 (or newer); Maven comes through the wrapper. Stop with Ctrl+C.
set -euo pipefail

repo="$(cd "$(dirname "$0")/.." && pwd)"
reset=false
port=8080
build=true
while [ $# -gt 0 ]; do
    case "$1" in
        --reset) reset=true ;;
        --port) port="$2"; shift ;;
        --port=*) port="${1#--port=}" ;;
        --no-build) build=false ;;
        -h|--help) sed -n '2,10p' "$0"; exit 0 ;;
        *) echo "unknown option: $1 (try --help)" >&2; exit 2 ;;
    esac
    shift
done

cd "$repo"
if [ "$build" = true ]; then
    ./mvnw -B -q -pl demo-site -am install -DskipTests
fi
# process-classes brings the shop's classes up to date and locates the load-time agent (dependency:properties); exec:exec starts the shop with the JVM
# flags of the parent pom (agent, --add-opens).
exec ./mvnw -B -q -pl demo-site process-classes exec:exec -Ddemo.reset="$reset" -Ddemo.port="$port"
