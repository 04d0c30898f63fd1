"""One message body described as blocks, rendered as plain text or as HTML.

Blocks: ("h", s) heading, ("p", s) paragraph, ("kv", [(k, v)]) labelled rows,
("lines", [s]) lines kept as they are (order summaries), ("small", s) fine print,
("sig", s) a signature. Strings are templates whose {fields} are filled with
text values for plain text and with HTML values (entities, amounts split across
tags) for HTML.
"""
import html
import html.entities
import re
import textwrap

from .mime import SPLIT

# ------------------------------------------------------------------ text

def to_text(blocks, f, wrap=None, kv="colon", heading="plain", bullet=None):
    out = []
    for kind, val in blocks:
        if kind == "h":
            s = val.format(**f)
            if heading == "underline":
                out += [s, "=" * min(len(s), 60)]
            elif heading == "upper":
                out.append(s.upper() if s.isascii() else s)
            else:
                out.append(s)
            out.append("")
        elif kind == "p":
            s = val.format(**f)
            if wrap:
                out += textwrap.wrap(s, wrap, break_long_words=False, break_on_hyphens=False) or [""]
            else:
                out.append(s)
            out.append("")
        elif kind == "kv":
            width = max(len(k.format(**f)) for k, _ in val) + 1
            for k, v in val:
                k, v = k.format(**f), v.format(**f)
                if kv == "dots":
                    out.append(f"{k} {'.' * (width - len(k) + 3)} {v}")
                elif kv == "stack":
                    out += [k, f"    {v}"]
                elif kv == "bullet":
                    out.append(f"{bullet or '*'} {k}: {v}")
                else:
                    out.append(f"{k}: {v}" if not k.endswith("：") else f"{k}{v}")
            out.append("")
        elif kind == "lines":
            out += [s.format(**f) for s in val]
            out.append("")
        elif kind == "small":
            s = val.format(**f)
            out += (textwrap.wrap(s, wrap or 76, break_long_words=False) or [""]) if s.isascii() else [s]
            out.append("")
        elif kind == "sig":
            out += val.format(**f).split("\n")
            out.append("")
        else:
            raise ValueError(kind)
    while out and out[-1] == "":
        out.pop()
    return "\n".join(out) + "\n"


# ------------------------------------------------------------------ html values

def esc(s):
    return html.escape(s, quote=False)


def split_money_html(s):
    """'$2.00' -> spans for symbol, whole and fraction, as shop pages mark prices up."""
    m = re.match(r"^(\D*?)(\d[\d,. \u00a0" + SPLIT + r"]*?)([.,]" + SPLIT + r"?\d\d)?(\D*)$", s)
    if not m:
        return esc(s)
    pre, whole, frac, post = m.groups()
    out = ""
    if pre:
        out += f'<span class="cur">{esc(pre)}</span>'
    out += f'<span class="whole">{esc(whole)}</span>'
    if frac:
        out += f'<span class="frac">{esc(frac)}</span>'
    if post:
        out += f'<span class="cur">{esc(post)}</span>'
    return out


def entities(markup, mode):
    """Write non-ASCII characters (and apostrophes) as entities: none, named or numeric."""
    if mode == "none":
        return markup
    out = []
    for ch in markup:
        cp = ord(ch)
        if ch == "'":
            out.append("&#39;" if mode == "numeric" else "&rsquo;" if mode == "curly" else "&#39;")
        elif cp < 128:
            out.append(ch)
        elif mode in ("named", "curly") and cp in html.entities.codepoint2name:
            out.append(f"&{html.entities.codepoint2name[cp]};")
        elif mode == "hex":
            out.append(f"&#x{cp:X};")
        else:
            out.append(f"&#{cp};")
    return "".join(out)


# ------------------------------------------------------------------ html bodies

def _fill(tpl, hf):
    return esc(tpl).format(**hf)


def blocks_html(blocks, hf, style):
    out = []
    for kind, val in blocks:
        if kind == "h":
            if style == "2015":
                out.append(f'<font face="Verdana,Arial" size="3" color="#CC6600"><b>{_fill(val, hf)}</b></font><br><br>')
            else:
                out.append(f'<h2 style="margin:0 0 12px;font-size:20px;color:#0F1111">{_fill(val, hf)}</h2>')
        elif kind == "p":
            if style == "2015":
                out.append(f'<font face="Verdana,Arial" size="2">{_fill(val, hf)}</font><br><br>')
            else:
                out.append(f'<p style="margin:0 0 14px;line-height:20px">{_fill(val, hf)}</p>')
        elif kind == "kv":
            rows = []
            for k, v in val:
                if style == "2015":
                    rows.append(f'<tr><td valign="top"><font face="Verdana" size="2"><b>{_fill(k, hf)}</b></font></td>'
                                f'<td><font face="Verdana" size="2">{_fill(v, hf)}</font></td></tr>')
                elif style == "minimal":
                    rows.append(f"<tr><th align=\"left\">{_fill(k, hf)}</th><td>{_fill(v, hf)}</td></tr>")
                else:
                    rows.append(f'<tr><td style="padding:6px 12px;color:#565959;width:40%">{_fill(k, hf)}</td>'
                                f'<td style="padding:6px 12px;font-weight:bold">{_fill(v, hf)}</td></tr>')
            attrs = 'border="0" cellpadding="2" cellspacing="0"' if style == "2015" \
                else 'role="presentation" style="border-collapse:collapse;margin:0 0 16px;background:#F7FAFA"'
            out.append(f"<table {attrs}>")
            out += rows
            out.append("</table>")
        elif kind == "lines":
            out.append('<table cellpadding="3" cellspacing="0">')
            for s in val:
                cells = [_fill(c, hf) for c in re.split(r"\s{2,}|\t", s)]
                if len(cells) == 1:
                    out.append(f'<tr><td colspan="2">{cells[0]}</td></tr>')
                else:
                    out.append(f'<tr><td>{cells[0]}</td><td align="right">{" ".join(cells[1:])}</td></tr>')
            out.append("</table>")
        elif kind == "small":
            if style == "2015":
                out.append(f'<font face="Verdana" size="1" color="#666666">{_fill(val, hf)}</font><br>')
            else:
                out.append(f'<p style="font-size:11px;color:#6F7373;margin:16px 0 0">{_fill(val, hf)}</p>')
        elif kind == "sig":
            out.append("<p>" + "<br>\n".join(_fill(x, hf) for x in val.split("\n")) + "</p>")
        else:
            raise ValueError(kind)
    return "\n".join(out)


