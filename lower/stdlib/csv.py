"""CSV files (krait's implementation of the standard `csv`): `reader`, `writer`, `DictReader`,
`DictWriter`, dialects and quoting, with CPython's parsing rules and errors."""

__all__ = [
    "QUOTE_MINIMAL", "QUOTE_ALL", "QUOTE_NONNUMERIC", "QUOTE_NONE", "QUOTE_STRINGS", "QUOTE_NOTNULL", "Error",
    "Dialect", "excel", "excel_tab", "unix_dialect", "reader", "writer", "register_dialect", "get_dialect",
    "list_dialects", "unregister_dialect", "field_size_limit", "DictReader", "DictWriter",
]

QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE, QUOTE_STRINGS, QUOTE_NOTNULL = range(6)

_field_limit = 128 * 1024


class Error(Exception):
    __module__ = "_csv"


class Dialect:
    """The format parameters of a CSV file."""

    _name = ""
    delimiter = None
    quotechar = None
    escapechar = None
    doublequote = None
    skipinitialspace = None
    lineterminator = None
    quoting = None
    strict = False


class excel(Dialect):
    delimiter = ","
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = "\r\n"
    quoting = QUOTE_MINIMAL


class excel_tab(excel):
    delimiter = "\t"


class unix_dialect(Dialect):
    delimiter = ","
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = "\n"
    quoting = QUOTE_ALL


_dialects = {"excel": excel, "excel-tab": excel_tab, "unix": unix_dialect}

_PARAMS = ("delimiter", "quotechar", "escapechar", "doublequote", "skipinitialspace", "lineterminator", "quoting",
           "strict")


class _Format:
    """A dialect's parameters made concrete, with keyword overrides, checked as CPython does."""

    def __init__(self, dialect, kwargs):
        if isinstance(dialect, str):
            dialect = get_dialect(dialect)
        for name in _PARAMS:
            setattr(self, name, kwargs[name] if name in kwargs else getattr(dialect, name, None))
        for name in kwargs:
            if name not in _PARAMS:
                raise TypeError(f"'{name}' is an invalid keyword argument for this function")
        if self.delimiter is None:
            self.delimiter = ","
        if self.doublequote is None:
            self.doublequote = True
        if self.skipinitialspace is None:
            self.skipinitialspace = False
        if self.lineterminator is None:
            self.lineterminator = "\r\n"
        if self.quoting is None:
            self.quoting = QUOTE_MINIMAL
        if self.strict is None:
            self.strict = False
        if not isinstance(self.delimiter, str) or len(self.delimiter) != 1:
            raise TypeError('"delimiter" must be a 1-character string')
        if self.quotechar is not None and (not isinstance(self.quotechar, str) or len(self.quotechar) != 1):
            raise TypeError('"quotechar" must be a 1-character string')
        if self.quoting != QUOTE_NONE and self.quotechar is None:
            if "quotechar" in kwargs or dialect is None:
                raise TypeError("quotechar must be set if quoting enabled")
            self.quotechar = '"'
        if not isinstance(self.lineterminator, str):
            raise TypeError('"lineterminator" must be a string')


