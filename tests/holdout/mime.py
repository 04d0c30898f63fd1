"""Byte-exact MIME writing for the holdout generator (stdlib only).

We write the messages by hand instead of with email.generator because the point
of the holdout is to control the exact bytes a scanner sees: where a
quoted-printable soft line break falls (inside an amount or a date), which
charset a body is really in, CRLF or LF, how a subject is split into encoded
words. Python's email package is used only to check the result (validate.py).
"""

import base64
import binascii

# A forced quoted-printable soft line break: put it inside a text where the
# encoded body must break ("$1.\x1e00" becomes "$1.=\n00"). Stripped from
# bodies that are not quoted-printable.
SOFT = "\x1e"
SPLIT = "\x1d"

QP_SAFE = set(range(33, 127)) - {ord("=")}


def qp_encode(text, charset, maxlen=76):
    """Quoted-printable per RFC 2045 6.7 with LF line ends.

    SOFT in the text forces a soft line break there; SPLIT forces one inside the
    next character's bytes (between its first and second byte), which a decoder
    must join before decoding the charset.
    """
    out = []
    for hard_line in text.split("\n"):
        tokens = []  # [token, break_after]
        split_next = False
        for ch in hard_line:
            if ch == SOFT:
                if tokens:
                    tokens[-1][1] = True
                continue
            if ch == SPLIT:
                split_next = True
                continue
            data = ch.encode(charset)
            for bi, b in enumerate(data):
                tok = chr(b) if b in QP_SAFE or b in (9, 32) else "=%02X" % b
                tokens.append([tok, split_next and bi == 0 and len(data) > 1])
            split_next = False
        # whitespace at the end of a line must be encoded
        if tokens and tokens[-1][0] in (" ", "\t"):
            tokens[-1][0] = "=%02X" % ord(tokens[-1][0])
        line = ""
        for tok, break_after in tokens:
            if len(line) + len(tok) > maxlen - 1:
                out.append(line + "=")
                line = ""
            line += tok
            if break_after:
                out.append(line + "=")
                line = ""
        out.append(line)
    return "\n".join(out).encode("ascii")


def b64_encode(data):
    raw = base64.b64encode(data).decode("ascii")
    return "\n".join(raw[i : i + 76] for i in range(0, len(raw), 76)).encode("ascii")


def body_bytes(text, charset, cte):
    """Encode a text body. base64 bodies use CRLF inside (canonical form)."""
    if cte == "quoted-printable":
        return qp_encode(text, charset)
    plain = text.replace(SOFT, "").replace(SPLIT, "")
    if cte == "base64":
        return b64_encode(plain.replace("\n", "\r\n").encode(charset))
    if cte in ("7bit", "8bit", None):
        data = plain.encode(charset)
        if cte == "7bit" and any(b > 127 for b in data):
            raise ValueError("7bit body with 8-bit bytes")
        return data
    raise ValueError(cte)


# ---------------------------------------------------------------- headers

