"""From a message spec (who, when, what blocks, which labels) to bytes, choosing
the encoding profile, charsets, subject encoding and HTML generation per message.
"""
import datetime as dt
import random
import struct
import zlib
from dataclasses import dataclass, field

from . import fmt, mime, render
from .mime import SPLIT, Leaf, Multi

USER = dict(name="Alex Moreau", first="Alex", addr="alex.moreau@example.org")
USER_JA = "モロー アレックス"

ORDER_PREFIX = {"US": ["111", "112", "113", "114"], "UK": ["202", "203", "204", "205", "206", "026"],
                "CA": ["701", "702"], "DE": ["302", "303", "304", "305", "306", "028"],
                "FR": ["402", "403", "404", "405", "407", "171"], "JP": ["249", "250", "503"]}

LEGACY = {"US": ["windows-1252", "us-ascii", "iso-8859-1"], "UK": ["iso-8859-1", "windows-1252"],
          "CA": ["iso-8859-1", "windows-1252"], "DE": ["iso-8859-15", "windows-1252", "iso-8859-1"],
          "FR": ["iso-8859-15", "iso-8859-1", "windows-1252"], "JP": ["iso-2022-jp", "shift_jis"]}

# Encoding profiles: layout, transfer encodings of the text and HTML parts, charset
# family ("utf-8" or "legacy": the marketplace's older charset), HTML generation.
# An HTML part whose charset is named only in its <meta> (no charset parameter).
META_ONLY = dict(layout="html", hcte="quoted-printable", cs="windows-1252", hstyle="2015", meta_only=True)

PROFILES = [
    dict(layout="plain", tcte="quoted-printable", cs="utf-8"),
    dict(layout="html", hcte="quoted-printable", cs="utf-8", hstyle="modern"),
    dict(layout="alt", tcte="quoted-printable", hcte="quoted-printable", cs="utf-8", hstyle="modern"),
    dict(layout="plain", tcte="base64", cs="utf-8"),
    dict(layout="html", hcte="base64", cs="utf-8", hstyle="2015"),
    dict(layout="alt", tcte="8bit", hcte="base64", cs="utf-8", hstyle="2015"),
    dict(layout="plain", tcte="quoted-printable", cs="legacy"),
    dict(layout="html", hcte="quoted-printable", cs="legacy", hstyle="2015"),
    dict(layout="alt", tcte="base64", hcte="base64", cs="utf-8", hstyle="modern"),
    dict(layout="plain", tcte="8bit", cs="legacy"),
    dict(layout="html", hcte="8bit", cs="utf-8", hstyle="minimal"),
    dict(layout="alt", tcte="quoted-printable", hcte="quoted-printable", cs="legacy", hstyle="2015"),
    dict(layout="related", hcte="quoted-printable", cs="utf-8", hstyle="modern"),
    dict(layout="html", hcte="7bit", cs="us-ascii", hstyle="modern", ent="numeric"),
    dict(layout="plain", tcte="8bit", cs="utf-8", flowed=True),
    dict(layout="alt", tcte="7bit", hcte="quoted-printable", cs="legacy", hstyle="minimal"),
]


@dataclass
class Spec:
    family: str                      # row of the README table
    market: str
    sender: tuple                    # (display name, address)
    subject: str
    blocks: list
    f: dict                          # template fields (text)
    events: list = field(default_factory=list)
    negative: bool = False
    when: dt.datetime = None
    profile: dict = None             # forced profile (else rotated)
    money_fields: tuple = ("amt",)   # fields rendered as split prices in HTML
    split_fields: tuple = ("amt", "exp")
    headers: list = field(default_factory=list)   # extra (name, value) before the body
    auth: str = "pass"               # pass | fail | none
    attachments: list = field(default_factory=list)
    to: str = None
    msgid: str = None
    lang: str = None
    eol: bytes = None
    raw: bytes = None                # set when assembled
    note: str = ""                   # what is tricky about it (README)


