"""From a template (a function of an X context) to message bytes: picks the encoding
profile, renders text and HTML bodies, writes headers."""
import datetime as dt
import hashlib
import html
import random
import textwrap
import zlib
import struct

from mailbox_kit import fmt, mime

USER = dict(name="Dana Whitcombe", first="Dana", addr="dana.whitcombe@example.org")
USER_JA = "ウィットコム ダナ"
ORDER_PREFIX = {"US": ["111", "112", "113", "114"], "UK": ["202", "203", "204", "206", "026"],
                "CA": ["701", "702"], "DE": ["302", "303", "304", "305", "028"],
                "FR": ["402", "403", "404", "407", "171"], "JP": ["249", "250", "503"]}
TZ = {"US": -7, "UK": 0, "CA": -5, "DE": 1, "FR": 1, "JP": 9, None: 0}
LEGACY = {"US": ["windows-1252", "iso-8859-1", "us-ascii"], "UK": ["iso-8859-1", "windows-1252"],
          "CA": ["iso-8859-1", "windows-1252"], "DE": ["iso-8859-1", "windows-1252", "iso-8859-15"],
          "FR": ["iso-8859-15", "windows-1252", "iso-8859-1"], "JP": ["iso-2022-jp", "shift_jis"],
          None: ["iso-8859-1", "us-ascii"]}
LAYOUTS = ["plain", "html", "alt", "alt", "html", "plain", "related", "alt", "html", "mixed"]
CTES = ["quoted-printable", "base64", "8bit", "quoted-printable", "base64", "7bit"]


class X:
    """What a template sees: the message's marketplace, date, money/date formatters."""

    def __init__(self, ctx, market, when, charset, lang):
        self.ctx, self.market, self.when, self.charset, self.lang = ctx, market, when, charset, lang
        self.rng = ctx.rng
        self.day = when.date()
        self.name, self.first, self.addr = USER["name"], USER["first"], USER["addr"]
        self.name_ja = USER_JA
        self.euro_ok = mime.can_encode("€", charset)
        self.mstyle = self.rng.randrange(4)
        self.dstyle = self.rng.randrange(6)

    def M(self, cents, style=None):
        s = self.mstyle if style is None else style
        if self.market == "JP" and self.charset != "utf-8" and s % 4 == 2:
            s = 0
        if self.market == "CA" and self.lang == "fr":
            s = 3
        if self.market == "CA" and self.lang != "fr" and s % 4 == 3:
            s = 0
        return fmt.money(cents, self.market, s, self.euro_ok)

    def D(self, d, style=None):
        s = self.dstyle if style is None else style
        if self.market == "CA" and self.lang == "fr" and s % 4 == 1:
            s = 0
        if hasattr(d, "date"):
            d = d.date()
        return fmt.date(d, self.market, s, self.lang)

    def later(self, lo, hi):
        return self.day + dt.timedelta(days=self.rng.randint(lo, hi))

    def earlier(self, lo, hi):
        return self.day - dt.timedelta(days=self.rng.randint(lo, hi))

    def oid(self, digital=False):
        r = self.rng
        head = "D01" if digital else r.choice(ORDER_PREFIX[self.market])
        return f"{head}-{r.randrange(10**6, 10**7)}-{r.randrange(10**6, 10**7)}"

    def pick(self, seq):
        return self.rng.choice(seq)

    def ev(self, kind, program, cents=None, exp=None, oid=None, points=None, code=None):
        return dict(kind=kind, program=program,
                    amount=None if cents is None else fmt.dec(cents, self.market),
                    currency=None if cents is None else fmt.CUR[self.market],
                    expires_on=exp.isoformat() if exp else None, order_id=oid, points=points, code=code)


class Ctx:
    def __init__(self, seed):
        self.rng = random.Random(seed)
        self.n = 0
        self.rot = 0
        self.ids = set()

    def when(self):
        start = dt.datetime(2025, 4, 10, 5, 0)
        return start + dt.timedelta(minutes=self.rng.randrange(0, 580 * 24 * 60))


