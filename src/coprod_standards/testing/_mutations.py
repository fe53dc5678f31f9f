"""Strategies for fuzzing: the bytes of real files, mutated as a careless or hostile hand would."""

from __future__ import annotations

from collections.abc import Sequence

from hypothesis import strategies as st

#: Fragments that have broken YAML and JSON readers: nesting, huge and odd
#: numbers, escapes beyond Unicode, terminal controls, tags, aliases, merge
#: keys, byte-order marks, bad UTF-8, separators and quotes.
HOSTILE_FRAGMENTS: tuple[bytes, ...] = (
    b"[" * 200,
    b"{a: " * 60,
    b"- " * 80,
    b"0x7" + b"f" * 4000,
    b"0b1" + b"1" * 5000,
    b"9" * 5000,
    b"1_000",
    b".inf",
    b".nan",
    b"-0",
    b"1e400",
    b'"\\U00110000"',
    b'"\\UFFFFFFFF"',
    b'"\\ud800"',
    b"\x1b]0;PWNED\x07\x1b[2J",
    "\u009b\u202e\u2028\u2029\u0085".encode(),
    b"!!python/object/apply:os.system ['true']",
    b"!custom",
    b"&anchor [*anchor, *anchor]",
    b"<<: *anchor",
    b"\xef\xbb\xbf",
    b"\xff\xfe",
    b"\xc3",
    b"\x00",
    b"\t",
    b"\r",
    b"\n---\n",
    b"\n...\n",
    b"? ",
    b": ",
    b"\n  - ",
    b"#",
    b"%YAML 1.1\n",
    b'"',
    b"'",
    b"\\",
    b"{",
    b"}",
    b"]",
    b",",
    b"2026-02-30",
    b"[Riverside](javascript:alert(1)) ![](https://t.example/p.gif)",
)

_KIND = st.sampled_from(("flip", "insert", "delete", "duplicate", "splice", "truncate"))
_FRAGMENT = st.sampled_from(HOSTILE_FRAGMENTS)
_BIT = st.integers(0, 7)
_RUN = st.integers(1, 64)
_TIMES = st.integers(1, 20)
_INSERTED = st.binary(min_size=1, max_size=8)


def mutated_bytes(
    originals: Sequence[bytes], *, max_mutations: int = 6
) -> st.SearchStrategy[bytes]:
    """One of *originals*, changed in one to *max_mutations* places.

    Each change flips a bit, inserts random bytes, deletes or duplicates a
    run, splices in one of `HOSTILE_FRAGMENTS`, or cuts the end off.
    """
    return _mutated(st.sampled_from(list(originals)), st.integers(1, max_mutations))


@st.composite
def _mutated(
    draw: st.DrawFn, original: st.SearchStrategy[bytes], count: st.SearchStrategy[int]
) -> bytes:
    data = bytearray(draw(original))
    for _ in range(draw(count)):
        kind = draw(_KIND)
        at = draw(st.integers(0, len(data)))
        if kind == "flip" and at < len(data):
            data[at] ^= 1 << draw(_BIT)
        elif kind == "insert":
            data[at:at] = draw(_INSERTED)
        elif kind == "delete":
            del data[at : at + draw(_RUN)]
        elif kind == "duplicate":
            data[at:at] = data[at : at + draw(_RUN)] * draw(_TIMES)
        elif kind == "splice":
            data[at:at] = draw(_FRAGMENT)
        elif kind == "truncate":
            del data[at:]
    return bytes(data)
