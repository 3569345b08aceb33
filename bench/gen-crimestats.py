#!/usr/bin/env python3
"""Writes invented monthly crime figures for every kommun: the benchmark files of bench/crimestats.sh.

    gen-crimestats.py TYPES_FILE OUT_FIRST ROWS_FIRST OUT_REST YEARS

Rows run over years (from 2015), kommuner (the 290 of src/main/resources/data/population_2024_scb.csv), months and
the crime types listed one per line in TYPES_FILE. The first ROWS_FIRST rows go to OUT_FIRST (the timed import), the
rest of the YEARS-year table to OUT_REST. Counts are deterministic, so every run imports the same bytes.
"""
import csv
import sys

types_file, out_first, rows_first, out_rest, years = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4], int(sys.argv[5])
types = [t.strip() for t in open(types_file) if t.strip()]
with open("src/main/resources/data/population_2024_scb.csv", encoding="utf-8") as f:
    kommuner = [r["kommun_code"] for r in csv.DictReader(f)]
header = "status;period;area_code;crime_type;count\n"
first = open(out_first, "w", encoding="utf-8")
rest = open(out_rest, "w", encoding="utf-8")
first.write(header)
rest.write(header)
n = 0
for year in range(2015, 2015 + years):
    for k in kommuner:
        for month in range(1, 13):
            for i, t in enumerate(types):
                count = (int(k) * 7 + year * 13 + month * 31 + i * 17) % 500
                line = f"FINAL;{year}-{month:02d};{k};{t};{count}\n"
                (first if n < rows_first else rest).write(line)
                n += 1
first.close()
rest.close()
print(n)
