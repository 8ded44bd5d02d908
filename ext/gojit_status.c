/*
 * gojit_status.c: gojit_get_status() and the phpinfo()/--ri section. Both
 * show the same facts (docs/status.md lists the keys).
 */
#include "gojit_internal.h"
#include "ext/standard/info.h"
#include "php_gojit.h"

#include <unistd.h>

/* The buffer's shared header, or NULL before the engine initialised it. */
static const gojit_shm_header *shm_header(void)
{
	const gojit_shm_header *h = (const gojit_shm_header *)gojit_buf.rw;
	if (!h || __atomic_load_n(&h->magic, __ATOMIC_ACQUIRE) != GOJIT_SHM_MAGIC) {
		return NULL;
	}
	return h;
}

static uint64_t load64(const uint64_t *p) { return __atomic_load_n(p, __ATOMIC_RELAXED); }

/* Sum of this process's entry counters. */
static uint64_t entry_count(const gojit_shm_header *h)
{
	uint64_t i, n, sum = 0;

	if (!h) {
		return 0;
	}
	n = load64(&h->next_slot);
	if (n > gojit_buf.counters_len) {
		n = gojit_buf.counters_len;
	}
	for (i = 0; i < n; i++) {
		sum += gojit_buf.counters[i];
	}
	return sum;
}

typedef struct buffer_numbers {
	uint64_t size, used, free, peak, failures, functions;
} buffer_numbers;

static buffer_numbers buffer_stats(const gojit_shm_header *h)
{
	buffer_numbers b = {0};

	b.size = gojit_buf.size;
	if (h) {
		b.used = load64(&h->used);
		b.free = load64(&h->code_size) - b.used;
		b.peak = load64(&h->peak);
		b.failures = load64(&h->alloc_failures);
		b.functions = load64(&h->functions);
	} else if (gojit_buf.rw) {
		b.free = gojit_buf.size - GOJIT_SHM_HEADER_SIZE;
	}
	return b;
}

static bool engine_loaded(void)
{
	return gojit_eng.state == 1 && gojit_eng.pid == getpid();
}

/* The CRTO setting in words; the Go config package owns the wording. */
static void describe_jit(char *out, size_t len)
{
	if (gojit_ini.jit_off) {
		snprintf(out, len, "off");
	} else if (engine_loaded()) {
		gojit_eng.describe_jit(gojit_ini.jit, out, len);
	} else {
		snprintf(out, len, "%04u (engine not loaded)", gojit_ini.jit);
	}
}

ZEND_FUNCTION(gojit_get_status)
{
	bool details = false;
	const gojit_shm_header *h = shm_header();
	buffer_numbers b = buffer_stats(h);
	const char *reason = gojit_disabled_reason();
	char words[256];

	ZEND_PARSE_PARAMETERS_START(0, 1)
		Z_PARAM_OPTIONAL
		Z_PARAM_BOOL(details)
	ZEND_PARSE_PARAMETERS_END();

	describe_jit(words, sizeof(words));
	array_init(return_value);
	add_assoc_bool(return_value, "enabled", reason == NULL);
	add_assoc_string(return_value, "reason", reason ? (char *)reason : "");
	add_assoc_long(return_value, "jit", gojit_ini.jit);
	add_assoc_string(return_value, "jit_description", words);
	add_assoc_long(return_value, "cpu", GOJIT_JIT_C(gojit_ini.jit));
	/* The C digit asks; the engine decides with the CPU (and the OS). */
	add_assoc_bool(return_value, "avx",
	               engine_loaded() && (gojit_eng.features() & GOJIT_FEATURE_AVX));
	add_assoc_long(return_value, "reg_alloc", GOJIT_JIT_R(gojit_ini.jit));
	add_assoc_long(return_value, "trigger", GOJIT_JIT_T(gojit_ini.jit));
	add_assoc_long(return_value, "opt_level", GOJIT_JIT_O(gojit_ini.jit));
	add_assoc_long(return_value, "debug", gojit_ini.debug);
	add_assoc_long(return_value, "buffer_size", (zend_long)b.size);
	add_assoc_long(return_value, "buffer_used", (zend_long)b.used);
	add_assoc_long(return_value, "buffer_free", (zend_long)b.free);
	add_assoc_long(return_value, "buffer_peak", (zend_long)b.peak);
	add_assoc_bool(return_value, "buffer_full", gojit_stat.buffer_full);
	add_assoc_long(return_value, "alloc_failures", (zend_long)b.failures);
	add_assoc_bool(return_value, "engine_loaded", engine_loaded());
	add_assoc_bool(return_value, "engine_preloaded", engine_loaded() && gojit_eng.preloaded);
	add_assoc_string(return_value, "engine_path", gojit_eng.path);
	add_assoc_string(return_value, "engine_error", gojit_eng.error);
	add_assoc_long(return_value, "pid", (zend_long)getpid());
	add_assoc_long(return_value, "functions_compiled", (zend_long)gojit_stat.compiled);
	add_assoc_long(return_value, "functions_compiled_all", (zend_long)b.functions);
	add_assoc_long(return_value, "functions_already_compiled", (zend_long)gojit_stat.already);
	add_assoc_long(return_value, "functions_skipped", (zend_long)gojit_stat.skipped);
	add_assoc_long(return_value, "compile_failures", (zend_long)gojit_stat.failed);
	add_assoc_string(return_value, "last_error", gojit_stat.last_error);
	add_assoc_long(return_value, "entries_patched", (zend_long)gojit_stat.entries_patched);
	add_assoc_long(return_value, "entry_count", (zend_long)entry_count(h));
	add_assoc_long(return_value, "code_bytes", (zend_long)gojit_stat.code_bytes);
	add_assoc_long(return_value, "wire_bytes", (zend_long)gojit_stat.wire_bytes);
	add_assoc_double(return_value, "compile_time_ms", (double)gojit_stat.compile_ns / 1e6);
	add_assoc_long(return_value, "perf_regions", (zend_long)gojit_perf_index_count());
	add_assoc_long(return_value, "shared_code_released", (zend_long)gojit_shared_released_bytes());
	add_assoc_long(return_value, "trigger_stubs", (zend_long)gojit_trig.stubs);
	add_assoc_long(return_value, "functions_armed", (zend_long)gojit_trig.armed);
	add_assoc_long(return_value, "triggers_fired", (zend_long)gojit_trig.fired);
	add_assoc_long(return_value, "trigger_bytes", (zend_long)gojit_trig.bytes);
	if (details) {
		zval list;
		gojit_list_functions(&list);
		add_assoc_zval(return_value, "functions", &list);
	}
}

