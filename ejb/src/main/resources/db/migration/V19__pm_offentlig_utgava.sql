-- A frozen PM keeps its public edition (small counts hidden) beside the internal one: one file per
-- format and edition. The files frozen before have the internal edition.
alter table pm_faststalld_fil add column utgava varchar(10) not null default 'INTERN';
alter table pm_faststalld_fil drop constraint pm_faststalld_fil_pm_id_format_key;
alter table pm_faststalld_fil add constraint pm_faststalld_fil_pm_format_utgava unique (pm_id, format, utgava);
