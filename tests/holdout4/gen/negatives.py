"""Messages that must yield no grant: marketing offers, expiring-soon reminders,
gift cards bought for someone else, a donated Shopper Panel reward, rejected
trade-ins, the Coins refund, phishing from look-alike domains, amazon senders
whose Authentication-Results fail, and ordinary Amazon mail about orders.
"""
import datetime as dt

from .build import Spec, USER
from .credits import day

NAME, FIRST = USER["name"], USER["first"]


def _neg(ctx, family, market, sender, subject, blocks, auth="none", days=(5, 40), **kw):
    when = ctx.when()
    f = dict(name=NAME, first=FIRST, date=day(ctx, market, when.date() + dt.timedelta(days=ctx.rng.randint(*days))),
             order=ctx.order_id(market), order2=ctx.order_id(market), tid=f"TRD-{ctx.digits(10)}")
    f.update(kw.pop("f", {}))
    return Spec(family=family, market=market, sender=sender, subject=subject.format(**f), blocks=blocks, f=f,
                when=when, negative=True, auth=auth, split_fields=("date",), **kw)


def marketing(ctx):
    return [
        _neg(ctx, "marketing offer", "US", ("Amazon.com", "store-news@amazon.com"), "Choose No-Rush, earn rewards", [
            ("p", "Not in a hurry? Pick FREE No-Rush Shipping at checkout and earn a $1 digital reward on qualifying "
                  "orders. Rewards are issued after your order ships.")]),
        _neg(ctx, "marketing offer", "US", ("Amazon.com", "store-news@amazon.com"), "Stock up and save this weekend", [
            ("h", "Household essentials event"),
            ("p", "Spend $40 or more on household essentials by {date} and receive a $10 promotional credit for a "
                  "future order. Terms apply.")], auth="pass"),
        _neg(ctx, "marketing offer", "UK", ("Amazon.co.uk", "store-news@amazon.co.uk"), "Deliveries that can wait", [
            ("p", "Choose No-Rush Delivery at checkout and receive £1.00 to spend on eBooks, films and music, once "
                  "your order is despatched.")]),
        _neg(ctx, "marketing offer", "DE", ("Amazon.de", "store-news@amazon.de"), "Versand ohne Eile lohnt sich", [
            ("p", "Wählen Sie beim Bezahlen „Versand ohne Eile“ und erhalten Sie pro Lieferung 1,00 € Guthaben für "
                  "digitale Inhalte.")]),
        _neg(ctx, "marketing offer", "JP", ("Amazon.co.jp", "store-news@amazon.co.jp"),
             "【Amazon.co.jp】最大1,000円分のクレジットをプレゼント", [
                 ("p", "{date}までに対象のKindle本を合計3,000円以上ご購入いただくと、1,000円分のクレジットをプレゼント。"
                       "キャンペーンへのエントリーが必要です。")]),
        _neg(ctx, "marketing offer", "US", ("Prime Video", "store-news@amazon.com"), "Movie night is on us (almost)", [
            ("p", "Rent any movie this week and get a $5.00 credit toward your next rental. Offer valid through {date}.")]),
    ]


def reminders(ctx):
    return [
        _neg(ctx, "expiring-soon reminder", "US", ("Amazon.com", "no-reply@amazon.com"),
             "Reminder: your digital rewards expire soon", [
                 ("p", "Hi {first}, you have $2.00 in No-Rush rewards that will expire on {date}. Put them toward an "
                       "eBook, song or movie before then.")], auth="pass"),
        _neg(ctx, "expiring-soon reminder", "UK", ("Amazon.co.uk", "no-reply@amazon.co.uk"),
             "Don't let your £1.00 credit expire", [
                 ("p", "Your No-Rush credit of £1.00 is due to expire on {date}. Treat yourself to a Kindle book or a "
                       "film before then.")]),
        _neg(ctx, "expiring-soon reminder", "DE", ("Amazon.de", "no-reply@amazon.de"), "Ihr Guthaben verfällt bald", [
            ("p", "Ihr Guthaben von 2,00 € für digitale Inhalte verfällt am {date}. Jetzt einlösen!")]),
        _neg(ctx, "expiring-soon reminder", "US", ("Amazon Kindle", "digital-no-reply@amazon.com"),
             "Some of your Kindle Points are expiring", [
                 ("p", "57 of your Kindle Points expire on {date}. Keep reading to reach 300 points and unlock a "
                       "reward.")]),
        _neg(ctx, "expiring-soon reminder", "JP", ("Amazon.co.jp", "no-reply@amazon.co.jp"),
             "まもなく有効期限が切れる特典があります", [
                 ("p", "{name} 様"),
                 ("p", "お客様のアカウントには、{date}に有効期限が切れるデジタル特典（200円分）があります。お早めにご利用ください。")]),
    ]


