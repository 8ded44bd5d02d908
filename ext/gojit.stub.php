<?php

/** @generate-class-entries */

/**
 * The state of gojit in this process: settings, code buffer, engine and
 * counters (keys documented in docs/status.md). With $details, adds
 * 'functions': one entry per function this process compiled.
 */
function gojit_get_status(bool $details = false): array {}
