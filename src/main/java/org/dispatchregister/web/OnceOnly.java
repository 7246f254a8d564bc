package org.dispatchregister.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.interceptor.InterceptorBinding;

/**
 * Marks a POST that creates something (a record, a file, a membership): a second submit of the same form (its
 * one-time token) or the same API call (its {@code Idempotency-Key}) is answered with the first result instead of
 * creating it again. See {@link OnceOnlyInterceptor} and {@link Submissions}.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.METHOD, ElementType.TYPE })
public @interface OnceOnly {
}
