"""Promotional credits: Prime Video, Music, Photos, Prime Day, Alexa, courtesy credits."""
import random

from .common import Msg, alt_from_plain, amz, auth_pass, code, grant, html_shell, order_id
from .dates import d, de_long, dmy_slash, fr_long, jp_long, uk_long, us_abbr, us_long
from .mime import SOFT, Multi, Text


def _video(when):
    exp = "2025-09-30"
    plain = ("Priya, your Prime Video credit is ready.\n\n"
             "We've added a $5.00 promotional credit to your account. Use it to rent or buy an "
             "eligible movie or TV episode on Prime Video before it expires on %s.\n\n"
             "Limit one promotional credit per order. Credit is not valid on Prime Video Channels "
             "subscriptions ($2.99-$14.99/month) or on Amazon Kids+.\n" % us_long(d(exp)))
    return Msg("pc-video", when, amz("US", "digital-no-reply"), "Your $5.00 Prime Video credit",
               alt_from_plain(plain, "pv-credit-0620"), [grant("promotional", "5.00", "USD", exp)], tz=-420,
               pre=[auth_pass("amazon.com")])


def _music(when):
    plain = ("AMAZON MUSIC\n\nA credit for your next album\n\nThanks for being a listener. A $3.00 "
             "credit toward digital music purchases is now on your Amazon account and will come off "
             "automatically at checkout.\n\nMost albums: $7.99 - $12.99. Songs from $0.69.\n")
    html = html_shell("<tr><td style='padding:0 20px'><p style='letter-spacing:2px'>AMAZON MUSIC</p>"
                      "<h1>A credit for your next album</h1><p>Thanks for being a listener. A "
                      "<b>$3.00</b> credit toward digital music purchases is now on your Amazon "
                      "account and will come off automatically at checkout.</p><p class='sm'>Most "
                      "albums: $7.99&ndash;$12.99. Songs from $0.69.</p></td></tr>")
    return Msg("pc-music", when, amz("US", "digital-no-reply"), "A credit for your next album",
               Multi("alternative", [Text(plain, cte="7bit"), Text(html, "html")], "----=_Part_88213_1"),
               [grant("promotional", "3.00", "USD", None)], tz=-420,
               note="no expiry in the mail: null")


def _photos(when):
    exp = "2025-10-31"
    inner = ("<tr><td style='padding:0 20px'><h2>Your Prime Day Amazon Photos credit is here</h2>"
             "<p>You uploaded your first photo to Amazon Photos during the promotion period "
             "(July 8&ndash;11, 2025). As promised, we&#8217;ve applied your credit.</p></td></tr>"
             "<tr><td style='padding:0 20px'><table width='100%' cellpadding='8' border='0' "
             "style='background:#f3f3f3'><tr><td width='50%'>Credit amount</td><td width='50%'>"
             "Valid through</td></tr><tr><td style='font-size:28px'>$20<sup>.00</sup></td>"
             "<td style='font-size:18px'>" + us_long(d(exp)) + "</td></tr></table></td></tr>"
             "<tr><td style='padding:0 20px'><p>Use it on items sold by Amazon.com. One credit per "
             "account.</p></td></tr>")
    foot = ("Promotion period July 8, 2025 12:01 AM PT - July 11, 2025 11:59 PM PT. Credit issued "
            "within 4 days of qualifying. Terms: amazon.com/photosprimeday")
    return Msg("pc-photos", when, amz("US", "no-reply"), "Prime Day: your Amazon Photos credit",
               Text(html_shell(inner, footer=foot), "html", cte="quoted-printable"),
               [grant("promotional", "20.00", "USD", exp)], tz=-420, labels="Inbox,Category Promotions,Opened",
               note="amount split across markup: $20<sup>.00</sup>")


def _primeday_min(when):
    exp = "2025-08-15"
    plain = ("Prime Day reward\n\nYou earned it: a $10.00 credit is on your account.\n"
             "- Use it on one order of $25.00 or more of eligible items sold by Amazon.com\n"
             "- Excludes gift cards, digital content and Whole Foods Market\n"
             "- Expires " + us_abbr(d(exp)).replace(", ", "," + SOFT + " ") + "\n\n"
             "Your qualifying purchase: order total $61.27 on July 9, 2025.\n")
    return Msg("pc-primeday", when, amz("US", "promotions"), "You earned a $10 reward",
               Text(plain), [grant("promotional", "10.00", "USD", exp)], tz=-420)


def _alexa(when):
    exp = "2025-12-31"
    plain = ("Hi Priya,\n\nThanks for placing your first order with Alexa! Your $5 Alexa shopping "
             "credit has been added and is ready to use on your next voice order.\n\nJust say "
             "\"Alexa, reorder paper towels\".\n\nThe credit expires " + us_long(d(exp)) + ".\n")
    return Msg("pc-alexa", when, amz("US", "alexa-shopping"), "Your Alexa shopping credit is here",
               alt_from_plain(plain, "alexa-1010", html_cte="base64"), [grant("promotional", "5.00", "USD", exp)], tz=-480)


