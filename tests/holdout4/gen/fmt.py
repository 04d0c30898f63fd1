"""Money and dates as each marketplace writes them.

Amounts are integers in minor units (cents, pence; yen for JPY). Every formatter
returns plain text; HTML variants are made later from the same strings.
"""
import datetime as dt

MARKETS = {
    "US": dict(domain="amazon.com", brand="Amazon.com", cur="USD", lang="en", tz="-0700"),
    "UK": dict(domain="amazon.co.uk", brand="Amazon.co.uk", cur="GBP", lang="en", tz="+0100"),
    "CA": dict(domain="amazon.ca", brand="Amazon.ca", cur="CAD", lang="en", tz="-0400"),
    "DE": dict(domain="amazon.de", brand="Amazon.de", cur="EUR", lang="de", tz="+0200"),
    "FR": dict(domain="amazon.fr", brand="Amazon.fr", cur="EUR", lang="fr", tz="+0200"),
    "JP": dict(domain="amazon.co.jp", brand="Amazon.co.jp", cur="JPY", lang="ja", tz="+0900"),
}

MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July",
             "August", "September", "October", "November", "December"]
MONTHS_EN_ABBR = [m[:3] for m in MONTHS_EN]
# Associated Press style: short months get a dot, March-July are written out.
MONTHS_EN_AP = ["Jan.", "Feb.", "March", "April", "May", "June", "July",
                "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
MONTHS_DE = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli",
             "August", "September", "Oktober", "November", "Dezember"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet",
             "août", "septembre", "octobre", "novembre", "décembre"]
WEEKDAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
WEEKDAYS_DE = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
WEEKDAYS_FR = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
WEEKDAYS_JA = "月火水木金土日"

# Date styles each marketplace uses; the generator rotates through them.
DATE_STYLES = {
    "US": ["us_long", "us_abbr", "us_slash", "iso", "us_slash_short", "us_wd", "us_ap",
           "us_long", "us_slash_yy", "us_abbr"],
    "UK": ["uk_long", "uk_slash", "uk_abbr", "uk_wd", "uk_ord", "uk_slash"],
    "CA": ["us_long", "iso", "us_abbr", "iso", "us_long"],
    "DE": ["de_dot", "de_long", "de_dot_short", "de_wd", "de_dot", "iso"],
    "FR": ["fr_long", "fr_slash", "fr_wd", "fr_long", "fr_slash"],
    "JP": ["jp_kanji", "jp_slash", "jp_kanji_pad", "jp_wd", "jp_slash_short"],
}

# Amount styles each marketplace uses (EUR styles with the euro sign are
# avoided by the caller when the charset cannot carry it).
MONEY_STYLES = {
    "USD": ["sym", "sym0", "us$", "usd", "sym", "usd_post", "sym_sp"],
    "GBP": ["sym", "gbp", "sym0", "sym", "gbp_post"],
    "CAD": ["cdn", "c$", "ca$", "sym", "cad", "sym_cad"],
    "EUR": ["post", "eur", "post_nb", "eur_post", "post", "post0"],
    "JPY": ["fw", "en", "fw_sp", "en_sp", "hw", "jpy"],
}


def label_amount(minor, cur):
    """The decimal string expected.json uses: "2.00", JPY "100"."""
    if cur == "JPY":
        return str(minor)
    return f"{minor // 100}.{minor % 100:02d}"


def _group(n, sep):
    s = str(n)
    out = []
    while len(s) > 3:
        out.insert(0, s[-3:])
        s = s[:-3]
    out.insert(0, s)
    return sep.join(out)