Q_SAFE = set(b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!*+-/")


def _q_char(ch, charset):
    out = ""
    for b in ch.encode(charset):
        if b == 32:
            out += "_"
        elif b in Q_SAFE:
            out += chr(b)
        else:
            out += "=%02X" % b
    return out


def encoded_words(text, mode, charset, width=66):
    """Split text into RFC 2047 encoded words of whole characters.

    Each word is at most `width` chars (RFC 2047 allows 75) so that the first
    one still fits on a 76-char line after "Subject: ".
    """
    head = "=?%s?%s?" % (charset, mode)
    budget = width - len(head) - 2
    words, chunk = [], ""

    def enc(s):
        if mode == "Q":
            return "".join(_q_char(c, charset) for c in s)
        return base64.b64encode(s.encode(charset)).decode("ascii")

    for ch in text:
        if chunk and len(enc(chunk + ch)) > budget:
            words.append(head + enc(chunk) + "?=")
            chunk = ""
        chunk += ch
    if chunk:
        words.append(head + enc(chunk) + "?=")
    return words


def subject_header(spec):
    """The value of an unstructured header (Subject) from a spec.

    spec: a str (plain ASCII, folded at spaces)
        | ('raw', value)            8-bit UTF-8 written as is (RFC 6532 style)
        | ('B'|'Q', text, charset)  the whole text as encoded words
        | ('mix', [seg, ...])       segments: str = plain ASCII, or ('B'|'Q', text, charset)
    """
    if isinstance(spec, str):
        return spec
    mode = spec[0]
    if mode == "raw":
        return spec[1]
    if mode == "mix":
        out = []
        for seg in spec[1]:
            if isinstance(seg, str):
                out.append(seg.strip())
            else:
                out.extend(encoded_words(seg[1], seg[0], seg[2]))
        return "\n ".join(out)
    return "\n ".join(encoded_words(spec[1], mode, spec[2]))


def subject_text(spec):
    """What a reader sees: the decoded subject."""
    if isinstance(spec, str):
        return spec
    if spec[0] == "raw":
        return spec[1]
    if spec[0] == "mix":
        parts = []
        for seg in spec[1]:
            parts.append(seg if isinstance(seg, str) else seg[1])
        return " ".join(p.strip() for p in parts)
    return spec[1]


def fold(name, value, width=78):
    """Fold an unstructured ASCII header at spaces (values we write are ASCII)."""
    line = name + ": "
    out = []
    for i, word in enumerate(value.split(" ")):
        if i and len(line) + 1 + len(word) > width and line.strip():
            out.append(line)
            line = " " + word
        else:
            line = line + (" " if i else "") + word
    out.append(line)
    return "\n".join(out)


# ---------------------------------------------------------------- parts


class Leaf:
    def __init__(self, ctype, text=None, charset="utf-8", cte="quoted-printable",
                 data=None, filename=None, charset_label=None, inline=False):
        self.ctype = ctype
        self.text = text
        self.charset = charset
        # What the Content-Type header *says*; normally the charset itself.
        # (One message deliberately says iso-8859-1 and is windows-1252.)
        self.charset_label = charset_label or charset
        self.cte = cte
        self.data = data
        self.filename = filename
        self.inline = inline

    def render(self, ids):
        h = []
        if self.data is not None:
            h.append('Content-Type: %s; name="%s"' % (self.ctype, self.filename))
            if self.inline:
                h.append('Content-Disposition: inline; filename="%s"' % self.filename)
                h.append("Content-ID: <%s>" % self.filename)
            else:
                h.append('Content-Disposition: attachment; filename="%s"' % self.filename)
            h.append("Content-Transfer-Encoding: base64")
            return "\n".join(h).encode("ascii"), b64_encode(self.data)
        h.append("Content-Type: %s; charset=%s" % (self.ctype, self.charset_label))
        if self.cte:
            h.append("Content-Transfer-Encoding: %s" % self.cte)
        return "\n".join(h).encode("ascii"), body_bytes(self.text, self.charset, self.cte)

    def describe(self):
        if self.data is not None:
            return "%s %s" % (self.ctype, "inline" if self.inline else "attachment")
        cs = self.charset if self.charset == self.charset_label else "%s labelled %s" % (
            self.charset, self.charset_label)
        return "%s %s %s" % (self.ctype, cs, self.cte or "(no CTE)")


class Multi:
    def __init__(self, subtype, *parts):
        self.subtype = subtype
        self.parts = parts

    def render(self, ids):
        boundary = "==holdout_%s_%08x==" % (self.subtype[:3], ids.next_boundary())
        head = 'Content-Type: multipart/%s;\n boundary="%s"' % (self.subtype, boundary)
        chunks = [b"This is a multi-part message in MIME format.\n"]
        for p in self.parts:
            ph, pb = p.render(ids)
            chunks.append(b"--" + boundary.encode() + b"\n" + ph + b"\n\n" + pb + b"\n")
        chunks.append(b"--" + boundary.encode() + b"--\n")
        return head.encode("ascii"), b"".join(chunks)

    def describe(self):
        return "multipart/%s[%s]" % (self.subtype, ", ".join(p.describe() for p in self.parts))


class Rfc822:
    """A whole message attached (forward as attachment)."""

    def __init__(self, raw_fn, filename="message.eml"):
        self.raw_fn = raw_fn
        self.filename = filename

    def render(self, ids):
        raw = self.raw_fn()
        head = 'Content-Type: message/rfc822\nContent-Disposition: attachment; filename="%s"' % self.filename
        return head.encode("ascii"), raw.rstrip(b"\n")

    def describe(self):
        return "message/rfc822"


class Ids:
    """Per-message counter for MIME boundaries, so the bytes of one message do
    not depend on which messages were rendered before it."""

    def __init__(self, seed):
        self.seed = seed
        self.n = 0

    def next_boundary(self):
        self.n += 1
        return (self.seed * 31 + self.n * 2654435761) & 0xFFFFFFFF


def render_message(headers, part, seed, eol="\n"):
    """A whole message as bytes.

    headers: (name, value) pairs in order; a value may hold LF+space folds and
    8-bit UTF-8 (written as is). The body part's own Content-* headers follow.
    Everything is built with LF and turned into CRLF at the end when eol asks.
    """
    ph, pb = part.render(Ids(seed))
    head = "\n".join("%s: %s" % (n, v) for n, v in headers).encode("utf-8")
    raw = head + b"\n" + ph + b"\n\n" + pb
    if not raw.endswith(b"\n"):
        raw += b"\n"
    if eol == "\r\n":
        raw = raw.replace(b"\n", b"\r\n")
    elif eol != "\n":
        raise ValueError("eol")
    return raw


def leaves(part):
    if isinstance(part, Multi):
        for p in part.parts:
            yield from leaves(p)
    else:
        yield part


def crc(data):
    return binascii.crc32(data) & 0xFFFFFFFF
