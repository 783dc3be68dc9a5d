-- A frozen (fastställt) PM: the data it was made from as JSON (the PM's DTOs: tables, computed and
-- written texts), the identity of the layouts it was rendered with, who froze it and when. The
-- rendered files are kept beside it, one row per format, so that looking up whether a PM is frozen
-- does not read them. A PM is frozen once; it is never changed afterwards.

create table pm_faststallt (
    id             bigint generated always as identity primary key,
    forbund_id     bigint        not null references forbund (id),
    ar             integer       not null check (ar between 2000 and 2100),
    halvar         integer       not null check (halvar in (1, 2)),
    underlag       text          not null,
    layoutversion  varchar(64)   not null,
    faststallt_av  varchar(200)  not null,
    faststallt_at  timestamp with time zone not null,
    unique (forbund_id, ar, halvar)
);

create table pm_faststalld_fil (
    id         bigint generated always as identity primary key,
    pm_id      bigint       not null references pm_faststallt (id),
    format     varchar(10)  not null,
    innehall   bytea        not null,
    unique (pm_id, format)
);
