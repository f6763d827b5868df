#!/bin/sh
# Makes the app's class-data archive (AppCDS), lib/app/descentfx.jsa: starts the app once, up to
# its first frame with the cost surface painted, and saves every class it loaded, parsed and
# verified; the launcher's configuration names that file, so later starts map it instead of
# reading those classes again.
#   class-data.sh APP_DIR      (APP_DIR holds bin/DescentFX, lib/app and lib/runtime)
# The package runs it for its own app image, and the installed package's postinst runs it again
# where the app is installed: Java 17 accepts an archive only where the class path it was made
# with is the same, to the letter.
# The run needs a screen: DISPLAY's, else an Xvfb of its own, else Monocle's headless one (the
# archive then lacks the GTK classes, which the window then reads the slow way). If the run
# fails there is no archive, and the JVM, finding none, starts as it would without one.
set -eu

app=$(readlink -f "${1:?usage: class-data.sh APP_DIR}")
cfg=$app/lib/app/DescentFX.cfg
archive=$app/lib/app/descentfx.jsa
java=$app/lib/runtime/bin/java
work=$(mktemp -d)
xvfb_pid=
trap 'rm -rf "$work"; [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null; true' EXIT

# The class path and options exactly as the launcher passes them ($APPDIR is lib/app), less the
# archive itself, one per line in files so that no option is split.
sed -n 's/^app\.classpath=//p' "$cfg" | sed "s|\\\$APPDIR|$app/lib/app|g" | paste -sd: - >"$work/classpath"
sed -n 's/^java-options=//p' "$cfg" | grep -v '^-XX:SharedArchiveFile=' | sed "s|\\\$APPDIR|$app/lib/app|g" >"$work/options"
main=$(sed -n 's/^app\.mainclass=//p' "$cfg")

screen=
if [ -z "${DISPLAY:-}" ]; then
    if command -v Xvfb >/dev/null 2>&1; then
        display=:$((200 + $$ % 300))
        Xvfb "$display" -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 &
        xvfb_pid=$!
        sleep 1
        export DISPLAY=$display
    else
        screen="-Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw -Dheadless.geometry=1600x1000-32"
    fi
fi

rm -f "$archive"
start=$(date +%s)
status=0
# shellcheck disable=SC2046,SC2086  # one option per line; the screen options are plain words
DESCENTFX_STARTUP_REPORT=$work/report timeout 180 "$java" -XX:ArchiveClassesAtExit="$archive" \
    $screen $(cat "$work/options") -cp "$(cat "$work/classpath")" "$main" >"$work/log" 2>&1 || status=$?
if [ "$status" -eq 0 ] && [ -s "$work/report" ] && [ -f "$archive" ]; then
    echo "DescentFX: class-data archive made in $(($(date +%s) - start)) s: $(du -h "$archive" | cut -f1)" >&2
else
    rm -f "$archive"
    echo "DescentFX: no class-data archive (the first run exited with $status); the app starts without one" >&2
    tail -n 5 "$work/log" >&2
fi
