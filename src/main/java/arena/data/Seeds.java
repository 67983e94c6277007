package arena.data;

/**
 * Independent random streams from one trial seed, so that the split, the epoch shuffling and the
 * weights do not share a sequence (changing the epoch count must not change the split).
 */
public final class Seeds {
    public static final long SPLIT = 1;
    public static final long SHUFFLE = 2;
    public static final long PROBE = 3;

    private Seeds() { }

    /** SplitMix64 finaliser over (seed, stream): well-mixed and stable across Java versions. */
    public static long derive(long seed, long stream) {
        long z = seed * 0x9E3779B97F4A7C15L + stream * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
