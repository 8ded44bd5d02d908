/*
 * gojit_hooks.c: sees every op_array once it is final.
 *
 * The hooks are installed at the first RINIT of each process, not in MINIT:
 * opcache installs its own zend_compile_file after MINIT and, on a cache
 * miss, its persist step would reset any handler patched before it. Wrapping
 * opcache's hook means gojit sees op_arrays after they are in shared memory
 * (cache hit or miss alike), or right after compilation without opcache.
 */
#include "gojit_internal.h"
#include "zend_extensions.h"
#include "SAPI.h"

static zend_op_array *(*orig_compile_file)(zend_file_handle *file_handle, int type);
static zend_op_array *(*orig_compile_string)(zend_string *source, const char *filename,
                                             zend_compile_position position);
static bool hooks_installed;

/* Counts the elements of a hash table, to find the ones a compile added. */
typedef struct table_mark {
	uint32_t functions;
	uint32_t classes;
} table_mark;

static table_mark mark_tables(void)
{
	table_mark m = {zend_hash_num_elements(CG(function_table)),
	                zend_hash_num_elements(CG(class_table))};
	return m;
}

static bool op_array_is_shared(const zend_op_array *op_array)
{
	/* opcache marks persisted functions immutable; the persisted main
	 * op_array is not marked, but persisting drops its refcount pointer,
	 * which every freshly compiled op_array has. Erring towards "shared"
	 * only means code is kept instead of released. */
	return (op_array->fn_flags & ZEND_ACC_IMMUTABLE) != 0 || op_array->refcount == NULL;
}

static void discover_op_array(zend_op_array *op_array, int kind, bool shared);

static void discover_dynamic_defs(zend_op_array *op_array, bool shared)
{
	uint32_t i;

	/* Closures, arrow functions and conditionally declared functions live
	 * only here, recursively. */
	for (i = 0; i < op_array->num_dynamic_func_defs; i++) {
		zend_op_array *def = op_array->dynamic_func_defs[i];
		int kind = (def->fn_flags & ZEND_ACC_CLOSURE) ? GOJIT_KIND_CLOSURE : GOJIT_KIND_FUNCTION;
		discover_op_array(def, kind, shared);
	}
}

static void discover_op_array(zend_op_array *op_array, int kind, bool shared)
{
	/* eval()'d and -r code is ZEND_EVAL_CODE; internal functions have no opcodes. */
	if (op_array->type != ZEND_USER_FUNCTION && op_array->type != ZEND_EVAL_CODE) {
		return;
	}
	gojit_compile_op_array(op_array, kind, shared || op_array_is_shared(op_array));
	discover_dynamic_defs(op_array, shared || op_array_is_shared(op_array));
}

static void discover_class(zend_class_entry *ce)
{
	zend_function *fn;

	if (ce->type != ZEND_USER_CLASS) {
		return;
	}
	ZEND_HASH_MAP_FOREACH_PTR(&ce->function_table, fn) {
		/* Inherited methods belong to (and were compiled with) their class. */
		if (fn->type == ZEND_USER_FUNCTION && fn->common.scope == ce &&
		    !(fn->common.fn_flags & ZEND_ACC_ABSTRACT)) {
			discover_op_array(&fn->op_array, GOJIT_KIND_METHOD, false);
		}
	} ZEND_HASH_FOREACH_END();
}

/* Index of the first of the last `added` live elements of ht: where the
 * compile's additions start. Counting live elements from the end stays right
 * even if the table was rehashed (and compacted) while it grew. */
static uint32_t first_added(const HashTable *ht, uint32_t added)
{
	uint32_t idx = ht->nNumUsed;

	while (added > 0 && idx > 0) {
		const zval *zv;
		idx--;
		zv = HT_IS_PACKED(ht) ? &ht->arPacked[idx] : &ht->arData[idx].val;
		if (Z_TYPE_P(zv) != IS_UNDEF) {
			added--;
		}
	}
	return idx;
}

static void discover_added(zend_op_array *main, int main_kind, table_mark before)
{
	table_mark after = mark_tables();
	zend_function *fn;
	zend_class_entry *ce;

	if (main) {
		discover_op_array(main, main_kind, false);
	}
	/* In declaration order, which makes gojit.jit_bisect_limit intuitive. */
	if (after.functions > before.functions) {
		uint32_t from = first_added(CG(function_table), after.functions - before.functions);
		ZEND_HASH_MAP_FOREACH_PTR_FROM(CG(function_table), fn, from) {
			discover_op_array(&fn->op_array, GOJIT_KIND_FUNCTION, false);
		} ZEND_HASH_FOREACH_END();
	}
	if (after.classes > before.classes) {
		uint32_t from = first_added(CG(class_table), after.classes - before.classes);
		ZEND_HASH_MAP_FOREACH_PTR_FROM(CG(class_table), ce, from) {
			discover_class(ce);
		} ZEND_HASH_FOREACH_END();
	}
}

