package vn.motcua.stack;

import java.util.Locale;

/** Progress lines on stderr ("MariaDB up on 13306 in 1.2 s"), silenced by -Dmotcua.stack.quiet=true. */
final class Progress {

    private static final boolean QUIET = Boolean.getBoolean("motcua.stack.quiet");

    private Progress() {
    }

    static void say(String message) {
        if (!QUIET) {
            System.err.println("[stack] " + message);
            System.err.flush();
        }
    }

    static long now() {
        return System.nanoTime();
    }

    /** Seconds since {@code start}, e.g. "1.2 s". */
    static String since(long start) {
        return String.format(Locale.ROOT, "%.1f s", (System.nanoTime() - start) / 1e9);
    }
}
