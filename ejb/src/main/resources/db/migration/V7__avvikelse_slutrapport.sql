-- Deviation reports (avvikelserapporter) with the förbundschef's decisions, final reports
-- (slutrapporter) of closed insatser, and attachments of rekvisitioner.

-- a carry-over replaced by a corrected decision stays, marked revoked (never deleted)
alter table overforing add column upphavd_datum date;

create table avvikelse (
    id            bigint generated always as identity primary key,
    insats_id     bigint        not null references insats (id),
    typ           varchar(20)   not null check (typ in ('BUDGET', 'MAL', 'MALGRUPP', 'METOD', 'ANTAL_DELTAGARE')),
    beskrivning   varchar(4000) not null,
    -- budget deviations: the year whose unused funds are asked to move to the next year, and how much
    ar            integer check (ar between 2000 and 2100),
    begart_ore    bigint check (begart_ore >= 0),
    inkommen      date          not null,
    inlamnad_av   varchar(200)  not null,
    inlamnad_at   timestamptz   not null,
    check ((typ = 'BUDGET') = (ar is not null))
);
create index avvikelse_insats on avvikelse (insats_id);

-- decisions are only inserted; a correction is a new row that names the one it replaces
create table avvikelse_beslut (
    id            bigint generated always as identity primary key,
    avvikelse_id  bigint        not null references avvikelse (id),
    utfall        varchar(20)   not null check (utfall in ('GODKAND', 'DELVIS_GODKAND', 'AVSLAGEN')),
    belopp_ore    bigint check (belopp_ore >= 0),
    motivering    varchar(4000) not null,
    beslutsdatum  date          not null,
    beslutad_av   varchar(200)  not null,
    beslutad_at   timestamptz   not null,
    ersatter_id   bigint unique references avvikelse_beslut (id),
    overforing_id bigint references overforing (id)
);
create index avvikelse_beslut_avvikelse on avvikelse_beslut (avvikelse_id);

create table slutrapport (
    id             bigint generated always as identity primary key,
    insats_id      bigint         not null unique references insats (id),
    syfte          varchar(8000)  not null,
    sammanfattning varchar(20000),
    lever_vidare   varchar(8000),
    andrad_av      varchar(200)   not null,
    andrad_at      timestamptz    not null,
    version        bigint         not null default 0
);

create table slutrapport_mal (
    slutrapport_id bigint        not null references slutrapport (id) on delete cascade,
    nummer         integer       not null check (nummer >= 1),
    utfall         varchar(8000) not null,
    uppnatt        boolean       not null,
    primary key (slutrapport_id, nummer)
);

create table slutrapport_lank (
    slutrapport_id bigint        not null references slutrapport (id) on delete cascade,
    position       integer       not null,
    url            varchar(2000) not null,
    primary key (slutrapport_id, position)
);

-- one attachment per rekvisition (PDF or XLSX, at most 10 MB, its type sniffed from its bytes):
-- what it is on the rekvisition, its bytes in a table of their own so lists never read them
alter table rekvisition add column bilaga_filnamn varchar(255);
alter table rekvisition add column bilaga_typ     varchar(100);
alter table rekvisition add column bilaga_storlek integer check (bilaga_storlek between 1 and 10485760);

create table rekvisition_bilaga (
    rekvisition_id bigint primary key references rekvisition (id) on delete cascade,
    innehall       bytea  not null
);
