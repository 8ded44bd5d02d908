/*
 * gojit_engine.h: the whole contract between the C module (gojit.so) and the
 * Go engine (gojit-engine.so). Both sides include this file; nothing else
 * crosses the boundary.
 *
 * Rules (see docs/architecture.md):
 *  - C owns the process. The engine is dlopen()ed lazily, after any fork.
 *  - C never keeps a Go pointer; Go never keeps a C pointer past the call,
 *    except the code buffer and counter table handed over once at init,
 *    which live until the process ends.
 *  - Go never calls into Zend: a bailout longjmp through Go frames is fatal.
 *  - Every engine entry point recovers Go panics and reports a status code.
 *
 * Plain C types only: this header must compile without PHP headers.
 */
#ifndef GOJIT_ENGINE_H
#define GOJIT_ENGINE_H

#include <stddef.h>
#include <stdint.h>

/* Bump on any change to this file or to the wire format (docs/wire-format.md). */
#define GOJIT_ENGINE_ABI 5

/* Status codes returned by engine calls. */
#define GOJIT_OK 0
#define GOJIT_ERR_DECODE -1      /* malformed wire buffer */
#define GOJIT_ERR_UNSUPPORTED -2 /* the compiler declined this function */
#define GOJIT_ERR_FULL -3        /* code buffer has no room */
#define GOJIT_ERR_PANIC -4       /* a Go panic was recovered */
#define GOJIT_ERR_STATE -5       /* engine not initialised / bad arguments */

/* Size of the shared header at the start of the code buffer (both views). */
#define GOJIT_SHM_HEADER_SIZE 4096
#define GOJIT_SHM_MAGIC 0x4d485354494a4f47ULL /* "GOJITSHM" little-endian */

/*
 * Fixed fields at the start of the code buffer's shared header. The Go shm
 * package initialises and updates them (atomically); C only reads them for
 * status. shm/header_test.go checks these offsets against the Go layout.
 */
typedef struct gojit_shm_header {
	uint64_t magic;          /* GOJIT_SHM_MAGIC once initialised, 0 before */
	uint64_t size;           /* whole buffer in bytes, header included */
	uint64_t lock;           /* owner token, 0 when free (shm/lock.go) */
	uint64_t code_start;     /* offset of the first allocatable byte */
	uint64_t code_size;      /* allocatable bytes */
	uint64_t used;           /* bytes currently allocated */
	uint64_t peak;           /* highest value of used */
	uint64_t alloc_failures; /* allocations refused because the buffer was full */
	uint64_t next_slot;      /* next free per-process counter slot */
	uint64_t functions;      /* functions compiled, all processes */
} gojit_shm_header;

/* Layout facts C passes at init; the engine refuses to run on a mismatch.
 * The last line holds what the fast paths of levels 2+ read besides zvals. */
typedef struct gojit_layout {
	uint32_t sizeof_zval, sizeof_zend_op, sizeof_execute_data, sizeof_op_array;
	uint32_t zend_op_handler, zend_op_op1, zend_op_op2, zend_op_result;
	uint32_t zend_op_extended_value, zend_op_opcode;
	uint32_t zval_type_info;
	uint32_t execute_data_opline, execute_data_func, execute_data_prev;
	uint32_t eg_current_execute_data, eg_vm_interrupt, eg_exception;
	uint32_t execute_data_this, execute_data_num_args, execute_data_run_time_cache;
	uint32_t zend_object_ce, zval_value, zend_array_flags, zend_array_data, zend_array_num_used;
} gojit_layout;

