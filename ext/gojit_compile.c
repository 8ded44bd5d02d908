/*
 * gojit_compile.c: compiles one op_array and installs the result. This is the
 * only place that patches zend_op.handler.
 *
 * Fail soft: whatever goes wrong (engine missing, compiler error, Go panic,
 * full buffer), the op_array is left untouched and keeps running in the VM;
 * the reason is counted and shown by gojit_get_status().
 */
#include "gojit_internal.h"
#include "SAPI.h"

#include <time.h>

gojit_stats gojit_stat;

/* Why compilation is off for the rest of this process (opcache JIT active). */
static char process_off_reason[256];
static bool warned_full, warned_protect;

/* Code of an op_array that dies with the request (no opcache). eval() and
 * include free their op_arrays right after running them, so waiting for the
 * request to end would let a loop of evals fill the buffer: the op_array's
 * reserved slot points at its record, and gojit_op_array_dtor releases the
 * code when the op_array dies. Functions and classes are not destroyed one by
 * one at request end (fast shutdown discards their tables), so whatever is
 * left is released at post-deactivate. Records are allocated one by one (a
 * closure copy may share one: gojit_trigger.c) and listed for that sweep. */
typedef struct code_ref {
	uint64_t offset, size;
	bool released;
} code_ref;
static code_ref **req_refs;
static size_t req_refs_len, req_refs_cap;
int gojit_rid = -1;

/* Functions compiled by this process, for gojit_get_status(true). */
typedef struct compiled_fn {
	const char *state; /* "compiled", "failed" or "skipped" */
	char reason[160];  /* why failed or skipped */
	char name[128];
	char file[256];
	uint32_t line;
	uint32_t entries;
	uint32_t slot; /* entry counter slot, UINT32_MAX for none */
	uint64_t code_address;
	uint32_t oplines, native_ops; /* native coverage: ops with inline code */
	uint64_t code_size;
	uint64_t compile_ns;
	bool request_local;
	uint8_t trigger; /* what compiled it: 0 load, 1-3 a trigger, 4 @jit */
	/* Shared code: opcache's restart count when compiled (gojit_shared.c),
	 * UINT64_MAX for none. */
	uint64_t restarts;
} compiled_fn;
#define MAX_COMPILED_FNS 4096
static compiled_fn *fns;
static size_t fns_len;

void gojit_log(const char *fmt, ...)
{
	char msg[1024];
	char line[1100];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	/* php_log_err goes to error_log, or to the SAPI's log (stderr in the
	 * CLI, the pool's log in php-fpm): never into the script's output. */
	snprintf(line, sizeof(line), "gojit: %s", msg);
	php_log_err_with_severity(line, LOG_WARNING);
}

void gojit_set_process_off(const char *reason)
{
	snprintf(process_off_reason, sizeof(process_off_reason), "%s", reason);
}

const char *gojit_disabled_reason(void)
{
	if (process_off_reason[0]) {
		return process_off_reason;
	}
	if (!gojit_ini.enable) {
		return "gojit.enable is 0";
	}
	if (gojit_ini.jit_off) {
		return "gojit.jit is off";
	}
	if (!gojit_buf.rw) {
		return gojit_buf.error[0] ? gojit_buf.error : "no code buffer";
	}
	if (gojit_eng.state == -1) {
		return gojit_eng.error;
	}
	if (gojit_stat.buffer_full) {
		return "the code buffer is full";
	}
	return NULL;
}

static void describe_op_array(const zend_op_array *op_array, char *out, size_t len)
{
	if (op_array->function_name && op_array->scope) {
		snprintf(out, len, "%s::%s", ZSTR_VAL(op_array->scope->name),
		         ZSTR_VAL(op_array->function_name));
	} else if (op_array->function_name) {
		snprintf(out, len, "%s", ZSTR_VAL(op_array->function_name));
	} else {
		snprintf(out, len, op_array->type == ZEND_EVAL_CODE ? "{eval}" : "{main}");
	}
}

static bool already_compiled(const zend_op_array *op_array)
{
	uint32_t i;
	for (i = 0; i < op_array->last; i++) {
		const void *h = op_array->opcodes[i].handler;
		/* An armed trigger stub is not code for the function (gojit_trigger.c). */
		if (gojit_buffer_owns(h) && !gojit_trigger_record_of(h)) {
			return true;
		}
	}
	return false;
}