class _Reader:
    """Rows of a CSV file, as lists of str (floats for unquoted fields with
    `QUOTE_NONNUMERIC`)."""

    def __init__(self, lines, fmt):
        self._lines = iter(lines)
        self.dialect = fmt
        self.line_num = 0

    def __iter__(self):
        return self

    def __next__(self):
        f = self.dialect
        fields = []
        field = []
        state = "start_record"
        quoted = False
        while True:
            try:
                line = next(self._lines)
            except StopIteration:
                if state != "start_record" and state != "eat_crnl" and (field or state == "in_quoted_field"):
                    if f.strict:
                        raise Error("unexpected end of data")
                    fields.append(self._convert("".join(field), quoted))
                    return fields
                if fields:
                    return fields
                raise
            if not isinstance(line, str):
                raise Error(
                    "iterator should return strings, not %.200s (the file should be opened in text mode)"
                    % type(line).__name__
                )
            self.line_num += 1
            for c in line + "\0":
                eol = c == "\0"
                if state == "start_record":
                    if eol:
                        return fields
                    if c == "\n" or c == "\r":
                        state = "eat_crnl"
                        continue
                    state = "start_field"
                if state == "start_field":
                    quoted = False
                    if c == "\n" or c == "\r" or eol:
                        fields.append(self._convert("".join(field), quoted))
                        field = []
                        state = "start_record" if eol else "eat_crnl"
                        if eol:
                            return fields
                    elif c == f.quotechar and f.quoting != QUOTE_NONE:
                        quoted = True
                        state = "in_quoted_field"
                    elif c == f.escapechar:
                        state = "escaped_char"
                    elif c == " " and f.skipinitialspace:
                        pass
                    elif c == f.delimiter:
                        fields.append(self._convert("".join(field), quoted))
                        field = []
                    else:
                        field.append(c)
                        state = "in_field"
                elif state == "escaped_char":
                    if c == "\n" or c == "\r":
                        field.append(c)
                        state = "after_escaped_crnl"
                        continue
                    if eol:
                        c = "\n"
                    field.append(c)
                    state = "in_field"
                elif state == "after_escaped_crnl":
                    if eol:
                        continue
                    state = "in_field"
                    if c == "\n" or c == "\r":
                        fields.append(self._convert("".join(field), quoted))
                        field = []
                        state = "eat_crnl"
                    elif c == f.escapechar:
                        state = "escaped_char"
                    elif c == f.delimiter:
                        fields.append(self._convert("".join(field), quoted))
                        field = []
                        state = "start_field"
                    else:
                        field.append(c)
                elif state == "in_field":
                    if c == "\n" or c == "\r" or eol:
                        fields.append(self._convert("".join(field), quoted))
                        field = []
                        if eol:
                            return fields
                        state = "eat_crnl"
                    elif c == f.escapechar:
                        state = "escaped_char"
                    elif c == f.delimiter:
                        fields.append(self._convert("".join(field), quoted))
                        field = []
                        state = "start_field"
                    else:
                        field.append(c)
                elif state == "in_quoted_field":
                    if eol:
                        pass
                    elif c == f.escapechar:
                        state = "escape_in_quoted_field"
                    elif c == f.quotechar and f.quoting != QUOTE_NONE:
                        state = "quote_in_quoted_field" if f.doublequote else "in_field"
                    else:
                        field.append(c)
                elif state == "escape_in_quoted_field":
                    if eol:
                        c = "\n"
                    field.append(c)
                    state = "in_quoted_field"
                elif state == "quote_in_quoted_field":
                    if f.quoting != QUOTE_NONE and c == f.quotechar:
                        field.append(c)
                        state = "in_quoted_field"
                    elif c == f.delimiter:
                        fields.append(self._convert("".join(field), quoted))
                        field = []
                        state = "start_field"
                    elif c == "\n" or c == "\r" or eol:
                        fields.append(self._convert("".join(field), quoted))
                        field = []
                        if eol:
                            return fields
                        state = "eat_crnl"
                    elif not f.strict:
                        field.append(c)
                        state = "in_field"
                    else:
                        raise Error(f"'{f.delimiter}' expected after '{f.quotechar}'")
                elif state == "eat_crnl":
                    if c == "\n" or c == "\r":
                        pass
                    elif eol:
                        return fields
                    else:
                        raise Error(
                            "new-line character seen in unquoted field - do you need to open the file with newline=''?"
                        )
                if len(field) > _field_limit:
                    raise Error("field larger than field limit (%d)" % _field_limit)

    def _convert(self, text, quoted):
        if self.dialect.quoting == QUOTE_NONNUMERIC and not quoted:
            return float(text) if text else text
        return text


class _Writer:
    """Writes rows to a file object."""

    def __init__(self, fileobj, fmt):
        self._write = fileobj.write
        self.dialect = fmt

    def _field(self, value, only):
        f = self.dialect
        if value is None:
            if f.quoting == QUOTE_NOTNULL:
                return ""
            text = ""
            numeric = False
        else:
            numeric = isinstance(value, (int, float)) and not isinstance(value, bool)
            text = str(value)
        quote = f.quoting == QUOTE_ALL or (f.quoting == QUOTE_NONNUMERIC and not numeric) or (
            f.quoting in (QUOTE_STRINGS, QUOTE_NOTNULL) and isinstance(value, str))
        if f.quoting == QUOTE_NONNUMERIC and value is None:
            quote = True
        out = []
        for c in text:
            special = c == f.delimiter or c == f.escapechar or c == f.quotechar or c in f.lineterminator or c in "\n\r"
            if special:
                if f.quoting == QUOTE_NONE:
                    if f.escapechar is None:
                        raise Error("need to escape, but no escapechar set")
                    out.append(f.escapechar)
                elif c == f.quotechar:
                    if f.doublequote:
                        out.append(c)
                    elif f.escapechar is not None:
                        out.append(f.escapechar)
                    else:
                        raise Error("need to escape, but no escapechar set")
                    quote = True
                elif c == f.escapechar:
                    out.append(c)
                else:
                    quote = True
            out.append(c)
        text = "".join(out)
        if not text and only and f.quoting != QUOTE_NONE:
            quote = True
        if quote and f.quoting != QUOTE_NONE:
            return f.quotechar + text + f.quotechar
        return text

    def writerow(self, row):
        """Writes one row; returns what the file's `write` returned."""
        try:
            items = list(row)
        except TypeError:
            raise Error("iterable expected, not %s" % type(row).__name__)
        only = len(items) == 1
        fields = [self._field(v, only) for v in items]
        if only and fields[0] == "" and self.dialect.quoting == QUOTE_NONE:
            raise Error("single empty field record must be quoted")
        return self._write(self.dialect.delimiter.join(fields) + self.dialect.lineterminator)

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)