# ---------------------------------------------------------------- bodies
# Body markup: blank-line separated blocks; a block of lines starting with "|" is a
# table (cells split on " | "); "# " a heading; "- " list items; anything else a paragraph.

def blocks(body):
    out = []
    for blk in body.strip("\n").split("\n\n"):
        lines = blk.split("\n")
        if lines[0].startswith("|"):
            out.append(("table", [[c.strip() for c in l[1:].split(" | ")] for l in lines]))
        elif lines[0].startswith("# "):
            out.append(("h", lines[0][2:]))
            if lines[1:]:
                out.append(("p", "\n".join(lines[1:])))
        elif lines[0].startswith("- "):
            out.append(("ul", [l[2:] for l in lines]))
        else:
            out.append(("p", "\n".join(lines)))
    return out


def to_text(body, lang, rng, tstyle):
    parts = []
    wrap = lang != "ja"
    for kind, v in blocks(body):
        if kind == "table":
            if tstyle == 0:
                w = max(len(r[0]) for r in v) + 2
                parts.append("\n".join((r[0] + ":").ljust(w) + "  ".join(r[1:]) if len(r) > 1 else r[0] for r in v))
            elif tstyle == 1:
                parts.append("\n".join(("：" if lang == "ja" else ": ").join(r) if len(r) == 2 else "  ".join(r) for r in v))
            else:
                parts.append("\n".join("    ".join(r) for r in v))
        elif kind == "h":
            parts.append(v.upper() if lang not in ("ja",) else "■" + v)
        elif kind == "ul":
            parts.append("\n".join(("・" if lang == "ja" else "* ") + i for i in v))
        else:
            if wrap:
                parts.append("\n".join(textwrap.fill(l, 74, break_long_words=False, break_on_hyphens=False)
                                       for l in v.split("\n")))
            else:
                parts.append(v)
    return "\n\n".join(parts) + "\n"


def esc(s, ent):
    s = html.escape(s, quote=False)
    if ent:
        s = s.replace("€", "&euro;").replace("£", "&pound;").replace("\u00a0", "&nbsp;").replace("é", "&eacute;")
    return s


def to_html(body, title, hstyle, ent, brand):
    rows = []
    if hstyle == "layout":
        rows.append(f'<table width="100%" cellpadding="0" cellspacing="0" border="0" style="font-family:Arial,sans-serif">'
                    f'<tr><td style="background:#232f3e;padding:12px;color:#fff;font-size:20px">{esc(brand, ent)}</td></tr>'
                    f'<tr><td style="padding:16px">')
    for kind, v in blocks(body):
        if kind == "table":
            t = ['<table cellpadding="4" cellspacing="0" style="border-collapse:collapse">']
            for r in v:
                cells = "".join(f'<td style="padding:4px 8px">{esc(c, ent)}</td>' if i == 0 else
                                f'<td align="right" style="padding:4px 8px"><b>{esc(c, ent)}</b></td>'
                                for i, c in enumerate(r))
                t.append(f"<tr>{cells}</tr>")
            t.append("</table>")
            rows.append("\n".join(t))
        elif kind == "h":
            rows.append(f'<h2 style="font-size:18px;color:#c45500">{esc(v, ent)}</h2>')
        elif kind == "ul":
            rows.append("<ul>" + "".join(f"<li>{esc(i, ent)}</li>" for i in v) + "</ul>")
        else:
            inner = "<br>\n".join(esc(l, ent) for l in v.split("\n"))
            rows.append(f'<p style="margin:0 0 12px 0">{inner}</p>' if hstyle != "bare" else f"<div>{inner}</div>")
    if hstyle == "layout":
        rows.append('</td></tr><tr><td style="font-size:11px;color:#666;padding:12px">'
                    f'Sent by {esc(brand, ent)}; replies to this address are not read.</td></tr></table>')
    head = f"<title>{esc(title, ent)}</title>"
    return ("<!DOCTYPE html>\n<html>\n<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=CHARSET\">\n"
            f"{head}\n</head>\n<body>\n" + "\n".join(rows) + "\n</body>\n</html>\n")


