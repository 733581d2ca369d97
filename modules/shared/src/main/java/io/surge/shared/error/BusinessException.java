package io.surge.shared.error;

import java.util.List;
import java.util.Map;

/**
 * A request the domain refuses, with a stable machine-readable {@code code} (API.md) and the
 * {@link Category} that decides its HTTP status. Plain Java, so domain code can throw it.
 */
public class BusinessException extends RuntimeException {

    public enum Category {
        /** The input breaks a rule (400). */
        INVALID,
        /** A referenced resource does not exist (404). */
        NOT_FOUND,
        /** The current state forbids the request (409). */
        CONFLICT,
        /** The request is understood but cannot be processed as sent (422). */
        UNPROCESSABLE,
        /** A dependency cannot answer right now (503). */
        UNAVAILABLE
    }

    /** A rule violation attached to one input field. */
    public record FieldViolation(String field, String message) {
    }

    private final String code;
    private final Category category;
    private final List<FieldViolation> violations;
    private final Map<String, Object> extensions;

    public BusinessException(String code, Category category, String message) {
        this(code, category, message, List.of(), Map.of());
    }

    public BusinessException(String code, Category category, String message, List<FieldViolation> violations,
            Map<String, Object> extensions) {
        super(message);
        this.code = code;
        this.category = category;
        this.violations = List.copyOf(violations);
        this.extensions = Map.copyOf(extensions);
    }

    /** A 400 {@code VALIDATION_FAILED} for one field, for rules that depend on configuration. */
    public static BusinessException invalidField(String field, String message) {
        return new BusinessException("VALIDATION_FAILED", Category.INVALID, "The request is invalid.",
                List.of(new FieldViolation(field, message)), Map.of());
    }

    public String code() {
        return code;
    }

    public Category category() {
        return category;
    }

    public List<FieldViolation> violations() {
        return violations;
    }

    public Map<String, Object> extensions() {
        return extensions;
    }
}
