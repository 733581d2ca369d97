package io.surge.shared.web;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import io.surge.shared.error.BusinessException;
import org.jspecify.annotations.Nullable;

/**
 * The opaque {@code cursor} of keyset pagination: the sort key of the last item a page held. Clients pass it
 * back untouched; anything else is a 400.
 */
public final class KeysetCursor {

    private static final String PREFIX = "k1:";

    private KeysetCursor() {
    }

    public static String encode(long lastKey) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((PREFIX + lastKey).getBytes(StandardCharsets.US_ASCII));
    }

    /** The key after which the page starts, or {@code null} for the first page. */
    public static @Nullable Long decode(@Nullable String cursor) {
        if (cursor == null || cursor.isEmpty()) {
            return null;
        }
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII);
            if (!decoded.startsWith(PREFIX)) {
                throw invalid();
            }
            return Long.parseLong(decoded.substring(PREFIX.length()));
        } catch (IllegalArgumentException malformed) {
            throw invalid();
        }
    }

    private static BusinessException invalid() {
        return BusinessException.invalidField("cursor", "is not a cursor this API returned");
    }
}
