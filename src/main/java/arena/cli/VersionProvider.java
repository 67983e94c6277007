package arena.cli;

import picocli.CommandLine;

import arena.run.Provenance;

/** {@code arena --version}: this build and the DL4J it runs on. */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"arena " + Provenance.arenaVersion() + " (DL4J 1.0.0-M2.1, Java " + System.getProperty("java.version") + ")"};
    }
}
