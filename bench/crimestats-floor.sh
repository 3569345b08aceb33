#!/usr/bin/env bash
# What PostgreSQL alone needs to store a million figures, against the bare COPY that issue 10's target names
# ("importing 1 000 000 rows takes ≤ 2 × PostgreSQL's own COPY of the same rows into a bare table").
# No application code runs here: a throwaway PostgreSQL 15 server (the one installed on the machine, run as the
# postgres user) gets the crimestats_figure table exactly as Flyway V30 + V32 leave it, and one file of 1 000 000
# figures in the staging layout the importer writes. Each step is timed by psql in the same run:
#   1. COPY into a bare table of text columns (the target's reference);
#   2. COPY into the importer's typed staging table;
#   3. INSERT … SELECT into crimestats_figure without its two B-tree indexes (heap, checks and WAL only);
#   4. the same with the primary key only;
#   5. the same with both indexes (what an import pays), in key order as the importer sends it.
# Usage: bench/crimestats-floor.sh          (needs /usr/lib/postgresql/15/bin and a `postgres` system user)
set -euo pipefail
BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
DIR=$(mktemp -d /tmp/crimestats-floor.XXXX); chown postgres "$DIR"
PORT=${PORT:-25998}
trap 'su postgres -c "$BIN/pg_ctl -D $DIR/data -m fast stop" >/dev/null 2>&1 || true; rm -rf "$DIR"' EXIT
su postgres -c "$BIN/initdb -D $DIR/data -U postgres -A trust >/dev/null 2>&1"
su postgres -c "$BIN/pg_ctl -D $DIR/data -o '-p $PORT -k $DIR -c fsync=on -c synchronous_commit=on' -l $DIR/log -w start" >/dev/null
P="psql -h $DIR -p $PORT -U postgres -q -v ON_ERROR_STOP=1 -X"
echo "machine: $(nproc) cores, load before: $(cut -d' ' -f1-3 /proc/loadavg), $(date -u +%FT%TZ), $($BIN/postgres --version)"
$P <<SQL
create table crimestats_figure (
  area_code varchar(4) not null check (area_code ~ '^([0-9]{2}|[0-9]{4}|SE)\$'),
  period_kind char(1) not null check (period_kind in ('Y', 'Q', 'M')),
  period_year smallint not null, period_number smallint not null,
  period_start date not null, period_end date not null,
  crime_type varchar(40) not null,
  status varchar(11) not null check (status in ('PRELIMINARY', 'FINAL')),
  count bigint check (count >= 0), rate_per_100k numeric(14, 2) check (rate_per_100k >= 0),
  population_used int, population_date date, import_id bigint not null);
copy (select row_number() over (), lpad((1000 + a)::text, 4, '0'), 'M', y, m, make_date(y, m, 1),
        (make_date(y, m, 1) + interval '1 month' - interval '1 day')::date, 'TYPE_' || t, 'PRELIMINARY',
        (random() * 500)::int, round((random() * 900)::numeric, 2), 10000, '2024-12-31'
      from generate_series(2015, 2023) y, generate_series(1, 12) m, generate_series(1, 290) a,
           generate_series(1, 40) t limit 1000000) to '$DIR/figures.csv' with (format csv);
create table staging (line int not null, area_code varchar(4) not null, period_kind char(1) not null,
  period_year smallint not null, period_number smallint not null, period_start date not null,
  period_end date not null, crime_type varchar(40) not null, status varchar(11) not null, count bigint,
  rate_per_100k numeric(14, 2), population_used int, population_date date);
create table bare (c1 text, c2 text, c3 text, c4 text, c5 text, c6 text, c7 text, c8 text, c9 text, c10 text,
  c11 text, c12 text, c13 text);
SQL
ms() { local t0 t1; t0=$(date +%s%N); $P -c "$1" >/dev/null; t1=$(date +%s%N); echo $(((t1 - t0) / 1000000)); }
INSERT="insert into crimestats_figure select area_code, period_kind, period_year, period_number, period_start,
  period_end, crime_type, status, count, rate_per_100k, population_used, population_date, 1 from staging
  order by area_code, crime_type, period_kind, period_year, period_number, status"
PK="alter table crimestats_figure add primary key (area_code, crime_type, period_kind, period_year, period_number, status)"
BY_PERIOD="create index crimestats_figure_by_period on crimestats_figure (crime_type, period_kind, period_year,
  period_number) include (area_code, status, count, rate_per_100k)"
reset() { $P -c "truncate crimestats_figure" -c "checkpoint" >/dev/null; }
BARE=$(ms "copy bare from '$DIR/figures.csv' with (format csv)")
STAGED=$(ms "copy staging from '$DIR/figures.csv' with (format csv)")
$P -c "analyze staging" -c "checkpoint" >/dev/null
NONE=$(ms "set work_mem = '256MB'; $INSERT"); reset
$P -c "$PK" >/dev/null
ONE=$(ms "set work_mem = '256MB'; $INSERT"); reset
$P -c "$BY_PERIOD" >/dev/null
BOTH=$(ms "set work_mem = '256MB'; $INSERT")
r() { python3 -c "print(f'{$1 / $BARE:.1f} ×')"; }
cat <<TABLE
| step (1 000 000 figures, same server, same run) | ms | × bare COPY |
|---|---:|---:|
| COPY into a bare table of 13 text columns | $BARE | 1.0 × |
| COPY into the importer's typed staging table | $STAGED | $(r $STAGED) |
| INSERT into crimestats_figure, no index | $NONE | $(r $NONE) |
| the same, primary key only | $ONE | $(r $ONE) |
| the same, primary key + crimestats_figure_by_period (an import's store phase) | $BOTH | $(r $BOTH) |
TABLE
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
