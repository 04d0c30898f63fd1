"""The long HTML (and plain-text) templates around every Amazon message.

A `Doc` collects content blocks written once as HTML fragments; the plain-text alternative is
derived from the same fragments (or given explicitly where the two should differ). Around the
content it puts what real retail mail carries: a hidden preheader, a logo bar with navigation, a
recommendation carousel with prices and ratings, a "deals" strip with end dates, a tracking pixel
and a legal footer with example prices.
"""

from __future__ import annotations

import datetime as dt
import html as htmlmod
import re

from . import locale as L

CSS = """
body{margin:0;padding:0;background:#ffffff;-webkit-text-size-adjust:100%;-ms-text-size-adjust:100%}
table{border-collapse:collapse;mso-table-lspace:0pt;mso-table-rspace:0pt}
img{border:0;outline:none;text-decoration:none;-ms-interpolation-mode:bicubic}
a{color:#0066c0;text-decoration:none}
a:hover{color:#c45500;text-decoration:underline}
#container{width:100%;max-width:640px;margin:0 auto;font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#0f1111}
#header{background:#232f3e;padding:12px 16px}
#header .nav a{color:#ffffff;font-size:13px;padding:0 6px}
.title h1{font-size:22px;font-weight:normal;color:#c45500;margin:18px 16px 6px}
.body{padding:8px 16px 16px;line-height:20px}
.summary td{padding:2px 0;font-size:13px}
.summary .total td{font-weight:bold;border-top:1px solid #d5d9d9;padding-top:6px}
.carousel td{vertical-align:top;padding:8px;width:25%}
.carousel .price{color:#B12704;font-size:15px}
.carousel .price sup{font-size:10px;vertical-align:top}
.carousel .was{color:#565959;text-decoration:line-through;font-size:12px}
.stars{color:#ffa41c;font-size:12px}
.deal{background:#cc0c39;color:#ffffff;font-size:11px;padding:2px 4px;border-radius:2px}
.button a{display:inline-block;background:#ffd814;border:1px solid #fcd200;border-radius:8px;color:#0f1111;padding:8px 18px}
#footer{background:#f0f2f2;color:#565959;font-size:11px;line-height:15px;padding:16px}
@media only screen and (max-width:480px){.carousel td{display:block;width:100%!important}.title h1{font-size:18px}}
""".strip()

BLOCK_TAGS = ("p", "div", "tr", "h1", "h2", "h3", "li", "table", "br", "hr")


def html_to_text(fragment: str) -> str:
    """A plain rendering of an HTML fragment: block tags become line breaks, entities decoded."""
    s = re.sub(r"(?is)<(style|script|head)\b.*?</\1>", "", fragment)
    s = re.sub(r"(?i)<br\s*/?>", "\n", s)
    s = re.sub(r"(?i)</?(p|div|tr|h[1-6]|li|table|hr)\b[^>]*>", "\n", s)
    s = re.sub(r"(?i)</t[dh]>", "  ", s)
    s = re.sub(r"<[^>]+>", "", s)
    s = htmlmod.unescape(s)
    lines = [re.sub(r"[ \t]+", " ", ln).strip() for ln in s.split("\n")]
    out = []
    for ln in lines:
        if ln or (out and out[-1]):
            out.append(ln)
    return "\n".join(out).strip()


def esc(s: str) -> str:
    return htmlmod.escape(s, quote=False)


def asin(rng) -> str:
    return "B0" + "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(8))


def ref(rng, prefix="pe") -> str:
    return f"ref_={prefix}_{rng.randint(1000000, 9999999)}_{rng.randint(100000000, 999999999)}"


