/* Written by hand in the shape gen_stub.php gives, from gojit.stub.php. */

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_gojit_get_status, 0, 0, IS_ARRAY, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, details, _IS_BOOL, 0, "false")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_gojit_blacklist, 0, 1, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO(0, function, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_FUNCTION(gojit_get_status);
ZEND_FUNCTION(gojit_blacklist);

static const zend_function_entry ext_functions[] = {
	ZEND_FE(gojit_get_status, arginfo_gojit_get_status)
	ZEND_FE(gojit_blacklist, arginfo_gojit_blacklist)
	ZEND_FE_END
};
