#!/usr/bin/env bash
# Startup benchmark (bench/README.md): time from process start to /actuator/health UP, in alternating
# rounds of spring-petclinic's jar, Ryugaku on a fresh data directory (MariaDB installed, schema, demo
# data) and Ryugaku on that same directory again; then the same two with JDK 25's AOT cache (trained
# once on the extracted jar first; RYUGAKU_AOT=false leaves them out). Writes bench/startup.json.
#
#   PETCLINIC_JAR=/path/to/spring-petclinic-*.jar bench/startup.sh [rounds]
#
# Environment: PETCLINIC_JAR (required), ROUNDS (default 3), RYUGAKU_JAR (default web/target/ryugaku.jar,
# built with ./mvnw -Pproduction -DskipTests package when missing or when BUILD=true), JAVA (default
# $JAVA_HOME/bin/java), JAVA_OPTS (added to every Java start, all apps alike), RYUGAKU_JAVA_OPTS (Ryugaku
# only, e.g. its AOT cache), STARTUP_BENCH_PORT (default 8181), STARTUP_BENCH_DIR (data and logs,
# default bench/data/startup), STARTUP_BENCH_OUTPUT (default bench/startup.json).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

rounds=${1:-${ROUNDS:-3}}
petclinic_jar=${PETCLINIC_JAR:?set PETCLINIC_JAR to the packaged spring-petclinic jar, see bench/README.md}
ryugaku_jar=${RYUGAKU_JAR:-web/target/ryugaku.jar}
java=${JAVA:-${JAVA_HOME:+$JAVA_HOME/bin/}java}
port=${STARTUP_BENCH_PORT:-8181}
work=${STARTUP_BENCH_DIR:-bench/data/startup}
output=${STARTUP_BENCH_OUTPUT:-bench/startup.json}
timeout_s=600
aot=${RYUGAKU_AOT:-true}
read -r -a java_opts <<< "${JAVA_OPTS:-}"
read -r -a ryugaku_java_opts <<< "${RYUGAKU_JAVA_OPTS:-}"

[ -f "$petclinic_jar" ] || { echo "No petclinic jar at $petclinic_jar" >&2; exit 1; }
if [ "${BUILD:-false}" = true ] || [ ! -f "$ryugaku_jar" ]; then
    ./mvnw -q -Pproduction -DskipTests package
fi
if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    echo "Port $port is in use; set STARTUP_BENCH_PORT" >&2
    exit 1
fi

mkdir -p "$work"
work=$(cd "$work" && pwd)
runs="$work/runs.jsonl"
: > "$runs"
app_pid=
trap '[ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null; true' EXIT

now_ms() { date +%s%3N; }

# Starts a jar, waits for health UP, stops it again; appends one JSON line to $runs.
#   run ROUND NAME STEPS_FILE|"" -- java arguments...
run() {
    local round=$1 name=$2 steps=$3
    shift 4
    local log="$work/$name-$round.log"
    if [ -n "$steps" ]; then
        rm -f "$steps"
    fi
    local started
    started=$(now_ms)
    (cd "${run_dir:-.}" && exec "$java" "${java_opts[@]}" "$@") > "$log" 2>&1 &
    app_pid=$!
    until curl -fs -m 2 "http://127.0.0.1:$port/actuator/health" 2>/dev/null | grep -q '"status":"UP"'; do
        if ! kill -0 "$app_pid" 2>/dev/null; then
            echo "$name (round $round) ended before it was up; log: $log" >&2
            tail -30 "$log" >&2
            exit 1
        fi
        if [ $(( $(now_ms) - started )) -gt $(( timeout_s * 1000 )) ]; then
            echo "$name (round $round) not up after ${timeout_s}s; log: $log" >&2
            exit 1
        fi
        sleep 0.1
    done
    local up_ms=$(( $(now_ms) - started ))
    kill "$app_pid"
    wait "$app_pid" 2>/dev/null || true
    app_pid=
    local phases=null
    if [ -n "$steps" ] && [ -f "$steps" ]; then
        phases=$(jq -c '{phasesMs, slowestBeansMs}' "$steps")
    fi
    jq -nc --argjson round "$round" --arg app "$name" --argjson ms "$up_ms" --argjson steps "$phases" \
        '{round: $round, app: $app, ms: $ms} + ($steps // {})' >> "$runs"
    printf '  round %s %-10s %6.1f s\n' "$round" "$name" "$(echo "$up_ms / 1000" | bc -l)"
}

# The training run ends with Runtime.halt; the app stops its MariaDB before (StopBeforeExitOnRefresh). For a
# jar built without that, stop a server left running, found by its own data directory.
stop_server_of() {
    local pid
    for pid in $(grep -l -a -F "$1" /proc/[0-9]*/cmdline 2>/dev/null | cut -d/ -f3); do
        if grep -q -a mariadbd "/proc/$pid/cmdline" 2>/dev/null; then
            kill "$pid" 2>/dev/null || true
        fi
    done
}

