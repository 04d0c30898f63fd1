"""Turn a `Msg` into RFC 5322 bytes: headers, multipart structure, charsets and transfer encodings.

Written by hand (not with email.generator) so that the bytes are exactly what we want to test:
soft line breaks placed inside amounts and dates, ISO-2022-JP encoded-words cut on character
boundaries, CRLF messages, raw 8-bit headers.

A U+E000 character in a Part's text marks a forced quoted-printable soft break at that spot.
"""

from __future__ import annotations

import base64
import email.utils

from .core import Msg, Part, rng_for

SOFT = "\ue000"  # forced soft line break marker (quoted-printable only)


# ---------------------------------------------------------------- charsets

PY_CODEC = {
    "utf-8": "utf-8",
    "iso-8859-1": "latin-1",
    "iso-8859-15": "iso8859_15",
    "windows-1252": "cp1252",
    "iso-2022-jp": "iso2022_jp",
    "shift_jis": "shift_jis",
    "us-ascii": "ascii",
}


def encode_text(text: str, charset: str) -> bytes:
    """Encode strictly, and insist that decoding gives the same text back."""
    codec = PY_CODEC[charset]
    data = text.encode(codec)
    if data.decode(codec) != text:
        raise ValueError(f"{charset} does not round-trip this text")
    return data


# ---------------------------------------------------------------- transfer encodings


def qp(data: bytes) -> bytes:
    """Quoted-printable (RFC 2045), 76-column lines; a NUL byte becomes a forced soft break."""
    out = []
    for raw_line in data.split(b"\n"):
        line = b""
        pieces = []
        for i, byte in enumerate(raw_line):
            if byte == 0:
                pieces.append(None)
                continue
            last = i == len(raw_line) - 1 or all(b == 0 for b in raw_line[i + 1 :])
            if (33 <= byte <= 126 and byte != 61) or (byte in (9, 32) and not last):
                pieces.append(bytes([byte]))
            else:
                pieces.append(b"=%02X" % byte)
        for piece in pieces:
            if piece is None:
                out.append(line + b"=")
                line = b""
                continue
            if len(line) + len(piece) > 75:
                out.append(line + b"=")
                line = b""
            line += piece
        out.append(line)
    return b"\n".join(out)


def b64(data: bytes) -> bytes:
    enc = base64.b64encode(data)
    return b"\n".join(enc[i : i + 76] for i in range(0, len(enc), 76))


def encode_part_body(part: Part) -> bytes:
    text = part.text
    if part.cte != "quoted-printable" and SOFT in text:
        raise ValueError("soft-break marker outside a quoted-printable part")
    if part.cte == "quoted-printable":
        if part.charset == "iso-2022-jp":
            raise ValueError("no quoted-printable for ISO-2022-JP")
        data = encode_text(text.replace(SOFT, "\x00"), part.charset)
        return qp(data)
    data = encode_text(text, part.charset)
    if part.cte == "base64":
        return b64(data)
    if part.cte == "7bit":
        if any(b > 127 for b in data):
            raise ValueError("7bit part with 8-bit bytes")
        return data
    if part.cte == "8bit":
        return data
    raise ValueError(part.cte)


# ---------------------------------------------------------------- headers


def encoded_words(text: str, charset: str, mode: str) -> str:
    """RFC 2047 encoded-words, split so each stays under 76 characters, joined by folding."""
    codec = PY_CODEC[charset]
    words = []
    chunk = ""
    for ch in text:
        trial = chunk + ch
        if len(_one_word(trial, charset, codec, mode)) > 74 and chunk:
            words.append(_one_word(chunk, charset, codec, mode))
            chunk = ch
        else:
            chunk = trial
    if chunk:
        words.append(_one_word(chunk, charset, codec, mode))
    return "\n ".join(words)


def _one_word(text: str, charset: str, codec: str, mode: str) -> str:
    data = text.encode(codec)
    if mode == "B":
        return f"=?{charset.upper()}?B?{base64.b64encode(data).decode()}?="
    out = []
    for b in data:
        c = chr(b)
        if c == " ":
            out.append("_")
        elif c.isalnum() and b < 128:
            out.append(c)
        elif c in "!*+-/" and b < 128:
            out.append(c)
        else:
            out.append(f"={b:02X}")
    return f"=?{charset.upper()}?Q?{''.join(out)}?="


