package arena.data;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * One IDX file (the MNIST format) open for streaming, its header read and checked: four magic
 * bytes (0, 0, data type, number of dimensions), one big-endian int per dimension, then the items.
 * Only unsigned bytes (type 0x08) are supported: images (3 dimensions: count, rows, columns) and
 * labels (1 dimension: count). Gzip is recognised by its magic bytes, not the file name, since
 * downloads get renamed and decompressed. Offsets in messages count uncompressed bytes.
 */
final class IdxFile implements Closeable {
    private static final int BUFFER = 1 << 16;
    /** Caps the size of one image so its byte buffer can always be allocated. */
    private static final long MAX_PIXELS = 1 << 24;

    /** What a file should hold; the magic number is 0x0000 08 dims. */
    enum Kind {
        IMAGES(3, "images", "count, rows, columns"),
        LABELS(1, "labels", "count");

        final int dims;
        final String noun;
        final String dimNames;

        Kind(int dims, String noun, String dimNames) {
            this.dims = dims;
            this.noun = noun;
            this.dimNames = dimNames;
        }

        int magic() {
            return 0x0800 | dims;
        }

        int headerBytes() {
            return 4 + 4 * dims;
        }
    }

    final String name;
    final Kind kind;
    final int count;
    /** Image height and width; 1 × 1 for labels, whose items are single bytes. */
    final int rows;
    final int cols;
    private final InputStream in;

    private IdxFile(String name, Kind kind, int count, int rows, int cols, InputStream in) {
        this.name = name;
        this.kind = kind;
        this.count = count;
        this.rows = rows;
        this.cols = cols;
        this.in = in;
    }

    /** Opens {@code file}, reads its header and checks it is {@code kind}; positioned at the first item. */
    static IdxFile open(Path file, Kind kind) {
        String name = file.toString();
        InputStream in = null;
        try {
            in = decoded(name, file);
            IdxFile idx = readHeader(name, kind, in);
            in = null;   // now owned by idx
            return idx;
        } catch (NoSuchFileException e) {
            throw new DataException(name, null, "no such file");
        } catch (IOException e) {
            throw new DataException(name, null, "cannot read: " + e.getMessage());
        } finally {
            if (in != null) {
                try {
                    in.close();
                } catch (IOException ignored) {
                    // already failing with a better message
                }
            }
        }
    }

    int itemBytes() {
        return rows * cols;
    }

    /**
     * Reads items from {@code index} (0-based, the next one in the stream) to fill {@code into}:
     * one image, or all the labels at once.
     */
    void read(byte[] into, int index) {
        try {
            int n = readUpTo(name, in, into, 0, into.length).bytes();
            if (n < into.length) {
                throw truncated(index + n / itemBytes());
            }
        } catch (ZipException e) {
            // Only roughly where: decompression runs ahead of us by a buffer's worth.
            String at = into.length == itemBytes() ? (kind == Kind.IMAGES ? "image " : "label ") + index : "the " + kind.noun;
            throw new DataException(name, null, "corrupt gzip data, found while reading " + at + " (" + e.getMessage() + ")");
        } catch (IOException e) {
            throw new DataException(name, null, "cannot read: " + e.getMessage());
        }
    }

    /** Skips {@code items} items, so that the next read returns item {@code index + items}. */
    void skip(int index, int items) {
        try {
            in.skipNBytes((long) items * itemBytes());
        } catch (EOFException e) {
            throw truncated(index);
        } catch (IOException e) {
            throw new DataException(name, null, "cannot read: " + e.getMessage());
        }
    }

    @Override
    public void close() {
        try {
            in.close();
        } catch (IOException e) {
            throw new DataException(name, null, "cannot close: " + e.getMessage());
        }
    }

    /** The exact wording matters: it tells the user how much of a cut-off download arrived. */
    private DataException truncated(int index) {
        String promised = kind == Kind.IMAGES ? count + " images of " + rows + "×" + cols : count + " labels";
        String upTo = index == 0 ? "before the first " + (kind == Kind.IMAGES ? "image" : "label")
                : "after " + (kind == Kind.IMAGES ? "image " : "label ") + index;
        return new DataException(name, null, "truncated: the header promises " + promised + " but the data ends " + upTo);
    }

    private static InputStream decoded(String name, Path file) throws IOException {
        BufferedInputStream raw = new BufferedInputStream(Files.newInputStream(file), BUFFER);
        try {
            raw.mark(2);
            int b0 = raw.read();
            int b1 = raw.read();
            raw.reset();
            if (b0 < 0) {
                throw new DataException(name, null, "the file is empty");
            }
            if (b0 != 0x1f || b1 != 0x8b) {
                return raw;
            }
            try {
                return new BufferedInputStream(new GZIPInputStream(raw, BUFFER), BUFFER);
            } catch (EOFException | ZipException e) {
                throw new DataException(name, null, "starts like gzip (1f 8b) but is not valid gzip: " + e.getMessage());
            }
        } catch (IOException | RuntimeException e) {
            raw.close();
            throw e;
        }
    }

