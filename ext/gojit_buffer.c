/*
 * gojit_buffer.c: the shared code buffer, made in MINIT before any fork.
 *
 * Shared anonymous memory is mapped twice: a read+write view that only the
 * compiler writes to, and a read+exec view (made with mremap, which maps the
 * same pages again) that handlers point into. No page is ever writable and
 * executable at once, in any process, and every forked php-fpm worker
 * inherits both views at the same addresses. Shared anonymous memory shows as
 * "/dev/zero (deleted)" in /proc/PID/maps, which perf treats as anonymous
 * JIT memory and symbolizes with /tmp/perf-PID.map (a memfd would look like a
 * file to perf, which then ignores the map). Allocation inside
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


gojit_buffer gojit_buf;

/* The fallback when mremap cannot duplicate shared anonymous memory: the
 * pages of a memfd, mapped read+write and again read-only (made executable
 * by the caller). perf then sees a file mapping and ignores the perf map, so
 * this is only used when the first way fails. */
static int map_memfd(uint64_t size, void **rw, void **rx)
{
	int fd = memfd_create("gojit-code", MFD_CLOEXEC);

	if (fd < 0 || ftruncate(fd, (off_t)size) != 0) {
		snprintf(gojit_buf.error, sizeof(gojit_buf.error), "memfd: %s", strerror(errno));
		if (fd >= 0) {
			close(fd);
		}
		return FAILURE;
	}
	*rw = mmap(NULL, size, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
	*rx = *rw == MAP_FAILED ? MAP_FAILED : mmap(NULL, size, PROT_READ, MAP_SHARED, fd, 0);
	close(fd);
	if (*rx == MAP_FAILED) {
		snprintf(gojit_buf.error, sizeof(gojit_buf.error), "mmap memfd: %s", strerror(errno));
		if (*rw != MAP_FAILED) {
			munmap(*rw, size);
		}
		return FAILURE;
	}
	return SUCCESS;
}

int gojit_buffer_map(uint64_t size)
{
	void *rw, *rx, *counters;

	if (size == 0) {
		snprintf(gojit_buf.error, sizeof(gojit_buf.error), "gojit.jit_buffer_size is 0");
		return FAILURE;
	}
	rw = mmap(NULL, size, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
	if (rw == MAP_FAILED) {
		snprintf(gojit_buf.error, sizeof(gojit_buf.error), "mmap %llu bytes: %s",
		         (unsigned long long)size, strerror(errno));
		return FAILURE;
	}
	/* old_size 0 on a shared mapping: a second mapping of the same pages. */
	rx = mremap(rw, 0, size, MREMAP_MAYMOVE);
	if (rx == MAP_FAILED) {
		/* Valgrind, for one, does not emulate that: map a memfd twice. */
		int err = errno;
		munmap(rw, size);
		if (map_memfd(size, &rw, &rx) != SUCCESS) {
			snprintf(gojit_buf.error, sizeof(gojit_buf.error), "mremap: %s; %s", strerror(err),
			         gojit_buf.error);
			return FAILURE;
		}
	}
	if (mprotect(rx, size, PROT_READ | PROT_EXEC) != 0) {
		/* SELinux execmem-style policies land here: run without the JIT. */
		snprintf(gojit_buf.error, sizeof(gojit_buf.error), "mprotect r-x: %s", strerror(errno));
		munmap(rw, size);
		munmap(rx, size);
		return FAILURE;
	}

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
