# shlex: split with POSIX quoting and escapes (and comments), quote, join.
import shlex
for s in ['a b  c', 'ls -l "my file.txt"', "echo 'single quoted' and\\ escaped", 'x="a b"c', 'a "" b', "it's", 'say "he said \\"hi\\""', "'a\\b'", '"a\\b"', 'tab\there', 'end\\', 'a # comment', '  ', '"$HOME" \'$HOME\'', 'a"b c"d']:
    try:
        print(repr(s), shlex.split(s), shlex.split(s, comments=True))
    except ValueError as e:
        print(repr(s), "ValueError:", e)
for w in ["plain", "", "has space", "it's", "a$b", "ok-_.,:=+@%/", "ünïcode"]:
    print(repr(w), shlex.quote(w))
print(shlex.join(["ls", "-l", "my file", "it's"]))
print(shlex.split(shlex.join(["x y", "'", '"'])))