def bought_for_others(ctx):
    return [
        _neg(ctx, "eGift bought for someone else", "US", ("Amazon.com", "auto-confirm@amazon.com"),
             "Your Amazon.com order #{order}", [
                 ("p", "Thanks for your order, {first}."),
                 ("lines", ["Order #{order}", "Amazon.com eGift Card - Birthday Balloons  $40.00",
                            "Recipient: sam.lee@example.com", "Delivery: by email on {date}", "Order Total: $40.00"])],
             auth="pass", days=(0, 3)),
        _neg(ctx, "eGift bought for someone else", "UK", ("Amazon.co.uk", "do-not-reply@amazon.co.uk"),
             "Your gift card has been sent", [
                 ("p", "Your £25.00 Amazon.co.uk Gift Card has been emailed to Priya. We'll let you know when it has "
                       "been opened.")]),
        _neg(ctx, "eGift bought for someone else", "DE", ("Amazon.de", "do-not-reply@amazon.de"),
             "Ihr Geschenkgutschein wurde versendet", [
                 ("p", "Ihr Amazon.de Geschenkgutschein über 20,00 € wurde an Lena (lena.k@example.de) versendet.")]),
    ]


def donated_and_rejected(ctx):
    return [
        _neg(ctx, "Shopper Panel reward donated", "US", ("Amazon Shopper Panel", "shopper-panel@amazon.com"),
             "Your donation has been made", [
                 ("p", "As you requested, we've donated your $10.00 Shopper Panel reward for last month to Feeding "
                       "America. Thank you for your generosity!")], auth="pass"),
        _neg(ctx, "Shopper Panel reward donated", "UK", ("Amazon Shopper Panel", "shopper-panel@amazon.co.uk"),
             "Thank you for donating your reward", [
                 ("p", "Your £5.00 reward for last month has been donated to Save the Children on your behalf.")]),
        _neg(ctx, "trade-in rejected", "US", ("Amazon Trade-In", "trade-in@amazon.com"), "About your trade-in {tid}", [
            ("p", "Your trade-in {tid} (quoted at $65.00) was not accepted because the device was still locked to an "
                  "account. We'll send it back to you free of charge.")], auth="pass"),
        _neg(ctx, "trade-in rejected", "DE", ("Amazon.de Trade-In", "trade-in@amazon.de"),
             "Ihr Trade-In {tid} wurde abgelehnt", [
                 ("p", "Ihr Trade-In {tid} konnte leider nicht angenommen werden. Der angebotene Betrag von 55,00 € "
                       "wird nicht gutgeschrieben; wir senden den Artikel kostenlos an Sie zurück.")]),
    ]


def coins(ctx):
    return [
        _neg(ctx, "Coins refund", "US", ("Amazon Appstore", "no-reply@amazon.com"), "Refund of your Amazon Coins", [
            ("p", "We've refunded $7.40 for your 740 unused Amazon Coins to your Visa ending in 4417. Refunds can "
                  "take up to 10 business days to appear.")], auth="pass"),
        _neg(ctx, "Coins refund", "US", ("Amazon Appstore", "no-reply@amazon.com"), "Changes to Amazon Coins", [
            ("p", "Amazon Coins will be discontinued on August 20, 2025. Coins left in your account after that date "
                  "will be refunded to your original payment method.")]),
    ]


def look_alikes(ctx):
    phish = [
        _neg(ctx, "phishing look-alike", "US", ("Amazon", "rewards@amazon-credit-center.com"),
             "Your reward is about to expire", [
                 ("p", "Dear customer, your $100.00 reward expires on {date}. Confirm your payment details to keep it: "
                       "http://amazon-credit-center.com/verify")], auth="none"),
        _neg(ctx, "phishing look-alike", "JP", ("Amazon.co.jp", "info@amazon-co-jp.xyz"),
             "【重要】ポイント付与のお知らせ", [
                 ("p", "お客様のアカウントに5,000円分のポイントが付与されました。有効期限：{date}。"
                       "受け取りには以下のリンクからログインしてください。http://amazon-co-jp.xyz/login")]),
        _neg(ctx, "phishing look-alike", "US", ("amazon.com", "no-reply@amazon.com.account-review.net"),
             "Promotional credit added to your account", [
                 ("p", "We've added a $25.00 promotional credit to your account. It expires on {date}. Verify your "
                       "billing address to activate it: http://amazon.com.account-review.net/activate")]),
        _neg(ctx, "phishing look-alike", "DE", ("Amazon.de Kundenservice", "service@amazon-de.support"),
             "Gutschrift für Ihr Konto", [
                 ("p", "Ihnen wurde eine Gutschrift über 50,00 € gutgeschrieben. Gültig bis {date}. Bitte bestätigen "
                       "Sie Ihre Identität: http://amazon-de.support/bestaetigen")]),
    ]
    spoof = [
        _neg(ctx, "spoofed amazon sender (auth fails)", "US", ("Amazon.com", "no-reply@amazon.com"),
             "Benefit Confirmation for your Order", [
                 ("p", "Hello {first},"),
                 ("p", "Your $75.00 digital credit for order {order} is ready and expires on {date}. Claim it at "
                       "http://amzn-benefits.co/claim before it is gone.")], auth="fail",
             headers=[("Received", "from mail.bulk-sender.example (unknown [185.231.70.12]) by mx.example.org")]),
        _neg(ctx, "spoofed amazon sender (auth fails)", "UK", ("Amazon.co.uk", "no-reply@amazon.co.uk"),
             "Your refund credit", [
                 ("p", "We've credited £40.00 to your account, valid until {date}. Confirm your card at "
                       "http://amazon-uk-refund.com to receive it.")], auth="fail"),
        _neg(ctx, "spoofed amazon sender (auth fails)", "DE", ("Amazon.de", "no-reply@amazon.de"),
             "Ihre Gutschrift ist bereit", [
                 ("p", "Für Ihre Bestellung {order} haben wir Ihnen eine Gutschrift über 30,00 € ausgestellt, gültig "
                       "bis {date}. Jetzt bestätigen: http://amzn-gutschrift.example/de")], auth="fail"),
    ]
    return phish + spoof


