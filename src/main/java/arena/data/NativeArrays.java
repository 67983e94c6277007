package arena.data;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Frees ND4J arrays as soon as they are no longer needed. With JavaCPP's pointer GC switched off
 * (-Dorg.bytedeco.javacpp.nopointergc=true, which doubles throughput here) nothing frees native
 * memory behind our back, so every array the product allocates is closed by its owner. Closing a
 * view, an array inside a workspace or an already closed one does nothing.
 */
public final class NativeArrays {
    private NativeArrays() { }

    public static void close(INDArray... arrays) {
        for (INDArray a : arrays) {
            if (a != null && a.closeable()) {
                a.close();
            }
        }
    }
}
