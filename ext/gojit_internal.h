/*
 * gojit_internal.h: state and functions shared by the C files of gojit.so.
 * Nothing here is visible to PHP or to the Go engine.
 *
 * Process model: gojit.so is loaded in every PHP process, including the
 * php-fpm master. Only C runs in the master. The Go engine is dlopen()ed on
 * first use in each process (gojit_loader.c), never before a fork.
 */
#ifndef GOJIT_INTERNAL_H
#define GOJIT_INTERNAL_H

#include "php.h"
#include "gojit_config.h"
#include "gojit_engine.h"

/* Settings, written by the ini handlers in gojit_ini.c. */
typedef struct gojit_settings {
	bool enable;           /* gojit.enable */
	uint32_t jit;          /* CRTO number; 0 when off */
	bool jit_off;          /* gojit.jit says off */
	uint64_t buffer_size;  /* gojit.jit_buffer_size, bytes; 0 disables */
	uint32_t debug;        /* gojit.jit_debug bits */
	uint32_t hot_func;     /* gojit.jit_hot_func */
	uint32_t hot_loop;     /* gojit.jit_hot_loop */
	double prof_threshold; /* gojit.jit_prof_threshold */
	uint32_t bisect_limit; /* gojit.jit_bisect_limit; 0 = none */
	char *engine_path;     /* gojit.engine_path; empty: next to gojit.so */
} gojit_settings;

extern gojit_settings gojit_ini;

/* The code buffer, mapped in MINIT (gojit_buffer.c). */
typedef struct gojit_buffer {
	uint8_t *rw;        /* read+write view, never executable */
	uint8_t *rx;        /* read+exec view, never writable */
	uint64_t size;
	uint64_t *counters; /* per-process counters (private mapping) */
	uint64_t counters_len;
	char error[160];    /* why there is no buffer, if rw == NULL */
} gojit_buffer;

extern gojit_buffer gojit_buf;

int gojit_buffer_map(uint64_t size);
void gojit_buffer_unmap(void);
bool gojit_buffer_owns(const void *addr);

/* Per-process engine state (gojit_loader.c). */
typedef struct gojit_engine {
	int state; /* 0 not tried, 1 ready, -1 failed */
	pid_t pid; /* process the state belongs to */
	bool preloaded; /* loaded by the preload thread (gojit_loader.c) */
	pid_t go_pid;   /* process whose dlopen started the Go runtime, 0: none */
	void *handle;
	char path[1024];
	char error[256];
#define GOJIT_ENGINE_FIELD(name, type) type name;
	GOJIT_ENGINE_SYMBOLS(GOJIT_ENGINE_FIELD)
#undef GOJIT_ENGINE_FIELD
} gojit_engine;

extern gojit_engine gojit_eng;

/* Returns the engine for this process, loading it on first use; NULL when it
 * cannot be had (the reason is in gojit_eng.error, warned once). */
gojit_engine *gojit_engine_get(void);

/* Starts loading the engine on a thread of its own when PHP loads gojit.so,
 * if this is the CLI and the configuration leaves the JIT on (see
 * gojit_loader.c); gojit_engine_get and gojit_engine_preload_wait join it. */
void gojit_engine_preload(void);
void gojit_engine_preload_wait(void);

/* Per-process counters shown by gojit_get_status(). */
typedef struct gojit_stats {
	uint64_t compiled;        /* functions compiled by this process */
	uint64_t failed;          /* compile failures (engine errors, panics) */
	uint64_t skipped;         /* not compiled: trigger, doc comment, state */
	uint64_t already;         /* found already compiled (opcache, other worker) */
	uint64_t entries_patched; /* handlers patched by this process */
	uint64_t code_bytes;      /* bytes of code this process placed */
	uint64_t compile_ns;      /* time spent in the engine */
	uint64_t wire_bytes;      /* bytes serialized for the engine */
	bool buffer_full;         /* the engine reported a full buffer */
	char last_error[256];
} gojit_stats;

extern gojit_stats gojit_stat;

/* Why compilation is off in this process, or NULL when it is on. */
const char *gojit_disabled_reason(void);

/* ini settings (gojit_ini.c). */
void gojit_ini_register(int module_number, int type);
void gojit_ini_unregister(int module_number, int type);

