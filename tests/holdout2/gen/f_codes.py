"""Promotion codes: amount and percent, minimum spends, expiries, several codes in one mail."""
from .common import Msg, amz, code, html_shell
from .dates import d, de_num, dmy_slash, fr_long, jp_long, us_long, us_num
from .mime import SOFT, Multi, Text

NEWS = ("Amazon.com", "store-news@amazon.com")


def build():
    three = [("FALLREAD3", "$3 off any Kindle book", "2025-10-31", "3.00"),
             ("FALLREAD6", "$6 off Kindle books totalling $30 or more", "2025-11-15", "6.00"),
             ("PRINTS15", "15% off Amazon Photos prints", "2025-11-30", None)]
    rows = "".join("<tr><td style='font-family:monospace'><b>%s</b></td><td>%s</td><td>%s</td></tr>"
                   % (c, what, us_num(d(e))) for c, what, e, _ in three)
    return [
        Msg("cd-amount", "2026-03-09 08:00:00", NEWS, "$5 off your next Kindle books",
            Text("Hi Priya,\n\nIt's been a while since your last Kindle book. Here's $5 off a purchase "
                 "of $15 or more.\n\nYour code: READMORE5Q\n\nEnter it at checkout before it ends on "
                 "%s at 11:59 PM PT. One use per account. Not valid on Kindle Unlimited or "
                 "subscriptions.\n" % us_long(d("2026-03-22"), weekday=True)),
            [code("READMORE5Q", "2026-03-22", "5.00", "USD")], tz=-420, labels="Inbox,Category Promotions,Opened"),
        Msg("cd-percent", "2025-11-03 08:00:00", ("Amazon Music", "store-news@amazon.com"),
            "20% off one digital album",
            Text("Take 20%% off one digital album with code TUNE20NOW. Valid through %s. Maximum "
                 "discount $5.00.\n" % us_num(d("2025-11-30")), cte="7bit"),
            [code("TUNE20NOW", "2025-11-30")], tz=-480, labels="Category Promotions"),
        Msg("cd-three", "2025-10-06 09:00:00", NEWS, "Three codes for fall reading (and prints)",
            Text(html_shell("<tr><td style='padding:0 20px'><h2>Your fall codes</h2><table border='1' "
                            "cellpadding='6' style='border-collapse:collapse'><tr><th>Code</th><th>"
                            "What you get</th><th>Expires</th></tr>%s</table><p>Each code can be used "
                            "once. Codes can't be combined.</p></td></tr>" % rows,
                            footer="Offer valid for orders placed by Nov 30, 2025. &copy; 2025 Amazon.com"),
                 "html", cte="base64"),
            [code(c, e, a, "USD" if a else None) for c, _, e, a in three], tz=-420,
            labels="Inbox,Category Promotions,Opened"),
        Msg("cd-noexp", "2025-05-12 10:00:00", NEWS, "A little thank-you: $2 off",
            Text("Thanks for being a Prime member. Use code THANKS2PRIME for $2.00 off your next "
                 "digital movie rental.\n"),
            [code("THANKS2PRIME", None, "2.00", "USD")], tz=-420, labels="Category Promotions",
            note="no expiry in the mail: null"),
        Msg("cd-uk", "2026-03-01 07:00:00", ("Amazon.co.uk", "store-news@amazon.co.uk"),
            "£5 off books this month",
            Text("Spring reading: get £5 off when you spend £20 or more on books sold by "
                 "Amazon.co.uk.\n\nCode: UKBOOKS5\nEnds: %s\n" % dmy_slash(d("2026-03-31")),
                 charset="iso-8859-1", cte="quoted-printable"),
            [code("UKBOOKS5", "2026-03-31", "5.00", "GBP")], tz=0, labels="Category Promotions"),
        Msg("cd-de", "2025-10-28 07:00:00", ("Amazon.de", "store-news@amazon.de"),
            "10 € Rabatt mit Ihrem Gutscheincode",
            Text("Hallo Priya,\n\nmit dem Aktionscode HERBST10 sparen Sie 10,00 € ab einem "
                 "Bestellwert von 50,00 €. Der Code ist gültig bis %s.\n\nAusgenommen sind "
                 "Bücher (Buchpreisbindung) und Geschenkgutscheine.\n" % de_num(d("2025-11-30")),
                 charset="windows-1252", cte="quoted-printable"),
            [code("HERBST10", "2025-11-30", "10.00", "EUR")], tz=60, subject_enc=("Q", "windows-1252")),
        Msg("cd-fr", "2026-02-20 07:30:00", ("Amazon.fr", "store-news@amazon.fr"),
            "5 € offerts sur votre prochain eBook",
            Multi("alternative", [
                Text("Code promo : LIVRE5FR\n5 € de réduction sur un eBook Kindle, valable jusqu'au "
                     "%s.\n" % fr_long(d("2026-03-15")), charset="iso-8859-15", cte="quoted-printable"),
                Text("<p>Code promo&nbsp;: <b>LIVRE5FR</b></p><p>5&nbsp;&euro; de réduction sur un eBook "
                     "Kindle, valable jusqu&#39;au %s.</p>" % fr_long(d("2026-03-15")), "html",
                     charset="iso-8859-15", cte="quoted-printable")], "fr-code-alt"),
            [code("LIVRE5FR", "2026-03-15", "5.00", "EUR")], tz=60, subject_enc=("B", "utf-8")),
        Msg("cd-jp", "2026-01-26 12:00:00", ("Amazon.co.jp", "store-news@amazon.co.jp"),
            "Kindle本 300円OFFクーポン",
            Text("Priya Lindqvist 様\n\nKindle本に使える300円OFFクーポンをお届けします。\n"
                 "クーポンコード：KINDLEJP300\n有効期限：%sまで\n1,500円以上のご購入が対象です。\n"
                 % jp_long(d("2026-02-28")), charset="iso-2022-jp", cte="7bit"),
            [code("KINDLEJP300", "2026-02-28", "300", "JPY")], tz=540, subject_enc=("B", "iso-2022-jp")),
        Msg("cd-clip", "2025-08-11 08:00:00", NEWS, "Coupons picked for you",
            Text("Clip a $2.00 coupon on Bamboo Paper Towels (6 rolls) and save 15% with Subscribe & "
                 "Save. Coupons apply at checkout; no code needed. Offer ends August 31, 2025.\n"),
            tz=-420, labels="Category Promotions", note="clip coupon, no code: no event"),
        Msg("cd-softbreak", "2026-01-14 08:00:00", NEWS, "Your code for Amazon Music",
            Text("Enjoy $4 off a digital album of $8.99 or more with code ALBUM4" + SOFT + "WINTER. "
                 "Hurry, it ends " + us_long(d("2026-02-01")).replace("1", SOFT + "1", 1) + ".\n"),
            [code("ALBUM4WINTER", "2026-02-01", "4.00", "USD")], tz=-480, labels="Category Promotions",
            note="quoted-printable soft break inside the code"),
    ]
