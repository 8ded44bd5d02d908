/*
 * config_test.c: checks the C ini parsers (ext/gojit_config.c) against the
 * shared table config/testdata/cases.tsv (format described at its top).
 *
 *   gcc -Wall -Werror -std=c99 -I ext -o /tmp/gojit_config_test \
 *       ext/tests/config_test.c ext/gojit_config.c
 *   /tmp/gojit_config_test config/testdata/cases.tsv
 *
 * Prints each failure, then "N passed, M failed" as the last line; exits 1 on
 * any failure (or if the table has no cases), 2 if the table cannot be read.
 */
#include "gojit_config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_LINE 4096

static int passed, failed;

static void report(int ok, unsigned long line, const char *what, const char *detail)
{
	if (ok) {
		passed++;
		return;
	}
	failed++;
	printf("FAIL line %lu: %s: %s\n", line, what, detail);
}

static int hex_digit(char c)
{
	if (c >= '0' && c <= '9') {
		return c - '0';
	}
	if (c >= 'a' && c <= 'f') {
		return c - 'a' + 10;
	}
	if (c >= 'A' && c <= 'F') {
		return c - 'A' + 10;
	}
	return -1;
}

/* Decodes the table's escapes in place; returns the length or -1. */
static long unescape(char *s)
{
	char *out = s;
	const char *in = s;

	while (*in != '\0') {
		if (*in != '\\') {
			*out++ = *in++;
			continue;
		}
		in++;
		switch (*in) {
		case 's': *out++ = ' '; break;
		case 't': *out++ = '\t'; break;
		case 'n': *out++ = '\n'; break;
		case 'r': *out++ = '\r'; break;
		case 'v': *out++ = '\v'; break;
		case 'f': *out++ = '\f'; break;
		case '\\': *out++ = '\\'; break;
		case 'x': {
			int hi = hex_digit(in[1]), lo = hi < 0 ? -1 : hex_digit(in[2]);
			if (lo < 0) {
				return -1;
			}
			*out++ = (char)(hi * 16 + lo);
			in += 2;
			break;
		}
		default:
			return -1;
		}
		in++;
	}
	return (long)(out - s);
}

/* Runs one parser; on success writes the canonical value to out. */
static int run(const char *setting, const char *in, size_t len, char *out, size_t outsz,
	       const char **err, int *known)
{
	int rc;

	*known = 1;
	if (strcmp(setting, "jit") == 0) {
		uint32_t crto;
		int off;
		rc = gojit_parse_jit(in, len, &crto, &off, err);
		if (rc == 0) {
			if (off) {
				snprintf(out, outsz, "off");
			} else {
				snprintf(out, outsz, "%lu", (unsigned long)crto);
			}
		}
	} else if (strcmp(setting, "buffer_size") == 0) {
		uint64_t bytes;
		rc = gojit_parse_buffer_size(in, len, &bytes, err);
		if (rc == 0) {
			snprintf(out, outsz, "%llu", (unsigned long long)bytes);
		}
	} else if (strcmp(setting, "debug") == 0) {
		uint32_t bits;
		rc = gojit_parse_debug(in, len, &bits, err);
		if (rc == 0) {
			snprintf(out, outsz, "%lu", (unsigned long)bits);
		}
	} else if (strcmp(setting, "hot") == 0) {
		uint32_t v;
		rc = gojit_parse_hot(in, len, &v, err);
		if (rc == 0) {
			snprintf(out, outsz, "%lu", (unsigned long)v);
		}
	} else if (strcmp(setting, "limit") == 0) {
		uint32_t v;
		rc = gojit_parse_limit(in, len, &v, err);
		if (rc == 0) {
			snprintf(out, outsz, "%lu", (unsigned long)v);
		}
	} else if (strcmp(setting, "threshold") == 0) {
		double v;
		rc = gojit_parse_threshold(in, len, &v, err);
		if (rc == 0) {
			snprintf(out, outsz, "%g", v);
		}
	} else {
		*known = 0;
		rc = -1;
	}
	return rc;
}

