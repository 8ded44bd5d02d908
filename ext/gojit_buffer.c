/*
 * gojit_buffer.c: the shared code buffer, made in MINIT before any fork.
 *
 * One memfd is mapped twice with MAP_SHARED: a read+write view that only the
 * compiler writes to, and a read+exec view that handlers point into. No page
 * is ever writable and executable at once, in any process, and every forked
 * php-fpm worker inherits both views at the same addresses. Allocation inside
 * the buffer is the Go shm package's job (shm/), with its state in the
 * buffer's first page.
 *
 * The per-process counter table is a private anonymous mapping made at the
 * same time: same address in every worker, separate contents per process, so
 * shared code can count into it without locks.
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include "gojit_internal.h"

#include <errno.h>
#include <sys/mman.h>
#include <unistd.h>

#define GOJIT_COUNTERS 65536

/* Linux 6.3+: with vm.memfd_noexec set, a memfd must ask to be executable. */
#ifndef MFD_EXEC
#define MFD_EXEC 0x0010U
#endif

gojit_buffer gojit_buf;

int gojit_buffer_map(uint64_t size)
{
	int fd;
	void *rw, *rx, *counters;

	if (size == 0) {
		snprintf(gojit_buf.error, sizeof(gojit_buf.error), "gojit.jit_buffer_size is 0");
		return FAILURE;
	}
	fd = memfd_create("gojit-code", MFD_CLOEXEC | MFD_EXEC);
	if (fd < 0 && errno == EINVAL) {
		fd = memfd_create("gojit-code", MFD_CLOEXEC); /* kernel older than 6.3 */
	}
	if (fd < 0) {
		snprintf(gojit_buf.error, sizeof(gojit_buf.error), "memfd_create: %s", strerror(errno));
		return FAILURE;
	}
	if (ftruncate(fd, (off_t)size) != 0) {
		snprintf(gojit_buf.error, sizeof(gojit_buf.error), "ftruncate(%llu): %s",
		         (unsigned long long)size, strerror(errno));
		close(fd);
		return FAILURE;
	}
	rw = mmap(NULL, size, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
	if (rw == MAP_FAILED) {
		snprintf(gojit_buf.error, sizeof(gojit_buf.error), "mmap rw: %s", strerror(errno));
		close(fd);
		return FAILURE;
	}
	rx = mmap(NULL, size, PROT_READ | PROT_EXEC, MAP_SHARED, fd, 0);
	if (rx == MAP_FAILED) {
		/* SELinux execmem-style policies land here: run without the JIT. */
		snprintf(gojit_buf.error, sizeof(gojit_buf.error), "mmap rx: %s", strerror(errno));
		munmap(rw, size);
		close(fd);
		return FAILURE;
	}
	close(fd); /* the mappings keep the memory alive */

	counters = mmap(NULL, GOJIT_COUNTERS * sizeof(uint64_t), PROT_READ | PROT_WRITE,
	                MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (counters == MAP_FAILED) {
		snprintf(gojit_buf.error, sizeof(gojit_buf.error), "mmap counters: %s", strerror(errno));
		munmap(rw, size);
		munmap(rx, size);
		return FAILURE;
	}

	gojit_buf.rw = rw;
	gojit_buf.rx = rx;
	gojit_buf.size = size;
	gojit_buf.counters = counters;
	gojit_buf.counters_len = GOJIT_COUNTERS;
	gojit_buf.error[0] = '\0';
	return SUCCESS;
}

void gojit_buffer_unmap(void)
{
	/* The engine (if loaded) is NODELETE and may still hold these pointers,
	 * but it is never called after MSHUTDOWN, so unmapping is safe. */
	if (gojit_buf.rw) {
		munmap(gojit_buf.rw, gojit_buf.size);
		munmap(gojit_buf.rx, gojit_buf.size);
		munmap(gojit_buf.counters, gojit_buf.counters_len * sizeof(uint64_t));
	}
	memset(&gojit_buf, 0, sizeof(gojit_buf));
}

bool gojit_buffer_owns(const void *addr)
{
	const uint8_t *p = addr;
	return gojit_buf.rx && p >= gojit_buf.rx && p < gojit_buf.rx + gojit_buf.size;
}
