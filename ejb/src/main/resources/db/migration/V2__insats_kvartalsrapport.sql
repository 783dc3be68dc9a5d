-- The register of insatser and the quarterly cycle.

create table insats (
    id          bigint generated always as identity primary key,
    forbund_id  bigint       not null references forbund (id),
    kod         varchar(60)  not null,
    namn        varchar(300) not null,
    kortnamn    varchar(300) not null,
    typ         varchar(30)  not null check (typ in ('INDIVIDINSATS', 'STRUKTURINSATS', 'KOMPETENSHOJANDE')),
    agare_id    bigint       not null references partner (id),
    startdatum  date         not null,
    slutdatum   date         not null,
    status      varchar(20)  not null check (status in ('AKTIV', 'AVSLUTAD')),
    malgrupp    varchar(2000),
    sortering   integer      not null default 0,
    version     bigint       not null default 0,
    unique (forbund_id, kod),
    check (slutdatum >= startdatum)
);

create table insats_samverkanspart (
    insats_id  bigint not null references insats (id) on delete cascade,
    partner_id bigint not null references partner (id),
    primary key (insats_id, partner_id)
);

create table forlangning (
    id           bigint generated always as identity primary key,
    insats_id    bigint       not null references insats (id) on delete cascade,
    slutdatum    date         not null,
    beslutsdatum date         not null,
    beslut_av    varchar(100) not null
);

create table mal (
    id          bigint generated always as identity primary key,
    insats_id   bigint        not null references insats (id) on delete cascade,
    nummer      integer       not null,
    beskrivning varchar(2000) not null,
    malvarde    varchar(500),
    unique (insats_id, nummer)
);

create table styrgrupp_ledamot (
    id           bigint generated always as identity primary key,
    insats_id    bigint       not null references insats (id) on delete cascade,
    namn         varchar(200) not null,
    organisation varchar(60)  not null
);

-- who reports on or sits in the steering group of an insats (people are Keycloak usernames)
create table tilldelning (
    insats_id  bigint       not null references insats (id) on delete cascade,
    anvandare  varchar(200) not null,
    roll       varchar(20)  not null check (roll in ('rapportor', 'styrgrupp')),
    primary key (insats_id, anvandare, roll)
);
create index tilldelning_anvandare on tilldelning (anvandare);

create table fragebatteri (
    id           bigint generated always as identity primary key,
    forbund_id   bigint  not null references forbund (id),
    ar           integer not null,
    fran_kvartal integer not null check (fran_kvartal between 1 and 4),
    version      bigint  not null default 0,
    unique (forbund_id, ar, fran_kvartal)
);

create table fraga (
    id                    bigint generated always as identity primary key,
    fragebatteri_id       bigint        not null references fragebatteri (id) on delete cascade,
    position              integer       not null,
    kod                   varchar(60)   not null,
    rubrik                varchar(200)  not null,
    text                  varchar(1000) not null,
    svarstyp              varchar(20)   not null check (svarstyp in ('JA_NEJ', 'JA_NEJ_DELVIS', 'OK_EJ_OK')),
    forklaring_kravs_vid  varchar(100)  not null default '',
    unique (fragebatteri_id, kod)
);

create table kvartalsrapport (
    id                        bigint generated always as identity primary key,
    insats_id                 bigint      not null references insats (id),
    ar                        integer     not null,
    kvartal                   integer     not null check (kvartal between 1 and 4),
    status                    varchar(20) not null check (status in ('UTKAST', 'INSKICKAD', 'RETURNERAD', 'GODKAND')),
    vakans_sof                boolean,
    vakans_egen               boolean,
    budgetavvikelse_inskickad boolean,
    meddelande                varchar(4000),
    inskickad_at              timestamptz,
    inskickad_av              varchar(200),
    godkand_at                timestamptz,
    godkand_av                varchar(200),
    version                   bigint      not null default 0,
    unique (insats_id, ar, kvartal)
);

create table rapport_malsvar (
    id          bigint generated always as identity primary key,
    rapport_id  bigint not null references kvartalsrapport (id) on delete cascade,
    mal_id      bigint not null references mal (id),
    status      varchar(30) check (status in ('JA', 'JA_I_STORT_SETT', 'DELVIS', 'NEJ_INTE_FULLT_UT')),
    prognos     varchar(40) check (prognos in ('JA', 'NEJ', 'MALEN_KOMMER_NAS', 'MALEN_KOMMER_INTE_NAS_FULLT_UT', 'MALEN_KOMMER_INTE_NAS')),
    kommentar   varchar(4000),
    unique (rapport_id, mal_id)
);

create table rapport_svar (
    id          bigint generated always as identity primary key,
    rapport_id  bigint not null references kvartalsrapport (id) on delete cascade,
    fraga_id    bigint not null references fraga (id),
    svar        varchar(20),
    forklaring  varchar(4000),
    unique (rapport_id, fraga_id)
);

-- the office's comments when it returns a report, per section
create table rapport_kommentar (
    id          bigint generated always as identity primary key,
    rapport_id  bigint        not null references kvartalsrapport (id) on delete cascade,
    sektion     varchar(20)   not null check (sektion in ('MAL', 'RESURSER', 'KVALITET', 'OVRIGT')),
    text        varchar(4000) not null,
    skriven_av  varchar(200)  not null,
    skriven_at  timestamptz   not null
);

create index audit_entry_forbund on audit_entry (forbund_kod, changed_at);

-- the version of the object a change produced, so a stale save can be told what changed since
alter table audit_entry add column object_version bigint;
