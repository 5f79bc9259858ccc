# A small CSV-like report: parsing, grouping with dicts, sorting with keys, aligned output.
DATA = """region,product,units,price
north,widget,12,3.50
south,gadget,5,12.00
north,gadget,7,11.50
east,widget,30,3.25
south,widget,18,3.40
east,gizmo,2,99.99
north,gizmo,1,105.00
west,widget,0,3.50
"""
lines = DATA.strip().splitlines()
header = lines[0].split(",")
rows = []
for line in lines[1:]:
    fields = dict(zip(header, line.split(",")))
    fields["units"] = int(fields["units"])
    fields["price"] = float(fields["price"])
    rows.append(fields)

by_region = {}
for r in rows:
    total = r["units"] * r["price"]
    agg = by_region.setdefault(r["region"], {"units": 0, "revenue": 0.0, "products": set()})
    agg["units"] += r["units"]
    agg["revenue"] += total
    agg["products"].add(r["product"])

print(f"{'region':<8}{'units':>7}{'revenue':>12}  products")
print("-" * 40)
for region, agg in sorted(by_region.items(), key=lambda kv: (-kv[1]["revenue"], kv[0])):
    print(f"{region:<8}{agg['units']:>7}{agg['revenue']:>12,.2f}  {', '.join(sorted(agg['products']))}")
grand = sum([a["revenue"] for a in by_region.values()])
print("-" * 40)
print(f"{'total':<8}{sum([a['units'] for a in by_region.values()]):>7}{grand:>12,.2f}")
best = max(rows, key=lambda r: r["units"] * r["price"])
print("best line:", best["region"], best["product"], round(best["units"] * best["price"], 2))
share = {k: f"{v['revenue'] / grand:.1%}" for k, v in by_region.items()}
print(share)
print(sorted({r["product"] for r in rows}), len(rows), [r["units"] for r in rows if r["units"] > 10])
