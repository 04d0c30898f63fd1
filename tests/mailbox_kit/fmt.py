"""Money and dates the way each marketplace writes them."""
import datetime as dt

CUR = {"US": "USD", "UK": "GBP", "CA": "CAD", "DE": "EUR", "FR": "EUR", "JP": "JPY"}
EN_M = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December"]
DE_M = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
        "Oktober", "November", "Dezember"]
FR_M = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
        "octobre", "novembre", "décembre"]
EN_D = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
DE_D = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
FR_D = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
JP_D = "月火水木金土日"


def _group(n, sep):
    s = str(n)
    out = ""
    while len(s) > 3:
        out = sep + s[-3:] + out
        s = s[:-3]
    return s + out


def money(cents, market, style=0, euro_ok=True):
    """cents: integer minor units (JPY: yen). style picks one of the marketplace's forms."""
    whole, frac = divmod(cents, 100)
    if market == "JP":
        y = cents
        return [f"￥{_group(y, ',')}", f"{_group(y, ',')}円", f"¥{_group(y, ',')}",
                f"￥ {_group(y, ',')}"][style % 4]
    en = f"{_group(whole, ',')}.{frac:02d}"
    if market == "US":
        return [f"${en}", f"USD {en}", f"${en}" if frac else f"${whole}", f"US${en}"][style % 4]
    if market == "UK":
        return [f"£{en}", f"GBP {en}", f"£{en}" if frac else f"£{whole}", f"£{en}"][style % 4]
    if market == "CA":
        fr = f"{_group(whole, chr(0xa0))},{frac:02d}"
        return [f"CDN$ {en}", f"${en} CAD", f"CA${en}", f"{fr}\u00a0$"][style % 4]
    sep = "." if market == "DE" else "\u202f"
    eu = f"{_group(whole, sep)},{frac:02d}"
    if not euro_ok:
        return [f"EUR {eu}", f"{eu} EUR"][style % 2]
    return [f"{eu}\u00a0€", f"EUR {eu}", f"{eu} €", f"{eu} EUR"][style % 4]


def date(d, market, style=0, lang=None):
    lang = lang or {"US": "en", "UK": "en", "CA": "en", "DE": "de", "FR": "fr", "JP": "ja"}[market]
    if lang == "ja":
        return [f"{d.year}年{d.month}月{d.day}日", f"{d:%Y/%m/%d}",
                f"{d.year}年{d.month}月{d.day}日（{JP_D[d.weekday()]}）", f"{d:%Y-%m-%d}"][style % 4]
    if lang == "de":
        return [f"{d.day}. {DE_M[d.month - 1]} {d.year}", f"{d:%d.%m.%Y}",
                f"{DE_D[d.weekday()]}, {d.day}. {DE_M[d.month - 1]} {d.year}", f"{d.day}.{d.month}.{d.year}"][style % 4]
    if lang == "fr":
        day = "1er" if d.day == 1 else str(d.day)
        return [f"{day} {FR_M[d.month - 1]} {d.year}", f"{d:%d/%m/%Y}",
                f"{FR_D[d.weekday()]} {day} {FR_M[d.month - 1]} {d.year}", f"{d.day} {FR_M[d.month - 1]} {d.year}"][style % 4]
    if market == "UK":
        sfx = "th" if 11 <= d.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
        return [f"{d.day} {EN_M[d.month - 1]} {d.year}", f"{d:%d/%m/%Y}", f"{d.day}{sfx} {EN_M[d.month - 1]} {d.year}",
                f"{EN_D[d.weekday()][:3]} {d.day} {EN_M[d.month - 1][:3]} {d.year}"][style % 4]
    if market == "CA":
        return [f"{EN_M[d.month - 1]} {d.day}, {d.year}", f"{d:%Y-%m-%d}",
                f"{EN_D[d.weekday()]}, {EN_M[d.month - 1]} {d.day}, {d.year}", f"{EN_M[d.month - 1][:3]}. {d.day}, {d.year}"][style % 4]
    return [f"{EN_M[d.month - 1]} {d.day}, {d.year}", f"{d.month:02d}/{d.day:02d}/{d.year}",
            f"{EN_D[d.weekday()]}, {EN_M[d.month - 1]} {d.day}, {d.year}", f"{EN_M[d.month - 1][:3]} {d.day}, {d.year}",
            f"{d:%Y-%m-%d}", f"{d.month}/{d.day}/{d.year % 100:02d}"][style % 6]


def dec(cents, market):
    if market == "JP":
        return str(cents)
    return f"{cents // 100}.{cents % 100:02d}"
