#!/usr/bin/env bash
# Consumer tests: build a small downstream program against newsprov the four
# ways C++ users consume it, each with the README's own snippet, read from
# README.md (the fenced block after `<!-- consumer:NAME -->`), used verbatim.
# Usage: tests/consumer/run.sh [C++ compiler]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
cxx=${1:-${CXX:-c++}}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
step() { printf '\n== consumer: %s\n' "$1"; }

# The README's snippet NAME: the lines of the first fenced block after its marker.
snippet() {
    awk -v marker="<!-- consumer:$1 -->" '
        $0 == marker { armed = 1; next }
        armed && /^```/ { if (inside) exit; inside = 1; next }
        inside { print }' "$root/README.md"
}
# A fresh consumer folder with app.cpp and the README's snippet as FILE.
consumer() {  # NAME FILE
    mkdir -p "$work/$1"
    cp "$here/app.cpp" "$work/$1/app.cpp"
    snippet "$1" > "$work/$1/$2"
    [ -s "$work/$1/$2" ] || { echo "README.md has no snippet <!-- consumer:$1 -->"; exit 1; }
    echo "--- $2 (from README.md)"; cat "$work/$1/$2"
}
# A copy of the source tree, as a wrap, a vendored folder or a submodule gives.
copy_source() {  # DEST
    mkdir -p "$1"
    (cd "$root" && { git ls-files -z --cached --others --exclude-standard 2>/dev/null || find . -type f -print0; } |
        xargs -0 tar cf -) | tar xf - -C "$1"
}
# `c++` in the README's command is the compiler under test.
mkdir -p "$work/bin"
ln -s "$(command -v "$cxx")" "$work/bin/c++"

step "install, then move the installed tree (relocatable package)"
cmake -S "$root" -B "$work/build" -G Ninja -DCMAKE_CXX_COMPILER="$cxx" \
    -DNEWSPROV_BUILD_TESTS=OFF -DNEWSPROV_BUILD_EXAMPLES=OFF -DNEWSPROV_BUILD_BENCHMARKS=OFF -DNEWSPROV_BUILD_TOOLS=OFF \
    -DNEWSPROV_INSTALL=ON -DCMAKE_INSTALL_PREFIX="$work/prefix" >/dev/null
cmake --install "$work/build" >/dev/null
mv "$work/prefix" "$work/moved"
test ! -e "$work/prefix"
test -f "$work/moved/share/pkgconfig/newsprov.pc" || { echo "the .pc file is not where README says (share/pkgconfig)"; exit 1; }

step "CMake find_package (README snippet)"
consumer find_package CMakeLists.txt
cmake -S "$work/find_package" -B "$work/find_package/build" -G Ninja -DCMAKE_CXX_COMPILER="$cxx" \
    -DCMAKE_PREFIX_PATH="$work/moved" >/dev/null
cmake --build "$work/find_package/build" >/dev/null
"$work/find_package/build/app"

step "find_package rejects an incompatible version"
mkdir -p "$work/too_new"
cat > "$work/too_new/CMakeLists.txt" <<'CM'
cmake_minimum_required(VERSION 3.25)
project(too_new LANGUAGES NONE)
find_package(newsprov 1.0 CONFIG QUIET)
if(newsprov_FOUND)
  message(FATAL_ERROR "newsprov 1.0 was requested but an incompatible version was accepted")
endif()
CM
cmake -S "$work/too_new" -B "$work/too_new/build" -DCMAKE_PREFIX_PATH="$work/moved" >/dev/null
echo "incompatible version refused"

step "pkg-config (README command, run as written)"
consumer pkg-config build.sh
# The original prefix is gone, so this compiles only if the .pc file follows the move.
(cd "$work/pkg-config" && PATH="$work/bin:$PATH" PKG_CONFIG_PATH="$work/moved/share/pkgconfig" sh ./build.sh)
"$work/pkg-config/app"

step "CMake add_subdirectory (README snippet)"
consumer add_subdirectory CMakeLists.txt
copy_source "$work/add_subdirectory/newsprov"
cmake -S "$work/add_subdirectory" -B "$work/add_subdirectory/build" -G Ninja -DCMAKE_CXX_COMPILER="$cxx" >/dev/null
cmake --build "$work/add_subdirectory/build" >/dev/null
"$work/add_subdirectory/build/app"

step "Meson subproject (README snippet; the consumer sets nothing else)"
consumer meson meson.build
copy_source "$work/meson/subprojects/newsprov"
CXX="$cxx" meson setup "$work/meson/build" "$work/meson" >/dev/null
meson compile -C "$work/meson/build" >/dev/null
"$work/meson/build/app"

printf '\nconsumer tests: all passed (README snippets used verbatim)\n'
