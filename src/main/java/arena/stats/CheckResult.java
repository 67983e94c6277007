package arena.stats;

import arena.spec.CheckSpec;

/** One check evaluated in one block: passed or not, and the figures that decided it. */
public record CheckResult(CheckSpec check, String block, boolean passed, String detail) {

    public String name() {
        return check.describe() + (block.isEmpty() ? "" : " [" + block + "]");
    }
}
