#!/usr/bin/env bash
# Runs the studio from this checkout: ./studio.sh [PROJECT_FOLDER]
# On a fresh Debian or Ubuntu machine with only a JDK 25 it does the set-up first: installs the system libraries the
# window needs (apt-get, through sudo when not root), builds when the sources are newer than the jar (the build also
# trains the start-up cache, target/mouthpiece.aot), then starts the studio with that cache.
set -euo pipefail
args=()   # a project folder named relative to where the user stands, before the cd below
for a in "$@"; do if [ -e "$a" ]; then args+=("$(readlink -f -- "$a")"); else args+=("$a"); fi; done
cd "$(dirname "$0")"
. bin/setup.sh
mp_find_jdk25
mp_ensure_packages "${MP_STUDIO_PACKAGES[@]}"
mp_build_if_stale
aot=()
# A cache made by another JDK, or left from other jars, is refused by the JVM without a word (-Xlog below).
[ -f target/mouthpiece.aot ] && aot=(-XX:AOTCache=target/mouthpiece.aot)
exec "$JAVA_HOME/bin/java" "${aot[@]}" -Xlog:aot*=off,cds*=off --enable-native-access=ALL-UNNAMED \
  --sun-misc-unsafe-memory-access=allow -jar target/mouthpiece.jar studio "${args[@]}"
