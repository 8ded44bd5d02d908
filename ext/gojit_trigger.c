/*
 * gojit_trigger.c: compile triggers, the T digit of gojit.jit.
 *
 *   T=0  compile every function when its script is loaded (gojit_compile.c)
 *   T=1  compile a function at its first call
 *   T=2  count calls during the request that loads a function; at the end
 *        of that request compile the functions whose share of the counted
 *        calls is above gojit.jit_prof_threshold
 *   T=3  count calls (function entry) and iterations (each loop header) per
 *        process; compile at gojit.jit_hot_func calls or gojit.jit_hot_loop
 *        iterations, and continue in the new code at the op that fired
 *   T=4  only @jit doc comments (gojit_policy.c)
 *
 * With T=1-3, discovery (gojit_compile_op_array, called by the compile hook)
 * arms a function instead of compiling it: the engine generates trigger
 * stubs (jit/internal/trigger describes them) into one chunk of the code
 * buffer, which starts with a record of the original handlers, and the
 * function's entry handler (T=3: and its loop headers' handlers) are pointed
 * at them. An armed stub is recognised from its address alone, in any
 * process, by the tag in front of it (gojit_trigger_record_of), so the state
 * of a function is in its handlers, visible to every php-fpm worker when the
 * op_array is in opcache's shared memory:
 *
 *   raw       VM handlers only: not seen yet (or put back, see below)
 *   armed     some handler is an armed stub, none points at other code
 *   done      some handler points into the buffer at code that is not an
 *             armed stub: compiled, or retired (a pass-through stub that
 *             only jumps to the VM handler, which marks a shared function
 *             whose compilation failed, was refused, or which was cold in
 *             its profiled request, so that no worker arms it again)
 *
 * T=1/T=3 stubs call gojit_rt_trigger() (from native code, plain SysV, inside
 * the VM's handler context), which compiles the function through the normal
 * path (gojit_compile_op_array: gatekeeping, the buffer lock for shared
 * op_arrays, export, engine, patching) and then disarms what is left: every
 * site still pointing at its armed stub gets its original handler back (or,
 * for a shared function that will never compile, the function entry gets its
 * pass-through stub). Compare-and-swap makes this safe against another
 * worker doing the same. The stub then does "jmp *(%r15)", which lands on
 * the new code (with call-threaded bodies every block start is an entry, so
 * a loop header that fired continues in native code) or on the VM handler,
 * never on the same stub again.
 *
 * T=2 stubs only count (per process, into the private counter table). The
 * functions armed or met armed during a request are resolved at RSHUTDOWN,
 * while the request's op_arrays still exist:
 *   - shared (opcache) op_arrays: the hot ones are compiled, the others
 *     retired; every later request and every worker uses the result;
 *   - request-local op_arrays (no opcache) die at the end of the request, so
 *     compiling them then is pointless: the decision is remembered by
 *     identity (name, file, line) for the life of the process, and later
 *     requests compile the hot functions at load and leave the cold ones in
 *     the VM without arming them again. (The CLI runs one request: there a
 *     T=2 profile without opcache decides, but nothing runs compiled.)
 * Only named functions, methods and closures are profiled (as opcache does);
 * main code and eval()'d code stay in the VM under T=2.
 *
 * Hot counters (T=3) of request-local op_arrays are kept by identity too:
 * the function's next op_array counts on from where the last one stopped, so
 * counts are per process, not per request, also without opcache.
 *
 * Lifetimes: stubs of request-local op_arrays are released (zeroed, their
 * profile counter slots reused) when the op_array dies (the op_array_dtor
 * hook, gojit_op_array_dtor) or at the latest after the request. Stubs of
 * shared op_arrays stay: another worker may be about to run one.
 *
 * Locking: arming a shared op_array (check raw, generate, patch) runs under
 * the buffer's cross-process lock, as compiling does, so two workers never
 * arm, or compile, the same function twice.
 */
#include "gojit_internal.h"

#include <unistd.h>

gojit_trigger_stats gojit_trig;

/* The trigger whose firing is compiling right now (1-3), or 0. */
static int firing;

/* Trigger chunks of request-local op_arrays, by opcodes address (a number,
 * never dereferenced): released when the op_array dies, or after the
 * request. */
