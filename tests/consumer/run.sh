#!/usr/bin/env bash
# Consumer tests: build a small downstream program against newsprov the four
# ways C++ users consume it. Usage: tests/consumer/run.sh [C++ compiler]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
cxx=${1:-${CXX:-c++}}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
step() { printf '\n== consumer: %s\n' "$1"; }

step "install, then move the installed tree (relocatable package)"
cmake -S "$root" -B "$work/build" -G Ninja -DCMAKE_CXX_COMPILER="$cxx" \
    -DNEWSPROV_BUILD_TESTS=OFF -DNEWSPROV_BUILD_EXAMPLES=OFF -DNEWSPROV_BUILD_BENCHMARKS=OFF \
    -DNEWSPROV_INSTALL=ON -DCMAKE_INSTALL_PREFIX="$work/prefix" >/dev/null
cmake --install "$work/build" >/dev/null
mv "$work/prefix" "$work/moved"
test ! -e "$work/prefix"

step "find_package(newsprov 0.1 CONFIG REQUIRED)"
cmake -S "$here/cmake_app" -B "$work/find_package" -G Ninja -DCMAKE_CXX_COMPILER="$cxx" \
    -DCMAKE_PREFIX_PATH="$work/moved" >/dev/null
cmake --build "$work/find_package" >/dev/null
"$work/find_package/app"

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

step "pkg-config"
pc_flags=$(PKG_CONFIG_PATH="$work/moved/share/pkgconfig" pkg-config --cflags newsprov)
# The original prefix is gone, so this compiles only if the .pc file follows the move.
# shellcheck disable=SC2086
"$cxx" -std=c++20 -Wall -Wextra -Werror $pc_flags "$here/app.cpp" -o "$work/pkgconfig_app"
"$work/pkgconfig_app"

step "add_subdirectory"
cmake -S "$here/cmake_app" -B "$work/add_subdirectory" -G Ninja -DCMAKE_CXX_COMPILER="$cxx" \
    -DNEWSPROV_SOURCE="$root" >/dev/null
cmake --build "$work/add_subdirectory" >/dev/null
"$work/add_subdirectory/app"

step "Meson subproject"
mkdir -p "$work/meson_app/subprojects"
cp "$here/meson_app/meson.build" "$work/meson_app/"
cp "$here/app.cpp" "$work/app.cpp"
# A subproject is a copy of the source tree as a wrap or a vendored folder would give.
(cd "$root" && git ls-files -z --cached --others --exclude-standard 2>/dev/null || find . -type f -print0) | \
    (cd "$root" && xargs -0 tar cf -) | (mkdir -p "$work/meson_app/subprojects/newsprov" && \
    tar xf - -C "$work/meson_app/subprojects/newsprov")
CXX="$cxx" meson setup "$work/meson_app/build" "$work/meson_app" >/dev/null
meson compile -C "$work/meson_app/build" >/dev/null
"$work/meson_app/build/app"

printf '\nconsumer tests: all passed\n'
