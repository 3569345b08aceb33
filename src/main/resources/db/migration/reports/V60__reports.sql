-- Citizens' place reports: categories mapped to the problem taxonomy, the reports, the reporter's feedback address
-- kept apart (deleted after a retention period), status updates (Open311's servicerequestupdates) and the client
-- keys of Open311 apps.
create table reports_category (
  code             text primary key check (code ~ '^[a-z][a-z0-9-]{1,39}$'),
  name_sv          text not null,
  name_en          text not null,
  problem_category text not null references shared_problem_category (code),
  sort_order       int not null default 100
);

insert into reports_category (code, name_sv, name_en, problem_category, sort_order) values
  ('speeding', 'Fortkörning', 'Speeding', 'TRAFFIC', 10),
  ('reckless-driving', 'Vårdslös körning', 'Reckless driving', 'TRAFFIC', 20),
  ('poor-lighting', 'Dålig belysning', 'Poor lighting', 'UNSAFE_PLACES', 30),
  ('vandalism', 'Skadegörelse', 'Vandalism', 'VANDALISM', 40),
  ('littering', 'Nedskräpning', 'Littering', 'LITTERING', 50),
  ('drug-dealing', 'Narkotikaförsäljning', 'Drug dealing', 'DRUGS', 60),
  ('disorder', 'Ordningsstörning', 'Disorder', 'PUBLIC_DISORDER', 70),
  ('feels-unsafe', 'Känns otryggt', 'Feels unsafe', 'UNSAFE_PLACES', 80);

create table reports_place_report (
  id                bigserial primary key,
  municipality_code text not null,
  category          text not null references reports_category (code),
  description       text not null,
  time_of_day       text check (time_of_day in ('MORNING', 'DAY', 'EVENING', 'NIGHT')),
  latitude          double precision,
  longitude         double precision,
  place_id          bigint,
  location_text     text,
  moderation        text not null default 'AWAITING_MODERATION'
                    check (moderation in ('AWAITING_MODERATION', 'PUBLISHED', 'REJECTED')),
  reject_reason     text,
  status            text not null default 'OPEN' check (status in ('OPEN', 'CLOSED')),
  status_note       text,
  source            text not null,
  example           boolean not null default false,
  submitted_at      timestamptz not null default now(),
  updated_at        timestamptz not null default now(),
  published_at      timestamptz,
  check ((latitude is null) = (longitude is null)),
  check (latitude is not null or place_id is not null or location_text is not null)
);
create index reports_place_report_public on reports_place_report (municipality_code, moderation, category);
create index reports_place_report_queue on reports_place_report (moderation, submitted_at);

-- Never shown, never in an API answer or the audit trail; read only to send the reporter a status e-mail.
create table reports_feedback_address (
  report_id    bigint primary key references reports_place_report (id) on delete cascade,
  email        text not null,
  delete_after timestamptz not null
);
create index reports_feedback_address_expiry on reports_feedback_address (delete_after);

create table reports_status_update (
  id         bigserial primary key,
  report_id  bigint not null references reports_place_report (id) on delete cascade,
  status     text not null,
  note       text,
  updated_at timestamptz not null default now()
);
create index reports_status_update_at on reports_status_update (updated_at);

create table reports_open311_client (
  id         bigserial primary key,
  name       text not null unique,
  key_hash   text not null unique,
  created_at timestamptz not null default now(),
  revoked_at timestamptz
);
