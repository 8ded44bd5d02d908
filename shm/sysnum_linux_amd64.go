package shm

// sysMemfdCreate is __NR_memfd_create on linux/amd64.
const sysMemfdCreate = 319
