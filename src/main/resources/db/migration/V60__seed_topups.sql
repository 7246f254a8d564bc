-- Additions to the seed register that registers created before them should get once: the application
-- applies each pending one at its next start (seed/RegisterSeeder), through the register's own write path
-- (search keys, audit history), and marks it done; a fresh register gets them with the seed itself.
create table seed_topup (
    name varchar(100) not null primary key,
    done boolean not null
);

-- The Azerbaijani and Russian names and abbreviations of the standard bodies, as aliases.
insert into seed_topup (name, done) values ('aliases-az-ru', false);
