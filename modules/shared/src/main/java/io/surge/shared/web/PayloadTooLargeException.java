package io.surge.shared.web;

import java.io.IOException;

/**
 * A request body beyond the configured maximum: 413 {@code PAYLOAD_TOO_LARGE}. An {@link IOException}, because it
 * is also thrown while a body without a declared length is being read, from inside the JSON parser.
 */
public class PayloadTooLargeException extends IOException {

    public PayloadTooLargeException(long maxBytes) {
        super("The request body is larger than " + maxBytes + " bytes.");
    }
}
