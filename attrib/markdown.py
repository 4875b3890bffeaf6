"""Markdown through a real parser (markdown-it-py): what ``attrib check`` must not read.

:func:`prepare` parses a document and returns a *masked* copy of its text in which every character
of the parts that are no prose (front matter, fenced and indented code, inline code, HTML blocks,
inline HTML and comments, link and image targets, autolinks, bare URLs, reference definitions) is
replaced by a space; so are footnote markers (``[^2]``, read through mdit-py-plugins' footnote
plugin, which also reads the front matter).  Newlines are kept, so every offset, line and column of the masked text is the
offset, line and column of the original file; the scan runs on the masked text and its findings
point into the file as written.  Tables, lists, blockquotes and headings stay in.

It also returns the HTML comments of the document, each with the span of text it governs (the next
block for a comment on its own line, the enclosing block for one inside a paragraph): the
suppression and source directives of attrib check live in them.

markdown-it gives block tokens with line maps but no offsets for inline tokens, so the inline
constructs the parser found (code spans, HTML, links, images, autolinks) are located in the source
with a cursor that only moves forward through each block.

>>> p = prepare("Costs rose `by 5%` to [$3 million](http://x.org/7).\\n")
>>> p.text
'Costs rose         to [$3 million]                .\\n'
"""
from __future__ import annotations

import re
TYPE_CHECKING = False  # typing is not imported at run time: it is a tenth of attrib check's start-up
if TYPE_CHECKING:
    from typing import List, Optional, Tuple
    Span2 = Tuple[int, int]

from .records import dataclass, field

_NEWLINE = re.compile(r"\r\n|\r|\n")
_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_AUTOLINK = re.compile(
    r"<[A-Za-z][A-Za-z0-9.+-]{1,31}:[^<>\x00-\x20]*>"
    r"|<[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
    r"(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*>")
_BARE_URL = re.compile(r"(?<![\w/])(?:[A-Za-z][A-Za-z0-9+.-]*://|www\.)[^\s<>]*[^\s<>.,;:!?'\")\]*_]")
_PREFIX = re.compile(r"[ \t]*(?:(?:>[ \t]?)|(?:[-+*][ \t]+)|(?:\d{1,9}[.)][ \t]+)|(?:#{1,6}[ \t]+)|(?:\|[ \t]*))*")
_SKIP = frozenset(" \t\r\n*_~>|")
_LEAVES = ("inline", "code_block", "fence", "html_block", "hr", "heading_open", "paragraph_open", "table_open")


@dataclass
class Comment:
    """An HTML comment of the document, with the span of text it governs."""

    start: int
    end: int
    text: str  # the comment as written, <!-- and --> included
    inline: bool  # inside a paragraph (True) or a block of its own (False)
    target: Optional[Span2]  # the next block (own line) or the enclosing block (inline); None at the end


@dataclass
class Prepared:
    text: str  # the masked text, same length and same line breaks as the original
    skipped: List[Tuple[int, int, str]] = field(default_factory=list)  # (start, end, what)
    comments: List[Comment] = field(default_factory=list)


def footnote_spans(text: str, body_start: int = 0) -> List[Span2]:
    """The spans of footnote markers (``[^2]`` in a sentence, ``[^2]:`` opening its note) that
    markdown-it's footnote plugin finds; empty (and no parse) when the text has no ``[^``."""
    if "[^" not in text:
        return []
    return [(a, b) for a, b, what in prepare(text, body_start).skipped if what == "footnote"]


def line_starts(text: str) -> List[int]:
    """Offsets at which each line starts (\\r\\n, \\r and \\n end a line, as in markdown-it)."""
    return [0] + [m.end() for m in _NEWLINE.finditer(text)]


