package nl.jbr.integriteit.ingest.csv;

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The cheap first pass over a file's bytes: counts them (up to the limit), keeps the first 64 KB for
 * sniffing, finds NUL bytes and decides whether the whole file is strictly valid UTF-8 (the rules of
 * Unicode table 3-7, the same the JDK decoder applies: no overlong forms, no surrogates, nothing above
 * U+10FFFF) and whether it holds any multi-byte UTF-8 sequence at all.
 */
final class ByteScan {

    static final int HEAD_BYTES = 64 * 1024;

    /**
     * @param bytes          bytes read (at most maxBytes + 1)
     * @param overLimit      the file holds more than maxBytes bytes
     * @param head           the first up to 64 KB
     * @param nulOffset      offset of the first NUL byte, or -1
     * @param validUtf8      every byte sequence is valid UTF-8
     * @param multiByteUtf8  at least one valid multi-byte UTF-8 sequence occurs
     */
    record Result(long bytes, boolean overLimit, byte[] head, long nulOffset, boolean validUtf8,
            boolean multiByteUtf8) {

        boolean utf8Bom() {
            return head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF;
        }
    }

    private ByteScan() {
    }

    static Result scan(Path file, long maxBytes) throws IOException {
        byte[] head = new byte[HEAD_BYTES];
        int headLen = 0;
        long total = 0;
        long nul = -1;
        boolean valid = true;
        boolean multi = false;
        int need = 0;
        int lo = 0x80;
        int hi = 0xBF;
        byte[] buf = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            int n;
            while ((n = in.read(buf)) >= 0) {
                if (headLen < HEAD_BYTES) {
                    int copy = Math.min(n, HEAD_BYTES - headLen);
                    System.arraycopy(buf, 0, head, headLen, copy);
                    headLen += copy;
                }
                for (int i = 0; i < n; i++) {
                    if (need == 0) {
                        i = naAscii(buf, i, n);
                        if (i == n) {
                            break;
                        }
                    }
                    byte b = buf[i];
                    if (need == 0 && b > 0) {
                        continue; // ASCII fast path
                    }
                    if (b == 0) {
                        nul = total + i;
                        return new Result(total + n, total + n > maxBytes, Arrays.copyOf(head, headLen), nul, false, multi);
                    }
                    int u = b & 0xFF;
                    if (need > 0) {
                        if (u >= lo && u <= hi) {
                            lo = 0x80;
                            hi = 0xBF;
                            if (--need == 0) {
                                multi = true;
                            }
                            continue;
                        }
                        // broken sequence: not UTF-8; look at this byte afresh as a lead byte
                        valid = false;
                        need = 0;
                        lo = 0x80;
                        hi = 0xBF;
                        if (b > 0) {
                            continue;
                        }
                    }
                    if (u >= 0xC2 && u <= 0xDF) {
                        need = 1;
                    } else if (u == 0xE0) {
                        need = 2;
                        lo = 0xA0;
                    } else if (u == 0xED) {
                        need = 2;
                        hi = 0x9F;
                    } else if (u >= 0xE1 && u <= 0xEF) {
                        need = 2;
                    } else if (u == 0xF0) {
                        need = 3;
                        lo = 0x90;
                    } else if (u >= 0xF1 && u <= 0xF3) {
                        need = 3;
                    } else if (u == 0xF4) {
                        need = 3;
                        hi = 0x8F;
                    } else {
                        valid = false;
                    }
                }
                total += n;
                if (total > maxBytes) {
                    return new Result(total, true, Arrays.copyOf(head, headLen), nul, valid && need == 0, multi);
                }
            }
        }
        return new Result(total, false, Arrays.copyOf(head, headLen), nul, valid && need == 0, multi);
    }

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long HOOG = 0x8080808080808080L;
    private static final long EEN = 0x0101010101010101L;

    /**
     * The index from {@code i} on where eight bytes at a time are no longer all ASCII and none NUL (the common case of
     * a spreadsheet export, taken a word at a time): a byte with its high bit set, or a NUL ({@code (w - 0x01..) & ~w
     * & 0x80..} is non-zero exactly when a byte of a word without high bits is zero), stops it; the byte loop looks
     * at the rest. Returns {@code i} itself when the next word already holds such a byte.
     */
    static int naAscii(byte[] buf, int i, int n) {
        while (i + 8 <= n) {
            long w = (long) LONGS.get(buf, i);
            if ((w & HOOG) != 0 || ((w - EEN) & ~w & HOOG) != 0) {
                break;
            }
            i += 8;
        }
        return i;
    }
}