class Ctx:
    def __init__(self, seed=4):
        self.rng = random.Random(seed)
        self.n = 0
        self.rot = {}
        self.used_ids = set()

    # -- deterministic rotation per key
    def turn(self, key, seq, random_start=False, stride=1):
        """The next item of seq for this key; stride 5 over the 16 profiles spreads a
        five-message family over plain, HTML, multipart and a legacy charset."""
        if key not in self.rot:
            self.rot[key] = self.rng.randrange(len(seq)) if random_start else 0
        i = self.rot[key]
        self.rot[key] = i + stride
        return seq[i % len(seq)]

    def digits(self, n):
        return "".join(self.rng.choice("0123456789") for _ in range(n))

    def hexs(self, n):
        return "".join(self.rng.choice("0123456789abcdef") for _ in range(n))

    def order_id(self, market, digital=False):
        while True:
            head = "D01" if digital else self.rng.choice(ORDER_PREFIX[market])
            oid = f"{head}-{self.digits(7)}-{self.digits(7)}"
            if oid not in self.used_ids:
                self.used_ids.add(oid)
                return oid

    def claim_code(self):
        al = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
        pick = lambda k: "".join(self.rng.choice(al) for _ in range(k))
        return f"{pick(4)}-{pick(6)}-{pick(4)}"

    def message_id(self, domain, style=None):
        style = style or self.rng.choice(["ses", "ses", "java", "plain"])
        if style == "ses":
            region = {"amazon.com": "", "amazon.ca": ""}.get(domain, "eu-west-1.")
            if domain == "amazon.co.jp":
                region = "ap-northeast-1."
            mid = f"<0100019{self.hexs(9)}-{self.hexs(8)}-{self.hexs(4)}-{self.hexs(4)}-{self.hexs(4)}-" \
                  f"{self.hexs(12)}-000000@{region}email.amazonses.com>"
        elif style == "java":
            mid = f"<{self.digits(9)}.{self.digits(6)}.{self.digits(13)}.JavaMail.email@ip-10-{self.rng.randint(0, 255)}-" \
                  f"{self.rng.randint(0, 255)}-{self.rng.randint(0, 255)}.{domain}>"
        else:
            mid = f"<{self.hexs(24)}@{domain}>"
        assert mid not in self.used_ids
        self.used_ids.add(mid)
        return mid

    def when(self, start=(2024, 1, 1), end=(2026, 9, 30)):
        a = dt.datetime(*start)
        b = dt.datetime(*end)
        secs = self.rng.randint(0, int((b - a).total_seconds()))
        return (a + dt.timedelta(seconds=secs)).replace(microsecond=0)


def ev(kind, program, amount=None, cur=None, expires=None, order=None, points=None, code=None):
    return {"kind": kind, "program": program,
            "amount": fmt.label_amount(amount, cur) if amount is not None else None,
            "currency": cur if amount is not None else None,
            "expires_on": expires.isoformat() if expires else None,
            "order_id": order, "points": points, "code": code}


# ---------------------------------------------------------------- pieces

def tiny_png(seed):
    """A valid 2x2 PNG (an inline logo for multipart/related)."""
    def chunk(t, d):
        c = struct.pack(">I", len(d)) + t + d
        return c + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)
    raw = b"".join(b"\x00" + bytes([(seed * 7 + i * 40) % 256] * 6) for i in range(2))
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 2, 2, 8, 2, 0, 0, 0)) + \
        chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")


def fake_pdf(rng, size):
    body = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<</Type/Catalog>>endobj\n"
    body += bytes(rng.getrandbits(8) for _ in range(size))
    return body + b"\n%%EOF\n"


def put_split(ctx, s):
    """Insert a forced-soft-break marker somewhere inside s (not at either end)."""
    if len(s) < 3:
        return s
    i = ctx.rng.randint(1, len(s) - 1)
    return s[:i] + SPLIT + s[i:]


# ---------------------------------------------------------------- charsets

def _encodes(text, cs):
    """True when text survives a round trip through cs (Shift_JIS turns ¥ into a backslash)."""
    plain = mime.strip_split(text)
    try:
        lines = mime.encode_text(plain, cs)
    except UnicodeEncodeError:
        return False
    back = "\n".join(ln.decode(cs) for ln in lines)
    fixed = "".join(mime._FALLBACK.get(c, c) for c in plain)
    return back in (plain, fixed)


def pick_charset(ctx, market, family_cs, text):
    if family_cs == "utf-8":
        return "utf-8"
    if family_cs not in ("legacy",):
        return family_cs
    order = LEGACY[market]
    start = ctx.turn(("legacy", market), list(range(len(order))))
    for k in range(len(order)):
        cs = order[(start + k) % len(order)]
        if _encodes(text, cs):
            return cs
    return None


# ---------------------------------------------------------------- assembly

TEXT_STYLES = [dict(wrap=None, kv="colon", heading="plain"), dict(wrap=72, kv="colon", heading="underline"),
               dict(wrap=None, kv="dots", heading="upper"), dict(wrap=64, kv="stack", heading="plain"),
               dict(wrap=None, kv="bullet", heading="plain")]
