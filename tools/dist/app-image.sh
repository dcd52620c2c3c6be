#!/bin/sh
# Builds the workbench as a desktop program with its own Java runtime, which needs no JDK or Maven
# where it runs: target/dist/autoencoder-workbench/ (an app image: bin/autoencoder-workbench starts
# the window, or the command line with arguments) and, where dpkg-deb is installed, a .deb.
#
#   tools/dist/app-image.sh            # the app image, and a .deb on Debian or Ubuntu
#
# jpackage makes a package only for the system it runs on: run this script on Windows (with the
# WiX toolset) for an .msi, or on macOS for a .dmg, by passing the type: tools/dist/app-image.sh msi
# The runtime is jlink'ed from this JDK with the modules the jar needs (jdeps) and jdk.incubator.vector.
# The launcher does not add that module itself: the program starts itself again with it for the work
# that computes (as `java -jar` does), and filters the JVM's incubator warning from that second JVM,
# which no flag can silence; help, -V and datasets run in one JVM without it.
set -eu
cd "$(dirname "$0")/../.."
PACKAGE=${1:-deb}
NAME=autoencoder-workbench

if [ -x ./mvnw ]; then MVN=./mvnw; else MVN=mvn; fi
$MVN -B -q package -DskipTests
VERSION=$(sed -n 's/^version=//p' target/classes/workbench/build.properties)
# jpackage wants a version of numbers only: 0.1.0-SNAPSHOT is packaged as 0.1.0
APP_VERSION=$(echo "$VERSION" | sed 's/[^0-9.].*$//')

DIST=target/dist
rm -rf "$DIST"
mkdir -p "$DIST/input"
cp target/workbench.jar "$DIST/input/"
MODULES=$(jdeps --ignore-missing-deps --print-module-deps --multi-release 17 target/workbench.jar)
echo "runtime modules: $MODULES"
# jdeps sees no service lookups: the zip file system (the bundled datasets are read from the jar as one)
# and the extra charsets are added by name
jlink --add-modules "$MODULES,jdk.incubator.vector,jdk.zipfs,jdk.charsets" --generate-cds-archive --strip-debug --no-man-pages --no-header-files \
    --compress=2 --output "$DIST/runtime"
jpackage --type app-image --name "$NAME" --app-version "$APP_VERSION" --input "$DIST/input" \
    --main-jar workbench.jar --main-class workbench.Launcher --runtime-image "$DIST/runtime" --dest "$DIST"
echo "app image: $DIST/$NAME ($(du -sh "$DIST/$NAME" | cut -f1))"

if [ "$PACKAGE" = deb ] && ! command -v dpkg-deb >/dev/null 2>&1; then
    echo "no dpkg-deb here: the app image is all this system makes"
    exit 0
fi
jpackage --type "$PACKAGE" --name "$NAME" --app-version "$APP_VERSION" --app-image "$DIST/$NAME" \
    --description "Design, train and explore autoencoders" --vendor "Autoencoder Workbench" --dest "$DIST"
ls -l "$DIST"/*."$PACKAGE" 2>/dev/null || ls -l "$DIST"
