-- Crime statistics (module crimestats): BRÅ's crime types, the imports of figures, and the figures themselves.

-- A crime type (brottstyp). The problem category is a code of the shared taxonomy, referred to by code only
-- (no module joins another's tables). The phrases are what the generated sentence says ("anmälda bostadsinbrott").
create table crimestats_crime_type (
  code             varchar(40) primary key check (code ~ '^[A-Z][A-Z0-9_]{1,39}$'),
  name_sv          varchar(120) not null,
  name_en          varchar(120) not null,
  phrase_sv        varchar(120),
  phrase_en        varchar(120),
  bra_code         varchar(20) unique,
  parent_code      varchar(40) references crimestats_crime_type (code),
  problem_category varchar(40),
  sort_order       int not null default 1000
);

insert into crimestats_crime_type (code, name_sv, name_en, phrase_sv, phrase_en, parent_code, problem_category, sort_order)
values
  ('TOTAL', 'Samtliga anmälda brott', 'All reported offences', 'anmälda brott', 'reported offences', null, null, 10),
  ('THEFT', 'Stöld och tillgrepp', 'Theft', 'anmälda stölder', 'reported thefts', 'TOTAL', 'THEFT', 20),
  ('RESIDENTIAL_BURGLARY', 'Bostadsinbrott', 'Residential burglary', 'anmälda bostadsinbrott',
   'reported residential burglaries', 'THEFT', 'BURGLARY', 30),
  ('VEHICLE_THEFT', 'Stöld av och ur fordon', 'Theft of and from vehicles', 'anmälda stölder av och ur fordon',
   'reported thefts of and from vehicles', 'THEFT', 'THEFT', 40),
  ('VANDALISM', 'Skadegörelse', 'Vandalism', 'anmäld skadegörelse', 'reported vandalism', 'TOTAL', 'VANDALISM', 50),
  ('GRAFFITI', 'Klotter', 'Graffiti', 'anmält klotter', 'reported graffiti', 'VANDALISM', 'VANDALISM', 60),
  ('ASSAULT', 'Misshandel', 'Assault', 'anmälda misshandelsbrott', 'reported assaults', 'TOTAL', 'VIOLENCE', 70),
  ('THREATS', 'Olaga hot', 'Unlawful threats', 'anmälda olaga hot', 'reported unlawful threats', 'TOTAL', 'VIOLENCE', 80),
  ('DRUGS', 'Narkotikabrott', 'Drug offences', 'anmälda narkotikabrott', 'reported drug offences', 'TOTAL', 'DRUGS', 90),
  ('TRAFFIC', 'Trafikbrott', 'Traffic offences', 'anmälda trafikbrott', 'reported traffic offences', 'TOTAL', 'TRAFFIC', 100),
  ('FRAUD', 'Bedrägeri', 'Fraud', 'anmälda bedrägerier', 'reported frauds', 'TOTAL', 'FRAUD', 110);

-- One import of a file: who, when, which file (its SHA-256 makes a re-import of the same bytes a no-op), how many
-- rows. An import is all or nothing, so a stored import is DONE; RUNNING and FAILED are for background imports.
create table crimestats_import (
  id               bigint generated always as identity primary key,
  imported_by      text not null,
  imported_at      timestamp with time zone not null default now(),
  file_name        varchar(255),
  sha256           char(64) not null,
  rows             int not null,
  preliminary_rows int not null,
  final_rows       int not null,
  status           varchar(10) not null default 'DONE' check (status in ('RUNNING', 'DONE', 'FAILED')),
  example          boolean not null default false
);
create unique index crimestats_import_sha256 on crimestats_import (sha256) where status = 'DONE';

-- One figure per area, period, crime type and status. A FINAL figure supersedes the PRELIMINARY one of the same
-- key for every reader (crimestats_current_figure), and the preliminary row stays, tagged with its import.
-- count is null when the source said ".." (missing): never stored as zero.
create table crimestats_figure (
  area_code       varchar(4) not null check (area_code ~ '^([0-9]{2}|[0-9]{4}|SE)$'),
  period_kind     char(1) not null check (period_kind in ('Y', 'Q', 'M')),
  period_year     smallint not null,
  period_number   smallint not null,
  period_start    date not null,
  period_end      date not null,
  crime_type      varchar(40) not null references crimestats_crime_type (code),
  status          varchar(11) not null check (status in ('PRELIMINARY', 'FINAL')),
  count           bigint check (count >= 0),
  rate_per_100k   numeric(14, 2) check (rate_per_100k >= 0),
  -- The population a computed rate used, and its reference date; null when the file gave the rate.
  population_used int,
  population_date date,
  import_id       bigint not null references crimestats_import (id),
  primary key (area_code, crime_type, period_kind, period_year, period_number, status)
);
create index crimestats_figure_import on crimestats_figure (import_id);

-- A figure replaced by a later import of the same key and status (BRÅ revises its database continuously):
-- the old values, the import that brought them and the one that replaced them.
create table crimestats_figure_revision (
  id               bigint generated always as identity primary key,
  area_code        varchar(4) not null,
  period_kind      char(1) not null,
  period_year      smallint not null,
  period_number    smallint not null,
  crime_type       varchar(40) not null,
  status           varchar(11) not null,
  count            bigint,
  rate_per_100k    numeric(14, 2),
  population_used  int,
  population_date  date,
  import_id        bigint not null references crimestats_import (id),
  replaced_by      bigint not null references crimestats_import (id)
);

create view crimestats_current_figure as
select distinct on (area_code, crime_type, period_kind, period_year, period_number) *
from crimestats_figure
order by area_code, crime_type, period_kind, period_year, period_number, (status = 'FINAL') desc;
