#!/usr/bin/env python3
"""report.md as the benchmark peers write it (peer_common.render_markdown), from the aggregate
CSVs of reference_aggregates.py: the oracle for gmg workload's report.md.

Usage: reference_markdown.py BENCH_DIR AGGREGATES_DIR > report.md
"""
import csv
import os
import sys

bench, folder = sys.argv[1], sys.argv[2]
sys.path.insert(0, bench)
from peer_common import render_markdown  # noqa: E402


def rows(name):
    with open(os.path.join(folder, name), newline="", encoding="utf-8") as f:
        table = list(csv.reader(f))
    return table[0], table[1:]


def keyed(name):
    return [[r[0]] + [int(x) for x in r[1:-1]] + [float(r[-1])] for r in rows(name)[1]]


totals = rows("totals.csv")[1][0]
header, pivot = rows("funding_by_year.csv")
sys.stdout.write(render_markdown(
    (int(totals[0]), int(totals[1]), int(totals[2]), float(totals[3])),
    keyed("by_year.csv"), keyed("by_work_stream.csv"), keyed("by_funding_source.csv"),
    header[1:], [[r[0]] + [float(x) for x in r[1:]] for r in pivot]))
