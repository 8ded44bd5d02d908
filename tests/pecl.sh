#!/usr/bin/env bash
# The PECL way, in a scratch copy of the tree so the checkout stays clean:
# phpize && ./configure --enable-gojit && make && make install, then load the
# installed extension and check it works.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# The working tree as it is: tracked files and new ones not yet committed
# (never ignored ones such as build/), so that a new source file a build
# needs is caught before it is committed.
if git -C "$here" rev-parse --git-dir >/dev/null 2>&1; then
  git -C "$here" ls-files -z --cached --others --exclude-standard |
    (cd "$here" && xargs -0 sh -c 'for f; do [ -e "$f" ] && cp --parents -t "$0" "$f"; done' "$work")
else
  (cd "$here" && find . -path ./build -prune -o -type f -print0 | xargs -0 cp --parents -t "$work")
fi
cd "$work"
rm -f GNUmakefile # test the plain phpize Makefile, as `pecl` would run it
phpize >/dev/null
./configure --enable-gojit >/dev/null
make -j2 >/dev/null
make install INSTALL_ROOT="$work/root" >/dev/null
ext="$work/root$(php-config --extension-dir)"
ls -l "$ext"
test -f "$ext/gojit.so" && test -f "$ext/gojit-engine.so"
out=$(php -n -d "extension=$ext/gojit.so" -r 'function f($x){return $x*2;} echo f(21), " ", json_encode(gojit_get_status()["engine_loaded"]), "\n";')
echo "$out"
[ "$out" = "42 true" ]
echo "pecl: 1 passed, 0 failed"
