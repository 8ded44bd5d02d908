/*
 * gojit_ini.c: ini settings. Values are validated by the pure C parsers in
 * gojit_config.c (checked against the same table as the Go config package).
 * A bad value gives one warning naming the setting, the value and what is
 * allowed; the setting keeps its previous (at startup: default) value.
 */
#include "gojit_internal.h"
#include "php_ini.h"

gojit_settings gojit_ini;

static const zend_ini_entry_def ini_entries[];

static const char *default_value(const zend_string *name)
{
	const zend_ini_entry_def *d;
	for (d = ini_entries; d->name; d++) {
		if (zend_string_equals_cstr(name, d->name, d->name_length)) {
			return d->value;
		}
	}
	return "";
}

static void ini_reject(const zend_ini_entry *entry, const zend_string *value, const char *why)
{
	/* At startup entry->value is not set yet and the default is used. */
	zend_error(E_WARNING, "gojit: invalid value \"%s\" for %s: %s; %s \"%s\"", ZSTR_VAL(value),
	           ZSTR_VAL(entry->name), why, entry->value ? "keeping" : "using the default",
	           entry->value ? ZSTR_VAL(entry->value) : default_value(entry->name));
}

static ZEND_INI_MH(OnUpdateJit)
{
	uint32_t crto;
	int off;
	const char *err;

	if (gojit_parse_jit(ZSTR_VAL(new_value), ZSTR_LEN(new_value), &crto, &off, &err) != 0) {
		ini_reject(entry, new_value, err);
		return FAILURE;
	}
	gojit_ini.jit = off ? 0 : crto;
	gojit_ini.jit_off = off != 0;
	return SUCCESS;
}

static ZEND_INI_MH(OnUpdateBufferSize)
{
	uint64_t size;
	const char *err;

	if (gojit_parse_buffer_size(ZSTR_VAL(new_value), ZSTR_LEN(new_value), &size, &err) != 0) {
		ini_reject(entry, new_value, err);
		return FAILURE;
	}
	gojit_ini.buffer_size = size;
	return SUCCESS;
}

static ZEND_INI_MH(OnUpdateDebug)
{
	uint32_t bits;
	const char *err;

	if (gojit_parse_debug(ZSTR_VAL(new_value), ZSTR_LEN(new_value), &bits, &err) != 0) {
		char why[256];
		if (bits) {
			snprintf(why, sizeof(why), "%s (unknown: 0x%x)", err, bits);
			err = why;
		}
		ini_reject(entry, new_value, err);
		return FAILURE;
	}
	gojit_ini.debug = bits;
	return SUCCESS;
}

static ZEND_INI_MH(OnUpdateHot)
{
	uint32_t value;
	const char *err;

	if (gojit_parse_hot(ZSTR_VAL(new_value), ZSTR_LEN(new_value), &value, &err) != 0) {
		ini_reject(entry, new_value, err);
		return FAILURE;
	}
	*(uint32_t *)mh_arg1 = value;
	return SUCCESS;
}

static ZEND_INI_MH(OnUpdateThreshold)
{
	double value;
	const char *err;

	if (gojit_parse_threshold(ZSTR_VAL(new_value), ZSTR_LEN(new_value), &value, &err) != 0) {
		ini_reject(entry, new_value, err);
		return FAILURE;
	}
	gojit_ini.prof_threshold = value;
	return SUCCESS;
}

static ZEND_INI_MH(OnUpdateLimit)
{
	uint32_t value;
	const char *err;

	if (gojit_parse_limit(ZSTR_VAL(new_value), ZSTR_LEN(new_value), &value, &err) != 0) {
		ini_reject(entry, new_value, err);
		return FAILURE;
	}
	gojit_ini.bisect_limit = value;
	return SUCCESS;
}

static ZEND_INI_MH(OnUpdateBlacklist)
{
	gojit_policy_set_blacklist(ZSTR_VAL(new_value), ZSTR_LEN(new_value));
	return SUCCESS;
}

static ZEND_INI_MH(OnUpdateEnable)
{
	gojit_ini.enable = zend_ini_parse_bool(new_value);
	return SUCCESS;
}

static ZEND_INI_MH(OnUpdateEnginePath)
{
	gojit_ini.engine_path = ZSTR_VAL(new_value);
	return SUCCESS;
}

/* Defaults give a working JIT as soon as the extension is loaded. */
PHP_INI_BEGIN()
	ZEND_INI_ENTRY("gojit.enable", "1", PHP_INI_ALL, OnUpdateEnable)
	ZEND_INI_ENTRY("gojit.jit", GOJIT_DEFAULT_JIT_INI, PHP_INI_ALL, OnUpdateJit)
	ZEND_INI_ENTRY("gojit.jit_buffer_size", GOJIT_DEFAULT_BUFFER_SIZE_INI, PHP_INI_SYSTEM,
	               OnUpdateBufferSize)
	ZEND_INI_ENTRY("gojit.jit_debug", GOJIT_DEFAULT_DEBUG_INI, PHP_INI_ALL, OnUpdateDebug)
	ZEND_INI_ENTRY1("gojit.jit_hot_func", GOJIT_DEFAULT_HOT_FUNC_INI, PHP_INI_ALL, OnUpdateHot,
	                &gojit_ini.hot_func)
	ZEND_INI_ENTRY1("gojit.jit_hot_loop", GOJIT_DEFAULT_HOT_LOOP_INI, PHP_INI_ALL, OnUpdateHot,
	                &gojit_ini.hot_loop)
	ZEND_INI_ENTRY("gojit.jit_prof_threshold", GOJIT_DEFAULT_PROF_THRESHOLD_INI, PHP_INI_ALL,
	               OnUpdateThreshold)
	ZEND_INI_ENTRY("gojit.jit_bisect_limit", GOJIT_DEFAULT_BISECT_LIMIT_INI, PHP_INI_ALL,
	               OnUpdateLimit)
	ZEND_INI_ENTRY("gojit.blacklist", "", PHP_INI_ALL, OnUpdateBlacklist)
	ZEND_INI_ENTRY("gojit.engine_path", "", PHP_INI_SYSTEM, OnUpdateEnginePath)
PHP_INI_END()

void gojit_ini_register(int module_number, int type)
{
	REGISTER_INI_ENTRIES();
}

void gojit_ini_unregister(int module_number, int type)
{
	UNREGISTER_INI_ENTRIES();
	gojit_policy_shutdown();
}
