/*
 * gojit_export.c: serializes one op_array, with the engine's own CFG, SSA and
 * type inference, into the wire format (docs/wire-format.md) that the Go
 * engine decodes. The engine never dereferences PHP memory: what it needs is
 * copied here.
 */
#include "gojit_internal.h"
#include "zend_smart_str.h"
#include "zend_vm.h"
#include "Optimizer/zend_cfg.h"
#include "Optimizer/zend_ssa.h"
#include "Optimizer/zend_inference.h"
#include "Optimizer/zend_optimizer.h"
#include "Optimizer/zend_func_info.h"
#include "zend_observer.h"

#define WIRE_MAGIC 0x46574a47u /* "GJWF" */
#define WIRE_VERSION 3
/* wire.Op.Aux bits (jit/internal/wire/wire.go). */
#define AUX_KNOWN (1u << 30)
#define AUX_COMPLEX (1u << 31)
#define AUX_TYPE_MASK ((1u << 25) - 1)

enum {
	SEC_FUNC = 1,
	SEC_OPS = 2,
	SEC_LITERALS = 3,
	SEC_BLOCKS = 4,
	SEC_SSA_VARS = 5,
	SEC_SSA_OPS = 6,
	SEC_ADDRS = 7,
	SEC_CALLEES = 8,
};

/* FUNC vm_flags: facts about how the VM runs the function's ops. */
#define WIRE_VM_OBSERVERS 1u /* the observer variants of RETURN/DO_*CALL run */

/* The flags opcache's function JIT builds its CFG and SSA with. */
#define CFG_FLAGS                                                                         \
	(ZEND_CFG_STACKLESS | ZEND_CFG_NO_ENTRY_PREDECESSORS | ZEND_SSA_RC_INFERENCE |        \
	 ZEND_SSA_USE_CV_RESULTS | ZEND_CFG_RECV_ENTRY)
#define SSA_FLAGS (ZEND_SSA_RC_INFERENCE | ZEND_SSA_USE_CV_RESULTS)

static void put_u8(smart_str *s, uint8_t v) { smart_str_appendc(s, (char)v); }

static void put_u16(smart_str *s, uint16_t v)
{
	smart_str_appendl(s, (const char *)&v, 2); /* x86_64: little-endian */
}

static void put_u32(smart_str *s, uint32_t v) { smart_str_appendl(s, (const char *)&v, 4); }

static void put_u64(smart_str *s, uint64_t v) { smart_str_appendl(s, (const char *)&v, 8); }

/* Starts a section and returns where its length goes. */
static size_t section_begin(smart_str *s, uint8_t tag)
{
	size_t at;
	put_u8(s, tag);
	put_u8(s, 0);
	put_u16(s, 0);
	at = ZSTR_LEN(s->s);
	put_u32(s, 0);
	return at;
}

static void section_end(smart_str *s, size_t at)
{
	uint32_t len = (uint32_t)(ZSTR_LEN(s->s) - at - 4);
	memcpy(ZSTR_VAL(s->s) + at, &len, 4);
}

static void put_func(smart_str *s, const zend_op_array *op_array, int kind)
{
	size_t at = section_begin(s, SEC_FUNC);
	const char *scope = op_array->scope ? ZSTR_VAL(op_array->scope->name) : "";
	const char *name = op_array->function_name ? ZSTR_VAL(op_array->function_name) : "";
	const char *file = op_array->filename ? ZSTR_VAL(op_array->filename) : "";
	uint32_t scope_len = (uint32_t)strlen(scope), name_len = (uint32_t)strlen(name),
	         file_len = (uint32_t)strlen(file);

	put_u32(s, op_array->fn_flags);
	put_u32(s, op_array->num_args);
	put_u32(s, op_array->required_num_args);
	put_u32(s, (uint32_t)op_array->last_var);
	put_u32(s, op_array->T);
	put_u32(s, op_array->line_start);
	put_u32(s, op_array->line_end);
	put_u32(s, (uint32_t)kind);
	put_u64(s, (uint64_t)(uintptr_t)op_array);
	put_u64(s, (uint64_t)(uintptr_t)op_array->opcodes);
	put_u32(s, scope_len);
	put_u32(s, name_len);
	put_u32(s, file_len);
	/* An observer extension (registered in MINIT, so fixed for the process)
	 * makes the VM pick the OBSERVER specializations of the return and call
	 * handlers, which a fast path must not bypass. */
	put_u32(s, ZEND_OBSERVER_ENABLED ? WIRE_VM_OBSERVERS : 0);
	smart_str_appendl(s, scope, scope_len);
	smart_str_appendl(s, name, name_len);
	smart_str_appendl(s, file, file_len);
	section_end(s, at);
}

