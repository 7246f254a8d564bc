-- Double submits (issue 13, item 4). Every create form carries a one-time token and every API create
-- may send an Idempotency-Key; the first request to use one claims it here (the primary key makes the
-- claim atomic, also across instances), and records its result when it succeeded, so a second submit
-- with the same token is answered with that first result instead of creating a second record.
-- A failed attempt deletes its claim (the form comes back with its messages and may be sent again).
-- Rows older than register.submissions.keep are deleted.
create table submission (
    username        varchar(60)   not null,
    token           varchar(200)  not null,
    request_line    varchar(300)  not null,
    created_at      timestamp     not null,
    result_status   integer,
    result_location varchar(2000),
    result_type     varchar(100),
    result_body     text,
    primary key (username, token)
);
create index ix_submission_created on submission (created_at);
