-- Comparisons set a kommun beside its county, the country and similar kommuner: every kommun's figures of one type
-- and period range, read by index only (issue 10's p99 ≤ 20 ms over 10 years × 290 kommuner × 12 months × 40 types).
create index crimestats_figure_by_period on crimestats_figure (crime_type, period_kind, period_year, period_number)
  include (area_code, status, count, rate_per_100k);
