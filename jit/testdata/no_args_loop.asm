# input
function "spin" scope "" file "/srv/s.php" flags 0x0 args 0/0
#0   ZEND_ASSIGN              line 2    handler 0x56172a416000
#1   ZEND_JMP                 line 3    handler 0x56172a42a010
#2   ZEND_PRE_INC             line 4    handler 0x56172a422020
#3   ZEND_IS_SMALLER          line 5    handler 0x56172a414030
#4   ZEND_JMPNZ               line 6    handler 0x56172a42c040
#5   ZEND_RETURN              line 7    handler 0x56172a43e050
# listing (counters 0x7f3a5c000000, slot 5)
; gojit: function spin (/srv/s.php:1), 6 ops, 1 entries, 25 bytes
; entry op #0 ZEND_ASSIGN, line 2 (function start)
00000000  48 b8 28 00 00 5c 3a 7f 00 00   mov rax, 0x7f3a5c000028
0000000a  48 ff 00                        inc qword ptr [rax]
0000000d  48 b8 00 60 41 2a 17 56 00 00   mov rax, 0x56172a416000
00000017  ff e0                           jmp rax
