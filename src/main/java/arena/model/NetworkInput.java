package arena.model;

import arena.data.TrialData;

/**
 * What the network's first layer sees: {@code features} values per row, which are an image of
 * {@code channels × height × width} when {@code image} (rows stay flat in memory; DL4J reshapes
 * them for convolutional layers).
 */
public record NetworkInput(int features, boolean image, int channels, int height, int width) {

    public static NetworkInput flat(int features) {
        return new NetworkInput(features, false, 0, 0, 0);
    }

    public static NetworkInput of(TrialData data) {
        int[] s = data.imageShape();
        return s == null ? flat(data.inputs()) : new NetworkInput(data.inputs(), true, s[0], s[1], s[2]);
    }
}
