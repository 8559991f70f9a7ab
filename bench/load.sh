#!/usr/bin/env bash
# The load test (bench/README.md, decision 0027), against the packaged app on this machine only:
#   bench/load.sh           users at work (Gatling, RyugakuLoad): writes bench/load.json
#   bench/load.sh memory    heap per signed-in session (SessionMemory): writes bench/memory.json
# Options through the environment: LOAD_USERS (200), LOAD_ROUNDS (5), LOAD_RAMP_SECONDS (60),
# LOAD_THINK_MIN/MAX (5/10 s), MEMORY_SESSIONS (30), LOAD_APP_HEAP (1g), LOAD_MAVEN_ARGS (e.g. -o).
set -euo pipefail
cd "$(dirname "$0")/.."
mode=${1:-load}
jar=web/target/ryugaku.jar
data=${RYUGAKU_BENCH_DB_DIR:-$PWD/bench/data}
port=8383
jmx=8384
mvn() { ./mvnw -q ${LOAD_MAVEN_ARGS:-} "$@"; }

if [[ ! -f $data/load/participants.csv ]]; then
    echo "Readying the large database and the simulated users (LoadPreparation) …"
    mvn -pl web -am test -Pbenchmark -Dtest=LoadPreparation
fi
# the production jar (a jar from a plain verify runs in development mode and is not what users get)
if ! unzip -p $jar META-INF/VAADIN/config/flow-build-info.json 2>/dev/null | grep -q '"productionMode" : true'; then
    echo "Packaging the app (./mvnw -Pproduction package) …"
    mvn -Pproduction -pl web -am package -DskipTests
fi

log=$(mktemp -t ryugaku-load-app.XXXXXX.log)
echo "Starting the app on 127.0.0.1:$port (log: $log) …"
java -Xmx"${LOAD_APP_HEAP:-1g}" \
    -Dcom.sun.management.jmxremote.port=$jmx -Dcom.sun.management.jmxremote.rmi.port=$jmx \
    -Dcom.sun.management.jmxremote.host=127.0.0.1 -Djava.rmi.server.hostname=127.0.0.1 \
    -Dcom.sun.management.jmxremote.authenticate=false -Dcom.sun.management.jmxremote.ssl=false \
    -jar $jar --spring.config.additional-location=file:bench/load.properties \
    --ryugaku.embedded-db.dir="$data" >"$log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null; wait $app 2>/dev/null || true' EXIT
until curl -sf "http://127.0.0.1:$port/actuator/health" | grep -q '"UP"'; do
    kill -0 $app 2>/dev/null || { tail -50 "$log"; exit 1; }
    sleep 2
done

gatling=(-Dload.feeders="$data/load" -Dload.baseUrl="http://127.0.0.1:$port" -Dload.jmx="127.0.0.1:$jmx")
if [[ $mode == memory ]]; then
    mvn -f load/pom.xml verify "${gatling[@]}" -Dload.simulation=dev.ryugaku.load.SessionMemory -Dload.output="$PWD/bench/memory.json" \
        -Dload.sessions="${MEMORY_SESSIONS:-30}"
else
    mvn -f load/pom.xml verify "${gatling[@]}" -Dload.users="${LOAD_USERS:-200}" \
        -Dload.rounds="${LOAD_ROUNDS:-5}" -Dload.rampSeconds="${LOAD_RAMP_SECONDS:-60}" \
        -Dload.thinkMinSeconds="${LOAD_THINK_MIN:-5}" -Dload.thinkMaxSeconds="${LOAD_THINK_MAX:-10}"
fi
