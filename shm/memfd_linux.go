package shm

import (
	"syscall"
	"unsafe"
)

// memfd_create(2) flags (include/uapi/linux/memfd.h).
const (
	mfdCloexec = 0x1
	mfdExec    = 0x10
)

// memfdCreate calls memfd_create(2). The standard syscall package has no
// wrapper (and no syscall number on amd64); golang.org/x/sys/unix has one,
// but importing it does not build with the repository's go.mod as it stands
// (x/sys v0.38.0 declares go 1.24.0, newer than the module's "go 1.24").
func memfdCreate(name string, flags int) (int, error) {
	p, err := syscall.BytePtrFromString(name)
	if err != nil {
		return -1, err
	}
	fd, _, errno := syscall.Syscall(sysMemfdCreate, uintptr(unsafe.Pointer(p)), uintptr(flags), 0)
	if errno != 0 {
		return -1, errno
	}
	return int(fd), nil
}
