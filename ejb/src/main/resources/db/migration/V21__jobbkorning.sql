-- Work that must happen once per cluster and day (the morning's reminders): the node that inserts the
-- row first does it; another node's insert of the same (jobb, dag) waits for that transaction and then
-- finds the row (docs/decisions/0031-cluster.md).
create table jobbkorning (
    jobb    varchar(100) not null,
    dag     date         not null,
    nod     varchar(200) not null,
    startad timestamptz  not null default now(),
    primary key (jobb, dag)
);
