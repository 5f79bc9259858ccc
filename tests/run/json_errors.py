# json's errors: JSONDecodeError messages and positions, and encoding errors.
import json
for s in ['', '[1,]', '{"a" 1}', '[1 2]', '{"a":1,}', '{1:2}', '"abc', '"a\\x"', '"\\u12"', '[1] x', 'nul', '-', '"a\nb"', '{"a":1 "b"}', '  \n [\n 1,\n ]']:
    try:
        json.loads(s)
    except json.JSONDecodeError as e:
        print(repr(s), "->", e, "|", e.msg, e.pos, e.lineno, e.colno)
try:
    json.dumps(float("nan"), allow_nan=False)
except ValueError as e:
    print(e)
try:
    json.dumps({(1,2): 3})
except TypeError as e:
    print(e)
try:
    json.dumps(object())
except TypeError as e:
    print(e)
l = []; l.append(l)
try:
    json.dumps(l)
except ValueError as e:
    print(e)
print(type(json.JSONDecodeError("m", "d", 0)).__module__)
