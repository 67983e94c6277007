package arena.data;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;

/** Writes small IDX files for tests: well-formed, gzipped, or damaged on purpose. */
final class IdxFiles {
    private IdxFiles() { }

    static byte[] images(int count, int rows, int cols, byte[] pixels) {
        ByteBuffer b = ByteBuffer.allocate(16 + pixels.length);
        b.putInt(0x00000803).putInt(count).putInt(rows).putInt(cols).put(pixels);
        return b.array();
    }

    static byte[] labels(int count, byte[] labels) {
        ByteBuffer b = ByteBuffer.allocate(8 + labels.length);
        b.putInt(0x00000801).putInt(count).put(labels);
        return b.array();
    }

    static byte[] labels(int... values) {
        byte[] v = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            v[i] = (byte) values[i];
        }
        return labels(values.length, v);
    }

    static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] cut(byte[] bytes, int length) {
        return Arrays.copyOf(bytes, length);
    }

    static Path write(Path dir, String name, byte[] bytes) {
        try {
            return Files.write(dir.resolve(name), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
