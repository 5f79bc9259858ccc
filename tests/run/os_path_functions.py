# os.path (posixpath) on strings: join, split, basename/dirname, splitext, normpath, isabs,
# relpath, abspath, expanduser.
import os
import os.path
from os.path import join, splitext

for parts in [("a", "b", "c.txt"), ("/usr", "lib"), ("a/", "b"), ("a", "/abs", "c"), ("", "x"), ("a", ""), ("a", "b/", "")]:
    print(parts, "->", repr(join(*parts)))
for p in ["/usr/lib/python3", "file.txt", "/", "//x", "a/b/", "a//b", "", "dir/sub/"]:
    print(repr(p), os.path.split(p), repr(os.path.basename(p)), repr(os.path.dirname(p)))
for p in ["name.tar.gz", ".bashrc", "dir.d/file", "a/.hidden.txt", "noext", "..", "a/b.", "x/..y"]:
    print(repr(p), splitext(p))
for p in ["a//b/./c/../d", "/../x", "../../y", "./", "", "//a/b", "///a", "a/b/../../..", "/a/./b/"]:
    print(repr(p), repr(os.path.normpath(p)))
print(os.path.isabs("/x"), os.path.isabs("x"), os.path.isabs(""))
print(os.path.relpath("/a/b/c", "/a"), os.path.relpath("/a", "/a/b/c"), os.path.relpath("/a/b", "/a/b"), os.path.relpath("/x/y", "/a/b"))
print(os.path.abspath("x/../y") == os.path.join(os.getcwd(), "y"))
print(os.path.abspath("/a/b/../c"))
print(os.path.expanduser("~/data") == os.path.join(os.environ["HOME"], "data"), os.path.expanduser("plain/~"))
print(os.sep, os.curdir, os.pardir, os.linesep == "\n", os.name, os.path.sep)
print(os.path is os.path, os.fspath("p"))


class Place:
    def __fspath__(self):
        return "some/where.txt"


print(os.fspath(Place()), join(Place(), "x"), splitext(Place()))
try:
    join("a", 3)
except TypeError as e:
    print(e)
