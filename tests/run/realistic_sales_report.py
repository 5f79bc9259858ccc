# A realistic script: writes a CSV of sales, reads it back with DictReader, aggregates by
# region and month, writes a JSON summary and a formatted text report, then cleans up.
import csv
import json
import os
from collections import defaultdict
from pathlib import Path

work = Path("realistic_sales_report.tmp")
work.mkdir(exist_ok=True)
sales_file = work / "sales.csv"

regions = ["north", "south", "east", "west"]
products = [("widget", 2.5), ("gadget", 10.0), ("doohickey", 0.75)]
seed = 7
rows = []
for day in range(1, 91):
    seed = (seed * 48271) % 2147483647
    region = regions[seed % 4]
    name, price = products[(seed // 4) % 3]
    quantity = 1 + (seed // 12) % 20
    month = "2024-%02d" % (1 + (day - 1) // 30)
    rows.append({"month": month, "region": region, "product": name, "quantity": quantity, "price": price})

with open(sales_file, "w", newline="") as f:
    writer = csv.DictWriter(f, fieldnames=["month", "region", "product", "quantity", "price"])
    writer.writeheader()
    writer.writerows(rows)

totals = defaultdict(float)
units = defaultdict(int)
by_month = defaultdict(lambda: defaultdict(float))
with open(sales_file, newline="") as f:
    for row in csv.DictReader(f):
        amount = int(row["quantity"]) * float(row["price"])
        totals[row["region"]] += amount
        units[row["product"]] += int(row["quantity"])
        by_month[row["month"]][row["region"]] += amount

summary = {
    "regions": {r: round(t, 2) for r, t in sorted(totals.items())},
    "units": dict(sorted(units.items(), key=lambda kv: -kv[1])),
    "best_month": max(by_month, key=lambda m: sum(by_month[m].values())),
}
(work / "summary.json").write_text(json.dumps(summary, indent=2) + "\n")
print((work / "summary.json").read_text(), end="")

report = work / "report.txt"
with report.open("w") as out:
    print(f"{'month':<8} " + " ".join(f"{r:>9}" for r in regions) + f" {'total':>10}", file=out)
    for month in sorted(by_month):
        cells = [by_month[month].get(r, 0.0) for r in regions]
        print(f"{month:<8} " + " ".join(f"{c:9.2f}" for c in cells) + f" {sum(cells):10.2f}", file=out)
print(report.read_text(), end="")
print(sorted(p.name for p in work.iterdir()), os.path.getsize(sales_file) > 0)

for p in work.iterdir():
    p.unlink()
work.rmdir()