class _Masker:
    def __init__(self, text: str):
        self.text = text
        self.buf = list(text)
        self.skipped: List[Tuple[int, int, str]] = []
        self.comments: List[Comment] = []

    def mask(self, a: int, b: int, what: str) -> None:
        if b <= a:
            return
        buf = self.buf
        for i in range(a, b):
            if buf[i] not in "\r\n":
                buf[i] = " "
        self.skipped.append((a, b, what))

    def cur(self, a: int, b: int) -> str:
        return "".join(self.buf[a:b])

    def result(self) -> Prepared:
        self.skipped.sort()
        self.comments.sort(key=lambda c: c.start)
        return Prepared("".join(self.buf), self.skipped, self.comments)


def prepare(text: str, body_start: int = 0, markdown: bool = True) -> Prepared:
    """Mask what is no prose (see the module doc); ``markdown=False`` for plain text.

    ``body_start`` is the offset past the YAML front matter (:func:`attrib.read.split_front_matter`).
    """
    if markdown and _plain_prose(text, body_start):
        return Prepared(_blank(text[:body_start]) + text[body_start:],
                        [(0, body_start, "front-matter")] if body_start > 0 else [])
    m = _Masker(text)
    m.mask(0, body_start, "front-matter")
    if markdown:
        _markdown(m)
    else:
        _plain(m, body_start)
    return m.result()


# ---- Markdown --------------------------------------------------------------------------------

# What the Markdown parser could find to mask (code, HTML, links, images, references, URLs, list
# markers alone on a line); a body with none of it is prose as written, and markdown-it (a fifth of
# attrib check's start-up) is not imported for it.
_NOT_PLAIN = re.compile(r"[`<\[\\]|~~~|\r(?!\n)|^(?: {4}| {0,3}\t)|^[ \t]*[-+*>\d.)][-+*>\d.) \t\r]*$|://|www\.",
                        re.MULTILINE)


def _plain_prose(text: str, body_start: int) -> bool:
    return _NOT_PLAIN.search(text, body_start) is None


def _blank(s: str) -> str:
    return "".join(c if c in "\r\n" else " " for c in s)


_PARSER = None


def _parser():
    global _PARSER
    if _PARSER is None:
        from markdown_it import MarkdownIt
        from mdit_py_plugins.footnote import footnote_plugin
        from mdit_py_plugins.front_matter import front_matter_plugin

        _PARSER = MarkdownIt("commonmark").enable(["table", "strikethrough"]).use(front_matter_plugin) \
            .use(footnote_plugin)
    return _PARSER


def _markdown(m: _Masker) -> None:
    starts = line_starts(m.text)
    n = len(m.text)

    def off(line: int) -> int:
        return starts[line] if line < len(starts) else n

    tokens = _parser().parse("".join(m.buf))  # front matter already blanked
    covered = bytearray(len(starts))
    walker = _Inline(m)
    label = None  # of the footnote definition whose first paragraph comes next
    for idx, tok in enumerate(tokens):
        if tok.type == "footnote_open":
            label = tok.meta.get("label")
        if tok.map is None:
            continue
        l0, l1 = tok.map
        a, b = off(l0), off(l1)
        if tok.type in _LEAVES:
            covered[l0:l1] = b"\x01" * (l1 - l0)
        if tok.type == "paragraph_open" and label is not None:  # '[^2]:' opens a footnote: no figure
            hit = re.compile(r"[ \t]*\[\^" + re.escape(label) + r"\]:").match(m.text, a, b)
            if hit:
                m.mask(a, hit.end(), "footnote")
            label = None
        if tok.type in ("code_block", "fence"):
            m.mask(a, b, "code")
        elif tok.type == "front_matter":
            m.mask(a, b, "front-matter")
        elif tok.type == "html_block":
            target = _next_block(tokens, idx, off)
            for c in _COMMENT.finditer(m.text, a, b):
                m.comments.append(Comment(c.start(), c.end(), c.group(), False, target))
            m.mask(a, b, "html")
        elif tok.type == "inline":
            walker.walk(tok, a, b)
    # Lines no block covers hold reference definitions ([id]: http://... "title"): not prose.
    for line, cov in enumerate(covered):
        if not cov:
            a, b = off(line), off(line + 1)
            if m.cur(a, b).strip():
                m.mask(a, b, "reference")


