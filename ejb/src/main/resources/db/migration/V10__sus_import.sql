-- Every committed SUS import: which file (name and SHA-256 of its content), which period and
-- extraction date, what it changed, who and when. Aggregates only; the file itself is not kept.
create table sus_import (
    id            bigint generated always as identity primary key,
    forbund_kod   varchar(40)  not null references forbund (kod),
    ar            integer      not null,
    halvar        integer      not null check (halvar in (1, 2)),
    filnamn       varchar(255) not null,
    innehallshash char(64)     not null,
    format        varchar(10)  not null,
    kolumnprofil  varchar(40)  not null,
    grupper       varchar(200) not null,
    uttagsdatum   date         not null,
    insatser      integer      not null,
    andrade       integer      not null,
    inlast_av     varchar(200) not null,
    inlast_tid    timestamp with time zone not null
);

create index sus_import_forbund_tid on sus_import (forbund_kod, inlast_tid desc);
create index sus_import_hash on sus_import (forbund_kod, innehallshash);
