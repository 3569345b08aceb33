-- EST (trained observers: housing-company staff, municipal staff, guards): a weekly count per checklist category at
-- one of the kommun's places. One report per reporter, place and week; a second is a conflict, never an overwrite.
create table reports_est_report (
  id                bigserial primary key,
  municipality_code text not null,
  place_id          bigint not null,
  week_start        date not null check (extract(isodow from week_start) = 1),
  reporter          text not null,
  created_at        timestamptz not null default now(),
  unique (reporter, place_id, week_start)
);
create index reports_est_report_week on reports_est_report (municipality_code, week_start);

create table reports_est_count (
  report_id bigint not null references reports_est_report (id) on delete cascade,
  category  text not null,
  count     int not null check (count >= 0 and count <= 10000),
  primary key (report_id, category)
);