def _only_comments(tok) -> bool:
    return tok.type == "html_block" and not _COMMENT.sub("", tok.content).strip()


def _next_block(tokens, idx: int, off) -> Optional[Span2]:
    for tok in tokens[idx + 1:]:
        if tok.nesting == -1 or tok.type == "inline" or tok.map is None or _only_comments(tok):
            continue
        return off(tok.map[0]), off(tok.map[1])
    return None


class _Inline:
    """Locate the inline constructs markdown-it found in one block, moving forward only."""

    def __init__(self, m: _Masker):
        self.m = m
        self.pos = 0

    def walk(self, tok, a: int, b: int) -> None:
        m = self.m
        self.pos = max(self.pos, a)
        self.block = (a, b)
        links: List[Optional[int]] = []
        children = tok.children or []
        i = 0
        while i < len(children):
            c = children[i]
            t = c.type
            if t == "text":
                self._text(c.content, b)
            elif t == "code_inline":
                self._code(len(c.markup), b)
            elif t == "footnote_ref":  # the marker [^2] of a footnote: no figure
                mark = "[^" + str(c.meta.get("label", "")) + "]"
                k = self.m.text.find(mark, self.pos, b)
                if k >= 0:
                    m.mask(k, k + len(mark), "footnote")
                    self.pos = k + len(mark)
            elif t == "html_inline":
                self._html(c.content, b)
            elif t == "link_open" and c.markup in ("autolink", "linkify"):
                hit = _AUTOLINK.search(m.cur(self.pos, b)) if c.markup == "autolink" else None
                if hit:
                    m.mask(self.pos + hit.start(), self.pos + hit.end(), "autolink")
                    self.pos += hit.end()
                while i < len(children) and children[i].type != "link_close":
                    i += 1
            elif t == "link_open":
                j = self._find_unescaped("[", b)
                links.append(j)
                if j is not None:
                    self.pos = j + 1
            elif t == "link_close":
                j = links.pop() if links else None
                if j is not None:
                    self._tail(j, b, None)
            elif t == "image":
                j = self.m.cur(self.pos, b).find("![")
                if j >= 0:
                    j += self.pos
                    self._tail(j + 1, b, j)
            i += 1
        # Bare URLs (no linkify plugin): never prose, often full of digits.
        for u in _BARE_URL.finditer(m.cur(a, b)):
            m.mask(a + u.start(), a + u.end(), "url")

    def _text(self, content: str, b: int) -> None:
        if not content:
            return
        buf, p = self.m.buf, self.pos
        if not self.m.text.startswith(content, p):
            hit = _PREFIX.match(self.m.text, p, b)
            p = hit.end() if hit else p
            while p < b and buf[p] in _SKIP and not self.m.text.startswith(content, p):
                p += 1
        if self.m.text.startswith(content, p):
            self.pos = p + len(content)

    def _code(self, n: int, b: int) -> None:
        s = self.m.cur(self.pos, b)
        ticks = "`" * n
        op = re.search(r"(?<![`\\])" + ticks + r"(?!`)", s)
        if not op:
            return
        cl = re.compile(r"(?<!`)" + ticks + r"(?!`)").search(s, op.end())
        if not cl:
            return
        self.m.mask(self.pos + op.start(), self.pos + cl.end(), "code")
        self.pos += cl.end()

    def _html(self, content: str, b: int) -> None:
        s = self.m.cur(self.pos, b)
        if "\n" in content:
            pat = r"\r?\n[ \t>]*".join(re.escape(x.strip(" \t")) for x in content.split("\n"))
            hit = re.search(pat, s)
            span = (hit.start(), hit.end()) if hit else None
        else:
            k = s.find(content)
            span = (k, k + len(content)) if k >= 0 else None
        if span is None:
            return
        a, e = self.pos + span[0], self.pos + span[1]
        if content.startswith("<!--"):
            self.m.comments.append(Comment(a, e, self.m.text[a:e], True, self.block))
        self.m.mask(a, e, "html")
        self.pos = e

    def _find_unescaped(self, ch: str, b: int) -> Optional[int]:
        text = self.m.buf
        for i in range(self.pos, b):
            if text[i] == ch and not _escaped(text, i):
                return i
        return None

    def _tail(self, bracket: int, b: int, image_start: Optional[int]) -> None:
        """From the '[' of a link or image: find its ']' and mask the target after it."""
        buf = self.m.buf
        depth, k = 0, None
        for i in range(bracket + 1, b):
            ch = buf[i]
            if ch in "[]" and _escaped(buf, i):
                continue
            if ch == "[":
                depth += 1
            elif ch == "]":
                if depth == 0:
                    k = i
                    break
                depth -= 1
        if k is None:
            return
        end = k + 1
        if end < b and buf[end] == "(":
            close = _close_paren(buf, end, b)
            if close is not None:
                end = close + 1
        elif end < b and buf[end] == "[":
            close = "".join(buf[end:b]).find("]")
            if close >= 0:
                end = end + close + 1
        if image_start is not None:
            self.m.mask(image_start, end, "image")
        elif end > k + 1:
            self.m.mask(k + 1, end, "link-target")
        self.pos = max(self.pos, end)