/* Hooks (gojit_hooks.c). */
void gojit_hooks_install(void);
void gojit_discover_preloaded(void);
void gojit_hooks_uninstall(void);
bool gojit_opcache_jit_active(char *why, size_t len);

/* What the user wants compiled (gojit_policy.c). */
const char *gojit_policy_skip_reason(const zend_op_array *op_array, const char *name);
void gojit_policy_set_blacklist(const char *list, size_t len);
void gojit_policy_shutdown(void);

/* Discovery and compilation (gojit_discover.c, gojit_compile.c). */
void gojit_compile_op_array(zend_op_array *op_array, int kind, bool shared);
void gojit_request_end(void);
void gojit_op_array_dtor(zend_op_array *op_array);
extern int gojit_rid; /* gojit's op_array reserved[] slot */
void gojit_list_functions(zval *list);

/* Serialization (gojit_export.c): the wire buffer, to be released by the caller. */
zend_string *gojit_export(zend_op_array *op_array, int kind);
/* The same without SSA, whatever the level: what trigger stubs need. */
zend_string *gojit_export_cfg(zend_op_array *op_array, int kind);

/* Compile triggers 1-3 (gojit_trigger.c). */
typedef struct gojit_trigger_stats {
	uint64_t stubs; /* trigger stubs this process installed */
	uint64_t armed; /* functions this process armed */
	uint64_t fired; /* compilations a trigger started in this process */
	uint64_t bytes; /* bytes of trigger stubs this process placed */
} gojit_trigger_stats;
extern gojit_trigger_stats gojit_trig;
/* Called by gojit_compile_op_array once a function passed gatekeeping: with
 * T=1-3 it arms the function instead (true: do not compile now). */
bool gojit_trigger_defer(zend_op_array *op_array, int kind, bool shared);
/* Discovery under T=1-3, where nothing is compiled yet (bisect counts later). */
bool gojit_trigger_deferring(void);
/* Which trigger the compile in progress is for (0-4), for the status. */
int gojit_trigger_current(void);
/* The record of the armed trigger stub handler points at, or NULL. */
const gojit_trigger_record *gojit_trigger_record_of(const void *handler);
/* op's VM handler, also when an armed trigger stub stands in for it. */
const void *gojit_trigger_orig_handler(const zend_op *op);
/* Called by the stubs (plain SysV, from the VM's handler context). */
void gojit_rt_trigger(zend_execute_data *execute_data, const zend_op *opline);
void gojit_trigger_rshutdown(void);   /* T=2: resolve the request's profile */
void gojit_trigger_request_end(void); /* post-deactivate: release request-local stubs */
void gojit_trigger_op_array_dtor(zend_op_array *op_array); /* a request-local op_array died */
void gojit_trigger_shutdown(void);    /* MSHUTDOWN */

/* Function kinds, as in the wire format's FUNC.kind. */
#define GOJIT_KIND_MAIN 0
#define GOJIT_KIND_FUNCTION 1
#define GOJIT_KIND_METHOD 2
#define GOJIT_KIND_CLOSURE 3
#define GOJIT_KIND_EVAL 4

/* perf map and jitdump (gojit_perf.c). */
void gojit_perf_startup(void);
void gojit_perf_shutdown(void);
void gojit_perf_register(uint64_t start, uint64_t size, const char *name);
void gojit_perf_sync(void);
uint64_t gojit_perf_index_count(void);

/* gojit_shared.c: code of opcache's shared op_arrays, released after an
 * opcache restart. */
void gojit_shared_startup(void);
void gojit_shared_shutdown(void);
uint64_t gojit_opcache_restarts(void);
void gojit_shared_register(gojit_engine *eng, const zend_op_array *op_array, uint64_t restarts,
                           uint64_t code_offset, uint64_t code_size);
void gojit_shared_check(void);
void gojit_shared_request_end(void);
uint64_t gojit_shared_released_bytes(void);
/* gojit_compile.c: after a sweep. */
void gojit_shared_released_space(void);
void gojit_forget_dead_shared(uint64_t restarts);
void gojit_perf_name(const zend_op_array *op_array, const char *prefix, char *out, size_t len);

/* Logging that never reaches the script's output (stderr / error_log). */
void gojit_log(const char *fmt, ...) ZEND_ATTRIBUTE_FORMAT(printf, 1, 2);

#endif
