"""Shallow and deep copies (krait's implementation of the standard `copy`): `copy`,
`deepcopy` (with a memo, so shared and cyclic structure is kept), `__copy__` and
`__deepcopy__`."""

import enum

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error

_ATOMIC = (type(None), int, float, bool, str, bytes, type, range, type(len), type(lambda: 0), type(Ellipsis),
           type(NotImplemented), property)
_MODULE = type(enum)


def _is_atomic(x):
    cls = type(x)
    if cls in _ATOMIC or isinstance(x, type) or isinstance(x, enum.Enum):
        return True
    return isinstance(x, _MODULE)


def copy(x):
    """A shallow copy of `x`."""
    cls = type(x)
    if _is_atomic(x) or cls is tuple or cls is frozenset:
        return x
    if cls is list or cls is dict or cls is set or cls is bytearray:
        return x.copy()
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    return _reconstruct(x, None, False)


def deepcopy(x, memo=None, _nil=[]):
    """A deep copy of `x`: what it holds is copied too, each object once."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if _is_atomic(x):
        y = x
    elif cls is list:
        y = []
        memo[d] = y
        for a in x:
            y.append(deepcopy(a, memo))
    elif cls is tuple:
        items = [deepcopy(a, memo) for a in x]
        # A cycle through the tuple may have copied it already.
        if d in memo:
            return memo[d]
        same = True
        for a, b in zip(x, items):
            if a is not b:
                same = False
                break
        y = x if same else tuple(items)
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls is set:
        y = set(deepcopy(a, memo) for a in x)
    elif cls is frozenset:
        y = frozenset(deepcopy(a, memo) for a in x)
    elif cls is bytearray:
        y = bytearray(x)
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None:
            y = copier(memo)
        else:
            y = _reconstruct(x, memo, True)
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _slot_names(cls):
    names = []
    for klass in cls.__mro__:
        slots = klass.__dict__.get("__slots__", ()) if hasattr(klass, "__dict__") else ()
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name not in ("__dict__", "__weakref__") and name not in names:
                names.append(name)
    return names


def _reconstruct(x, memo, deep):
    """A new object of `x`'s class holding (copies of) its state."""
    cls = type(x)
    if isinstance(x, tuple):
        items = [deepcopy(a, memo) for a in x] if deep else list(x)
        y = cls.__new__(cls, *items) if hasattr(cls, "_fields") else cls.__new__(cls, items)
    elif isinstance(x, (list, dict, set)):
        y = cls.__new__(cls)
        if memo is not None:
            memo[id(x)] = y
        if isinstance(x, list):
            for a in x:
                y.append(deepcopy(a, memo) if deep else a)
        elif isinstance(x, dict):
            for key, value in x.items():
                y[deepcopy(key, memo) if deep else key] = deepcopy(value, memo) if deep else value
        else:
            for a in x:
                y.add(deepcopy(a, memo) if deep else a)
    else:
        state = getattr(x, "__dict__", None)
        slots = _slot_names(cls)
        if state is None and not slots and type(x).__module__ == "builtins":
            raise TypeError(f"cannot pickle {cls.__name__!r} object")
        y = cls.__new__(cls)
    if memo is not None:
        memo[id(x)] = y
    state = getattr(x, "__dict__", None)
    if state:
        if deep:
            state = deepcopy(state, memo)
        for key, value in state.items():
            object.__setattr__(y, key, value)
    for name in _slot_names(cls):
        if hasattr(x, name):
            value = getattr(x, name)
            object.__setattr__(y, name, deepcopy(value, memo) if deep else value)
    return y
