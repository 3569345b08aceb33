-- The safety survey (module survey): questionnaire templates, rounds, invitation codes, anonymous responses,
-- imported published results and the figures computed when a round closes.
--
-- Anonymity by construction (see docs/survey.md): no table that holds an answer has a column that could hold a
-- user, an IP address, a user agent or a time. A response is a random UUID, its round and its area; nothing links it
-- to an invitation code or to the client's submissionId, which live in tables of their own without a reference to
-- the response, and are deleted when the round closes.

-- A questionnaire, versioned by code. Its items (with their options, values and top-box codes) are one jsonb value:
-- they are read and written whole, and a template that has answers is frozen (a change is a new version).
create table survey_template (
  id         bigint generated always as identity primary key,
  code       varchar(40) not null check (code ~ '^[a-z0-9][a-z0-9-]{0,39}$'),
  version    int not null check (version >= 1),
  name       varchar(200) not null,
  items      jsonb not null,
  created_at timestamp with time zone not null default now(),
  unique (code, version)
);

-- A survey round in one kommun (kommun code, referred to by code only).
create table survey_round (
  id                bigint generated always as identity primary key,
  template_id       bigint not null references survey_template (id),
  municipality_code varchar(4) not null check (municipality_code ~ '^[0-9]{4}$'),
  title             varchar(200) not null,
  opens_on          date not null,
  closes_on         date not null,
  mode              varchar(10) not null check (mode in ('OPEN', 'INVITATION')),
  status            varchar(6) not null default 'DRAFT' check (status in ('DRAFT', 'OPEN', 'CLOSED')),
  minimum_cell_size int not null default 30 check (minimum_cell_size >= 10),
  example           boolean not null default false,
  check (closes_on >= opens_on)
);
create index survey_round_municipality on survey_round (municipality_code, closes_on);

-- The round's sub-areas (the kommun's SURVEY_AREA places, by id); a respondent may name one.
create table survey_round_area (
  round_id bigint not null references survey_round (id) on delete cascade,
  code     varchar(40) not null check (code ~ '^[A-Za-z0-9_-]{1,40}$'),
  name     varchar(120) not null,
  place_id bigint,
  primary key (round_id, code)
);

-- Single-use invitation codes of an INVITATION round, printed in batches. Deliberately no reference to a response
-- and no time of use; deleted when the round closes.
create table survey_invitation (
  round_id bigint not null references survey_round (id) on delete cascade,
  code     varchar(16) not null,
  batch    int not null,
  used     boolean not null default false,
  primary key (round_id, code)
);

-- The idempotency keys of submissions: a keyed hash of the client's submissionId, so a retry stores one response.
-- No reference to the response (the repeated answer's body names none), no time; deleted when the round closes.
create table survey_submission (
  round_id bigint not null references survey_round (id) on delete cascade,
  key_hash bytea not null,
  primary key (round_id, key_hash)
);

-- One anonymous response: a random id, its round and the area the respondent chose. Nothing else.
create table survey_response (
  id        uuid primary key,
  round_id  bigint not null references survey_round (id),
  area_code varchar(40)
);
create index survey_response_round on survey_response (round_id);

-- One answer: the option chosen for an item, with the option's value copied from the (frozen) template so that
-- statistics group without joins. value is null for a "don't know" option.
create table survey_answer (
  response_id uuid not null references survey_response (id),
  round_id    bigint not null,
  area_code   varchar(40),
  item_code   varchar(40) not null,
  option_code varchar(40) not null,
  value       double precision
);
create index survey_answer_round on survey_answer (round_id, area_code, item_code);

-- The figures of a closed round, computed once at closing (a closed round's answers never change), for the pages.
create table survey_result (
  round_id bigint primary key references survey_round (id),
  results  jsonb not null
);

-- An import of published results (years where only the contractor's results exist).
create table survey_import (
  id                bigint generated always as identity primary key,
  municipality_code varchar(4) not null,
  imported_by       text not null,
  imported_at       timestamp with time zone not null default now(),
  file_name         varchar(255),
  rows              int not null,
  example           boolean not null default false
);

-- A published result as the source gave it: its own index (e.g. the police's 0–6 problem index) or share, kept as
-- a "published value" beside our own measures and never mixed with them.
create table survey_published_result (
  import_id         bigint not null references survey_import (id),
  municipality_code varchar(4) not null,
  year              smallint not null check (year between 1990 and 2100),
  area_code         varchar(40) not null default 'ALL',
  item_code         varchar(40) not null,
  published_index   double precision,
  published_share   double precision check (published_share between 0 and 1),
  n                 int check (n >= 0),
  primary key (municipality_code, year, area_code, item_code)
);
