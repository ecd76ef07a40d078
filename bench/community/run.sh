#!/usr/bin/env bash
# Community suggestions: how many sectors the top ten span for each member, against ten picked at random,
# and the time to rank a community of 1,000 visible members.
# Usage: bench/community/run.sh [members] [workshops] [rounds]
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -q -B compile -Dquarkus.quinoa.enabled=false
mkdir -p target/bench
javac -d target/bench -cp target/classes bench/community/SuggestionBenchmark.java
java -cp target/classes:target/bench SuggestionBenchmark "$@"
