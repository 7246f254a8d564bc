package org.dispatchregister.web;

/**
 * Refused input: under /api/ answered by {@link ErrorPages} as problem details with the field errors (400 unless
 * another status is given, e.g. 413 for a text too long); on a page, as the 400 error page with the messages.
 * The "_form" key of the page forms becomes the field "request".
 */
public class ApiValidationException extends RuntimeException {

    private final transient FormErrors errors;
    private final int status;

    public ApiValidationException(FormErrors errors) {
        this(400, errors);
    }

    public ApiValidationException(int status, FormErrors errors) {
        super("validation failed: " + errors.asMap().keySet());
        this.status = status;
        this.errors = errors;
    }

    public static void throwIfPresent(FormErrors errors) {
        if (errors.isPresent()) {
            throw new ApiValidationException(errors);
        }
    }

    public FormErrors errors() {
        return errors;
    }

    public int status() {
        return status;
    }
}