static void info_bytes(const char *label, uint64_t n)
{
	char human[64], line[128];

	if (engine_loaded()) {
		gojit_eng.format_bytes(n, human, sizeof(human));
		snprintf(line, sizeof(line), "%s (%llu bytes)", human, (unsigned long long)n);
	} else {
		snprintf(line, sizeof(line), "%llu bytes", (unsigned long long)n);
	}
	php_info_print_table_row(2, label, line);
}

static void info_count(const char *label, uint64_t n)
{
	char line[32];
	snprintf(line, sizeof(line), "%llu", (unsigned long long)n);
	php_info_print_table_row(2, label, line);
}

void gojit_status_info(zend_module_entry *zend_module)
{
	const gojit_shm_header *h;
	buffer_numbers b;
	const char *reason = gojit_disabled_reason();
	char words[256], line[1200];

	/* phpinfo() runs in a request (never in the php-fpm master): loading
	 * the engine here is allowed, and lets it render words and sizes. */
	if (!reason) {
		gojit_engine_get();
		reason = gojit_disabled_reason();
	}
	h = shm_header();
	b = buffer_stats(h);
	describe_jit(words, sizeof(words));

	php_info_print_table_start();
	php_info_print_table_row(2, "gojit", reason ? "disabled" : "enabled");
	if (reason) {
		php_info_print_table_row(2, "Why disabled", reason);
	}
	php_info_print_table_row(2, "Version", PHP_GOJIT_VERSION);
	snprintf(line, sizeof(line), "%04u: %s", gojit_ini.jit, words);
	php_info_print_table_row(2, "JIT mode (gojit.jit)", line);
	info_bytes("Buffer size", b.size);
	info_bytes("Buffer used", b.used);
	info_bytes("Buffer free", b.free);
	if (engine_loaded()) {
		snprintf(line, sizeof(line), "loaded in this process (pid %d) from %s", (int)getpid(),
		         gojit_eng.path);
	} else {
		snprintf(line, sizeof(line), "not loaded in this process%s%s",
		         gojit_eng.error[0] ? ": " : "", gojit_eng.error);
	}
	php_info_print_table_row(2, "Engine", line);
	info_count("Functions compiled (this process)", gojit_stat.compiled);
	info_count("Functions compiled (all processes)", b.functions);
	info_count("Compile failures", gojit_stat.failed);
	if (gojit_stat.last_error[0]) {
		php_info_print_table_row(2, "Last compile failure", gojit_stat.last_error);
	}
	php_info_print_table_end();

	DISPLAY_INI_ENTRIES();
}
