words = ["straße", "ǅemal", "ΣΊΣΥΦΟΣ", "ὈΔΥΣΣΕΎΣ", "İstanbul", "ﬁnance", "hello world", "ǈ ǋ ǲ", "ÆØÅ æøå",
         "ΜΆΪΟΣ Σ", "aΣ", "Σa", "a.Σ.", "x'Σ", "ῼ ᾳ", "ŉ", "ǰ", "ΐ", "Ⅷ ⅷ", "ⓐⒶ", "𐐀𐐨", "ﬀ", "ß", "ᾈ",
         "hello_world123", "MiXeD CaSe", "123abc", "tHIS iS", "o'neil mc-donald", "ǉubljana", "Ⅻ", "", "   "]
for w in words:
    print(repr(w), w.upper(), w.lower(), w.casefold(), w.title(), w.capitalize(), w.swapcase())
    print(" ", w.isupper(), w.islower(), w.istitle(), w.isalpha(), w.isalnum(), w.isspace(), w.isprintable(),
          w.isidentifier(), w.isascii(), w.isdecimal(), w.isdigit(), w.isnumeric())
nums = ["123", "١٢٣", "²", "½", "Ⅷ", "৩", "𝟙", "٣.٥", "一", "x1", "0x1f"]
for n in nums:
    print(n, n.isdecimal(), n.isdigit(), n.isnumeric(), n.isalnum(), n.isalpha())
specials = ["\u0300a", "a\u0300", "\u200b", "\u00ad", "\u2028", "\x85", "\u3000", "\t", "\x1c", "\u180e", "\ufeff"]
for c in specials:
    print(ascii(c), c.isspace(), c.isprintable(), c.isalpha(), c.upper() == c, len(c.splitlines(True)))
print("ß".upper() == "SS", "ǅ".lower(), "ǅ".upper(), "ǅ".title())
print(len("ﬃ".upper()), "ﬃ".upper(), "İ".lower(), len("İ".lower()))