def reader(csvfile, dialect="excel", **fmtparams):
    """An iterator over the rows of `csvfile` (any iterable of lines)."""
    return _Reader(csvfile, _Format(dialect, fmtparams))


def writer(csvfile, dialect="excel", **fmtparams):
    """A writer of rows to `csvfile` (anything with a `write` method)."""
    return _Writer(csvfile, _Format(dialect, fmtparams))


def register_dialect(name, dialect=None, **fmtparams):
    base = dialect if dialect is not None else Dialect
    fmt = _Format(base, fmtparams)
    d = type(name, (Dialect,), {k: getattr(fmt, k) for k in _PARAMS})
    _dialects[name] = d


def unregister_dialect(name):
    if name not in _dialects:
        raise Error("unknown dialect")
    del _dialects[name]


def get_dialect(name):
    try:
        return _dialects[name]
    except KeyError:
        raise Error("unknown dialect") from None


def list_dialects():
    return list(_dialects)


def field_size_limit(*args):
    global _field_limit
    old = _field_limit
    if args:
        _field_limit = args[0]
    return old


class DictReader:
    """Rows as dicts keyed by the field names (the first row, unless given)."""

    def __init__(self, f, fieldnames=None, restkey=None, restval=None, dialect="excel", *args, **kwds):
        if fieldnames is not None and iter(fieldnames) is fieldnames:
            fieldnames = list(fieldnames)
        self._fieldnames = fieldnames
        self.restkey = restkey
        self.restval = restval
        self.reader = reader(f, dialect, *args, **kwds)
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    @property
    def fieldnames(self):
        if self._fieldnames is None:
            try:
                self._fieldnames = next(self.reader)
            except StopIteration:
                pass
        self.line_num = self.reader.line_num
        return self._fieldnames

    @fieldnames.setter
    def fieldnames(self, value):
        self._fieldnames = value

    def __next__(self):
        if self.line_num == 0:
            self.fieldnames
        row = next(self.reader)
        self.line_num = self.reader.line_num
        while row == []:
            row = next(self.reader)
        d = dict(zip(self.fieldnames, row))
        lf = len(self.fieldnames)
        lr = len(row)
        if lf < lr:
            d[self.restkey] = row[lf:]
        elif lf > lr:
            for key in self.fieldnames[lr:]:
                d[key] = self.restval
        return d


class DictWriter:
    """Writes dicts as rows, in the order of `fieldnames`."""

    def __init__(self, f, fieldnames, restval="", extrasaction="raise", dialect="excel", *args, **kwds):
        if fieldnames is not None and iter(fieldnames) is fieldnames:
            fieldnames = list(fieldnames)
        self.fieldnames = fieldnames
        self.restval = restval
        if extrasaction.lower() not in ("raise", "ignore"):
            raise ValueError("extrasaction (%s) must be 'raise' or 'ignore'" % extrasaction)
        self.extrasaction = extrasaction
        self.writer = writer(f, dialect, *args, **kwds)

    def writeheader(self):
        header = dict(zip(self.fieldnames, self.fieldnames))
        return self.writerow(header)

    def _dict_to_list(self, rowdict):
        if self.extrasaction == "raise":
            wrong_fields = rowdict.keys() - self.fieldnames
            if wrong_fields:
                raise ValueError("dict contains fields not in fieldnames: " + ", ".join([repr(x) for x in wrong_fields]))
        return (rowdict.get(key, self.restval) for key in self.fieldnames)

    def writerow(self, rowdict):
        return self.writer.writerow(self._dict_to_list(rowdict))

    def writerows(self, rowdicts):
        return self.writer.writerows(map(self._dict_to_list, rowdicts))
