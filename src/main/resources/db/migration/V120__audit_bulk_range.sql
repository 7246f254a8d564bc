-- A bulk action (one statement dispatched to 5,000 bodies) is audited as one line; this table says
-- which records it created, as runs of consecutive ids. Runs of one entity type never overlap (ids come
-- from one sequence), so (entity_type, first_id) is a key and the run holding an id is the one with the
-- greatest first_id not above it: one index lookup.
create table audit_bulk_range (
    entity_type varchar(60) not null,
    first_id    bigint      not null,
    last_id     bigint      not null,
    event_id    bigint      not null,
    primary key (entity_type, first_id)
);
create index ix_audit_bulk_range_event on audit_bulk_range (event_id);
