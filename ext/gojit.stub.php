<?php

/** @generate-class-entries */

/**
 * The state of gojit in this process: settings, code buffer, engine and
 * counters (keys documented in docs/status.md). With $details, adds
 * 'functions': one entry per function this process compiled.
 */
function gojit_get_status(bool $details = false): array {}

/**
 * Never compile $function ("f", "ns\\f", "Class::method") in this process
 * from now on; code already compiled keeps running. Returns false if it was
 * already blacklisted.
 */
function gojit_blacklist(string $function): bool {}