if [ "$aot" = true ]; then
    aot_app="$work/aot/app"
    rm -rf "$work/aot"
    echo "Extracting the jar and training the AOT cache (docs/decisions/0025)"
    "$java" -Djarmode=tools -jar "$ryugaku_jar" extract --destination "$aot_app" > /dev/null
    (cd "$aot_app" && PORT=$port RYUGAKU_EMBEDDED_DB_DIR="$work/aot/training-db" \
        "$java" "${java_opts[@]}" -XX:AOTCacheOutput=ryugaku.aot -Dspring.context.exit=onRefresh -jar ryugaku.jar) \
        > "$work/aot/training.log" 2>&1
    stop_server_of "$work/aot/training-db/"
fi

echo "Startup benchmark: $rounds rounds, petclinic $(basename "$petclinic_jar"), Ryugaku $ryugaku_jar, port $port"
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
for round in $(seq 1 "$rounds"); do
    data="$work/mariadb-$round"
    rm -rf "$data"
    run "$round" petclinic "" -- -jar "$petclinic_jar" --server.port="$port"
    for name in fresh existing; do
        PORT=$port RYUGAKU_EMBEDDED_DB_DIR=$data run "$round" "$name" "$work/steps-$name-$round.json" -- \
            "${ryugaku_java_opts[@]}" -Dryugaku.startup.steps-file="$work/steps-$name-$round.json" -jar "$ryugaku_jar"
    done
    rm -rf "$data"
    if [ "$aot" = true ]; then
        for name in fresh existing; do
            run_dir=$aot_app PORT=$port RYUGAKU_EMBEDDED_DB_DIR=$data run "$round" "$name-aot" "$work/steps-$name-aot-$round.json" -- \
                "${ryugaku_java_opts[@]}" -XX:AOTCache=ryugaku.aot -Dryugaku.startup.steps-file="$work/steps-$name-aot-$round.json" -jar ryugaku.jar
        done
        rm -rf "$data"
    fi
done
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

jq -s --arg measuredAt "$(date -u +%Y-%m-%dT%H:%M:%SZ)" --arg java "$("$java" -version 2>&1 | head -1)" \
    --arg cpus "$(nproc)" --arg loadBefore "$load_before" --arg loadAfter "$load_after" \
    --arg javaOpts "${JAVA_OPTS:-}" --arg ryugakuJavaOpts "${RYUGAKU_JAVA_OPTS:-}" '
    def median: sort | if length % 2 == 1 then .[length / 2 | floor] else (.[length / 2 - 1] + .[length / 2]) / 2 end;
    def medianOf(app): [.[] | select(.app == app) | .ms] | median;
    def phaseMedians(app): [.[] | select(.app == app) | .phasesMs // empty] as $runs
        | if ($runs | length) == 0 then null
          else reduce ($runs[0] | keys_unsorted[]) as $phase ({}; .[$phase] = ([$runs[][$phase]] | median)) end;
    . as $all
    | (reduce ("petclinic", "fresh", "existing", "fresh-aot", "existing-aot") as $app ({};
        if any($all[]; .app == $app) then .[$app] = ($all | medianOf($app)) else . end)) as $medians
    | {
        measuredAt: $measuredAt,
        machine: {cpus: ($cpus | tonumber), java: $java, loadAverageBefore: $loadBefore, loadAverageAfter: $loadAfter},
        javaOpts: $javaOpts, ryugakuJavaOpts: $ryugakuJavaOpts,
        rounds: ($all | map(.round) | max),
        medianMs: $medians,
        ratioToPetclinic: ($medians | del(.petclinic) | map_values(. / $medians.petclinic)),
        goals: {fresh: 1.5, existing: 1.2},
        medianPhasesMs: ($medians | del(.petclinic) | with_entries(.key as $app | .value = ($all | phaseMedians($app)))),
        runs: $all
      }' "$runs" > "$output"

echo
jq -r '
    def s: . / 1000 * 10 | round / 10 | tostring + " s";
    (.medianMs | keys_unsorted) as $apps
    | "| | " + ($apps | join(" | ")) + " |",
      "| --- |" + ($apps | map(" ---: |") | join("")),
      (.runs | group_by(.round)[] | .[0].round as $round | map({(.app): .ms}) | add as $r
        | "| round \($round) | " + ([$apps[] | $r[.] // 0 | s] | join(" | ")) + " |"),
      "| **median** | " + ([$apps[] as $app | (.medianMs[$app] | s)
        + (if $app == "petclinic" then "" else " (\(.ratioToPetclinic[$app] * 100 | round / 100)×)" end)] | join(" | ")) + " |",
      "",
      "| phase (median) | " + ($apps[1:] | join(" | ")) + " |",
      "| --- |" + ($apps[1:] | map(" ---: |") | join("")),
      (.medianPhasesMs as $p | ($p.fresh // {} | keys_unsorted[]) as $phase
        | "| \($phase) | " + ([$apps[1:][] | $p[.][$phase] // 0 | s] | join(" | ")) + " |")
' "$output"
echo
echo "Written: $output (logs and step files in $work)"
