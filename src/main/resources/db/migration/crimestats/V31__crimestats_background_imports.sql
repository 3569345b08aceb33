-- Imports run in the background (issue 10): an import is recorded RUNNING, with its spooled file's name, before the
-- work starts, so a restart finds and resumes it; a rejected file is recorded FAILED with its errors; a re-import of
-- the same bytes is recorded DONE as a duplicate of the earlier import.
alter table crimestats_import
  add column bytes        bigint,
  add column spool_name   varchar(80),
  add column duplicate_of bigint references crimestats_import (id),
  add column error_count  int,
  add column errors       jsonb,
  add column failure      text,
  add column finished_at  timestamp with time zone,
  alter column sha256 drop not null;

drop index crimestats_import_sha256;
create unique index crimestats_import_sha256 on crimestats_import (sha256)
  where status = 'DONE' and duplicate_of is null;
create index crimestats_import_running on crimestats_import (id) where status = 'RUNNING';
