-- The register (issue 19): short names kept per period, and an end decided earlier than planned.

-- An insats' short name from a day on (the first day of a half-year). The insats' own kortnamn column
-- stays the name in force now; a PM of a half-year prints the name in force at its end, so renaming
-- an insats in 2023 leaves the 2022 PMs as they were. An insats without rows has had one name.
create table insats_kortnamn (
    id          bigint generated always as identity primary key,
    insats_id   bigint       not null references insats (id) on delete cascade,
    giltig_fran date         not null,
    kortnamn    varchar(300) not null,
    unique (insats_id, giltig_fran)
);

-- closing an insats before its end: the earlier end and the date it was decided
alter table insats add column avslutsdatum date;
alter table insats add column avslutsbeslut date;
alter table insats add constraint insats_avslut_efter_start check (avslutsdatum is null or avslutsdatum >= startdatum);