def _courtesy_us(rng, when):
    oid = order_id(rng)
    plain = ("Hello,\n\nI'm sorry that your order %s arrived two days later than we promised. I "
             "know how frustrating that is.\n\nAs a courtesy, I've issued a $10.00 promotional "
             "credit to your account. It will be applied automatically to your next eligible "
             "purchase.\n\nYour original order total of $46.18 is unchanged.\n\nBest regards,\n"
             "Darnell M.\nAmazon.com Customer Service\n\nWe'd appreciate your feedback. Did I solve "
             "your problem? Yes / No\n" % oid)
    return Msg("pc-courtesy-us", when, ("Amazon.com", "cs-reply@amazon.com"),
               "Your Amazon.com Inquiry", Text(plain),
               [grant("promotional", "10.00", "USD", None)], tz=-480,
               note="courtesy credit: no expiry stated; order named only as the reason (order_id null)")


def _courtesy_uk(when):
    exp = "2025-12-31"
    plain = ("Dear Priya,\n\nThank you for letting us know about the damaged packaging. By way of "
             "apology we have added a £5.00 promotional credit to your account, valid until %s.\n\n"
             "Kind regards,\nAmazon.co.uk Customer Service\n" % dmy_slash(d(exp)))
    return Msg("pc-courtesy-uk", when, ("Amazon.co.uk", "cs-reply@amazon.co.uk"),
               "Your Amazon.co.uk enquiry", Text(plain, charset="windows-1252", cte="quoted-printable"),
               [grant("promotional", "5.00", "GBP", exp)], tz=60)


def _de(when):
    exp = "2025-12-31"
    plain = ("Hallo Priya,\n\nals Dankeschön für Ihre Teilnahme am Prime Day haben wir Ihrem Konto "
             "eine Aktionsgutschrift in Höhe von 5,00 € gutgeschrieben.\n\nDie Gutschrift ist bis "
             "einschließlich %s gültig und wird bei Ihrem nächsten Einkauf von Artikeln, die von "
             "Amazon.de verkauft werden, automatisch abgezogen (Mindestbestellwert 20,00 €).\n\n"
             "Aktionszeitraum: 08.07.2025 – 11.07.2025\n" % de_long(d(exp)))
    return Msg("pc-de", when, amz("DE", "aktionen"), "Ihre Aktionsgutschrift über 5,00 €",
               Text(plain, charset="windows-1252", cte="quoted-printable"),
               [grant("promotional", "5.00", "EUR", exp)], tz=120, subject_enc=("Q", "windows-1252"),
               note="'–' is 0x96 in windows-1252")


def _fr(when):
    exp = "2026-07-01"
    inner = ("<tr><td>Bonjour Priya,</td></tr><tr><td><p>Pour vous remercier de votre fidélité, un "
             "<b>crédit promotionnel de 10,00&nbsp;&euro;</b> a été ajouté à votre compte. Il sera "
             "déduit automatiquement de votre prochaine commande éligible.</p></td></tr>"
             "<tr><td><table><tr><td>Date d'expiration</td><td>%s</td></tr></table></td></tr>"
             % fr_long(d(exp)))
    foot = "Amazon EU S.à r.l. - RCS Luxembourg B-101818. Offre réservée aux clients d'Amazon.fr."
    return Msg("pc-fr", when, amz("FR", "promotions"), "Un crédit de 10 € vous attend",
               Text(html_shell(inner, "fr", footer=foot), "html", charset="iso-8859-15", cte="quoted-printable"),
               [grant("promotional", "10.00", "EUR", exp)], tz=120, subject_enc=("B", "iso-8859-15"))


def _jp(when):
    exp = "2026-03-31"
    plain = ("Priya Lindqvist 様\n\nいつもAmazon.co.jpをご利用いただきありがとうございます。\n"
             "キャンペーン特典として、プロモーションクレジット 500円 をお客様のアカウントに付与し"
             "ました。\n\n利用期限：%s\n対象：Amazon.co.jpが販売する商品（一部除く）\n\n"
             "※本メールは送信専用です。\n" % jp_long(d(exp)))
    return Msg("pc-jp", when, amz("JP", "promotion"), "プロモーションクレジット付与のお知らせ",
               Text(plain, charset="iso-2022-jp", cte="7bit"), [grant("promotional", "500", "JPY", exp)],
               tz=540, subject_enc=("B", "iso-2022-jp"))


