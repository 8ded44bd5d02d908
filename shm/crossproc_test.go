package shm

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
	"unsafe"
)

// Child processes are this test binary re-executed with -test.run pointing
// at TestHelperProcess and the mode in helperEnv. They find the memfd on
// fd 3 and, in "alloc" mode, a start barrier (a pipe) on fd 4.
const (
	helperEnv     = "GOJIT_SHM_HELPER"
	helperIDEnv   = "GOJIT_SHM_HELPER_ID"
	helperSizeEnv = "GOJIT_SHM_HELPER_SIZE"
)

func helperCmd(mode string, id int, size uint64, files ...*os.File) *exec.Cmd {
	cmd := exec.Command(os.Args[0], "-test.run=^TestHelperProcess$", "-test.count=1")
	cmd.Env = append(os.Environ(),
		helperEnv+"="+mode,
		helperIDEnv+"="+strconv.Itoa(id),
		helperSizeEnv+"="+strconv.FormatUint(size, 10))
	cmd.ExtraFiles = files
	cmd.Stderr = os.Stderr
	return cmd
}

// TestHelperProcess is the child side; it does nothing in a normal run.
func TestHelperProcess(t *testing.T) {
	mode := os.Getenv(helperEnv)
	if mode == "" {
		t.Skip("helper process for the cross-process tests")
	}
	id, _ := strconv.Atoi(os.Getenv(helperIDEnv))
	size, _ := strconv.ParseUint(os.Getenv(helperSizeEnv), 10, 64)
	rw, rx, _, err := mapFD(3, size)
	if err != nil {
		t.Fatal(err)
	}
	rxBase := uintptr(unsafe.Pointer(&rx[0]))
	switch mode {
	case "alloc":
		// Wait until the parent has started every child, so that Open
		// (initialisation included) and the allocations really race.
		io.Copy(io.Discard, os.NewFile(4, "barrier"))
		b, err := Open(rw, rxBase)
		if err != nil {
			t.Fatal(err)
		}
		childAlloc(t, b, rw, id)
	case "lockdie":
		b, err := Open(rw, rxBase)
		if err != nil {
			t.Fatal(err)
		}
		// Some live chunks, which must survive the repair after the steal.
		for i := 0; i < 3; i++ {
			c, err := b.Alloc(uint64(100 * (i + 1)))
			if err != nil {
				t.Fatal(err)
			}
			fmt.Printf("chunk %d %d %d\n", c.Off, c.Size, 0)
		}
		b.Lock()
		fmt.Println("locked")
		// Die holding the lock, as a killed php-fpm worker would.
		syscall.Kill(os.Getpid(), syscall.SIGKILL)
		time.Sleep(time.Minute)
		t.Fatal("still alive after SIGKILL")
	default:
		t.Fatalf("unknown helper mode %q", mode)
	}
}

// childAlloc allocates, tags, checks and frees chunks from a few goroutines
// and prints the chunks it leaves live as "chunk off size tag".
func childAlloc(t *testing.T, b *Buffer, rw []byte, id int) {
	const goroutines, ops, maxLive = 4, 300, 20
	var mu sync.Mutex
	var out bytes.Buffer
	var wg sync.WaitGroup
	for g := 0; g < goroutines; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			rng := rand.New(rand.NewPCG(uint64(id), uint64(g)))
			type tagged struct {
				c   Chunk
				tag uint64
			}
			var live []tagged
			for i := 0; i < ops; i++ {
				if len(live) > 0 && (len(live) >= maxLive || rng.IntN(3) == 0) {
					j := rng.IntN(len(live))
					if err := tagError(rw, live[j].c, live[j].tag); err != nil {
						t.Error(err)
						return
					}
					if err := b.Free(live[j].c); err != nil {
						t.Errorf("Free: %v", err)
						return
					}
					live[j] = live[len(live)-1]
					live = live[:len(live)-1]
					continue
				}
				c, err := b.Alloc(1 + rng.Uint64N(1500))
				if errors.Is(err, ErrFull) {
					continue
				}
				if err != nil {
					t.Errorf("Alloc: %v", err)
					return
				}
				tag := uint64(id+1)<<40 | uint64(g)<<32 | uint64(i)
				fill(t, b, c, tag)
				live = append(live, tagged{c, tag})
			}
			mu.Lock()
			defer mu.Unlock()
			for _, x := range live {
				if err := tagError(rw, x.c, x.tag); err != nil {
					t.Error(err)
				}
				fmt.Fprintf(&out, "chunk %d %d %d\n", x.c.Off, x.c.Size, x.tag)
			}
		}()
	}
	wg.Wait()
	os.Stdout.Write(out.Bytes())
}

type childChunk struct {
	c   Chunk
	tag uint64
}

func parseChunks(t *testing.T, out []byte) []childChunk {
	var cs []childChunk
	for _, line := range strings.Split(string(out), "\n") {
		var x childChunk
		if n, _ := fmt.Sscanf(line, "chunk %d %d %d", &x.c.Off, &x.c.Size, &x.tag); n == 3 {
			cs = append(cs, x)
		}
	}
	return cs
}

