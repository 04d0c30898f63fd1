"""Dates written the way each marketplace writes them (never computed from a rule)."""
import datetime as dt

EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]
EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
DE_MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
             "September", "Oktober", "November", "Dezember"]
DE_DAYS = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
FR_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
             "septembre", "octobre", "novembre", "décembre"]
FR_DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
JP_DAYS = "月火水木金土日"


def d(s):
    """'2026-03-05' -> date"""
    return dt.date.fromisoformat(s)


def us_long(x, weekday=False):
    s = "%s %d, %d" % (EN_MONTHS[x.month - 1], x.day, x.year)
    return ("%s, %s" % (EN_DAYS[x.weekday()], s)) if weekday else s


def us_abbr(x):
    return "%s %d, %d" % (EN_MONTHS[x.month - 1][:3], x.day, x.year)


def us_num(x):
    return "%02d/%02d/%d" % (x.month, x.day, x.year)


def uk_long(x, weekday=False):
    s = "%d %s %d" % (x.day, EN_MONTHS[x.month - 1], x.year)
    return ("%s %s" % (EN_DAYS[x.weekday()], s)) if weekday else s


def uk_abbr(x):
    return "%d %s %d" % (x.day, EN_MONTHS[x.month - 1][:3], x.year)


def dmy_slash(x):
    return "%02d/%02d/%d" % (x.day, x.month, x.year)


def de_long(x, weekday=False):
    s = "%d. %s %d" % (x.day, DE_MONTHS[x.month - 1], x.year)
    return ("%s, %s" % (DE_DAYS[x.weekday()], s)) if weekday else s


def de_num(x):
    return "%02d.%02d.%d" % (x.day, x.month, x.year)


def fr_long(x, weekday=False):
    day = "1er" if x.day == 1 else str(x.day)
    s = "%s %s %d" % (day, FR_MONTHS[x.month - 1], x.year)
    return ("%s %s" % (FR_DAYS[x.weekday()], s)) if weekday else s


def jp_long(x, weekday=False, pad=False):
    s = ("%d年%02d月%02d日" if pad else "%d年%d月%d日") % (x.year, x.month, x.day)
    return s + ("（%s）" % JP_DAYS[x.weekday()] if weekday else "")


def jp_slash(x):
    return "%d/%02d/%02d" % (x.year, x.month, x.day)


def iso(x):
    return x.isoformat()


def rfc2822(when, tz_minutes):
    """Date header for an aware-less datetime `when` (local time) at offset tz_minutes."""
    sign = "+" if tz_minutes >= 0 else "-"
    m = abs(tz_minutes)
    return "%s, %02d %s %d %02d:%02d:%02d %s%02d%02d" % (
        EN_DAYS[when.weekday()][:3], when.day, EN_MONTHS[when.month - 1][:3], when.year,
        when.hour, when.minute, when.second, sign, m // 60, m % 60)
