--TEST--
Control: gojit.blacklist, gojit_blacklist(), @nojit, T=4 with @jit, gojit.jit_bisect_limit; skipped functions carry a reason
--EXTENSIONS--
gojit
--FILE--
<?php
$php = getenv('TEST_PHP_EXECUTABLE');
$args = getenv('TEST_PHP_EXTRA_ARGS');
$prog = tempnam(sys_get_temp_dir(), 'gojit') . '.php';
file_put_contents($prog, '<?php
namespace App;
function a() { return 1; }
/** @nojit because reasons */
function b() { return 2; }
/** @jit */
function c() { return 3; }
class K { function m() { return 4; } /** @jit */ static function s() { return 5; } }
function late() { return 6; }
echo a() + b() + c() + (new K)->m() + K::s(), "\n";
var_dump(\gojit_blacklist("\\\\App\\\\Later"), \gojit_blacklist("app\\\\later"));
eval("namespace App; function later() { return 7; }");
foreach (\gojit_get_status(true)["functions"] as $f) echo $f["name"], ": ", $f["state"], $f["reason"] ? " (" . $f["reason"] . ")" : "", "\n";
');
$runs = [
    'default' => '',
    'blacklist' => '-d "gojit.blacklist= app\\a , App\\K::M,nothing"',
    'T=4' => '-d gojit.jit=1245',
    'bisect 2' => '-d gojit.jit_bisect_limit=2',
];
foreach ($runs as $name => $flags) {
    echo "== $name\n";
    echo shell_exec("$php $args -d gojit.jit=1205 $flags " . escapeshellarg($prog) . " 2>&1");
}
unlink($prog);
?>
--EXPECT--
== default
15
bool(true)
bool(false)
{main}: compiled
App\a: compiled
App\b: skipped (@nojit doc comment)
App\c: compiled
App\late: compiled
App\K::m: compiled
App\K::s: compiled
{eval}: compiled
App\later: skipped (blacklisted)
== blacklist
15
bool(true)
bool(false)
{main}: compiled
App\a: skipped (blacklisted)
App\b: skipped (@nojit doc comment)
App\c: compiled
App\late: compiled
App\K::m: skipped (blacklisted)
App\K::s: compiled
{eval}: compiled
App\later: skipped (blacklisted)
== T=4
15
bool(true)
bool(false)
{main}: skipped (no @jit doc comment (gojit.jit trigger 4))
App\a: skipped (no @jit doc comment (gojit.jit trigger 4))
App\b: skipped (@nojit doc comment)
App\c: compiled
App\late: skipped (no @jit doc comment (gojit.jit trigger 4))
App\K::m: skipped (no @jit doc comment (gojit.jit trigger 4))
App\K::s: compiled
{eval}: skipped (no @jit doc comment (gojit.jit trigger 4))
App\later: skipped (no @jit doc comment (gojit.jit trigger 4))
== bisect 2
15
bool(true)
bool(false)
{main}: compiled
App\a: compiled
App\b: skipped (@nojit doc comment)
App\c: skipped (beyond gojit.jit_bisect_limit)
App\late: skipped (beyond gojit.jit_bisect_limit)
App\K::m: skipped (beyond gojit.jit_bisect_limit)
App\K::s: skipped (beyond gojit.jit_bisect_limit)
{eval}: skipped (beyond gojit.jit_bisect_limit)
App\later: skipped (blacklisted)
