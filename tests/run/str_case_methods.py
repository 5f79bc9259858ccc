# upper/lower/casefold/title/capitalize/swapcase with full Unicode mappings.
for s in ["hello world", "HELLO", "ß", "straße", "ﬁnal", "İstanbul", "ǆemal", "ΣΑΣ", "σας", "ὈΔΥΣΣΕΎΣ",
          "they're bill's friends", "o'neil mc-donald 3rd", "ǈ", "ŉ", "ΐ", "a1b2", "ÿ", "ǰ", "ẞ", ""]:
    print(repr(s), repr(s.upper()), repr(s.lower()), repr(s.casefold()), repr(s.title()),
          repr(s.capitalize()), repr(s.swapcase()), len(s.upper()))
print("ß".upper() == "SS", "ß".casefold() == "ss", "ﬀ".upper())
print("Straße".lower() == "STRASSE".lower(), "Straße".casefold() == "STRASSE".casefold())
