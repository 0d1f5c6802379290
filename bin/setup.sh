# Shared set-up for ./studio.sh, ./test.sh and .ci/run (sourced, not run): find a JDK 25, install the Debian/Ubuntu
# packages the studio or the tests need (apt-get; through sudo, saying so first, when not root), build when stale.

# The studio's window and GL preview: JavaFX (GTK 3, XTest, GL) and Mesa's EGL/GL drivers, fonts; xvfb and xauth
# let the build train the start-up cache (target/mouthpiece.aot) on a virtual display.
MP_STUDIO_PACKAGES=(libgtk-3-0 libxtst6 libxxf86vm1 libgl1 libglx-mesa0 libegl1 libegl-mesa0 libgl1-mesa-dri libgbm1
  fonts-dejavu-core xvfb xauth)
# alsa-utils: real recorded speech for RealSpeechTest (/usr/share/sounds/alsa, GPL-2, read not copied);
# espeak-ng: an unrelated second line for the sync-score and dub tests (the program is run, GPL-3, not linked);
# ffmpeg: the colour-chart round trip decodes exports with the ffmpeg/ffprobe programs.
MP_TEST_PACKAGES=("${MP_STUDIO_PACKAGES[@]}" alsa-utils espeak-ng ffmpeg)

mp_say() { echo "mouthpiece: $*" >&2; }

# Sets and exports JAVA_HOME to the first JDK 25 found: $JAVA_HOME, the java on PATH, then the usual folders.
mp_find_jdk25() {
  local d candidates=()
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  if command -v java >/dev/null 2>&1; then candidates+=("$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")"); fi
  candidates+=(/usr/lib/jvm/* /opt/java/* /opt/jdk* "$HOME"/.sdkman/candidates/java/* "$HOME"/.jdks/*)
  for d in "${candidates[@]}"; do
    [ -x "$d/bin/javac" ] || continue
    if "$d/bin/java" -version 2>&1 | grep -q 'version "25'; then
      export JAVA_HOME="$d" PATH="$d/bin:$PATH"
      return 0
    fi
  done
  mp_say "no JDK 25 found (looked at \$JAVA_HOME, the java on PATH, /usr/lib/jvm, /opt, ~/.sdkman, ~/.jdks)."
  mp_say "Install one (for example Temurin 25: https://adoptium.net) and set JAVA_HOME to it, then run this again."
  return 1
}

# True when the package (or its Ubuntu 24.04+ "t64" rename) is installed.
mp_installed() {
  dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "ok installed" \
    || dpkg-query -W -f='${Status}' "${1}t64" 2>/dev/null | grep -q "ok installed"
}

# Installs whichever of the given packages are missing. Not Debian/Ubuntu: says what to look for and goes on.
mp_ensure_packages() {
  if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
    mp_say "not a Debian/Ubuntu system: make sure the equivalents of these packages are installed: $*"
    return 0
  fi
  local p missing=()
  for p in "$@"; do mp_installed "$p" || missing+=("$p"); done
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo_cmd=()
  if [ "$(id -u)" -ne 0 ]; then
    if ! command -v sudo >/dev/null 2>&1; then
      mp_say "these system packages are missing: ${missing[*]}"
      mp_say "as root, run:  apt-get update && apt-get install --no-install-recommends ${missing[*]}"
      return 1
    fi
    sudo_cmd=(sudo)
  fi
  mp_say "installing the system packages the studio and tests need: ${missing[*]}"
  [ ${#sudo_cmd[@]} -gt 0 ] && mp_say "(apt-get runs through sudo: it may ask for your password)"
  "${sudo_cmd[@]}" apt-get update -qq
  # env, not a plain assignment: sudo drops the caller's environment
  "${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# Builds target/mouthpiece.jar and its start-up cache when either is missing or the jar is older than the sources.
mp_build_if_stale() {
  local jar=target/mouthpiece.jar
  if [ -f "$jar" ] && [ -d target/lib ] && [ -z "$(find pom.xml src/main -newer "$jar" -print -quit)" ]; then
    # up to date, unless the start-up cache is missing and can be made now (xvfb-run came after the last build)
    if [ -f target/mouthpiece.aot ] || ! command -v xvfb-run >/dev/null 2>&1; then return 0; fi
  fi
  mp_say "building (./mvnw -q package -DskipTests; the first build downloads Maven and the libraries)"
  MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow" ./mvnw -q package -DskipTests
}
