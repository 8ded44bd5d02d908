/*
 * gojit.c: module entry and lifecycle. This file only wires the others:
 *   MINIT           ini (gojit_ini.c), code buffer (gojit_buffer.c); before fork
 *   first RINIT     compile hooks (gojit_hooks.c), in each process
 *   RSHUTDOWN       trigger 2: compile what the request's profile found hot
 *   post-deactivate release code of op_arrays that died with the request
 *   MSHUTDOWN       unhook, unmap
 */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "gojit_internal.h"
#include "php_gojit.h"
#include "gojit_arginfo.h"
#include "zend_extensions.h"

void gojit_set_process_off(const char *reason);
void gojit_status_info(zend_module_entry *zend_module);

/* Registered as a zend_extension too, for one hook: op_array_dtor, which
 * tells when a request-local op_array (and so its code) dies. */
static zend_extension gojit_zend_extension = {
	"gojit",
	PHP_GOJIT_VERSION,
	"the gojit developers",
	"",
	"",
	NULL, /* startup */
	NULL, /* shutdown */
	NULL, /* activate */
	NULL, /* deactivate */
	NULL, /* message_handler */
	NULL, /* op_array_handler */
	NULL, /* statement_handler */
	NULL, /* fcall_begin_handler */
	NULL, /* fcall_end_handler */
	NULL, /* op_array_ctor */
	gojit_op_array_dtor,
	STANDARD_ZEND_EXTENSION_PROPERTIES
};

static PHP_MINIT_FUNCTION(gojit)
{
	gojit_ini_register(module_number, type);
	gojit_rid = zend_get_resource_handle("gojit");
	zend_register_extension(&gojit_zend_extension, NULL);
	if (gojit_ini.buffer_size > 0 && gojit_buffer_map(gojit_ini.buffer_size) != SUCCESS) {
		/* No JIT, but PHP runs: say why once. */
		zend_error(E_WARNING, "gojit: cannot create the code buffer (%s); running without the JIT",
		           gojit_buf.error);
	} else if (gojit_ini.buffer_size == 0) {
		snprintf(gojit_buf.error, sizeof(gojit_buf.error), "gojit.jit_buffer_size is 0");
	}
	gojit_perf_startup();
	gojit_shared_startup();
	return SUCCESS;
}

static PHP_MSHUTDOWN_FUNCTION(gojit)
{
	gojit_engine_preload_wait(); /* no Go runtime starting while PHP ends */
	gojit_hooks_uninstall();
	gojit_trigger_shutdown();
	gojit_perf_shutdown();
	gojit_shared_shutdown();
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
		if (!gojit_disabled_reason()) {
			gojit_discover_preloaded();
		}
	}
	/* Load the engine in each process at its first request (never in the
	 * php-fpm master, which runs no request): problems show up at once, and
	 * every worker can run code that another one compiled. */
	if (!gojit_disabled_reason()) {
		gojit_engine_get();
	} else {
		gojit_engine_preload_wait();
	}
	gojit_shared_check(); /* another process may have released code after a restart */
	gojit_perf_sync(); /* symbols for code other workers compiled meanwhile */
	return SUCCESS;
}

static PHP_RSHUTDOWN_FUNCTION(gojit)
{
	/* The request's op_arrays still exist here (not at post-deactivate). */
	gojit_trigger_rshutdown();
	return SUCCESS;
}

static ZEND_MODULE_POST_ZEND_DEACTIVATE_D(gojit)
{
	/* Runs after the executor freed this request's op_arrays. */
	gojit_trigger_request_end();
	gojit_request_end();
	gojit_shared_request_end();
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
	PHP_RSHUTDOWN(gojit),
	gojit_status_info,
	PHP_GOJIT_VERSION,
	NO_MODULE_GLOBALS,
	ZEND_MODULE_POST_ZEND_DEACTIVATE_N(gojit),
	STANDARD_MODULE_PROPERTIES_EX,
};

#ifdef COMPILE_DL_GOJIT
/* ZEND_GET_MODULE's function, plus the engine's preload: PHP calls it when
 * it loads gojit.so, before it starts any module. */
ZEND_DLEXPORT zend_module_entry *get_module(void);
ZEND_DLEXPORT zend_module_entry *get_module(void)
{
	gojit_engine_preload();
	return &gojit_module_entry;
}
#endif
