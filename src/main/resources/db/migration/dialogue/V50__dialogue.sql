-- Citizen dialogues (medborgardialoger), safety walks (trygghetsvandringar) and online dialogues, and what was said
-- at them as entries tagged with problem categories and an optional place. Citizens' entries to an online dialogue
-- wait for moderation; entries by staff are published with the dialogue's summary.
create table dialogue_dialogue (
  id                bigserial primary key,
  municipality_code text not null,
  kind              text not null check (kind in ('MEETING', 'SAFETY_WALK', 'ONLINE')),
  title             text not null,
  held_on           date not null,
  organisers        text[] not null,
  place_id          bigint,
  latitude          double precision,
  longitude         double precision,
  participants      int check (participants >= 0),
  participants_by   jsonb not null default '{}'::jsonb,
  summary           text,
  published_at      timestamptz,
  open_for_entries  boolean not null default false,
  example           boolean not null default false,
  created_at        timestamptz not null default now(),
  check ((latitude is null) = (longitude is null))
);
create index dialogue_dialogue_municipality on dialogue_dialogue (municipality_code, held_on desc);

create table dialogue_entry (
  id                 bigserial primary key,
  dialogue_id        bigint not null references dialogue_dialogue (id) on delete cascade,
  text               text not null,
  problem_categories text[] not null,
  place_id           bigint,
  latitude           double precision,
  longitude          double precision,
  proposed_action    text,
  owner              text,
  from_public        boolean not null default false,
  moderation         text not null default 'PUBLISHED'
                     check (moderation in ('AWAITING_MODERATION', 'PUBLISHED', 'REJECTED')),
  reject_reason      text,
  created_at         timestamptz not null default now(),
  check ((latitude is null) = (longitude is null))
);
create index dialogue_entry_dialogue on dialogue_entry (dialogue_id, id);