func TestCrossProcessAlloc(t *testing.T) {
	if testing.Short() {
		t.Skip("starts child processes")
	}
	const size, children = 2 << 20, 4
	f, err := newMemfd(MemfdName, size)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rw, rx, closeFn, err := mapFD(int(f.Fd()), size)
	if err != nil {
		t.Fatal(err)
	}
	defer closeFn()
	pr, pw, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer pw.Close()

	cmds := make([]*exec.Cmd, children)
	outs := make([]*bytes.Buffer, children)
	for i := range cmds {
		outs[i] = new(bytes.Buffer)
		cmds[i] = helperCmd("alloc", i, size, f, pr)
		cmds[i].Stdout = outs[i]
		if err := cmds[i].Start(); err != nil {
			t.Fatal(err)
		}
	}
	// Release the barrier: the children see EOF once no write end is open.
	pr.Close()
	pw.Close()
	var all []Chunk
	var tagged []childChunk
	for i, cmd := range cmds {
		if err := cmd.Wait(); err != nil {
			t.Fatalf("child %d: %v\n%s", i, err, outs[i])
		}
		cs := parseChunks(t, outs[i].Bytes())
		if len(cs) == 0 {
			t.Fatalf("child %d reported no chunks:\n%s", i, outs[i])
		}
		tagged = append(tagged, cs...)
	}
	// The parent opens last: the header was initialised by a child.
	b, err := Open(rw, uintptr(unsafe.Pointer(&rx[0])))
	if err != nil {
		t.Fatal(err)
	}
	for _, x := range tagged {
		if err := tagError(rx, x.c, x.tag); err != nil {
			t.Fatal(err) // someone else wrote into this chunk
		}
		all = append(all, x.c)
	}
	checkState(t, b, all) // no overlap, used == sum, bitmap == reported chunks
	if st := b.Stats(); st.Peak < st.Used || st.LockSteals != 0 {
		t.Fatalf("stats %+v", st)
	}
}

func TestDeadOwnerSteal(t *testing.T) {
	if testing.Short() {
		t.Skip("starts child processes")
	}
	// zombie: the parent has not reaped the child when it tries to lock,
	// so kill(pid, 0) still succeeds and /proc/<pid>/stat says Z.
	// reaped: the pid is gone (ESRCH).
	for _, reap := range []bool{false, true} {
		name := map[bool]string{false: "zombie", true: "reaped"}[reap]
		t.Run(name, func(t *testing.T) { deadOwner(t, reap) })
	}
}

func deadOwner(t *testing.T, reapFirst bool) {
	const size = MinSize
	f, err := newMemfd(MemfdName, size)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rw, rx, closeFn, err := mapFD(int(f.Fd()), size)
	if err != nil {
		t.Fatal(err)
	}
	defer closeFn()
	b, err := Open(rw, uintptr(unsafe.Pointer(&rx[0])))
	if err != nil {
		t.Fatal(err)
	}
	mine, err := b.Alloc(500)
	if err != nil {
		t.Fatal(err)
	}

	cmd := helperCmd("lockdie", 0, size, f)
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	var theirs []Chunk
	sc := bufio.NewScanner(stdout)
	for sc.Scan() && sc.Text() != "locked" {
		theirs = append(theirs, parseChunks(t, sc.Bytes())[0].c)
	}
	if len(theirs) != 3 {
		cmd.Process.Kill()
		cmd.Wait()
		t.Fatalf("child did not lock (chunks %v)", theirs)
	}
	if tok := b.h.lock; tok>>32 != uint64(cmd.Process.Pid) {
		t.Fatalf("lock word %#x, want the child's pid %d", tok, cmd.Process.Pid)
	}
	if reapFirst {
		if err := cmd.Wait(); err == nil {
			t.Fatal("child exited cleanly, want SIGKILL")
		}
	}

	start := time.Now()
	done := make(chan struct{})
	go func() {
		b.Lock()
		close(done)
	}()
	select {
	case <-done:
	case <-time.After(20 * time.Second):
		t.Fatal("Lock still blocked on a dead owner after 20s")
	}
	t.Logf("lock taken over after %v", time.Since(start))
	if tok := b.h.lock; tok>>32 != b.pid {
		t.Fatalf("lock word %#x after steal, want our pid %d", tok, b.pid)
	}
	b.Unlock()
	if !reapFirst {
		cmd.Wait()
	}

	if st := b.Stats(); st.LockSteals != 1 {
		t.Fatalf("LockSteals %d, want 1", st.LockSteals)
	}
	// Repair keeps every live chunk: the child's are leaked, not lost.
	checkState(t, b, append(theirs, mine))
	c, err := b.Alloc(100)
	if err != nil {
		t.Fatal(err)
	}
	checkState(t, b, append(theirs, mine, c))
}
