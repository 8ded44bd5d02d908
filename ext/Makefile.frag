# Added to the phpize-generated Makefile by config.m4: builds and installs the
# Go engine next to gojit.so. The engine is a separate shared object because
# gojit.so is loaded in the php-fpm master, where a Go runtime must not run.

GOJIT_GO_SOURCES = $(shell find $(srcdir)/cgo $(srcdir)/engine $(srcdir)/jit $(srcdir)/shm $(srcdir)/config -name '*.go' ! -name '*_test.go') $(wildcard $(srcdir)/engine/warm/*.wire) $(srcdir)/go.mod $(srcdir)/go.sum $(srcdir)/ext/gojit_engine.h

all: $(phplibdir)/gojit-engine.so

$(phplibdir)/gojit-engine.so: $(GOJIT_GO_SOURCES)
	cd $(srcdir) && $(GOJIT_GO) build -trimpath -buildmode=c-shared -o $(phplibdir)/gojit-engine.so ./cgo
	rm -f $(phplibdir)/gojit-engine.h

install: install-gojit-engine

install-gojit-engine: $(phplibdir)/gojit-engine.so
	$(mkinstalldirs) $(INSTALL_ROOT)$(EXTENSION_DIR)
	$(INSTALL) -m 0755 $(phplibdir)/gojit-engine.so $(INSTALL_ROOT)$(EXTENSION_DIR)

.PHONY: install-gojit-engine
