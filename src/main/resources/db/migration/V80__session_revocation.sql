-- Sessions that can be ended (issue 13). The session cookie carries the user's session generation
-- and a random session id: raising the generation (password change or reset, deactivation, "sign
-- out everywhere") ends every earlier session of the user; signing out records the one session id
-- until the cookie would have expired anyway. Both are read with the cached user status, so they
-- take effect on every instance.
alter table staff_user add column session_generation integer default 0 not null;

create table revoked_session (
    session_id  varchar(40) not null primary key,
    username    varchar(60) not null,
    expires_at  timestamp   not null
);
create index ix_revoked_session_user on revoked_session (username);

-- The hard lockout is gone (anyone could lock a known user out with five requests): failed
-- sign-ins now delay further attempts per user name and per client address (LoginThrottle).
alter table staff_user drop column failed_logins;
alter table staff_user drop column first_failed_at;
alter table staff_user drop column locked_until;
