-- Promises as they really are: several kommuner, several LPOs, or either side absent (a police-only promise). The
-- first kommun and LPO stay in municipality_code and lpo_id (now nullable), so rows read the same as before.
-- shown_in is where the promise is shown: its kommuner, or for a police-only promise the kommuner its LPOs covered on
-- its first day. Parties beyond the two sides, areas, period precision and sources live in each version's content.
alter table promise_promise
  add column municipality_codes text[] not null default '{}',
  add column lpo_ids            bigint[] not null default '{}',
  add column shown_in           text[] not null default '{}';
update promise_promise
  set municipality_codes = array[municipality_code], lpo_ids = array[lpo_id], shown_in = array[municipality_code];
alter table promise_promise
  alter column municipality_code drop not null,
  alter column lpo_id drop not null,
  add constraint promise_promise_has_a_side check (cardinality(municipality_codes) + cardinality(lpo_ids) > 0);
create index promise_promise_shown_in_idx on promise_promise using gin (shown_in);
create index promise_promise_municipality_codes_idx on promise_promise using gin (municipality_codes);
create index promise_promise_lpo_ids_idx on promise_promise using gin (lpo_ids);