# How headers spell charsets and transfer encodings (parsers must not care).
SPELLINGS = [{}, {"utf-8": "UTF-8", "iso-8859-1": "ISO-8859-1", "iso-8859-15": "ISO-8859-15",
                  "windows-1252": "Windows-1252", "iso-2022-jp": "ISO-2022-JP", "shift_jis": "Shift_JIS"},
             {}, {"quoted-printable": "Quoted-Printable", "base64": "Base64", "utf-8": "UTF-8"},
             {"utf-8": "UTF-8", "base64": "BASE64", "shift_jis": "SHIFT_JIS", "us-ascii": "US-ASCII"}]
CTES = ["quoted-printable", "base64", "8bit", "quoted-printable", "base64", "7bit"]
ENTITY_MODES = ["none", "named", "numeric", "curly", "none", "hex"]


def auth_results(domain, verdict):
    if verdict == "pass":
        return f"mx.example.org; dkim=pass header.d={domain} header.s=224i4yxa5dv7c2xz3womw6peuasteono; " \
               f"spf=pass (mx.example.org: domain of bounces.{domain} designates 54.240.8.1 as permitted sender) " \
               f"smtp.mailfrom=bounces.{domain}; dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from={domain}"
    return f"mx.example.org; dkim=fail (signature did not verify) header.d={domain}; " \
           f"spf=softfail (mx.example.org: domain of transitioning {domain} does not designate 185.231.70.12 as " \
           f"permitted sender) smtp.mailfrom={domain}; dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) " \
           f"header.from={domain}"


