<?php
// Loaded by bench/run.sh's status run with -d auto_prepend_file: at the very
// end of the request, writes gojit_get_status(true) as JSON to the file named
// by GOJIT_BENCH_STATUS. Prints nothing, so the program's stdout is unchanged.
// bench/lib/status-table.php reads the file (and leaves this file's own
// functions out).
if (function_exists('gojit_get_status') && getenv('GOJIT_BENCH_STATUS') !== false) {
    // Registered again from the first shutdown function so that it runs after
    // any the program registers: functions compiled late are counted too.
    register_shutdown_function(static function (): void {
        register_shutdown_function(static function (): void {
            $json = json_encode(gojit_get_status(true), JSON_PRETTY_PRINT | JSON_PARTIAL_OUTPUT_ON_ERROR);
            file_put_contents(getenv('GOJIT_BENCH_STATUS'), $json . "\n");
        });
    });
}
