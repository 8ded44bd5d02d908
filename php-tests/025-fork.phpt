--TEST--
pcntl_fork after the engine is loaded: the child never calls Go (it would hang), inherited code keeps working
--EXTENSIONS--
gojit
pcntl
--FILE--
<?php
function before($x) { return $x + 1; }
echo before(1), "\n";
var_dump(gojit_get_status()['engine_loaded']);
$pid = pcntl_fork();
if ($pid === 0) {
    eval('function in_child($x) { return $x * 3; }');
    $s = gojit_get_status();
    echo "child: ", in_child(2), " ", before(5), " loaded=", var_export($s['engine_loaded'], true),
         " enabled=", var_export($s['enabled'], true), " reason=", $s['reason'], "\n";
    exit(0);
}
pcntl_waitpid($pid, $status);
echo "child exit ", pcntl_wexitstatus($status), "\n";
eval('function in_parent($x) { return $x * 4; }');
echo in_parent(2), " ", gojit_get_status()['compile_failures'], "\n";
?>
--EXPECTF--
2
bool(true)
%Achild: 6 6 loaded=false enabled=false reason=this process was forked after the engine was loaded
child exit 0
8 0
