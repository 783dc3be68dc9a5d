-- Participant statistics and audit rows get their ids from sequences that hand out blocks of 50
-- (the entities' allocationSize), not from identity columns: with the id known before the insert,
-- EclipseLink can send a whole SUS import's records, their rows and their audit rows in JDBC
-- batches (decisions/0021). A sequence's increment must equal its entity's allocationSize:
-- EclipseLink takes nextval as the last id of its block.

alter table deltagarstatistik alter column id drop identity;
create sequence deltagarstatistik_seq increment by 50 minvalue 1;
-- the first block starts after the highest id in use (an empty table: ids 1–50)
select setval('deltagarstatistik_seq', coalesce((select max(id) from deltagarstatistik), 0) + 50, false);
-- a row written by hand in SQL still gets an id that no block hands out
alter table deltagarstatistik alter column id set default nextval('deltagarstatistik_seq');
alter sequence deltagarstatistik_seq owned by deltagarstatistik.id;

alter table audit_entry alter column id drop identity;
create sequence audit_entry_seq increment by 50 minvalue 1;
select setval('audit_entry_seq', coalesce((select max(id) from audit_entry), 0) + 50, false);
alter table audit_entry alter column id set default nextval('audit_entry_seq');
alter sequence audit_entry_seq owned by audit_entry.id;
