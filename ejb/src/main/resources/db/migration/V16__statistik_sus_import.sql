-- Which committed SUS import wrote a statistics record: set by the import's commit, null when the
-- figures were typed in or came from a data package (a later save from another source clears it).
-- The PM's provenance of table 6 names the import from it instead of guessing by time.
alter table deltagarstatistik add column sus_import_id bigint references sus_import (id);

-- Records written by an import before this column existed: the first committed import of the
-- förbund and period at or after the record was written (the import's row is written last).
update deltagarstatistik d
set sus_import_id = (select s.id from sus_import s join forbund f on f.kod = s.forbund_kod
                     join insats i on i.forbund_id = f.id
                     where i.id = d.insats_id and s.ar = d.ar and s.halvar = d.halvar and s.inlast_tid >= d.andrad_at
                     order by s.inlast_tid, s.id limit 1)
where d.kalla = 'SUS';
