#!/usr/bin/env bash
# Breakout allocation: time for 300 delegates in 30 groups, and mixing compared with random splits.
# Usage: bench/breakouts/run.sh [people] [groups] [runs]
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -q -B compile -Dquarkus.quinoa.enabled=false
mkdir -p target/bench
javac -d target/bench -cp target/classes bench/breakouts/AllocatorBenchmark.java
java -cp target/classes:target/bench AllocatorBenchmark "$@"