def display_from(value: str, charset: str = "utf-8") -> str:
    """Encode a non-ASCII display name in a From/To value."""
    if all(ord(c) < 128 for c in value):
        return value
    name, addr = value.rsplit("<", 1)
    name = name.strip().strip('"')
    return f"{encoded_words(name, charset, 'Q')} <{addr}"


def fold(name: str, value: str) -> str:
    """Fold an unstructured ASCII header at spaces to keep lines under 78 columns."""
    line = f"{name}: "
    out = []
    for word in value.split(" "):
        if len(line) + len(word) > 76 and line.strip() and not line.endswith(": "):
            out.append(line.rstrip(" "))
            line = " "
        line += word + " "
    out.append(line.rstrip(" "))
    return "\n".join(out)


def org_domain(domain: str) -> str:
    """The registrable domain (amazon.co.uk, account-verify.info), the way DMARC aligns it."""
    parts = domain.split(".")
    if len(parts) >= 3 and parts[-2] in ("co", "com") and len(parts[-1]) == 2:
        return ".".join(parts[-3:])
    return ".".join(parts[-2:])


def auth_header(msg: Msg, rng) -> str:
    org = org_domain(msg.domain)
    sel = "".join(rng.choice("abcdefghijklmnopqrstuvwxyz234567") for _ in range(32))
    ses = "".join(rng.choice("abcdefghijklmnopqrstuvwxyz234567") for _ in range(32))
    bhash = "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(8))
    ip = f"54.240.{rng.randint(1, 60)}.{rng.randint(1, 250)}"
    bounce = f"{msg.date.strftime('%Y%m%d%H%M%S')}{rng.randint(100000, 999999)}0f@bounces.{org}"
    if msg.auth == "pass":  # sent through Amazon SES
        return (
            f"mx.google.com;\n       dkim=pass header.i=@{org} header.s={sel} header.b={bhash};\n"
            f"       dkim=pass header.i=@amazonses.com header.s={ses} header.b={bhash[::-1]};\n"
            f"       spf=pass (google.com: domain of {bounce} designates {ip} as permitted sender) smtp.mailfrom={bounce};\n"
            f"       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from={org}"
        )
    if msg.auth == "pass-other":  # the sender's own mail servers, properly signed
        other_ip = f"{rng.randint(20, 220)}.{rng.randint(1, 250)}.{rng.randint(1, 250)}.{rng.randint(1, 250)}"
        return (
            f"mx.google.com;\n       dkim=pass header.i=@{org} header.s=s{rng.randint(1, 9)} header.b={bhash};\n"
            f"       spf=pass (google.com: domain of bounce@{org} designates {other_ip} as permitted sender) smtp.mailfrom=bounce@{org};\n"
            f"       dmarc=pass (p=NONE sp=NONE dis=NONE) header.from={org}"
        )
    if msg.auth == "fail":
        return (
            f"mx.google.com;\n       dkim=fail header.i=@{org} header.s={sel} header.b={bhash} (signature did not verify);\n"
            f"       spf=fail (google.com: domain of bounce@{org} does not designate 185.{rng.randint(10, 250)}.{rng.randint(1, 250)}.{rng.randint(1, 250)} as permitted sender) smtp.mailfrom=bounce@{org};\n"
            f"       dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from={org}"
        )
    return msg.auth  # a literal value


def transport_headers(msg: Msg, rng) -> list[str]:
    """Takeout and delivery headers that precede the message's own."""
    thrid = str(rng.randint(10**18, 2 * 10**18))
    date_s = email.utils.format_datetime(msg.date)
    lines = [
        f"X-GM-THRID: {thrid}",
        f"X-Gmail-Labels: {msg.labels}",
        "Delivered-To: alex.moreau@example.net",
        f"Received: by 2002:a05:6{rng.randint(100, 999)}:{rng.randint(1000, 9999):x}:b0:{rng.randint(100, 999)}:{rng.randint(1000, 9999):x}:{rng.randint(1000, 9999):x} with SMTP id {''.join(rng.choice('abcdefghijklmnopqrstuvwxyz0123456789') for _ in range(12))};\n        {date_s}",
    ]
    if msg.auth == "none":
        return lines
    if msg.auth == "pass":
        host, ip = f"a{rng.randint(8, 48)}-{rng.randint(10, 250)}.smtp-out.amazonses.com", f"54.240.{rng.randint(1, 60)}.{rng.randint(1, 250)}"
    else:
        host = f"mail{rng.randint(1, 9)}.{org_domain(msg.domain)}"
        ip = f"{rng.randint(20, 220)}.{rng.randint(1, 250)}.{rng.randint(1, 250)}.{rng.randint(1, 250)}"
    lines.append(
        f"Received: from {host} ({host}. [{ip}])\n"
        f"        by mx.google.com with ESMTPS id {''.join(rng.choice('abcdefghijklmnopqrstuvwxyz0123456789') for _ in range(20))}\n"
        f"        for <alex.moreau@example.net>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        {date_s}"
    )
    lines.append(f"Authentication-Results: {auth_header(msg, rng)}")
    return lines


