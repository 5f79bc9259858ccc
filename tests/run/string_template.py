# string.Template: $name, ${name}, $$, substitute with a mapping and/or keywords,
# safe_substitute, get_identifiers, is_valid, and CPython's errors.
from string import Template
import string

t = Template("Hello $name, you owe $$${amount} (${name}!)")
print(t.substitute(name="Ada", amount=10))
print(t.substitute({"name": "Alan", "amount": 2.5}))
print(t.substitute({"name": "Grace", "amount": 1}, amount=99))
print(t.safe_substitute(name="Ken"))
print(t.safe_substitute())
print(t.template, Template.delimiter)
print(t.get_identifiers(), t.is_valid())
print(Template("$a$b ${c}d $a").get_identifiers())
print(Template("price: 5$").safe_substitute(), Template("x $ y").is_valid())
print(Template("$who likes $what").substitute(who="tim", what=["kung", "pao"]))
print(string.Template("${x}y${z}").substitute(x=1, z=(2, 3)))
print(Template("ünïcode $näme $name").safe_substitute(name="ok"))

for template, kwargs in [("$missing", {}), ("Bad $ here", {"x": 1}), ("line one\nline $2 two", {}),
                         ("a\r\nb\n${", {}), ("${9}", {}), ("$", {})]:
    try:
        print(Template(template).substitute(**kwargs))
    except (KeyError, ValueError) as e:
        print(type(e).__name__, e)
try:
    t.substitute({}, {}, x=1)
except TypeError as e:
    print(e)


class Letter(Template):
    pass


print(Letter("Dear $name").substitute(name="Barbara"), isinstance(Letter("x"), Template))
