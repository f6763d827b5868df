#!/usr/bin/env bash
# Runs DescentFX: builds first when the build is missing or older than its sources.
#   ./run.sh            opens the window
#   ./run.sh ARGS...    passes ARGS to org.descentfx.Main
#   ./run.sh bench [--quick] [--markdown FILE] [--only 1,3]
#                       runs the benchmark suite (docs/BENCHMARKS.md), built apart in target/bench
#   ./run.sh package    builds the installable app (Maven profile 'package', jlink and jpackage):
#                       target/dist/DescentFX/ and target/dist/descentfx_VERSION_amd64.deb
# JVM options: JDK_JAVA_OPTIONS (read by java itself) and DESCENTFX_JAVA_OPTS.
set -euo pipefail

# Relative paths in ARGS (--data, --out) are the caller's: remember where the caller is.
caller_dir=$PWD
project_dir=$(dirname "$(readlink -f "$0")")
cd "$project_dir"

stamp=target/.run-stamp
classpath_file=target/classpath.txt

needs_build() {
    [[ -f $stamp && -f $classpath_file && -d target/classes ]] || return 0
    [[ -n $(find src/main assets pom.xml -newer "$stamp" -print -quit 2>/dev/null) ]]
}

build() {
    echo "building DescentFX…" >&2
    mkdir -p target
    # Stamp the time the build starts, so a source saved during the build still counts as newer.
    local started=target/.run-stamp.new
    touch "$started"
    # Maven's output is shown only when the build fails.
    if ! mvn -B -q -DskipTests \
            compile dependency:build-classpath \
            -Dmdep.outputFile="$classpath_file" -DincludeScope=runtime \
            >target/run-build.log 2>&1; then
        cat target/run-build.log >&2
        echo "run.sh: the build failed (log: target/run-build.log)" >&2
        rm -f "$started"
        exit 1
    fi
    mv "$started" "$stamp"
}

# The benchmarks: the Maven profile 'bench' compiles src/main and src/bench (JMH) into target/bench,
# so the normal build never compiles them. JMH forks its JVMs with this classpath.
bench() {
    local dir=target/bench
    local bench_stamp=$dir/.bench-stamp
    local bench_classpath=$dir/classpath.txt
    if [[ ! -f $bench_stamp || ! -f $bench_classpath \
            || -n $(find src/main src/bench assets pom.xml -newer "$bench_stamp" -print -quit 2>/dev/null) ]]; then
        echo "building the benchmarks…" >&2
        mkdir -p "$dir"
        local started=$dir/.bench-stamp.new
        touch "$started"
        if ! mvn -B -q -Pbench -DskipTests \
                compile dependency:build-classpath \
                -Dmdep.outputFile="$bench_classpath" -DincludeScope=runtime \
                >"$dir/build.log" 2>&1; then
            cat "$dir/build.log" >&2
            echo "run.sh: the benchmark build failed (log: $dir/build.log)" >&2
            rm -f "$started"
            exit 1
        fi
        mv "$started" "$bench_stamp"
    fi
    # shellcheck disable=SC2086  # DESCENTFX_JAVA_OPTS is a list of options, split on spaces
    exec java ${DESCENTFX_JAVA_OPTS:-} \
        -cp "$dir/classes:$(cat "$bench_classpath")" \
        org.descentfx.bench.BenchSuite "$@"
}

# The package: the tests are the normal build's business (mvn -B verify), not this one's.
package() {
    echo "packaging DescentFX (about 2 minutes)…" >&2
    # libraries of an older dependency list would join the class path: copy them afresh
    rm -rf target/package/libs
    mkdir -p target
    if ! mvn -B -Ppackage -DskipTests package >target/package.log 2>&1; then
        tail -n 40 target/package.log >&2
        echo "run.sh: packaging failed (log: target/package.log)" >&2
        exit 1
    fi
    grep '^\(package\|DescentFX\): ' target/package.log >&2 || true
    ls -1 target/dist
    exit 0
}

if [[ ${1:-} == package ]]; then
    package
fi

if [[ ${1:-} == bench ]]; then
    shift
    bench "$@"
fi

if needs_build; then
    build
fi

classpath="$project_dir/target/classes:$(cat "$classpath_file")"
# C2 later, as in the package's launcher (packaging/package.sh says why); DESCENTFX_JAVA_OPTS come
# after, so an option given there wins
late_c2=$(cat packaging/late-c2.options)
cd "$caller_dir"
# shellcheck disable=SC2086  # DESCENTFX_JAVA_OPTS is a list of options, split on spaces
exec java $late_c2 ${DESCENTFX_JAVA_OPTS:-} -cp "$classpath" org.descentfx.Main "$@"
