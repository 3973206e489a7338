#!/usr/bin/env bash
# The benchmark of BENCHMARKS.md in one command: builds the jar and the test classes, then runs
# se.ansvarskarta.bench.Benchmark (test scope, never part of `mvn verify`). Options: bench/run.sh --help.
#   bench/run.sh --scale 1.0                 # the national model
#   MVN_OPTS_BENCH=-o bench/run.sh --scale 0.05   # offline Maven, a small model
set -euo pipefail
cd "$(dirname "$0")/.."
MVN="mvn -q -B ${MVN_OPTS_BENCH:-}"
if [ "${SKIP_BUILD:-}" != "1" ]; then
  $MVN package -DskipTests
  $MVN dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
fi
exec java -Xmx${BENCH_HEAP:-3g} -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
  se.ansvarskarta.bench.Benchmark "$@"
