"""Order confirmations: credits and gift-card balance used (redeem), No-Rush chosen at
checkout (promise), and the discounts that are neither (instant No-Rush discount, coupons)."""
import datetime
import random

from .common import Msg, alt_from_plain, amz, html_shell, order_id, promise, redeem
from .dates import d, de_long, jp_long, uk_long, us_abbr, us_long
from .mime import SOFT, Multi, Text

DIG = ("Amazon.com", "digital-no-reply@amazon.com")
AC = ("Amazon.com", "auto-confirm@amazon.com")


def _summary_rows(rows):
    return "".join("<tr><td>%s</td><td align='right'>%s</td></tr>" % r for r in rows)


def _dig_full(rng, when):
    oid = order_id(rng, digital=True)
    rows = [("Item Subtotal:", "$2.99"), ("Digital credit applied:", "-$2.99"),
            ("Tax:", "$0.00"), ("<b>Grand Total:</b>", "<b>$0.00</b>")]
    inner = ("<tr><td style='padding:0 20px'><p>Thanks for your order, Priya!</p><p>Amazon.com order "
             "of <i>Letters from the Lighthouse</i> (Kindle Edition)<br>Order #: %s</p><table "
             "width='300'>%s</table><p>Sold by Amazon.com Services LLC. Delivered to: Priya's Kindle"
             "</p></td></tr>" % (oid, _summary_rows(rows)))
    return Msg("or-dig-full", when, DIG, "Amazon.com order of Letters from the Lighthouse.",
               Text(html_shell(inner), "html", cte="quoted-printable"),
               [redeem("promotional", "2.99", "USD", oid)], tz=-480)


def _dig_partial(rng, when):
    oid = order_id(rng, digital=True)
    plain = ("Digital order confirmation\n\nOrder #: %s\nOrder date: %s\n\n"
             "  The Long Way Round (Season 1) - HD        $12.99\n"
             "  Promotional credit                        -$3.00\n"
             "  ----------------------------------------------\n"
             "  Charged to Visa ending in 4417             $9.99\n\n"
             "Watch now on any device with the Prime Video app.\n" % (oid, us_long(d(when[:10]))))
    return Msg("or-dig-partial", when, DIG, "Your Prime Video order", Text(plain, cte="7bit"),
               [redeem("promotional", "3.00", "USD", oid)], tz=-420)


def _retail_gc_full(rng, when):
    oid = order_id(rng)
    plain = ("Hello Priya,\n\nThank you for shopping with us. We'll send a confirmation when your "
             "item ships.\n\nArriving: %s\nShip to: Priya Lindqvist, SEATTLE, WA\n\n"
             "Order #%s\n\nItem(s) Subtotal: $30.98\nShipping & Handling: $0.00\nTotal before tax: "
             "$30.98\nEstimated tax to be collected: $1.87\nGift Card Amount: -$32.85\nGrand Total: "
             "$0.00\n" % (us_long(d("2025-06-27"), weekday=True), oid))
    return Msg("or-gc-full", when, AC, "Your Amazon.com order #%s" % oid,
               alt_from_plain(plain, "ord-" + oid),
               [redeem("gift-card", "32.85", "USD", oid)], tz=-420)


def _retail_split(rng, when):
    oid = order_id(rng)
    plain = ("Order Confirmation\nOrder #%s\n\n2 items, arriving %s\n\nItem(s) Subtotal: $41.26\n"
             "Shipping & Handling: $5.99\nFree Shipping: -$5.99\nYour Coupon Savings: -$2.00\n"
             "Total before tax: $39.26\nEstimated tax: $3.21\nGift Card Amount: -$20.00\n"
             "Grand Total: $22.47\n\nPayment: Gift card balance + Visa ending in 4417 ($22.47)\n"
             % (oid, us_abbr(d("2025-10-03"))))
    html = html_shell("<tr><td style='padding:0 20px'><h3>Order Confirmation</h3><p>Order #%s</p>"
                      "<table>%s</table></td></tr>" % (oid, _summary_rows([
                          ("Item(s) Subtotal:", "$41.26"), ("Shipping &amp; Handling:", "$5.99"),
                          ("Free Shipping:", "-$5.99"), ("Your Coupon Savings:", "-$2.00"),
                          ("Total before tax:", "$39.26"), ("Estimated tax:", "$3.21"),
                          ("Gift Card Amount:", "-$20.0" + SOFT + "0"), ("Grand Total:", "$22.47")])))
    return Msg("or-split", when, AC, "Your Amazon.com order #%s" % oid,
               Multi("alternative", [Text(plain), Text(html, "html")], "==_order_%s" % oid[-7:]),
               [redeem("gift-card", "20.00", "USD", oid)], tz=-420,
               note="free shipping and coupon lines are discounts, not credits")


