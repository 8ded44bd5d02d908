dnl config.m4 for gojit: `phpize && ./configure --enable-gojit && make && make install`
dnl builds gojit.so (C, from ext/) and the Go engine gojit-engine.so (from cgo/),
dnl and installs both into the extension directory.

PHP_ARG_ENABLE([gojit],
  [whether to enable the gojit JIT compiler],
  [AS_HELP_STRING([--enable-gojit], [Enable gojit, a JIT compiler written in Go])],
  [no])

if test "$PHP_GOJIT" != "no"; then
  if test "$PHP_THREAD_SAFETY" = "yes"; then
    AC_MSG_ERROR([gojit supports NTS PHP builds only])
  fi

  AC_PATH_PROG([GOJIT_GO], [go], [no], [$PATH:/usr/local/go/bin])
  if test "$GOJIT_GO" = "no"; then
    AC_MSG_ERROR([gojit needs the Go toolchain (go) to build its engine])
  fi
  PHP_SUBST(GOJIT_GO)

  GOJIT_SOURCES="ext/gojit.c ext/gojit_ini.c ext/gojit_config.c ext/gojit_buffer.c \
    ext/gojit_loader.c ext/gojit_hooks.c ext/gojit_export.c ext/gojit_compile.c \
    ext/gojit_status.c ext/gojit_policy.c ext/gojit_perf.c ext/gojit_trigger.c \
    ext/gojit_shared.c"
  PHP_NEW_EXTENSION(gojit, $GOJIT_SOURCES, $ext_shared,, [-Wall -Werror -std=gnu11])
  PHP_ADD_BUILD_DIR([$ext_builddir/ext])
  PHP_ADD_MAKEFILE_FRAGMENT([$ext_srcdir/ext/Makefile.frag])
fi
