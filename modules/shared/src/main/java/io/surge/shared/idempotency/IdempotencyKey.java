package io.surge.shared.idempotency;

import io.surge.shared.error.BusinessException;

/**
 * A client's {@code Idempotency-Key}: 1..255 visible ASCII characters.
 */
public record IdempotencyKey(String value) {

    public static final String HEADER = "Idempotency-Key";

    public IdempotencyKey {
        if (value == null || value.isEmpty() || value.length() > 255
                || !value.chars().allMatch(c -> c >= 0x21 && c <= 0x7E)) {
            throw BusinessException.invalidField(HEADER, "must be 1 to 255 visible ASCII characters");
        }
    }
}