CHROME = {
    "en": dict(account="Your Account", orders="Your Orders", help="Help",
               auto="This message was sent from an address that cannot accept replies.",
               legal="Copyright {year} {brand}, Inc. or its affiliates. All rights reserved."),
    "de": dict(account="Mein Konto", orders="Meine Bestellungen", help="Hilfe",
               auto="Diese Nachricht wurde von einer Adresse verschickt, die keine Antworten empfangen kann.",
               legal="© {year} {brand} oder verbundene Unternehmen."),
    "fr": dict(account="Votre compte", orders="Vos commandes", help="Aide",
               auto="Ce message a été envoyé depuis une adresse qui ne peut pas recevoir de réponse.",
               legal="© {year} {brand} ou ses filiales."),
    "ja": dict(account="アカウントサービス", orders="注文履歴", help="ヘルプ",
               auto="このメールは配信専用アドレスから送信されています。ご返信いただいてもお答えできませんのでご了承ください。",
               legal="© {year} {brand}"),
}


def wrap_html(inner, style, lang, brand, domain, year, title, preheader, meta_charset=None, chrome=True,
              logo=None):
    c = CHROME[lang]
    legal = esc(c["legal"].format(year=year, brand=brand))
    links = (f'<a href="https://www.{domain}/gp/css/homepage.html">{esc(c["account"])}</a> | '
             f'<a href="https://www.{domain}/gp/css/order-history">{esc(c["orders"])}</a> | '
             f'<a href="https://www.{domain}/gp/help/customer/display.html">{esc(c["help"])}</a>')
    if style == "2015":
        meta = f'<meta http-equiv="Content-Type" content="text/html; charset={meta_charset}">' if meta_charset else ""
        return "\n".join([
            "<html>", f"<head>{meta}<title>{esc(title)}</title></head>",
            '<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0">',
            '<table width="100%" border="0" cellspacing="0" cellpadding="0">',
            f'<tr><td><img src="https://images.{domain}/images/G/01/email/logo.gif" alt="{esc(brand)}" width="150" height="40"></td>',
            f'<td align="right" valign="bottom"><font face="Verdana" size="1">{links}</font></td></tr>',
            "</table>",
            '<table width="640" border="0" cellspacing="0" cellpadding="12"><tr><td>',
            inner,
            "</td></tr></table>",
            f'<hr size="1" noshade><font face="Verdana" size="1" color="#999999">{esc(c["auto"])}<br>{legal}</font>',
            "</body>", "</html>", ""])
    if style == "modern":
        meta = f'<meta charset="{meta_charset}">' if meta_charset else ""
        return "\n".join([
            "<!DOCTYPE html>", f'<html lang="{lang}">',
            f'<head>{meta}<meta name="viewport" content="width=device-width, initial-scale=1">',
            f"<title>{esc(title)}</title>",
            "<style>body{margin:0;background:#EAEDED}.card{max-width:600px;margin:0 auto;background:#FFFFFF;"
            "font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#0F1111}.whole{font-size:22px}"
            ".frac,.cur{font-size:13px;vertical-align:top}</style>",
            "</head>", "<body>",
            f'<div style="display:none;max-height:0;overflow:hidden;mso-hide:all">{esc(preheader)}'
            + "&#847;&zwnj;&nbsp;" * 6 + "</div>",
            '<div class="card">',
            f'<div style="padding:16px 24px;background:#232F3E"><img src="{logo or "https://m.media-amazon.com/images/G/01/email/logo-white.png"}" alt="{esc(brand)}" width="104"></div>',
            '<div style="padding:24px">', inner, "</div>",
            f'<div style="padding:16px 24px;font-size:11px;color:#6F7373;border-top:1px solid #D5D9D9">{links}<br>'
            f"{esc(c['auto'])}<br>{legal}</div>",
            "</div>", "</body>", "</html>", ""])
    # minimal: what a plain internal tool or an old transactional system sends
    if not chrome:
        return inner + "\n"
    return "\n".join(["<html><body>", inner, f"<p><small>{legal}</small></p>", "</body></html>", ""])
