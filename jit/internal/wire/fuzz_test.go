package wire

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the FuzzDecode seed corpus in testdata/fuzz")

// seeds are valid and near-valid buffers the fuzzer mutates from.
func seeds() map[string][]byte {
	noSSA := sample()
	noSSA.Blocks, noSSA.SSAVars, noSSA.SSAOps = nil, nil, nil
	for i := range noSSA.Ops {
		noSSA.Ops[i].Block = NoBlock
	}
	main := &Func{Kind: KindMain, File: "/srv/index.php", LineStart: 1, LineEnd: 3,
		Ops: []Op{{Handler: 0x5555_0000_1000, HandlerFunc: 0x5555_1000_1000, Opcode: 136, Op1Type: 1, Lineno: 2, Block: NoBlock},
			{Handler: 0x5555_0000_2000, Opcode: 62, Op1Type: 1, Lineno: 3, Block: NoBlock}},
		Literals: []Literal{{Type: 6, StrLen: 5}, {Value: 1, Type: 4}}}
	truncated := Encode(sample())
	unknown := append(Encode(main), 99, 0, 0, 0, 2, 0, 0, 0, 1, 2)
	return map[string][]byte{
		"full":      Encode(sample()),
		"no-ssa":    Encode(noSSA),
		"main":      Encode(main),
		"minimal":   Encode(&Func{Ops: []Op{}}),
		"unknown":   unknown,
		"truncated": truncated[:len(truncated)-5],
		"header":    truncated[:headerSize],
	}
}

func FuzzDecode(f *testing.F) {
	for _, s := range seeds() {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		fn, err := Decode(b)
		if err != nil {
			return
		}
		enc := Encode(fn)
		if len(enc) > len(b) {
			// Encode drops unknown sections and reserved bytes, never adds.
			t.Fatalf("re-encoding grew from %d to %d bytes", len(b), len(enc))
		}
		fn2, err := Decode(enc)
		if err != nil {
			t.Fatalf("re-encoded buffer rejected: %v", err)
		}
		if !reflect.DeepEqual(fn, fn2) {
			t.Fatalf("decode(encode(f)) != f:\n%+v\n%+v", fn, fn2)
		}
		if !bytes.Equal(Encode(fn2), enc) {
			t.Fatal("Encode is not canonical")
		}
	})
}

// TestSeedCorpus keeps testdata/fuzz/FuzzDecode in step with seeds(); run
// with -update to rewrite it.
func TestSeedCorpus(t *testing.T) {
	dir := filepath.Join("testdata", "fuzz", "FuzzDecode")
	for name, b := range seeds() {
		path := filepath.Join(dir, "seed-"+name)
		want := fmt.Sprintf("go test fuzz v1\n[]byte(%q)\n", b)
		if *update {
			if err := os.MkdirAll(dir, 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(path, []byte(want), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		got, err := os.ReadFile(path)
		if err != nil {
			t.Fatalf("%v (run go test -update)", err)
		}
		if string(got) != want {
			t.Errorf("%s is stale (run go test -update)", path)
		}
	}
}