def png(rng):
    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    raw = b"".join(b"\x00" + bytes(rng.randrange(256) for _ in range(12)) for _ in range(4))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 4, 4, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def msgid(ctx, domain):
    while True:
        a = "%016x" % ctx.rng.getrandbits(64)
        b = "%08x" % ctx.rng.getrandbits(32)
        mid = f"<0100{a[:12]}-{a[12:]}{b}-000000@{domain}>" if "amazon" in domain and ctx.rng.random() < 0.6 \
            else f"<{a}.{b}@{domain}>"
        if mid not in ctx.ids:
            ctx.ids.add(mid)
            return mid


def datehdr(when, market):
    off = TZ.get(market, 0)
    local = when + dt.timedelta(hours=off)
    sign = "+" if off >= 0 else "-"
    return local.strftime("%a, %d %b %Y %H:%M:%S ") + f"{sign}{abs(off):02d}00"


def root_domain(dom):
    parts = dom.split(".")
    n = 3 if dom.endswith((".co.uk", ".co.jp")) else 2
    return ".".join(parts[-n:])


class Msg:
    def __init__(self, **kw):
        self.__dict__.update(kw)


def make(ctx, family, market, tmpl, lang=None, negative=False, layout=None, charset=None, cte=None,
         auth="pass", sender=None, when=None, eol=None, note=""):
    """Build one message from template tmpl(x) -> dict(subject, body, events, sender, ...)."""
    rng = ctx.rng
    ctx.n += 1
    lang = lang or {"US": "en", "UK": "en", "CA": "en", "DE": "de", "FR": "fr", "JP": "ja", None: "en"}[market]
    if charset is None:
        charset = "utf-8" if rng.random() < (0.3 if market == "JP" else 0.55) else rng.choice(LEGACY[market])
    when = when or ctx.when()
    x = X(ctx, market, when, charset, lang)
    t = tmpl(x)
    if charset == "us-ascii" and not all(mime.can_encode(s, "us-ascii") for s in (t["body"], t["subject"])):
        charset = "utf-8"
        x.charset = charset
    # more Shift_JIS: every other UTF-8 Japanese message is re-encoded (uses no randomness,
    # so every other message keeps its bytes; U+00A5 would turn into a backslash, so not then)
    if market == "JP" and charset == "utf-8" and ctx.n % 2 == 0 and "¥" not in t["body"] + t["subject"] \
            and mime.can_encode(t["body"] + t["subject"], "shift_jis"):
        charset = "shift_jis"
        x.charset = charset
    if not mime.can_encode(t["body"], charset):
        raise ValueError(f"{family}: body not encodable in {charset}")
    sender = t.get("sender") or sender
    dom = sender[1].split("@")[1]
    layout = layout or t.get("layout") or LAYOUTS[(ctx.rot + rng.randrange(3)) % len(LAYOUTS)]
    ctx.rot += 1
    cte = cte or t.get("cte") or rng.choice(CTES)
    if charset == "iso-2022-jp" and cte in ("quoted-printable", "8bit"):
        cte = "7bit"
    tstyle = rng.randrange(3)
    text = to_text(t["body"], lang, rng, tstyle)
    hstyle = rng.choice(["layout", "simple", "bare"])
    ent = rng.random() < 0.3
    brand = sender[0]
    markup = to_html(t["body"], t["subject"], hstyle, ent, brand)
    meta_only = layout == "html" and charset != "us-ascii" and rng.random() < 0.15
    markup = markup.replace("CHARSET", charset)

    def leaf(ctype, s, c):
        enc = mime.encode_lines(s, charset)
        if charset == "iso-2022-jp" and c in ("quoted-printable", "8bit"):
            c = "7bit"
        if c == "7bit" and any(b > 127 for l in enc for b in l):
            c = "quoted-printable" if charset != "iso-2022-jp" else "base64"
        if c in ("7bit", "8bit") and any(len(l) > 900 for l in enc):
            c = "quoted-printable" if charset != "iso-2022-jp" else "base64"
        return mime.Text(ctype, s, charset, c, meta_only=meta_only and ctype == "text/html")

    bnd = lambda: "----=_Part_%d_%d.%d" % (rng.randrange(10**5), rng.randrange(10**9), rng.randrange(10**12))
    if layout == "plain":
        root = leaf("text/plain", text, cte)
    elif layout == "html":
        root = leaf("text/html", markup, cte)
    elif layout == "alt":
        root = mime.Multi("alternative", [leaf("text/plain", text, cte),
                                          leaf("text/html", markup, rng.choice(CTES))], bnd())
    elif layout == "related":
        img = mime.Binary('image/png; name="logo.png"', png(rng),
                          ["Content-ID: <logo@amazon>", 'Content-Disposition: inline; filename="logo.png"'])
        root = mime.Multi("related", [leaf("text/html", markup.replace("<body>\n", '<body>\n<img src="cid:logo@amazon" alt="">\n'), cte), img], bnd())
    else:  # mixed: text + small attachment
        att = mime.Binary('application/pdf; name="details.pdf"', b"%PDF-1.4\n% synthetic\n" + bytes(rng.randrange(256) for _ in range(96)),
                          ['Content-Disposition: attachment; filename="details.pdf"'])
        inner = mime.Multi("alternative", [leaf("text/plain", text, cte), leaf("text/html", markup, "quoted-printable")], bnd())
        root = mime.Multi("mixed", [inner, att], bnd())

    subj = t["subject"]
    if all(ord(c) < 128 for c in subj) and rng.random() < 0.75:
        sv = subj
    elif market == "JP" and rng.random() < 0.5:
        sv = mime.ew(subj, "B", "iso-2022-jp")
    else:
        sv = mime.ew(subj, rng.choice("BQ"), "utf-8")
    disp = sender[0]
    from_v = f'"{disp}" <{sender[1]}>' if all(ord(c) < 128 for c in disp) else f"{mime.ew(disp, 'B', 'utf-8')} <{sender[1]}>"
    mid = t.get("msgid") or msgid(ctx, dom)
    headers = []
    amazon_like = "amazon" in dom
    headers.append(("Return-Path", f"<{t.get('return_path', sender[1])}>"))
    if auth == "pass" and amazon_like:
        headers.append(("Authentication-Results", f"mx.example.net; dkim=pass header.i=@{root_domain(dom)}; spf=pass smtp.mailfrom={dom}; dmarc=pass header.from={root_domain(dom)}"))
    elif auth == "fail":
        fail = t.get("auth_fail", "dkim=fail (signature did not verify) header.i=@" + dom + "; spf=softfail smtp.mailfrom=" + dom + "; dmarc=fail (p=QUARANTINE) header.from=" + dom)
        headers.append(("Authentication-Results", "mx.example.net; " + fail))
    headers += [("From", from_v), ("To", t.get("to", f'"{USER["name"]}" <{USER["addr"]}>')),
                ("Subject", sv), ("Date", datehdr(when, market)), ("Message-ID", mid)]
    headers += t.get("headers", [])
    eol = eol or (b"\n" if rng.random() < 0.25 else b"\r\n")
    if "root" in t:
        root = t["root"]
    raw = mime.render(headers, root, eol)
    for e in t.get("events", []):
        assert e["kind"] in ("grant", "redeem", "promise", "points", "code")
    return Msg(family=family, market=market, raw=raw, msgid=mid, events=t.get("events", []),
               negative=negative, layout=layout, cte=cte, charset=charset, subj_enc=("raw" if sv == subj else sv[2:].split("?")[0] + "/" + sv.split("?")[2]),
               eol="LF" if eol == b"\n" else "CRLF", note=note, subject=subj, text=text, sender=sender, when=when)
