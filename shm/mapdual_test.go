package shm

import (
	"bytes"
	"os"
	"strconv"
	"strings"
	"testing"
	"unsafe"
)

func mapDual(t *testing.T, size uint64) (rw, rx []byte) {
	t.Helper()
	rw, rx, closeFn, err := MapDual(size)
	if err != nil {
		t.Fatalf("MapDual: %v", err)
	}
	t.Cleanup(func() {
		if err := closeFn(); err != nil {
			t.Errorf("close: %v", err)
		}
	})
	return rw, rx
}

func TestMapDualViews(t *testing.T) {
	rw, rx := mapDual(t, 1<<20)
	b, err := Open(rw, uintptr(unsafe.Pointer(&rx[0])))
	if err != nil {
		t.Fatal(err)
	}
	// The header written through rw is visible through rx.
	if !bytes.Equal(rx[:HeaderSize], rw[:HeaderSize]) {
		t.Fatal("rx view does not show the header")
	}
	c, err := b.Alloc(1000)
	if err != nil {
		t.Fatal(err)
	}
	code := []byte{0x55, 0x48, 0x89, 0xe5, 0x5d, 0xc3} // push rbp; mov rbp,rsp; pop rbp; ret
	if err := b.Write(c, 64, code); err != nil {
		t.Fatal(err)
	}
	if got := rx[c.Off+64 : c.Off+64+uint64(len(code))]; !bytes.Equal(got, code) {
		t.Fatalf("rx view shows % x, want % x", got, code)
	}
	if want := uintptr(unsafe.Pointer(&rx[c.Off])); b.RX(c) != want {
		t.Fatalf("RX = %#x, want %#x", b.RX(c), want)
	}
}

// TestNoWritableExecutableMapping reads /proc/self/maps: every mapping of
// the memfd must be writable or executable, never both.
func TestNoWritableExecutableMapping(t *testing.T) {
	rw, rx := mapDual(t, MinSize)
	if _, err := Open(rw, uintptr(unsafe.Pointer(&rx[0]))); err != nil {
		t.Fatal(err)
	}
	maps, err := os.ReadFile("/proc/self/maps")
	if err != nil {
		t.Skipf("no /proc/self/maps: %v", err)
	}
	rwStart := uint64(uintptr(unsafe.Pointer(&rw[0])))
	rxStart := uint64(uintptr(unsafe.Pointer(&rx[0])))
	var sawRW, sawRX bool
	for _, line := range strings.Split(string(maps), "\n") {
		if !strings.Contains(line, "/memfd:"+MemfdName) {
			continue
		}
		// "start-end perms offset dev inode path"
		f := strings.Fields(line)
		perms := f[1]
		if strings.Contains(perms, "w") && strings.Contains(perms, "x") {
			t.Errorf("writable and executable memfd mapping: %s", line)
		}
		if perms[3] != 's' {
			t.Errorf("memfd mapping not shared: %s", line)
		}
		start, _ := strconv.ParseUint(strings.SplitN(f[0], "-", 2)[0], 16, 64)
		switch start {
		case rwStart:
			sawRW = perms[:3] == "rw-"
		case rxStart:
			sawRX = perms[:3] == "r-x"
		}
	}
	if !sawRW || !sawRX {
		t.Fatalf("did not find the rw- (%v) and r-x (%v) mappings in:\n%s", sawRW, sawRX, maps)
	}
}

func TestMapDualRejects(t *testing.T) {
	for _, size := range []uint64{0, 100, PageSize + 1} {
		if _, _, _, err := MapDual(size); err == nil {
			t.Errorf("MapDual(%d) succeeded", size)
		}
	}
}