static void check_row(unsigned long line, char *text)
{
	char *setting = text, *input, *expect, *tab;
	char got[64], detail[MAX_LINE + 256];
	const char *err = NULL;
	long len;
	int rc, known;

	input = strchr(setting, '\t');
	if (input == NULL || (expect = strchr(input + 1, '\t')) == NULL) {
		report(0, line, "table", "expected setting<TAB>input<TAB>expect");
		return;
	}
	*input++ = '\0';
	*expect++ = '\0';
	if ((tab = strchr(expect, '\t')) != NULL) {
		report(0, line, "table", "more than 3 fields");
		return;
	}
	len = unescape(input);
	if (len < 0) {
		report(0, line, "table", "bad escape in input");
		return;
	}

	got[0] = '\0';
	rc = run(setting, input, (size_t)len, got, sizeof(got), &err, &known);
	if (!known) {
		snprintf(detail, sizeof(detail), "unknown setting \"%s\"", setting);
		report(0, line, "table", detail);
		return;
	}

	if (strncmp(expect, "ok:", 3) == 0) {
		if (rc != 0) {
			snprintf(detail, sizeof(detail), "want %s, got error: %s", expect, err ? err : "(null)");
		} else if (strcmp(got, expect + 3) != 0) {
			snprintf(detail, sizeof(detail), "want %s, got ok:%s", expect, got);
		} else if (err != NULL) {
			snprintf(detail, sizeof(detail), "ok but *err is not NULL");
		} else {
			report(1, line, setting, "");
			return;
		}
	} else if (strcmp(expect, "error") == 0 || strncmp(expect, "error:", 6) == 0) {
		const char *want = expect[5] == ':' ? expect + 6 : "";
		if (rc == 0) {
			snprintf(detail, sizeof(detail), "want %s, got ok:%s", expect, got);
		} else if (rc != -1 || err == NULL || err[0] == '\0') {
			snprintf(detail, sizeof(detail), "rejected with rc %d and no message", rc);
		} else if (strstr(err, want) == NULL) {
			snprintf(detail, sizeof(detail), "message \"%s\" does not contain \"%s\"", err, want);
		} else {
			report(1, line, setting, "");
			return;
		}
	} else {
		snprintf(detail, sizeof(detail), "bad expect field \"%s\"", expect);
		report(0, line, "table", detail);
		return;
	}
	report(0, line, setting, detail);
}