/* Passed once per process to gojit_go_init. */
typedef struct gojit_engine_init {
	uint32_t abi;         /* GOJIT_ENGINE_ABI */
	uint32_t struct_size; /* sizeof(gojit_engine_init) */
	/* Settings, already validated by ext/gojit_config.c. */
	uint32_t jit;   /* CRTO as a number, e.g. 1205 */
	uint32_t debug; /* gojit.jit_debug bits */
	/* The code buffer: one memfd mapped twice. rw is never executable, rx is
	 * never writable. Both start with gojit_shm_header. */
	uint8_t *buf_rw;
	uint8_t *buf_rx;
	uint64_t buf_size;
	/* Per-process entry counters: a private mapping made before fork, so the
	 * same address in every worker holds that worker's own counters. */
	uint64_t *counters;
	uint64_t counters_len;
	/* Addresses the generated code may need. */
	uint64_t executor_globals;
	gojit_layout layout;
	/* The internal function sqrt() (a zend_function *), 0 when it is not
	 * there (disable_functions): INIT_FCALL + SEND + DO_ICALL of it becomes
	 * one sqrtsd when the call's run-time cache slot holds it. */
	uint64_t sqrt_function;
	/* &compiler_globals: native calls read CG(map_ptr_base) there to find
	 * the run-time cache of a function behind a map_ptr offset (opcache). */
	uint64_t compiler_globals;
} gojit_engine_init;

/* Filled by gojit_go_compile. */
typedef struct gojit_compile_result {
	int32_t status;        /* GOJIT_OK or GOJIT_ERR_* */
	uint32_t counter_slot; /* index into counters, or UINT32_MAX for none */
	uint64_t code_offset;  /* offset of the code in the buffer (for release) */
	uint64_t code_size;    /* bytes allocated */
	uint32_t native_ops;   /* oplines compiled natively */
	uint32_t entry_count;  /* entries written to the caller's array */
	char reason[240];      /* NUL-terminated, for status and debug output */
} gojit_compile_result;

/*
 * One patched entry: opline index and the address (in the rx view) its
 * handler must point to.
 */
typedef struct gojit_entry {
	uint32_t op_index;
	uint32_t pad;
	uint64_t address;
} gojit_entry;

/*
 * Triggers (gojit.jit T digit 1-3, ext/gojit_trigger.c). Until a function is
 * compiled, its entry opline (and with T=3 each loop header) points at a
 * trigger stub: native code the engine places in one chunk of the code
 * buffer, which starts with a gojit_trigger_record (read-only for C, through
 * the rx view). Every armed stub is 16-byte aligned and preceded by a
 * gojit_trigger_tag, so that C recognises a handler pointing at an armed
 * stub, in any process, and finds its record. Each site also has an untagged
 * pass-through stub (jump to the original handler). Layout checked by
 * cgo/trigger.go against jit/internal/trigger.
 */
#define GOJIT_TRIGGER_MAGIC 0x4352474952544a47ULL /* "GJTRIGRC" little-endian */
#define GOJIT_TRIGGER_TAG 0x4255545352544a47ULL   /* "GJTRSTUB" little-endian */

/* gojit_trigger_params.flags, copied into the record. */
#define GOJIT_TRIGGER_F_SHARED 1u /* the op_array lives in opcache's shared memory */

/* Passed to gojit_go_compile_trigger. */
typedef struct gojit_trigger_params {
	uint32_t trigger;  /* 1 first call, 2 profile, 3 hot counters */
	uint32_t hot_func; /* T=3: count that fires the function entry; 0: no entry stub */
	uint32_t hot_loop; /* T=3: count that fires a loop header; 0: no loop stubs */
	uint32_t kind;     /* GOJIT_KIND_* (gojit_internal.h), copied into the record */
	uint32_t flags;    /* GOJIT_TRIGGER_F_*, copied into the record */
	uint32_t slots_len; /* counter slots to use first, in site order (see slots) */
	uint64_t helper; /* void gojit_rt_trigger(zend_execute_data *, const zend_op *) */
	/* Slots an earlier chunk of the same function counted into (T=3 without
	 * opcache: counts go on across requests); NULL when slots_len is 0. */
	const uint32_t *slots;
} gojit_trigger_params;

/* gojit_trigger_site.flags */
#define GOJIT_TRIGGER_SITE_ENTRY 1u /* the function entry */
#define GOJIT_TRIGGER_SITE_LOOP 2u  /* a loop header */

/* One armed op. Offsets are from the record. */
typedef struct gojit_trigger_site {
	uint32_t op_index;
	uint32_t slot;         /* counter slot the stub counts into, UINT32_MAX for none */
	uint64_t orig_handler; /* the op's VM handler before the stub */
	uint32_t armed;        /* offset of the armed stub */
	uint32_t passthrough;  /* offset of the stub that only jumps to orig_handler */
	uint32_t threshold;    /* T=3: the count at which the stub calls the helper */
	uint32_t flags;        /* GOJIT_TRIGGER_SITE_* */
} gojit_trigger_site;

