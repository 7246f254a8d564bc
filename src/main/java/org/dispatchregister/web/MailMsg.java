package org.dispatchregister.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of e-mail sending, proof and the mailbox ({mmsg:key} in templates, {@link Messages#mail()} in Java),
 * in English here and in messages/mmsg_az.properties and mmsg_ru.properties. A bundle of its own: {@link Msg} is near
 * the size at which Qute's generated resolver breaks (see {@link ReportMsg}).
 */
@MessageBundle(value = "mmsg", locale = "en")
public interface MailMsg {

    // ---- sending
    @Message("Send by e-mail")
    String send_title();

    @Message("E-mail")
    String send_crumb();

    @Message("Sending e-mail is not set up on this installation (register.mail.enabled, see the README). Nothing can be sent from here yet.")
    String mail_off();

    @Message("{n} without a usable e-mail address: send these another way")
    String without_address(int n);

    @Message("These bodies have no e-mail address in the register, or one that is not valid. Add an address on the body's page, or send by post, courier or hand.")
    String without_address_hint();

    @Message("not a valid address: {address}")
    String invalid_address(String address);

    @Message("No planned e-mail dispatch of this statement is waiting to be sent.")
    String nothing_to_send();

    @Message("Back to the statement")
    String back_to_statement();

    @Message("Recipients ({n})")
    String recipients_count(int n);

    @Message("Each body gets a message of its own, addressed to its own addresses only: nobody sees who else received it.")
    String one_message_each();

    @Message("From: {from}")
    String from_line(String from);

    @Message("Subject")
    String subject();

    @Message("Message")
    String body();

    @Message("[addressee] is replaced in each message by that body's addressee line (or its name).")
    String body_hint();

    @Message("Attached files ({n})")
    String attached_files(int n);

    @Message("The statement has no file: the message goes without attachment.")
    String no_files_attached();

    @Message("Send to {n}")
    String send_button(int n);

    @Message("Enter a subject")
    String subject_required();

    @Message("The subject must be one line: remove the line break")
    String subject_line_break();

    @Message("At most {n} characters")
    String at_most(int n);

    @Message("Enter the message")
    String body_required();

    @Message("Choose at least one recipient with an e-mail address. Nothing was sent.")
    String choose_dispatches();

    @Message("The sender address (register.mail.from) is not set or not valid. Nothing was sent.")
    String no_from_address();

    @Message("{n} messages are in the outbox; they are sent in the background. Progress is shown below.")
    String queued_flash(int n);

    @Message("The message is in the outbox again; it is sent in the background.")
    String retry_queued();

    // ---- progress and proof
    @Message("E-mail")
    String mail_heading();

    @Message("Send by e-mail ({n})")
    String send_by_email(long n);

    @Message("Waiting")
    String state_queued();

    @Message("Sending")
    String state_sending();

    @Message("Sent")
    String state_sent();

    @Message("Not sent")
    String state_failed();

    @Message("Uncertain")
    String state_uncertain();

    @Message("Messages accepted by the mail server")
    String progress_label();

    @Message("Sending in the background.")
    String running_hint();

    @Message("Refresh")
    String refresh();

    @Message("Reason")
    String col_reason();

    @Message("next try at {time}")
    String next_try(String time);

    @Message("Retry")
    String retry();

    @Message("Sent by e-mail: proof")
    String proof_heading();

    @Message("The app stopped while this message was being sent: the server may have accepted it. Check the mailbox's Sent folder or ask the recipient before sending it again; a retry uses the same Message-ID, which most mail systems show only once.")
    String uncertain_hint();

    @Message("Message-ID")
    String message_id();

    @Message("To")
    String to_addresses();

    @Message("Accepted by the mail server")
    String accepted_at();

    @Message("Attached files")
    String files_sha();

    @Message("The message sent")
    String message_file();

    @Message("Download (.eml)")
    String download_eml();

    @Message("Queued")
    String queued();

    @Message("SHA-256 {hash}")
    String sha(String hash);

    @Message("{n} B")
    String bytes(long n);

    @Message("the mail server could not be reached; tried again by itself")
    String fail_unreachable();

    @Message("the mail server asked to try later; tried again by itself")
    String fail_deferred();

    @Message("address refused")
    String fail_bad_address();

    @Message("refused by the mail server")
    String fail_refused();

    @Message("the connection broke off after the message was handed over")
    String fail_interrupted();

    @Message("the message could not be put together")
    String fail_not_built();

    @Message("the dispatch is no longer planned")
    String fail_cancelled();

    @Message("e-mail accepted {time} for {addresses}")
    String report_proof(String time, String addresses);

    // ---- default bodies, per kind of statement
    @Message("[addressee]\n\nThe {institution} presents its compliments and has the honour to transmit herewith its note verbale {reference} of {date}: \"{title}\".\n\nThe {institution} avails itself of this opportunity to renew the assurances of its highest consideration.")
    String body_note_verbale(String institution, String reference, String date, String title);

    @Message("[addressee]\n\nPlease find attached the {kind} \"{title}\" ({reference}, {date}) of the {institution}. We would be grateful for your reply, quoting our reference {reference}.\n\nYours faithfully,\n{institution}")
    String body_appeal(String institution, String kind, String reference, String date, String title);

    @Message("[addressee]\n\nPlease find attached the {kind} \"{title}\" ({reference}, {date}) of the {institution}.\n\nYours faithfully,\n{institution}")
    String body_default(String institution, String kind, String reference, String date, String title);
}
