#!/usr/bin/env python3
"""A deterministic activities interchange CSV for the workload tests (the tests' own, so they need
nothing beside the clone). It holds what the format allows at its edges: quoted text with commas,
quotes, line breaks and non-ASCII; text starting like a formula; empty, decimal and exponent
costs; name lists with spaces, empty names, repeated names, or no name at all; outputs whose
activities are not adjacent.

Usage: generate.py --rows N [--seed S] -o FILE
"""
import argparse
import csv
import random

HEADER = ["activity_id", "plan", "year", "work_stream", "output_code", "output_title", "activity_code",
          "activity", "timeframe", "lead_agencies", "funding_sources", "estimated_cost_usd", "status"]
STREAMS = ["Data and research", "Decent work, migrants", "Human rights \"at borders\"", "Genève follow-up",
           "=Coordination", "Climate\nand migration"]
AGENCIES = ["ILO", "IOM", "UNDP", "UNHCR", "UN Women", "World Bank", "-ESCAP", "ÉCLAC"]
FUNDERS = ["KNOMAD", "Staff time", "To be mobilized", "UNDP", "@Trust fund", "Fonds, commun"]
TEXTS = ["Organize a side event", "Publish the guide, with care", "Draft \"key messages\"", "Two\nlines of text",
         "=HYPERLINK(\"x\")", "+1 review", "Réunion à Genève", "Plain"]
STATUSES = ["planned", "in progress", "completed", "postponed", "cancelled"]


def names(rng, pool):
    """A `;`-separated list, sometimes with spaces, an empty name, a repeat, or nothing at all."""
    roll = rng.random()
    if roll < 0.05:
        return ""
    chosen = rng.sample(pool, rng.choice([1, 1, 2, 3]))
    if roll < 0.15:
        chosen.append(chosen[0])
    text = ";".join(f" {n} " if rng.random() < 0.1 else n for n in chosen)
    return text + ";" if rng.random() < 0.05 else text


def cost(rng):
    roll = rng.random()
    if roll < 0.4:
        return ""
    if roll < 0.45:
        return f"{rng.randint(1, 90)}e3"
    if roll < 0.6:
        return f"{rng.randint(0, 500000)}.{rng.randint(0, 99):02d}"
    return str(rng.randint(0, 2000) * 500)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, required=True)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("-o", required=True)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    with open(args.o, "w", encoding="utf-8", newline="") as f:
        out = csv.writer(f, lineterminator="\n")
        out.writerow(HEADER)
        output = None
        for number in range(1, args.rows + 1):
            if output is None or rng.random() < 0.25:
                year = rng.randint(2010, 2016)
                output = (f"Plan {year // 3}", year, rng.choice(STREAMS), str(rng.randint(1, 6)), rng.choice(TEXTS))
            plan, year, stream, code, title = output
            out.writerow([f"A{number:07d}", plan, year, stream, code, title, f"{code}.{number % 7}", rng.choice(TEXTS),
                          f"Spring {year}", names(rng, AGENCIES), names(rng, FUNDERS), cost(rng), rng.choice(STATUSES)])


if __name__ == "__main__":
    main()