def num_en(minor, decimals=True):
    whole = _group(minor // 100, ",")
    return f"{whole}.{minor % 100:02d}" if decimals else whole


def num_eu(minor, decimals=True):
    whole = _group(minor // 100, ".")
    return f"{whole},{minor % 100:02d}" if decimals else whole


def money(minor, cur, style):
    """One amount in one of its marketplace's written forms."""
    whole_only = minor % 100 == 0
    if cur == "USD":
        n = num_en(minor)
        return {
            "sym": f"${n}",
            "sym0": f"${num_en(minor, False)}" if whole_only else f"${n}",
            "us$": f"US${n}",
            "usd": f"USD {n}",
            "usd_post": f"{n} USD",
            "sym_sp": f"$ {n}",
        }[style]
    if cur == "GBP":
        n = num_en(minor)
        return {
            "sym": f"£{n}",
            "sym0": f"£{num_en(minor, False)}" if whole_only else f"£{n}",
            "gbp": f"GBP {n}",
            "gbp_post": f"{n} GBP",
        }[style]
    if cur == "CAD":
        n = num_en(minor)
        return {
            "cdn": f"CDN$ {n}",
            "c$": f"C${n}",
            "ca$": f"CA${n}",
            "cad": f"CAD {n}",
            "sym": f"${n}",
            "sym_cad": f"${n} CAD",
            "fr": f"{num_eu(minor).replace('.', ' ')} $",
        }[style]
    if cur == "EUR":
        n = num_eu(minor)
        return {
            "post": f"{n} €",
            "post_nb": f"{n}\u00a0€",
            "eur": f"EUR {n}",
            "eur_post": f"{n} EUR",
            "post0": f"{num_eu(minor, False)} €" if whole_only else f"{n} €",
        }[style]
    if cur == "JPY":
        n = _group(minor, ",")
        return {
            "fw": f"￥{n}",
            "fw_sp": f"￥ {n}",
            "hw": f"¥{n}",
            "en": f"{n}円",
            "en_sp": f"{n} 円",
            "jpy": f"JPY {n}",
        }[style]
    raise ValueError(cur)


def money_needs(style, cur):
    """The non-ASCII characters a money style writes (for charset choices)."""
    s = money(100, cur, style)
    return {c for c in s if ord(c) > 127}


def _ord_en(day):
    if 10 <= day % 100 <= 20:
        return f"{day}th"
    return f"{day}" + {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")


def date(d, style):
    """One calendar date in one written form."""
    y, m, dd = d.year, d.month, d.day
    wd = d.weekday()
    if style == "iso":
        return d.isoformat()
    if style == "us_long":
        return f"{MONTHS_EN[m - 1]} {dd}, {y}"
    if style == "us_abbr":
        return f"{MONTHS_EN_ABBR[m - 1]} {dd}, {y}"
    if style == "us_ap":
        return f"{MONTHS_EN_AP[m - 1]} {dd}, {y}"
    if style == "us_slash":
        return f"{m:02d}/{dd:02d}/{y}"
    if style == "us_slash_short":
        return f"{m}/{dd}/{y}"
    if style == "us_slash_yy":
        return f"{m}/{dd}/{y % 100:02d}"
    if style == "us_wd":
        return f"{WEEKDAYS_EN[wd]}, {MONTHS_EN[m - 1]} {dd}, {y}"
    if style == "uk_long":
        return f"{dd} {MONTHS_EN[m - 1]} {y}"
    if style == "uk_abbr":
        return f"{dd} {MONTHS_EN_ABBR[m - 1]} {y}"
    if style == "uk_slash":
        return f"{dd:02d}/{m:02d}/{y}"
    if style == "uk_wd":
        return f"{WEEKDAYS_EN[wd]} {dd} {MONTHS_EN[m - 1]} {y}"
    if style == "uk_ord":
        return f"{_ord_en(dd)} {MONTHS_EN[m - 1]} {y}"
    if style == "de_dot":
        return f"{dd:02d}.{m:02d}.{y}"
    if style == "de_dot_short":
        return f"{dd}.{m}.{y}"
    if style == "de_long":
        return f"{dd}. {MONTHS_DE[m - 1]} {y}"
    if style == "de_wd":
        return f"{WEEKDAYS_DE[wd]}, {dd}. {MONTHS_DE[m - 1]} {y}"
    if style == "fr_long":
        day = "1er" if dd == 1 else str(dd)
        return f"{day} {MONTHS_FR[m - 1]} {y}"
    if style == "fr_slash":
        return f"{dd:02d}/{m:02d}/{y}"
    if style == "fr_wd":
        day = "1er" if dd == 1 else str(dd)
        return f"{WEEKDAYS_FR[wd]} {day} {MONTHS_FR[m - 1]} {y}"
    if style == "jp_kanji":
        return f"{y}年{m}月{dd}日"
    if style == "jp_kanji_pad":
        return f"{y}年{m:02d}月{dd:02d}日"
    if style == "jp_slash":
        return f"{y}/{m:02d}/{dd:02d}"
    if style == "jp_slash_short":
        return f"{y}/{m}/{dd}"
    if style == "jp_wd":
        return f"{y}年{m}月{dd}日（{WEEKDAYS_JA[wd]}）"
    raise ValueError(style)


def rfc2822(when, tz):
    """A Date header value: `when` is a naive UTC datetime shown in offset `tz`."""
    sign = 1 if tz[0] == "+" else -1
    off = dt.timedelta(hours=int(tz[1:3]), minutes=int(tz[3:5])) * sign
    local = when + off
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    return f"{days[local.weekday()]}, {local.day:02d} {MONTHS_EN_ABBR[local.month - 1]} {local.year} " \
           f"{local:%H:%M:%S} {tz}"
