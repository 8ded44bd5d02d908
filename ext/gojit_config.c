/*
 * gojit_config.c: the gojit.* ini grammar in plain C99 (see gojit_config.h).
 *
 * Kept byte-for-byte equivalent to the Go package config/: same grammar, same
 * messages. Only ASCII is special: no <ctype.h> (locale-dependent), no strtod
 * (locale-dependent decimal point).
 */
#include "gojit_config.h"

#include <string.h>

/* Messages. The Go package uses the same text (config/errors.go). */
#define GOJIT_DEBUG_BITS_LIST "0x1 ASM, 0x2 IR, 0x10 PERF, 0x20 PERF_DUMP, 0x200 SIZE, 0x400 COMPILE"

static const char msg_jit[] =
	"expected 1 to 4 CRTO digits (C 0-1, R 0-2, T 0-4, O 0-5) or one of off, on, function";
static const char msg_jit_tracing[] =
	"gojit has no tracing JIT; use 1205 (compile on load) or 1235 (hot counters)";
static const char msg_buffer_syntax[] =
	"expected digits with an optional K, M or G suffix (e.g. 64M), or 0 to disable the JIT";
static const char msg_buffer_range[] =
	"expected 0 (JIT disabled) or a size from 1M to 2G";
static const char msg_debug_syntax[] =
	"expected a decimal or 0x hex integer made of the bits " GOJIT_DEBUG_BITS_LIST;
static const char msg_debug_unknown[] =
	"unknown bits; allowed bits: " GOJIT_DEBUG_BITS_LIST;
static const char msg_hot[] =
	"expected an integer from 0 to 255 (0 turns the counter off)";
static const char msg_limit[] =
	"expected an integer from 0 to 2147483647 (0 means no limit)";
static const char msg_threshold[] =
	"expected a decimal fraction from 0 to 1 with at most 15 decimal places, e.g. 0.005";

static int is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
}

static int is_digit(char c)
{
	return c >= '0' && c <= '9';
}

static char lower(char c)
{
	return (c >= 'A' && c <= 'Z') ? (char)(c - 'A' + 'a') : c;
}

/* Drops surrounding ASCII whitespace; tolerates s == NULL with len == 0. */
static void trim(const char **s, size_t *len)
{
	const char *p = *s;
	size_t n = *len;

	if (p == NULL) {
		*len = 0;
		return;
	}
	while (n > 0 && is_space(p[0])) {
		p++;
		n--;
	}
	while (n > 0 && is_space(p[n - 1])) {
		n--;
	}
	*s = p;
	*len = n;
}

/* ASCII case-insensitive comparison with a lower-case word. */
static int word_is(const char *s, size_t len, const char *word)
{
	size_t i;

	if (strlen(word) != len) {
		return 0;
	}
	for (i = 0; i < len; i++) {
		if (lower(s[i]) != word[i]) {
			return 0;
		}
	}
	return 1;
}

static int word_in(const char *s, size_t len, const char *const *words)
{
	for (; *words != NULL; words++) {
		if (word_is(s, len, *words)) {
			return 1;
		}
	}
	return 0;
}

static int fail(const char **err, const char *msg)
{
	if (err != NULL) {
		*err = msg;
	}
	return -1;
}

static int succeed(const char **err)
{
	if (err != NULL) {
		*err = NULL;
	}
	return 0;
}

int gojit_parse_jit(const char *s, size_t len, uint32_t *crto, int *off, const char **err)
{
	static const char *const off_words[] = {"off", "0", "no", "false", "disable", NULL};
	static const char *const on_words[] = {"on", "1", "yes", "true", "function", NULL};
	uint32_t n = 0;
	size_t i;

	*crto = 0;
	*off = 0;
	trim(&s, &len);
	if (len == 0 || word_in(s, len, off_words)) {
		*off = 1;
		return succeed(err);
	}
	if (word_in(s, len, on_words)) {
		*crto = GOJIT_DEFAULT_JIT;
		return succeed(err);
	}
	if (word_is(s, len, "tracing")) {
		return fail(err, msg_jit_tracing);
	}
	if (len > 4) {
		return fail(err, msg_jit);
	}
	for (i = 0; i < len; i++) {
		if (!is_digit(s[i])) {
			return fail(err, msg_jit);
		}
		n = n * 10u + (uint32_t)(s[i] - '0');
	}
	if (GOJIT_JIT_C(n) > GOJIT_CPU_MAX || GOJIT_JIT_R(n) > GOJIT_REGALLOC_MAX ||
	    GOJIT_JIT_T(n) > GOJIT_TRIGGER_MAX || GOJIT_JIT_O(n) > GOJIT_OPT_MAX) {
		return fail(err, msg_jit);
	}
	if (n == 0) {
		*off = 1;
	}
	*crto = n;
	return succeed(err);
}

