-- Participant statistics per individinsats and statistics period: aggregates only (counts by sex),
-- never a person. Sums and shares are computed when presented, never stored. A period is halvar 1
-- (January–June) or halvar 2 (the whole year, January–December) of a year.

-- The termination reasons are data: SUS's list can change, so the list is versioned and a record
-- names the version its counts follow.
create table avslutningskodlista (
    version     integer      primary key,
    giltig_fran date         not null,
    beskrivning varchar(200) not null
);

create table avslutningsanledning (
    kodlista  integer      not null references avslutningskodlista (version),
    kod       varchar(40)  not null,
    benamning varchar(200) not null,
    -- ARBETE_SLAG and ARBETE_OMFATTNING break work down twice; both sum to "S:a Arbete"
    kategori  varchar(30)  not null check (kategori in ('ARBETE_SLAG', 'ARBETE_OMFATTNING', 'STUDIER', 'ANNAN')),
    ordning   integer      not null,
    primary key (kodlista, kod)
);

insert into avslutningskodlista (version, giltig_fran, beskrivning)
values (1, date '2018-01-01', 'SUS avslutningsanledningar (arbete efter slag och omfattning, studier, övriga)');

insert into avslutningsanledning (kodlista, kod, benamning, kategori, ordning) values
    (1, 'SUBVENTIONERAT_ARBETE',    'Subventionerat arbete',       'ARBETE_SLAG',       10),
    (1, 'EJ_SUBVENTIONERAT_ARBETE', 'Ej subventionerat arbete',    'ARBETE_SLAG',       20),
    (1, 'EGET_FORETAG',             'Eget företag',                'ARBETE_SLAG',       30),
    (1, 'ARBETAR_30',               'Arbetar 30 %',                'ARBETE_OMFATTNING', 40),
    (1, 'ARBETAR_50',               'Arbetar 50 %',                'ARBETE_OMFATTNING', 50),
    (1, 'ARBETAR_60',               'Arbetar 60 %',                'ARBETE_OMFATTNING', 60),
    (1, 'ARBETAR_75',               'Arbetar 75 %',                'ARBETE_OMFATTNING', 70),
    (1, 'ARBETAR_80',               'Arbetar 80 %',                'ARBETE_OMFATTNING', 80),
    (1, 'ARBETAR_100',              'Arbetar 100 %',               'ARBETE_OMFATTNING', 90),
    (1, 'STUDERANDE',               'Studerande',                  'STUDIER',          100),
    (1, 'AKTIVT_ARBETSSOKANDE',     'Aktivt arbetssökande',        'ANNAN',            110),
    (1, 'FORTSATT_REHABILITERING',  'Fortsatt rehabilitering',     'ANNAN',            120),
    (1, 'SJUKDOM',                  'Sjukdom',                     'ANNAN',            130),
    (1, 'FORALDRALEDIGHET',         'Föräldraledighet',            'ANNAN',            140),
    (1, 'FLYTT',                    'Flytt',                       'ANNAN',            150),
    (1, 'OVRIGT',                   'Övrigt',                      'ANNAN',            160);

create table deltagarstatistik (
    id                      bigint generated always as identity primary key,
    insats_id               bigint       not null references insats (id),
    ar                      integer      not null check (ar between 2000 and 2100),
    halvar                  integer      not null check (halvar in (1, 2)),
    kalla                   varchar(20)  not null check (kalla in ('INMATNING', 'SUS', 'DATAPAKET')),
    -- the SUS extraction the participant counts (tables 6, anonymous, utfall) come from
    uttagsdatum             date,
    pagaende_start_k        integer      not null check (pagaende_start_k >= 0),
    pagaende_start_m        integer      not null check (pagaende_start_m >= 0),
    inregistrerade_k        integer      not null check (inregistrerade_k >= 0),
    inregistrerade_m        integer      not null check (inregistrerade_m >= 0),
    avslutade_k             integer      not null check (avslutade_k >= 0),
    avslutade_m             integer      not null check (avslutade_m >= 0),
    avslutade_hela_k        integer      not null check (avslutade_hela_k >= 0),
    avslutade_hela_m        integer      not null check (avslutade_hela_m >= 0),
    pagaende_slut_k         integer      not null check (pagaende_slut_k >= 0),
    pagaende_slut_m         integer      not null check (pagaende_slut_m >= 0),
    anonyma                 integer      not null check (anonyma >= 0),
    arbete_studier_k        integer      not null check (arbete_studier_k >= 0),
    arbete_studier_m        integer      not null check (arbete_studier_m >= 0),
    -- the share with an action plan as the insats reports it; null = not reported ("–")
    handlingsplan_procent   integer      check (handlingsplan_procent between 0 and 100),
    kodlista                integer      not null references avslutningskodlista (version),
    -- the extraction the termination reasons come from (may be a later one than uttagsdatum)
    anledningar_uttagsdatum date,
    -- the target group: its own population (those enrolled during the period) and extraction
    malgrupp_uttagsdatum    date,
    malgrupp_k              integer      check (malgrupp_k >= 0),
    malgrupp_m              integer      check (malgrupp_m >= 0),
    snittdagar_k            numeric(7, 1) check (snittdagar_k >= 0),
    snittdagar_m            numeric(7, 1) check (snittdagar_m >= 0),
    andrad_av               varchar(200) not null,
    andrad_at               timestamp with time zone not null,
    version                 bigint       not null default 0,
    unique (insats_id, ar, halvar)
);

create table deltagarstatistik_anledning (
    statistik_id bigint      not null references deltagarstatistik (id) on delete cascade,
    kod          varchar(40) not null,
    antal_k      integer     not null check (antal_k >= 0),
    antal_m      integer     not null check (antal_m >= 0),
    primary key (statistik_id, kod)
);

create table deltagarstatistik_malgrupp (
    statistik_id bigint      not null references deltagarstatistik (id) on delete cascade,
    kategori     varchar(40) not null,
    antal_k      integer     not null check (antal_k >= 0),
    antal_m      integer     not null check (antal_m >= 0),
    primary key (statistik_id, kategori)
);

-- a rule the figures break on purpose, with the required explanation (rule code DEL-0xx → text)
create table deltagarstatistik_forklaring (
    statistik_id bigint        not null references deltagarstatistik (id) on delete cascade,
    regel        varchar(7)    not null,
    text         varchar(2000) not null,
    primary key (statistik_id, regel)
);
