"""Command-line parsing (krait's implementation of the standard `argparse`): positional and
optional arguments, `type`, `default`, `choices`, `nargs`, the actions, `required`,
subparsers, argument groups and mutually exclusive groups, and help, usage and errors in
CPython's format."""

import os
import sys

__all__ = [
    "ArgumentParser", "ArgumentError", "ArgumentTypeError", "FileType", "HelpFormatter", "Namespace", "Action",
    "ONE_OR_MORE", "OPTIONAL", "PARSER", "REMAINDER", "SUPPRESS", "ZERO_OR_MORE", "BooleanOptionalAction",
    "RawDescriptionHelpFormatter", "RawTextHelpFormatter", "ArgumentDefaultsHelpFormatter",
]

SUPPRESS = "==SUPPRESS=="
OPTIONAL = "?"
ZERO_OR_MORE = "*"
ONE_OR_MORE = "+"
PARSER = "A..."
REMAINDER = "..."


class Namespace:
    """The parsed arguments, as attributes."""

    def __init__(self, **kwargs):
        for name in kwargs:
            setattr(self, name, kwargs[name])

    def __repr__(self):
        parts = []
        star = {}
        for name, value in vars(self).items():
            if name.isidentifier():
                parts.append("%s=%r" % (name, value))
            else:
                star[name] = value
        if star:
            parts.append("**%s" % repr(star))
        return "%s(%s)" % (type(self).__name__, ", ".join(parts))

    def __eq__(self, other):
        if not isinstance(other, Namespace):
            return NotImplemented
        return vars(self) == vars(other)

    def __contains__(self, key):
        return key in self.__dict__


class ArgumentError(Exception):
    """An error from an argument (its name leads the message)."""

    def __init__(self, argument, message):
        self.argument_name = _argument_name(argument)
        self.message = message

    def __str__(self):
        if self.argument_name is None:
            return self.message
        return "argument %s: %s" % (self.argument_name, self.message)


class ArgumentTypeError(Exception):
    """Raised by a `type` function to give its own message."""


def _argument_name(action):
    if action is None:
        return None
    if action.option_strings:
        return "/".join(action.option_strings)
    if action.metavar not in (None, SUPPRESS):
        return action.metavar
    if action.dest not in (None, SUPPRESS):
        return action.dest
    return None


class Action:
    """What an argument does when it is seen."""

    def __init__(self, option_strings, dest, nargs=None, const=None, default=None, type=None, choices=None,
                 required=False, help=None, metavar=None):
        self.option_strings = option_strings
        self.dest = dest
        self.nargs = nargs
        self.const = const
        self.default = default
        self.type = type
        self.choices = choices
        self.required = required
        self.help = help
        self.metavar = metavar
        self.container = None

    def __repr__(self):
        names = ["option_strings", "dest", "nargs", "const", "default", "type", "choices", "required", "help",
                 "metavar"]
        return "%s(%s)" % (type(self).__name__, ", ".join("%s=%r" % (n, getattr(self, n)) for n in names))

    def format_usage(self):
        return self.option_strings[0]

    def __call__(self, parser, namespace, values, option_string=None):
        raise NotImplementedError(".__call__() not defined")


class _StoreAction(Action):
    def __init__(self, option_strings, dest, nargs=None, const=None, default=None, type=None, choices=None,
                 required=False, help=None, metavar=None):
        if nargs == 0:
            raise ValueError("nargs for store actions must be != 0; if you have nothing to store, actions such as "
                             "store true or store const may be more appropriate")
        if const is not None and nargs != OPTIONAL:
            raise ValueError("nargs must be %r to supply const" % OPTIONAL)
        super().__init__(option_strings, dest, nargs, const, default, type, choices, required, help, metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, values)


class _StoreConstAction(Action):
    def __init__(self, option_strings, dest, const=None, default=None, required=False, help=None, metavar=None):
        super().__init__(option_strings, dest, 0, const, default, None, None, required, help)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, self.const)


class _StoreTrueAction(_StoreConstAction):
    def __init__(self, option_strings, dest, default=False, required=False, help=None):
        super().__init__(option_strings, dest, True, default, required, help)


class _StoreFalseAction(_StoreConstAction):
    def __init__(self, option_strings, dest, default=True, required=False, help=None):
        super().__init__(option_strings, dest, False, default, required, help)


