# input
function "f" scope "" file "/srv/f.php" flags 0x0 args 1/3
#0   ZEND_RECV                line 3    handler 0x56172a43f000
#1   ZEND_RECV_INIT           line 4    handler 0x56172a440010
#2   ZEND_RECV_INIT           line 5    handler 0x56172a440020
#3   ZEND_ADD                 line 6    handler 0x56172a401030
#4   ZEND_ADD                 line 7    handler 0x56172a401040
#5   ZEND_RETURN              line 8    handler 0x56172a43e050
# listing (counters 0x7f3a5c000000, slot 5)
; gojit: function f (/srv/f.php:3), 6 ops, 3 entries, 57 bytes
; entry op #1 ZEND_RECV_INIT, line 4
00000000  48 b8 10 00 44 2a 17 56 00 00   mov rax, 0x56172a440010
0000000a  ff e0                           jmp rax
0000000c  0f 1f 40 00                     nop dword ptr [rax], eax
; entry op #2 ZEND_RECV_INIT, line 5
00000010  48 b8 20 00 44 2a 17 56 00 00   mov rax, 0x56172a440020
0000001a  ff e0                           jmp rax
0000001c  0f 1f 40 00                     nop dword ptr [rax], eax
; entry op #3 ZEND_ADD, line 6 (function start)
00000020  48 b8 28 00 00 5c 3a 7f 00 00   mov rax, 0x7f3a5c000028
0000002a  48 ff 00                        inc qword ptr [rax]
0000002d  48 b8 30 10 40 2a 17 56 00 00   mov rax, 0x56172a401030
00000037  ff e0                           jmp rax
