create table organisation_police_region (
  code          varchar(20) primary key,
  official_name text not null
);

create table organisation_county (
  code          char(2) primary key check (code ~ '^[0-9]{2}$'),
  name          text not null,
  short_name    text not null,
  police_region varchar(20) not null references organisation_police_region (code)
);

create table organisation_municipality (
  code          char(4) primary key check (code ~ '^[0-9]{4}$'),
  name          text not null,
  official_name text not null,
  county_code   char(2) not null references organisation_county (code)
);
create index organisation_municipality_name_idx on organisation_municipality (lower(name));

create table organisation_population (
  municipality_code char(4) not null references organisation_municipality (code),
  year              int not null,
  population        int not null check (population >= 0),
  reference_date    date not null,
  source            text not null,
  primary key (municipality_code, year)
);

create table organisation_local_police_area (
  id            bigint generated always as identity primary key,
  name          text not null check (char_length(name) between 1 and 120),
  police_region varchar(20) not null references organisation_police_region (code),
  police_district text,
  valid_from    date,
  valid_to      date,
  created_at    timestamp with time zone not null default now(),
  check (valid_to is null or valid_from is null or valid_to >= valid_from)
);
create unique index organisation_lpo_name_uq on organisation_local_police_area (police_region, lower(name));

-- Which kommuner an LPO covers, and when: many-to-many and dated.
create table organisation_lpo_municipality (
  id                bigint generated always as identity primary key,
  lpo_id            bigint not null references organisation_local_police_area (id),
  municipality_code char(4) not null references organisation_municipality (code),
  valid_from        date not null,
  valid_to          date,
  note              text,
  source_url        text,
  unique (lpo_id, municipality_code),
  check (valid_to is null or valid_to >= valid_from)
);
create index organisation_lpo_municipality_code_idx on organisation_lpo_municipality (municipality_code);

-- Sub-areas of a kommun: a town, a district, a survey area or a single point.
create table organisation_place (
  id                bigint generated always as identity primary key,
  municipality_code char(4) not null references organisation_municipality (code),
  name              text not null check (char_length(name) between 1 and 120),
  kind              varchar(20) not null check (kind in ('TOWN', 'DISTRICT', 'SURVEY_AREA', 'POINT')),
  latitude          double precision check (latitude between 55 and 70),
  longitude         double precision check (longitude between 10 and 25),
  created_at        timestamp with time zone not null default now(),
  unique (municipality_code, name)
);

create table organisation_user (
  id              bigint generated always as identity primary key,
  username        varchar(60) not null check (username ~ '^[a-z0-9._-]{2,60}$'),
  display_name    text not null,
  email           text,
  password_hash   text not null,
  enabled         boolean not null default true,
  failed_logins   int not null default 0,
  locked_until    timestamp with time zone,
  created_at      timestamp with time zone not null default now()
);
create unique index organisation_user_username_uq on organisation_user (lower(username));

-- A role, optionally scoped to one kommun or one LPO. ADMIN and ANALYST are national and unscoped.
create table organisation_membership (
  id                bigint generated always as identity primary key,
  user_id           bigint not null references organisation_user (id) on delete cascade,
  role              varchar(20) not null check (role in ('ADMIN', 'COORDINATOR', 'POLICE', 'SIGNATORY', 'ANALYST')),
  municipality_code char(4) references organisation_municipality (code),
  lpo_id            bigint references organisation_local_police_area (id),
  created_at        timestamp with time zone not null default now(),
  check (municipality_code is null or lpo_id is null),
  check (role not in ('ADMIN', 'ANALYST') or (municipality_code is null and lpo_id is null)),
  check (role <> 'COORDINATOR' or municipality_code is not null),
  check (role <> 'POLICE' or lpo_id is not null),
  check (role <> 'SIGNATORY' or municipality_code is not null or lpo_id is not null)
);
create unique index organisation_membership_uq
  on organisation_membership (user_id, role, coalesce(municipality_code, ''), coalesce(lpo_id, 0));

-- Personal API tokens: only a SHA-256 of the token is kept; the token itself is shown once.
create table organisation_api_token (
  id           bigint generated always as identity primary key,
  user_id      bigint not null references organisation_user (id) on delete cascade,
  name         text not null check (char_length(name) between 1 and 80),
  token_hash   char(64) not null unique,
  created_at   timestamp with time zone not null default now(),
  last_used_at timestamp with time zone,
  revoked_at   timestamp with time zone
);
