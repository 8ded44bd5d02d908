/*
 * gojit_config.h: validation of the gojit.* ini settings, in plain C99.
 *
 * This is the C twin of the Go package config/ (github.com/gojit/gojit/config).
 * Both implement the same grammar and are checked against the same table,
 * config/testdata/cases.tsv (ext/tests/config_test.c for C, the Go tests for
 * Go, and config/internal/cparity, which links this file through cgo and
 * fuzzes both against each other). Change one, change the other and the
 * table.
 *
 * No PHP headers: this file and gojit_config.c are compiled into gojit.so and
 * into the standalone test.
 *
 * Every parser:
 *  - takes the raw value as (s, len); s need not be NUL-terminated and may be
 *    NULL when len is 0; an embedded NUL byte is just an invalid character;
 *  - ignores surrounding ASCII whitespace (space, \t, \n, \v, \f, \r);
 *  - returns 0 on success and stores the value, with *err set to NULL;
 *  - returns -1 on rejection with *err pointing to a static message that says
 *    what is allowed (it does not repeat the value: the caller prefixes the
 *    setting name and value) and the value outputs set to 0, except that
 *    gojit_parse_debug stores the offending unknown bits in *bits.
 *  err may be NULL if the caller does not want the message.
 */
#ifndef GOJIT_CONFIG_H
#define GOJIT_CONFIG_H

#include <stddef.h>
#include <stdint.h>

/* ---- gojit.jit: "CRTO" digits, read from the right ----------------------- */

/* Digit accessors for a CRTO number such as 1205. */
#define GOJIT_JIT_C(n) (((uint32_t)(n) / 1000u) % 10u) /* CPU */
#define GOJIT_JIT_R(n) (((uint32_t)(n) / 100u) % 10u)  /* register allocation */
#define GOJIT_JIT_T(n) (((uint32_t)(n) / 10u) % 10u)   /* trigger */
#define GOJIT_JIT_O(n) ((uint32_t)(n) % 10u)           /* optimization level */
/* Builds a CRTO number from its digits. */
#define GOJIT_JIT_NUMBER(c, r, t, o) \
	((uint32_t)(c) * 1000u + (uint32_t)(r) * 100u + (uint32_t)(t) * 10u + (uint32_t)(o))

/* C: CPU. */
#define GOJIT_CPU_GENERIC 0 /* never use AVX */
#define GOJIT_CPU_AVX 1     /* use AVX if the CPU has it */
#define GOJIT_CPU_MAX 1

/* R: register allocation. */
#define GOJIT_REGALLOC_NONE 0
#define GOJIT_REGALLOC_LOCAL 1
#define GOJIT_REGALLOC_GLOBAL 2 /* global linear scan */
#define GOJIT_REGALLOC_MAX 2

/* T: trigger. */
#define GOJIT_TRIGGER_ON_LOAD 0      /* compile every function when the script is loaded */
#define GOJIT_TRIGGER_FIRST_CALL 1   /* compile a function on its first call */
#define GOJIT_TRIGGER_PROFILE 2      /* profile the first request, compile the hot functions */
#define GOJIT_TRIGGER_HOT_COUNTERS 3 /* compile when a hot counter trips */
#define GOJIT_TRIGGER_DOC_COMMENT 4  /* compile only functions with a @jit doc comment */
#define GOJIT_TRIGGER_MAX 4

/* O: optimization level. */
#define GOJIT_OPT_NONE 0
#define GOJIT_OPT_MINIMAL 1
#define GOJIT_OPT_INLINE 2
#define GOJIT_OPT_TYPE_INFERENCE 3
#define GOJIT_OPT_CALL_GRAPH 4
#define GOJIT_OPT_WHOLE_SCRIPT 5
#define GOJIT_OPT_MAX 5

/* ---- gojit.jit_debug bits ----------------------------------------------- */

#define GOJIT_DEBUG_ASM 0x1u        /* disassembly to stderr */
#define GOJIT_DEBUG_IR 0x2u         /* IR dump */
#define GOJIT_DEBUG_PERF 0x10u      /* perf map (/tmp/perf-PID.map) */
#define GOJIT_DEBUG_PERF_DUMP 0x20u /* perf jitdump */
#define GOJIT_DEBUG_SIZE 0x200u     /* code sizes */
#define GOJIT_DEBUG_COMPILE 0x400u  /* compile failures and skips to stderr */
#define GOJIT_DEBUG_KNOWN 0x633u    /* all of the above */