static bool protect_memory_forbids(bool shared)
{
	if (!shared || !INI_BOOL("opcache.protect_memory")) {
		return false;
	}
	/* To the log, not zend_error(): a user error handler could turn a
	 * warning raised inside the compile hook into an exception. */
	if (!warned_protect) {
		warned_protect = true;
		gojit_log("opcache.protect_memory=1 makes opcache's shared memory read-only, so gojit "
		          "cannot install code there; set opcache.protect_memory=0 (it is a debugging "
		          "aid) to use gojit");
	}
	return true;
}

static uint64_t now_ns(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

static void remember(const zend_op_array *op_array, const char *state, const char *reason,
                     const gojit_compile_result *res, uint64_t ns, bool request_local)
{
	compiled_fn *f;

	if (!fns) {
		fns = pemalloc(sizeof(compiled_fn) * MAX_COMPILED_FNS, 1);
	}
	if (fns_len == MAX_COMPILED_FNS) {
		return;
	}
	f = &fns[fns_len++];
	f->state = state;
	snprintf(f->reason, sizeof(f->reason), "%s", reason);
	describe_op_array(op_array, f->name, sizeof(f->name));
	snprintf(f->file, sizeof(f->file), "%s", op_array->filename ? ZSTR_VAL(op_array->filename) : "");
	f->line = op_array->line_start;
	f->entries = res ? res->entry_count : 0;
	f->slot = res ? res->counter_slot : UINT32_MAX;
	f->code_size = res ? res->code_size : 0;
	f->code_address = res ? (uint64_t)(uintptr_t)gojit_buf.rx + res->code_offset : 0;
	f->oplines = op_array->last;
	f->native_ops = res ? res->native_ops : 0;
	f->compile_ns = ns;
	f->request_local = request_local;
	f->trigger = (uint8_t)gojit_trigger_current();
	f->restarts = UINT64_MAX;
}

void gojit_shared_released_space(void)
{
	gojit_stat.buffer_full = false; /* try again */
}

/* Drops the functions whose shared code an opcache restart killed (their
 * op_arrays are gone; another process may have released the code). */
void gojit_forget_dead_shared(uint64_t restarts)
{
	size_t i, kept = 0;

	for (i = 0; i < fns_len; i++) {
		if (fns[i].restarts == UINT64_MAX || fns[i].restarts >= restarts) {
			fns[kept++] = fns[i];
		}
	}
	fns_len = kept;
}

static void remember_request_code(zend_op_array *op_array, uint64_t offset, uint64_t size)
{
	code_ref *ref = pemalloc(sizeof(code_ref), 1);

	ref->offset = offset;
	ref->size = size;
	ref->released = false;
	if (req_refs_len == req_refs_cap) {
		req_refs_cap = req_refs_cap ? req_refs_cap * 2 : 64;
		req_refs = perealloc(req_refs, sizeof(code_ref *) * req_refs_cap, 1);
	}
	req_refs[req_refs_len++] = ref;
	op_array->reserved[gojit_rid] = ref;
}

static void release_ref(code_ref *ref)
{
	if (!ref->released && gojit_eng.state == 1 && gojit_eng.pid == getpid()) {
		gojit_eng.release(ref->offset, ref->size);
	}
	ref->released = true;
}

/* zend_extension op_array_dtor: runs once, when the last copy of a
 * request-local op_array is destroyed (persisted ones never get here). */
void gojit_op_array_dtor(zend_op_array *op_array)
{
	code_ref *ref;

	gojit_trigger_op_array_dtor(op_array); /* its trigger stubs, if armed */
	if (gojit_rid < 0 || !(ref = op_array->reserved[gojit_rid])) {
		return;
	}
	op_array->reserved[gojit_rid] = NULL;
	release_ref(ref);
}

/* A function left to the VM, failed or skipped: listed in the status with
 * its reason, and logged with gojit.jit_debug 0x400 (the log line may carry
 * extra detail, such as the engine's status code). */
static void not_compiled(const zend_op_array *op_array, const char *state, const char *reason,
                         const char *log_detail, bool shared)
{
	remember(op_array, state, reason, NULL, 0, !shared);
	if (gojit_ini.debug & GOJIT_DEBUG_COMPILE) {
		char name[128];
		describe_op_array(op_array, name, sizeof(name));
		gojit_log("not compiled: %s (%s:%u): %s%s", name,
		          op_array->filename ? ZSTR_VAL(op_array->filename) : "", op_array->line_start,
		          log_detail, reason);
	}
}

static void report_failure(const zend_op_array *op_array, const gojit_compile_result *res,
                           bool shared)
{
	char name[128];

	describe_op_array(op_array, name, sizeof(name));
	if (res->status == GOJIT_ERR_FULL) {
		gojit_stat.buffer_full = true;
		if (!warned_full) {
			warned_full = true;
			gojit_log("code buffer full (gojit.jit_buffer_size=%llu bytes) while compiling %s; "
			          "compilation stops, PHP keeps running in the VM",
			          (unsigned long long)gojit_buf.size, name);
		}
		return;
	}
	gojit_stat.failed++;
	snprintf(gojit_stat.last_error, sizeof(gojit_stat.last_error), "%s: %s", name, res->reason);
	{
		char status[32];
		snprintf(status, sizeof(status), "status %d: ", res->status);
		not_compiled(op_array, "failed", res->reason, status, shared);
	}
}

/* The symbol perf shows, after prefix ("JIT$" for compiled code,
 * "JIT$trigger$" for trigger stubs): f, Class::method, main:/path/file.php,
 * {closure}:/path/file.php:LINE. */
void gojit_perf_name(const zend_op_array *op_array, const char *prefix, char *out, size_t len)
{
	const char *file = op_array->filename ? ZSTR_VAL(op_array->filename) : "";
	char name[128];

	describe_op_array(op_array, name, sizeof(name));
	if (!op_array->function_name) {
		snprintf(out, len, "%s%s:%s", prefix, op_array->type == ZEND_EVAL_CODE ? "eval" : "main",
		         file);
	} else if (op_array->fn_flags & ZEND_ACC_CLOSURE) {
		snprintf(out, len, "%s%s:%s:%u", prefix, name, file, op_array->line_start);
	} else {
		snprintf(out, len, "%s%s", prefix, name);
	}
}

static void install(gojit_engine *eng, zend_op_array *op_array, const gojit_compile_result *res,
                    const gojit_entry *entries, bool shared, uint64_t restarts, uint64_t ns)
{
	uint32_t i;

	/* The code is already in the buffer: publishing is one aligned pointer
	 * store per entry, atomic on x86_64. */
	for (i = 0; i < res->entry_count; i++) {
		ZEND_ASSERT(entries[i].op_index < op_array->last);
		op_array->opcodes[entries[i].op_index].handler = (const void *)(uintptr_t)entries[i].address;
	}
	gojit_stat.compiled++;
	gojit_stat.entries_patched += res->entry_count;
	gojit_stat.code_bytes += res->code_size;
	if (!shared) {
		remember_request_code(op_array, res->code_offset, res->code_size);
	}
	remember(op_array, "compiled", "", res, ns, !shared);
	if (shared) {
		gojit_shared_register(eng, op_array, restarts, res->code_offset, res->code_size);
		if (restarts != UINT64_MAX && !(op_array->fn_flags & ZEND_ACC_PRELOADED) && fns_len > 0 &&
		    fns[fns_len - 1].code_address == (uint64_t)(uintptr_t)gojit_buf.rx + res->code_offset) {
			fns[fns_len - 1].restarts = restarts; /* remembered above (the list may be full) */
		}
	}
	{
		char sym[256];
		gojit_perf_name(op_array, "JIT$", sym, sizeof(sym));
		gojit_perf_register((uint64_t)(uintptr_t)gojit_buf.rx + res->code_offset, res->code_size,
		                    sym);
		gojit_perf_sync();
	}
	if (gojit_ini.debug & GOJIT_DEBUG_SIZE) {
		char name[128];
		describe_op_array(op_array, name, sizeof(name));
		gojit_log("compiled %s: %llu bytes, %u entries, %u oplines", name,
		          (unsigned long long)res->code_size, res->entry_count, op_array->last);
	}
}

/* A function the user asked not to compile: counted, listed with the reason. */
static void skip(const zend_op_array *op_array, const char *reason, bool shared)
{
	gojit_stat.skipped++;
	not_compiled(op_array, "skipped", reason, "", shared);
}

void gojit_compile_op_array(zend_op_array *op_array, int kind, bool shared)
{
	gojit_engine *eng;
	zend_string *wire;
	gojit_compile_result res;
	gojit_entry *entries;
	uint64_t start;
	bool locked = false;
	uint64_t restarts = UINT64_MAX;
	const char *reason;
	char name[128];

	if (op_array->last == 0 || gojit_disabled_reason() || protect_memory_forbids(shared)) {
		gojit_stat.skipped++;
		return;
	}
	if (already_compiled(op_array)) {
		gojit_stat.already++;
		return;
	}
	describe_op_array(op_array, name, sizeof(name));
	reason = gojit_policy_skip_reason(op_array, name);
	if (reason) {
		skip(op_array, reason, shared);
		return;
	}
	eng = gojit_engine_get();
	if (!eng) {
		gojit_stat.skipped++;
		return;
	}
	if (gojit_trigger_defer(op_array, kind, shared)) {
		return; /* T=1-3: armed, compiled when its trigger fires */
	}
	if (shared) {
		/* Before the lock: a PHP call (gojit_shared.c). */
		restarts = gojit_opcache_restarts();
		/* Another worker may be compiling the same shared op_array. */
		eng->lock();
		locked = true;
		if (already_compiled(op_array)) {
			eng->unlock();
			gojit_stat.already++;
			return;
		}
	}

	start = now_ns();
	wire = gojit_export(op_array, kind);
	gojit_stat.wire_bytes += ZSTR_LEN(wire);
	entries = emalloc(sizeof(gojit_entry) * op_array->last);
	memset(&res, 0, sizeof(res));
	eng->compile((const uint8_t *)ZSTR_VAL(wire), ZSTR_LEN(wire), &res, entries, op_array->last);
	zend_string_release(wire);

	if (res.status == GOJIT_OK) {
		uint64_t ns = now_ns() - start;
		gojit_stat.compile_ns += ns;
		install(eng, op_array, &res, entries, shared, restarts, ns);
	} else {
		report_failure(op_array, &res, shared);
	}
	if (locked) {
		eng->unlock();
	}
	efree(entries);
}

void gojit_request_end(void)
{
	size_t i, kept = 0;

	/* The request's op_arrays are gone: give back what the dtor did not. */
	for (i = 0; i < req_refs_len; i++) {
		release_ref(req_refs[i]);
		pefree(req_refs[i], 1);
	}
	req_refs_len = 0;
	for (i = 0; i < fns_len; i++) {
		if (!fns[i].request_local) {
			fns[kept++] = fns[i];
		}
	}
	fns_len = kept;
	gojit_stat.buffer_full = false; /* space came back: try again next request */
}

void gojit_list_functions(zval *list)
{
	size_t i;

	gojit_shared_check(); /* drop what an opcache restart killed */
	array_init(list);
	for (i = 0; i < fns_len; i++) {
		zval f;
		array_init(&f);
		add_assoc_string(&f, "name", fns[i].name);
		add_assoc_string(&f, "state", (char *)fns[i].state);
		add_assoc_string(&f, "reason", fns[i].reason);
		add_assoc_string(&f, "file", fns[i].file);
		add_assoc_long(&f, "line", fns[i].line);
		add_assoc_long(&f, "entries", fns[i].entries);
		add_assoc_long(&f, "slot", fns[i].slot);
		add_assoc_long(&f, "calls", fns[i].slot < gojit_buf.counters_len
		                                ? (zend_long)gojit_buf.counters[fns[i].slot]
		                                : -1);
		add_assoc_long(&f, "code_size", (zend_long)fns[i].code_size);
		add_assoc_long(&f, "code_address", (zend_long)fns[i].code_address);
		add_assoc_long(&f, "oplines", fns[i].oplines);
		add_assoc_long(&f, "native_ops", fns[i].native_ops);
		add_assoc_double(&f, "compile_time_ms", (double)fns[i].compile_ns / 1e6);
		add_assoc_bool(&f, "shared", !fns[i].request_local);
		add_assoc_long(&f, "trigger", fns[i].trigger);
		add_next_index_zval(list, &f);
	}
}
