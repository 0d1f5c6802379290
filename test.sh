#!/usr/bin/env bash
# Runs every test: ./test.sh [more Maven options]
# On a fresh Debian or Ubuntu machine with only a JDK 25 it first installs the system packages the tests need
# (apt-get, through sudo when not root). The tests are headless: JavaFX on Monocle, OpenGL on Mesa's EGL surfaceless
# platform — no display, no GPU. .ci/run runs exactly this.
set -euo pipefail
cd "$(dirname "$0")"
. bin/setup.sh
mp_find_jdk25
mp_ensure_packages "${MP_TEST_PACKAGES[@]}"
export OPT_OUT_TRACKING=true          # DJL: never call home (the test JVM also gets -Dai.djl.offline=true)
export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow"
echo "JAVA_HOME=$JAVA_HOME"
exec ./mvnw -B verify "$@"
