-- The tenant, its member agencies, and the audit trail every later table writes to.

create table forbund (
    id      bigint generated always as identity primary key,
    kod     varchar(40)  not null unique,
    namn    varchar(200) not null,
    version bigint       not null default 0
);

create table partner (
    id           bigint generated always as identity primary key,
    forbund_id   bigint       not null references forbund (id),
    organisation varchar(60)  not null,
    namn         varchar(200) not null,
    typ          varchar(30)  not null check (typ in ('KOMMUN', 'REGION', 'ARBETSFORMEDLINGEN', 'FORSAKRINGSKASSAN', 'KANSLI')),
    version      bigint       not null default 0,
    unique (forbund_id, organisation)
);

create table audit_entry (
    id           bigint generated always as identity primary key,
    forbund_kod  varchar(40)  not null,
    changed_by   varchar(200) not null,
    changed_at   timestamptz  not null,
    object_type  varchar(60)  not null,
    object_id    varchar(60)  not null,
    field        varchar(100) not null,
    value_before text,
    value_after  text
);

create index audit_entry_object on audit_entry (object_type, object_id);
