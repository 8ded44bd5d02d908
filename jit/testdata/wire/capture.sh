#!/bin/sh
# Re-captures the wire buffers of jit/testdata/wire/ from real PHP runs
# (GOJIT_DUMP_WIRE, see the engine package doc), then names them
# <level>/<script>.<function>.wire. Run from anywhere after `make`:
#
#   jit/testdata/wire/capture.sh
#   go test ./jit -run TestGoldenWire -update    # then review the diff
#
# Handler and op_array addresses differ from run to run (ASLR), so every
# capture changes the .wire files; the golden .asm files normalise them.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
PHP=${PHP:-php}
SO=${GOJIT_SO:-$root/build/gojit.so}

# What to keep, per gojit.jit value: <script>.<sanitized function name>.
keep_1205="args.add args.typed args.defaults args.variadic
	classes.main classes.App_Calc_scale classes.App_closure classes.App_counter
	loops.sum_ints loops.mix loops.guarded"
keep_1201="args.defaults loops.sum_ints loops.mix loops.guarded
	classes.App_counter control.finally_ret control.tables"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

for level in 1205 1201; do
	eval "keep=\$keep_$level"
	mkdir -p "$here/$level"
	rm -f "$here/$level"/*.wire # the golden .asm files stay
	for src in "$here"/src/*.php; do
		script=$(basename "$src" .php)
		GOJIT_DUMP_WIRE="$tmp/$level/$script" "$PHP" -n -d "extension=$SO" \
			-d gojit.jit="$level" "$src" >/dev/null
	done
	for want in $keep; do
		script=${want%%.*}
		func=${want#*.}
		set -- "$tmp/$level/$script/$func"-*.wire
		if [ $# -ne 1 ] || [ ! -f "$1" ]; then
			echo "capture.sh: $level: want exactly one wire for $func in $script.php, got: $*" >&2
			exit 1
		fi
		cp "$1" "$here/$level/$want.wire"
	done
done
ls -l "$here"/1205/*.wire "$here"/1201/*.wire
