/**
 * E-mail: sending dispatches from the register with proof (an outbox table worked by a scheduled job; the exact
 * message kept as .eml with its Message-ID, the SMTP server's acceptance and each attachment's SHA-256), and
 * reading the office's mailbox for replies. Sits above dispatches (it sends and answers them) and below reports
 * (the per-recipient report shows the proof). The statement and dispatch pages, lower features, show its
 * progress and proof through tags asking {@code inject:mail}.
 */
package org.dispatchregister.mail;
