#!/usr/bin/env python3
"""The workload tests' own oracle: the aggregates of the benchmark workload and report.md, worked
out another way than the tool (Python's csv reader and exact fractions, no SQL), from the rules as
WORKLOAD.md and the product's documented edge rules (docs/database.md, README) state them:

- names: split on ';', trimmed, empty names dropped, a name listed twice kept once;
- nothing is dropped: an activity with no lead counts under "no lead named", one with no funding
  source under "(not stated)" (with its full cost);
- an empty cost is unknown: not costed, adds nothing; split cost = cost / number of funding sources;
  lead cost = the full cost for each lead; money that no activity of a group states is empty (not 0)
  in every file (a year without activities of a source in funding source x year too), as the saved
  queries say;
- an output is (year, work stream, output code); keys sorted (years as numbers, text by code point);
- CSVs: header, LF, fields quoted when they hold a comma, quote, CR or LF; money rounded half-up to
  3 decimals; text starting with = + - @ tab or CR gets a leading apostrophe;
- report.md: money in cents rounded half-up from the 3-decimal value, thousands separators;
  text escaped as the product's Markdown does (a backslash before \\ ` * _ [ ] < > & ~ |, a line
  break as <br>, other control characters as a space); an empty total cost is "not stated".

Usage: oracle.py INPUT.csv OUTDIR
"""
import csv
import os
import sys
from collections import defaultdict
from fractions import Fraction


def names(text):
    kept = []
    for part in text.split(";"):
        name = part.strip()
        if name and name not in kept:
            kept.append(name)
    return kept


def half_up(value, places):
    """`value` (a Fraction) rounded half-up to `places` decimals, as a Fraction."""
    scale = 10 ** places
    scaled = value * scale
    whole = scaled.numerator // scaled.denominator
    if scaled - whole >= Fraction(1, 2):
        whole += 1
    return Fraction(whole, scale)


