/*
 * gojit_loader.c: loads the Go engine into this process on first use.
 *
 * A Go runtime does not survive fork() (its threads are gone in the child),
 * so the engine is never loaded in the php-fpm master: each process dlopen()s
 * it itself, after any fork, keyed on getpid(). A child forked from a process
 * that already runs Go (pcntl_fork in the CLI) must not call it at all.
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include "gojit_internal.h"
#include "zend_execute.h"

#include "SAPI.h"
#include "php_ini.h"
#include "gojit_config.h"

#include <dlfcn.h>
#include <libgen.h>
#include <pthread.h>
#include <sched.h>
#include <unistd.h>

gojit_engine gojit_eng;

static void engine_fail(const char *fmt, ...) ZEND_ATTRIBUTE_FORMAT(printf, 1, 2);

static void engine_fail(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(gojit_eng.error, sizeof(gojit_eng.error), fmt, ap);
	va_end(ap);
	gojit_eng.state = -1;
	gojit_log("engine not loaded: %s; PHP runs without the JIT", gojit_eng.error);
}

/* The engine's file: gojit.engine_path when set (configured), else next to
 * gojit.so. */
static void engine_path(const char *configured, char *out, size_t len)
{
	Dl_info info;
	char self[1024];

	if (configured && configured[0]) {
		snprintf(out, len, "%s", configured);
		return;
	}
	if (dladdr((void *)engine_path, &info) && info.dli_fname) {
		snprintf(self, sizeof(self), "%s", info.dli_fname);
		snprintf(out, len, "%s/gojit-engine.so", dirname(self));
		return;
	}
	snprintf(out, len, "gojit-engine.so");
}

/*
 * Offsets the generated code uses as constants of jit/internal/zend
 * (layout.go) without receiving them in gojit_layout: checked here, when the
 * module is built, against the headers of the PHP it is built for. Each line
 * names its Go constant; jit/internal/zend's TestStaticAssertsMatchGo reads
 * the lines back and compares the numbers.
 */
