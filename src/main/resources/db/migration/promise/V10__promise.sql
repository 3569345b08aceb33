-- The promise module: a promise between one kommun and one LPO, its versions (drafts and frozen published
-- snapshots) and its extensions. Other modules read it through the API or the PromisePublished event, never these
-- tables.
create table promise_promise (
  id                uuid primary key,
  municipality_code varchar(4) not null,
  lpo_id            bigint not null,
  example           boolean not null default false,
  status            varchar(30) not null,
  latest_version    int not null,
  current_version   int,
  valid_from        date,
  valid_to          date,
  extensions        jsonb not null default '[]'::jsonb,
  closed_reason     text,
  created_at        timestamptz not null default now(),
  updated_at        timestamptz not null default now(),
  row_version       int not null default 0
);
create index promise_promise_municipality_idx on promise_promise (municipality_code);
create index promise_promise_lpo_idx on promise_promise (lpo_id);

create table promise_version (
  promise_id   uuid not null references promise_promise (id) on delete cascade,
  version      int not null,
  status       varchar(30) not null,
  content      jsonb not null,
  published_at timestamptz,
  changed_at   timestamptz not null default now(),
  search       tsvector generated always as (
                 setweight(to_tsvector('swedish'::regconfig, coalesce(content ->> 'title', '')), 'A')
                 || setweight(jsonb_to_tsvector('swedish'::regconfig, content, '["string"]'), 'B')) stored,
  primary key (promise_id, version)
);
create index promise_version_search_idx on promise_version using gin (search);
create index promise_version_content_idx on promise_version using gin (content jsonb_path_ops);

-- A published version is a frozen snapshot: its content may never change again, whatever the code does.
create function promise_version_frozen() returns trigger language plpgsql as $$
begin
  if old.published_at is not null and new.content is distinct from old.content then
    raise exception 'promise % version % is published and frozen', old.promise_id, old.version;
  end if;
  return new;
end $$;
create trigger promise_version_frozen before update on promise_version
  for each row execute function promise_version_frozen();
