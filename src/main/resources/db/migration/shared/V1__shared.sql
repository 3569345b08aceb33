-- The problem taxonomy: the spine every piece of evidence and every commitment is tagged with.
create table shared_problem_category (
  code        varchar(40) primary key check (code ~ '^[A-Z][A-Z0-9_]*$'),
  label_sv    text not null check (char_length(label_sv) between 1 and 120),
  label_en    text not null check (char_length(label_en) between 1 and 120),
  sort_order  int not null default 1000,
  built_in    boolean not null default false,
  created_at  timestamp with time zone not null default now()
);

insert into shared_problem_category (code, label_sv, label_en, sort_order, built_in) values
  ('BURGLARY',          'Inbrott',                          'Burglary',                      10, true),
  ('THEFT',             'Stöld',                            'Theft',                         20, true),
  ('VANDALISM',         'Skadegörelse och klotter',         'Vandalism and graffiti',        30, true),
  ('LITTERING',         'Nedskräpning',                     'Littering',                     40, true),
  ('TRAFFIC',           'Trafik och hastighet',             'Traffic and speeding',          50, true),
  ('DRUGS',             'Narkotika',                        'Drugs',                         60, true),
  ('PUBLIC_DISORDER',   'Ordningsstörningar',               'Public disorder',               70, true),
  ('VIOLENCE',          'Våld och hot',                     'Violence and threats',          80, true),
  ('DOMESTIC_VIOLENCE', 'Våld i nära relationer',           'Domestic violence',             90, true),
  ('FRAUD',             'Bedrägerier',                      'Fraud',                        100, true),
  ('YOUTH_CRIME',       'Ungdomsbrottslighet',              'Youth crime',                  110, true),
  ('ORGANISED_CRIME',   'Organiserad brottslighet',         'Organised crime',              120, true),
  ('UNSAFE_PLACES',     'Otrygga platser och belysning',    'Unsafe places and lighting',   130, true),
  ('POLICE_PRESENCE',   'Synlig polisnärvaro',              'Visible police presence',      140, true);

-- Who changed what, when, with the state before and after. Every module writes here through AuditTrail.
create table shared_audit_entry (
  id           bigint generated always as identity primary key,
  occurred_at  timestamp with time zone not null default now(),
  actor        text not null,
  action       text not null,
  entity_type  text not null,
  entity_id    text not null,
  before_state jsonb,
  after_state  jsonb
);
create index shared_audit_entry_time_idx on shared_audit_entry (occurred_at desc);
create index shared_audit_entry_entity_idx on shared_audit_entry (entity_type, entity_id);
