# re: match/search/fullmatch, groups and named groups, findall/finditer, sub (templates and
# functions, empty matches), split, flags (inline and scoped), lookaround, backreferences,
# lazy/possessive/atomic repeats, conditionals, escape, Pattern and Match reprs, re.error.
import re
print(re.match(r"(\d+)-(\d+)", "12-34 rest").groups(), re.search(r"\bfoo\b", "a foo b").span())
m = re.search(r"(?P<year>\d{4})-(?P<month>\d\d)", "date: 2024-11-25")
print(m, m.group(0), m.group("year"), m["month"], m.groupdict(), m.start(2), m.end(), m.lastindex, m.lastgroup)
print(re.findall(r"\w+", "hello, world! héllo_2"), re.findall(r"(\w)(\d)", "a1 b2 c"), re.findall(r"(a)|b", "ab"))
print(re.sub(r"(\w+)@(\w+)", r"\2 at \1", "me@host you@there"), re.sub("x*", "-", "abxd"), re.sub(r"a", lambda m: m.group().upper(), "banana", count=2))
print(re.subn(r"\s+", " ", "a  b \t c\n d"), re.split(r"[,;]\s*", "a, b;c,  d"), re.split(r"(,)", "a,b,c"), re.split("x*", "axbc"))
print(re.fullmatch(r"[a-z]+", "abc"), re.fullmatch(r"[a-z]+", "abc1"), re.match("b", "ab"))
print(re.findall(r"^\w", "one\ntwo\nthree", re.M), re.findall(r"a.c", "a\nc abc", re.S), re.findall("HELLO", "hello Hello", re.I))
print(re.findall(r"""\d+  # digits
   \.? # optional dot""", "1. 22 333.", re.X))
print(re.search(r"(?i)straße", "STRASSE straße"), re.findall(r"(?<=\$)\d+", "cost $42 and $7"), re.findall(r"\d+(?!px)", "10px 20em 30"))
print(re.findall(r"(\w)\1", "hello bookkeeper"), re.findall(r"<.*?>", "<a><b>"), re.findall(r"<.*>", "<a><b>"))
print(re.escape("a.b*c?(d)"), re.compile(r"\d+", re.I | re.M), repr(re.compile("x")), re.I, re.M | re.S)
p = re.compile(r"(?P<k>\w+)=(?P<v>[^;]*)")
for m in p.finditer("a=1;b=;c=three"):
    print(m.group("k"), repr(m.group("v")), m.span())
print(p.groups, p.groupindex, p.pattern, p.flags)
print(re.sub(r"(?P<w>\w+)", r"<\g<w>|\g<1>>", "hi there"), re.sub("a", r"\n", "xax") == "x\nx")
print(re.match(r"(a)?(b)", "b").groups(), re.match(r"(a)?(b)", "b").groups("-"), re.match(r"(a|b)*", "abab").group(1))
print(re.findall(r"a{2,3}", "aaaaaaa"), re.findall(r"a{2,3}?", "aaaaaaa"), re.findall(r"x{,2}", "xxx"), re.findall("a{", "a{"))
print(re.search(r"(?:ab)+", "xxababab").group(), re.search(r"(?>a+)b", "aaab").group(), re.search(r"a++b", "aab"))
print(re.match(r"(x)?(?(1)a|b)", "b"), re.match(r"(x)?(?(1)a|b)", "xa").group())
for bad in ["(?(1)a|b)", "(abc", "abc)", "*a", "a**", "[abc", r"\q", "(?P<n>a)(?P<n>b)", r"(?<=a+)b", "a{3,2}", r"\1"]:
    try:
        re.compile(bad)
    except re.error as e:
        print(repr(bad), "->", e, "|", e.msg, e.pos)
print(re.compile("a\nb(").pattern if False else "")
try:
    re.compile("a\n(b")
except re.error as e:
    print(e)
print(re.match(r"\s*(\S+)\s+(\d+)$", "  word   42").groups(), re.search(r"\d", "abc") is None)
print(re.findall(r"[^\W\d]+", "abc123def_4"), re.findall(r"[\d.-]+", "1.5-2 x"), re.findall(r"[]a]", "]a["))
