#!/usr/bin/env bash
# The Lambda deployment package, assembled as `sam build` assembles it (aws-lambda-builders' Maven
# workflow: `mvn clean install`, `mvn dependency:copy-dependencies -DincludeScope=runtime
# -Dmdep.prependGroupId=true`, then target/classes at the root and target/dependency as lib/) and
# zipped as SAM zips it (deflate, zlib's default level 6). Prints the zip's size and what is in it.
# The directory, target/lambda-artefact, is what src/bench/cold-start.sh runs the handler from.
#
#   src/bench/package-size.sh            (MAVEN_ARGS=-o for an offline build)
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -B -q ${MAVEN_ARGS:-} -DskipTests clean package # clean, as sam build does: nothing stale in target/classes
./mvnw -B -q ${MAVEN_ARGS:-} dependency:copy-dependencies -DincludeScope=runtime -Dmdep.prependGroupId=true
rm -rf target/lambda-artefact target/lambda.zip
mkdir -p target/lambda-artefact/lib
cp -r target/classes/. target/lambda-artefact/
[ -d target/dependency ] && cp -r target/dependency/. target/lambda-artefact/lib/
(cd target/lambda-artefact && zip -q -r -X -6 ../lambda.zip .)
bytes=$(stat -c %s target/lambda.zip)
echo "target/lambda.zip: $bytes bytes ($(awk -v b="$bytes" 'BEGIN { printf "%.2f", b / 1048576 }') MiB," \
  "$(awk -v b="$bytes" 'BEGIN { printf "%.2f", b / 1000000 }') MB)"
unzip -v target/lambda.zip | awk 'NR > 3 && $8 != "" && $1 ~ /^[0-9]+$/ { n++; raw += $1; zipped += $3 }
  END { printf "%d entries, %.2f MB unpacked, %.2f MB compressed\n", n, raw / 1e6, zipped / 1e6 }'
ls -l target/lambda-artefact/lib
