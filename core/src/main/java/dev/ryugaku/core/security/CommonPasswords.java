package dev.ryugaku.core.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * The passwords people choose most often, as attackers try them first: 437,651 entries from
 * SecLists (see common-passwords.NOTICE.txt), compared without regard to case. Held as sorted 64-bit
 * hashes (3.5 MB) rather than strings, read once on first use; a false match is as likely as
 * guessing a 64-bit number.
 */
public final class CommonPasswords {

    private static final String RESOURCE = "common-passwords.txt.gz";

    private CommonPasswords() {
    }

    public static boolean contains(String password) {
        return password != null && Arrays.binarySearch(List.HASHES, hash(password)) >= 0;
    }

    /** How many passwords the list holds. */
    public static int size() {
        return List.HASHES.length;
    }

    /** 64-bit FNV-1a of the lower-cased UTF-8 bytes. */
    static long hash(String password) {
        long hash = 0xcbf29ce484222325L;
        for (byte b : password.strip().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xff;
            hash *= 0x100000001b3L;
        }
        return hash;
    }

    /** Loaded when first asked (lazy holder): starting the application does not wait for it. */
    private static final class List {

        static final long[] HASHES = load();

        private static long[] load() {
            try (InputStream in = CommonPasswords.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + RESOURCE);
                }
                BufferedReader lines = new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8));
                long[] hashes = new long[1 << 19];
                int count = 0;
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    if (line.isBlank()) {
                        continue;
                    }
                    if (count == hashes.length) {
                        hashes = Arrays.copyOf(hashes, count * 2);
                    }
                    hashes[count++] = hash(line);
                }
                long[] sorted = Arrays.copyOf(hashes, count);
                Arrays.sort(sorted);
                return sorted;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
