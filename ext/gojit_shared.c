/*
 * gojit_shared.c: code of op_arrays in opcache's shared memory, given back
 * to the buffer after an opcache restart.
 *
 * opcache_reset(), a full cache (OOM) or a full hash table schedule a
 * restart; the first request that finds no process using the cache
 * (accel_is_inactive: no process holds its read lock, which a request takes
 * when it first touches the cache and keeps until its end) resets opcache's
 * shared memory to its state after startup (preloaded scripts survive) and
 * scripts are compiled again into new op_arrays. gojit's code for the old
 * ones is then unreachable, but nothing frees it, and the buffer fills up.
 *
 * opcache tells no other extension: it exports no hook and no symbol of its
 * shared globals, and the reset does not clear the old memory (the old
 * op_arrays, their patched handlers included, stay as they were until new
 * data overwrites them), so the op_arrays themselves cannot tell. What it
 * does publish is the number of restarts (opcache_get_status()'s
 * oom_restarts + hash_restarts + manual_restarts), and restarts are
 * exclusive with requests: a request that has touched the cache holds the
 * read lock, so no restart happens between its reading the count and its
 * end. Each region of code compiled for a shared op_array is therefore
 * recorded (in a MAP_SHARED table made in MINIT, seen by every process)
 * with the count the compiling request read; code recorded with a smaller
 * count than a request reads now belongs to op_arrays a restart wiped, which
 * no process can be running (none was in a request at the restart), and is
 * released. The count is read once per request, only when a shared op_array
 * is compiled (that is when space is needed), before the buffer lock is
 * taken (a PHP call may bail out). Without it (opcache.restrict_api set:
 * the call would warn) nothing is recorded and the code stays, as before.
 * An observer extension sees that one internal call.
 *
 * Not recorded: preloaded functions (they outlive restarts) and trigger stub
 * chunks of shared functions (T=1-3; small, and freeing them would need the
 * same bookkeeping in gojit_trigger.c).
 */
#include "gojit_internal.h"

#include "zend_exceptions.h"

#include <sys/mman.h>

#define SHARED_CODE_ENTRIES 65536
#define NO_COUNT UINT64_MAX

typedef struct shared_code {
	uint64_t restarts; /* opcache's restart count when it was compiled */
	uint64_t code_offset, code_size;
} shared_code;

typedef struct shared_table {
	uint64_t count;          /* records; changed under the buffer lock */
	uint64_t restarts;       /* the newest count seen (atomic) */
	uint64_t released_bytes; /* in all processes */
	shared_code entries[SHARED_CODE_ENTRIES];
} shared_table;

static shared_table *table;
static uint64_t request_count = NO_COUNT; /* this request's reading, NO_COUNT: not yet */
static bool request_count_read;
static uint64_t restarts_seen; /* for gojit_forget_dead_shared */

void gojit_shared_startup(void)
{
	void *p = mmap(NULL, sizeof(shared_table), PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS,
	               -1, 0);
	table = p == MAP_FAILED ? NULL : p; /* no table: the old leak, nothing else lost */
}

void gojit_shared_shutdown(void)
{
	if (table) {
		munmap(table, sizeof(shared_table));
		table = NULL;
	}
}

static uint64_t stat_long(HashTable *stats, const char *key)
{
	zval *v = zend_hash_str_find(stats, key, strlen(key));
	return v && Z_TYPE_P(v) == IS_LONG && Z_LVAL_P(v) >= 0 ? (uint64_t)Z_LVAL_P(v) : 0;
}

/* opcache's restart count, read once per request (constant during it). */
uint64_t gojit_opcache_restarts(void)
{
	zend_function *fn;
	zval arg, ret, *stats;
	const char *restrict_api;

	if (request_count_read) {
		return request_count;
	}
	if (EG(exception)) {
		return NO_COUNT; /* a call now would see it; try at the next compile */
	}
	request_count_read = true;
	restrict_api = zend_ini_string("opcache.restrict_api", sizeof("opcache.restrict_api") - 1, 0);
	fn = zend_hash_str_find_ptr(EG(function_table), "opcache_get_status",
	                            sizeof("opcache_get_status") - 1);
	if (!table || !fn || fn->type != ZEND_INTERNAL_FUNCTION || (restrict_api && *restrict_api)) {
		return request_count = NO_COUNT;
	}
	ZVAL_FALSE(&arg);
	ZVAL_UNDEF(&ret);
	zend_call_known_function(fn, NULL, NULL, &ret, 1, &arg, NULL);
	if (Z_TYPE(ret) == IS_ARRAY &&
	    (stats = zend_hash_str_find(Z_ARRVAL(ret), "opcache_statistics",
	                                sizeof("opcache_statistics") - 1)) &&
	    Z_TYPE_P(stats) == IS_ARRAY) {
		request_count = stat_long(Z_ARRVAL_P(stats), "oom_restarts") +
		                stat_long(Z_ARRVAL_P(stats), "hash_restarts") +
		                stat_long(Z_ARRVAL_P(stats), "manual_restarts");
	}
	zval_ptr_dtor(&ret);
	if (EG(exception)) {
		zend_clear_exception(); /* cannot happen (none was pending): never leak one */
		request_count = NO_COUNT;
	}
	return request_count;
}

void gojit_shared_request_end(void)
{
	request_count_read = false;
	request_count = NO_COUNT;
}

/* Releases the code recorded before the last restart. The caller holds the
 * buffer lock. */
static uint64_t sweep(gojit_engine *eng, uint64_t restarts)
{
	uint64_t i = 0, released = 0;

	while (i < table->count) {
		shared_code *e = &table->entries[i];
		if (e->restarts >= restarts) {
			i++;
			continue;
		}
		eng->release(e->code_offset, e->code_size);
		released += e->code_size;
		*e = table->entries[--table->count]; /* order does not matter */
	}
	table->released_bytes += released;
	__atomic_store_n(&table->restarts, restarts, __ATOMIC_RELEASE);
	return released;
}

void gojit_shared_register(gojit_engine *eng, const zend_op_array *op_array, uint64_t restarts,
                           uint64_t code_offset, uint64_t code_size)
{
	uint64_t released = 0;
	shared_code *e;

	/* The caller holds the buffer lock (shared op_arrays compile under it). */
	if (!table || restarts == NO_COUNT || (op_array->fn_flags & ZEND_ACC_PRELOADED)) {
		return;
	}
	if (restarts > table->restarts) {
		released = sweep(eng, restarts);
	}
	if (table->count < SHARED_CODE_ENTRIES) {
		e = &table->entries[table->count++];
		e->restarts = restarts;
		e->code_offset = code_offset;
		e->code_size = code_size;
	}
	if (released) {
		gojit_shared_released_space();
		if (gojit_ini.debug & GOJIT_DEBUG_COMPILE) {
			gojit_log("opcache restarted: released %llu bytes of code of its old op_arrays",
			          (unsigned long long)released);
		}
	}
}

void gojit_shared_check(void)
{
	uint64_t restarts;

	if (!table) {
		return;
	}
	restarts = __atomic_load_n(&table->restarts, __ATOMIC_ACQUIRE);
	if (restarts != restarts_seen) {
		restarts_seen = restarts;
		gojit_forget_dead_shared(restarts); /* this process's list for the status */
	}
}

uint64_t gojit_shared_released_bytes(void)
{
	return table ? __atomic_load_n(&table->released_bytes, __ATOMIC_RELAXED) : 0;
}
