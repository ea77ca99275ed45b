#!/usr/bin/python3
"""Prints how many complete records a sweep or calibration journal (OUT.h5.journal) holds: a
16-byte header, then per record its length and checksum (8 bytes each) and the payload."""
import struct
import sys

data = open(sys.argv[1], "rb").read()
pos, n = 16, 0
while pos + 16 <= len(data):
    size = struct.unpack_from("<Q", data, pos)[0]
    if pos + 16 + size > len(data):
        break
    pos += 16 + size
    n += 1
print(n)