typedef struct local_chunk {
	uint64_t off, size;
	zend_string *id; /* T=3: identity its counter slots are kept under; else NULL */
} local_chunk;
static HashTable *local_chunks;
/* T=3 without opcache: the counter slots of each function, by identity, so
 * that the function's next op_array (next request) counts on: hot counters
 * count per process, not per request. Values: uint32 slots in site order. */
static HashTable *kept_slots;

/* T=2: functions profiled in this request, resolved at RSHUTDOWN. */
typedef struct profiled_fn {
	zend_op_array *op_array; /* shared op_arrays only (alive at RSHUTDOWN); else NULL */
	const gojit_trigger_record *rec; /* NULL once the stubs were released */
	uint64_t calls;                  /* the count when the stubs were released */
	zend_string *id;                 /* "name (file:line)", persistent */
} profiled_fn;
static profiled_fn *profiled;
static size_t profiled_len, profiled_cap;
static HashTable *profiled_recs; /* record address -> index in profiled[] */
/* T=2 without opcache: decisions by identity, for the life of the process. */
static HashTable *hot_ids, *cold_ids;

static bool warned_full;

static HashTable *new_set(void)
{
	HashTable *ht = pemalloc(sizeof(HashTable), 1);
	zend_hash_init(ht, 16, NULL, NULL, 1);
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

static int trigger_mode(void)
{
	uint32_t t = GOJIT_JIT_T(gojit_ini.jit);
	return (!gojit_ini.jit_off && t >= GOJIT_TRIGGER_FIRST_CALL && t <= GOJIT_TRIGGER_HOT_COUNTERS)
	           ? (int)t
	           : 0;
}

bool gojit_trigger_deferring(void)
{
	return firing == 0 && trigger_mode() != 0;
}

int gojit_trigger_current(void)
{
	if (firing) {
		return firing;
	}
	return GOJIT_JIT_T(gojit_ini.jit) == GOJIT_TRIGGER_DOC_COMMENT ? GOJIT_TRIGGER_DOC_COMMENT : 0;
}

static const void *load_handler(const zend_op *op)
{
	return __atomic_load_n(&op->handler, __ATOMIC_ACQUIRE);
}

const gojit_trigger_record *gojit_trigger_record_of(const void *handler)
{
	const uint8_t *p = handler, *lo;
	const gojit_trigger_tag *tag;
	const gojit_trigger_record *rec;

	if (!gojit_buf.rx || ((uintptr_t)p & 15) != 0) {
		return NULL;
	}
	lo = gojit_buf.rx + GOJIT_SHM_HEADER_SIZE;
	if (p < lo + sizeof(gojit_trigger_record) + sizeof(gojit_trigger_tag) ||
	    p >= gojit_buf.rx + gojit_buf.size) {
		return NULL;
	}
	tag = (const gojit_trigger_tag *)(p - sizeof(*tag));
	if (tag->magic != GOJIT_TRIGGER_TAG || (tag->back & 15) != 0 ||
	    tag->back > (uint64_t)(p - lo) || tag->back < sizeof(gojit_trigger_record) + sizeof(*tag)) {
		return NULL;
	}
	rec = (const gojit_trigger_record *)(p - tag->back);
	if (rec->magic != GOJIT_TRIGGER_MAGIC ||
	    rec->count > (tag->back - sizeof(*rec) - sizeof(*tag)) / sizeof(gojit_trigger_site)) {
		return NULL;
	}
	return rec;
}

/* The site whose armed stub is at handler, or NULL. */
static const gojit_trigger_site *site_of(const gojit_trigger_record *rec, const void *handler)
{
	uint64_t off = (uint64_t)((const uint8_t *)handler - (const uint8_t *)rec);
	uint32_t i;

	for (i = 0; i < rec->count; i++) {
		if (rec->sites[i].armed == off) {
			return &rec->sites[i];
		}
	}
	return NULL;
}

const void *gojit_trigger_orig_handler(const zend_op *op)
{
	const void *h = load_handler(op);
	const gojit_trigger_record *rec = gojit_trigger_record_of(h);
	const gojit_trigger_site *site = rec ? site_of(rec, h) : NULL;

	return site ? (const void *)(uintptr_t)site->orig_handler : h;
}

typedef enum { STATE_RAW, STATE_ARMED, STATE_DONE } fn_state;

/* See the file comment. *rec is set for STATE_ARMED. */
static fn_state state_of(const zend_op_array *op_array, const gojit_trigger_record **rec)
{
	const gojit_trigger_record *armed = NULL;
	uint32_t i;

	for (i = 0; i < op_array->last; i++) {
		const void *h = load_handler(&op_array->opcodes[i]);
		const gojit_trigger_record *r;
		if (!gojit_buffer_owns(h)) {
			continue;
		}
		r = gojit_trigger_record_of(h);
		if (!r) {
			return STATE_DONE;
		}
		armed = r;
	}
	*rec = armed;
	return armed ? STATE_ARMED : STATE_RAW;
}

/* Takes every site of rec that still points at its armed stub back to its
 * original handler; with retire, the first site (the function entry when it
 * has one) gets its pass-through stub instead, which marks the function as
 * done for good. */
static void disarm(const gojit_trigger_record *rec, bool retire)
{
	zend_op *ops = (zend_op *)(uintptr_t)rec->opcodes;
	uint32_t i;

	for (i = 0; i < rec->count; i++) {
		const gojit_trigger_site *s = &rec->sites[i];
		const void *expected = (const uint8_t *)rec + s->armed;
		const void *desired = retire && i == 0 ? (const void *)((const uint8_t *)rec + s->passthrough)
		                                       : (const void *)(uintptr_t)s->orig_handler;
		__atomic_compare_exchange_n(&ops[s->op_index].handler, &expected, desired, false,
		                            __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST);
	}
}

static bool still_armed(const gojit_trigger_record *rec)
{
	const zend_op *ops = (const zend_op *)(uintptr_t)rec->opcodes;
	uint32_t i;

	for (i = 0; i < rec->count; i++) {
		if (load_handler(&ops[rec->sites[i].op_index]) ==
		    (const void *)((const uint8_t *)rec + rec->sites[i].armed)) {
			return true;
		}
	}
	return false;
}

/* "f (file.php:3)", "A::m (...)", "{closure} (...)": names functions in logs
 * and, for T=2 without opcache, identifies them across requests. */
static zend_string *identity(const zend_op_array *op_array)
{
	const char *file = op_array->filename ? ZSTR_VAL(op_array->filename) : "";

	if (op_array->scope && op_array->function_name) {
		return zend_strpprintf(0, "%s::%s (%s:%u)", ZSTR_VAL(op_array->scope->name),
		                       ZSTR_VAL(op_array->function_name), file, op_array->line_start);
	}
	return zend_strpprintf(0, "%s (%s:%u)",
	                       op_array->function_name ? ZSTR_VAL(op_array->function_name)
	                       : op_array->type == ZEND_EVAL_CODE ? "{eval}"
	                                                           : "{main}",
	                       file, op_array->line_start);
}

static zend_string *persistent_copy(zend_string *s)
{
	zend_string *p = zend_string_init(ZSTR_VAL(s), ZSTR_LEN(s), 1);
	zend_string_release(s);
	return p;
}

/* T=2: profile rec's function in this request (once). */
static void profile(zend_op_array *op_array, const gojit_trigger_record *rec, bool shared)
{
	profiled_fn *p;
	zval index;

	if (rec->trigger != GOJIT_TRIGGER_PROFILE) {
		return;
	}
	if (!profiled_recs) {
		profiled_recs = new_set();
	}
	ZVAL_LONG(&index, (zend_long)profiled_len);
	if (!zend_hash_index_add(profiled_recs, (zend_ulong)(uintptr_t)rec, &index)) {
		return;
	}
	if (profiled_len == profiled_cap) {
		profiled_cap = profiled_cap ? profiled_cap * 2 : 64;
		profiled = perealloc(profiled, sizeof(profiled_fn) * profiled_cap, 1);
	}
	p = &profiled[profiled_len++];
	p->op_array = shared ? op_array : NULL;
	p->rec = rec;
	p->calls = 0;
	p->id = persistent_copy(identity(op_array));
}

static uint64_t calls_of(const gojit_trigger_record *rec)
{
	return rec->func_slot < gojit_buf.counters_len ? gojit_buf.counters[rec->func_slot] : 0;
}

/* Keeps the counter slots of rec's sites under id (see kept_slots). */
static void keep_slots(zend_string *id, const gojit_trigger_record *rec)
{
	zend_string *old, *list;
	uint32_t i, n = rec->count, old_n, len;

	if (!kept_slots) {
		kept_slots = new_set();
	}
	old = zend_hash_find_ptr(kept_slots, id);
	old_n = old ? (uint32_t)(ZSTR_LEN(old) / sizeof(uint32_t)) : 0;
	/* The same identity may name another function next time (eval()'d code
	 * at the same place): keep the longer list's tail too. */
	len = MAX(n, old_n);
	list = zend_string_alloc(sizeof(uint32_t) * len, 1);
	for (i = 0; i < len; i++) {
		uint32_t slot;
		if (i < n) {
			slot = rec->sites[i].slot;
		} else {
			memcpy(&slot, ZSTR_VAL(old) + sizeof(uint32_t) * i, sizeof(slot));
		}
		memcpy(ZSTR_VAL(list) + sizeof(uint32_t) * i, &slot, sizeof(slot));
	}
	ZSTR_VAL(list)[ZSTR_LEN(list)] = '\0';
	if (old) {
		zend_string_release(old);
	}
	zend_hash_update_ptr(kept_slots, id, list);
}

/* Releases one request-local chunk (no handler reaches it any more). A T=2
 * profile keeps the count it reached, T=3 keeps its counter slots. */
static void release_local(local_chunk *c)
{
	const gojit_trigger_record *rec = (const gojit_trigger_record *)(gojit_buf.rx + c->off);
	zval *index;

	if (profiled_recs && (index = zend_hash_index_find(profiled_recs, (zend_ulong)(uintptr_t)rec))) {
		profiled_fn *p = &profiled[Z_LVAL_P(index)];
		p->calls = calls_of(rec);
		p->rec = NULL;
		zend_hash_index_del(profiled_recs, (zend_ulong)(uintptr_t)rec);
	}
	if (c->id) {
		keep_slots(c->id, rec);
	}
	if (gojit_eng.state == 1 && gojit_eng.pid == getpid()) {
		gojit_eng.release_trigger(c->off, c->size, c->id ? 0 : 1);
	}
	if (c->id) {
		zend_string_release(c->id);
	}
	pefree(c, 1);
}

/* Drops the chunk of the request-local op_array with these opcodes. */
static void forget_local(const zend_op *opcodes)
{
	zend_ulong key = (zend_ulong)(uintptr_t)opcodes; /* maybe freed: the value only */
	local_chunk *c;

	if (local_chunks && (c = zend_hash_index_find_ptr(local_chunks, key))) {
		zend_hash_index_del(local_chunks, key);
		release_local(c);
	}
}

static void remember_local(const zend_op_array *op_array, uint64_t off, uint64_t size,
                           zend_string *id)
{
	local_chunk *c = pemalloc(sizeof(local_chunk), 1);

	c->off = off;
	c->size = size;
	c->id = id ? zend_string_init(ZSTR_VAL(id), ZSTR_LEN(id), 1) : NULL;
	if (!local_chunks) {
		local_chunks = new_set();
	}
	/* A dead op_array whose death we missed had these opcodes. */
	forget_local(op_array->opcodes);
	zend_hash_index_add_ptr(local_chunks, (zend_ulong)(uintptr_t)op_array->opcodes, c);
}

void gojit_trigger_op_array_dtor(zend_op_array *op_array)
{
	forget_local(op_array->opcodes);
}

/* Generates and installs the stubs of a raw function. */
static void arm(gojit_engine *eng, zend_op_array *op_array, int kind, bool shared, int t)
{
	gojit_trigger_params params;
	gojit_compile_result res;
	gojit_entry *entries;
	zend_string *wire, *id = NULL, *slots;
	uint32_t i;

	memset(&params, 0, sizeof(params));
	params.trigger = (uint32_t)t;
	params.hot_func = gojit_ini.hot_func;
	params.hot_loop = gojit_ini.hot_loop;
	params.kind = (uint32_t)kind;
	params.flags = shared ? GOJIT_TRIGGER_F_SHARED : 0;
	params.helper = (uint64_t)(uintptr_t)gojit_rt_trigger;
	if (t == GOJIT_TRIGGER_HOT_COUNTERS && !shared) {
		id = identity(op_array);
		if (kept_slots && (slots = zend_hash_find_ptr(kept_slots, id))) {
			params.slots = (const uint32_t *)ZSTR_VAL(slots);
			params.slots_len = (uint32_t)(ZSTR_LEN(slots) / sizeof(uint32_t));
		}
	}

	wire = gojit_export_cfg(op_array, kind);
	entries = emalloc(sizeof(gojit_entry) * op_array->last);
	memset(&res, 0, sizeof(res));
	eng->compile_trigger((const uint8_t *)ZSTR_VAL(wire), ZSTR_LEN(wire), &params, &res, entries,
	                     op_array->last);
	zend_string_release(wire);

	if (res.status == GOJIT_OK && res.entry_count > 0) {
		/* The stubs are in place: publishing is one aligned store each. */
		for (i = 0; i < res.entry_count; i++) {
			ZEND_ASSERT(entries[i].op_index < op_array->last);
			__atomic_store_n(&op_array->opcodes[entries[i].op_index].handler,
			                 (const void *)(uintptr_t)entries[i].address, __ATOMIC_RELEASE);
		}
		gojit_trig.stubs += res.entry_count;
		gojit_trig.armed++;
		gojit_trig.bytes += res.code_size;
		{
			/* Samples in a stub (the counting, the call into the trigger)
			 * get a symbol as compiled code does. */
			char sym[256];
			gojit_perf_name(op_array, "JIT$trigger$", sym, sizeof(sym));
			gojit_perf_register((uint64_t)(uintptr_t)gojit_buf.rx + res.code_offset,
			                    res.code_size, sym);
			gojit_perf_sync();
		}
		if (!shared) {
			remember_local(op_array, res.code_offset, res.code_size, id);
		}
		if (t == GOJIT_TRIGGER_PROFILE) {
			profile(op_array, (const gojit_trigger_record *)(gojit_buf.rx + res.code_offset), shared);
		}
	} else if (res.status == GOJIT_ERR_FULL) {
		gojit_stat.buffer_full = true;
		if (!warned_full) {
			warned_full = true;
			gojit_log("code buffer full (gojit.jit_buffer_size=%llu bytes) while placing trigger "
			          "stubs; compilation stops, PHP keeps running in the VM",
			          (unsigned long long)gojit_buf.size);
		}
	} else if (gojit_ini.debug & GOJIT_DEBUG_COMPILE) {
		zend_string *name = identity(op_array);
		gojit_log("not armed (trigger %d): %s: status %d: %s", t, ZSTR_VAL(name), res.status,
		          res.reason);
		zend_string_release(name);
	}
	if (id) {
		zend_string_release(id);
	}
	efree(entries);
}

bool gojit_trigger_defer(zend_op_array *op_array, int kind, bool shared)
{
	int t = trigger_mode();
	const gojit_trigger_record *rec = NULL;
	gojit_engine *eng;

	if (firing || !t) {
		return false;
	}
	if (t == GOJIT_TRIGGER_PROFILE && !op_array->function_name) {
		return true; /* main code and eval()'d code are not profiled */
	}
	if (t == GOJIT_TRIGGER_HOT_COUNTERS && !gojit_ini.hot_func && !gojit_ini.hot_loop) {
		return true; /* both counters off: nothing ever gets hot */
	}
	if (t == GOJIT_TRIGGER_PROFILE && !shared && (hot_ids || cold_ids)) {
		zend_string *id = identity(op_array);
		bool hot = hot_ids && zend_hash_exists(hot_ids, id);
		bool cold = cold_ids && zend_hash_exists(cold_ids, id);
		zend_string_release(id);
		if (hot) {
			/* Hot in an earlier request of this process: compile now. */
			uint64_t compiled = gojit_stat.compiled, already = gojit_stat.already;
			firing = GOJIT_TRIGGER_PROFILE;
			gojit_compile_op_array(op_array, kind, shared);
			firing = 0;
			if (gojit_stat.compiled == compiled && gojit_stat.already == already &&
			    !gojit_disabled_reason()) {
				/* Refused or failed: do not try again in every request. */
				zend_string *key = identity(op_array);
				zend_hash_del(hot_ids, key);
				if (!cold_ids) {
					cold_ids = new_set();
				}
				key = persistent_copy(key);
				zend_hash_add_empty_element(cold_ids, key);
				zend_string_release(key); /* the table holds its own reference */
			}
		}
		if (hot || cold) {
			return true;
		}
	}
	eng = gojit_engine_get();
	if (!eng) {
		return true;
	}
	/* Unlocked first look: most discoveries of shared op_arrays (opcache
	 * hits) find them armed or done. */
	switch (state_of(op_array, &rec)) {
	case STATE_DONE:
		gojit_stat.already++;
		return true;
	case STATE_ARMED:
		profile(op_array, rec, shared);
		return true;
	case STATE_RAW:
		break;
	}
	if (shared) {
		/* Another worker may be arming or compiling the same function. */
		eng->lock();
		switch (state_of(op_array, &rec)) {
		case STATE_DONE:
			gojit_stat.already++;
			break;
		case STATE_ARMED:
			profile(op_array, rec, shared);
			break;
		case STATE_RAW:
			arm(eng, op_array, kind, shared, t);
			break;
		}
		eng->unlock();
	} else {
		arm(eng, op_array, kind, shared, t);
	}
	return true;
}

/* Request-local code is released when the last copy of its op_array dies
 * (gojit_op_array_dtor finds it in that copy's reserved slot). A trigger
 * compiles the copy that runs (a closure object's, a trait method's clone),
 * made before the compile, so it alone has the reference; the op_array the
 * stubs were armed on (the prototype, arena memory alive for the request)
 * may be the copy that dies last, so it gets the same reference. Only one
 * copy's destructor ever runs (they share a refcount). */
static void share_code_ref(zend_op_array *running, zend_op_array *armed)
{
	if (gojit_rid >= 0 && armed && running != armed && running->reserved[gojit_rid] &&
	    !armed->reserved[gojit_rid]) {
		armed->reserved[gojit_rid] = running->reserved[gojit_rid];
	}
}

/* Compiles rec's function now (the trigger fired, at op at or, for T=2, at
 * request end: NULL) and disarms what is left. */
static void fire(zend_op_array *op_array, const gojit_trigger_record *rec, int trigger,
                 const zend_op *at)
{
	bool shared = (rec->flags & GOJIT_TRIGGER_F_SHARED) != 0;
	uint64_t compiled = gojit_stat.compiled, already = gojit_stat.already;
	uint64_t failed = gojit_stat.failed, skipped = gojit_stat.skipped;
	bool refused;

	gojit_trig.fired++;
	if (gojit_ini.debug & GOJIT_DEBUG_COMPILE) {
		zend_string *id = identity(op_array);
		if (at) {
			const gojit_trigger_site *site = site_of(rec, load_handler(at));
			gojit_log("trigger %d fired at op #%u (%s): compiling %s", trigger,
			          (unsigned)(at - op_array->opcodes),
			          site && (site->flags & GOJIT_TRIGGER_SITE_ENTRY) ? "function entry" : "loop header",
			          ZSTR_VAL(id));
		} else {
			gojit_log("trigger %d fired: compiling %s", trigger, ZSTR_VAL(id));
		}
		zend_string_release(id);
	}
	if (gojit_disabled_reason() || !gojit_engine_get()) {
		/* Off for now (gojit.enable=0, a full buffer, no engine here):
		 * back to the VM; a later discovery may arm it again. */
		disarm(rec, false);
		return;
	}
	firing = trigger;
	gojit_compile_op_array(op_array, (int)rec->kind, shared);
	firing = 0;
	if (!shared) {
		share_code_ref(op_array, (zend_op_array *)(uintptr_t)rec->op_array);
	}
	/* Refused or failed for good (policy, compiler): a shared function is
	 * retired so that no worker arms it again. */
	refused = gojit_stat.compiled == compiled && gojit_stat.already == already &&
	          (gojit_stat.failed != failed || gojit_stat.skipped != skipped);
	disarm(rec, refused && shared);
}

void gojit_rt_trigger(zend_execute_data *execute_data, const zend_op *opline)
{
	const gojit_trigger_record *rec = gojit_trigger_record_of(load_handler(opline));
	zend_function *func;

	if (!rec) {
		return; /* someone else changed the handler: the VM dispatches to it */
	}
	/* As the VM's SAVE_OPLINE: anything below may look at the frame. */
	EX(opline) = opline;
	func = EX(func);
	if (!func || !ZEND_USER_CODE(func->type) ||
	    func->op_array.opcodes != (zend_op *)(uintptr_t)rec->opcodes) {
		disarm(rec, false); /* cannot happen; never loop on the stub */
		return;
	}
	fire(&func->op_array, rec, (int)rec->trigger, opline);
	/* Whatever happened, the VM must not come back to this stub. */
	if ((rec = gojit_trigger_record_of(load_handler(opline)))) {
		const void *h = load_handler(opline);
		const gojit_trigger_site *site = site_of(rec, h);
		if (site) {
			__atomic_compare_exchange_n(&((zend_op *)opline)->handler, &h,
			                            (const void *)(uintptr_t)site->orig_handler, false,
			                            __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST);
		}
	}
}

static uint64_t profiled_calls(const profiled_fn *p)
{
	return p->rec ? calls_of(p->rec) : p->calls;
}

void gojit_trigger_rshutdown(void)
{
	uint64_t total = 0;
	size_t i;

	firing = 0; /* a bailout during a compile may have left it set */
	if (profiled_len == 0) {
		return;
	}
	/* No decision after a fatal error, or while gojit is off: shared
	 * functions stay armed, and the next request that meets them profiles
	 * them again. */
	if (!CG(unclean_shutdown) && !gojit_disabled_reason()) {
		for (i = 0; i < profiled_len; i++) {
			total += profiled_calls(&profiled[i]);
		}
		for (i = 0; i < profiled_len; i++) {
			profiled_fn *p = &profiled[i];
			uint64_t n = profiled_calls(p);
			bool hot = total > 0 && (double)n / (double)total > gojit_ini.prof_threshold;

			if (p->op_array && !still_armed(p->rec)) {
				continue; /* another worker resolved it */
			}
			if (gojit_ini.debug & GOJIT_DEBUG_COMPILE) {
				gojit_log("profile: %s: %llu of %llu calls (%.4f): %s", ZSTR_VAL(p->id),
				          (unsigned long long)n, (unsigned long long)total,
				          total ? (double)n / (double)total : 0.0,
				          hot ? (p->op_array ? "compiling" : "hot, compiled from the next request on")
				              : "stays in the VM");
			}
			if (p->op_array) {
				if (hot) {
					fire(p->op_array, p->rec, GOJIT_TRIGGER_PROFILE, NULL);
				} else {
					disarm(p->rec, true);
				}
			} else {
				HashTable **set = hot ? &hot_ids : &cold_ids;
				if (!*set) {
					*set = new_set();
				}
				zend_hash_add_empty_element(*set, p->id);
			}
		}
	}
	for (i = 0; i < profiled_len; i++) {
		zend_string_release(profiled[i].id);
	}
	profiled_len = 0;
	free_set(&profiled_recs);
}

void gojit_trigger_request_end(void)
{
	local_chunk *c;

	firing = 0;
	if (!local_chunks) {
		return;
	}
	/* The op_arrays these stubs were installed in died with the request. */
	ZEND_HASH_FOREACH_PTR(local_chunks, c) {
		release_local(c);
	} ZEND_HASH_FOREACH_END();
	free_set(&local_chunks);
}

void gojit_trigger_shutdown(void)
{
	free_set(&hot_ids);
	free_set(&cold_ids);
	free_set(&profiled_recs);
	if (profiled) {
		pefree(profiled, 1);
		profiled = NULL;
		profiled_len = profiled_cap = 0;
	}
	free_set(&local_chunks);
	if (kept_slots) {
		zend_string *list;
		ZEND_HASH_FOREACH_PTR(kept_slots, list) {
			zend_string_release(list);
		} ZEND_HASH_FOREACH_END();
		free_set(&kept_slots);
	}
}
