"""A small stand-in for :mod:`dataclasses`, for the classes of attrib's pipeline.

``attrib check`` runs on every commit, and importing :mod:`dataclasses` (which imports
:mod:`inspect`, :mod:`ast`, :mod:`dis`, :mod:`tokenize`) and decorating the two dozen classes a check
uses were a sixth of its start-up.  This module does what attrib uses of it, the way dataclasses
does it, at a third of the cost and importing nothing but :mod:`attrib.cache` (which, under the
``attrib`` command, keeps the compiled code of the generated methods, so that a start compiles none):

- ``@dataclass`` and ``@dataclass(frozen=True)``: fields are the class's annotations (those of base
  classes made by this decorator first); ``field(default=...)`` and ``field(default_factory=...)``;
  the generated ``__init__`` (which calls ``__post_init__`` when the class has one), ``__repr__``,
  ``__eq__`` (the same class only, fields compared as a tuple), ``__match_args__``, and for frozen
  classes ``__setattr__``/``__delattr__`` that raise :class:`FrozenInstanceError` and a field-tuple
  ``__hash__`` (unfrozen classes are unhashable, as with dataclasses); a method the class defines
  itself is kept;
- :func:`fields` (each with ``name``, ``default`` and ``default_factory``) and :func:`replace`.

The classes are no dataclasses to :func:`dataclasses.is_dataclass`; every class of attrib has a
``to_dict`` (or is plain) for what other code needs of them.
"""
from __future__ import annotations

_FIELDS = "__attrib_fields__"


class _Missing:
    __slots__ = ()

    def __repr__(self) -> str:
        return "MISSING"


MISSING = _Missing()


class FrozenInstanceError(AttributeError):
    """Assignment to a field of a frozen class (as :class:`dataclasses.FrozenInstanceError`)."""


class Field:
    __slots__ = ("name", "default", "default_factory")

    def __init__(self, default=MISSING, default_factory=MISSING, name: str = ""):
        if default is not MISSING and default_factory is not MISSING:
            raise ValueError("cannot specify both default and default_factory")
        self.name, self.default, self.default_factory = name, default, default_factory

    def __repr__(self) -> str:
        return f"Field(name={self.name!r}, default={self.default!r}, default_factory={self.default_factory!r})"


def field(*, default=MISSING, default_factory=MISSING):
    return Field(default, default_factory)


def fields(class_or_instance) -> tuple:
    """The fields of a class made by :func:`dataclass` (or of an instance of one), in order."""
    try:
        return tuple(getattr(class_or_instance, _FIELDS).values())
    except AttributeError:
        raise TypeError("must be called with a dataclass type or instance") from None


def replace(obj, **changes):
    """A copy of ``obj`` with the fields ``changes`` names changed (as :func:`dataclasses.replace`)."""
    for f in fields(obj):
        if f.name not in changes:
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


def _is_classvar(annotation) -> bool:
    a = annotation if isinstance(annotation, str) else getattr(annotation, "__name__", "") or str(annotation)
    return a.startswith(("ClassVar", "typing.ClassVar", "InitVar", "dataclasses.InitVar"))


_REPRING: set = set()  # ids of the objects whose repr is being made (a cycle prints "...", as dataclasses)


def _repr_guard(fn):
    def __repr__(self):
        key = id(self)
        if key in _REPRING:
            return "..."
        _REPRING.add(key)
        try:
            return fn(self)
        finally:
            _REPRING.discard(key)
    return __repr__


