-- Statements, their dispatches to recipients, and the replies that come back.

create sequence statement_kind_seq start with 1 increment by 50;
create table statement_kind (
    id             bigint       not null primary key,
    code           varchar(40)  not null,
    name           varchar(120) not null,
    reply_expected boolean      not null default false,
    reply_days     integer,
    sort_order     integer      not null default 0,
    active         boolean      not null default true,
    version        bigint       not null default 0,
    constraint uk_statement_kind_code unique (code)
);

create sequence statement_seq start with 1 increment by 50;
create table statement (
    id                 bigint        not null primary key,
    kind_id            bigint        not null references statement_kind (id),
    title              varchar(500)  not null,
    reference          varchar(60),
    issued_on          date,
    place              varchar(120),
    signatory          varchar(200),
    language           varchar(60),
    summary            varchar(4000),
    full_text          text,
    topics             varchar(500),
    in_response_to     varchar(1000),
    response_reference varchar(100),
    response_date      date,
    status             varchar(20)   not null,
    created_at         timestamp     not null,
    updated_at         timestamp     not null,
    version            bigint        not null default 0,
    constraint uk_statement_reference unique (reference)
);
create index ix_statement_issued on statement (issued_on);
create index ix_statement_kind on statement (kind_id);

-- One row per year: "update ... set last_value = last_value + 1" takes a row lock, so two clerks
-- (or two app instances) issuing at once are serialised and never get the same number.
create table reference_counter (
    counter_year integer not null primary key,
    last_value   integer not null
);

create sequence dispatch_seq start with 1 increment by 50;
create table dispatch (
    id              bigint        not null primary key,
    statement_id    bigint        not null references statement (id),
    recipient_id    bigint        not null references recipient (id),
    via_list_id     bigint        references distribution_list (id),
    channel         varchar(20)   not null,
    status          varchar(20)   not null,
    sent_on         date,
    delivered_on    date,
    acknowledged_on date,
    reply_expected  boolean       not null default false,
    reply_due_on    date,
    note            varchar(1000),
    follow_up_of_id bigint        references dispatch (id),
    letter_text     text,
    created_at      timestamp     not null,
    created_by      varchar(60)   not null,
    updated_at      timestamp     not null,
    version         bigint        not null default 0
);
create index ix_dispatch_statement on dispatch (statement_id);
create index ix_dispatch_recipient on dispatch (recipient_id, sent_on);
create index ix_dispatch_status on dispatch (status);
create index ix_dispatch_due on dispatch (reply_due_on);
create index ix_dispatch_follow_up on dispatch (follow_up_of_id);

create sequence reply_seq start with 1 increment by 50;
create table reply (
    id              bigint        not null primary key,
    -- null until an incoming letter is linked to what it answers
    dispatch_id     bigint        references dispatch (id),
    recipient_id    bigint        references recipient (id),
    statement_id    bigint        references statement (id),
    received_on     date          not null,
    their_reference varchar(100),
    kind            varchar(20)   not null,
    summary         varchar(4000),
    created_at      timestamp     not null,
    created_by      varchar(60)   not null,
    version         bigint        not null default 0
);
create index ix_reply_dispatch on reply (dispatch_id);
create index ix_reply_recipient on reply (recipient_id);
create index ix_reply_received on reply (received_on);

create sequence attachment_seq start with 1 increment by 50;
create table attachment (
    id           bigint       not null primary key,
    statement_id bigint       references statement (id),
    reply_id     bigint       references reply (id),
    file_name    varchar(255) not null,
    content_type varchar(100) not null,
    size_bytes   bigint       not null,
    sha256       varchar(64)  not null,
    storage_key  varchar(100) not null,
    uploaded_at  timestamp    not null,
    uploaded_by  varchar(60)  not null
);
create index ix_attachment_statement on attachment (statement_id);
create index ix_attachment_reply on attachment (reply_id);
