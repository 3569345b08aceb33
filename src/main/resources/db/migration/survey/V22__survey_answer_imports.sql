-- Issue 9, history 1 and 3: answers of earlier rounds imported from a contractor's file (one line per respondent).

-- A kommun's saved column mappings, by name, reused for next year's file from the same contractor.
create table survey_answer_mapping (
  municipality_code varchar(4) not null,
  name              varchar(60) not null,
  mapping           jsonb not null,
  saved_by          text not null,
  saved_at          timestamp with time zone not null default now(),
  primary key (municipality_code, name)
);

-- The import history: one row per upload, recorded RUNNING (with the spooled file's name) before the upload is
-- acknowledged, so an import a crash interrupted is run again at the next start. The answers themselves carry no
-- reference to this row (nor a line number): they stay as anonymous as answers given through the form.
create table survey_answer_import (
  id            bigint generated always as identity primary key,
  round_id      bigint not null references survey_round (id),
  imported_by   text not null,
  imported_at   timestamp with time zone not null default now(),
  file_name     varchar(255),
  mapping       jsonb not null,
  mapping_name  varchar(60),
  status        varchar(10) not null check (status in ('RUNNING', 'DONE', 'FAILED')),
  bytes         bigint not null,
  spool_name    varchar(80),
  rows          int,
  errors        jsonb,
  error_count   int,
  failure       text,
  finished_at   timestamp with time zone
);

create index survey_answer_import_round on survey_answer_import (round_id, id);
