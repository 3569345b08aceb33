-- Comparisons set a kommun beside its county, the country and similar kommuner: every kommun's figures of one type
-- and period range, read by index only (issue 10's p99 ≤ 20 ms over 10 years × 290 kommuner × 12 months × 40 types).
create index crimestats_figure_by_period on crimestats_figure (crime_type, period_kind, period_year, period_number)
  include (area_code, status, count, rate_per_100k);

-- Nothing reads figures by import (the history joins the other way), and a million-row import maintained it.
drop index crimestats_figure_import;

-- A foreign key checks each inserted row with its own query: two million lookups for a million-row import, more
-- than half of what the load itself costs. The importer resolves every crime type against crimestats_crime_type and
-- writes the import row first, in the same transaction; neither table has a delete path. So the figures keep the
-- codes and ids without the per-row checks.
alter table crimestats_figure drop constraint crimestats_figure_crime_type_fkey;
alter table crimestats_figure drop constraint crimestats_figure_import_id_fkey;