def assemble(ctx, s):
    m = fmt.MARKETS[s.market]
    lang = s.lang or m["lang"]
    prof = dict(s.profile or ctx.turn(("profile", s.family), PROFILES, random_start=True, stride=5))
    ts = ctx.turn(("textstyle", s.market), TEXT_STYLES)
    if s.market == "JP" and prof["cs"] == "utf-8" and ctx.turn(("jp-legacy",), [False, True, False]):
        prof["cs"] = "legacy"    # Amazon.co.jp long sent ISO-2022-JP; about half the JP mail here is legacy
    if not (prof.get("flowed") or prof.get("meta_only") or prof["cs"] == "us-ascii"):
        # transfer encodings rotate per family on their own, so that no family is QP-only
        for k in ("tcte", "hcte"):
            if k in prof:
                prof[k] = ctx.turn(("cte", s.family), CTES, random_start=True)

    f = dict(s.f)
    qp_any = prof.get("tcte") == "quoted-printable" or prof.get("hcte") == "quoted-printable"
    if qp_any and ctx.rng.random() < 0.55:
        for k in s.split_fields:
            if k in f and f[k]:
                f[k] = put_split(ctx, f[k])

    text = render.to_text(s.blocks, f, **ts) if prof["layout"] in ("plain", "alt") else None

    hf = {}
    split_money = ctx.rng.random() < 0.6
    for k, v in f.items():
        if k in s.money_fields and split_money:
            hf[k] = render.split_money_html(v)
        elif k in ("exp",) and ctx.rng.random() < 0.3:
            hf[k] = f"<b>{render.esc(v)}</b>"
        else:
            hf[k] = render.esc(v)

    # charset
    probe = (text or "") + render.to_text(s.blocks, f) + s.subject
    cs = pick_charset(ctx, s.market, prof["cs"], probe)
    if cs is None:               # the legacy charsets cannot carry this wording
        cs = "utf-8"
    hs = prof.get("hstyle", "modern")
    ent = prof.get("ent") or ctx.turn(("ent", s.market), ENTITY_MODES)
    if prof.get("meta_only"):
        ent = "none"          # raw cp1252 bytes that only the <meta> names
    html_cs = cs
    if cs == "iso-2022-jp" and prof["layout"] != "plain":
        html_cs = "shift_jis"    # JIS mail carries its HTML part in Shift_JIS
    html = None
    if prof["layout"] in ("html", "alt", "related"):
        inner = render.blocks_html(s.blocks, hf, hs)
        year = (s.when or dt.datetime(2026, 1, 1)).year
        pre = mime.strip_split(s.subject)
        html = render.wrap_html(inner, hs, lang, m["brand"], m["domain"], year, pre, pre,
                                meta_charset=html_cs if prof.get("meta_only") or ent != "numeric" else None,
                                logo="cid:logo@amazon" if prof["layout"] == "related" else None)
        if not _encodes(html, html_cs) and ent == "none":
            ent = "named"
        html = render.entities(html, ent if html_cs != "us-ascii" else "numeric")

    def cte_for(wanted, data_text, charset):
        if wanted in ("7bit", "8bit"):
            ascii_only = all(b < 128 for ln in mime.encode_text(mime.strip_split(data_text), charset) for b in ln)
            return "7bit" if ascii_only else "8bit"
        return wanted

    parts = []
    if text is not None:
        tcte = prof["tcte"]
        if cs == "iso-2022-jp":
            tcte = "7bit"
        params = "format=flowed" if prof.get("flowed") else ""
        if prof.get("flowed"):
            text = flow(text)
        parts.append(Leaf("text/plain", text=text, charset=cs, cte=cte_for(tcte, text, cs), params=params))
    if html is not None:
        hcte = prof["hcte"]
        if html_cs == "iso-2022-jp":
            hcte = "7bit"
        parts.append(Leaf("text/html", text=html, charset=html_cs, cte=cte_for(hcte, html, html_cs),
                          declare=not prof.get("meta_only")))

    spelling = ctx.turn(("spelling",), SPELLINGS)
    for p in parts:
        p.spelling = spelling
    bnd = lambda: f"----=_Part_{ctx.digits(7)}_{ctx.digits(9)}.{ctx.digits(13)}"
    if prof["layout"] == "alt":
        root = Multi("alternative", parts, bnd())
    elif prof["layout"] == "related":
        img = Leaf("image/png", data=tiny_png(ctx.n), cte="base64", params='name="logo.png"',
                   headers=["Content-ID: <logo@amazon>", 'Content-Disposition: inline; filename="logo.png"'])
        root = Multi("related", [parts[0], img], bnd(), params='type="text/html"')
    else:
        root = parts[0]
    if s.attachments:
        root = Multi("mixed", [root] + s.attachments, bnd())

    when = s.when or ctx.when()
    domain = s.sender[1].split("@")[1]
    msgid = s.msgid or ctx.message_id(m["domain"] if domain.endswith(m["domain"]) else domain)
    s.msgid = msgid
    subj_how, subj_cs = subject_encoding(ctx, s.subject, s.market)
    subject = mime.subject_value(s.subject, subj_how, subj_cs) if subj_how != "raw8" else s.subject.encode("utf-8")

    hdrs = list(s.headers)
    if s.auth in ("pass", "fail") and not any(h[0] == "Authentication-Results" for h in hdrs):
        hdrs.insert(0, ("Authentication-Results", auth_results(domain if s.auth == "fail" else
                                                               domain.split("gc.email.")[-1], s.auth)))
    disp = s.sender[0]
    from_v = f'"{disp}" <{s.sender[1]}>' if disp.isascii() else f"{mime.ew_b(disp, 'utf-8')} <{s.sender[1]}>"
    to = s.to or f"{USER['name']} <{USER['addr']}>"
    hdrs += [("Date", fmt.rfc2822(when, m["tz"] if ctx.rng.random() < 0.6 else "+0000")),
             ("From", from_v), ("To", to), ("Message-ID", msgid), ("Subject", subject)]
    eol = s.eol or (b"\r\n" if ctx.rng.random() < 0.75 else b"\n")
    s.when = when
    s.raw = mime.render(hdrs, root, eol)
    s.profile = prof
    s.charset = cs
    s.subject_how = (subj_how, subj_cs)
    return s


def subject_encoding(ctx, subject, market):
    if subject.isascii():
        return ctx.turn(("subj_ascii",), [("raw", None), ("raw", None), ("q", "utf-8"), ("raw", None),
                                          ("b", "utf-8"), ("raw", None)])
    if market == "JP":
        opts = [("b", "utf-8"), ("b", "iso-2022-jp"), ("q", "utf-8"), ("b", "shift_jis"), ("b", "iso-2022-jp")]
    elif market in ("DE", "FR", "CA"):
        opts = [("q", "utf-8"), ("q", "iso-8859-1"), ("b", "utf-8"), ("q", "iso-8859-15"), ("b", "utf-8"),
                ("raw8", None)]
    else:
        opts = [("q", "utf-8"), ("b", "utf-8"), ("q", "windows-1252")]
    for _ in range(len(opts)):
        how, cs = ctx.turn(("subj", market), opts)
        if how == "raw8":
            return how, cs
        try:
            subject.encode(cs)
            return how, cs
        except UnicodeEncodeError:
            continue
    return "b", "utf-8"


def flow(text):
    """format=flowed (RFC 3676): long lines broken with a trailing space."""
    out = []
    for line in text.split("\n"):
        while len(line) > 66 and " " in line[:66]:
            cut = line.rfind(" ", 0, 66)
            out.append(line[:cut + 1])
            line = line[cut + 1:]
        out.append(line)
    return "\n".join(out)
