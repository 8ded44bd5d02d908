// Package cparity links the C ini parsers of the PHP module
// (ext/gojit_config.c) into Go through cgo, so that its tests can check them
// against package config: the whole shared table, the edges of every range,
// and a fuzz test (FuzzParity) that requires both to accept the same inputs
// with the same values and reject the rest with the same messages.
//
// gojit_config.c and gojit_config.h in this directory are symbolic links to
// the files in ext/. They are here, rather than reached with -I, because the
// go command only hashes C files in the package directory: through the links
// an edit to the C code invalidates cached builds and test results.
//
// It is test support only, and holds no Go code when cgo is disabled.
package cparity
