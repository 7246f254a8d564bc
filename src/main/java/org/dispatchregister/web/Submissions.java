package org.dispatchregister.web;

import java.security.SecureRandom;
import java.sql.Clob;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;

import org.dispatchregister.common.RegisterConfig;
import org.hibernate.query.NativeQuery;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * One-time submission tokens: issued into every form by the form tag ({inject:submissions.token}), or chosen by an
 * API client as its {@code Idempotency-Key}. The first request that uses one claims it with an insert under a
 * primary key (so of two parallel requests, also on two instances, exactly one goes on) and, when it succeeded,
 * records its result; later requests with the same token get that result. Every step is its own short transaction:
 * the claim must be visible to the other request before the work starts, the result only once the work committed.
 */
@Named("submissions")
@ApplicationScoped
public class Submissions {

    /** The hidden field the form tag adds to every form. */
    public static final String FIELD = "submission-token";

    /** What {@link #getToken()} issues: 128 random bits, URL-safe. */
    static final Pattern FORM_TOKEN = Pattern.compile("[A-Za-z0-9_-]{22}");

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final long POLL_MILLIS = 50;
    private static final long PURGE_EVERY_NANOS = TimeUnit.MINUTES.toNanos(1);

    /** The first request's answer; {@code status} is null while that request is still running. */
    record Result(String requestLine, Integer status, String location, String type, String body, boolean expired) {
        boolean finished() {
            return status != null;
        }
    }

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    RegisterConfig config;

    private final AtomicLong nextPurge = new AtomicLong(System.nanoTime());

    /** A fresh token: asked once for each form a page renders, so two forms of one page never share one. */
    public String getToken() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /**
     * Claims the token for this request. Null: this request is the first and goes on (then {@link #finish} or
     * {@link #release}). Otherwise the first request's result, waited for while that request is still running (up to
     * register.submissions.wait-for-first; a result that is still unfinished then means it did not end in time).
     * When the first request failed and released the token meanwhile, this one claims it instead.
     */
    Result claim(String username, String token, String requestLine) {
        purgeNowAndThen();
        long deadline = System.nanoTime() + config.submissions().waitForFirst().toNanos();
        while (true) {
            Result first = find(username, token);
            if (first != null && first.expired()) {
                release(username, token);
                continue;
            }
            if (first == null) {
                if (insert(username, token, requestLine)) {
                    return null;
                }
                continue;
            }
            if (first.finished() || !first.requestLine().equals(requestLine) || System.nanoTime() > deadline) {
                return first;
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return first;
            }
        }
    }

    /** Records the answer of the request that claimed the token, for every later request with it. */
    void finish(String username, String token, int status, String location, String type, String body) {
        // typed parameters: a bare null would reach PostgreSQL without a type
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("update submission set result_status = ?1, "
                + "result_location = ?2, result_type = ?3, result_body = ?4 where username = ?5 and token = ?6")
                .unwrap(NativeQuery.class).setParameter(1, status, Integer.class).setParameter(2, location, String.class)
                .setParameter(3, type, String.class).setParameter(4, body, String.class)
                .setParameter(5, username).setParameter(6, token).executeUpdate());
    }

    /** The request that claimed the token created nothing (refused input, an error): the token may be used again. */
    void release(String username, String token) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("delete from submission where username = ?1 and token = ?2")
                .setParameter(1, username).setParameter(2, token).executeUpdate());
    }

    private boolean insert(String username, String token, String requestLine) {
        try {
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("insert into submission (username, token, request_line, "
                    + "created_at) values (?1, ?2, ?3, ?4)").setParameter(1, username).setParameter(2, token)
                    .setParameter(3, requestLine).setParameter(4, LocalDateTime.now(clock)).executeUpdate());
            return true;
        } catch (RuntimeException e) {
            // the primary key refused it: a parallel request claimed the token first; anything else is a real failure
            if (find(username, token) == null) {
                throw e;
            }
            return false;
        }
    }

    private Result find(String username, String token) {
        // expired: older than register.submissions.keep, forgotten even before the purge deletes it
        LocalDateTime cutoff = LocalDateTime.now(clock).minus(config.submissions().keep());
        List<?> rows = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("select request_line, result_status, "
                + "result_location, result_type, result_body, case when created_at < ?3 then 1 else 0 end from submission "
                + "where username = ?1 and token = ?2")
                .setParameter(1, username).setParameter(2, token).setParameter(3, cutoff).getResultList());
        if (rows.isEmpty()) {
            return null;
        }
        Object[] row = (Object[]) rows.get(0);
        return new Result((String) row[0], row[1] == null ? null : ((Number) row[1]).intValue(), (String) row[2], (String) row[3],
                text(row[4]), ((Number) row[5]).intValue() == 1);
    }

    /** A text column: H2 answers a native query with a Clob, PostgreSQL with a String. */
    private static String text(Object value) {
        if (value instanceof Clob clob) {
            try {
                return clob.getSubString(1, (int) clob.length());
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
        return (String) value;
    }

    /** Forgets tokens older than register.submissions.keep, at most once a minute per instance. */
    private void purgeNowAndThen() {
        long now = System.nanoTime();
        long due = nextPurge.get();
        if (now - due < 0 || !nextPurge.compareAndSet(due, now + PURGE_EVERY_NANOS)) {
            return;
        }
        LocalDateTime before = LocalDateTime.now(clock).minus(config.submissions().keep());
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("delete from submission where created_at < ?1")
                .setParameter(1, before).executeUpdate());
    }
}
