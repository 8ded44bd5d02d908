/*
 * gojit_perf.c: symbols for perf (gojit.jit_debug 0x10 perf map, 0x20
 * jitdump), in every process that may run the code.
 *
 * Opcache writes /tmp/perf-PID.map only in the process that compiled a
 * function, so a php-fpm worker running code another worker compiled has no
 * symbols. gojit keeps a shared index of every code region (a MAP_SHARED
 * mapping made in MINIT, before fork, appended to by whichever process
 * installs code), and each process copies what it has not written yet into
 * its own map and dump: at request start, after compiling, and when a
 * script is loaded.
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include "gojit_internal.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#define PERF_INDEX_ENTRIES 32768
#define PERF_NAME_LEN 112

typedef struct perf_entry {
	uint64_t start;
	uint32_t size;
	uint32_t ready; /* set last: the entry is complete */
	char name[PERF_NAME_LEN];
} perf_entry;

typedef struct perf_index {
	uint64_t count; /* entries claimed (atomic) */
	uint64_t dropped;
	perf_entry entries[PERF_INDEX_ENTRIES];
} perf_index;

static perf_index *index_map;

/* This process's writers. Reset after fork: the files are per pid. */
static pid_t writer_pid;
static FILE *map_file;
static int dump_fd = -1;
static void *dump_marker = MAP_FAILED;
static uint64_t map_written, dump_written, dump_code_index;

/* jitdump format (linux tools/perf/Documentation/jitdump-specification.txt). */
#define JITDUMP_MAGIC 0x4A695444u
#define JITDUMP_VERSION 1u
#define JITDUMP_EM_X86_64 62u
#define JIT_CODE_LOAD 0u
#define JIT_CODE_CLOSE 3u

typedef struct jitdump_header {
	uint32_t magic, version, total_size, elf_mach, pad1, pid;
	uint64_t timestamp, flags;
} jitdump_header;

typedef struct jitdump_record {
	uint32_t id, total_size;
	uint64_t timestamp;
} jitdump_record;

typedef struct jitdump_load {
	jitdump_record hdr;
	uint32_t pid, tid;
	uint64_t vma, code_addr, code_size, code_index;
} jitdump_load;

void gojit_perf_startup(void)
{
	void *p = mmap(NULL, sizeof(perf_index), PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS,
	               -1, 0);
	index_map = p == MAP_FAILED ? NULL : p; /* no index: no symbols, nothing else lost */
}

