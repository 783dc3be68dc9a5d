-- The layout library (issue 11): report designers' versions of the PM's layouts, per förbund.
-- Version 1 of every layout is the build's own (reports/src/main/jasperreports) and is not stored;
-- uploads are versions 2, 3, … of a layout name. Only the .jrxml source is kept, never a compiled
-- (serialized) .jasper: the application compiles a stored source again, through the layout check,
-- when it first needs it. Which version is published is one row per förbund and layout, so
-- publishing and rolling back are the same one-row change.

create table layout_version (
    id            bigint generated always as identity primary key,
    forbund_kod   varchar(40)  not null,
    namn          varchar(60)  not null,
    version       integer      not null check (version >= 2),
    jrxml         text         not null,
    kommentar     varchar(500),
    skapad_av     varchar(200) not null,
    skapad_at     timestamptz  not null,
    publicerad_av varchar(200),
    publicerad_at timestamptz,
    unique (forbund_kod, namn, version)
);

create table layout_publicerad (
    id          bigint generated always as identity primary key,
    forbund_kod varchar(40)  not null,
    namn        varchar(60)  not null,
    version     integer      not null check (version >= 1),
    andrad_av   varchar(200) not null,
    andrad_at   timestamptz  not null,
    lasning     bigint       not null default 0,
    unique (forbund_kod, namn)
);

-- Every rendered PM: which layout versions rendered it (a frozen PM keeps its own copy, issue 10)
create table layout_anvandning (
    id           bigint generated always as identity primary key,
    forbund_kod  varchar(40)  not null,
    ar           integer      not null,
    halvar       integer      not null check (halvar in (1, 2)),
    format       varchar(10)  not null,
    versioner    varchar(1000) not null,
    renderad_at  timestamptz  not null
);
create index layout_anvandning_pm on layout_anvandning (forbund_kod, ar, halvar);

-- A frozen PM records the layouts it was rendered with: the build's hash and, now, the version of
-- every layout of the förbund's library ("sha256:…; pm=1, pm-tabell-5=2, …"), which needs more room.
alter table pm_faststallt alter column layoutversion type varchar(1000);
