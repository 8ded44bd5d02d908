/*
 * gojit.c: module entry and lifecycle. This file only wires the others:
 *   MINIT           ini (gojit_ini.c), code buffer (gojit_buffer.c); before fork
 *   first RINIT     compile hooks (gojit_hooks.c), in each process
 *   post-deactivate release code of op_arrays that died with the request
 *   MSHUTDOWN       unhook, unmap
 */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "gojit_internal.h"
#include "php_gojit.h"
#include "gojit_arginfo.h"

void gojit_set_process_off(const char *reason);
void gojit_status_info(zend_module_entry *zend_module);

static PHP_MINIT_FUNCTION(gojit)
{
	gojit_ini_register(module_number, type);
	if (gojit_ini.buffer_size > 0 && gojit_buffer_map(gojit_ini.buffer_size) != SUCCESS) {
		/* No JIT, but PHP runs: say why once. */
		zend_error(E_WARNING, "gojit: cannot create the code buffer (%s); running without the JIT",
		           gojit_buf.error);
	} else if (gojit_ini.buffer_size == 0) {
		snprintf(gojit_buf.error, sizeof(gojit_buf.error), "gojit.jit_buffer_size is 0");
	}
	gojit_perf_startup();
	return SUCCESS;
}

static PHP_MSHUTDOWN_FUNCTION(gojit)
{
	gojit_hooks_uninstall();
	gojit_perf_shutdown();
	gojit_buffer_unmap();
	gojit_ini_unregister(module_number, type);
	return SUCCESS;
}

static PHP_RINIT_FUNCTION(gojit)
{
	static bool process_ready;

	if (!process_ready) {
		char why[256];
		process_ready = true;
		if (gojit_opcache_jit_active(why, sizeof(why))) {
			gojit_set_process_off(why);
			gojit_log("%s", why);
		}
		gojit_hooks_install();
	}
	/* Load the engine in each process at its first request (never in the
	 * php-fpm master, which runs no request): problems show up at once, and
	 * every worker can run code that another one compiled. */
	if (!gojit_disabled_reason()) {
		gojit_engine_get();
	}
	gojit_perf_sync(); /* symbols for code other workers compiled meanwhile */
	return SUCCESS;
}

static ZEND_MODULE_POST_ZEND_DEACTIVATE_D(gojit)
{
	/* Runs after the executor freed this request's op_arrays. */
	gojit_release_request_code();
	return SUCCESS;
}

zend_module_entry gojit_module_entry = {
	STANDARD_MODULE_HEADER_EX,
	NULL,
	NULL,
	"gojit",
	ext_functions,
	PHP_MINIT(gojit),
	PHP_MSHUTDOWN(gojit),
	PHP_RINIT(gojit),
	NULL,
	gojit_status_info,
	PHP_GOJIT_VERSION,
	NO_MODULE_GLOBALS,
	ZEND_MODULE_POST_ZEND_DEACTIVATE_N(gojit),
	STANDARD_MODULE_PROPERTIES_EX,
};

#ifdef COMPILE_DL_GOJIT
ZEND_GET_MODULE(gojit)
#endif
