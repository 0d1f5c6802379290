#!/usr/bin/env bash
# Smoke test of a built Linux app image (target/installer/image/Mouthpiece by default), run by .ci/run:
#  - the CLI launcher runs `info` on the bundled sample, `face` on its portrait, `lipsync` on its WAV, and, once the
#    app has a `render` command, renders the sample take to MP4 (checked by decoding it back with ffprobe);
#  - the studio launcher starts under Xvfb, writes a screenshot and exits 0 (its start-up time is printed);
#  - the image carries the AOT cache trained at package time, and the launchers can map it;
#  - nothing may be written inside the image: user data goes to a throwaway HOME/XDG tree.
# With root and unshare(1), the JDKs under /usr/lib/jvm are hidden, proving the image needs no installed JDK.
set -euo pipefail
image="$(cd "${1:-target/installer/image/Mouthpiece}" && pwd)"
work="$(mktemp -d /tmp/mouthpiece-smoke.XXXXXX)"
trap 'rm -rf "$work"' EXIT
app="$image/lib/app"
sample="$app/assets/samples/astronaut"
[ -x "$image/bin/mouthpiece" ] && [ -x "$image/bin/Mouthpiece" ] || { echo "smoke: launchers missing in $image" >&2; exit 1; }
[ -f "$app/THIRD-PARTY.txt" ] || { echo "smoke: THIRD-PARTY.txt missing in $app" >&2; exit 1; }

# A clean user: fresh HOME and XDG folders, no JAVA_HOME, no java on PATH.
mkdir -p "$work/home" "$work/out"
export HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" XDG_DATA_HOME="$work/home/.local/share" \
       XDG_CACHE_HOME="$work/home/.cache" XDG_STATE_HOME="$work/home/.local/state" OPT_OUT_TRACKING=true
unset JAVA_HOME JDK_JAVA_OPTIONS CLASSPATH
# Java takes user.home from the password database, not $HOME: point it (JavaCPP/OpenJFX native caches) here too.
export JAVA_TOOL_OPTIONS="-Duser.home=$HOME"
export PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
touch "$work/stamp"
sleep 1 # mtime granularity: anything the app writes afterwards is strictly newer than the stamp

# Runs a command with /usr/lib/jvm hidden when we can (root + unshare), else as is.
nojdk() {
  if [ "$(id -u)" -eq 0 ] && command -v unshare >/dev/null && [ -d /usr/lib/jvm ]; then
    unshare -m -- sh -c 'mount -t tmpfs none /usr/lib/jvm && exec "$@"' sh "$@"
  else
    "$@"
  fi
}
cli() { nojdk "$image/bin/mouthpiece" "$@"; }
step() { echo "smoke: $*"; }

step "jdk hidden: $( [ "$(id -u)" -eq 0 ] && command -v unshare >/dev/null && echo yes || echo no)"
cli --version
step "info on the bundled sample"
cli info "$sample" | tee "$work/out/info.txt"
grep -qi astronaut "$work/out/info.txt"

step "face on the sample portrait"
cli face "$sample/media/astronaut.png" --json "$work/out/face.json" --overlay "$work/out/face.png"
grep -q '"landmarks"\|"mesh"\|"faces"' "$work/out/face.json"
[ -s "$work/out/face.png" ]

step "lipsync on the sample WAV"
cli lipsync "$sample/media/line.wav" --format tsv -o "$work/out/line.tsv"
cues=$(wc -l < "$work/out/line.tsv")
echo "smoke: $cues mouth cues"
[ "$cues" -ge 10 ]
grep -qP '\t[BCDEF]$' "$work/out/line.tsv" # some open-mouth shapes, not only rest

help=$(cli --help)
if grep -qE '^\s+render\b' <<< "$help"; then
  step "render the sample take to MP4"
  cli render "$sample" -o "$work/out/take.mp4"
  streams=$(ffprobe -v error -show_entries stream=codec_type,codec_name -of csv=p=0 "$work/out/take.mp4")
  frames=$(ffprobe -v error -select_streams v:0 -count_frames -show_entries stream=nb_read_frames -of csv=p=0 "$work/out/take.mp4")
  echo "smoke: take.mp4 streams: $(tr '\n' ' ' <<< "$streams")video frames decoded: $frames"
  grep -q ',video$' <<< "$streams" && grep -q ',audio$' <<< "$streams" && [ "${frames:-0}" -gt 100 ] \
    || { echo "smoke: take.mp4 is not a playable video+audio file" >&2; exit 1; }
else
  step "render: the app has no render command yet, skipped"
fi

step "studio under Xvfb: screenshot, then exit"
start=$(date +%s%N)
rc=0
JAVA_TOOL_OPTIONS="$JAVA_TOOL_OPTIONS -Dmouthpiece.screenshot=$work/out/studio.png -Dmouthpiece.screenshot.exit=true" \
  nojdk xvfb-run -a -s "-screen 0 1280x800x24" "$image/bin/Mouthpiece" > "$work/out/studio.log" 2>&1 || rc=$?
end=$(date +%s%N)
grep -v 'Picked up JAVA_TOOL_OPTIONS' "$work/out/studio.log" || true
[ "$rc" -eq 0 ] || { echo "smoke: studio exited with $rc" >&2; exit 1; }
[ -s "$work/out/studio.png" ] || { echo "smoke: studio wrote no screenshot" >&2; exit 1; }
shot_ns=$(date -r "$work/out/studio.png" +%s%N)
echo "smoke: studio cold start: screenshot written $(( (shot_ns - start) / 1000000 )) ms after launch (Xvfb start included); exited after $(( (end - start) / 1000000 )) ms"

step "the launchers start from the AOT cache made at package time"
# AOTMode=on (first through JAVA_TOOL_OPTIONS; the launcher's own -XX:AOTCache follows) turns "cache unusable" into an error.
[ -f "$app/mouthpiece.aot" ] || { echo "smoke: no AOT cache in the image ($app/mouthpiece.aot): was xvfb-run missing at package time?" >&2; exit 1; }
JAVA_TOOL_OPTIONS="$JAVA_TOOL_OPTIONS -XX:AOTMode=on" cli --version > /dev/null 2>&1 \
  || { echo "smoke: the CLI launcher cannot use $app/mouthpiece.aot" >&2; exit 1; }
echo "smoke: AOT cache $(( $(stat -c %s "$app/mouthpiece.aot") / 1000000 )) MB, used by the launchers"

step "nothing written inside the image"
written=$(find "$image" -newer "$work/stamp" -print)
[ -z "$written" ] || { echo "smoke: the app wrote into its install folder:" >&2; echo "$written" >&2; exit 1; }
step "user files went to: $(cd "$work/home" && find . -maxdepth 2 -type d | sort | tr '\n' ' ')"
if [ -n "${SMOKE_KEEP:-}" ]; then cp -r "$work/out" "$SMOKE_KEEP"; fi
step "OK"
