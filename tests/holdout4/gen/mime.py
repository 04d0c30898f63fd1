"""MIME assembly by hand, so every byte of the output is chosen and deterministic.

Text arrives as str with "\n" line ends. The character SPLIT marks a place where a
quoted-printable encoder must put a soft line break (inside an amount or a date);
every other encoding drops it.
"""
import base64

SPLIT = "\x01"

# Typographic characters a legacy charset may lack; anything else that does not
# encode is a generator bug (an amount must never be changed silently).
_FALLBACK = {"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-", "…": "...",
             "•": "*", "\u200c": "", "→": "->", "™": "(TM)"}


def encode_text(text, charset):
    """str -> bytes in `charset`, per line (ISO-2022-JP must return to ASCII at each line end)."""
    out = []
    for line in text.split("\n"):
        try:
            out.append(line.encode(charset))
        except UnicodeEncodeError:
            fixed = "".join(_FALLBACK.get(c, c) for c in line)
            out.append(fixed.encode(charset))  # raises on a real gap
    return out


def qp_lines(lines, maxlen=76):
    """Quoted-printable (RFC 2045) of already-encoded lines; SPLIT forces a soft break."""
    marker = SPLIT.encode()[0]
    res = []
    for line in lines:
        # the index of the last byte that is not a marker, for trailing-space rules
        real = [i for i, b in enumerate(line) if b != marker]
        last = real[-1] if real else -1
        cur = b""
        for i, b in enumerate(line):
            if b == marker:
                if cur:
                    res.append(cur + b"=")
                    cur = b""
                continue
            if (33 <= b <= 126 and b != 61) or (b in (9, 32) and i != last):
                tok = bytes([b])
            else:
                tok = b"=%02X" % b
            if len(cur) + len(tok) > maxlen - 1:
                res.append(cur + b"=")
                cur = b""
            cur += tok
        res.append(cur)
    return res


def b64_lines(data):
    return base64.encodebytes(data).rstrip(b"\n").split(b"\n")


def strip_split(text):
    return text.replace(SPLIT, "")


# ---------------------------------------------------------------- headers

def ew_b(text, charset="utf-8", limit=75):
    """RFC 2047 B encoded-words, split on character boundaries."""
    words, chunk = [], ""
    for ch in text:
        trial = chunk + ch
        enc = base64.b64encode(trial.encode(charset)).decode()
        if len(f"=?{charset}?B?{enc}?=") > limit and chunk:
            words.append(_b_word(chunk, charset))
            chunk = ch
        else:
            chunk = trial
    if chunk:
        words.append(_b_word(chunk, charset))
    return " ".join(words)


def _b_word(chunk, charset):
    return f"=?{charset}?B?{base64.b64encode(chunk.encode(charset)).decode()}?="


def _q_char(ch, charset):
    if ch == " ":
        return "_"
    if ch.isascii() and (ch.isalnum() or ch in "!*+-/"):
        return ch
    return "".join("=%02X" % b for b in ch.encode(charset))


def ew_q(text, charset="utf-8", limit=75):
    """RFC 2047 Q encoded-words."""
    head = f"=?{charset}?Q?"
    words, cur = [], ""
    for ch in text:
        tok = _q_char(ch, charset)
        if len(head) + len(cur) + len(tok) + 2 > limit and cur:
            words.append(head + cur + "?=")
            cur = ""
        cur += tok
    if cur:
        words.append(head + cur + "?=")
    return " ".join(words)


def subject_value(text, how, charset="utf-8"):
    """How a Subject is written: raw (as is), b, q (encoded-words)."""
    if how == "raw":
        return text
    if how == "b":
        return ew_b(text, charset)
    if how == "q":
        return ew_q(text, charset)
    raise ValueError(how)


def fold(name, value, limit=76):
    """`Name: value` folded at spaces so lines stay short; returns str lines."""
    words = value.split(" ")
    lines, cur = [], f"{name}:"
    for w in words:
        if len(cur) + 1 + len(w) > limit and cur.strip() and not cur.endswith(":"):
            lines.append(cur)
            cur = " " + w
        else:
            cur = cur + " " + w
    lines.append(cur)
    return lines


# ---------------------------------------------------------------- parts

class Leaf:
    """A single body part: text (str) or binary data."""

    def __init__(self, ctype, text=None, data=None, charset=None, cte="7bit",
                 params="", headers=(), b64_eol=b"\r\n", qp_max=76, declare=True):
        self.ctype, self.text, self.data = ctype, text, data
        self.charset, self.cte, self.params = charset, cte, params
        self.headers, self.b64_eol, self.qp_max = list(headers), b64_eol, qp_max
        self.declare = declare      # False: the charset is named only inside the HTML <meta>
        self.spelling = {}          # how the header writes a value ("UTF-8", "Quoted-Printable")

    def body_lines(self):
        if self.text is not None:
            text = self.text if self.cte == "quoted-printable" and self.charset != "iso-2022-jp" \
                else strip_split(self.text)
            lines = encode_text(text, self.charset)
            if self.cte == "quoted-printable":
                return qp_lines(lines, self.qp_max)
            if self.cte == "base64":
                return b64_lines(self.b64_eol.join(lines))
            return lines
        if self.cte == "base64":
            return b64_lines(self.data)
        return self.data.split(b"\n")

    def header_lines(self):
        ct = self.ctype
        cs = self.spelling.get(self.charset, self.charset)
        if self.charset and self.declare:
            ct += f'; charset="{cs}"' if self.params != "bare" else f"; charset={cs}"
        if self.params and self.params != "bare":
            ct += "; " + self.params
        out = fold("Content-Type", ct)
        if self.cte:
            out.append(f"Content-Transfer-Encoding: {self.spelling.get(self.cte, self.cte)}")
        for h in self.headers:
            out.extend(fold(*h.split(": ", 1)))
        return out


class Multi:
    def __init__(self, subtype, parts, boundary, preamble=None, params=""):
        self.subtype, self.parts, self.boundary = subtype, parts, boundary
        self.preamble, self.params = preamble, params

    def header_lines(self):
        v = f'multipart/{self.subtype}; boundary="{self.boundary}"'
        if self.params:
            v += "; " + self.params
        return fold("Content-Type", v)

    def body_lines(self):
        out = []
        if self.preamble:
            out += [self.preamble.encode(), b""]
        for p in self.parts:
            out.append(f"--{self.boundary}".encode())
            out += [h.encode() for h in p.header_lines()]
            out.append(b"")
            out += p.body_lines()
        out.append(f"--{self.boundary}--".encode())
        out.append(b"")
        return out


class Embedded:
    """A message/rfc822 part carrying a whole message's bytes."""

    def __init__(self, raw, headers=()):
        self.raw, self.headers = raw, list(headers)

    def header_lines(self):
        return ["Content-Type: message/rfc822"] + list(self.headers)

    def body_lines(self):
        return self.raw.replace(b"\r\n", b"\n").rstrip(b"\n").split(b"\n")


def render(headers, root, eol):
    """Whole message bytes: headers is a list of (name, value) str pairs (value may be bytes
    for a raw 8-bit header)."""
    lines = []
    for name, value in headers:
        if isinstance(value, bytes):
            lines.append(name.encode() + b": " + value)
        else:
            lines += [x.encode() for x in fold(name, value)]
    lines.append(b"MIME-Version: 1.0")
    lines += [h.encode() for h in root.header_lines()]
    lines.append(b"")
    lines += root.body_lines()
    while lines and lines[-1] == b"":
        lines.pop()
    return eol.join(lines) + eol