def _dig_mixed(rng, when):
    oid = order_id(rng, digital=True)
    plain = ("Thanks for your order!\n\nOrder #: %s\n\nKindle Edition: \"The Cartwright Letters\"  "
             "$7.99\n\nItem Subtotal: $7.99\nNo-Rush reward applied: -$1.00\nGift Card Amount: -$6.99\n"
             "Grand Total: $0.00\n" % oid)
    return Msg("or-dig-mixed", when, DIG, "Amazon.com order of The Cartwright Letters",
               Text(plain, cte="base64"),
               [redeem("no-rush", "1.00", "USD", oid), redeem("gift-card", "6.99", "USD", oid)], tz=-480,
               note="two balances used on one order: two redeems")


def _kindle_rewards_used(rng, when):
    oid = order_id(rng, digital=True)
    plain = ("Order #: %s\n\"Harbor Lights\" (Kindle Edition)\n\nPrice: $4.99\nKindle Rewards: -$3.00\n"
             "Charged to Visa ending in 4417: $1.99\n" % oid)
    return Msg("or-kr-used", when, DIG, "Amazon.com order of Harbor Lights", Text(plain),
               [redeem("kindle-rewards", "3.00", "USD", oid)], tz=-420)


def _uk_partial(rng, when):
    oid = order_id(rng, "UK")
    plain = ("Hello Priya,\n\nThank you for your order. We'll let you know once your item has "
             "been despatched.\n\nOrder #%s\nEstimated delivery: %s\n\nItem(s) subtotal: £24.99\n"
             "Postage & Packing: £0.00\nGift Card: -£10.00\nOrder Total: £14.99\n"
             % (oid, uk_long(d("2025-11-20"), weekday=True)))
    return Msg("or-uk", when, amz("UK", "auto-confirm"), "Your Amazon.co.uk order #%s" % oid,
               Text(plain, charset="iso-8859-1", cte="quoted-printable"),
               [redeem("gift-card", "10.00", "GBP", oid)], tz=0)


def _de(rng, when):
    oid = order_id(rng, "DE")
    inner = ("<tr><td>Hallo Priya,</td></tr><tr><td>vielen Dank für Ihre Bestellung %s.</td></tr>"
             "<tr><td><table>%s</table></td></tr><tr><td>Voraussichtliche Zustellung: %s</td></tr>"
             % (oid, _summary_rows([("Zwischensumme:", "29,99&nbsp;&euro;"), ("Versand:", "0,00 &euro;"),
                                    ("Geschenkgutschein(e):", "-25,00 &euro;"),
                                    ("Gesamtsumme:", "4,99 &euro;")]), de_long(d("2025-09-24"))))
    return Msg("or-de", when, amz("DE", "bestellbestaetigung"), "Ihre Amazon.de Bestellung von \"Reisewasserkocher\"",
               Text(html_shell(inner, "de"), "html", charset="windows-1252", cte="quoted-printable"),
               [redeem("gift-card", "25.00", "EUR", oid)], tz=120)


def _fr(rng, when):
    oid = order_id(rng, "FR")
    plain = ("Bonjour Priya,\n\nMerci pour votre commande n° %s.\n\nSous-total : 18,50 €\n"
             "Frais de livraison : 0,00 €\nChèque-cadeau : -10,00 €\nMontant total : 8,50 €\n" % oid)
    return Msg("or-fr", when, amz("FR", "confirmation-commande"), "Votre commande Amazon.fr",
               Text(plain, charset="iso-8859-15", cte="8bit"), [redeem("gift-card", "10.00", "EUR", oid)],
               tz=60)