static uint32_t return_type_aux(const zend_op_array *op_array);

/* Facts about an op the zend_op lacks (wire.Op.Aux): a VERIFY_RETURN_TYPE
 * gets the declared return type, which lives in arg_info[-1]. */
static uint32_t op_aux(const zend_op_array *op_array, const zend_op *op)
{
	if (op->opcode == ZEND_VERIFY_RETURN_TYPE) {
		return return_type_aux(op_array);
	}
	return 0;
}

/* A function's declared return type, encoded as op_aux does; 0 when it
 * declares none. */
static uint32_t return_type_aux(const zend_op_array *op_array)
{
	if ((op_array->fn_flags & ZEND_ACC_HAS_RETURN_TYPE) && op_array->arg_info) {
		zend_type t = op_array->arg_info[-1].type;
		return AUX_KNOWN | (ZEND_TYPE_PURE_MASK(t) & AUX_TYPE_MASK) |
		       (ZEND_TYPE_IS_COMPLEX(t) ? AUX_COMPLEX : 0);
	}
	return 0;
}

static void put_ops(smart_str *s, const zend_op_array *op_array, const zend_cfg *cfg)
{
	size_t at = section_begin(s, SEC_OPS);
	uint32_t i;

	put_u32(s, op_array->last);
	put_u32(s, 0);
	for (i = 0; i < op_array->last; i++) {
		const zend_op *op = &op_array->opcodes[i];
		/* An armed trigger stub (gojit_trigger.c) stands for its VM handler. */
		zend_op vm_op = *op;
		vm_op.handler = gojit_trigger_orig_handler(op);
		put_u64(s, (uint64_t)(uintptr_t)vm_op.handler);
		put_u32(s, op->op1.num);
		put_u32(s, op->op2.num);
		put_u32(s, op->result.num);
		put_u32(s, op->extended_value);
		put_u32(s, op->lineno);
		put_u8(s, op->opcode);
		put_u8(s, op->op1_type);
		put_u8(s, op->op2_type);
		put_u8(s, op->result_type);
		put_u32(s, cfg->map[i]);
		put_u32(s, op_aux(op_array, op));
		/* The function variant native code calls. The lookup goes by the
		 * handler's address in the VM's table, so it is only valid while
		 * op->handler is still the VM's: export runs before install. */
		put_u64(s, (uint64_t)(uintptr_t)zend_get_opcode_handler_func(&vm_op));
	}
	section_end(s, at);
}

static void put_literals(smart_str *s, const zend_op_array *op_array)
{
	size_t at = section_begin(s, SEC_LITERALS);
	int i;

	put_u32(s, (uint32_t)op_array->last_literal);
	put_u32(s, 0);
	for (i = 0; i < op_array->last_literal; i++) {
		const zval *zv = &op_array->literals[i];
		uint64_t value = 0;
		uint32_t len = 0;

		switch (Z_TYPE_P(zv)) {
		case IS_LONG:
			value = (uint64_t)Z_LVAL_P(zv);
			break;
		case IS_DOUBLE:
			memcpy(&value, &Z_DVAL_P(zv), 8);
			break;
		case IS_TRUE:
			value = 1;
			break;
		case IS_STRING:
			len = (uint32_t)Z_STRLEN_P(zv);
			break;
		}
		put_u64(s, value);
		put_u8(s, Z_TYPE_P(zv));
		put_u8(s, 0);
		put_u16(s, 0);
		put_u32(s, len);
	}
	section_end(s, at);
}

