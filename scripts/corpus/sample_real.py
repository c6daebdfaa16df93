"""Cut the real public exports kept in test/corpus/exports/ from their sources (run once; the outputs are
committed, tests never run this). The rule for each cut is here so a reader can redo it from the source.

  python3 scripts/corpus/sample_real.py MAVEN_DIR RETAIL_BY_DAY_DIR

MAVEN_DIR: a copy of Maven Analytics' "CRM Sales Opportunities" (sales_pipeline.csv, sales_teams.csv), e.g.
github.com/ikebude/CRM-Sales-Analysis at 3de0fb6 (the dataset is listed as Public Domain by Maven Analytics).
RETAIL_BY_DAY_DIR: data/retail-data/by-day of github.com/databricks/Spark-The-Definitive-Guide at 4ba5601 (the
UCI "Online Retail" dataset, CC BY 4.0, split by day; the repository is Apache-2.0).
"""
import csv
import io
import os
import sys

OUT = os.path.join(os.path.dirname(__file__), "..", "..", "test", "corpus", "exports")


def write(path, header, rows):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


def maven(src):
    with open(os.path.join(src, "sales_pipeline.csv"), newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    header, body = rows[0], rows[1:]
    # Every 20th opportunity: 440 rows spread over the whole period (Oct 2016 to Dec 2017), all stages.
    write(os.path.join(OUT, "maven", "sales_pipeline.csv"), header, body[::20])
    with open(os.path.join(src, "sales_teams.csv"), newline="", encoding="utf-8") as f:
        teams = list(csv.reader(f))
    write(os.path.join(OUT, "maven", "sales_teams.csv"), teams[0], teams[1:])


# Repeat buyers of Dec 2010 to Mar 2011 with few lines each, most with cancellations (invoice numbers "C…").
RETAIL_CUSTOMERS = {
    "14543.0", "14299.0", "15189.0", "15602.0", "16013.0", "14113.0", "17924.0", "12494.0", "16042.0",
    "13115.0", "12476.0", "14309.0", "15658.0", "15240.0", "13495.0",
}


def retail(src):
    header, rows = None, []
    for name in sorted(os.listdir(src))[:80]:
        with open(os.path.join(src, name), newline="", encoding="utf-8") as f:
            r = list(csv.reader(f))
        header = r[0]
        rows += r[1:]
    chosen = [r for r in rows if r[6] in RETAIL_CUSTOMERS]
    write(os.path.join(OUT, "uci-retail", "order-lines.csv"), header, chosen)
    # Guests: the first 40 lines without a CustomerID, between the chosen customers' first lines.
    guests = [r for r in rows if r[6] == ""][:40]
    write(os.path.join(OUT, "problems", "order-lines-guests.csv"), header, chosen[:60] + guests)


if __name__ == "__main__":
    maven(sys.argv[1])
    retail(sys.argv[2])
