package io.surge.shared.web;

import java.util.List;
import java.util.Objects;

import io.surge.shared.error.BusinessException;
import io.surge.shared.error.BusinessException.FieldViolation;
import jakarta.validation.ConstraintViolationException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every error into an RFC 9457 problem with a {@code code}: business rule violations, every kind of bad
 * input, refused access (401, 403), limits (413, 429), unknown routes and methods, and failures of our own; Spring
 * Security's refusals reach these handlers through its entry point and access-denied handler. Nothing of a stack
 * trace or SQL leaves the process.
 */
@RestControllerAdvice
class ProblemResponses extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemResponses.class);
    private static final String RETRY_AFTER_SECONDS = "1";

    @ExceptionHandler(BusinessException.class)
    ResponseEntity<Object> businessRule(BusinessException exception) {
        ProblemDetail problem = Problems.of(exception);
        HttpHeaders headers = new HttpHeaders();
        if (exception.category() == BusinessException.Category.UNAVAILABLE) {
            headers.set(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        }
        return ResponseEntity.status(problem.getStatus()).headers(headers).body(problem);
    }

    /** No token, or one that is malformed, expired or wrongly signed; the token itself is never echoed. */
    @ExceptionHandler(AuthenticationException.class)
    ResponseEntity<Object> unauthenticated(AuthenticationException exception) {
        String challenge = exception instanceof OAuth2AuthenticationException
                ? "Bearer error=\"invalid_token\", error_description=\"The bearer token is invalid or expired.\""
                : "Bearer";
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED).header(HttpHeaders.WWW_AUTHENTICATE, challenge)
                .body(Problems.of(HttpStatus.UNAUTHORIZED, "UNAUTHENTICATED",
                        "A valid bearer token is required."));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Object> accessDenied(AccessDeniedException exception) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN)
                .body(Problems.of(HttpStatus.FORBIDDEN, "ACCESS_DENIED", "You may not access this resource."));
    }

    @ExceptionHandler(RateLimitedException.class)
    ResponseEntity<Object> rateLimited(RateLimitedException exception) {
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(exception.retryAfterSeconds()))
                .body(Problems.of(HttpStatus.TOO_MANY_REQUESTS, "RATE_LIMITED", exception.getMessage()));
    }

    @ExceptionHandler(PayloadTooLargeException.class)
    ResponseEntity<Object> payloadTooLarge(PayloadTooLargeException exception) {
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
                .body(Problems.of(HttpStatus.CONTENT_TOO_LARGE, "PAYLOAD_TOO_LARGE", exception.getMessage()));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Object> typeMismatch(MethodArgumentTypeMismatchException exception) {
        return badRequest(List.of(new FieldViolation(exception.getName(), "has the wrong type")));
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<Object> constraintViolation(ConstraintViolationException exception) {
        return badRequest(exception.getConstraintViolations().stream()
                .map(violation -> new FieldViolation(lastNode(violation.getPropertyPath().toString()),
                        violation.getMessage()))
                .toList());
    }

    @ExceptionHandler({ DataAccessResourceFailureException.class, TransientDataAccessException.class })
    ResponseEntity<Object> unavailable(Exception exception) {
        log.warn("A dependency is unavailable: {}", exception.getMessage());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                .body(Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "SERVICE_UNAVAILABLE",
                        "A dependency is unavailable; retry shortly."));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception exception) {
        log.error("Unexpected failure", exception);
        return ResponseEntity.internalServerError()
                .body(Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "INTERNAL_ERROR",
                        "An unexpected error occurred."));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException exception,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return badRequest(exception.getBindingResult().getFieldErrors().stream()
                .map(error -> new FieldViolation(error.getField(),
                        Objects.requireNonNullElse(error.getDefaultMessage(), "is invalid")))
                .toList());
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException exception,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return badRequest(exception.getParameterValidationResults().stream()
                .flatMap(result -> result instanceof ParameterErrors bodyErrors
                        ? bodyErrors.getFieldErrors().stream()
                                .map(error -> new FieldViolation(error.getField(),
                                        Objects.requireNonNullElse(error.getDefaultMessage(), "is invalid")))
                        : result.getResolvableErrors().stream()
                                .map(error -> new FieldViolation(parameterName(result),
                                        Objects.requireNonNullElse(error.getDefaultMessage(), "is invalid"))))
                .toList());
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException exception,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        for (Throwable link = exception.getCause(); link != null; link = link.getCause()) {
            if (link instanceof PayloadTooLargeException tooLarge) { // a body without a length, cut off while parsed
                return payloadTooLarge(tooLarge);
            }
        }
        Throwable cause = exception.getMostSpecificCause();
        for (Throwable link = exception.getCause(); link != null; link = link.getCause()) {
            if (link instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
                cause = link; // the outermost Jackson failure knows which field it was reading
                break;
            }
        }
        if (cause instanceof UnrecognizedPropertyException unknown) {
            return badRequest(List.of(new FieldViolation(unknown.getPropertyName(), "is not a known property")));
        }
        if (cause instanceof StreamReadException) {
            return badRequest(List.of(new FieldViolation("body", "is not well-formed JSON")));
        }
        if (cause instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
            return badRequest(List.of(new FieldViolation(jsonPath(jackson), "has the wrong type or format")));
        }
        return badRequest(List.of(new FieldViolation("body", "is missing or unreadable")));
    }

    /** Every other Spring MVC error (404, 405, 415, 406, missing parameters, ...) keeps its status and gains a code. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception exception, @Nullable Object body,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = body instanceof ProblemDetail detail ? detail
                : ProblemDetail.forStatusAndDetail(status, exception.getMessage());
        ProblemDetail coded = Problems.of(status, codeOf(status), Objects.requireNonNullElse(problem.getDetail(),
                "The request cannot be served."));
        return ResponseEntity.status(status).headers(headers).body(coded);
    }

    private static ResponseEntity<Object> badRequest(List<FieldViolation> violations) {
        return ResponseEntity.badRequest().body(Problems.invalid("The request is invalid.", violations));
    }

    private static String codeOf(HttpStatusCode status) {
        HttpStatus known = HttpStatus.resolve(status.value());
        if (known == null) {
            return "HTTP_" + status.value();
        }
        return switch (known) {
            case BAD_REQUEST -> "VALIDATION_FAILED";
            case NOT_FOUND -> "NOT_FOUND";
            case METHOD_NOT_ALLOWED -> "METHOD_NOT_ALLOWED";
            case NOT_ACCEPTABLE -> "NOT_ACCEPTABLE";
            case UNSUPPORTED_MEDIA_TYPE -> "UNSUPPORTED_MEDIA_TYPE";
            case PAYLOAD_TOO_LARGE, CONTENT_TOO_LARGE -> "PAYLOAD_TOO_LARGE";
            case SERVICE_UNAVAILABLE -> "SERVICE_UNAVAILABLE";
            default -> known.name();
        };
    }

    private static String parameterName(ParameterValidationResult result) {
        String name = result.getMethodParameter().getParameterName();
        return name != null ? name : "parameter";
    }

    private static String jsonPath(JacksonException exception) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : exception.getPath()) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }

    private static String lastNode(String propertyPath) {
        int dot = propertyPath.lastIndexOf('.');
        return dot < 0 ? propertyPath : propertyPath.substring(dot + 1);
    }
}
