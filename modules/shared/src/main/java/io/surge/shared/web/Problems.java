package io.surge.shared.web;

import java.net.URI;
import java.util.List;
import java.util.Map;

import io.surge.shared.error.BusinessException;
import io.surge.shared.error.BusinessException.FieldViolation;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/**
 * Builds the RFC 9457 problem body every error response of the API has: {@code type}, {@code title},
 * {@code status}, {@code detail}, {@code code}, and {@code errors} for field-level violations.
 */
public final class Problems {

    private static final String TYPE_BASE = "https://surge.io/problems/";

    private Problems() {
    }

    public static ProblemDetail of(HttpStatusCode status, String code, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_BASE + code.toLowerCase().replace('_', '-')));
        problem.setProperty("code", code);
        return problem;
    }

    public static ProblemDetail invalid(String detail, List<FieldViolation> violations) {
        ProblemDetail problem = of(HttpStatus.BAD_REQUEST, "VALIDATION_FAILED", detail);
        problem.setProperty("errors", violations.stream()
                .map(violation -> Map.of("field", violation.field(), "message", violation.message()))
                .toList());
        return problem;
    }

    public static ProblemDetail of(BusinessException exception) {
        ProblemDetail problem = exception.violations().isEmpty()
                ? of(statusOf(exception.category()), exception.code(), exception.getMessage())
                : invalid(exception.getMessage(), exception.violations());
        exception.extensions().forEach(problem::setProperty);
        return problem;
    }

    public static HttpStatus statusOf(BusinessException.Category category) {
        return switch (category) {
            case INVALID -> HttpStatus.BAD_REQUEST;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
            case UNPROCESSABLE -> HttpStatus.UNPROCESSABLE_CONTENT;
            case UNAVAILABLE -> HttpStatus.SERVICE_UNAVAILABLE;
        };
    }
}
