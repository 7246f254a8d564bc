-- Sending dispatches by e-mail (mail/). One row per message: queued by a clerk, claimed and sent by the outbox
-- job, with the proof of what the SMTP server accepted. The message itself (.eml) is a file under
-- <data-dir>/mail/ named by eml_key; eml_sha256 is its digest. Rows are never deleted.
create sequence mail_send_seq start with 1 increment by 50;
create table mail_send (
    id bigint not null primary key,
    dispatch_id bigint not null references dispatch (id),
    state varchar(20) not null,
    subject varchar(500) not null,
    body text not null,
    addresses varchar(2000) not null,
    message_id varchar(300) not null,
    in_reply_to varchar(300),
    attempts integer not null,
    next_attempt_at timestamp,
    claimed_at timestamp,
    claimed_by varchar(100),
    accepted_at timestamp,
    server_reply varchar(500),
    error_kind varchar(30),
    error_text varchar(1000),
    eml_key varchar(64),
    eml_sha256 varchar(64),
    attachment_proof text,
    queued_at timestamp not null,
    queued_by varchar(60) not null,
    version bigint not null
);
create unique index mail_send_message_id on mail_send (message_id);
create index mail_send_dispatch on mail_send (dispatch_id);
create index mail_send_state on mail_send (state, next_attempt_at);