    private static IdxFile readHeader(String name, Kind kind, InputStream in) throws IOException {
        try {
            return parseHeader(name, kind, in);
        } catch (ZipException e) {
            throw new DataException(name, null, "corrupt gzip data, found while reading the header (" + e.getMessage() + ")");
        }
    }

    private static IdxFile parseHeader(String name, Kind kind, InputStream in) throws IOException {
        byte[] header = new byte[kind.headerBytes()];
        Filled start = readUpTo(name, in, header, 0, 4);
        int n = start.bytes();
        if (n == 0 && !start.cutShort()) {
            throw new DataException(name, null, "the file is empty");
        }
        if (n < 4) {
            throw truncatedHeader(name, kind, n);
        }
        int magic = ((header[0] & 0xff) << 24) | ((header[1] & 0xff) << 16) | ((header[2] & 0xff) << 8) | (header[3] & 0xff);
        checkMagic(name, kind, magic);
        n += readUpTo(name, in, header, 4, header.length - 4).bytes();
        if (n < header.length) {
            throw truncatedHeader(name, kind, n);
        }
        long[] dims = new long[kind.dims];
        for (int d = 0; d < kind.dims; d++) {
            int o = 4 + 4 * d;
            dims[d] = Integer.toUnsignedLong(((header[o] & 0xff) << 24) | ((header[o + 1] & 0xff) << 16)
                    | ((header[o + 2] & 0xff) << 8) | (header[o + 3] & 0xff));
        }
        if (dims[0] > Integer.MAX_VALUE) {
            throw new DataException(name, "header, bytes 4-7", "the " + kind.noun + " count " + dims[0] + " is too large");
        }
        int rows = 1;
        int cols = 1;
        if (kind == Kind.IMAGES) {
            if (dims[1] == 0 || dims[2] == 0 || dims[1] * dims[2] > MAX_PIXELS) {
                throw new DataException(name, "header, bytes 8-15", "image size " + dims[1] + "×" + dims[2]
                        + " is not supported (1 to " + MAX_PIXELS + " pixels)");
            }
            rows = (int) dims[1];
            cols = (int) dims[2];
        }
        return new IdxFile(name, kind, (int) dims[0], rows, cols, in);
    }

    private static void checkMagic(String name, Kind kind, int magic) {
        String expected = String.format(Locale.ROOT, "expected 0x%08X for IDX %s", kind.magic(), kind.noun);
        if ((magic >>> 16) != 0) {
            throw new DataException(name, "header, bytes 0-3", String.format(Locale.ROOT,
                    "magic number 0x%08X: not an IDX file (%s)", magic, expected));
        }
        int type = (magic >>> 8) & 0xff;
        int dims = magic & 0xff;
        if (type != 0x08) {
            throw new DataException(name, "header, byte 2", String.format(Locale.ROOT,
                    "data type 0x%02X (%s): only unsigned bytes (0x08) are supported", type, typeName(type)));
        }
        if (dims != kind.dims) {
            Kind other = kind == Kind.IMAGES ? Kind.LABELS : Kind.IMAGES;
            String problem = dims == other.dims
                    ? String.format(Locale.ROOT, "this is an IDX %s file (magic 0x%08X), %s; are images and labels swapped?",
                            other.noun, magic, expected)
                    : dims + " dimensions; an IDX " + kind.noun + " file has " + kind.dims + " (" + kind.dimNames + ")";
            throw new DataException(name, "header, byte 3", problem);
        }
    }

    private static String typeName(int type) {
        return switch (type) {
            case 0x09 -> "signed byte";
            case 0x0B -> "16-bit int";
            case 0x0C -> "32-bit int";
            case 0x0D -> "32-bit float";
            case 0x0E -> "64-bit float";
            default -> "unknown";
        };
    }

    private static DataException truncatedHeader(String name, Kind kind, int bytes) {
        return new DataException(name, null, "truncated header: the data ends after " + bytes + " bytes, an IDX "
                + kind.noun + " header has " + kind.headerBytes());
    }

    /** How many bytes a read got, and whether a gzip stream was cut short (rather than ending cleanly). */
    private record Filled(int bytes, boolean cutShort) { }

    /**
     * Reads up to {@code len} bytes, fewer only at the end of the data. A gzip stream cut short
     * (EOFException) also ends the data, so callers can say how far it got.
     */
    private static Filled readUpTo(String name, InputStream in, byte[] b, int off, int len) throws IOException {
        int n = 0;
        try {
            while (n < len) {
                int r = in.read(b, off + n, len - n);
                if (r < 0) {
                    break;
                }
                n += r;
            }
        } catch (EOFException e) {
            return new Filled(n, true);
        }
        return new Filled(n, false);
    }
}
