--TEST--
Discovery: main, functions, methods (own, static, trait, abstract skipped), closures, arrow fns, conditional and nested functions, anonymous classes, eval, include
--EXTENSIONS--
gojit
--SKIPIF--
<?php if (in_array(intdiv((int)ini_get('gojit.jit'), 10) % 10, [1, 2, 3])) die('skip triggers 1-3 compile later, if at all (php-tests/07*-trigger-*.phpt)'); ?>
--FILE--
<?php
function top($a, $b = 1) { return $a + $b; }
if (true) { function cond() { return 'cond'; } }
function outer() { if (!function_exists('inner')) { function inner() { return 'inner'; } } return inner(); }
trait T { function fromTrait() { return 't'; } }
abstract class Base { abstract function abs(); function baseM() { return 'base'; } }
class Child extends Base { use T; function abs() { return 'abs'; } static function st() { return 'st'; } }
$c = function ($x) { return $x; };
$a = fn($x) => $x * 2;
$anon = new class { function am() { return 'anon'; } };
eval('function evald() { return "evald"; }');
$inc = tempnam(sys_get_temp_dir(), 'gojit') . '.php';
file_put_contents($inc, '<?php function included() { return "included"; } class IncC { function im() { return 1; } }');
include $inc;
unlink($inc);
$ch = new Child;
echo top(1), cond(), outer(), $ch->fromTrait(), $ch->abs(), $ch->baseM(), Child::st(), $c(1), $a(2),
     $anon->am(), evald(), included(), (new IncC)->im(), "\n";
$names = array_column(gojit_get_status(true)['functions'], 'name');
$names = preg_replace('/@anonymous.*::/', '@anonymous::', $names);
sort($names);
echo implode("\n", $names), "\n";
?>
--EXPECT--
2condinnertabsbasest14anonevaldincluded1
Base::baseM
Child::abs
Child::st
IncC::im
T::fromTrait
class@anonymous::am
cond
evald
included
inner
outer
top
{closure}
{closure}
{eval}
{main}
{main}
