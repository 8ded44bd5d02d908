--TEST--
Loading: php -m lists gojit; extension=gojit.so in an ini file works; --ri shows the section
--EXTENSIONS--
gojit
--FILE--
<?php
$php = getenv('TEST_PHP_EXECUTABLE');
$args = getenv('TEST_PHP_EXTRA_ARGS');
preg_match('/extension=("?)(\S+gojit\.so)\1/', $args, $m) or die("no gojit.so in TEST_PHP_EXTRA_ARGS\n");
$so = $m[2];
$modules = explode("\n", (string)shell_exec("$php -n -d extension=" . escapeshellarg($so) . " -m"));
echo in_array('gojit', $modules, true) ? "php -m lists gojit\n" : "php -m does not list gojit\n";
$ini = tempnam(sys_get_temp_dir(), 'gojit') . '.ini';
file_put_contents($ini, "extension=$so\ngojit.jit=function\ngojit.jit_buffer_size=16M\n");
echo shell_exec("$php -n -c " . escapeshellarg($ini) . " -r 'function f(){return 1;} f(); \$s=gojit_get_status(); echo \$s[\"jit\"], \" \", \$s[\"buffer_size\"], \" \", var_export(\$s[\"engine_loaded\"], true), \"\\n\";' 2>&1");
echo shell_exec("$php -n -c " . escapeshellarg($ini) . " --ri gojit 2>&1 | head -3");
unlink($ini);
?>
--EXPECT--
php -m lists gojit
1205 16777216 true

gojit