def decimals(value, places):
    rounded = half_up(value, places)
    scale = 10 ** places
    units = rounded.numerator * (scale // rounded.denominator)
    return f"{units // scale}.{units % scale:0{places}d}"


def guarded(text):
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def csv_field(value):
    if value is None:
        return ""
    if isinstance(value, Fraction):
        return decimals(value, 3)
    if isinstance(value, int):
        return str(value)
    text = guarded(value)
    if any(c in text for c in ',"\r\n'):
        return '"' + text.replace('"', '""') + '"'
    return text


def write_csv(folder, name, header, rows):
    with open(os.path.join(folder, name), "w", encoding="utf-8", newline="") as f:
        for row in [header] + rows:
            f.write(",".join(csv_field(v) for v in row) + "\n")


class Group:
    def __init__(self):
        self.activities = 0
        self.outputs = set()
        self.costed = 0
        self.cost = Fraction(0)

    def add(self, output, cost):
        self.activities += 1
        self.outputs.add(output)
        if cost is not None:
            self.costed += 1
            self.cost += cost


def aggregate(path):
    total = Group()
    by = {key: defaultdict(Group) for key in ("year", "work_stream", "agency", "funding_source")}
    pivot = {}
    cube = defaultdict(lambda: [0, None])
    with open(path, encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            year = int(row["year"])
            stream = row["work_stream"]
            output = (year, stream, row["output_code"])
            cost = Fraction(row["estimated_cost_usd"]) if row["estimated_cost_usd"] else None
            leads = names(row["lead_agencies"]) or ["no lead named"]
            funders = names(row["funding_sources"]) or ["(not stated)"]
            total.add(output, cost)
            by["year"][year].add(output, cost)
            by["work_stream"][stream].add(output, cost)
            for lead in leads:
                by["agency"][lead].add(output, cost)
            share = cost / len(funders) if cost is not None else None
            for funder in funders:
                by["funding_source"][funder].add(output, share)
                known = pivot.get((funder, year))
                pivot[(funder, year)] = known if share is None else (known or 0) + share
                for lead in leads:
                    cube[(lead, year, stream, funder)][0] += 1
                    cell = cube[(lead, year, stream, funder)]
                    cell[1] = cell[1] if share is None else (cell[1] or 0) + share
    return total, by, pivot, cube


def keyed(groups, outputs=True):
    return [[key, g.activities] + ([len(g.outputs)] if outputs else [])
            + [g.costed, None if g.costed == 0 else g.cost]
            for key, g in sorted(groups.items())]


def stated_sum(values):
    """The sum of the stated values, None when none is stated."""
    stated = [v for v in values if v is not None]
    return sum(stated, Fraction(0)) if stated else None


def funding_by_year(pivot):
    years = sorted({year for _, year in pivot})
    funders = sorted({funder for funder, _ in pivot})
    rows = [[f] + [pivot.get((f, y)) for y in years] for f in funders]
    rows = [r + [stated_sum(r[1:])] for r in rows]
    totals = [stated_sum(r[i] for r in rows) for i in range(1, len(years) + 2)]
    return ["funding_source"] + [str(y) for y in years] + ["Total"], rows + [["Total"] + totals]


def markdown(total, by, pivot):
    def count(n):
        return f"{n:,}"

    def money(value):
        if value is None:
            return ""
        cents = half_up(half_up(value, 3), 2)
        units = cents.numerator * (100 // cents.denominator)
        return f"{units // 100:,}.{units % 100:02d}"

    def text(value):
        out = str(value).replace("\r\n", "\n").replace("\r", "\n")
        escaped = ""
        for c in out:
            if c == "\n":
                escaped += "<br>"
            elif c in "\\`*_[]<>&~|":
                escaped += "\\" + c
            elif ord(c) < 0x20 or ord(c) == 0x7F:
                escaped += " "
            else:
                escaped += c
        return escaped

    def table(header, rows):
        lines = ["| " + " | ".join(header) + " |", "|" + "|".join(["---"] + ["---:"] * (len(header) - 1)) + "|"]
        for row in rows:
            cells = [text(row[0])] + [count(v) if isinstance(v, int) else money(v) for v in row[1:]]
            lines.append("| " + " | ".join(cells) + " |")
        return lines

    keyed_header = ["Activities", "Outputs", "Costed activities", "Cost (USD)"]
    pivot_header, pivot_rows = funding_by_year(pivot)
    lines = ["# GMG activities summary", "",
             f"Activities: {count(total.activities)}; outputs: {count(len(total.outputs))}; "
             f"costed activities: {count(total.costed)}; total estimated cost: "
             + (f"{money(total.cost)} USD." if total.costed else "not stated."),
             "", "## By year", ""]
    lines += table(["Year"] + keyed_header, keyed(by["year"]))
    lines += ["", "## By work stream", ""] + table(["Work stream"] + keyed_header, keyed(by["work_stream"]))
    lines += ["", "## By funding source", "", "Cost is split equally among an activity's funding sources.", ""]
    lines += table(["Funding source", "Activities", "Costed activities", "Cost (USD)"],
                   keyed(by["funding_source"], False))
    lines += ["", "## Funding source x year (USD)", ""] + table(["Funding source"] + pivot_header[1:], pivot_rows)
    return "\n".join(lines) + "\n"


def main():
    source, folder = sys.argv[1], sys.argv[2]
    os.makedirs(folder, exist_ok=True)
    total, by, pivot, cube = aggregate(source)
    keyed_columns = ["activities", "outputs", "costed_activities", "cost_usd"]
    write_csv(folder, "totals.csv", keyed_columns,
              [[total.activities, len(total.outputs), total.costed, total.cost if total.costed else None]])
    write_csv(folder, "by_agency.csv", ["agency"] + keyed_columns, keyed(by["agency"]))
    write_csv(folder, "by_year.csv", ["year"] + keyed_columns, keyed(by["year"]))
    write_csv(folder, "by_work_stream.csv", ["work_stream"] + keyed_columns, keyed(by["work_stream"]))
    write_csv(folder, "by_funding_source.csv", ["funding_source", "activities", "costed_activities", "cost_usd"],
              keyed(by["funding_source"], outputs=False))
    write_csv(folder, "funding_by_year.csv", *funding_by_year(pivot))
    write_csv(folder, "cube.csv", ["agency", "year", "work_stream", "funding_source", "activities", "cost_usd"],
              [list(key) + value for key, value in sorted(cube.items())])
    with open(os.path.join(folder, "report.md"), "w", encoding="utf-8", newline="") as f:
        f.write(markdown(total, by, pivot))


if __name__ == "__main__":
    main()