class Doc:
    """One message's content, rendered as a full HTML page and as plain text."""

    def __init__(self, mp: str, rng, title: str, preheader: str | None = None, sender_kind: str = "retail"):
        self.mp = mp
        self.rng = rng
        self.title = title
        self.preheader = preheader
        self.sender_kind = sender_kind
        self.c = L.chrome(mp)
        self.www = "https://www." + L.DOMAIN[mp]
        self.blocks: list[tuple[str, str | None]] = []  # (html, text or None = derive)
        self.tail_blocks: list[tuple[str, str | None]] = []

    # ---- content blocks
    def p(self, html: str, text: str | None = None, style: str = ""):
        st = f' style="{style}"' if style else ""
        self.blocks.append((f"<p{st}>{html}</p>", text))
        return self

    def raw(self, html: str, text: str | None = None):
        self.blocks.append((html, text))
        return self

    def h(self, html: str, level: int = 2):
        self.blocks.append((f'<h{level} style="font-size:{20 - 2 * level}px;margin:14px 0 6px">{html}</h{level}>', None))
        return self

    def button(self, label: str, path: str):
        url = f"{self.www}{path}{'&' if '?' in path else '?'}{ref(self.rng, 'btn')}"
        self.blocks.append(
            (
                f'<table class="button" role="presentation"><tr><td><a href="{esc(url)}">{esc(label)}</a></td></tr></table>',
                f"{label}:\n{url}",
            )
        )
        return self

    def rule(self):
        self.blocks.append(('<hr style="border:0;border-top:1px solid #d5d9d9;margin:12px 0">', "-" * 60))
        return self

    def kv(self, rows: list[tuple[str, str]], cls: str = "kv"):
        """Label/value rows (order details, reward details)."""
        trs = "".join(f'<tr><td style="color:#565959;padding-right:12px">{k}</td><td>{v}</td></tr>' for k, v in rows)
        text = "\n".join(f"{L_strip(k)} {L_strip(v)}" for k, v in rows)
        self.blocks.append((f'<table class="{cls}" role="presentation">{trs}</table>', text))
        return self

    def summary(self, rows: list[tuple[str, str]], title: str | None = None, total_last: bool = True):
        """An order summary: label / amount rows, the last one bold (Grand Total)."""
        trs = []
        for i, (k, v) in enumerate(rows):
            cls = ' class="total"' if total_last and i == len(rows) - 1 else ""
            trs.append(f'<tr{cls}><td>{k}</td><td align="right" style="padding-left:24px">{v}</td></tr>')
        head = f"<h3 style=\"font-size:15px;margin:12px 0 4px\">{title}</h3>" if title else ""
        width = max(len(L_strip(k)) for k, _ in rows) + 2
        text_rows = [f"{L_strip(k):<{width}}{L_strip(v):>14}" for k, v in rows]
        text = ((L_strip(title) + "\n") if title else "") + "\n".join(text_rows)
        self.blocks.append((f'{head}<table class="summary" role="presentation" width="100%">{"".join(trs)}</table>', text))
        return self

    def items(self, lines: list[tuple[str, int, str, str]]):
        """Ordered items: (name, quantity, price text, seller line)."""
        rows = []
        texts = []
        for name, qty, price, seller in lines:
            url = f"{self.www}/dp/{asin(self.rng)}?{ref(self.rng, 'ox')}"
            img = f"https://m.media-amazon.com/images/I/{asin(self.rng)}{self.rng.randint(10, 99)}L._SS142_.jpg"
            q = {"fr": f"Qté : {qty}", "de": f"Menge: {qty}", "ja": f"数量：{qty}"}.get(L.LANG[self.mp], f"Qty: {qty}")
            rows.append(
                f'<tr><td width="90"><a href="{esc(url)}"><img src="{img}" width="80" alt=""></a></td>'
                f'<td><a href="{esc(url)}">{esc(name)}</a><br><span style="color:#565959">{esc(seller)}</span><br>{q}</td>'
                f'<td align="right" style="white-space:nowrap"><b>{price}</b></td></tr>'
            )
            texts.append(f"{name}\n  {seller}\n  {q}   {L_strip(price)}")
        self.blocks.append((f'<table class="items" role="presentation" width="100%">{"".join(rows)}</table>', "\n".join(texts)))
        return self

    def box(self, html_inner: str, text: str | None = None, color: str = "#f3fbf7"):
        self.blocks.append(
            (
                f'<table role="presentation" width="100%" style="background:{color};border:1px solid #c7e3d5;border-radius:6px"><tr><td style="padding:12px 14px">{html_inner}</td></tr></table>',
                text,
            )
        )
        return self

    def tail(self, html: str, text: str | None = None):
        """Fine print placed after the carousel, before the footer."""
        self.tail_blocks.append((f'<p style="font-size:12px;color:#565959">{html}</p>', text))
        return self

    # ---- chrome
    def _header(self) -> tuple[str, str]:
        brand = L.BRAND[self.mp]
        paths = ["/gp/css/order-history", "/gp/css/homepage.html", "/gp/buyagain"]
        links = " | ".join(
            f'<a href="{esc(self.www + p + "?" + ref(self.rng, "hdr"))}" style="color:#ffffff">{esc(n)}</a>'
            for n, p in zip(self.c["nav"], paths)
        )
        logo = f"https://m.media-amazon.com/images/G/0{self.rng.randint(1, 9)}/x-locale/common/transparent-pixel._CB{self.rng.randint(100000000, 999999999)}_.gif"
        h = (
            f'<tr><td id="header"><table role="presentation" width="100%"><tr>'
            f'<td><a href="{self.www}/?{ref(self.rng, "logo")}"><img src="{logo}" alt="{esc(brand)}" width="103" height="31"></a></td>'
            f'<td class="nav" align="right">{links}</td></tr></table></td></tr>'
        )
        t = f"{brand}    {' | '.join(self.c['nav'])}\n{'=' * 60}"
        return h, t

    def carousel(self, n: int | None = None) -> tuple[str, str]:
        rng = self.rng
        n = n or rng.randint(3, 6)
        picks = rng.sample(L.products(self.mp), n)
        title = rng.choice(self.c["carousel"])
        cells, texts = [], []
        for name, price in picks:
            url = f"{self.www}/dp/{asin(rng)}?{ref(rng, 'pd_ci_mcx_mh_mcx_views_0')}&pd_rd_w={rng.randint(10000, 99999)}"
            stars = f"{rng.randint(38, 49) / 10:.1f}"
            count = f"{rng.randint(120, 48000):,}"
            if L.LANG[self.mp] == "de":
                count = count.replace(",", ".")
            elif L.LANG[self.mp] == "fr":
                count = count.replace(",", L.NNBSP)
            was = price + rng.choice([0, 0, 500, 1000, 300]) * (1 if self.mp != "JP" else 2)
            if self.mp == "JP":
                price_html = f'<span class="price">{L.money("JP", price)}</span>'
            elif self.mp in ("US", "CA", "UK") and rng.random() < 0.6:
                sym = {"US": "$", "CA": "$", "UK": "£"}[self.mp]
                # the split rendering Amazon uses for prices in carousels
                price_html = f'<span class="price"><sup>{sym}</sup>{price // 100}<sup>{price % 100:02d}</sup></span>'
            else:
                price_html = f'<span class="price">{esc(L.money(self.mp, price))}</span>'
            was_html = f'<br><span class="was">{self.c["list"]} {esc(L.money(self.mp, was))}</span>' if was != price else ""
            if self.mp == "JP":
                rating = f'{self.c["stars"]}{stars}'
            else:
                rating = f'{stars.replace(".", ",") if L.LANG[self.mp] in ("de", "fr") else stars} {self.c["stars"]}'
            cells.append(
                f'<td><a href="{esc(url)}"><img src="https://m.media-amazon.com/images/I/{asin(rng)}._AC_SR160,160_.jpg" width="120" alt=""><br>{esc(name)}</a>'
                f'<br><span class="stars">{rating}</span> <span style="color:#565959">({count})</span><br>{price_html}{was_html}</td>'
            )
            texts.append(f"{name}\n  {rating} ({count})\n  {L.money(self.mp, price)}\n  {url}")
        rows = "".join(f'<tr>{"".join(cells[i:i + 2])}</tr>' for i in range(0, len(cells), 2))
        h = (
            f'<tr><td style="padding:8px 16px"><h2 style="font-size:17px;margin:16px 0 8px">{esc(title)}</h2>'
            f'<table class="carousel" role="presentation" width="100%">{rows}</table></td></tr>'
        )
        return h, f"{title}\n{'-' * len(title)}\n" + "\n\n".join(texts)

    def deals(self, when: dt.date, n: int | None = None) -> tuple[str, str]:
        rng = self.rng
        n = n or rng.randint(2, 4)
        picks = rng.sample(L.products(self.mp), n)
        title = rng.choice(self.c["deals"])
        rows, texts = [], []
        for name, price in picks:
            pct = rng.choice([10, 15, 20, 25, 30, 40])
            now = price * (100 - pct) // 100
            if self.mp != "JP" and now % 100 != 99:
                now = now - now % 100 - 1  # prices end in .99
            now = min(now, price - (100 if self.mp != "JP" else 10))
            ends = when + dt.timedelta(days=rng.randint(1, 12))
            ends_s = L.date(self.mp, ends, rng.choice(["long", "short"] if self.mp in ("US", "UK", "CA") else ["long"]))
            badge = f"-{pct}%" if self.mp != "JP" else f"{pct}%OFF"
            rows.append(
                f'<tr><td><span class="deal">{badge}</span> <a href="{self.www}/deal/{rng.randint(10**7, 10**8)}?{ref(rng, "dls")}">{esc(name)}</a></td>'
                f'<td align="right"><b>{esc(L.money(self.mp, now))}</b> <span class="was">{esc(L.money(self.mp, price))}</span></td></tr>'
                f'<tr><td colspan="2" style="font-size:11px;color:#565959">{esc(self.c["deal_ends"])} {esc(ends_s)}</td></tr>'
            )
            texts.append(f"{badge} {name}: {L.money(self.mp, now)} (was {L.money(self.mp, price)}) - {self.c['deal_ends']} {ends_s}"
                         if L.LANG[self.mp] == "en" else f"{badge} {name}: {L.money(self.mp, now)} / {L.money(self.mp, price)} - {self.c['deal_ends']} {ends_s}")
        h = (
            f'<tr><td style="padding:8px 16px"><h2 style="font-size:17px;margin:12px 0 6px">{esc(title)}</h2>'
            f'<table role="presentation" width="100%">{"".join(rows)}</table></td></tr>'
        )
        return h, f"{title}\n" + "\n".join(texts)

    def _footer(self, year: int) -> tuple[str, str]:
        lines = L.footer_lines(self.mp, year, self.rng)
        links = [
            (self.c["prefs"], "/gp/gss/manage"),
            (self.c["unsub"], "/gp/gss/o/" + "".join(self.rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(24))),
            (self.c["privacy"], "/gp/help/customer/display.html?nodeId=468496"),
        ]
        link_html = " | ".join(f'<a href="{self.www}{p}" style="color:#565959">{esc(n)}</a>' for n, p in links)
        h = (
            '<tr><td id="footer">'
            + "".join(f"<p>{esc(x)}</p>" for x in lines)
            + f"<p>{link_html}</p></td></tr>"
        )
        t = "\n\n".join(lines) + "\n\n" + "\n".join(f"{n}: {self.www}{p}" for n, p in links)
        return h, t

    # ---- rendering
    def render(
        self,
        when: dt.date,
        *,
        carousel: bool = True,
        deals: bool = False,
        text_carousel: bool | None = None,
        charset: str = "utf-8",
        entities: str = "none",
    ) -> tuple[str, str]:
        """(html, text). `entities`: none | named | numeric — how non-ASCII is written in the HTML."""
        rng = self.rng
        head_h, head_t = self._header()
        body_h = "".join(h for h, _ in self.blocks)
        body_t = "\n\n".join(t if t is not None else html_to_text(h) for h, t in self.blocks)
        car_h = car_t = deal_h = deal_t = ""
        if carousel:
            car_h, car_t = self.carousel()
        if deals:
            deal_h, deal_t = self.deals(when)
        tail_h = "".join(h for h, _ in self.tail_blocks)
        tail_t = "\n\n".join(t if t is not None else html_to_text(h) for h, t in self.tail_blocks)
        foot_h, foot_t = self._footer(when.year)
        pixel = (
            f'<img src="{self.www}/gp/r.html?C={rng.randint(10**12, 10**13):X}&amp;M=urn:rtn:msg:{when.strftime("%Y%m%d")}{rng.randint(10**15, 10**16):x}'
            f'&amp;R={rng.randint(10**9, 10**10):X}&amp;T=O&amp;U=https%3A%2F%2Fimages-na.ssl-images-amazon.com%2Fimages%2FG%2F01%2Fnav%2Ftransp.gif&amp;H={rng.randint(10**9, 10**10):X}" width="1" height="1" alt="">'
        )
        pre = (
            f'<div style="display:none;max-height:0;overflow:hidden;mso-hide:all">{self.preheader}'
            + "&nbsp;&zwnj;" * rng.randint(20, 60)
            + "</div>"
            if self.preheader
            else ""
        )
        lang = {"en": "en", "de": "de", "fr": "fr", "ja": "ja"}[L.LANG[self.mp]]
        html = (
            '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
            f'<html xmlns="http://www.w3.org/1999/xhtml" lang="{lang}">\n<head>\n'
            f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1.0">\n'
            f"<title>{esc(L.BRAND[self.mp])}</title>\n<style type=\"text/css\">\n{CSS}\n</style>\n</head>\n"
            f'<body>\n{pre}\n<table id="container" role="presentation" width="100%" cellpadding="0" cellspacing="0">\n'
            f"{head_h}\n"
            f'<tr><td class="title"><h1>{self.title}</h1></td></tr>\n'
            f'<tr><td class="body">\n{body_h}\n</td></tr>\n'
            f"{car_h}\n{deal_h}\n"
            + (f'<tr><td style="padding:0 16px">{tail_h}</td></tr>\n' if tail_h else "")
            + f"{foot_h}\n</table>\n{pixel}\n</body>\n</html>\n"
        )
        # long lines are typical of these templates; break between tags now and then
        html = re.sub(r"(</tr>|</table>|</p>)(?=<)", lambda m: m.group(1) + ("\n" if rng.random() < 0.7 else ""), html)
        html = to_entities(html, entities, charset)
        show_car = carousel if text_carousel is None else text_carousel
        parts = [head_t, html_to_text(f"<h1>{self.title}</h1>"), body_t]
        if show_car and car_t:
            parts.append(car_t)
        if deal_t:
            parts.append(deal_t)
        if tail_t:
            parts.append(tail_t)
        parts.append("=" * 60 + "\n" + foot_t)
        text = "\n\n".join(parts) + "\n"
        return html, text


