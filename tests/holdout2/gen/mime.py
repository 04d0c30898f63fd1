"""Raw RFC 5322 / MIME bytes, written by hand so that every byte is under our control.

The standard library's generator picks random boundaries and its own line folding; we
want fixed boundaries, quoted-printable soft breaks in chosen places (inside amounts and
dates), CRLF or LF line ends per message, and 8-bit bodies in legacy charsets.
"""
import base64

# Put this character in a text to force a quoted-printable soft line break there.
# It never reaches the decoded text.
SOFT = "\u2063"


class Text:
    """One leaf part: text/plain or text/html in a charset and transfer encoding."""

    def __init__(self, body, subtype="plain", charset="utf-8", cte="quoted-printable",
                 extra_params="", disposition=None):
        self.body = body
        self.subtype = subtype
        self.charset = charset
        self.cte = cte  # quoted-printable | base64 | 8bit | 7bit
        self.extra_params = extra_params
        self.disposition = disposition


class Multi:
    """A multipart container with a fixed boundary."""

    def __init__(self, subtype, parts, boundary, preamble=None):
        self.subtype = subtype
        self.parts = parts
        self.boundary = boundary
        self.preamble = preamble


class Binary:
    """A non-text attachment, always base64."""

    def __init__(self, ctype, data, filename):
        self.ctype = ctype
        self.data = data
        self.filename = filename


class Attached:
    """A message/rfc822 part carrying another message's bytes (LF line ends)."""

    def __init__(self, raw, filename=None):
        self.raw = raw
        self.filename = filename


def qp_encode(text, charset, eol):
    """Quoted-printable for `text`; SOFT marks places that must carry a soft break."""
    out_lines = []
    for line in text.split("\n"):
        tokens = []
        for ch in line:
            if ch == SOFT:
                tokens.append(None)
                continue
            for b in ch.encode(charset):
                if (33 <= b <= 126 and b != 61) or b in (32, 9):
                    tokens.append(chr(b))
                else:
                    tokens.append("=%02X" % b)
        # whitespace at the end of an encoded line must be protected
        real = [i for i, t in enumerate(tokens) if t is not None]
        if real and tokens[real[-1]] in (" ", "\t"):
            tokens[real[-1]] = "=%02X" % ord(tokens[real[-1]])
        cur = ""
        for i, t in enumerate(tokens):
            if t is None:
                out_lines.append(cur + "=")
                cur = ""
                continue
            if len(cur) + len(t) > 75:
                # never leave a space at the end of a soft-broken line
                out_lines.append(cur + "=")
                cur = ""
            cur += t
        out_lines.append(cur)
    return eol.join(out_lines)


def b64_encode(data, eol):
    enc = base64.b64encode(data).decode("ascii")
    return eol.join(enc[i:i + 76] for i in range(0, len(enc), 76))


def encoded_word(text, charset="utf-8", enc="B", chunk=None):
    """RFC 2047 encoded words, split so that each word stays under 76 characters."""
    words, cur = [], ""
    limit = chunk or (14 if charset.lower() in ("iso-2022-jp", "shift_jis") else 30)
    pieces = []
    for ch in text:
        if len(cur) >= limit:
            pieces.append(cur)
            cur = ""
        cur += ch
    if cur:
        pieces.append(cur)
    pycs = {"iso-2022-jp": "iso2022_jp"}.get(charset.lower(), charset)
    for p in pieces:
        raw = p.encode(pycs)
        if enc == "B":
            words.append("=?%s?B?%s?=" % (charset, base64.b64encode(raw).decode("ascii")))
        else:
            q = ""
            for b in raw:
                c = chr(b)
                if b == 32:
                    q += "_"
                elif c.isalnum() and b < 128:
                    q += c
                elif c in "!*+-/" and b < 128:
                    q += c
                else:
                    q += "=%02X" % b
            words.append("=?%s?Q?%s?=" % (charset, q))
    return words