def ordinary_amazon(ctx):
    return [
        _neg(ctx, "Amazon order mail", "US", ("Amazon.com", "shipment-tracking@amazon.com"),
             "Your Amazon.com order #{order} has shipped", [
                 ("p", "Hi {first}, your package is on its way and should arrive by {date}."),
                 ("lines", ["Order #{order}", "Shipped with UPS, tracking 1Z999AA10123456784"])], days=(1, 4)),
        _neg(ctx, "Amazon order mail", "UK", ("Amazon.co.uk", "dispatch-confirm@amazon.co.uk"),
             "Your Amazon.co.uk order has been dispatched", [
                 ("p", "Your order {order} has been dispatched and will arrive on {date}.")], days=(1, 3)),
        _neg(ctx, "Amazon order mail", "DE", ("Amazon.de", "versandbestaetigung@amazon.de"),
             "Ihre Amazon.de Bestellung wurde versandt", [
                 ("p", "Ihre Bestellung {order} ist unterwegs. Voraussichtliche Zustellung: {date}.")], days=(1, 3)),
        _neg(ctx, "Amazon order mail", "JP", ("Amazon.co.jp", "shipment-tracking@amazon.co.jp"),
             "Amazon.co.jp ご注文の商品をお届けしました", [
                 ("p", "ご注文番号 {order} の商品を{date}にお届けしました。")], days=(0, 1)),
        _neg(ctx, "Amazon order mail", "US", ("Amazon.com", "auto-confirm@amazon.com"), "Your Amazon.com order #{order}",
             [("lines", ["Order #{order}", "Cast iron skillet, 12 inch  $34.99", "Shipping: FREE Prime Delivery",
                         "Order Total: $34.99"])], auth="pass"),
        _neg(ctx, "Amazon order mail", "US", ("Amazon.com", "return@amazon.com"), "Your refund for order #{order}", [
            ("p", "We've issued a refund of $23.99 to your Mastercard ending in 0921. It can take 3-5 business days to "
                  "show on your statement.")]),
        _neg(ctx, "Amazon account mail", "US", ("Amazon Prime", "digital-no-reply@amazon.com"),
             "Your Prime membership renews soon", [
                 ("p", "Your Amazon Prime membership will renew on {date} for $139.00 plus tax.")], auth="pass"),
        _neg(ctx, "Amazon account mail", "UK", ("Amazon Prime", "digital-no-reply@amazon.co.uk"),
             "Thanks for being a Prime member", [
                 ("p", "We've charged £95.00 for another year of Prime. Your next renewal date is {date}.")],
             days=(360, 366)),
        _neg(ctx, "Amazon account mail", "US", ("Amazon.com", "dsar-request@amazon.com"), "Your Data Request", [
            ("p", "The data you requested is ready. Download it within 90 days from Your Account > Request Your "
                  "Data.")]),
        _neg(ctx, "Amazon account mail", "UK", ("Amazon Kindle", "digital-no-reply@amazon.co.uk"),
             "An update on Kindle Rewards", [
                 ("p", "Kindle Rewards is limited to customers in the United States, so points can no longer be "
                       "earned on your Amazon.co.uk account.")]),
        _neg(ctx, "Amazon account mail", "US", ("Amazon Subscribe & Save", "no-reply@amazon.com"),
             "Your Subscribe & Save delivery is coming up", [
                 ("p", "Your next Subscribe & Save delivery arrives around {date}. You save 15% on 5 items this "
                       "month.")], days=(7, 14)),
        _neg(ctx, "Audible look-alike", "US", ("Audible", "donotreply@audible.com"), "You have 2 credits to use", [
            ("p", "Your monthly credit has arrived. You now have 2 credits; 1 credit expires on {date}.")]),
    ]


def all_negatives(ctx):
    return marketing(ctx) + reminders(ctx) + bought_for_others(ctx) + donated_and_rejected(ctx) + coins(ctx) + \
        look_alikes(ctx) + ordinary_amazon(ctx)
