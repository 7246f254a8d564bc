-- The register of recipient institutions and the distribution lists.

create sequence category_seq start with 1 increment by 50;
create table category (
    id         bigint       not null primary key,
    code       varchar(40)  not null,
    name       varchar(120) not null,
    sort_order integer      not null default 0,
    version    bigint       not null default 0,
    constraint uk_category_code unique (code)
);

create sequence recipient_seq start with 1 increment by 50;
create table recipient (
    id                bigint        not null primary key,
    name              varchar(300)  not null,
    acronym           varchar(40),
    -- acronym upper-cased with punctuation removed ("O.S.C.E." -> "OSCE"); unique when present
    acronym_key       varchar(40),
    category_id       bigint        references category (id),
    parent_id         bigint        references recipient (id),
    country           varchar(100),
    city              varchar(100),
    postal_address    varchar(1000),
    emails            varchar(1000),
    phone             varchar(100),
    website           varchar(300),
    addressee_line    varchar(300),
    preferred_channel varchar(20),
    working_language  varchar(60),
    notes             text,
    collective        boolean       not null default false,
    active            boolean       not null default true,
    merged_into_id    bigint        references recipient (id),
    -- name, acronym and aliases folded (lower case, no accents or punctuation), for search
    search_text       varchar(4000) not null default '',
    sort_name         varchar(300)  not null default '',
    created_at        timestamp     not null,
    updated_at        timestamp     not null,
    version           bigint        not null default 0
);
create unique index uk_recipient_acronym_key on recipient (acronym_key);
create index ix_recipient_category on recipient (category_id);
create index ix_recipient_parent on recipient (parent_id);
create index ix_recipient_sort_name on recipient (sort_name);
create index ix_recipient_country on recipient (country);

create sequence recipient_alias_seq start with 1 increment by 50;
create table recipient_alias (
    id           bigint       not null primary key,
    recipient_id bigint       not null references recipient (id),
    alias        varchar(300) not null,
    alias_key    varchar(300) not null
);
create index ix_recipient_alias_recipient on recipient_alias (recipient_id);
create index ix_recipient_alias_key on recipient_alias (alias_key);

create sequence distribution_list_seq start with 1 increment by 50;
create table distribution_list (
    id          bigint        not null primary key,
    name        varchar(200)  not null,
    description varchar(2000),
    active      boolean       not null default true,
    created_at  timestamp     not null,
    updated_at  timestamp     not null,
    version     bigint        not null default 0,
    constraint uk_distribution_list_name unique (name)
);

create sequence list_member_seq start with 1 increment by 50;
create table list_member (
    id             bigint    not null primary key,
    list_id        bigint    not null references distribution_list (id),
    -- exactly one of the two: a recipient, or a nested list
    recipient_id   bigint    references recipient (id),
    member_list_id bigint    references distribution_list (id),
    added_at       timestamp not null,
    constraint uk_list_member_recipient unique (list_id, recipient_id),
    constraint uk_list_member_list unique (list_id, member_list_id),
    constraint ck_list_member_one check ((recipient_id is null and member_list_id is not null)
                                      or (recipient_id is not null and member_list_id is null))
);
create index ix_list_member_recipient on list_member (recipient_id);
create index ix_list_member_member_list on list_member (member_list_id);