def _leaf(part, eol):
    pycs = {"iso-2022-jp": "iso2022_jp", "shift_jis": "shift_jis"}.get(part.charset.lower(), part.charset)
    ctype = "text/%s; charset=%s%s" % (part.subtype, _cs_param(part.charset), part.extra_params)
    head = ["Content-Type: " + ctype, "Content-Transfer-Encoding: " + part.cte]
    if part.disposition:
        head.append("Content-Disposition: " + part.disposition)
    body = part.body.replace("\r\n", "\n")
    if part.subtype == "html":
        # the <meta> charset says what the MIME header says
        body = body.replace("charset=utf-8", "charset=" + part.charset)
    if part.cte == "quoted-printable":
        payload = qp_encode(body, pycs, eol).encode("ascii")
    elif part.cte == "base64":
        payload = b64_encode(body.replace(SOFT, "").replace("\n", eol).encode(pycs), eol).encode("ascii")
    else:
        payload = body.replace(SOFT, "").replace("\n", eol).encode(pycs)
    return head, payload


def _cs_param(cs):
    # some senders quote the charset, some do not; both are legal
    return '"%s"' % cs if cs.lower() in ("utf-8", "windows-1252") else cs


def render_part(part, eol):
    """Return (header lines, body bytes) for a part tree."""
    if isinstance(part, Text):
        return _leaf(part, eol)
    if isinstance(part, Binary):
        head = ['Content-Type: %s; name="%s"' % (part.ctype, part.filename),
                "Content-Transfer-Encoding: base64",
                'Content-Disposition: attachment; filename="%s"' % part.filename]
        return head, b64_encode(part.data, eol).encode("ascii")
    if isinstance(part, Attached):
        head = ["Content-Type: message/rfc822"]
        if part.filename:
            head.append('Content-Disposition: attachment; filename="%s"' % part.filename)
        return head, part.raw.replace(b"\r\n", b"\n").replace(b"\n", eol.encode())
    head = ['Content-Type: multipart/%s;%s boundary="%s"' % (part.subtype, eol + " ", part.boundary)]
    e = eol.encode()
    chunks = []
    if part.preamble:
        chunks.append(part.preamble.replace("\n", eol).encode() + e)
    for sub in part.parts:
        h, b = render_part(sub, eol)
        chunks.append(b"--" + part.boundary.encode() + e)
        chunks.append(eol.join(h).encode() + e + e)
        chunks.append(b + e)
    chunks.append(b"--" + part.boundary.encode() + b"--" + e)
    return head, b"".join(chunks)


def render_message(headers, body, eol="\n"):
    """headers: list of (name, value) with values already RFC 2047-encoded where needed.

    A value may contain '\\n ' for folding; it is rewritten to the message's line end.
    """
    h, payload = render_part(body, eol)
    lines = []
    for name, value in headers:
        lines.append("%s: %s" % (name, value.replace("\n", eol)))
    lines.append("MIME-Version: 1.0")
    lines.extend(h)
    raw = (eol.join(lines) + eol + eol).encode("ascii") + payload
    if not raw.endswith(eol.encode()):
        raw += eol.encode()
    return raw


# ---------------------------------------------------------------- containers

def mboxrd_escape(raw):
    """mboxrd: every line matching ^>*From gets one more '>'."""
    out = []
    for line in raw.split(b"\n"):
        stripped = line.lstrip(b">")
        if stripped.startswith(b"From "):
            line = b">" + line
        out.append(line)
    return b"\n".join(out)


def mbox_from_line(fake_id, utc_dt):
    # Google Takeout: "From <thread id>@xxx <asctime with +0000>"
    line = "From %d@xxx %s +0000 %s\n" % (fake_id, utc_dt.strftime("%a %b %d %H:%M:%S"),
                                          utc_dt.strftime("%Y"))
    return line.encode("ascii")
