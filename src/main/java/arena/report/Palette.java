package arena.report;

import java.awt.Color;
import java.util.List;

/** One colour per group, the same in every chart (Tableau 10, readable for common colour blindness). */
final class Palette {
    private static final List<Color> COLORS = List.of(
            new Color(0x4E79A7), new Color(0xF28E2B), new Color(0xE15759), new Color(0x76B7B2), new Color(0x59A14F),
            new Color(0xEDC948), new Color(0xB07AA1), new Color(0xFF9DA7), new Color(0x9C755F), new Color(0xBAB0AC));

    private Palette() { }

    static Color of(int index) {
        Color c = COLORS.get(index % COLORS.size());
        return index < COLORS.size() ? c : c.darker();
    }
}