void gojit_perf_shutdown(void)
{
	if (dump_fd >= 0 && writer_pid == getpid()) {
		jitdump_record close_rec = {JIT_CODE_CLOSE, sizeof(jitdump_record), 0};
		struct timespec ts;
		clock_gettime(CLOCK_MONOTONIC, &ts);
		close_rec.timestamp = (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
		if (write(dump_fd, &close_rec, sizeof(close_rec)) < 0) {
			/* nothing to do: the dump is a debugging aid */
		}
	}
	if (map_file) {
		fclose(map_file);
		map_file = NULL;
	}
	if (dump_marker != MAP_FAILED) {
		munmap(dump_marker, sysconf(_SC_PAGESIZE));
		dump_marker = MAP_FAILED;
	}
	if (dump_fd >= 0) {
		close(dump_fd);
		dump_fd = -1;
	}
	if (index_map) {
		munmap(index_map, sizeof(perf_index));
		index_map = NULL;
	}
}

void gojit_perf_register(uint64_t start, uint64_t size, const char *name)
{
	uint64_t i;
	perf_entry *e;

	if (!index_map) {
		return;
	}
	i = __atomic_fetch_add(&index_map->count, 1, __ATOMIC_ACQ_REL);
	if (i >= PERF_INDEX_ENTRIES) {
		__atomic_fetch_add(&index_map->dropped, 1, __ATOMIC_RELAXED);
		return;
	}
	e = &index_map->entries[i];
	e->start = start;
	e->size = (uint32_t)size;
	snprintf(e->name, sizeof(e->name), "%s", name);
	__atomic_store_n(&e->ready, 1, __ATOMIC_RELEASE);
}

static uint64_t monotonic_ns(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

static void open_writers(void)
{
	char path[64];
	pid_t pid = getpid();

	if (writer_pid != pid) {
		/* Inherited across fork: those files belong to the parent. */
		if (map_file) {
			fclose(map_file);
		}
		if (dump_fd >= 0) {
			close(dump_fd);
		}
		map_file = NULL;
		dump_fd = -1;
		dump_marker = MAP_FAILED;
		map_written = dump_written = dump_code_index = 0;
		writer_pid = pid;
	}
	if ((gojit_ini.debug & (GOJIT_DEBUG_PERF | GOJIT_DEBUG_PERF_DUMP)) && !map_file) {
		/* Truncate: a map left by a dead process with the same pid (pids
		 * wrap) would add its symbols to ours. This process writes every
		 * index entry itself (map_written starts at 0), so nothing of its
		 * own is lost. */
		snprintf(path, sizeof(path), "/tmp/perf-%d.map", (int)pid);
		map_file = fopen(path, "w");
		if (map_file) {
			setvbuf(map_file, NULL, _IOLBF, 0);
		}
	}
	if ((gojit_ini.debug & GOJIT_DEBUG_PERF_DUMP) && dump_fd < 0) {
		jitdump_header h = {JITDUMP_MAGIC, JITDUMP_VERSION, sizeof(jitdump_header),
		                    JITDUMP_EM_X86_64, 0, (uint32_t)pid, monotonic_ns(), 0};
		snprintf(path, sizeof(path), "/tmp/jit-%d.dump", (int)pid);
		dump_fd = open(path, O_CREAT | O_TRUNC | O_RDWR | O_CLOEXEC, 0666);
		if (dump_fd < 0) {
			return;
		}
		/* perf finds the dump through an executable mapping of its file. */
		dump_marker = mmap(NULL, sysconf(_SC_PAGESIZE), PROT_READ | PROT_EXEC, MAP_PRIVATE,
		                   dump_fd, 0);
		if (write(dump_fd, &h, sizeof(h)) != (ssize_t)sizeof(h)) {
			close(dump_fd);
			dump_fd = -1;
		}
	}
}

static void dump_entry(const perf_entry *e)
{
	jitdump_load rec;
	size_t name_len = strlen(e->name) + 1;

	rec.hdr.id = JIT_CODE_LOAD;
	rec.hdr.total_size = (uint32_t)(sizeof(rec) + name_len + e->size);
	rec.hdr.timestamp = monotonic_ns();
	rec.pid = (uint32_t)getpid();
	rec.tid = (uint32_t)syscall(SYS_gettid);
	rec.vma = rec.code_addr = e->start;
	rec.code_size = e->size;
	rec.code_index = dump_code_index++;
	/* The code bytes come from the executable view: what really runs. */
	if (write(dump_fd, &rec, sizeof(rec)) < 0 || write(dump_fd, e->name, name_len) < 0 ||
	    write(dump_fd, (const void *)(uintptr_t)e->start, e->size) < 0) {
		close(dump_fd);
		dump_fd = -1;
	}
}

void gojit_perf_sync(void)
{
	uint64_t n;

	if (!index_map || !(gojit_ini.debug & (GOJIT_DEBUG_PERF | GOJIT_DEBUG_PERF_DUMP))) {
		return;
	}
	open_writers();
	n = __atomic_load_n(&index_map->count, __ATOMIC_ACQUIRE);
	if (n > PERF_INDEX_ENTRIES) {
		n = PERF_INDEX_ENTRIES;
	}
	while (map_file && map_written < n &&
	       __atomic_load_n(&index_map->entries[map_written].ready, __ATOMIC_ACQUIRE)) {
		const perf_entry *e = &index_map->entries[map_written++];
		fprintf(map_file, "%" PRIx64 " %x %s\n", e->start, e->size, e->name);
	}
	while (dump_fd >= 0 && dump_written < n &&
	       __atomic_load_n(&index_map->entries[dump_written].ready, __ATOMIC_ACQUIRE)) {
		dump_entry(&index_map->entries[dump_written++]);
	}
}

uint64_t gojit_perf_index_count(void)
{
	return index_map ? __atomic_load_n(&index_map->count, __ATOMIC_ACQUIRE) : 0;
}
