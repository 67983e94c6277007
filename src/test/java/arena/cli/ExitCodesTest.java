package arena.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** When several outcomes apply the design's order holds: 2, then 130, then 3, then 1. */
class ExitCodesTest {
    @Test
    void precedence() {
        assertEquals(2, ExitCodes.worst(ExitCodes.INTERRUPTED, ExitCodes.BAD_INPUT));
        assertEquals(130, ExitCodes.worst(ExitCodes.TRIALS_FAILED, ExitCodes.INTERRUPTED));
        assertEquals(3, ExitCodes.worst(ExitCodes.CHECK_FAILED, ExitCodes.TRIALS_FAILED));
        assertEquals(1, ExitCodes.worst(ExitCodes.OK, ExitCodes.CHECK_FAILED));
        assertEquals(0, ExitCodes.worst(ExitCodes.OK, ExitCodes.OK));
    }
}
