-- Budget, carry-overs and rekvisitioner (payment claims). Amounts are exact öre in bigint;
-- TSEK and förbrukningskvot are computed when presented, never stored.

create table budget (
    id                bigint generated always as identity primary key,
    insats_id         bigint  not null references insats (id),
    ar                integer not null check (ar between 2000 and 2100),
    beviljat_ore      bigint  not null check (beviljat_ore >= 0),
    -- null: the first half-year gets half of the year's budget
    forsta_halvar_ore bigint check (forsta_halvar_ore >= 0),
    version           bigint  not null default 0,
    unique (insats_id, ar)
);

-- a decision to carry unused funds of fran_ar over to the next year; rows are only inserted
create table overforing (
    id           bigint generated always as identity primary key,
    insats_id    bigint  not null references insats (id),
    fran_ar      integer not null check (fran_ar between 2000 and 2100),
    -- null: the amount is already part of the next year's granted budget
    belopp_ore   bigint check (belopp_ore >= 0),
    beslutsdatum date    not null,
    anteckning   varchar(2000)
);
create index overforing_insats on overforing (insats_id);

create table rekvisition (
    id           bigint generated always as identity primary key,
    insats_id    bigint      not null references insats (id),
    ar           integer     not null,
    kvartal      integer     not null check (kvartal between 1 and 4),
    belopp_ore   bigint      not null check (belopp_ore >= 0),
    meddelande   varchar(4000),
    status       varchar(20) not null check (status in ('INSKICKAD', 'GODKAND', 'RETURNERAD')),
    kommentar    varchar(4000),
    inskickad_at timestamptz  not null,
    inskickad_av varchar(200) not null,
    beslutad_at  timestamptz,
    beslutad_av  varchar(200),
    version      bigint      not null default 0,
    unique (insats_id, ar, kvartal)
);

create table rekvisition_kostnadsrad (
    rekvisition_id bigint       not null references rekvisition (id) on delete cascade,
    position       integer      not null,
    text           varchar(200) not null,
    belopp_ore     bigint       not null check (belopp_ore >= 0),
    primary key (rekvisition_id, position)
);
