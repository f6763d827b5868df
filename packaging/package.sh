#!/usr/bin/env bash
# Builds the app image and the Debian package with the JDK's jlink and jpackage. The Maven profile
# `package` runs it (./run.sh package) after it has built the jar and copied the dependencies:
#   packaging/package.sh VERSION TARGET_DIR
# Out: TARGET_DIR/dist/DescentFX/ (the app image: bin/DescentFX, its own runtime, lib/app) and
#      TARGET_DIR/dist/descentfx_VERSION_amd64.deb (on Linux, where dpkg-deb and fakeroot are).
# On Windows and macOS the same steps make an .msi or a .dmg: see README, "Other systems".
set -euo pipefail

version=${1:?usage: package.sh VERSION TARGET_DIR}
target=$(readlink -f "${2:?usage: package.sh VERSION TARGET_DIR}")
project=$(dirname "$(dirname "$(readlink -f "$0")")")
work=$target/package
dist=$target/dist
image=$dist/DescentFX
cd "$project"

# The modules the app needs (jdeps over the jars says so, plus java.desktop for javafx.swing):
# the JDK's from its own jmods, JavaFX's from the modular jars Maven downloaded (the JavaFX jmods
# are a separate download that this machine cannot reach; the jars carry the same modules and
# their native libraries).
modules=java.base,java.desktop,java.logging,java.management,java.prefs,java.sql,jdk.unsupported
modules+=,jdk.unsupported.desktop,javafx.base,javafx.graphics,javafx.controls,javafx.swing

# The app and its other libraries stay on the class path, as under ./run.sh and the tests. Monocle
# (headless `render`) lives in a JavaFX package that the runtime's javafx.graphics does not
# export to the class path: these open it to Monocle, and to nothing else.
monocle_access=(
    --add-exports=javafx.graphics/com.sun.glass.events=ALL-UNNAMED
    --add-exports=javafx.graphics/com.sun.glass.ui=ALL-UNNAMED
    --add-opens=javafx.graphics/com.sun.glass.ui=ALL-UNNAMED
    --add-exports=javafx.graphics/com.sun.glass.ui.delegate=ALL-UNNAMED
    --add-exports=javafx.graphics/com.sun.glass.utils=ALL-UNNAMED
    --add-exports=javafx.graphics/com.sun.javafx.tk=ALL-UNNAMED
    --add-exports=javafx.graphics/com.sun.javafx.util=ALL-UNNAMED
    --add-exports=javafx.base/com.sun.javafx.logging=ALL-UNNAMED
)

# The JIT's second compiler (C2) waits ten times longer before it takes a method (late-c2.options,
# which ./run.sh passes too): at the start it would compile what runs a few thousand times and
# never again (the layout, CSS and drawing of the first frames), the largest single share of the
# start's CPU; the training loops, which run millions of times, are compiled by C2 all the same.
# docs/BENCHMARKS.md part 5 gives both figures.
mapfile -t late_c2 <"$project/packaging/late-c2.options"

say() { echo "package: $*" >&2; }
seconds() { echo $((SECONDS - $1)); }

rm -rf "$work/runtime" "$work/fx" "$work/app" "$image" "$dist"/*.deb
mkdir -p "$work/fx" "$work/app" "$dist"
for jar in "$work"/libs/*.jar; do
    case $(basename "$jar") in
        javafx-*-linux.jar|javafx-*-win.jar|javafx-*-mac*.jar) cp "$jar" "$work/fx/" ;;
        javafx-*) ;;  # the platform-neutral javafx jars are empty: their classes are in the ones above
        *) cp "$jar" "$work/app/" ;;
    esac
done
cp "$target/descentfx-$version.jar" "$work/app/"
# shipped in lib/app: the installed package's postinst makes the class-data archive with it
cp "$project/packaging/class-data.sh" "$work/app/"
# and the session file type, a sub-class of JSON (jpackage's own MIME file cannot say so)
cp "$project/packaging/linux/descentfx-mime.xml" "$work/app/"
# and the icons, which it puts where the desktop looks for them
mkdir -p "$work/app/icons"
cp "$project"/assets/icons/descentfx.svg "$project"/assets/icons/descentfx-*.png "$work/app/icons/"

started=$SECONDS
# Uncompressed modules: a larger image (the .deb is compressed anyway) that loads its classes
# faster. Its bin/java stays: jlink needs it to make the class-data archive of the runtime's own
# classes, which the app's archive builds on.
jlink --module-path "$work/fx" --add-modules "$modules" \
    --strip-debug --no-man-pages --no-header-files \
    --generate-cds-archive --output "$work/runtime" >/dev/null
say "runtime linked in $(seconds "$started") s: $(du -sh "$work/runtime" | cut -f1)"

started=$SECONDS
jpackage --type app-image --dest "$dist" --name DescentFX --app-version "$version" \
    --description "See gradient descent learn: the cost valley of one neuron, live." \
    --vendor "DescentFX" --icon "$project/assets/icons/descentfx-128.png" \
    --runtime-image "$work/runtime" --input "$work/app" \
    --main-jar "descentfx-$version.jar" --main-class org.descentfx.Main \
    --java-options "${monocle_access[*]}" --java-options "${late_c2[*]}" --java-options '-XX:SharedArchiveFile=$APPDIR/descentfx.jsa'
say "app image made in $(seconds "$started") s"

# The archive for this image, where it is; the .deb gets none (an archive is valid only where it
# was made), its postinst makes one where it installs.
"$image/lib/app/class-data.sh" "$image"
say "app image: $(du -sh "$image" | cut -f1) in $image"

if [[ $(uname -s) == Linux ]] && command -v dpkg-deb >/dev/null && command -v fakeroot >/dev/null; then
    started=$SECONDS
    rm -rf "$work/deb" "$work/descentfx.jsa"
    [[ -f $image/lib/app/descentfx.jsa ]] && mv "$image/lib/app/descentfx.jsa" "$work/"
    jpackage --type deb --dest "$work/deb" --app-image "$image" --name DescentFX --app-version "$version" \
        --description "See gradient descent learn: the cost valley of one neuron, live." \
        --vendor "DescentFX" --icon "$project/assets/icons/descentfx-128.png" \
        --linux-package-name descentfx --linux-deb-maintainer descentfx@localhost \
        --linux-menu-group "Education;Math;" --linux-app-category education --linux-shortcut \
        --linux-package-deps "libgtk-3-0, libgl1, shared-mime-info" \
        --file-associations "$project/packaging/linux/session.properties" \
        --resource-dir "$project/packaging/linux" --install-dir /opt
    [[ -f $work/descentfx.jsa ]] && mv "$work/descentfx.jsa" "$image/lib/app/"
    mv "$work/deb"/descentfx_*.deb "$dist/descentfx_${version}_amd64.deb"
    say "Debian package made in $(seconds "$started") s: $(du -h "$dist/descentfx_${version}_amd64.deb" | cut -f1)"
else
    say "no dpkg-deb and fakeroot here: app image only"
fi