int gojit_parse_buffer_size(const char *s, size_t len, uint64_t *bytes, const char **err)
{
	uint64_t n = 0, mult = 1;
	int too_big = 0;
	size_t i = 0;

	*bytes = 0;
	trim(&s, &len);
	if (len == 0 || !is_digit(s[0])) {
		return fail(err, msg_buffer_syntax);
	}
	for (; i < len && is_digit(s[i]); i++) {
		/* Past the maximum no suffix can bring it back; keep n small. */
		if (!too_big) {
			n = n * 10u + (uint64_t)(s[i] - '0');
			if (n > GOJIT_BUFFER_SIZE_MAX) {
				too_big = 1;
			}
		}
	}
	if (i < len) {
		switch (s[i]) {
		case 'k': case 'K': mult = (uint64_t)1 << 10; break;
		case 'm': case 'M': mult = (uint64_t)1 << 20; break;
		case 'g': case 'G': mult = (uint64_t)1 << 30; break;
		default: return fail(err, msg_buffer_syntax);
		}
		i++;
	}
	if (i != len) {
		return fail(err, msg_buffer_syntax);
	}
	if (too_big) {
		return fail(err, msg_buffer_range);
	}
	n *= mult; /* n <= 2^31 and mult <= 2^30: no overflow */
	if (n == 0) {
		return succeed(err);
	}
	if (n < GOJIT_BUFFER_SIZE_MIN || n > GOJIT_BUFFER_SIZE_MAX) {
		return fail(err, msg_buffer_range);
	}
	*bytes = (n + (GOJIT_BUFFER_SIZE_ALIGN - 1)) / GOJIT_BUFFER_SIZE_ALIGN * GOJIT_BUFFER_SIZE_ALIGN;
	return succeed(err);
}

static int hex_value(char c)
{
	if (c >= '0' && c <= '9') {
		return c - '0';
	}
	c = lower(c);
	if (c >= 'a' && c <= 'f') {
		return c - 'a' + 10;
	}
	return -1;
}

int gojit_parse_debug(const char *s, size_t len, uint32_t *bits, const char **err)
{
	uint64_t n = 0;
	unsigned base = 10;
	size_t i = 0;

	*bits = 0;
	trim(&s, &len);
	if (len >= 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X')) {
		base = 16;
		i = 2;
	}
	if (i == len) {
		return fail(err, msg_debug_syntax);
	}
	for (; i < len; i++) {
		int d = base == 16 ? hex_value(s[i]) : (is_digit(s[i]) ? s[i] - '0' : -1);
		if (d < 0) {
			return fail(err, msg_debug_syntax);
		}
		n = n * base + (uint64_t)d;
		if (n > 0xffffffffu) {
			return fail(err, msg_debug_syntax);
		}
	}
	if ((n & ~(uint64_t)GOJIT_DEBUG_KNOWN) != 0) {
		*bits = (uint32_t)(n & ~(uint64_t)GOJIT_DEBUG_KNOWN);
		return fail(err, msg_debug_unknown);
	}
	*bits = (uint32_t)n;
	return succeed(err);
}

/*
 * A decimal integer from 0 to max (at most 2^32 - 1): digits only, leading
 * zeros allowed. n is 64-bit and never exceeds max before the next digit, so
 * n * 10 + 9 cannot wrap however many digits follow.
 */
static int parse_uint(const char *s, size_t len, uint32_t max, uint32_t *value, const char **err,
		      const char *msg)
{
	uint64_t n = 0;
	size_t i;

	*value = 0;
	trim(&s, &len);
	if (len == 0) {
		return fail(err, msg);
	}
	for (i = 0; i < len; i++) {
		if (!is_digit(s[i])) {
			return fail(err, msg);
		}
		n = n * 10u + (uint64_t)(s[i] - '0');
		if (n > max) {
			return fail(err, msg);
		}
	}
	*value = (uint32_t)n;
	return succeed(err);
}

int gojit_parse_hot(const char *s, size_t len, uint32_t *value, const char **err)
{
	return parse_uint(s, len, GOJIT_HOT_MAX, value, err, msg_hot);
}

int gojit_parse_limit(const char *s, size_t len, uint32_t *value, const char **err)
{
	return parse_uint(s, len, GOJIT_LIMIT_MAX, value, err, msg_limit);
}

int gojit_parse_threshold(const char *s, size_t len, double *value, const char **err)
{
	/* Powers of ten up to 1e15 are exact doubles. */
	static const double pow10[GOJIT_THRESHOLD_MAX_PLACES + 1] = {
		1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7,
		1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
	};
	size_t i = 0, int_start, int_end, frac_start, frac_end;
	int int_value = 0; /* integer part: 0, 1, or 2 meaning more than 1 */
	uint64_t m = 0;

	*value = 0;
	trim(&s, &len);
	int_start = i;
	while (i < len && is_digit(s[i])) {
		i++;
	}
	int_end = i;
	frac_start = frac_end = i;
	if (i < len && s[i] == '.') {
		i++;
		frac_start = i;
		while (i < len && is_digit(s[i])) {
			i++;
		}
		frac_end = i;
		if (frac_end == frac_start) {
			return fail(err, msg_threshold); /* "1." or "." */
		}
	}
	if (i != len || (int_end == int_start && frac_end == frac_start)) {
		return fail(err, msg_threshold);
	}
	for (i = int_start; i < int_end && s[i] == '0'; i++) {
		/* leading zeros */
	}
	if (i < int_end) {
		int_value = (s[i] == '1' && i + 1 == int_end) ? 1 : 2;
	}
	while (frac_end > frac_start && s[frac_end - 1] == '0') {
		frac_end--; /* trailing zeros do not count */
	}
	if (int_value == 2 || (int_value == 1 && frac_end > frac_start)) {
		return fail(err, msg_threshold); /* greater than 1 */
	}
	if (frac_end - frac_start > GOJIT_THRESHOLD_MAX_PLACES) {
		return fail(err, msg_threshold);
	}
	if (int_value == 1) {
		*value = 1.0;
		return succeed(err);
	}
	for (i = frac_start; i < frac_end; i++) {
		m = m * 10u + (uint64_t)(s[i] - '0');
	}
	/*
	 * m < 10^15 < 2^53 and 10^k are exact, so one IEEE division gives the
	 * correctly rounded value, the same as Go's strconv.ParseFloat.
	 */
	*value = (double)m / pow10[frac_end - frac_start];
	return succeed(err);
}
