#!/usr/bin/env bash
# Cold start of the command line and of the Lambda handler, each in fresh JVMs, beside the JVM's own
# start (java -jar target/lede.jar --version): see src/bench/ColdStart.java. Assembles the Lambda
# deployment package (src/bench/package-size.sh: builds the jar too) and runs the handler from it as well,
# starts an S3-compatible server (Adobe S3Mock, the tests' own, from Maven Central) on a free
# local port for the handler's runs, and stops it afterwards.
#
#   src/bench/cold-start.sh [--runs N] [--jvm "JVM OPTIONS"]
set -euo pipefail
cd "$(dirname "$0")/../.."
[ -d target/lambda-artefact ] && [ -f target/lede.jar ] || src/bench/package-size.sh
[ -f target/test.cp ] || ./mvnw -B -q ${MAVEN_ARGS:-} dependency:build-classpath \
  -Dmdep.outputFile=target/test.cp -Dmdep.includeScope=test >/dev/null

listening() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
port=$((20000 + RANDOM % 20000))
while listening "$port"; do port=$((port + 1)); done
java -Dslf4j.provider=ch.qos.logback.classic.spi.LogbackServiceProvider -Dhttp.port="$port" -Dserver.port=0 \
  -Dcom.adobe.testing.s3mock.store.initialBuckets=lede-input,lede-output -Dlogging.level.root=WARN \
  -cp "$(cat target/test.cp)" com.adobe.testing.s3mock.S3MockApplication >target/s3mock.log 2>&1 &
s3mock=$!
trap 'kill "$s3mock" 2>/dev/null || true' EXIT
for _ in $(seq 240); do
  listening "$port" && break
  kill -0 "$s3mock" 2>/dev/null || { cat target/s3mock.log >&2; exit 1; }
  sleep 0.5
done
java src/bench/ColdStart.java --endpoint "http://127.0.0.1:$port" --artefact target/lambda-artefact "$@"
