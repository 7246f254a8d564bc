-- Staff accounts and the append-only audit history.
-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL 15.

create sequence staff_user_seq start with 1 increment by 50;
create table staff_user (
    id              bigint       not null primary key,
    username        varchar(60)  not null,
    display_name    varchar(120) not null,
    role            varchar(20)  not null,
    active          boolean      not null,
    password_hash   varchar(100) not null,
    failed_logins   integer      not null default 0,
    first_failed_at timestamp,
    locked_until    timestamp,
    last_login_at   timestamp,
    created_at      timestamp    not null,
    version         bigint       not null default 0,
    constraint uk_staff_user_username unique (username)
);

-- Increment 1: audit lines are written over plain JDBC (see AuditWriter), never by Hibernate.
create sequence audit_event_seq start with 1 increment by 1;
create table audit_event (
    id          bigint       not null primary key,
    occurred_at timestamp    not null,
    username    varchar(60)  not null,
    action      varchar(30)  not null,
    entity_type varchar(60),
    entity_id   bigint,
    summary     varchar(500),
    changes     text
);
create index ix_audit_event_entity on audit_event (entity_type, entity_id);
create index ix_audit_event_time on audit_event (occurred_at);
create index ix_audit_event_user on audit_event (username);
