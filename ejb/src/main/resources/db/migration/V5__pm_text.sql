-- The PM's narrative sections, written by the office per förbund and half-year in the small markup
-- of reports' Markup (paragraphs, headings, lists, bold, italic; never HTML). One row per section, so
-- that two people editing different sections do not overwrite each other; the version guards one
-- section against a stale save.

create table pm_text (
    id         bigint generated always as identity primary key,
    forbund_id bigint        not null references forbund (id),
    ar         integer       not null check (ar between 2000 and 2100),
    halvar     integer       not null check (halvar in (1, 2)),
    avsnitt    varchar(40)   not null,
    text       varchar(20000) not null,
    andrad_av  varchar(200)  not null,
    andrad_at  timestamp with time zone not null,
    version    bigint        not null default 0,
    unique (forbund_id, ar, halvar, avsnitt)
);