def _ca_fr(when):
    exp = "2026-06-30"
    plain = ("Bonjour,\n\nNous sommes désolés du retard de votre livraison. Un crédit promotionnel "
             "de 5,00 $ a été appliqué à votre compte Amazon.ca. Il expire le %s.\n\nService à la "
             "clientèle d'Amazon.ca\n" % fr_long(d(exp)))
    return Msg("pc-ca-fr", when, ("Amazon.ca", "cs-reply@amazon.ca"), "Votre demande à Amazon.ca",
               Text(plain, charset="iso-8859-1", cte="8bit"), [grant("promotional", "5.00", "CAD", exp)],
               tz=-240)


def _uk_video(when):
    exp = "2026-02-28"
    plain = ("Your £3.00 Prime Video credit\n\nHello Priya, we've credited £3.00 to your account "
             "to spend on films and TV on Prime Video. Your credit expires on %s.\n\nTitles to rent "
             "start from £1.99. Credit can't be used for Prime Video Channels.\n" % uk_long(d(exp), weekday=True))
    return Msg("pc-uk-video", when, amz("UK", "digital-no-reply"), "Your £3.00 Prime Video credit",
               Text(plain, cte="base64"), [grant("promotional", "3.00", "GBP", exp)], tz=0,
               subject_enc=("B", "utf-8"), crlf=True)


def _formal_usd(when):
    exp = "2026-05-31"
    plain = ("Dear Priya Lindqvist,\n\nRe: Prime Video service interruption of %s\n\nWe apologise for "
             "the interruption you experienced. A promotional credit in the amount of US$15.00 has "
             "been applied to your Amazon.com account. This credit is valid until %s and may be used "
             "toward the purchase or rental of eligible digital video titles.\n\nYours sincerely,\n"
             "Prime Video Customer Relations\n" % (us_long(d("2026-02-14")), us_long(d(exp))))
    return Msg("pc-formal-usd", when, amz("US", "primevideo-no-reply"), "Regarding your Prime Video service",
               Text(plain, cte="quoted-printable"), [grant("promotional", "15.00", "USD", exp)], tz=-480,
               crlf=True, note="the interruption date is not the expiry")


def _ca_en(when):
    exp = "2026-07-31"
    plain = ("Prime Day thank-you\n\nCDN$ 10.00 promotional credit added to your Amazon.ca account.\n"
             "Minimum purchase: CDN$ 35.00 of items sold by Amazon.ca\nExpiry date: %s\n" % exp)
    return Msg("pc-ca-en", when, amz("CA", "promotions"), "Your Prime Day credit",
               Text(plain, cte="base64"), [grant("promotional", "10.00", "CAD", exp)], tz=-240)


def _grant_and_code(when):
    exp, cexp = "2026-04-30", "2026-03-31"
    plain = ("Hi Priya,\n\nSorry your movie rental kept buffering. We've added a $5.00 promotional "
             "credit to your account; it expires %s.\n\nAnd for your next movie night, use code "
             "POPCORN3 for $3 off a rental through %s.\n\nPrime Video\n" % (us_long(d(exp)), us_abbr(d(cexp))))
    return Msg("pc-grant-code", when, amz("US", "primevideo-no-reply"), "An apology, and a movie on us",
               Text(plain), [grant("promotional", "5.00", "USD", exp), code("POPCORN3", cexp, "3.00", "USD")],
               tz=-480, note="one mail, a grant and a code with their own dates")


def _de_noexp(when):
    plain = ("Guten Tag,\n\nwegen der verspäteten Lieferung haben wir Ihnen eine Kulanzgutschrift "
             "über 7,50 EUR auf Ihr Kundenkonto gebucht. Sie wird bei Ihrer nächsten Bestellung "
             "automatisch verrechnet.\n\nIhr Amazon.de Kundenservice\n")
    return Msg("pc-de-noexp", when, ("Amazon.de", "cs-reply@amazon.de"), "Ihre Anfrage bei Amazon.de",
               Text(plain, charset="iso-8859-1", cte="quoted-printable"),
               [grant("promotional", "7.50", "EUR", None)], tz=60)


def build():
    rng = random.Random("holdout2/promos")
    return [
        _video("2025-06-20 17:00:00"),
        _music("2025-04-02 10:30:00"),
        _photos("2025-07-14 13:00:00"),
        _primeday_min("2025-07-16 09:00:00"),
        _alexa("2025-10-10 18:25:00"),
        _courtesy_us(rng, "2025-08-26 21:12:00"),
        _courtesy_uk("2025-10-06 12:00:00"),
        _de("2025-07-18 08:00:00"),
        _fr("2026-01-05 10:00:00"),
        _jp("2025-12-01 07:00:00"),
        _ca_fr("2026-02-03 15:30:00"),
        _uk_video("2025-11-27 11:45:00"),
        _formal_usd("2026-02-18 18:00:00"),
        _ca_en("2025-07-20 12:00:00"),
        _grant_and_code("2026-03-07 20:00:00"),
        _de_noexp("2026-01-30 09:00:00"),
    ]