typedef struct gojit_trigger_record {
	uint64_t magic;     /* GOJIT_TRIGGER_MAGIC */
	uint64_t opcodes;   /* opcodes[0] of the op_array the stubs were made for */
	uint32_t trigger;   /* 1, 2 or 3 */
	uint32_t count;     /* sites */
	uint32_t kind;      /* from the params */
	uint32_t flags;     /* from the params */
	uint32_t func_slot; /* counter slot of the function entry, UINT32_MAX for none */
	uint32_t reserved;
	uint64_t op_array;  /* the zend_op_array the stubs were made for (from the wire) */
	gojit_trigger_site sites[]; /* count of them */
} gojit_trigger_record;

/* The 16 bytes right before every armed stub. */
typedef struct gojit_trigger_tag {
	uint64_t magic; /* GOJIT_TRIGGER_TAG */
	uint64_t back;  /* offset of the stub from its record */
} gojit_trigger_tag;

/* Exported by the engine (cgo/exports.go). */
typedef uint32_t (*gojit_go_abi_fn)(void);
typedef int32_t (*gojit_go_init_fn)(const gojit_engine_init *init, char *err, size_t err_len);
typedef int32_t (*gojit_go_compile_fn)(const uint8_t *wire, size_t wire_len,
                                       gojit_compile_result *result,
                                       gojit_entry *entries, size_t entries_cap);
typedef int32_t (*gojit_go_release_fn)(uint64_t code_offset, uint64_t code_size);
/* Places the trigger stubs of one function; result->counter_slot is the
 * function entry's counter, entries the armed stubs. */
typedef int32_t (*gojit_go_compile_trigger_fn)(const uint8_t *wire, size_t wire_len,
                                               const gojit_trigger_params *params,
                                               gojit_compile_result *result,
                                               gojit_entry *entries, size_t entries_cap);
/* Frees a trigger chunk no handler can reach any more (zeroed); with
 * recycle_slots its counter slots are zeroed and handed out again. */
typedef int32_t (*gojit_go_release_trigger_fn)(uint64_t code_offset, uint64_t code_size,
                                               uint32_t recycle_slots);
typedef int32_t (*gojit_go_lock_fn)(void);
typedef int32_t (*gojit_go_unlock_fn)(void);
/* Writes a NUL-terminated human rendering ("1.2 MB") of n bytes; returns its length. */
typedef size_t (*gojit_go_format_bytes_fn)(uint64_t n, char *buf, size_t len);
/* Writes the CRTO value decoded into words; returns its length. */
typedef size_t (*gojit_go_describe_jit_fn)(uint32_t jit, char *buf, size_t len);
/* What this process's engine emits (decided once, at init): GOJIT_FEATURE_*
 * bits; 0 before init. */
#define GOJIT_FEATURE_AVX 1u /* double arithmetic in VEX (AVX) encodings */
typedef uint32_t (*gojit_go_features_fn)(void);
/* Sets the Go runtime up for the engine (one P, the GC target: init does it
 * otherwise), then compiles built-in sample functions into nothing, one by
 * one, until *stop becomes non-zero (read atomically): the first real
 * compilation then finds the compiler warm. Returns how many it compiled.
 * Before or without init, from any thread. */
typedef int32_t (*gojit_go_warm_fn)(int32_t *stop);

#define GOJIT_ENGINE_SYMBOLS(X)                     \
	X(abi, gojit_go_abi_fn)                         \
	X(init, gojit_go_init_fn)                       \
	X(compile, gojit_go_compile_fn)                 \
	X(release, gojit_go_release_fn)                 \
	X(compile_trigger, gojit_go_compile_trigger_fn) \
	X(release_trigger, gojit_go_release_trigger_fn) \
	X(lock, gojit_go_lock_fn)                       \
	X(unlock, gojit_go_unlock_fn)                   \
	X(format_bytes, gojit_go_format_bytes_fn)       \
	X(describe_jit, gojit_go_describe_jit_fn)       \
	X(features, gojit_go_features_fn)               \
	X(warm, gojit_go_warm_fn)

#endif
