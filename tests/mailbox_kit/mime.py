"""Hand-written MIME so every output byte is chosen by this generator (deterministic).

Text comes in as str with "\n" line ends; it is encoded line by line in the part's
charset and then in its transfer encoding.
"""
import base64

# characters a legacy charset lacks that may be replaced without changing a fact
SAFE_SWAP = {"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-",
             "\u2014": "-", "\u2026": "...", "\u2022": "*", "\u202f": "\u00a0", "\u2192": "->"}


def encode_lines(text, charset):
    out = []
    for line in text.split("\n"):
        try:
            out.append(line.encode(charset))
        except UnicodeEncodeError:
            out.append("".join(SAFE_SWAP.get(c, c) for c in line).encode(charset))
    return out


def can_encode(text, charset):
    try:
        "".join(SAFE_SWAP.get(c, c) for c in text).encode(charset)
        return True
    except UnicodeEncodeError:
        return False


def qp(lines, width=76):
    res = []
    for line in lines:
        cur = b""
        n = len(line)
        for i, b in enumerate(line):
            if (33 <= b <= 126 and b != 61) or (b in (9, 32) and i != n - 1):
                tok = bytes([b])
            else:
                tok = b"=%02X" % b
            if len(cur) + len(tok) > width - 1:
                res.append(cur + b"=")
                cur = b""
            cur += tok
        res.append(cur)
    return res


def b64(data, eol=b"\n"):
    s = base64.b64encode(data)
    return [s[i:i + 76] for i in range(0, len(s), 76)] or [b""]


def ew(text, how="B", charset="utf-8"):
    """RFC 2047 encoded-words, at most ~75 characters each, split on characters."""
    words, chunk = [], ""

    def word(c):
        raw = c.encode(charset)
        if how == "B":
            return f"=?{charset}?B?{base64.b64encode(raw).decode()}?="
        q = "".join("_" if ch == " " else ch if (ch.isascii() and ch.isalnum()) else
                    "".join("=%02X" % x for x in ch.encode(charset)) for ch in c)
        return f"=?{charset}?Q?{q}?="
    for ch in text:
        if chunk and len(word(chunk + ch)) > 75:
            words.append(word(chunk))
            chunk = ch
        else:
            chunk += ch
    if chunk:
        words.append(word(chunk))
    return " ".join(words)


def fold(name, value, limit=76):
    words = value.split(" ")
    lines, cur = [], f"{name}:"
    for w in words:
        if len(cur) + 1 + len(w) > limit and not cur.endswith(":"):
            lines.append(cur)
            cur = " " + w
        else:
            cur += " " + w
    lines.append(cur)
    return lines


class Text:
    def __init__(self, ctype, text, charset, cte, params="", meta_only=False, extra=()):
        self.ctype, self.text, self.charset, self.cte = ctype, text, charset, cte
        self.params, self.meta_only, self.extra = params, meta_only, list(extra)

    def head(self):
        ct = self.ctype
        if not self.meta_only:
            ct += f"; charset={self.charset}" if self.charset in ("us-ascii", "shift_jis") \
                else f'; charset="{self.charset}"'
        if self.params:
            ct += "; " + self.params
        return fold("Content-Type", ct) + [f"Content-Transfer-Encoding: {self.cte}"] + self.extra

    def body(self):
        lines = encode_lines(self.text, self.charset)
        if self.cte == "quoted-printable":
            return qp(lines)
        if self.cte == "base64":
            return b64(b"\r\n".join(lines))
        return lines


class Binary:
    def __init__(self, ctype, data, extra=()):
        self.ctype, self.data, self.extra = ctype, data, list(extra)

    def head(self):
        return fold("Content-Type", self.ctype) + ["Content-Transfer-Encoding: base64"] + self.extra

    def body(self):
        return b64(self.data)


class Multi:
    def __init__(self, sub, parts, boundary):
        self.sub, self.parts, self.boundary = sub, parts, boundary

    def head(self):
        return fold("Content-Type", f'multipart/{self.sub}; boundary="{self.boundary}"')

    def body(self):
        out = [b"This is a multi-part message in MIME format.", b""]
        for p in self.parts:
            out.append(b"--" + self.boundary.encode())
            out += [h.encode() for h in p.head()]
            out.append(b"")
            out += p.body()
        out += [b"--" + self.boundary.encode() + b"--", b""]
        return out


class Rfc822:
    def __init__(self, raw):
        self.raw = raw

    def head(self):
        return ["Content-Type: message/rfc822", "Content-Disposition: attachment; filename=\"forwarded.eml\""]

    def body(self):
        return self.raw.replace(b"\r\n", b"\n").rstrip(b"\n").split(b"\n")


def render(headers, root, eol):
    lines = []
    for name, value in headers:
        if isinstance(value, bytes):
            lines.append(name.encode() + b": " + value)
        else:
            lines += [x.encode() for x in fold(name, value)]
    lines.append(b"MIME-Version: 1.0")
    lines += [h.encode() for h in root.head()]
    lines.append(b"")
    lines += root.body()
    while lines and lines[-1] == b"":
        lines.pop()
    return eol.join(lines) + eol
