-- SUS import previews, kept where every node of a cluster finds them (docs/decisions/0031-cluster.md):
-- the job serialised as the application keeps it in memory; a preview lives 30 minutes.
create table sus_forhandsgranskning (
    id      uuid         primary key,
    forbund varchar(100) not null,
    skapad  timestamptz  not null,
    status  varchar(20)  not null,
    jobb    bytea        not null
);
create index sus_forhandsgranskning_forbund on sus_forhandsgranskning (forbund, skapad);
