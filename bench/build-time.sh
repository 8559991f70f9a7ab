#!/usr/bin/env bash
# How long `./mvnw verify` takes, and where the time goes: runs the README's test command (with the
# Maven cache as it is, so warm after a first build) and writes bench/build.json — the total, each
# module, the Spring application contexts the test JVMs started, and the slowest test classes.
# Usage: bench/build-time.sh [extra Maven arguments]   (CI=true is set, as on CI)
set -euo pipefail
cd "$(dirname "$0")/.."
log=target/build-time.log
mkdir -p target
export CI=true VAADIN_USAGE_STATS_ENABLED=false MAVEN_ARGS="--batch-mode"

rm -rf ./*/target/surefire-reports ./*/target/failsafe-reports   # only this run's reports count
started=$(date +%s.%N)
./mvnw verify "$@" > "$log" 2>&1 || { tail -50 "$log"; exit 1; }
ended=$(date +%s.%N)

python3 - "$log" "$started" "$ended" "$(nproc)" <<'EOF'
import glob, json, re, sys, xml.etree.ElementTree as ET
log, started, ended, cpus = sys.argv[1], float(sys.argv[2]), float(sys.argv[3]), int(sys.argv[4])
text = open(log, encoding='utf-8', errors='replace').read()

def seconds(value):
    m = re.match(r'(?:(\d+):)?([\d.]+) (s|min)', value.strip())
    minutes, rest, unit = m.groups()
    return int(minutes or 0) * 60 + float(rest) if unit == 'min' else float(rest)

modules = {name.strip(' .'): round(seconds(t), 1)
           for name, t in re.findall(r'\[INFO\] (Ryugaku[^\n]*?) \.+ SUCCESS \[\s*([^\]]+)\]', text)}
contexts = re.findall(r'Started (\S+) in ([\d.]+) seconds', text)
# Surefire's own booter logs a "Started" line too; it is no application context
contexts = [c for c in contexts if c[0] != 'ForkedBooter']
classes = []
for report in glob.glob('*/target/surefire-reports/TEST-*.xml') + glob.glob('*/target/failsafe-reports/TEST-*.xml'):
    suite = ET.parse(report).getroot()
    classes.append((float(suite.get('time', 0)), suite.get('name').rsplit('.', 1)[-1],
                    'failsafe' if 'failsafe' in report else 'surefire'))
classes.sort(reverse=True)
result = {
    'command': './mvnw verify (CI=true)',
    'cpus': cpus,
    'totalSeconds': round(ended - started, 1),
    'modulesSeconds': modules,
    'contextsStarted': len(contexts),
    'contexts': [{'startedBy': name, 'seconds': float(t)} for name, t in contexts],
    'testClasses': len(classes),
    'slowestTestClasses': [{'class': n, 'plugin': p, 'seconds': round(t, 1)} for t, n, p in classes[:15]],
}
json.dump(result, open('bench/build.json', 'w'), indent=2)
print(f"verify: {result['totalSeconds']} s on {cpus} CPUs; modules {modules}; "
      f"{len(contexts)} contexts started; written to bench/build.json")
EOF
