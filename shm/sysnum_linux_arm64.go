package shm

// sysMemfdCreate is __NR_memfd_create on linux/arm64.
const sysMemfdCreate = 279