static void put_blocks(smart_str *s, const zend_cfg *cfg)
{
	size_t at = section_begin(s, SEC_BLOCKS);
	int i;

	put_u32(s, (uint32_t)cfg->blocks_count);
	put_u32(s, 0);
	for (i = 0; i < cfg->blocks_count; i++) {
		const zend_basic_block *b = &cfg->blocks[i];
		put_u32(s, b->start);
		put_u32(s, b->len);
		put_u32(s, b->flags);
		put_u32(s, (uint32_t)b->loop_header);
	}
	section_end(s, at);
}

static void put_ssa(smart_str *s, const zend_op_array *op_array, const zend_ssa *ssa)
{
	size_t at = section_begin(s, SEC_SSA_VARS);
	int i;
	uint32_t j;

	put_u32(s, (uint32_t)ssa->vars_count);
	put_u32(s, 0);
	for (i = 0; i < ssa->vars_count; i++) {
		const zend_ssa_var_info *info = &ssa->var_info[i];
		uint32_t flags = (info->has_range ? 1 : 0) | (info->range.underflow ? 2 : 0) |
		                 (info->range.overflow ? 4 : 0) | (info->is_instanceof ? 8 : 0) |
		                 (ssa->vars[i].no_val ? 16 : 0);
		put_u32(s, info->type);
		put_u32(s, flags);
		put_u64(s, (uint64_t)info->range.min);
		put_u64(s, (uint64_t)info->range.max);
		put_u32(s, (uint32_t)ssa->vars[i].var);
		put_u32(s, (uint32_t)ssa->vars[i].definition);
	}
	section_end(s, at);

	at = section_begin(s, SEC_SSA_OPS);
	put_u32(s, op_array->last);
	put_u32(s, 0);
	for (j = 0; j < op_array->last; j++) {
		const zend_ssa_op *op = &ssa->ops[j];
		put_u32(s, (uint32_t)op->op1_use);
		put_u32(s, (uint32_t)op->op2_use);
		put_u32(s, (uint32_t)op->result_use);
		put_u32(s, (uint32_t)op->op1_def);
		put_u32(s, (uint32_t)op->op2_def);
		put_u32(s, (uint32_t)op->result_def);
	}
	section_end(s, at);
}

/* Where the literals are: CONST operands are offsets from their opline, so
 * with this address the engine knows which literal an operand names. */
static void put_addrs(smart_str *s, const zend_op_array *op_array)
{
	size_t at = section_begin(s, SEC_ADDRS);

	put_u64(s, (uint64_t)(uintptr_t)op_array->literals);
	section_end(s, at);
}

/* The user function an INIT_FCALL or INIT_FCALL_BY_NAME names, if the
 * function table has it now (declared in this file or before); NULL else. */
static const zend_op_array *named_callee(const zend_op *op)
{
	const zval *name;
	const zend_function *fn;

	if (op->opcode == ZEND_INIT_FCALL) {
		name = RT_CONSTANT(op, op->op2);
	} else if (op->opcode == ZEND_INIT_FCALL_BY_NAME) {
		name = RT_CONSTANT(op, op->op2) + 1; /* the lowercased name */
	} else {
		return NULL;
	}
	if (Z_TYPE_P(name) != IS_STRING) {
		return NULL;
	}
	fn = zend_hash_find_ptr(CG(function_table), Z_STR_P(name));
	return fn && fn->type == ZEND_USER_FUNCTION ? &fn->op_array : NULL;
}

/* Facts about the functions calls name (wire.Callee): native calls use
 * them after checking at run time that the call's function is that
 * op_array. */
static void put_callees(smart_str *s, const zend_op_array *op_array)
{
	size_t at;
	uint32_t i, n = 0;

	for (i = 0; i < op_array->last; i++) {
		n += named_callee(&op_array->opcodes[i]) != NULL;
	}
	if (n == 0) {
		return;
	}
	at = section_begin(s, SEC_CALLEES);
	put_u32(s, n);
	put_u32(s, 0);
	for (i = 0; i < op_array->last; i++) {
		const zend_op_array *c = named_callee(&op_array->opcodes[i]);
		if (!c) {
			continue;
		}
		put_u32(s, i);
		put_u32(s, c->num_args);
		put_u32(s, (uint32_t)c->last_var);
		put_u32(s, c->T);
		put_u32(s, c->fn_flags);
		put_u32(s, return_type_aux(c));
		put_u64(s, (uint64_t)(uintptr_t)c);
		put_u64(s, (uint64_t)(uintptr_t)c->opcodes);
		put_u32(s, ((const zend_function *)c)->quick_arg_flags);
		put_u32(s, 0);
	}
	section_end(s, at);
}

