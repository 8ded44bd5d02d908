/*
 * gojit_policy.c: which functions the user wants compiled. Everything here
 * is a decision about one function, made before any work is spent on it:
 * doc comments (@jit with T=4, @nojit always), gojit.blacklist and
 * gojit_blacklist(), and gojit.jit_bisect_limit.
 */
#include "gojit_internal.h"

/* Lower-cased names: "f", "ns\\f", "class::method", "{closure}", "{main}". */
static HashTable *ini_blacklist;     /* from gojit.blacklist, rebuilt on change */
static HashTable *runtime_blacklist; /* gojit_blacklist(), for the process's life */
static uint32_t bisect_seen;         /* functions that reached the limit check */

static HashTable *new_set(void)
{
	HashTable *ht = pemalloc(sizeof(HashTable), 1);
	zend_hash_init(ht, 8, NULL, NULL, 1);
	return ht;
}

static void free_set(HashTable **ht)
{
	if (*ht) {
		zend_hash_destroy(*ht);
		pefree(*ht, 1);
		*ht = NULL;
	}
}

/* Trims blanks and a leading backslash ("\\ns\\f" is "ns\\f"), lower-cases;
 * returns NULL for an empty name. The caller frees the result. */
static char *normalize(const char *name, size_t len, size_t *out_len)
{
	while (len > 0 && (*name == ' ' || *name == '\t')) {
		name++, len--;
	}
	while (len > 0 && (name[len - 1] == ' ' || name[len - 1] == '\t')) {
		len--;
	}
	if (len > 0 && *name == '\\') {
		name++, len--;
	}
	*out_len = len;
	return len ? zend_str_tolower_dup(name, len) : NULL;
}

static void add_name(HashTable *ht, const char *name, size_t len)
{
	char *lower = normalize(name, len, &len);
	if (lower) {
		zend_hash_str_add_empty_element(ht, lower, len);
		efree(lower);
	}
}

void gojit_policy_set_blacklist(const char *list, size_t len)
{
	const char *end = list + len, *comma;

	free_set(&ini_blacklist);
	if (len == 0) {
		return;
	}
	ini_blacklist = new_set();
	while (list < end) {
		comma = memchr(list, ',', end - list);
		if (!comma) {
			comma = end;
		}
		add_name(ini_blacklist, list, comma - list);
		list = comma + 1;
	}
}

void gojit_policy_shutdown(void)
{
	free_set(&ini_blacklist);
	free_set(&runtime_blacklist);
}

static bool blacklisted(const char *name, size_t len)
{
	char *lower = normalize(name, len, &len);
	bool found;

	if (!lower) {
		return false;
	}
	found = (ini_blacklist && zend_hash_str_exists(ini_blacklist, lower, len)) ||
	        (runtime_blacklist && zend_hash_str_exists(runtime_blacklist, lower, len));
	efree(lower);
	return found;
}

static bool doc_has(const zend_op_array *op_array, const char *tag, size_t len)
{
	const zend_string *doc = op_array->doc_comment;
	return doc && zend_memnstr(ZSTR_VAL(doc), tag, len, ZSTR_VAL(doc) + ZSTR_LEN(doc));
}

const char *gojit_policy_skip_reason(const zend_op_array *op_array, const char *name)
{
	if (doc_has(op_array, "@nojit", 6)) {
		return "@nojit doc comment";
	}
	if (GOJIT_JIT_T(gojit_ini.jit) == GOJIT_TRIGGER_DOC_COMMENT && !doc_has(op_array, "@jit", 4)) {
		return "no @jit doc comment (gojit.jit trigger 4)";
	}
	if (blacklisted(name, strlen(name))) {
		return "blacklisted";
	}
	/* Last: the limit counts only functions that would otherwise compile,
	 * in compile order (with triggers 1-3, when the trigger fires, not when
	 * the function is armed), so halving it bisects a miscompiled function. */
	if (gojit_ini.bisect_limit && !gojit_trigger_deferring() &&
	    ++bisect_seen > gojit_ini.bisect_limit) {
		return "beyond gojit.jit_bisect_limit";
	}
	return NULL;
}

ZEND_FUNCTION(gojit_blacklist)
{
	zend_string *function;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_STR(function)
	ZEND_PARSE_PARAMETERS_END();

	if (!runtime_blacklist) {
		runtime_blacklist = new_set();
	}
	if (blacklisted(ZSTR_VAL(function), ZSTR_LEN(function))) {
		RETURN_FALSE;
	}
	add_name(runtime_blacklist, ZSTR_VAL(function), ZSTR_LEN(function));
	RETURN_TRUE;
}
