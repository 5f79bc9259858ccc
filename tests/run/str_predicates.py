# The is* predicates over ASCII, Latin-1 and wider Unicode samples.
samples = ["", "abc", "ABC", "Abc Def", "abc1", "123", "١٢٣", "½", "²", "Ⅻ", "  \t\n", "\x1c", "\xa0",
           "ß", "ǅ", "Ǆ", "Σίσυφος", "日本", "a_b", "_x", "x1", "1x", "def", "é", "\u0301", "\x00", "~!", "ℌ"]
for s in samples:
    print(repr(s), s.isalpha(), s.isalnum(), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isspace(),
          s.islower(), s.isupper(), s.istitle(), s.isidentifier(), s.isprintable(), s.isascii())
import string
print(all([c.isprintable() for c in string.printable[:-5]]), "".join([c for c in string.printable if not c.isprintable()]) == string.printable[-5:])