def _process(cls, frozen: bool):
    own = cls.__dict__
    all_fields: dict = {}
    for base in cls.__mro__[-1:0:-1]:
        all_fields.update(getattr(base, _FIELDS, None) or {})
    for name, annotation in own.get("__annotations__", {}).items():
        if _is_classvar(annotation):
            continue
        value = own.get(name, MISSING)
        f = value if isinstance(value, Field) else Field(value)
        f.name = name
        if isinstance(value, Field):
            if f.default is MISSING:
                delattr(cls, name)
            else:
                setattr(cls, name, f.default)
        if f.default_factory is MISSING and isinstance(f.default, (list, dict, set)):
            raise ValueError(f"mutable default {type(f.default)} for field {name} is not allowed: use default_factory")
        all_fields[name] = f  # a field redeclared keeps its place, as in dataclasses
    names = list(all_fields)
    g = {"MISSING": MISSING, "__setattr": object.__setattr__, "FrozenInstanceError": FrozenInstanceError,
         "_names": frozenset(names)}
    args, body = [], []
    seen_default = False
    for n, f in all_fields.items():
        if f.default_factory is not MISSING:
            g[f"_factory_{n}"] = f.default_factory
            args.append(f"{n}=MISSING")
            value = f"_factory_{n}() if {n} is MISSING else {n}"
            seen_default = True
        elif f.default is not MISSING:
            g[f"_default_{n}"] = f.default
            args.append(f"{n}=_default_{n}")
            value = n
            seen_default = True
        else:
            if seen_default:
                raise TypeError(f"non-default argument {n!r} follows default argument")
            args.append(n)
            value = n
        body.append(f"    __setattr(self, {n!r}, {value})" if frozen else f"    self.{n} = {value}")
    if hasattr(cls, "__post_init__"):
        body.append("    self.__post_init__()")
    fields_tuple = "".join(f"self.{n}," for n in names)
    src = [f"def __init__(self{''.join(', ' + a for a in args)}):\n" + ("\n".join(body) or "    pass") + "\n",
           "def __repr__(self):\n    return self.__class__.__qualname__ + f\"("
           + ", ".join(f"{n}={{self.{n}!r}}" for n in names) + ")\"\n",
           "def __eq__(self, other):\n    if other.__class__ is self.__class__:\n"
           f"        return ({fields_tuple}) == ({''.join(f'other.{n},' for n in names)})\n    return NotImplemented\n"]
    if frozen:
        src += ["def __setattr__(self, name, value):\n    if type(self) is __cls or name in _names:\n"
                "        raise FrozenInstanceError(f\"cannot assign to field {name!r}\")\n"
                "    super(__cls, self).__setattr__(name, value)\n",
                "def __delattr__(self, name):\n    if type(self) is __cls or name in _names:\n"
                "        raise FrozenInstanceError(f\"cannot delete field {name!r}\")\n"
                "    super(__cls, self).__delattr__(name)\n",
                f"def __hash__(self):\n    return hash(({fields_tuple}))\n"]
        g["__cls"] = cls
    exec(_compiled("".join(src)), g)
    for name in ("__init__", "__repr__", "__eq__") + (("__setattr__", "__delattr__") if frozen else ()):
        if name in own:
            if frozen and name in ("__setattr__", "__delattr__"):
                raise TypeError(f"cannot overwrite attribute {name} in class {cls.__name__}")
            continue
        fn = g[name]
        if name == "__repr__":
            fn = _repr_guard(fn)
        fn.__qualname__ = f"{cls.__qualname__}.{name}"
        setattr(cls, name, fn)
    class_hash = own.get("__hash__", MISSING)  # None when the class defines __eq__ alone
    explicit_hash = not (class_hash is MISSING or (class_hash is None and "__eq__" in own))
    if not explicit_hash:
        if frozen:
            g["__hash__"].__qualname__ = f"{cls.__qualname__}.__hash__"
            cls.__hash__ = g["__hash__"]
        else:
            cls.__hash__ = None
    setattr(cls, _FIELDS, all_fields)
    if "__match_args__" not in own:
        cls.__match_args__ = tuple(names)
    if not own.get("__doc__"):
        cls.__doc__ = f"{cls.__name__}({', '.join(names)})"
    return cls


def _compiled(src: str):
    """The code of the methods' source: from the user's cache under the ``attrib`` command (see
    :mod:`attrib.cache`), else compiled."""
    from . import cache

    code = cache.RECORDS.get(src)
    if type(code) is not _CODE:  # not cached (or not a code object: compiled again)
        code = compile(src, "<string>", "exec")
        cache.RECORDS.put(src, code)
    return code


_CODE = type(_compiled.__code__)


def dataclass(cls=None, *, frozen: bool = False):
    """Make ``cls`` a record class (see the module's documentation)."""
    def wrap(c):
        return _process(c, frozen)
    return wrap if cls is None else wrap(cls)


__all__ = ["dataclass", "field", "fields", "replace", "FrozenInstanceError", "MISSING", "Field"]