static zend_op_array *gojit_compile_file(zend_file_handle *file_handle, int type)
{
	table_mark before = mark_tables();
	zend_op_array *op_array = orig_compile_file(file_handle, type);

	if (op_array && !gojit_disabled_reason()) {
		discover_added(op_array, GOJIT_KIND_MAIN, before);
	}
	gojit_perf_sync(); /* an opcache hit may bring code another worker compiled */
	return op_array;
}

static zend_op_array *gojit_compile_string(zend_string *source, const char *filename,
                                           zend_compile_position position)
{
	table_mark before = mark_tables();
	zend_op_array *op_array = orig_compile_string(source, filename, position);

	if (op_array && !gojit_disabled_reason()) {
		discover_added(op_array, GOJIT_KIND_EVAL, before);
	}
	return op_array;
}

/* opcache.preload compiles scripts at startup, before any hook of ours:
 * their functions and classes are in the tables already, flagged preloaded
 * and shared by every worker. Called once per process, at its first request. */
void gojit_discover_preloaded(void)
{
	zend_function *fn;
	zend_class_entry *ce;

	ZEND_HASH_MAP_FOREACH_PTR(CG(function_table), fn) {
		if (fn->type == ZEND_USER_FUNCTION && (fn->common.fn_flags & ZEND_ACC_PRELOADED)) {
			discover_op_array(&fn->op_array, GOJIT_KIND_FUNCTION, true);
		}
	} ZEND_HASH_FOREACH_END();
	ZEND_HASH_MAP_FOREACH_PTR(CG(class_table), ce) {
		if (ce->type == ZEND_USER_CLASS && (ce->ce_flags & ZEND_ACC_PRELOADED)) {
			discover_class(ce);
		}
	} ZEND_HASH_FOREACH_END();
}

void gojit_hooks_install(void)
{
	if (hooks_installed) {
		return;
	}
	orig_compile_file = zend_compile_file;
	zend_compile_file = gojit_compile_file;
	orig_compile_string = zend_compile_string;
	zend_compile_string = gojit_compile_string;
	hooks_installed = true;
}

void gojit_hooks_uninstall(void)
{
	if (!hooks_installed) {
		return;
	}
	if (zend_compile_file == gojit_compile_file) {
		zend_compile_file = orig_compile_file;
	}
	if (zend_compile_string == gojit_compile_string) {
		zend_compile_string = orig_compile_string;
	}
	hooks_installed = false;
}

static zend_string *ini_value(const char *name)
{
	zend_ini_entry *e = zend_hash_str_find_ptr(EG(ini_directives), name, strlen(name));
	return e ? e->value : NULL;
}

/* opcache's JIT patches the same handlers: two JITs must not share them. */
bool gojit_opcache_jit_active(char *why, size_t len)
{
	zend_string *jit, *size, *errstr = NULL;
	zend_long bytes;
	bool cli = strcmp(sapi_module.name, "cli") == 0 || strcmp(sapi_module.name, "phpdbg") == 0;

	if (!zend_get_extension("Zend OPcache")) {
		return false;
	}
	if (!INI_BOOL(cli ? "opcache.enable_cli" : "opcache.enable") || !INI_BOOL("opcache.enable")) {
		return false;
	}
	jit = ini_value("opcache.jit");
	size = ini_value("opcache.jit_buffer_size");
	if (!jit || !size) {
		return false; /* opcache built without its JIT */
	}
	bytes = zend_ini_parse_quantity(size, &errstr);
	if (errstr) {
		zend_string_release(errstr);
	}
	if (bytes == 0) {
		return false;
	}
	if (ZSTR_LEN(jit) == 0 || zend_string_equals_literal_ci(jit, "off") ||
	    zend_string_equals_literal_ci(jit, "disable") || zend_string_equals_literal(jit, "0") ||
	    zend_string_equals_literal_ci(jit, "no") || zend_string_equals_literal_ci(jit, "false")) {
		return false;
	}
	snprintf(why, len,
	         "opcache's JIT is active (opcache.jit=%s, opcache.jit_buffer_size=%s); set "
	         "opcache.jit=off or opcache.jit_buffer_size=0 to use gojit",
	         ZSTR_VAL(jit), ZSTR_VAL(size));
	return true;
}
