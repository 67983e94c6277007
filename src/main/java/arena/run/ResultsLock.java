package arena.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps two runs from writing one results folder at once. The lock is an operating-system lock on
 * {@code .lock}, which the OS releases when its process dies, even by SIGKILL. So a {@code .lock}
 * file nobody holds is stale: the next run takes it over and says so. The file names its owner
 * (pid, host, start), so a refusal can say who holds it.
 */
public final class ResultsLock implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger("arena");
    private final FileChannel channel;
    private final FileLock lock;

    private ResultsLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    public static ResultsLock acquire(Path folder, String purpose) {
        Path file = folder.resolve(".lock");
        try {
            Files.createDirectories(folder);
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;    // held by another run inside this same JVM
            }
            String previous = read(channel);
            if (lock == null) {
                channel.close();
                throw new ResultsInUseException(folder + " is in use by another run (" + (previous.isBlank() ? "owner unknown" : previous)
                        + "); wait for it to finish or stop it");
            }
            if (!previous.isBlank()) {
                LOG.warn("{}: took over a stale lock left by a run that is no longer running ({})", folder, previous);
            }
            String owner = "pid " + ProcessHandle.current().pid() + " on " + host() + ", " + purpose + " since " + Instant.now();
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(owner.getBytes(StandardCharsets.UTF_8)), 0);
            channel.force(true);
            return new ResultsLock(channel, lock);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot lock " + file + ": " + e.getMessage(), e);
        }
    }

    private static String read(FileChannel channel) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate((int) Math.min(channel.size(), 4096));
        channel.read(buf, 0);
        return new String(buf.array(), 0, buf.position(), StandardCharsets.UTF_8).trim();
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "unknown host";
        }
    }

    /**
     * Empties the file and releases the lock. The file stays: deleting it could let a run that
     * already opened it and a new run lock two different files.
     */
    @Override
    public void close() {
        try {
            channel.truncate(0);
            lock.release();
            channel.close();
        } catch (IOException e) {
            // the OS drops the lock with the process anyway
        }
    }
}