/* The *_INI default strings must parse to the numeric defaults. */
static void check_defaults(void)
{
	uint32_t crto, u;
	uint64_t bytes;
	double d;
	int off;
	const char *err;

	report(gojit_parse_jit(GOJIT_DEFAULT_JIT_INI, strlen(GOJIT_DEFAULT_JIT_INI), &crto, &off, &err) == 0 &&
		       !off && crto == GOJIT_DEFAULT_JIT,
	       0, "defaults", "GOJIT_DEFAULT_JIT_INI");
	report(gojit_parse_jit("on", 2, &crto, &off, &err) == 0 && crto == GOJIT_DEFAULT_JIT, 0, "defaults",
	       "on != GOJIT_DEFAULT_JIT");
	report(gojit_parse_buffer_size(GOJIT_DEFAULT_BUFFER_SIZE_INI, strlen(GOJIT_DEFAULT_BUFFER_SIZE_INI),
				       &bytes, &err) == 0 &&
		       bytes == GOJIT_DEFAULT_BUFFER_SIZE,
	       0, "defaults", "GOJIT_DEFAULT_BUFFER_SIZE_INI");
	report(gojit_parse_debug(GOJIT_DEFAULT_DEBUG_INI, strlen(GOJIT_DEFAULT_DEBUG_INI), &u, &err) == 0 &&
		       u == GOJIT_DEFAULT_DEBUG,
	       0, "defaults", "GOJIT_DEFAULT_DEBUG_INI");
	report(gojit_parse_hot(GOJIT_DEFAULT_HOT_FUNC_INI, strlen(GOJIT_DEFAULT_HOT_FUNC_INI), &u, &err) == 0 &&
		       u == GOJIT_DEFAULT_HOT_FUNC,
	       0, "defaults", "GOJIT_DEFAULT_HOT_FUNC_INI");
	report(gojit_parse_hot(GOJIT_DEFAULT_HOT_LOOP_INI, strlen(GOJIT_DEFAULT_HOT_LOOP_INI), &u, &err) == 0 &&
		       u == GOJIT_DEFAULT_HOT_LOOP,
	       0, "defaults", "GOJIT_DEFAULT_HOT_LOOP_INI");
	report(gojit_parse_threshold(GOJIT_DEFAULT_PROF_THRESHOLD_INI, strlen(GOJIT_DEFAULT_PROF_THRESHOLD_INI),
				     &d, &err) == 0 &&
		       d == GOJIT_DEFAULT_PROF_THRESHOLD,
	       0, "defaults", "GOJIT_DEFAULT_PROF_THRESHOLD_INI");
	report(gojit_parse_limit(GOJIT_DEFAULT_BISECT_LIMIT_INI, strlen(GOJIT_DEFAULT_BISECT_LIMIT_INI), &u,
				 &err) == 0 &&
		       u == GOJIT_DEFAULT_BISECT_LIMIT,
	       0, "defaults", "GOJIT_DEFAULT_BISECT_LIMIT_INI");
	report(GOJIT_JIT_NUMBER(GOJIT_JIT_C(1235), GOJIT_JIT_R(1235), GOJIT_JIT_T(1235), GOJIT_JIT_O(1235)) == 1235 &&
		       GOJIT_JIT_C(1235) == GOJIT_CPU_AVX && GOJIT_JIT_R(1235) == GOJIT_REGALLOC_GLOBAL &&
		       GOJIT_JIT_T(1235) == GOJIT_TRIGGER_HOT_COUNTERS && GOJIT_JIT_O(1235) == GOJIT_OPT_WHOLE_SCRIPT,
	       0, "defaults", "CRTO accessors");
	report((GOJIT_DEBUG_ASM | GOJIT_DEBUG_IR | GOJIT_DEBUG_PERF | GOJIT_DEBUG_PERF_DUMP | GOJIT_DEBUG_SIZE |
		GOJIT_DEBUG_COMPILE) == GOJIT_DEBUG_KNOWN,
	       0, "defaults", "GOJIT_DEBUG_KNOWN");
	/* NULL with length 0 is the empty string; unknown bits are reported. */
	report(gojit_parse_jit(NULL, 0, &crto, &off, &err) == 0 && off, 0, "api", "NULL jit is not off");
	report(gojit_parse_debug("0x60c", 5, &u, &err) == -1 && u == 0xc, 0, "api", "unknown debug bits not stored");
	report(gojit_parse_hot("1", 1, &u, NULL) == 0 && u == 1, 0, "api", "NULL err not accepted");
	report(gojit_parse_limit(NULL, 0, &u, &err) == -1 && u == 0 && err != NULL, 0, "api", "NULL limit accepted");
	/* The length bounds the value: digits past it are not read. */
	report(gojit_parse_limit("2147483647999", 10, &u, &err) == 0 && u == GOJIT_LIMIT_MAX, 0, "api",
	       "limit read past len");
}

int main(int argc, char **argv)
{
	char line[MAX_LINE];
	unsigned long lineno = 0;
	FILE *f;

	if (argc != 2) {
		fprintf(stderr, "usage: %s config/testdata/cases.tsv\n", argv[0]);
		return 2;
	}
	f = fopen(argv[1], "r");
	if (f == NULL) {
		perror(argv[1]);
		return 2;
	}
	check_defaults();
	while (fgets(line, sizeof(line), f) != NULL) {
		size_t n = strlen(line);
		lineno++;
		if (n > 0 && line[n - 1] == '\n') {
			line[--n] = '\0';
		} else if (!feof(f)) {
			int c;
			report(0, lineno, "table", "line too long");
			while ((c = fgetc(f)) != EOF && c != '\n') {
			}
			continue;
		}
		if (n > 0 && line[n - 1] == '\r') {
			line[--n] = '\0'; /* tolerate CRLF files */
		}
		if (n == 0 || line[0] == '#') {
			continue;
		}
		check_row(lineno, line);
	}
	if (ferror(f)) {
		perror(argv[1]);
		fclose(f);
		return 2;
	}
	fclose(f);
	printf("%d passed, %d failed\n", passed, failed);
	return (failed == 0 && passed > 0) ? 0 : 1;
}
