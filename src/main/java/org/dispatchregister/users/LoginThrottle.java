package org.dispatchregister.users;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.dispatchregister.audit.AuditLog;
import org.dispatchregister.common.RegisterConfig;

/**
 * Slows password guessing down without letting anyone lock a user out. Wrong passwords are counted
 * per user name (known or not: the answer must not tell which names exist) and per client address;
 * past a few free ones, each further failure doubles the wait before the next check (up to
 * {@code register.login.max-delay}). An attempt made during the wait is refused without looking at
 * the password. Applies to the sign-in form, HTTP Basic and the current-password check of My account.
 * <p>
 * The audit history gets one line for each of the first failures, then one summary line per burst
 * (written when the burst ends, on the next success, or every 100 attempts) instead of a line per
 * request. Counters live in this instance's memory: each instance throttles on its own.
 */
@ApplicationScoped
public class LoginThrottle {

    /** Counted attempts of one user name or one address. */
    private static final class Counter {
        int failures;
        long lastFailure;
        long nextAllowed;
        // not yet in the audit history
        int unreported;
        int refused;
        long firstUnreported;
        final TreeSet<String> addresses = new TreeSet<>();
        String what;
    }

    private static final long ORIGIN = System.nanoTime();
    private static final int SUMMARY_EVERY = 100;
    private static final int MAX_KEYS = 50_000;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

    @Inject
    RegisterConfig config;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    private final Map<String, Counter> accounts = new ConcurrentHashMap<>();
    private final Map<String, Counter> addresses = new ConcurrentHashMap<>();
    private volatile ScheduledExecutorService flusher;

    static String key(String username) {
        return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    }

    /**
     * How long this user name, or this address, must still wait before a password is checked; zero
     * when it may be checked now. A refused attempt is counted for the audit summary.
     */
    public Duration waitFor(String username, String address, String what) {
        long now = now();
        Counter account = accounts.get(key(username));
        Counter from = address == null ? null : addresses.get(address);
        long until = Math.max(account == null ? 0 : account.nextAllowed, from == null ? 0 : from.nextAllowed);
        if (until <= now) {
            return Duration.ZERO;
        }
        Counter counted = account != null ? account : from;
        synchronized (counted) {
            counted.refused++;
            note(counted, address, what, now);
        }
        summariseIfDue(key(username), counted, false);
        return Duration.ofMillis(until - now);
    }

    /** A wrong password. Returns true when this failure deserves its own audit line (the first few of a burst). */
    public boolean failed(String username, String address, String what) {
        long now = now();
        startFlusher();
        purgeIfLarge();
        String name = key(username);
        Counter account = accounts.computeIfAbsent(name, k -> new Counter());
        boolean ownLine;
        synchronized (account) {
            forgetIfQuiet(account, now);
            account.failures++;
            account.lastFailure = now;
            account.nextAllowed = now + delay(account.failures, config.login().freeFailures());
            ownLine = account.failures <= config.login().freeFailures();
            if (!ownLine) {
                note(account, address, what, now);
            }
        }
        if (address != null) {
            Counter from = addresses.computeIfAbsent(address, k -> new Counter());
            synchronized (from) {
                forgetIfQuiet(from, now);
                from.failures++;
                from.lastFailure = now;
                from.nextAllowed = now + delay(from.failures, config.login().freeFailuresPerAddress());
            }
        }
        summariseIfDue(name, account, false);
        return ownLine;
    }

    /** A right password: the user name's failures are forgotten (after their summary is written). */
    public void succeeded(String username) {
        String name = key(username);
        Counter account = accounts.remove(name);
        if (account != null) {
            summariseIfDue(name, account, true);
        }
    }

    /** An administrator reset the password: the user may try again at once. */
    public void clear(String username) {
        succeeded(username);
    }