class _AppendAction(Action):
    def __init__(self, option_strings, dest, nargs=None, const=None, default=None, type=None, choices=None,
                 required=False, help=None, metavar=None):
        if nargs == 0:
            raise ValueError("nargs for append actions must be != 0; if arg strings are not supplying the value to "
                             "append, the append const action may be more appropriate")
        super().__init__(option_strings, dest, nargs, const, default, type, choices, required, help, metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        items = getattr(namespace, self.dest, None)
        items = [] if items is None else list(items)
        items.append(values)
        setattr(namespace, self.dest, items)


class _AppendConstAction(Action):
    def __init__(self, option_strings, dest, const=None, default=None, required=False, help=None, metavar=None):
        super().__init__(option_strings, dest, 0, const, default, None, None, required, help, metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        items = getattr(namespace, self.dest, None)
        items = [] if items is None else list(items)
        items.append(self.const)
        setattr(namespace, self.dest, items)


class _CountAction(Action):
    def __init__(self, option_strings, dest, default=None, required=False, help=None):
        super().__init__(option_strings, dest, 0, None, default, None, None, required, help)

    def __call__(self, parser, namespace, values, option_string=None):
        count = getattr(namespace, self.dest, None)
        if count is None:
            count = 0
        setattr(namespace, self.dest, count + 1)


class _HelpAction(Action):
    def __init__(self, option_strings, dest=SUPPRESS, default=SUPPRESS, help=None):
        super().__init__(option_strings, dest, 0, None, default, None, None, False, help)

    def __call__(self, parser, namespace, values, option_string=None):
        parser.print_help()
        parser.exit()


class _VersionAction(Action):
    def __init__(self, option_strings, version=None, dest=SUPPRESS, default=SUPPRESS,
                 help="show program's version number and exit"):
        super().__init__(option_strings, dest, 0, None, default, None, None, False, help)
        self.version = version

    def __call__(self, parser, namespace, values, option_string=None):
        formatter = parser._get_formatter()
        text = self.version % {"prog": parser.prog} if self.version else ""
        sys.stdout.write(formatter._fill(text, formatter._width, "") + "\n")
        parser.exit()


class BooleanOptionalAction(Action):
    def __init__(self, option_strings, dest, default=None, type=None, choices=None, required=False, help=None,
                 metavar=None):
        strings = []
        for option_string in option_strings:
            strings.append(option_string)
            if option_string.startswith("--"):
                strings.append("--no-" + option_string[2:])
        super().__init__(strings, dest, 0, None, default, type, choices, required, help, metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        if option_string in self.option_strings:
            setattr(namespace, self.dest, not option_string.startswith("--no-"))

    def format_usage(self):
        return " | ".join(self.option_strings)


class _SubParsersAction(Action):
    class _ChoicesPseudoAction(Action):
        def __init__(self, name, aliases, help):
            metavar = dest = name
            if aliases:
                metavar += " (%s)" % ", ".join(aliases)
            super().__init__([], dest, help=help, metavar=metavar)

    def __init__(self, option_strings, prog, parser_class, dest=SUPPRESS, required=False, help=None, metavar=None):
        self._prog_prefix = prog
        self._parser_class = parser_class
        self._name_parser_map = {}
        self._choices_actions = []
        super().__init__(option_strings, dest, PARSER, None, None, None, self._name_parser_map, required, help,
                         metavar)

    def add_parser(self, name, **kwargs):
        if kwargs.get("prog") is None:
            kwargs["prog"] = "%s %s" % (self._prog_prefix, name)
        aliases = kwargs.pop("aliases", ())
        if "help" in kwargs:
            help = kwargs.pop("help")
            self._choices_actions.append(self._ChoicesPseudoAction(name, aliases, help))
        parser = self._parser_class(**kwargs)
        self._name_parser_map[name] = parser
        for alias in aliases:
            self._name_parser_map[alias] = parser
        return parser

    def _get_subactions(self):
        return self._choices_actions

    def __call__(self, parser, namespace, values, option_string=None):
        name = values[0]
        if self.dest is not SUPPRESS:
            setattr(namespace, self.dest, name)
        try:
            sub = self._name_parser_map[name]
        except KeyError:
            choices = ", ".join(repr(c) for c in self._name_parser_map)
            raise ArgumentError(self, "invalid choice: %r (choose from %s)" % (name, choices))
        subnamespace, extras = sub.parse_known_args(values[1:], None)
        for key, value in vars(subnamespace).items():
            setattr(namespace, key, value)
        if extras:
            namespace.__dict__.setdefault("_UNRECOGNIZED_ARGS_ATTR", [])
            namespace._UNRECOGNIZED_ARGS_ATTR.extend(extras)


_ACTIONS = {
    None: _StoreAction, "store": _StoreAction, "store_const": _StoreConstAction, "store_true": _StoreTrueAction,
    "store_false": _StoreFalseAction, "append": _AppendAction, "append_const": _AppendConstAction,
    "count": _CountAction, "help": _HelpAction, "version": _VersionAction, "parsers": _SubParsersAction,
}


class FileType:
    def __init__(self, mode="r", bufsize=-1, encoding=None, errors=None):
        self._mode = mode
        self._encoding = encoding
        self._errors = errors

    def __call__(self, string):
        if string == "-":
            if "r" in self._mode:
                return sys.stdin
            return sys.stdout
        try:
            return open(string, self._mode, encoding=self._encoding, errors=self._errors)
        except OSError as e:
            raise ArgumentTypeError("can't open '%s': %s" % (string, e))


# ---- help formatting ----


class HelpFormatter:
    """Lays out usage and help text to the terminal's width."""

    def __init__(self, prog, indent_increment=2, max_help_position=24, width=None):
        if width is None:
            try:
                width = int(os.environ["COLUMNS"])
            except (KeyError, ValueError):
                width = 80
            width -= 2
        self._prog = prog
        self._width = width
        self._max_help_position = min(max_help_position, max(width - 20, indent_increment * 2))
        self._indent_increment = indent_increment

    def _fill(self, text, width, indent):
        return "\n".join(indent + line for line in self._wrap(text, width - len(indent)))

    def _wrap(self, text, width):
        words = " ".join(text.split()).split(" ")
        lines = []
        line = ""
        for word in words:
            if not word:
                continue
            if line and len(line) + 1 + len(word) > width:
                lines.append(line)
                line = word
            else:
                line = line + " " + word if line else word
        if line:
            lines.append(line)
        return lines

    def _metavar(self, action, default):
        if action.metavar is not None:
            result = action.metavar
        elif action.choices is not None:
            result = "{%s}" % ",".join(str(c) for c in action.choices)
        else:
            result = default

        def format(size):
            if isinstance(result, tuple):
                return result
            return (result,) * size

        return format

    def _format_args(self, action, default_metavar):
        get = self._metavar(action, default_metavar)
        if action.nargs is None:
            return "%s" % get(1)
        if action.nargs == OPTIONAL:
            return "[%s]" % get(1)
        if action.nargs == ZERO_OR_MORE:
            metavar = get(1)
            if len(metavar) == 2:
                return "[%s [%s ...]]" % metavar
            return "[%s ...]" % metavar
        if action.nargs == ONE_OR_MORE:
            return "%s [%s ...]" % get(2)
        if action.nargs == REMAINDER:
            return "..."
        if action.nargs == PARSER:
            return "%s ..." % get(1)
        if action.nargs == SUPPRESS:
            return ""
        return " ".join(get(action.nargs))

    def _invocation(self, action):
        if not action.option_strings:
            return " ".join(self._metavar(action, action.dest)(1))
        if action.nargs == 0:
            return ", ".join(action.option_strings)
        args = self._format_args(action, action.dest.upper())
        return ", ".join("%s %s" % (s, args) for s in action.option_strings)

    def _usage_part(self, action):
        if not action.option_strings:
            return self._format_args(action, action.dest)
        if action.nargs == 0:
            part = action.format_usage()
        else:
            part = "%s %s" % (action.option_strings[0], self._format_args(action, action.dest.upper()))
        return part

    def format_usage(self, parser, prefix="usage: "):
        if parser.usage is not None:
            return prefix + parser.usage % {"prog": self._prog}
        optionals = [a for a in parser._actions if a.option_strings and a.help != SUPPRESS]
        positionals = [a for a in parser._actions if not a.option_strings and a.help != SUPPRESS]
        opt_parts = []
        seen = set()
        for action in optionals:
            if id(action) in seen:
                continue
            group = parser._group_of(action)
            if group is not None:
                members = [a for a in group._group_actions if a.help != SUPPRESS]
                for a in members:
                    seen.add(id(a))
                text = " | ".join(self._usage_part(a) for a in members)
                opt_parts.append(("(%s)" if group.required else "[%s]") % text)
                continue
            part = self._usage_part(action)
            opt_parts.append(part if action.required else "[%s]" % part)
        pos_parts = []
        for action in positionals:
            part = self._usage_part(action)
            if part:
                pos_parts.append(part)
        prog = self._prog
        text_width = self._width
        usage = " ".join([prog] + opt_parts + pos_parts)
        if len(prefix) + len(usage) <= text_width:
            return prefix + usage

        def get_lines(parts, indent, first_prefix=None):
            lines = []
            line = []
            line_len = len(first_prefix) - 1 if first_prefix is not None else len(indent) - 1
            for part in parts:
                if line_len + 1 + len(part) > text_width and line:
                    lines.append(indent + " ".join(line))
                    line = []
                    line_len = len(indent) - 1
                line.append(part)
                line_len += len(part) + 1
            if line:
                lines.append(indent + " ".join(line))
            if first_prefix is not None:
                lines[0] = lines[0][len(indent):]
            return lines

        if len(prefix) + len(prog) <= 0.75 * text_width:
            indent = " " * (len(prefix) + len(prog) + 1)
            if opt_parts:
                lines = get_lines([prog] + opt_parts, indent, prefix)
                lines.extend(get_lines(pos_parts, indent))
            elif pos_parts:
                lines = get_lines([prog] + pos_parts, indent, prefix)
            else:
                lines = [prog]
        else:
            indent = " " * len(prefix)
            parts = opt_parts + pos_parts
            lines = get_lines(parts, indent)
            if len(lines) > 1:
                lines = []
                lines.extend(get_lines(opt_parts, indent))
                lines.extend(get_lines(pos_parts, indent))
            lines = [prog] + lines
        return prefix + "\n".join(lines)

    def _expand_help(self, action):
        params = dict(vars(action), prog=self._prog)
        for name in list(params):
            if params[name] is SUPPRESS:
                del params[name]
        for name in list(params):
            if hasattr(params[name], "__name__"):
                params[name] = params[name].__name__
        if params.get("choices") is not None:
            params["choices"] = ", ".join([str(c) for c in params["choices"]])
        return action.help % params

    def _action_lines(self, action, indent, help_position, out):
        help_width = max(self._width - help_position, 11)
        action_width = help_position - indent - 2
        header = self._invocation(action)
        if not action.help:
            out.append(" " * indent + header + "\n")
        else:
            help_lines = self._wrap(self._expand_help(action), help_width)
            if len(header) <= action_width:
                out.append(" " * indent + header.ljust(action_width) + "  " + (help_lines[0] if help_lines else "") + "\n")
                rest = help_lines[1:]
            else:
                out.append(" " * indent + header + "\n")
                rest = help_lines
            for line in rest:
                out.append(" " * help_position + line + "\n")
        if isinstance(action, _SubParsersAction):
            for sub in action._get_subactions():
                self._action_lines(sub, indent + self._indent_increment, help_position, out)

    def _max_invocation(self, action, indent):
        n = len(self._invocation(action)) + indent
        if isinstance(action, _SubParsersAction):
            for sub in action._get_subactions():
                n = max(n, self._max_invocation(sub, indent + self._indent_increment))
        return n

    def format_help(self, parser):
        parts = [self.format_usage(parser) + "\n"]
        if parser.description:
            parts.append("\n" + self._fill(parser.description, self._width, "") + "\n")
        sections = []
        for group in parser._action_groups:
            actions = [a for a in group._group_actions if a.help != SUPPRESS]
            if actions or group.description:
                sections.append((group, actions))
        longest = 0
        for group, actions in sections:
            for a in actions:
                longest = max(longest, self._max_invocation(a, self._indent_increment))
        help_position = min(longest + 2, self._max_help_position)
        for group, actions in sections:
            parts.append("\n%s:\n" % group.title)
            if group.description:
                parts.append(self._fill(group.description, self._width, "  ") + "\n\n")
            lines = []
            for a in actions:
                self._action_lines(a, self._indent_increment, help_position, lines)
            parts.append("".join(lines))
        if parser.epilog:
            parts.append("\n" + self._fill(parser.epilog, self._width, "") + "\n")
        return "".join(parts)


class RawDescriptionHelpFormatter(HelpFormatter):
    def _fill(self, text, width, indent):
        return "".join(indent + line for line in text.splitlines(keepends=True)).rstrip("\n")


class RawTextHelpFormatter(RawDescriptionHelpFormatter):
    def _wrap(self, text, width):
        return text.splitlines()


class ArgumentDefaultsHelpFormatter(HelpFormatter):
    def _expand_help(self, action):
        text = HelpFormatter._expand_help(self, action)
        if "%(default)" not in action.help and action.default is not SUPPRESS:
            if action.option_strings or action.nargs in (OPTIONAL, ZERO_OR_MORE):
                text += " (default: %s)" % (action.default,)
        return text


# ---- the parser ----


class _ArgumentGroup:
    def __init__(self, container, title=None, description=None):
        self._container = container
        self.title = title
        self.description = description
        self._group_actions = []

    def add_argument(self, *args, **kwargs):
        action = self._container.add_argument(*args, **kwargs)
        self._container._move_to(action, self)
        return action

    def add_mutually_exclusive_group(self, required=False):
        return self._container.add_mutually_exclusive_group(required=required, _section=self)


class _MutuallyExclusiveGroup:
    def __init__(self, container, required=False, section=None):
        self._container = container
        self.required = required
        self._group_actions = []
        self._section = section

    def add_argument(self, *args, **kwargs):
        if kwargs.get("required"):
            raise ValueError("mutually exclusive arguments must be optional")
        action = self._container.add_argument(*args, **kwargs)
        if self._section is not None:
            self._container._move_to(action, self._section)
        self._group_actions.append(action)
        return action


class ArgumentParser:
    """Parses command-line arguments into a `Namespace`."""

    def __init__(self, prog=None, usage=None, description=None, epilog=None, parents=(),
                 formatter_class=HelpFormatter, prefix_chars="-", fromfile_prefix_chars=None, argument_default=None,
                 conflict_handler="error", add_help=True, allow_abbrev=True, exit_on_error=True):
        if prog is None:
            prog = os.path.basename(sys.argv[0]) if sys.argv and sys.argv[0] else "python"
        self.prog = prog
        self.usage = usage
        self.description = description
        self.epilog = epilog
        self.formatter_class = formatter_class
        self.prefix_chars = prefix_chars
        self.argument_default = argument_default
        self.add_help = add_help
        self.allow_abbrev = allow_abbrev
        self.exit_on_error = exit_on_error
        self._actions = []
        self._option_map = {}
        self._defaults = {}
        self._positionals = _ArgumentGroup(self, "positional arguments")
        self._optionals = _ArgumentGroup(self, "options")
        self._action_groups = [self._positionals, self._optionals]
        self._mutex_groups = []
        self._subparsers = None
        if add_help:
            self.add_argument("-h", "--help", action="help", default=SUPPRESS, help="show this help message and exit")
        for parent in parents:
            for action in parent._actions:
                if not isinstance(action, _HelpAction):
                    self._add_action(action)
            self._defaults.update(parent._defaults)

    # -- building --

    def add_argument(self, *args, **kwargs):
        """Defines one argument: positional by name, optional by its option strings."""
        chars = self.prefix_chars
        if not args or len(args) == 1 and args[0] and args[0][0] not in chars:
            if args and "dest" in kwargs:
                raise ValueError("dest supplied twice for positional argument")
            dest = args[0] if args else kwargs.pop("dest")
            kwargs["dest"] = dest
            option_strings = []
            if kwargs.get("nargs") not in (OPTIONAL, ZERO_OR_MORE, REMAINDER, SUPPRESS, 0):
                kwargs["required"] = True
            if kwargs.get("nargs") == ZERO_OR_MORE and "default" not in kwargs:
                kwargs["required"] = True
        else:
            option_strings = []
            long_option = None
            for s in args:
                if not s or s[0] not in chars:
                    raise ValueError(
                        "invalid option string %r: must start with a character %r" % (s, chars))
                option_strings.append(s)
                if len(s) > 1 and s[1] in chars and long_option is None:
                    long_option = s
            dest = kwargs.pop("dest", None)
            if dest is None:
                first = long_option if long_option is not None else option_strings[0]
                dest = first.lstrip(chars).replace("-", "_")
            kwargs["dest"] = dest
        if "default" not in kwargs:
            if kwargs["dest"] in self._defaults:
                kwargs["default"] = self._defaults[kwargs["dest"]]
            elif self.argument_default is not None:
                kwargs["default"] = self.argument_default
        action_name = kwargs.pop("action", None)
        if isinstance(action_name, type):
            action_class = action_name
        elif action_name in _ACTIONS:
            action_class = _ACTIONS[action_name]
        else:
            raise ValueError("unknown action %r" % (action_name,))
        type_func = kwargs.get("type")
        if type_func is not None and not callable(type_func):
            raise ValueError("%r is not callable" % (type_func,))
        action = action_class(option_strings, **kwargs)
        return self._add_action(action)

    def _add_action(self, action):
        for s in action.option_strings:
            if s in self._option_map:
                raise ArgumentError(action, "conflicting option string: %s" % s)
        for s in action.option_strings:
            self._option_map[s] = action
        self._actions.append(action)
        (self._optionals if action.option_strings else self._positionals)._group_actions.append(action)
        return action

    def _move_to(self, action, group):
        for g in self._action_groups:
            if action in g._group_actions:
                g._group_actions.remove(action)
        group._group_actions.append(action)

    def add_argument_group(self, title=None, description=None):
        group = _ArgumentGroup(self, title, description)
        self._action_groups.append(group)
        return group

    def add_mutually_exclusive_group(self, required=False, _section=None):
        group = _MutuallyExclusiveGroup(self, required, _section)
        self._mutex_groups.append(group)
        return group

    def _group_of(self, action):
        for g in self._mutex_groups:
            if action in g._group_actions:
                return g
        return None

    def add_subparsers(self, title=None, description=None, prog=None, parser_class=None, action=None,
                       dest=SUPPRESS, required=False, help=None, metavar=None):
        if self._subparsers is not None:
            self.error("cannot have multiple subparser arguments")
        if prog is None:
            formatter = self._get_formatter()
            positionals = [a for a in self._actions if not a.option_strings]
            parts = [self.prog] + [formatter._usage_part(a) for a in positionals]
            prog = " ".join(p for p in parts if p)
        action = _SubParsersAction([], prog, parser_class or type(self), dest=dest, required=required, help=help,
                                   metavar=metavar)
        if title or description:
            group = self.add_argument_group(title or "subcommands", description)
            self._actions.append(action)
            group._group_actions.append(action)
        else:
            self._actions.append(action)
            self._positionals._group_actions.append(action)
        self._subparsers = action
        return action

    def set_defaults(self, **kwargs):
        self._defaults.update(kwargs)
        for action in self._actions:
            if action.dest in kwargs:
                action.default = kwargs[action.dest]

    def get_default(self, dest):
        for action in self._actions:
            if action.dest == dest and action.default is not None:
                return action.default
        return self._defaults.get(dest, None)

    # -- parsing --

    def parse_args(self, args=None, namespace=None):
        """The arguments (`sys.argv[1:]` by default) parsed; exits with status 2 on errors."""
        args, argv = self.parse_known_args(args, namespace)
        if argv:
            self.error("unrecognized arguments: %s" % " ".join(argv))
        return args

    def parse_known_args(self, args=None, namespace=None):
        """`(namespace, arguments it did not know)`."""
        if args is None:
            args = sys.argv[1:]
        else:
            args = list(args)
        if namespace is None:
            namespace = Namespace()
        for action in self._actions:
            if action.dest is not SUPPRESS and not hasattr(namespace, action.dest):
                if action.default is not SUPPRESS:
                    setattr(namespace, action.dest, action.default)
        for dest in self._defaults:
            if not hasattr(namespace, dest):
                setattr(namespace, dest, self._defaults[dest])
        if self.exit_on_error:
            try:
                namespace, args = self._parse(args, namespace)
            except ArgumentError as err:
                self.error(str(err))
        else:
            namespace, args = self._parse(args, namespace)
        if hasattr(namespace, "_UNRECOGNIZED_ARGS_ATTR"):
            args.extend(getattr(namespace, "_UNRECOGNIZED_ARGS_ATTR"))
            delattr(namespace, "_UNRECOGNIZED_ARGS_ATTR")
        return namespace, args

    def _is_option(self, s):
        if not s or s[0] not in self.prefix_chars or s == "-":
            return False
        if s in self._option_map:
            return True
        if len(s) == 1:
            return False
        if "=" in s and s.split("=", 1)[0] in self._option_map:
            return True
        # A negative number is an argument unless the parser has options like one.
        if s[1:].replace(".", "", 1).isdigit() and not any(o[1:].replace(".", "", 1).isdigit() for o in self._option_map):
            return False
        if " " in s:
            return False
        return True

    def _match_option(self, s, args):
        """`(action, option string, explicit value)` for an option argument, or None."""
        if s in self._option_map:
            return self._option_map[s], s, None
        if "=" in s:
            name, value = s.split("=", 1)
            if name in self._option_map:
                return self._option_map[name], name, value
        if self.allow_abbrev and s.startswith("--"):
            name, value = (s.split("=", 1) + [None])[:2] if "=" in s else (s, None)
            matches = [o for o in self._option_map if o.startswith(name)]
            if len(matches) > 1:
                options = ", ".join(matches)
                # CPython 3.12.7 names the command line's last argument here.
                self.error("ambiguous option: %s could match %s" % (args[-1], options))
            if len(matches) == 1:
                return self._option_map[matches[0]], matches[0], value
        if len(s) > 2 and s[1] not in self.prefix_chars:
            short = s[:2]
            if short in self._option_map:
                return self._option_map[short], short, s[2:]
        return None

    def _parse(self, args, namespace):
        extras = []
        positionals = []
        seen = []
        seen_non_default = set()
        mutex_seen = {}

        def take(action, values, option_string):
            seen.append(action)
            if values is not action.default:
                seen_non_default.add(id(action))
            group = self._group_of(action)
            if group is not None:
                other = mutex_seen.get(id(group))
                if other is not None and other is not action:
                    raise ArgumentError(action, "not allowed with argument %s" % _argument_name(other))
                mutex_seen[id(group)] = action
            action(self, namespace, values, option_string)

        i = 0
        n = len(args)
        only_positionals = False
        sub_index = None
        while i < n:
            s = args[i]
            if not only_positionals and s == "--":
                only_positionals = True
                i += 1
                continue
            if only_positionals or not self._is_option(s):
                if self._subparsers is not None and sub_index is None:
                    before = [a for a in self._actions if not a.option_strings]
                    index = before.index(self._subparsers)
                    if self._count_fits(before[:index], positionals):
                        sub_index = len(positionals)
                        positionals.append(s)
                        positionals.extend(args[i + 1:])
                        break
                positionals.append(s)
                i += 1
                continue
            found = self._match_option(s, args)
            if found is None:
                extras.append(s)
                i += 1
                continue
            action, option_string, explicit = found
            i += 1
            if explicit is not None:
                if action.nargs == 0:
                    # `-abc`: flags run together.
                    if len(option_string) == 2 and option_string[0] != option_string[1:2]:
                        take(action, action.const, option_string)
                        rest = explicit
                        while rest:
                            flag = self.prefix_chars[0] + rest[0]
                            if flag not in self._option_map:
                                raise ArgumentError(action, "ignored explicit argument %r" % rest)
                            nxt = self._option_map[flag]
                            if nxt.nargs == 0:
                                take(nxt, nxt.const, flag)
                                rest = rest[1:]
                            else:
                                value = rest[1:] if rest[1:] else None
                                if value is None:
                                    values = self._consume(nxt, args, i)
                                    i += len(values)
                                    take(nxt, self._get_values(nxt, values), flag)
                                else:
                                    take(nxt, self._get_values(nxt, [value]), flag)
                                rest = ""
                        continue
                    raise ArgumentError(action, "ignored explicit argument %r" % explicit)
                take(action, self._get_values(action, [explicit]), option_string)
                continue
            values = self._consume(action, args, i)
            i += len(values)
            take(action, self._get_values(action, values), option_string)
        # Positionals.
        pos_actions = [a for a in self._actions if not a.option_strings]
        counts = self._allocate(pos_actions, positionals, sub_index)
        k = 0
        missing = []
        for action, count in zip(pos_actions, counts):
            if count is None:
                missing.append(action)
                continue
            chunk = positionals[k:k + count]
            k += count
            if action.nargs == PARSER:
                take(action, chunk, None)
                continue
            if not chunk and action.nargs in (OPTIONAL, ZERO_OR_MORE):
                value = self._get_values(action, chunk)
                if action.default is not None or action.nargs == ZERO_OR_MORE:
                    seen.append(action)
                    setattr(namespace, action.dest, value)
                    continue
            take(action, self._get_values(action, chunk), None)
        extras.extend(positionals[k:])
        required = [a for a in self._actions if a.required and a not in seen]
        required = [a for a in required if a not in missing] + missing
        if required:
            names = [_argument_name(a) for a in self._actions if a in required]
            self.error("the following arguments are required: %s" % ", ".join(names))
        for group in self._mutex_groups:
            if group.required and id(group) not in mutex_seen:
                names = [_argument_name(a) for a in group._group_actions if a.help != SUPPRESS]
                self.error("one of the arguments %s is required" % " ".join(names))
        # String defaults of options not given go through `type`.
        for action in self._actions:
            if action not in seen and action.dest is not SUPPRESS and isinstance(action.default, str):
                if getattr(namespace, action.dest, None) is action.default:
                    setattr(namespace, action.dest, self._get_value(action, action.default))
        return namespace, extras

    def _count_fits(self, actions, strings):
        counts = self._allocate(actions, strings, None)
        return all(c is not None for c in counts) and sum(counts) == len(strings)

    def _allocate(self, actions, strings, sub_index):
        """How many of `strings` each positional action takes (None: it is missing)."""
        n = len(strings)
        result = [None] * len(actions)

        def ranges(action):
            nargs = action.nargs
            if nargs is None:
                return 1, 1
            if nargs == OPTIONAL:
                return 0, 1
            if nargs == ZERO_OR_MORE:
                return 0, n
            if nargs == ONE_OR_MORE:
                return 1, n
            if nargs in (PARSER, REMAINDER):
                return (1 if nargs == PARSER else 0), n
            return nargs, nargs

        def solve(k, start):
            if k == len(actions):
                return True
            lo, hi = ranges(actions[k])
            hi = min(hi, n - start)
            for count in range(hi, lo - 1, -1):
                result[k] = count
                if solve(k + 1, start + count):
                    return True
            result[k] = None
            return False

        if solve(0, 0):
            return result
        # Give each action what it can, in order; the rest are missing.
        start = 0
        for k, action in enumerate(actions):
            lo, hi = ranges(action)
            avail = n - start
            if avail >= lo:
                take = min(hi, avail) if action.nargs not in (ZERO_OR_MORE, ONE_OR_MORE) else avail
                result[k] = take
                start += take
            else:
                result[k] = None
                for j in range(k + 1, len(actions)):
                    result[j] = None
                break
        return result

    def _consume(self, action, args, i):
        """The argument strings an option takes from `args[i:]`."""
        nargs = action.nargs
        following = []
        j = i
        while j < len(args) and args[j] != "--" and not self._is_option(args[j]):
            following.append(args[j])
            j += 1
        if nargs == 0:
            return []
        if nargs is None:
            if not following:
                raise ArgumentError(action, "expected one argument")
            return following[:1]
        if nargs == OPTIONAL:
            return following[:1]
        if nargs == ZERO_OR_MORE:
            return following
        if nargs == ONE_OR_MORE:
            if not following:
                raise ArgumentError(action, "expected at least one argument")
            return following
        if nargs == REMAINDER:
            return args[i:]
        if len(following) < nargs:
            raise ArgumentError(action, "expected %s argument%s" % (nargs, "" if nargs == 1 else "s"))
        return following[:nargs]

    def _get_values(self, action, strings):
        if action.nargs == 0:
            return action.const
        if action.nargs == OPTIONAL:
            if not strings:
                if action.option_strings:
                    return action.const
                value = action.default
                if isinstance(value, str):
                    value = self._get_value(action, value)
                    self._check_value(action, value)
                return value
            value = self._get_value(action, strings[0])
            self._check_value(action, value)
            return value
        if action.nargs in (PARSER, REMAINDER):
            if action.nargs == PARSER:
                self._check_value(action, strings[0])
            return list(strings)
        if action.nargs is None:
            value = self._get_value(action, strings[0])
            self._check_value(action, value)
            return value
        if action.nargs == ZERO_OR_MORE and not strings and not action.option_strings:
            value = action.default if action.default is not None else []
            return value
        values = [self._get_value(action, s) for s in strings]
        for v in values:
            self._check_value(action, v)
        return values

    def _get_value(self, action, string):
        type_func = action.type
        if type_func is None:
            return string
        try:
            return type_func(string)
        except ArgumentTypeError as err:
            raise ArgumentError(action, str(err))
        except (TypeError, ValueError):
            name = getattr(type_func, "__name__", repr(type_func))
            raise ArgumentError(action, "invalid %s value: %r" % (name, string))

    def _check_value(self, action, value):
        if action.choices is not None and value not in action.choices:
            choices = ", ".join(map(repr, action.choices))
            raise ArgumentError(action, "invalid choice: %r (choose from %s)" % (value, choices))

    # -- output --

    def _get_formatter(self):
        return self.formatter_class(prog=self.prog)

    def format_usage(self):
        return self._get_formatter().format_usage(self) + "\n"

    def format_help(self):
        return self._get_formatter().format_help(self)

    def print_usage(self, file=None):
        if file is None:
            file = sys.stdout
        file.write(self.format_usage())

    def print_help(self, file=None):
        if file is None:
            file = sys.stdout
        file.write(self.format_help())

    def exit(self, status=0, message=None):
        if message:
            sys.stderr.write(message)
        sys.exit(status)

    def error(self, message):
        """Prints the usage and `prog: error: message` to stderr, and exits with status 2."""
        self.print_usage(sys.stderr)
        self.exit(2, "%s: error: %s\n" % (self.prog, message))
