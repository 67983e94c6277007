package arena.spec;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * A trial's id: the first 12 hex digits of SHA-256 over the canonical configuration and the seed,
 * as JSON with sorted keys. It depends on nothing else (not the file name, other seeds, other sweep values).
 */
public final class TrialId {
    private static final ObjectMapper JSON = new ObjectMapper().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

    private TrialId() { }

    public static String of(TrialConfig config, long seed) {
        return sha256(canonicalJson(config, seed)).substring(0, 12);
    }

    public static String canonicalJson(TrialConfig config, long seed) {
        Map<String, Object> all = new LinkedHashMap<>(config.canonical());
        all.put("seed", seed);
        try {
            return JSON.writeValueAsString(all);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
