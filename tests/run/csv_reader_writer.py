# csv: writer quoting rules (minimal, all, nonnumeric, none with escapechar), reader states
# (quoted fields, doubled quotes, newlines in fields, strict errors), DictReader, DictWriter,
# dialects.
import csv, io
out = io.StringIO()
w = csv.writer(out)
print(w.writerow(["a", "b,c", 'say "hi"', "line\nbreak", "", None, 3, 2.5, True]))
w.writerow([""])
w.writerow([])
w.writerows([[1, 2], [3, 4]])
print(repr(out.getvalue()))
out = io.StringIO()
w = csv.writer(out, quoting=csv.QUOTE_ALL, lineterminator="\n")
w.writerow(["x", 1, None])
w = csv.writer(out, quoting=csv.QUOTE_NONNUMERIC, delimiter=";")
w.writerow(["x", 1, 2.5, None])
w = csv.writer(out, quoting=csv.QUOTE_NONE, escapechar="\\")
w.writerow(["a,b", 'q"'])
print(repr(out.getvalue()))
try:
    csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow(["a,b"])
except csv.Error as e:
    print("Error:", e)
text = 'name,age,note\r\nann,30,"likes ""quotes"""\r\nbob,25,"multi\nline"\r\n\r\ncy,,x\r\n'
r = csv.reader(io.StringIO(text, newline=""))
for row in r:
    print(r.line_num, row)
print(list(csv.reader(["a, b,c", ' "x", y'], skipinitialspace=True)))
print(list(csv.reader(["1,2.5,'q'"], quoting=csv.QUOTE_NONNUMERIC, quotechar="'")))
print(list(csv.reader(["a\tb\tc"], dialect="excel-tab")), list(csv.reader(["a;b"], delimiter=";")))
for bad in ['a,"b"c', '"unterminated']:
    try:
        print(list(csv.reader([bad], strict=True)))
    except csv.Error as e:
        print("Error:", e)
print(list(csv.reader(['a,"b"c'])), list(csv.reader(['"unterminated'])))
try:
    list(csv.reader(["a\rb"]))
except csv.Error as e:
    print("Error:", e)
d = csv.DictReader(io.StringIO("id,name\n1,x\n2,y,extra\n3\n"))
print(d.fieldnames)
for row in d:
    print(row)
d = csv.DictReader(io.StringIO("1,x\n"), fieldnames=["id", "name"], restval="?")
print(list(d))
out = io.StringIO()
dw = csv.DictWriter(out, fieldnames=["id", "name"], restval="-")
dw.writeheader()
dw.writerow({"id": 1, "name": "a,b"})
dw.writerows([{"id": 2}, {"name": "z", "id": 3}])
print(repr(out.getvalue()))
try:
    dw.writerow({"id": 1, "bad": 2})
except ValueError as e:
    print(e)
dw = csv.DictWriter(io.StringIO(), fieldnames=["a"], extrasaction="ignore")
dw.writerow({"a": 1, "b": 2})
print(csv.list_dialects(), csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE)
csv.register_dialect("pipes", delimiter="|", quoting=csv.QUOTE_MINIMAL)
print(list(csv.reader(["a|b|'c'"], "pipes")), csv.get_dialect("pipes").delimiter)
out = io.StringIO()
csv.writer(out, "unix").writerow(["u", 1])
print(repr(out.getvalue()))
