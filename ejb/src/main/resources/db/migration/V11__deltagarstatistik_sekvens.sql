-- Participant statistics get their ids from a sequence that hands out blocks of 50 (EclipseLink's
-- allocationSize on Deltagarstatistik), not from an identity column: with an id known before the
-- insert, EclipseLink can send a whole SUS import's records and their rows in JDBC batches
-- (decisions/0021). The sequence's increment must equal the entity's allocationSize: EclipseLink
-- takes nextval as the last id of its block.
alter table deltagarstatistik alter column id drop identity;

create sequence deltagarstatistik_seq increment by 50 minvalue 1;

-- the next block starts after the highest id in use (an empty table: ids 1–50)
select setval('deltagarstatistik_seq', coalesce((select max(id) from deltagarstatistik), 0) + 50, false);

-- rows written by hand in SQL still get an id no block hands out twice
alter table deltagarstatistik alter column id set default nextval('deltagarstatistik_seq');
alter sequence deltagarstatistik_seq owned by deltagarstatistik.id;