NAMED = {"£": "&pound;", "€": "&euro;", "¥": "&yen;", "\u00a0": "&nbsp;", "’": "&rsquo;", "é": "&eacute;", "ä": "&auml;", "ü": "&uuml;", "ö": "&ouml;", "©": "&copy;", "è": "&egrave;", "à": "&agrave;", "ç": "&ccedil;", "ß": "&szlig;", "É": "&Eacute;", "Ü": "&Uuml;", "û": "&ucirc;", "ô": "&ocirc;", "î": "&icirc;", "ê": "&ecirc;", "«": "&laquo;", "»": "&raquo;"}


def to_entities(html: str, mode: str, charset: str) -> str:
    """Write characters as entities: 'named' for the common ones, 'numeric' for all non-ASCII,
    and always for characters the charset cannot carry."""
    from .mime import PY_CODEC

    codec = PY_CODEC[charset]
    out = []
    for ch in html:
        if ord(ch) < 128:
            out.append(ch)
            continue
        try:
            ok = ch.encode(codec).decode(codec) == ch
        except UnicodeError:
            ok = False
        if mode == "numeric" or (not ok and ch not in NAMED):
            out.append(f"&#{ord(ch)};")
        elif mode == "named" and ch in NAMED or not ok:
            out.append(NAMED[ch])
        else:
            out.append(ch)
    return "".join(out)


def L_strip(fragment: str) -> str:
    return html_to_text(fragment).replace("\n", " ")
