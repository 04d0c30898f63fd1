"""Helpers that turn a rendered Doc (or hand-written text) into a Msg with realistic headers."""

from __future__ import annotations

import re

from . import locale as L
from .core import Msg, Part, USER, plain_message_id, rng_for, ses_message_id
from .mime import SOFT

# characters a single-byte charset cannot carry, and what a mailer writes instead
FALLBACK = {"\u202f": "\u00a0", "’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-", "…": "...", "•": "*", "→": "->", "©": "(c)", "\u00a0": " ", "é": "e", "à": "a"}


def fit(text: str, charset: str) -> str:
    """Make plain text representable in the charset, as the sending system would."""
    from .mime import PY_CODEC

    codec = PY_CODEC[charset]
    if charset in ("iso-8859-1", "us-ascii"):
        text = re.sub(r"(\d)[ \u00a0]?€", r"\1 EUR", text)
        text = text.replace("€", "EUR")
    out = []
    for ch in text:
        if ord(ch) < 128 or ch == SOFT:
            out.append(ch)
            continue
        try:
            ok = ch.encode(codec).decode(codec) == ch
        except UnicodeError:
            ok = False
        out.append(ch if ok else FALLBACK.get(ch, "?"))
    return "".join(out)


def soft(s: str, at: int) -> str:
    """Put a forced quoted-printable soft break after character `at` of s."""
    return s[:at] + SOFT + s[at:]


def unsoft(s: str) -> str:
    return s.replace(SOFT, "")


def short_lines(text: str, limit: int = 900) -> str:
    """Break lines longer than `limit` after a block tag or at a space (RFC 5322 caps a line at 998)."""
    out = []
    for line in text.split("\n"):
        while len(line) > limit:
            head = line[:limit]
            cut = max(head.rfind(t) + len(t) for t in ("</p>", "</tr>", "</td>", "</table>", "</div>", "<br>"))
            if cut < len("<br>") + 1:
                cut = head.rfind(" ") + 1
            if cut <= 0:
                break
            out.append(line[:cut])
            line = line[cut:]
        out.append(line)
    return "\n".join(out)


def part(subtype: str, text: str, charset: str, cte: str) -> Part:
    if cte != "quoted-printable":
        text = unsoft(text)
    if cte in ("7bit", "8bit"):
        text = short_lines(text)
    if subtype == "plain":
        text = fit(text, charset)
    return Part(subtype, text, charset, cte)


def body(html: str | None, text: str | None, layout: str, charset: str = "utf-8", cte_html: str = "quoted-printable", cte_text: str = "quoted-printable"):
    """layout: alt (text + html), alt-html-first (unusual order), html, text."""
    if layout == "html":
        return part("html", html, charset, cte_html)
    if layout == "text":
        return part("plain", text, charset, cte_text)
    parts = [part("plain", text, charset, cte_text), part("html", html, charset, cte_html)]
    if layout == "alt-html-first":
        parts.reverse()
    return ("alternative", parts)


def amazon_from(mp: str, local: str, display: str | None = None) -> str:
    dom = L.DOMAIN[mp] if "@" not in local else None
    addr = local if dom is None else f"{local}@{dom}"
    name = display if display is not None else L.BRAND[mp]
    return f'"{name}" <{addr}>' if rng_for(addr).random() < 0.7 else f"{name} <{addr}>"


def amazon_msg(key: str, family: str, mp: str, when, local: str, subject: str, body_, *, display=None, mid_style=None, **kw) -> Msg:
    rng = rng_for("msg:" + key)
    style = mid_style or ("ses" if rng.random() < 0.65 else "plain")
    if style == "ses":
        mid = ses_message_id(rng, when)
    else:
        mid = plain_message_id(rng, when, L.DOMAIN[mp] if mp else "amazon.com")
    extra = kw.pop("extra_headers", None)
    if extra is None:
        extra = []
        if rng.random() < 0.6:
            extra.append(("X-AMAZON-MAIL-RELAY-TYPE", "notification"))
        if rng.random() < 0.5:
            extra.append(("Feedback-ID", f"1.us-east-1.{''.join(rng.choice('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghij0123456789') for _ in range(43))}=:AmazonSES"))
        extra.append(("X-SES-Outgoing", f"{when.strftime('%Y.%m.%d')}-54.240.{rng.randint(1, 60)}.{rng.randint(1, 250)}"))
    return Msg(
        key=key,
        family=family,
        mp=mp,
        date=when,
        from_=amazon_from(mp, local, display),
        subject=subject,
        message_id=mid,
        body=body_,
        to=kw.pop("to", USER),
        extra_headers=extra,
        **kw,
    )