def _jp(rng, when):
    oid = order_id(rng, "JP")
    plain = ("Priya Lindqvist 様\n\nAmazon.co.jpをご利用いただき、ありがとうございます。\n\n"
             "注文番号：%s\n注文日：%s\n\n商品の小計：￥1,980\n配送料・手数料：￥0\n"
             "Amazonギフトカード：-￥1,500\nご請求額：￥480\n" % (oid, jp_long(d(when[:10]))))
    return Msg("or-jp", when, amz("JP", "auto-confirm"), "Amazon.co.jpでのご注文%s" % oid,
               Text(plain, charset="iso-2022-jp", cte="7bit"), [redeem("gift-card", "1500", "JPY", oid)],
               tz=540, subject_enc=("B", "iso-2022-jp"))


# ------------------------------------------------------------- promises

def _promise_us(rng, when, n):
    oid = order_id(rng)
    plain = ("Thanks for your order, Priya!\n\nOrder #%s\n\nBamboo cutting board set   $24.99\n"
             "Shipping speed: FREE No-Rush Shipping\nEstimated delivery: %s\n\nBecause you chose "
             "No-Rush Shipping, a $1.00 digital reward will be added to your account when this order "
             "ships.\n\nOrder Total: $27.05\n" % (oid, us_long(d(when[:10]) + datetime.timedelta(days=6))))
    return Msg("or-promise-us-%d" % n, when, AC, "Your Amazon.com order #%s" % oid, Text(plain),
               [promise("1.00", "USD", oid)], tz=-420)


def _promise_aday(rng, when):
    oid = order_id(rng)
    html = html_shell("<tr><td style='padding:0 20px'><p>Order placed. Your items will arrive "
                      "together on your <b>Amazon Day</b>, %s.</p><table><tr><td>Order #</td><td>%s"
                      "</td></tr><tr><td>Amazon Day reward</td><td>$2.00 digital credit after "
                      "delivery</td></tr><tr><td>Order total</td><td>$63.40</td></tr></table></td></tr>"
                      % (us_long(d("2025-08-22"), weekday=True), oid))
    return Msg("or-promise-aday", when, AC, "Your Amazon.com order #%s" % oid,
               Text(html, "html", cte="base64"), [promise("2.00", "USD", oid)], tz=-420)


def _promise_and_redeem(rng, when):
    oid = order_id(rng)
    plain = ("Order #%s\n\nDelivery: FREE No-Rush Shipping (arrives in 6-8 days)\nNo-Rush reward: "
             "$1.00, added when your order ships\n\nItem(s) Subtotal: $18.75\nGift Card Amount: -$5.00\n"
             "Grand Total: $13.75\n" % oid)
    return Msg("or-promise-redeem", when, AC, "Your Amazon.com order #%s" % oid, Text(plain, cte="7bit"),
               [promise("1.00", "USD", oid), redeem("gift-card", "5.00", "USD", oid)], tz=-420, crlf=True)


def _promise_uk(rng, when):
    oid = order_id(rng, "UK")
    plain = ("Order confirmation\n\nOrder #%s\nDelivery option: No-Rush Delivery\nYou'll get a £1.00 "
             "reward for digital content once your order has been despatched.\nOrder total: £12.49\n" % oid)
    return Msg("or-promise-uk", when, amz("UK", "auto-confirm"), "Your Amazon.co.uk order #%s" % oid,
               Text(plain), [promise("1.00", "GBP", oid)], tz=60)


def _promise_de(rng, when):
    oid = order_id(rng, "DE")
    plain = ("Hallo Priya,\n\nvielen Dank für Ihre Bestellung %s.\nVersandart: Versand ohne Eile\n"
             "Nach dem Versand erhalten Sie einen Vorteil von 1,00 € für digitale Inhalte.\n\n"
             "Gesamtbetrag: 17,98 €\n" % oid)
    return Msg("or-promise-de", when, amz("DE", "bestellbestaetigung"), "Ihre Amazon.de Bestellung",
               Text(plain, charset="iso-8859-15", cte="quoted-printable"), [promise("1.00", "EUR", oid)],
               tz=120)