    private long delay(int failures, int free) {
        if (failures <= free) {
            return 0;
        }
        long seconds = 1L << Math.min(30, failures - free - 1);
        return Math.min(seconds * 1000, config.login().maxDelay().toMillis());
    }

    private void forgetIfQuiet(Counter c, long now) {
        if (c.failures > 0 && now - c.lastFailure > config.login().forgetAfter().toMillis()) {
            c.failures = 0;
            c.nextAllowed = 0;
        }
    }

    private static void note(Counter c, String address, String what, long now) {
        if (c.unreported == 0) {
            c.firstUnreported = now;
        }
        c.unreported++;
        if (address != null && c.addresses.size() < 10) {
            c.addresses.add(address);
        }
        c.what = what;
    }

    /** Writes the summary line of a burst when it is over, large, or forced. */
    private void summariseIfDue(String name, Counter c, boolean force) {
        String line;
        synchronized (c) {
            boolean quiet = now() - Math.max(c.lastFailure, c.firstUnreported) > 60_000;
            if (c.unreported == 0 || !(force || quiet || c.unreported >= SUMMARY_EVERY)) {
                return;
            }
            int refusedWhileWaiting = Math.min(c.refused, c.unreported);
            line = String.format(Locale.ROOT, "%d more failed attempts (%s; %d refused while waiting) between %s and %s from %s",
                    c.unreported, c.what, refusedWhileWaiting, time(c.firstUnreported), time(now()),
                    String.join(", ", c.addresses));
            c.unreported = 0;
            c.refused = 0;
            c.firstUnreported = 0;
            c.addresses.clear();
        }
        audit.record(name.isEmpty() ? "(blank)" : name, "LOGIN_FAILURES", "StaffUser", null, line);
    }

    /** Waits are measured on the monotonic clock: a changed wall clock must not lift or extend them. */
    private static long now() {
        return (System.nanoTime() - ORIGIN) / 1_000_000 + 1;
    }

    /** A monotonic instant as the wall-clock time shown in the audit history. */
    private String time(long monotonicMillis) {
        long wall = clock.millis() - (now() - monotonicMillis);
        return TIME.format(LocalDateTime.ofInstant(java.time.Instant.ofEpochMilli(wall), clock.getZone()));
    }

    /** Summaries of bursts that ended, and forgetting old counters, every 30 seconds. */
    private void startFlusher() {
        if (flusher == null) {
            synchronized (this) {
                if (flusher == null) {
                    ScheduledExecutorService s = Executors.newSingleThreadScheduledExecutor(r -> {
                        Thread t = new Thread(r, "login-throttle-audit");
                        t.setDaemon(true);
                        return t;
                    });
                    s.scheduleWithFixedDelay(this::flush, 30, 30, TimeUnit.SECONDS);
                    flusher = s;
                }
            }
        }
    }

    void flush() {
        long now = now();
        for (Iterator<Map.Entry<String, Counter>> it = accounts.entrySet().iterator(); it.hasNext();) {
            Map.Entry<String, Counter> e = it.next();
            summariseIfDue(e.getKey(), e.getValue(), false);
            if (now - e.getValue().lastFailure > config.login().forgetAfter().toMillis() && e.getValue().unreported == 0) {
                it.remove();
            }
        }
        addresses.values().removeIf(c -> now - c.lastFailure > config.login().forgetAfter().toMillis());
    }

    private void purgeIfLarge() {
        if (accounts.size() > MAX_KEYS || addresses.size() > MAX_KEYS) {
            flush();
        }
    }

    /** Forgets every counter (tests). */
    void reset() {
        accounts.clear();
        addresses.clear();
    }

    @PreDestroy
    void stop() {
        if (flusher != null) {
            flusher.shutdownNow();
        }
        try {
            accounts.forEach((name, c) -> summariseIfDue(name, c, true));
        } catch (RuntimeException databaseAlreadyClosed) {
            // shutting down: the summary of a burst in progress is lost, the burst itself changed nothing
        }
    }
}