# ---------------------------------------------------------------- assembly


def boundary(rng, style: str) -> str:
    if style == "amazon":
        return f"----=_Part_{rng.randint(100000, 9999999)}_{rng.randint(100000000, 999999999)}.{rng.randint(10**12, 2 * 10**12)}"
    return f"000000000000{''.join(rng.choice('0123456789abcdef') for _ in range(16))}"


def ct_line(part: Part) -> list[str]:
    if part.charset in ("us-ascii", "iso-8859-1") and part.subtype == "plain":
        lines = [f"Content-Type: text/plain; charset={part.charset}"]  # unquoted, as older mailers write it
    else:
        lines = [f'Content-Type: text/{part.subtype}; charset="{part.charset}"']
    lines.append(f"Content-Transfer-Encoding: {part.cte}")
    if part.disposition:
        lines.append(f"Content-Disposition: {part.disposition}")
    return lines


def body_bytes(body, rng, bstyle: str) -> tuple[list[str], bytes]:
    """(content header lines, encoded body) for a Part, a multipart tuple or an attached message."""
    if isinstance(body, Part):
        return ct_line(body), encode_part_body(body)
    kind = body[0]
    if kind == "rfc822":
        inner = build(body[1], top=False)
        name = body[2] if len(body) > 2 else "forwarded.eml"
        return [
            "Content-Type: message/rfc822",
            f'Content-Disposition: attachment; filename="{name}"',
        ], inner
    if kind in ("alternative", "mixed", "related"):
        b = boundary(rng, bstyle)
        chunks = []
        if rng.random() < 0.3:
            chunks.append(b"This is a multi-part message in MIME format.\n")
        for sub in body[1]:
            h, data = body_bytes(sub, rng, bstyle)
            chunks.append(f"--{b}\n".encode() + "\n".join(h).encode() + b"\n\n" + data + b"\n")
        chunks.append(f"--{b}--\n".encode())
        return [f'Content-Type: multipart/{kind};\n\tboundary="{b}"'], b"".join(chunks)
    raise ValueError(kind)


def build(msg: Msg, top: bool = True) -> bytes:
    if msg.copy_of is not None:
        raw = build(msg.copy_of, top)
        old = f"X-Gmail-Labels: {msg.copy_of.labels}".encode()
        assert old in raw
        return raw.replace(old, f"X-Gmail-Labels: {msg.labels}".encode(), 1)
    rng = rng_for("mime:" + msg.key)
    lines = transport_headers(msg, rng) if top else []
    bstyle = "amazon" if msg.domain.split(".")[0] in ("amazon",) or "amazon." in msg.domain else "gmail"
    if msg.subject_enc:
        subj = encoded_words(msg.subject, msg.subject_charset, msg.subject_enc)
        subject_line = f"Subject: {subj}"
    elif msg.raw_8bit_headers or all(ord(c) < 128 for c in msg.subject):
        subject_line = fold("Subject", msg.subject) if all(ord(c) < 128 for c in msg.subject) else f"Subject: {msg.subject}"
    else:
        subject_line = f"Subject: {encoded_words(msg.subject, 'utf-8', 'B')}"
    from_line = f"From: {msg.from_}" if msg.raw_8bit_headers else f"From: {display_from(msg.from_)}"
    lines += [
        f"Date: {email.utils.format_datetime(msg.date)}",
        from_line,
        f"To: {msg.to if msg.raw_8bit_headers else display_from(msg.to)}",
        f"Message-ID: {msg.message_id}",
        subject_line,
        "MIME-Version: 1.0",
    ]
    for name, value in msg.extra_headers:
        lines.append(f"{name}: {value}")
    h, data = body_bytes(msg.body, rng, bstyle)
    lines += h
    head = "\n".join(lines)
    raw = head.encode("utf-8") + b"\n\n" + data
    if not raw.endswith(b"\n"):
        raw += b"\n"
    if top and msg.crlf:
        raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return raw
