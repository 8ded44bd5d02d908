--TEST--
gojit loads, registers its function and settings
--EXTENSIONS--
gojit
--FILE--
<?php
var_dump(extension_loaded('gojit'));
var_dump(function_exists('gojit_get_status'));
foreach (['gojit.enable', 'gojit.jit', 'gojit.jit_buffer_size', 'gojit.jit_debug',
          'gojit.jit_hot_func', 'gojit.jit_hot_loop', 'gojit.jit_prof_threshold'] as $k) {
    echo $k, " ", ini_get($k) === false ? "missing" : "present", "\n";
}
?>
--EXPECT--
bool(true)
bool(true)
gojit.enable present
gojit.jit present
gojit.jit_buffer_size present
gojit.jit_debug present
gojit.jit_hot_func present
gojit.jit_hot_loop present
gojit.jit_prof_threshold present