/* Blocks beyond which the optimizer's recursive analyses risk the C stack. */
#define MAX_ANALYSED_BLOCKS 100000

/* The CFG with loops, as opcache's JIT builds it. Returns false when the
 * function is too large to analyse further. */
static bool build_cfg(zend_arena **arena, zend_op_array *op_array, zend_cfg *cfg)
{
	zend_build_cfg(arena, op_array, CFG_FLAGS, cfg);
	if (cfg->blocks_count > MAX_ANALYSED_BLOCKS) {
		return false;
	}
	zend_cfg_build_predecessors(arena, cfg);
	zend_cfg_compute_dominators_tree(op_array, cfg);
	zend_cfg_identify_loops(op_array, cfg);
	return true;
}

/* SSA and types on top of the CFG, with the engine's optimizer. Returns
 * false when SSA is not available for this function: the same cases
 * opcache's function JIT leaves untyped (main code may touch any variable by
 * name; try/catch and generators are not modelled). */
static bool build_ssa(zend_arena **arena, zend_op_array *op_array, zend_ssa *ssa)
{
	if (!op_array->function_name || op_array->last_try_catch != 0 ||
	    (op_array->fn_flags & ZEND_ACC_GENERATOR) ||
	    (ssa->cfg.flags & (ZEND_FUNC_INDIRECT_VAR_ACCESS | ZEND_FUNC_IRREDUCIBLE))) {
		return false;
	}
	if (zend_build_ssa(arena, NULL, op_array, SSA_FLAGS, ssa) != SUCCESS) {
		return false;
	}
	zend_ssa_compute_use_def_chains(arena, op_array, ssa);
	zend_ssa_find_false_dependencies(op_array, ssa);
	zend_ssa_find_sccs(op_array, ssa);
	return zend_ssa_inference(arena, op_array, NULL, ssa,
	                          ZEND_OPTIMIZER_ALL_PASSES & ~ZEND_OPTIMIZER_NARROW_TO_DOUBLE) == SUCCESS;
}

/* Set while gojit_export_cfg runs: trigger stubs need the ops and the CFG only. */
static bool cfg_only;

zend_string *gojit_export(zend_op_array *op_array, int kind)
{
	smart_str s = {0};
	zend_arena *arena = zend_arena_create(64 * 1024);
	zend_ssa ssa;
	bool analysable, have_ssa = false;

	memset(&ssa, 0, sizeof(ssa));
	analysable = build_cfg(&arena, op_array, &ssa.cfg);
	/* Type inference only pays from optimization level 3 on. */
	if (analysable && !cfg_only && GOJIT_JIT_O(gojit_ini.jit) >= 3) {
		have_ssa = build_ssa(&arena, op_array, &ssa);
	}

	put_u32(&s, WIRE_MAGIC);
	put_u16(&s, WIRE_VERSION);
	put_u16(&s, 0);
	put_func(&s, op_array, kind);
	put_ops(&s, op_array, &ssa.cfg);
	put_literals(&s, op_array);
	put_blocks(&s, &ssa.cfg);
	if (have_ssa) {
		put_ssa(&s, op_array, &ssa);
	}
	if (op_array->literals) {
		put_addrs(&s, op_array); /* sections in tag order, as wire.Encode writes them */
	}
	if (!cfg_only) {
		put_callees(&s, op_array);
	}
	zend_arena_destroy(arena);
	return smart_str_extract(&s);
}

zend_string *gojit_export_cfg(zend_op_array *op_array, int kind)
{
	zend_string *wire;

	cfg_only = true;
	wire = gojit_export(op_array, kind);
	cfg_only = false;
	return wire;
}
