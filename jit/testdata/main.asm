# input
main "" scope "" file "/srv/index.php" flags 0x200 args 0/0
#0   ZEND_ECHO                line 2    handler 0x56172a488000
#1   ZEND_ECHO                line 3    handler 0x56172a488010
#2   ZEND_RETURN              line 4    handler 0x56172a43e020
# listing (counters 0x7f3a5c000000, slot 5)
; gojit: main {main} (/srv/index.php:1), 3 ops, 1 entries, 25 bytes
; entry op #0 ZEND_ECHO, line 2 (function start)
00000000  48 b8 28 00 00 5c 3a 7f 00 00   mov rax, 0x7f3a5c000028
0000000a  48 ff 00                        inc qword ptr [rax]
0000000d  48 b8 00 80 48 2a 17 56 00 00   mov rax, 0x56172a488000
00000017  ff e0                           jmp rax
