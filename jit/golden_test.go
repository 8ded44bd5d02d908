package jit

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gojit/gojit/jit/internal/wire"
	"github.com/gojit/gojit/jit/internal/zend"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// TestGolden compiles each synthetic function with the asm listing on and
// compares against testdata/<name>.asm: the input ops, then the listing.
// Run "go test ./jit -run TestGolden -update" after an intended change and
// review the diff.
func TestGolden(t *testing.T) {
	env := Env{Counters: testCounters, CounterSlot: 5, Debug: DebugAsm}
	for _, c := range testFuncs {
		t.Run(c.name, func(t *testing.T) {
			res, err := Compile(wire.Encode(c.fn), env)
			if err != nil {
				t.Fatal(err)
			}
			got := "# input\n" + dumpOps(c.fn) + "# listing (counters " +
				fmt.Sprintf("%#x, slot %d", env.Counters, env.CounterSlot) + ")\n" + res.Listing
			path := filepath.Join("testdata", c.name+".asm")
			if *update {
				if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run with -update to create it)", err)
			}
			if got != string(want) {
				t.Errorf("%s differs (run with -update and review the diff):\n--- got\n%s--- want\n%s", path, got, want)
			}
		})
	}
}

// dumpOps lists a function's ops one per line.
func dumpOps(f *wire.Func) string {
	var sb strings.Builder
	fmt.Fprintf(&sb, "%s %q scope %q file %q flags %#x args %d/%d\n",
		f.Kind, f.Name, f.Scope, f.File, f.Flags, f.RequiredNumArgs, f.NumArgs)
	for i, op := range f.Ops {
		fmt.Fprintf(&sb, "#%-3d %-24s line %-4d handler %#x\n", i, zend.Opcode(op.Opcode), op.Lineno, op.Handler)
	}
	return sb.String()
}