def _promise_jp(rng, when):
    oid = order_id(rng, "JP")
    plain = ("ご注文ありがとうございます。\n注文番号：%s\n配送方法：お急ぎ便を利用しない配送\n"
             "発送後に100円分のデジタル特典が付与されます。\nご請求額：￥2,450\n" % oid)
    return Msg("or-promise-jp", when, amz("JP", "auto-confirm"), "ご注文の確認",
               Text(plain, charset="shift_jis", cte="base64"), [promise("100", "JPY", oid)], tz=540,
               subject_enc=("B", "shift_jis"))


# ------------------------------------------------------------- neither

def _instant_discount(rng, when):
    oid = order_id(rng)
    plain = ("Thanks for your order!\n\nOrder #%s\n\nItem(s) Subtotal: $15.49\nNo-Rush Shipping "
             "discount: -$1.00\nGrand Total: $14.49\n\nYou saved $1.00 on this order by choosing "
             "No-Rush Shipping. No further reward will be added.\n" % oid)
    return Msg("or-instant", when, AC, "Your Amazon.com order #%s" % oid, Text(plain),
               tz=-420, note="an instant discount on this order: no promise, no grant, no redeem")


def _plain_order(rng, when):
    oid = order_id(rng)
    plain = ("Your order has shipped\n\nOrder #%s\nCarrier: UPS, tracking 1Z999AA10123456784\n"
             "Arriving %s\n\nItem(s) Subtotal: $54.20\nSubscribe & Save: -$2.71\nGrand Total: "
             "$55.85\n" % (oid, us_abbr(d("2025-07-01"))))
    return Msg("or-shipped", when, ("Amazon.com", "shipment-tracking@amazon.com"),
               "Shipped: \"Glass food storage containers\"", Text(plain, cte="7bit"), tz=-420)


def _cancelled(rng, when):
    oid = order_id(rng)
    plain = ("Your order %s has been cancelled as you requested.\n\nBecause the order did not ship, the "
             "$1.00 No-Rush reward you selected at checkout will not be added. Any charge to your "
             "Visa ending in 4417 ($19.99) will be reversed.\n" % oid)
    return Msg("or-cancelled", when, ("Amazon.com", "order-update@amazon.com"), "Your order has been cancelled",
               Text(plain), tz=-420, note="a promise withdrawn: no event")


def _aday_used(rng, when):
    oid = order_id(rng, digital=True)
    inner = ("<tr><td style='padding:0 20px'><p>Order #: %s</p><table>%s</table></td></tr>"
             % (oid, _summary_rows([("Rental: <i>The Quiet Orchard</i> (HD)", "$5.99"),
                                    ("Amazon Day credit", "-$2.00"), ("Grand Total", "$3.99")])))
    return Msg("or-aday-used", when, DIG, "Your Prime Video rental", Text(html_shell(inner), "html"),
               [redeem("no-rush", "2.00", "USD", oid)], tz=-420)


def build():
    rng = random.Random("holdout2/orders")
    return [
        _dig_full(rng, "2025-08-10 21:40:00"),
        _dig_partial(rng, "2025-10-18 20:00:00"),
        _retail_gc_full(rng, "2025-06-24 12:00:00"),
        _retail_split(rng, "2025-09-29 19:30:00"),
        _dig_mixed(rng, "2025-12-27 22:00:00"),
        _kindle_rewards_used(rng, "2025-07-05 23:10:00"),
        _uk_partial(rng, "2025-11-17 08:10:00"),
        _de(rng, "2025-09-21 10:00:00"),
        _fr(rng, "2026-02-07 16:00:00"),
        _jp(rng, "2026-02-19 21:00:00"),
        _promise_us(rng, "2025-06-02 09:00:00", 1),
        _promise_us(rng, "2026-01-04 13:00:00", 2),
        _promise_aday(rng, "2025-08-17 15:00:00"),
        _promise_and_redeem(rng, "2026-03-14 11:00:00"),
        _promise_uk(rng, "2025-10-22 19:00:00"),
        _promise_de(rng, "2025-06-26 20:00:00"),
        _promise_jp(rng, "2025-11-25 10:00:00"),
        _instant_discount(rng, "2025-05-08 18:00:00"),
        _plain_order(rng, "2025-06-29 07:00:00"),
        _cancelled(rng, "2025-11-02 10:00:00"),
        _aday_used(rng, "2026-01-02 21:00:00"),
    ]
