/* php_gojit.h: the public face of the gojit extension. */
#ifndef PHP_GOJIT_H
#define PHP_GOJIT_H

extern zend_module_entry gojit_module_entry;
#define phpext_gojit_ptr &gojit_module_entry

#define PHP_GOJIT_VERSION "0.1.0"

#endif