#define GOJIT_ASSERT_OFFSET(type, member, n) \
	_Static_assert(offsetof(type, member) == (n), "offsetof(" #type ", " #member ") != " #n)
GOJIT_ASSERT_OFFSET(zend_execute_data, return_value, 16);      /* zend.ExecuteDataReturnValue */
GOJIT_ASSERT_OFFSET(zend_execute_data, This.u1.type_info, 40); /* zend.ExecuteDataCallInfo */
GOJIT_ASSERT_OFFSET(zend_executor_globals, vm_stack_top, 456); /* zend.EGVMStackTop */
GOJIT_ASSERT_OFFSET(zend_refcounted_h, refcount, 0);           /* zend.ZendRefcountedRefcount */
GOJIT_ASSERT_OFFSET(zend_refcounted_h, u.type_info, 4);        /* zend.ZendRefcountedTypeInfo */
GOJIT_ASSERT_OFFSET(zend_object, gc, 0);                       /* zend.ZendObjectGC */
GOJIT_ASSERT_OFFSET(zend_property_info, flags, 4);             /* zend.ZendPropertyInfoFlags */
GOJIT_ASSERT_OFFSET(zend_property_info, type.type_mask, 48);   /* zend.ZendPropertyInfoTypeMask */
GOJIT_ASSERT_OFFSET(zend_array, nNumOfElements, 28);           /* zend.ZendArrayNumOfElements */
GOJIT_ASSERT_OFFSET(zend_array, nTableSize, 32);               /* zend.ZendArrayTableSize */
GOJIT_ASSERT_OFFSET(zend_array, nNextFreeElement, 40);         /* zend.ZendArrayNextFree */
_Static_assert(ZEND_ACC_READONLY == 1 << 7, "ZEND_ACC_READONLY != zend.ZendAccReadonly");
_Static_assert(MAY_BE_LONG == 1 << IS_LONG && MAY_BE_DOUBLE == 1 << IS_DOUBLE, "MAY_BE_* bits");
GOJIT_ASSERT_OFFSET(zend_execute_data, call, 8);               /* zend.ExecuteDataCall */
GOJIT_ASSERT_OFFSET(zend_execute_data, This.u2.num_args, 44);  /* zend.ExecuteDataNumArgs */
GOJIT_ASSERT_OFFSET(zend_op_array, fn_flags, 4);               /* zend.OpArrayFnFlags */
GOJIT_ASSERT_OFFSET(zend_op_array, num_args, 32);              /* zend.OpArrayNumArgs */
GOJIT_ASSERT_OFFSET(zend_op_array, run_time_cache__ptr, 64);   /* zend.OpArrayRunTimeCachePtr */
GOJIT_ASSERT_OFFSET(zend_op_array, last_var, 76);              /* zend.OpArrayLastVar */
GOJIT_ASSERT_OFFSET(zend_op_array, opcodes, 88);               /* zend.OpArrayOpcodes */
GOJIT_ASSERT_OFFSET(zend_executor_globals, vm_stack_end, 464); /* zend.EGVMStackEnd */
GOJIT_ASSERT_OFFSET(zend_compiler_globals, map_ptr_base, 480); /* zend.CGMapPtrBase */
GOJIT_ASSERT_OFFSET(zend_op_array, T, 56);                     /* zend.OpArrayT */
GOJIT_ASSERT_OFFSET(zend_function, type, 0);                   /* zend.FunctionType */
_Static_assert(offsetof(zend_function, quick_arg_flags) == 0 && ZEND_SEND_BY_REF == 1 && MAX_ARG_FLAG_NUM == 12,
               "quick_arg_flags: native SEND_VAL_EX");
_Static_assert(ZEND_USER_FUNCTION == 2, "ZEND_USER_FUNCTION != zend.UserFunction");
_Static_assert(ZEND_CALL_FRAME_SLOT == 5, "ZEND_CALL_FRAME_SLOT != 5 (native INIT_FCALL_BY_NAME)");
_Static_assert(ZEND_CALL_NESTED_FUNCTION == 0, "ZEND_CALL_NESTED_FUNCTION != 0 (native INIT_FCALL)");
_Static_assert(ZEND_ACC_HAS_TYPE_HINTS == 1u << 8, "ZEND_ACC_HAS_TYPE_HINTS != zend.AccHasTypeHints");
_Static_assert(GC_INFO_MASK == 0xfffffc00u, "GC_INFO_MASK != zend.GCInfoMask");
_Static_assert(GC_IMMUTABLE == 1 << 6 && GC_FLAGS_SHIFT == 0, "GC_IMMUTABLE != zend.GCImmutable");

static void fill_layout(gojit_layout *l)
{
	l->sizeof_zval = sizeof(zval);
	l->sizeof_zend_op = sizeof(zend_op);
	l->sizeof_execute_data = sizeof(zend_execute_data);
	l->sizeof_op_array = sizeof(zend_op_array);
	l->zend_op_handler = offsetof(zend_op, handler);
	l->zend_op_op1 = offsetof(zend_op, op1);
	l->zend_op_op2 = offsetof(zend_op, op2);
	l->zend_op_result = offsetof(zend_op, result);
	l->zend_op_extended_value = offsetof(zend_op, extended_value);
	l->zend_op_opcode = offsetof(zend_op, opcode);
	l->zval_type_info = offsetof(zval, u1.type_info);
	l->execute_data_opline = offsetof(zend_execute_data, opline);
	l->execute_data_func = offsetof(zend_execute_data, func);
	l->execute_data_prev = offsetof(zend_execute_data, prev_execute_data);
	l->eg_current_execute_data = offsetof(zend_executor_globals, current_execute_data);
	l->eg_vm_interrupt = offsetof(zend_executor_globals, vm_interrupt);
	l->eg_exception = offsetof(zend_executor_globals, exception);
	l->execute_data_this = offsetof(zend_execute_data, This);
	l->execute_data_num_args = offsetof(zend_execute_data, This.u2.num_args);
	l->execute_data_run_time_cache = offsetof(zend_execute_data, run_time_cache);
	l->zend_object_ce = offsetof(zend_object, ce);
	l->zval_value = offsetof(zval, value);
	l->zend_array_flags = offsetof(zend_array, u.flags);
	l->zend_array_data = offsetof(zend_array, arPacked);
	l->zend_array_num_used = offsetof(zend_array, nNumUsed);
}

/* The internal function name, if it exists (internal functions live as long
 * as the process; a disabled one is not in the table, and a user function of
 * that name does not count). */
static zend_function *internal_function(const char *name)
{
	zend_function *f = zend_hash_str_find_ptr(CG(function_table), name, strlen(name));

	return f && f->type == ZEND_INTERNAL_FUNCTION ? f : NULL;
}

/*
 * Loads gojit_eng.path and looks up the engine's symbols: what starts the Go
 * runtime, most of the engine's load time. It calls nothing of PHP's, so the
 * preload thread can run it; on failure it writes why to err and returns
 * false.
 */
static bool engine_open(char *err, size_t len)
{
	gojit_eng.handle = dlopen(gojit_eng.path, RTLD_NOW | RTLD_LOCAL);
	if (!gojit_eng.handle) {
		snprintf(err, len, "dlopen %s: %s", gojit_eng.path, dlerror());
		return false;
	}
	gojit_eng.go_pid = getpid(); /* its constructor started the runtime */
#define GOJIT_ENGINE_LOOKUP(name, type)                                                  \
	gojit_eng.name = (type)dlsym(gojit_eng.handle, "gojit_go_" #name);                   \
	if (!gojit_eng.name) {                                                               \
		snprintf(err, len, "%s has no symbol gojit_go_" #name " (wrong or old engine?)", \
		         gojit_eng.path);                                                        \
		return false;                                                                    \
	}
	GOJIT_ENGINE_SYMBOLS(GOJIT_ENGINE_LOOKUP)
#undef GOJIT_ENGINE_LOOKUP

	if (gojit_eng.abi() != GOJIT_ENGINE_ABI) {
		snprintf(err, len, "%s speaks ABI %u, gojit.so needs %u: install matching builds",
		         gojit_eng.path, gojit_eng.abi(), GOJIT_ENGINE_ABI);
		return false;
	}
	return true;
}

/* golang-asm's objabi calls log.Fatalf while the engine initialises if one
 * of these Go toolchain variables holds a value it rejects: that would end
 * PHP. They mean nothing to an x86_64 engine. Called on the main thread
 * before any preload thread starts: environ is never written concurrently. */
static void clear_go_env(void)
{
	unsetenv("GOARM");
	unsetenv("GOMIPS");
	unsetenv("GOMIPS64");
	unsetenv("GOPPC64");
	unsetenv("GOWASM");
}

/*
 * Preloading. Loading the engine costs ~2-3 ms of wall time (mapping a 6 MB
 * library, starting the Go runtime's threads, package inits), and the first
 * compilation as much again as a warm one, which every CLI run would pay at
 * its first RINIT. In the CLI, where no fork follows
 * module startup (the engine is loaded at the first RINIT anyway, before any
 * PHP code runs), a thread started when PHP loads gojit.so does that work
 * while PHP starts its other modules (~4 ms); RINIT joins it. Never in
 * php-fpm, php -S or any other SAPI: their master process forks workers, and
 * Go does not survive fork. (With opcache's JIT on, gojit turns itself off
 * at RINIT: the preloaded engine then stays unused.) One fork is known to
 * come between, opcache.preload's (run as root, it forks a child to load
 * the preload script as opcache.preload_user): no preload with it. Against
 * any other, a fork handler waits for the thread first (never a fork in
 * the middle of dlopen or of the runtime's start), and the child, whose Go
 * runtime lost its threads, never calls the engine (go_pid).
 */
static struct {
	pthread_t thread;
	bool running;
	bool ok;
	char error[256];
	cpu_set_t cpus; /* the process's CPUs, restored by the thread */
	int32_t stop;   /* set (atomically) when PHP wants the engine: no more warm-up */
} preload;

/* Waits for the preload thread, if one runs (it stops warming up); true
 * when it loaded the engine (false: no preload, or it failed with
 * preload.error). */
static bool preload_join(void)
{
	if (!preload.running) {
		return false;
	}
	__atomic_store_n(&preload.stop, 1, __ATOMIC_RELEASE);
	pthread_join(preload.thread, NULL);
	preload.running = false;
	return preload.ok;
}

static void *preload_main(void *arg)
{
	(void)arg;
	/* Started on another CPU than PHP's (see start_thread); what it
	 * starts (the Go runtime's threads) inherits the process's CPUs. */
	pthread_setaffinity_np(pthread_self(), sizeof(preload.cpus), &preload.cpus);
	preload.ok = engine_open(preload.error, sizeof(preload.error));
	if (preload.ok) {
		/* The runtime's settings, then while PHP still starts its
		 * modules the samples, so that the first compilation runs
		 * warm. Ends at the next sample once PHP asks. */
		gojit_eng.warm(&preload.stop);
	}
	return NULL;
}

/* The raw configuration value of an ini setting (php.ini, -d), or def. */
static const char *cfg_string(const char *name, const char *def)
{
	zval *v = cfg_get_entry(name, strlen(name));

	return v && Z_TYPE_P(v) == IS_STRING ? Z_STRVAL_P(v) : def;
}

/* Whether the settings, read as the ini handlers will read them, leave the
 * JIT on; any value they reject means no (the handlers then warn). */
static bool preload_wanted(void)
{
	zend_string *str;
	const char *s;
	const char *why;
	bool enable;
	uint32_t crto;
	uint64_t bytes;
	int off;

	if (!sapi_module.name || strcmp(sapi_module.name, "cli") != 0) {
		return false;
	}
	/* opcache.preload forks a child (as root) after module startup: it
	 * could not use a runtime its parent started, and the engine would be
	 * loaded there at RINIT anyway. */
	if (cfg_string("opcache.preload", "")[0]) {
		return false;
	}
	s = cfg_string("gojit.enable", "1");
	str = zend_string_init(s, strlen(s), 1);
	enable = zend_ini_parse_bool(str);
	zend_string_release(str);
	if (!enable) {
		return false;
	}
	s = cfg_string("gojit.jit", GOJIT_DEFAULT_JIT_INI);
	if (gojit_parse_jit(s, strlen(s), &crto, &off, &why) != 0 || off) {
		return false;
	}
	s = cfg_string("gojit.jit_buffer_size", GOJIT_DEFAULT_BUFFER_SIZE_INI);
	return gojit_parse_buffer_size(s, strlen(s), &bytes, &why) == 0 && bytes > 0;
}

/*
 * Starts the preload thread on a CPU PHP's thread is not on, when there is
 * one: left to the scheduler, a new thread often waits 1-2 ms for the CPU of
 * the busy thread that created it (measured on this project's 2-CPU VMs),
 * most of the time it was meant to save.
 */
static bool start_thread(void)
{
	pthread_attr_t attr;
	cpu_set_t other;
	int me = sched_getcpu();
	bool ok;

	if (pthread_attr_init(&attr) != 0) {
		return false;
	}
	if (sched_getaffinity(0, sizeof(preload.cpus), &preload.cpus) == 0 && me >= 0) {
		other = preload.cpus;
		CPU_CLR(me, &other);
		if (CPU_COUNT(&other) > 0) {
			pthread_attr_setaffinity_np(&attr, sizeof(other), &other);
		}
	} else {
		CPU_ZERO(&preload.cpus);
		for (int c = 0; c < CPU_SETSIZE; c++) {
			CPU_SET(c, &preload.cpus);
		}
	}
	ok = pthread_create(&preload.thread, &attr, preload_main, NULL) == 0;
	pthread_attr_destroy(&attr);
	return ok;
}

void gojit_engine_preload(void)
{
	static bool atfork;

	if (preload.running || gojit_eng.state != 0 || gojit_eng.go_pid || !preload_wanted()) {
		return;
	}
	if (!atfork) {
		/* No fork while the thread runs: wait for it first. */
		if (pthread_atfork(gojit_engine_preload_wait, NULL, NULL) != 0) {
			return; /* no preload without the fork guard */
		}
		atfork = true;
	}
	engine_path(cfg_string("gojit.engine_path", ""), gojit_eng.path, sizeof(gojit_eng.path));
	clear_go_env();
	preload.running = start_thread();
}


void gojit_engine_preload_wait(void)
{
	/* A later engine_load dlopen()s the loaded library again (the same
	 * handle), or reports the preload's error. */
	(void)preload_join();
}

static void engine_load(void)
{
	gojit_engine_init init;
	char err[256] = "";
	int32_t rc;

	gojit_eng.preloaded = preload_join();
	if (!gojit_eng.preloaded) {
		if (preload.error[0]) {
			engine_fail("%s", preload.error);
			preload.error[0] = '\0'; /* a forked child tries again */
			return;
		}
		engine_path(gojit_ini.engine_path, gojit_eng.path, sizeof(gojit_eng.path));
		clear_go_env();
		if (!engine_open(err, sizeof(err))) {
			engine_fail("%s", err);
			return;
		}
	}

	memset(&init, 0, sizeof(init));
	init.abi = GOJIT_ENGINE_ABI;
	init.struct_size = sizeof(init);
	init.jit = gojit_ini.jit;
	init.debug = gojit_ini.debug;
	init.buf_rw = gojit_buf.rw;
	init.buf_rx = gojit_buf.rx;
	init.buf_size = gojit_buf.size;
	init.counters = gojit_buf.counters;
	init.counters_len = gojit_buf.counters_len;
	init.executor_globals = (uint64_t)(uintptr_t)&executor_globals;
	init.sqrt_function = (uint64_t)(uintptr_t)internal_function("sqrt");
	fill_layout(&init.layout);
	init.compiler_globals = (uint64_t)(uintptr_t)&compiler_globals;

	rc = gojit_eng.init(&init, err, sizeof(err));
	if (rc != GOJIT_OK) {
		engine_fail("engine init failed (%d): %s", rc, err);
		return;
	}
	gojit_eng.state = 1;
}

gojit_engine *gojit_engine_get(void)
{
	pid_t pid = getpid();

	if (gojit_eng.go_pid && gojit_eng.go_pid != pid) {
		/* Forked from a process whose Go runtime was started (loaded, or
		 * preloaded but not yet initialised): dead here. */
		if (gojit_eng.pid != pid || gojit_eng.state != -1) {
			gojit_eng.pid = pid;
			engine_fail("this process was forked after the engine was loaded");
		}
		return NULL;
	}
	if (gojit_eng.state != 0 && gojit_eng.pid != pid) {
		gojit_eng.state = 0; /* a failure in the parent may not apply here */
	}
	if (gojit_eng.state == 0) {
		gojit_eng.pid = pid;
		if (!gojit_buf.rw) {
			gojit_eng.state = -1;
			snprintf(gojit_eng.error, sizeof(gojit_eng.error), "no code buffer: %s",
			         gojit_buf.error);
			return NULL;
		}
		engine_load();
	}
	return gojit_eng.state == 1 ? &gojit_eng : NULL;
}
