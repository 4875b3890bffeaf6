"""attrib.records behaves as dataclasses does for what attrib uses of it."""
import dataclasses
import pickle
import subprocess
import sys

import pytest

from attrib import records


def _pair(frozen=False):
    """The same classes made by dataclasses and by attrib.records."""
    out = []
    for mod in (dataclasses, records):
        dc, fld = mod.dataclass, mod.field

        @dc(frozen=frozen)
        class Base:
            a: int
            b: "str" = "x"
            c: list = fld(default_factory=list)

            def total(self):
                return self.a + len(self.c)

        @dc(frozen=frozen)
        class Child(Base):
            d: "dict" = fld(default_factory=dict)
            b: str = "y"  # redeclared: keeps its place, takes the new default

        out.append((Base, Child))
    return out


@pytest.mark.parametrize("frozen", [False, True])
def test_init_repr_eq_hash_like_dataclasses(frozen):
    (DB, DC), (RB, RC) = _pair(frozen)
    for args, kw in [((1,), {}), ((1, "q"), {}), ((2,), {"c": [1, 2]}), ((3, "z", [4]), {})]:
        d, r = DB(*args, **kw), RB(*args, **kw)
        assert repr(d) == repr(r)
        assert (d.a, d.b, d.c) == (r.a, r.b, r.c)
        assert r == RB(*args, **kw) and r != RC(*args, **kw) and r.total() == d.total()
        assert (r == 5) is False
        if frozen:
            assert hash(RB(args[0], "k", ())) == hash(DB(args[0], "k", ())) == hash(RB(args[0], "k", ()))
        elif not frozen:
            with pytest.raises(TypeError):
                hash(r)
    assert [f.name for f in dataclasses.fields(DC)] == [f.name for f in records.fields(RC)] == ["a", "b", "c", "d"]
    assert RC(1).b == DC(1).b == "y"
    assert RB.__match_args__ == DB.__match_args__
    assert RB(1).c is not RB(1).c  # a fresh list each time
    with pytest.raises(TypeError):
        RB()


def test_frozen_assignment_raises_attribute_error():
    (_, _), (RB, _) = _pair(frozen=True)
    r = RB(1)
    with pytest.raises(AttributeError, match="cannot assign to field 'a'"):
        r.a = 2
    with pytest.raises(records.FrozenInstanceError):
        del r.b
    assert r.a == 1


def test_replace_and_fields():
    (_, _), (RB, RC) = _pair()
    r = RC(1, c=[1])
    s = records.replace(r, a=5)
    assert (s.a, s.b, s.c, s.d) == (5, "y", [1], {}) and r.a == 1
    assert records.fields(r) == records.fields(RC)
    with pytest.raises(TypeError):
        records.fields(object())


def test_own_methods_post_init_and_pickle():
    @records.dataclass
    class P:
        """Doc."""

        x: int
        y: int = 0

        def __repr__(self):
            return "mine"

        def __post_init__(self):
            self.z = self.x + self.y

    p = P(1, 2)
    assert repr(p) == "mine" and p.z == 3 and P.__doc__ == "Doc."
    global Q

    @records.dataclass(frozen=True)
    class Q:
        u: str
        v: tuple = ()

    q = pickle.loads(pickle.dumps(Q("a", (1,))))
    assert q == Q("a", (1,)) and hash(q) == hash(Q("a", (1,)))


def test_mutable_default_refused_and_field_order():
    with pytest.raises(ValueError):
        @records.dataclass
        class M:
            x: list = []
    with pytest.raises(TypeError):
        @records.dataclass
        class N:
            x: int = 0
            y: int


def test_recursive_repr():
    @records.dataclass
    class Node:
        parent: object = None

    n = Node()
    n.parent = n
    assert repr(n) == "test_recursive_repr.<locals>.Node(parent=...)"


def test_a_check_imports_neither_dataclasses_nor_typing():
    code = ("import sys, attrib.check, attrib.pipeline, attrib.attribution, attrib.registry;"
            "print(sorted(m for m in ('dataclasses', 'inspect', 'typing') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