def _escaped(buf, i: int) -> bool:
    n = 0
    while i - n - 1 >= 0 and buf[i - n - 1] == "\\":
        n += 1
    return n % 2 == 1


def _close_paren(buf, start: int, b: int) -> Optional[int]:
    """Index of the ')' closing the link destination and title that open at ``start``."""
    depth, i, quote = 0, start + 1, None
    angle = False
    while i < b:
        ch = buf[i]
        if ch == "\\":
            i += 2
            continue
        if quote:
            if ch == quote:
                quote = None
        elif angle:
            if ch == ">":
                angle = False
        elif ch == "<" and "".join(buf[start + 1:i]).strip() == "":
            angle = True
        elif ch in "\"'" and buf[i - 1] in " \t\n":
            quote = ch
        elif ch == "(":
            depth += 1
        elif ch == ")":
            if depth == 0:
                return i
            depth -= 1
        i += 1
    return None


# ---- Plain text --------------------------------------------------------------------------------

_PARA_BREAK = re.compile(r"(?:\r?\n|\r)[ \t]*(?:\r?\n|\r)")


def _plain(m: _Masker, body_start: int) -> None:
    """Plain text: only HTML comments (directives) are masked; paragraphs end at blank lines."""
    text = m.text
    found = list(_COMMENT.finditer(text, body_start))
    for c in found:
        a, e = c.start(), c.end()
        ls = max(text.rfind("\n", 0, a), text.rfind("\r", 0, a)) + 1
        le_hit = _NEWLINE.search(text, e)
        le = le_hit.start() if le_hit else len(text)
        inline = bool(text[ls:a].strip() or _COMMENT.sub("", text[e:le]).strip())
        if inline:
            target = _paragraph_at(text, a, body_start)
        else:
            target = _paragraph_after(text, e, found)
        m.comments.append(Comment(a, e, c.group(), inline, target))
        m.mask(a, e, "html")


def _paragraph_at(text: str, pos: int, floor: int) -> Span2:
    starts = [x.end() for x in _PARA_BREAK.finditer(text, floor, pos)]
    a = starts[-1] if starts else floor
    nxt = _PARA_BREAK.search(text, pos)
    return a, nxt.start() if nxt else len(text)


def _paragraph_after(text: str, pos: int, comments) -> Optional[Span2]:
    p = pos
    while True:
        while p < len(text) and text[p] in " \t\r\n":
            p += 1
        nxt = next((c for c in comments if c.start() == p), None)
        if nxt is None:
            break
        p = nxt.end()
    if p >= len(text):
        return None
    return _paragraph_at(text, p, p)
