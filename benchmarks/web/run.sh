#!/usr/bin/env bash
# Web load benchmark: GET /loyalty/api/me and the My Club page (/account/club) for signed-in members, loaded with
# wrk against the demo shop holding MEMBERS members and ENTRIES ledger entries. See benchmarks/README.md.
#
#   ./mvnw -B -pl demo-site,benchmarks -am -DskipTests install      # once, or after changing the code
#   benchmarks/web/run.sh                                              # seed (first time) and measure
#
# Settings (environment): MEMBERS (10000), ENTRIES (1000000), SESSIONS (2000 members signed in), PORT (8090),
# THREADS (2), CONNECTIONS (32), DURATION (60s), HEAP (-Xmx3g), SHOP_THREADS (16: the shop's request threads,
# -Ddemo.threads), DATA (benchmarks/target/web-shop), RESEED=true to start from a fresh database.
set -euo pipefail

repo="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$repo"
MEMBERS="${MEMBERS:-10000}"
ENTRIES="${ENTRIES:-1000000}"
SESSIONS="${SESSIONS:-2000}"
PORT="${PORT:-8090}"
THREADS="${THREADS:-2}"
CONNECTIONS="${CONNECTIONS:-32}"
DURATION="${DURATION:-60s}"
HEAP="${HEAP:--Xmx3g}"
SHOP_THREADS="${SHOP_THREADS:-16}"
DATA="${DATA:-$repo/benchmarks/target/web-shop}"
base="http://localhost:$PORT"
log="$repo/benchmarks/target/web-shop.log"

agent="$(find ~/.m2/repository/org/springframework/spring-instrument -name 'spring-instrument-*.jar' ! -name '*sources*' | sort | tail -1)"
shop_cp="$repo/demo-site/target/classes:$(cat "$repo/demo-site/target/webapp-classpath.txt")"
tools_cp="$repo/benchmarks/target/classes:$(tr ':' '\n' < "$repo/demo-site/target/webapp-classpath.txt" | grep hsqldb | head -1)"
opens="--add-opens java.base/java.lang=ALL-UNNAMED --add-opens java.base/java.util=ALL-UNNAMED --add-opens java.base/java.lang.reflect=ALL-UNNAMED --add-opens java.base/java.text=ALL-UNNAMED --add-opens java.desktop/java.beans=ALL-UNNAMED"
shop_pid=""

start_shop() {
    local reset="$1"
    # As in production: Broadleaf's own template caching (the demo reads its templates on every request).
    java $HEAP -javaagent:"$agent" $opens -Dfile.encoding=UTF-8 -Dproperty-override="$repo/benchmarks/web/production.properties" -Ddemo.threads="$SHOP_THREADS" -Ddemo.port="$PORT" -Ddemo.data="$DATA" \
        -Ddemo.reset="$reset" -Ddemo.webapp.classpath="$repo/demo-site/target/webapp-classpath.txt" \
        -Ddemo.webapp.dir="$repo/demo-site/src/main/webapp" -classpath "$shop_cp" io.loyaltyclub.demo.DemoShop \
        > "$log" 2>&1 &
    shop_pid=$!
    local started=$SECONDS
    until grep -q "Demo shop ready" "$log"; do
        if ! kill -0 "$shop_pid" 2>/dev/null; then
            echo "the shop did not start; see $log" >&2
            exit 1
        fi
        sleep 2
    done
    echo "shop ready in $((SECONDS - started)) s (pid $shop_pid)"
}

stop_shop() {
    if [ -n "$shop_pid" ] && kill -0 "$shop_pid" 2>/dev/null; then
        kill "$shop_pid"
        wait "$shop_pid" || true
    fi
    shop_pid=""
}
trap stop_shop EXIT

mkdir -p "$DATA"
if [ "${RESEED:-false}" = true ] || [ ! -f "$DATA/seeded" ]; then
    if [ "${RESEED:-false}" = true ] || [ ! -f "$DATA/created" ]; then
        echo "== a fresh demo shop database in $DATA"
        rm -f "$DATA/created"
        start_shop true
        stop_shop
        touch "$DATA/created"
    fi
    echo "== seeding $MEMBERS members and $ENTRIES ledger entries"
    java -Xmx2g -cp "$tools_cp" io.loyaltyclub.benchmarks.web.DemoMembersSeed \
        "jdbc:hsqldb:file:$DATA/shop;hsqldb.tx=mvcc" "$MEMBERS" "$ENTRIES"
    touch "$DATA/seeded"
fi

echo "== starting the shop on the seeded database"
start_shop false
echo "== signing in $SESSIONS members"
java -cp "$tools_cp" io.loyaltyclub.benchmarks.web.SignInMembers "$base" "$SESSIONS" "$repo/benchmarks/target/sessions.txt"
export SESSIONS_FILE="$repo/benchmarks/target/sessions.txt"
cookie="$(head -1 "$SESSIONS_FILE")"
status="$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $cookie" "$base/account/club")"
[ "$status" = 200 ] || { echo "/account/club answered $status for a signed-in member" >&2; exit 1; }

for path in /loyalty/api/me /account/club; do
    echo "== warm-up $path"
    wrk -t"$THREADS" -c"$CONNECTIONS" -d20s -s benchmarks/web/sessions.lua "$base$path" > /dev/null
    echo "== $path: wrk -t$THREADS -c$CONNECTIONS -d$DURATION, load before: $(cut -d' ' -f1-3 /proc/loadavg)"
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -s benchmarks/web/sessions.lua "$base$path"
done
