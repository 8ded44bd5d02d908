--TEST--
opcache.preload: preloaded functions and methods are compiled (they are loaded before any request)
--EXTENSIONS--
gojit
--SKIPIF--
<?php
$php = getenv('TEST_PHP_EXECUTABLE');
if (trim((string)shell_exec("$php -n -d zend_extension=opcache -r 'echo function_exists(\"opcache_get_status\") ? 1 : 0;' 2>/dev/null")) !== '1') die('skip opcache not available');
if (function_exists('posix_getuid') && posix_getuid() !== 0) die('skip preload test runs as root here (opcache.preload_user)');
?>
--FILE--
<?php
$php = getenv('TEST_PHP_EXECUTABLE');
$args = preg_replace('/-d "?(zend_extension=opcache|opcache\.[a-z_]+=[^ "]*)"?/', '', getenv('TEST_PHP_EXTRA_ARGS'));
$dir = sys_get_temp_dir() . '/gojit-preload-' . getmypid();
@mkdir($dir);
file_put_contents("$dir/pre.php", '<?php function pre_fn($x) { return $x * 2; } class PreK { function m() { return 3; } }');
file_put_contents("$dir/main.php", '<?php echo pre_fn(21) + (new PreK)->m(), "\n"; $l = []; foreach (gojit_get_status(true)["functions"] as $f) $l[] = $f["name"] . " " . $f["state"] . " shared=" . var_export($f["shared"], true); sort($l); echo implode("\n", $l), "\n";');
echo shell_exec("$php $args -d gojit.jit=1205 -d zend_extension=opcache -d opcache.enable_cli=1 -d opcache.file_update_protection=0 -d opcache.jit=off -d opcache.preload=$dir/pre.php -d opcache.preload_user=root $dir/main.php 2>&1");
unlink("$dir/pre.php"); unlink("$dir/main.php"); rmdir($dir);
?>
--EXPECT--
45
PreK::m compiled shared=true
pre_fn compiled shared=true
{main} compiled shared=true
