--TEST--
phpinfo section (php --ri gojit): state, mode in words, buffer in human units, engine
--EXTENSIONS--
gojit
--INI--
gojit.jit=1205
gojit.jit_buffer_size=32M
--FILE--
<?php
$php = getenv('TEST_PHP_EXECUTABLE');
$args = getenv('TEST_PHP_EXTRA_ARGS');
echo shell_exec("$php $args -d gojit.jit=1205 -d gojit.jit_buffer_size=32M -d gojit.jit_hot_func=127 -d gojit.jit_hot_loop=64 --ri gojit 2>&1");
?>
--EXPECTF--
gojit

gojit => enabled
Version => %s
JIT mode (gojit.jit) => 1205: %s
Buffer size => 32 MiB (33554432 bytes)
Buffer used => %s
Buffer free => %s
Engine => loaded in this process (pid %d) from %sgojit-engine.so
Functions compiled (this process) => %d
Functions compiled (all processes) => %d
Compile failures => 0

Directive => Local Value => Master Value
gojit.enable => 1 => 1
gojit.jit => 1205 => 1205
gojit.jit_buffer_size => 32M => 32M
gojit.jit_debug => 0 => 0
gojit.jit_hot_func => 127 => 127
gojit.jit_hot_loop => 64 => 64
gojit.jit_prof_threshold => 0.005 => 0.005
gojit.jit_bisect_limit => 0 => 0
gojit.blacklist => no value => no value
gojit.engine_path => %s
