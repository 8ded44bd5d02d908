package shm

import (
	"errors"
	"fmt"
	"os"
	"sync"

	"golang.org/x/sys/unix"
)

// MemfdName is the name MapDual gives its memfd (and the C module gives
// its own); it shows in /proc/<pid>/maps as /memfd:gojit-code.
const MemfdName = "gojit-code"

// MapDual creates a memfd of size bytes and maps it twice with MAP_SHARED:
// rw is PROT_READ|PROT_WRITE, rx is PROT_READ|PROT_EXEC, so no mapping is
// ever writable and executable. closeFn unmaps both. In production the C
// module does this in MINIT; MapDual is for tests and tools.
func MapDual(size uint64) (rw, rx []byte, closeFn func() error, err error) {
	f, err := newMemfd(MemfdName, size)
	if err != nil {
		return nil, nil, nil, err
	}
	defer f.Close() // the mappings keep the memory alive
	return mapFD(int(f.Fd()), size)
}

// newMemfd creates a memfd of the given size. It asks for MFD_EXEC because
// with the vm.memfd_noexec sysctl set (Linux >= 6.3) a memfd created without
// it may be sealed against PROT_EXEC; kernels that predate the flag reject it
// with EINVAL, and then it is not needed.
func newMemfd(name string, size uint64) (*os.File, error) {
	if size == 0 || size%PageSize != 0 || size > 1<<62 {
		return nil, fmt.Errorf("%w: size %d", ErrBadBuffer, size)
	}
	fd, err := unix.MemfdCreate(name, unix.MFD_CLOEXEC|unix.MFD_EXEC)
	if errors.Is(err, unix.EINVAL) {
		fd, err = unix.MemfdCreate(name, unix.MFD_CLOEXEC)
	}
	if err != nil {
		return nil, fmt.Errorf("shm: memfd_create: %w", err)
	}
	f := os.NewFile(uintptr(fd), "memfd:"+name)
	if err := unix.Ftruncate(fd, int64(size)); err != nil {
		f.Close()
		return nil, fmt.Errorf("shm: ftruncate(%d): %w", size, err)
	}
	return f, nil
}

// mapFD maps size bytes of fd twice, read+write and read+exec.
func mapFD(fd int, size uint64) (rw, rx []byte, closeFn func() error, err error) {
	if size == 0 || size > 1<<62 {
		return nil, nil, nil, fmt.Errorf("%w: size %d", ErrBadBuffer, size)
	}
	rw, err = unix.Mmap(fd, 0, int(size), unix.PROT_READ|unix.PROT_WRITE, unix.MAP_SHARED)
	if err != nil {
		return nil, nil, nil, fmt.Errorf("shm: mmap rw: %w", err)
	}
	rx, err = unix.Mmap(fd, 0, int(size), unix.PROT_READ|unix.PROT_EXEC, unix.MAP_SHARED)
	if err != nil {
		unix.Munmap(rw)
		return nil, nil, nil, fmt.Errorf("shm: mmap rx: %w", err)
	}
	var once sync.Once
	var cerr error
	closeFn = func() error {
		once.Do(func() { cerr = errors.Join(unix.Munmap(rw), unix.Munmap(rx)) })
		return cerr
	}
	return rw, rx, closeFn, nil
}