/* ---- limits -------------------------------------------------------------- */

#define GOJIT_BUFFER_SIZE_MIN 1048576u      /* 1M; 0 (disabled) is also allowed */
#define GOJIT_BUFFER_SIZE_MAX 2147483648u   /* 2G */
#define GOJIT_BUFFER_SIZE_ALIGN 4096u       /* sizes are rounded up to this */
#define GOJIT_HOT_MAX 255u                  /* jit_hot_func, jit_hot_loop */
#define GOJIT_LIMIT_MAX 2147483647u         /* jit_bisect_limit; 0 means no limit */
#define GOJIT_THRESHOLD_MAX_PLACES 15       /* decimal places of jit_prof_threshold */

/* ---- defaults: the value, and the same as an ini string ---------------- */

#define GOJIT_DEFAULT_JIT 1205u
#define GOJIT_DEFAULT_JIT_INI "1205"
#define GOJIT_DEFAULT_BUFFER_SIZE 67108864u /* 64M */
#define GOJIT_DEFAULT_BUFFER_SIZE_INI "64M"
#define GOJIT_DEFAULT_DEBUG 0u
#define GOJIT_DEFAULT_DEBUG_INI "0"
#define GOJIT_DEFAULT_HOT_FUNC 127u
#define GOJIT_DEFAULT_HOT_FUNC_INI "127"
#define GOJIT_DEFAULT_HOT_LOOP 64u
#define GOJIT_DEFAULT_HOT_LOOP_INI "64"
#define GOJIT_DEFAULT_PROF_THRESHOLD 0.005
#define GOJIT_DEFAULT_PROF_THRESHOLD_INI "0.005"
#define GOJIT_DEFAULT_BISECT_LIMIT 0u       /* no limit */
#define GOJIT_DEFAULT_BISECT_LIMIT_INI "0"

/* ---- parsers ------------------------------------------------------------- */

/*
 * gojit.jit. Words (ASCII case-insensitive): off, 0, no, false, disable and the
 * empty string give *off = 1, *crto = 0; on, 1, yes, true, function give 1205.
 * Otherwise 1 to 4 decimal digits, missing leading digits being 0, each in
 * range (C 0-1, R 0-2, T 0-4, O 0-5); a number equal to 0 ("0000") is off.
 * "tracing" is rejected with its own message.
 */
int gojit_parse_jit(const char *s, size_t len, uint32_t *crto, int *off, const char **err);

/*
 * gojit.jit_buffer_size. Decimal digits with an optional K, M or G suffix
 * (powers of 1024), no space between them. 0 means the JIT is disabled;
 * otherwise the size must be from 1M to 2G and is rounded up to 4096.
 */
int gojit_parse_buffer_size(const char *s, size_t len, uint64_t *bytes, const char **err);

/*
 * gojit.jit_debug. A decimal or 0x/0X hex integer whose bits are all among
 * GOJIT_DEBUG_KNOWN. On an unknown bit, returns -1 with *bits set to the
 * unknown bits (never 0), so the caller can name them; on any other rejection
 * *bits is 0.
 */
int gojit_parse_debug(const char *s, size_t len, uint32_t *bits, const char **err);

/* gojit.jit_hot_func, gojit.jit_hot_loop. A decimal integer from 0 to 255. */
int gojit_parse_hot(const char *s, size_t len, uint32_t *value, const char **err);

/*
 * gojit.jit_bisect_limit. A decimal integer from 0 to GOJIT_LIMIT_MAX
 * (2147483647); 0 means no limit.
 */
int gojit_parse_limit(const char *s, size_t len, uint32_t *value, const char **err);

/*
 * gojit.jit_prof_threshold. A decimal fraction from 0 to 1: digits, optionally
 * followed by '.' and digits, or '.' and digits (".5"). No sign, no exponent,
 * at most GOJIT_THRESHOLD_MAX_PLACES significant decimal places (trailing
 * zeros do not count). Locale-independent and correctly rounded.
 */
int gojit_parse_threshold(const char *s, size_t len, double *value, const char **err);

#endif /* GOJIT_CONFIG_H */
