"""The message model every family fills in, labelled events, and deterministic ids."""

from __future__ import annotations

import datetime as dt
import hashlib
import random
from dataclasses import dataclass, field

USER_NAME = "Alex Moreau"
USER_ADDR = "alex.moreau@example.net"
USER = f"{USER_NAME} <{USER_ADDR}>"


def rng_for(key: str) -> random.Random:
    """A random source that depends only on the message key (stable across runs and edits elsewhere)."""
    seed = int.from_bytes(hashlib.sha256(("holdout3:" + key).encode()).digest()[:8], "big")
    return random.Random(seed)


def digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def order_id(rng: random.Random, mp: str) -> str:
    """A retail order number in the marketplace's usual prefix range."""
    prefix = {
        "US": ["111", "112", "113", "114"],
        "CA": ["701", "702"],
        "CAFR": ["701", "702"],
        "UK": ["202", "203", "204", "205", "206"],
        "DE": ["302", "303", "304", "305", "306"],
        "FR": ["402", "403", "404", "405", "407"],
        "JP": ["249", "250", "503"],
    }[mp]
    return f"{rng.choice(prefix)}-{digits(rng, 7)}-{digits(rng, 7)}"


def digital_order_id(rng: random.Random) -> str:
    return f"D01-{digits(rng, 7)}-{digits(rng, 7)}"


def ses_message_id(rng: random.Random, when: dt.datetime) -> str:
    """Message-ID in the shape Amazon SES gives (ms timestamp + uuid + suffix)."""
    ms = int(when.timestamp() * 1000)
    h = "".join(rng.choice("0123456789abcdef") for _ in range(32))
    return (
        f"<0100{ms:012x}-{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}-000000@email.amazonses.com>"
    )


def plain_message_id(rng: random.Random, when: dt.datetime, domain: str) -> str:
    stamp = when.strftime("%Y%m%d%H%M%S")
    tail = "".join(rng.choice("0123456789abcdefghijklmnopqrstuvwxyz") for _ in range(14))
    return f"<{stamp}.{tail}@{domain}>"


def hexid(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def ev(kind, program, *, amount=None, currency=None, expires_on=None, order_id=None, points=None, code=None):
    """One labelled event. Amounts are decimal strings in major units ("2.00", JPY "500")."""
    if isinstance(expires_on, dt.date):
        expires_on = expires_on.isoformat()
    return {
        "kind": kind,
        "program": program,
        "amount": amount,
        "currency": currency,
        "expires_on": expires_on,
        "order_id": order_id,
        "points": points,
        "code": code,
    }


def dec(minor: int, currency: str) -> str:
    """Minor units to the label's decimal string."""
    if currency == "JPY":
        return str(minor)
    return f"{minor // 100}.{minor % 100:02d}"


def grant(program, minor, currency, expires_on=None, order_id=None):
    return ev("grant", program, amount=dec(minor, currency), currency=currency, expires_on=expires_on, order_id=order_id)


def redeem(program, minor, currency, order_id):
    return ev("redeem", program, amount=dec(minor, currency), currency=currency, order_id=order_id)


def promise(program, minor, currency, order_id):
    return ev("promise", program, amount=dec(minor, currency), currency=currency, order_id=order_id)


def points(n, expires_on):
    return ev("points", "kindle-rewards", points=n, expires_on=expires_on)


def code(c, expires_on, minor=None, currency=None):
    return ev(
        "code",
        "promo-code",
        code=c,
        expires_on=expires_on,
        amount=None if minor is None else dec(minor, currency),
        currency=None if minor is None else currency,
    )


@dataclass
class Part:
    """One leaf body part: its text (unicode) and how it travels."""

    subtype: str  # "plain" or "html"
    text: str
    charset: str = "utf-8"
    cte: str = "quoted-printable"  # 7bit | 8bit | quoted-printable | base64
    disposition: str | None = None  # e.g. 'attachment; filename="x.html"'


@dataclass
class Msg:
    key: str  # stable slug, e.g. "norush-us-3"
    family: str
    mp: str | None  # US UK CA CAFR DE FR JP; None for mail from others
    date: dt.datetime  # aware datetime
    from_: str  # full From header value (unicode display name allowed)
    subject: str
    message_id: str
    body: object  # Part | ("alternative"|"mixed"|"related", [bodies]) | ("rfc822", Msg)
    to: str = USER
    subject_enc: str | None = None  # None (ASCII/raw UTF-8), "B" or "Q"
    subject_charset: str = "utf-8"
    extra_headers: list = field(default_factory=list)  # [(name, value)], placed after Message-ID
    auth: str | None = "pass"  # "pass", "fail", "none" (no header), or a literal header value
    crlf: bool = False
    labels: str = "Inbox,Category Updates,Opened"
    maildir: str = "cur"  # cur | new
    events: list = field(default_factory=list)
    note: str = ""
    raw_8bit_headers: bool = False  # write a non-ASCII display name / subject unencoded (UTF-8 bytes)
    copy_of: "Msg | None" = None  # an intended duplicate: the same message delivered again (only labels differ)

    @property
    def domain(self) -> str:
        addr = self.from_.rsplit("<", 1)[-1].rstrip(">").strip()
        return addr.rsplit("@", 1)[-1].lower()


def at(y, m, d, hh=9, mm=0, ss=0, tz=0):
    """An aware datetime; tz in hours (may be negative)."""
    return dt.datetime(y, m, d, hh, mm, ss, tzinfo=dt.timezone(dt.timedelta(hours=tz)))


def day(y, m, d):
    return dt.date(y, m, d)
