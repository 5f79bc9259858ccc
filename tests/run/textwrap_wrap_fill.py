# textwrap: wrap and fill (hyphen and em-dash breaks, long words, indents, max_lines),
# shorten, dedent, indent.
import textwrap
text = "The quick brown fox jumps over the lazy dog. A state-of-the-art, well-known e-mail re-use policy -- and some em--dashes too -- follows here.\tTabs\tand\nnewlines are whitespace."
for w in (10, 20, 33, 50):
    print(textwrap.wrap(text, w))
print(textwrap.fill(text, 30, initial_indent="* ", subsequent_indent="  "))
print(textwrap.fill("supercalifragilisticexpialidocious and averyveryverylongword-with-hyphens", 12))
print(textwrap.wrap("supercalifragilisticexpialidocious", 10, break_long_words=False))
print(textwrap.shorten("Hello  world!  This is a long sentence indeed.", 25), textwrap.shorten("short", 20), textwrap.shorten("a b c d e f g h", 11, placeholder="..."))
print(textwrap.wrap(text, 40, max_lines=2), textwrap.wrap("  leading and trailing  ", 10), textwrap.wrap("  leading", 10, drop_whitespace=False))
print(repr(textwrap.dedent("""
    def f():
        return 1
      
    x = 2
""")), repr(textwrap.dedent("\tA\n\tB\n")), repr(textwrap.dedent("  a\n\tb\n")))
print(repr(textwrap.indent("one\n\ntwo\n", "> ")), repr(textwrap.indent("a\nb", "+ ", lambda l: True)))
print(textwrap.wrap("", 10), textwrap.fill("word " * 10, 20, break_on_hyphens=False))
w = textwrap.TextWrapper(width=15, fix_sentence_endings=True)
print(w.wrap("Hi there. How are you? Fine."))
try:
    textwrap.wrap("x", 0)
except ValueError as e:
    print(e)
