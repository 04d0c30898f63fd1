"""Messages that carry credit events: grants of every programme in the six
marketplaces, Kindle points, No-Rush promises, redemptions in order
confirmations and promo codes. Every wording here is new; each is used with
several encodings (the profile rotates per family in build.assemble).
"""
import datetime as dt

from . import fmt
from .build import META_ONLY, USER, Spec, ev

NAME, FIRST = USER["name"], USER["first"]


def _f(**kw):
    d = dict(name=NAME, first=FIRST)
    d.update(kw)
    return d


def amt(ctx, market, minor, style=None):
    cur = fmt.MARKETS[market]["cur"]
    style = style or ctx.turn(("money", market), fmt.MONEY_STYLES[cur])
    return fmt.money(minor, cur, style), style


def day(ctx, market, d, style=None):
    style = style or ctx.turn(("date", market), fmt.DATE_STYLES[market])
    return fmt.date(d, style)


def add_months(d, n):
    y, m = divmod(d.month - 1 + n, 12)
    y, m = d.year + y, m + 1
    for dd in (d.day, 30, 29, 28):
        try:
            return dt.date(y, m, dd)
        except ValueError:
            continue


def plus_years(d, n):
    try:
        return d.replace(year=d.year + n)
    except ValueError:
        return d.replace(year=d.year + n, day=28)


# ====================================================================== No-Rush / Amazon Day

NR_US = [
    dict(old=True, sender=("Amazon.com", "no-reply@amazon.com"), subject="Benefit Confirmation for your Order",
         minor=100, blocks=[
             ("p", "Hello {name},"),
             ("p", "Thank you for selecting FREE No-Rush Shipping. Your order {order} is on its way, and a {amt} "
                   "digital reward is now available in your account for eligible eBooks, digital music, video and apps."),
             ("p", "Please note: this reward must be used by {exp}. Rewards that are not used by then will expire."),
             ("sig", "Amazon.com")]),
    dict(sender=("Amazon", "digital-no-reply@amazon.com"), subject="Your {amt} digital reward is ready", minor=100,
         blocks=[
             ("h", "Your No-Rush reward is here"),
             ("p", "Hi {first}, thanks for choosing a slower delivery speed on order {order}. Here's what you earned:"),
             ("kv", [("Reward", "{amt}"), ("Use it on", "Kindle books, Prime Video, Amazon Music and apps"),
                     ("Use by", "{exp}")]),
             ("small", "Rewards are applied automatically when you buy eligible digital items. They can't be "
                       "transferred or exchanged for cash.")]),
    dict(sender=("Amazon.com", "no-reply@amazon.com"), subject="Your Amazon Day credit has arrived", minor=200,
         note="Amazon Day", blocks=[
             ("p", "Hi {first},"),
             ("p", "Your Amazon Day delivery for order {order} is complete. Grouping your items into fewer boxes "
                   "earned you a {amt} credit for digital content."),
             ("p", "Redeem it on eligible digital titles through {exp}.")]),
    dict(sender=("Amazon.com", "no-reply@amazon.com"), subject="No-Rush reward added", minor=100, note="one line",
         blocks=[("p", "{amt} No-Rush reward added for order {order}. Valid until {exp}.")]),
    dict(old=True, sender=("Amazon.com", "cs-reply@amazon.com"), subject="Benefit Confirmation for your Order #{order}",
         minor=100, blocks=[
             ("p", "Dear {name},"),
             ("p", "We're writing to confirm the benefit you earned on a recent purchase."),
             ("kv", [("Order number", "{order}"), ("Benefit", "No-Rush Shipping Reward"), ("Amount", "{amt}"),
                     ("Expiration date", "{exp}")]),
             ("p", "Your benefit can be applied to qualifying digital purchases, such as Kindle eBooks and Amazon "
                   "Video rentals."),
             ("sig", "Sincerely,\nAmazon.com")]),
    dict(sender=("Amazon.com", "no-reply@amazon.com"), subject="You've earned a digital credit", minor=300, blocks=[
        ("p", "Congratulations, {first}! Because you picked FREE No-Rush Shipping for order {order}, we've credited "
              "{amt} to your Amazon account."),
        ("p", "Spend it on Kindle eBooks, movies, TV shows, music or apps before 11:59 p.m. PT on {exp}, when it expires.")]),
    dict(sender=("Amazon", "no-reply@amazon.com"), subject="Your Amazon Day benefit", minor=200, note="Amazon Day",
         blocks=[
             ("p", "Thanks for shopping with Amazon Day, {first}."),
             ("kv", [("Benefit earned", "{amt} digital credit"), ("For order", "{order}"), ("Good through", "{exp}")]),
             ("p", "The credit will appear at checkout when you buy eligible digital items.")]),
    dict(sender=("Amazon.com", "shipment-tracking@amazon.com"), subject="Your No-Rush reward for order {order}",
         minor=100, note="ship date before the expiry", blocks=[
             ("p", "Hello {first},"),
             ("p", "Order {order} shipped on {ship}. As promised at checkout, you now have a {amt} reward to put "
                   "toward digital content."),
             ("p", "This reward expires {exp}."),
             ("sig", "Amazon.com | Your Orders | Your Account")]),
    dict(sender=("Amazon.com", "no-reply@amazon.com"), subject="Your digital reward is now available", minor=100,
         note="expiry only in the terms", blocks=[
             ("p", "Hi {first},"),
             ("p", "Your reward: {amt} (No-Rush Shipping, order {order})."),
             ("small", "Terms: Rewards are non-transferable, have no cash value, may be used only on eligible "
                       "digital items sold by Amazon.com, and expire on {exp}. Limit one reward per shipment.")]),
    dict(sender=("Amazon", "no-reply@amazon.com"), subject="\U0001F389 Reward added to your account", minor=100,
         note="emoji subject", blocks=[
             ("h", "{amt} is ready to spend"),
             ("p", "You chose No-Rush delivery on order {order}, so we added {amt} to your digital balance. Use it on "
                   "eBooks, movies, music and apps by {exp}.")]),
]

NR_UK = [
    dict(sender=("Amazon.co.uk", "no-reply@amazon.co.uk"), subject="Benefit Confirmation for your Order", minor=100,
         blocks=[
             ("p", "Hello {first},"),
             ("p", "Thanks for choosing No-Rush Delivery. Order {order} has now been despatched, and we've credited "
                   "{amt} to your account to spend on Kindle books, Prime Video films and TV, or digital music."),
             ("p", "Please use it by {exp} - after that it will lapse.")]),
    dict(sender=("Amazon.co.uk", "no-reply@amazon.co.uk"), subject="Your reward is ready to spend", minor=100, blocks=[
        ("h", "Your reward is ready to spend"),
        ("kv", [("Order", "{order}"), ("Reward", "{amt} towards digital content"), ("Expiry date", "{exp}")]),
        ("small", "Your reward will be applied automatically to qualifying digital purchases on Amazon.co.uk.")]),
    dict(sender=("Amazon.co.uk", "no-reply@amazon.co.uk"), subject="Your No-Rush reward", minor=100, note="one line",
         blocks=[("p", "Your No-Rush reward of {amt} (order {order}) is available until {exp}.")]),
    dict(sender=("Amazon.co.uk", "no-reply@amazon.co.uk"), subject="A little thank-you for choosing No-Rush Delivery",
         minor=100, blocks=[
             ("p", "Dear {name},"),
             ("p", "Thank you for choosing our slower, greener delivery option for order {order}. Your {amt} digital "
                   "credit has been added and can be used up to and including {exp}."),
             ("sig", "Kind regards,\nAmazon.co.uk")]),
]

NR_CA = [
    dict(sender=("Amazon.ca", "no-reply@amazon.ca"), subject="Benefit Confirmation for your Order", minor=100, blocks=[
        ("p", "Hi {first},"),
        ("p", "Thanks for opting for No-Rush Shipping on order {order}. A {amt} credit for eBooks, videos, music and "
              "apps has been added to your Amazon.ca account. It's yours to use until {exp}.")]),
    dict(sender=("Amazon.ca", "no-reply@amazon.ca"), subject="Your No-Rush reward is here", minor=100, blocks=[
        ("h", "Your No-Rush reward"),
        ("kv", [("Your reward", "{amt}"), ("Order", "{order}"), ("Expiry", "{exp}")]),
        ("p", "Apply it to Kindle books and other eligible digital content on Amazon.ca.")]),
    dict(sender=("Amazon.ca", "no-reply@amazon.ca"), subject="Confirmation de votre avantage", minor=100, lang="fr",
         money="fr", date="fr_long", note="Canadian French, 1,00 $", blocks=[
             ("p", "Bonjour {first},"),
             ("p", "Merci d'avoir choisi la livraison sans presse pour la commande {order}. Nous avons ajouté un "
                   "crédit numérique de {amt} à votre compte Amazon.ca."),
             ("p", "Vous pouvez l'utiliser jusqu'au {exp} inclusivement.")]),
    dict(sender=("Amazon.ca", "no-reply@amazon.ca"), subject="No-Rush credit issued", minor=100, note="one line",
         blocks=[("p", "Order {order}: {amt} No-Rush credit issued. Expires {exp}.")]),
]

NR_DE = [
    dict(sender=("Amazon.de", "no-reply@amazon.de"), subject="Ihr Vorteil für Bestellung {order}", minor=100, blocks=[
        ("p", "Hallo {first},"),
        ("p", "Ihre Bestellung {order} wurde mit No-Rush-Versand verschickt. Als Dankeschön haben wir Ihrem "
              "Kundenkonto {amt} für digitale Inhalte (Kindle eBooks, Filme, Musik und Apps) gutgeschrieben."),
        ("p", "Das Guthaben kann bis einschließlich {exp} eingelöst werden."),
        ("sig", "Freundliche Grüße\nIhr Amazon.de Team")]),
    dict(sender=("Amazon.de", "no-reply@amazon.de"), subject="Ihr Vorteil wurde bestätigt", minor=100, blocks=[
        ("h", "Ihr Vorteil wurde bestätigt"),
        ("kv", [("Bestellnummer", "{order}"), ("Guthaben", "{amt}"), ("Einlösbar bis", "{exp}")]),
        ("small", "Das Guthaben wird beim Kauf berechtigter digitaler Artikel automatisch verrechnet.")]),
    dict(sender=("Amazon.de", "versandbestaetigung@amazon.de"), subject="Gutschrift für Ihren Versand ohne Eile",
         minor=100, blocks=[
             ("p", "Guten Tag {name},"),
             ("p", "danke, dass Sie bei Bestellung {order} die Option „Versand ohne Eile“ gewählt haben. Eine "
                   "Gutschrift in Höhe von {amt} steht ab sofort in Ihrem Konto bereit. Sie verfällt am {exp}.")]),
    dict(sender=("Amazon.de", "no-reply@amazon.de"), subject="Ihre No-Rush-Gutschrift", minor=200, note="one line",
         blocks=[("p", "Bestellung {order}: {amt} Aktionsgutschrift, gültig bis {exp}.")]),
]

NR_FR = [
    dict(sender=("Amazon.fr", "no-reply@amazon.fr"), subject="Votre avantage Livraison sans urgence", minor=100,
         blocks=[
             ("p", "Bonjour {first},"),
             ("p", "Votre commande {order} a été expédiée avec la Livraison sans urgence. Pour vous remercier, nous "
                   "avons crédité votre compte de {amt}, à utiliser sur les eBooks Kindle, la musique et les vidéos "
                   "numériques."),
             ("p", "Ce crédit est valable jusqu'au {exp} inclus.")]),
    dict(sender=("Amazon.fr", "no-reply@amazon.fr"), subject="Votre crédit numérique est disponible", minor=100,
         blocks=[
             ("h", "Votre crédit numérique est disponible"),
             ("kv", [("Commande", "{order}"), ("Montant", "{amt}"), ("Date d'expiration", "{exp}")]),
             ("small", "Le crédit s'applique automatiquement lors de vos prochains achats numériques éligibles.")]),
    dict(sender=("Amazon.fr", "confirmation-envoi@amazon.fr"),
         subject="Merci d'avoir choisi une livraison sans urgence", minor=100, blocks=[
             ("p", "Bonjour {name},"),
             ("p", "Grâce à votre choix d'une livraison sans urgence (commande {order}), vous bénéficiez de {amt} de "
                   "crédit pour des contenus numériques. Attention : ce crédit expirera le {exp}.")]),
    dict(sender=("Amazon.fr", "no-reply@amazon.fr"), subject="Crédit ajouté à votre compte", minor=100, note="one line",
         blocks=[("p", "Crédit de {amt} ajouté (commande {order}) – à utiliser jusqu'au {exp}.")]),
]

NR_JP = [
    dict(sender=("Amazon.co.jp", "no-reply@amazon.co.jp"), subject="【Amazon.co.jp】デジタル特典付与のお知らせ",
         minor=100, blocks=[
             ("p", "{name} 様"),
             ("p", "いつもAmazon.co.jpをご利用いただきありがとうございます。"),
             ("p", "ご注文（注文番号：{order}）で「お急ぎ便不要」を選択いただいた特典として、{amt}のデジタル特典を"
                   "お客様のアカウントに付与いたしました。Kindle本、デジタルミュージック、Prime Videoのレンタル・購入に"
                   "ご利用いただけます。"),
             ("p", "特典の有効期限：{exp}")]),
    dict(sender=("Amazon.co.jp", "no-reply@amazon.co.jp"), subject="特典が付与されました", minor=100, blocks=[
        ("h", "特典が付与されました"),
        ("kv", [("注文番号", "{order}"), ("特典内容", "デジタル特典 {amt}"), ("有効期限", "{exp}まで")]),
        ("small", "特典はデジタルコンテンツのご購入時に自動的に適用されます。")]),
    dict(sender=("Amazon.co.jp", "shipment-tracking@amazon.co.jp"), subject="ご注文の特典について", minor=200,
         blocks=[
             ("p", "{name}様"),
             ("p", "お急ぎ便を使わない配送方法をお選びいただき、ありがとうございました。注文番号{order}の特典として "
                   "{amt} 分のクレジットを追加しました。{exp}までにご利用ください。")]),
    dict(sender=("Amazon.co.jp", "no-reply@amazon.co.jp"), subject="デジタル特典のお知らせ", minor=100,
         note="one line", blocks=[("p", "注文番号 {order}：デジタル特典 {amt}（有効期限 {exp}）")]),
]

NR = {"US": NR_US, "UK": NR_UK, "CA": NR_CA, "DE": NR_DE, "FR": NR_FR, "JP": NR_JP}


# Numeric dates whose day and month can be swapped into another valid date.
SWAPPABLE = {"us_slash", "us_slash_short", "us_slash_yy", "uk_slash", "fr_slash", "de_dot", "de_dot_short"}

RECS = {"US": ("lines", ["Recommended for you", "Kindle Paperwhite (16 GB)  $159.99", "Echo Dot (5th Gen)  $49.99"]),
        "UK": ("lines", ["Inspired by your browsing", "Kindle Scribe (64 GB)  £329.99"])}


def no_rush(ctx, market, i):
    w = NR[market][i % len(NR[market])]
    when = ctx.when((2019, 3, 1), (2023, 12, 31)) if w.get("old") else ctx.when()
    exp = when.date() + dt.timedelta(days=ctx.rng.randint(34, 248))
    style = w.get("date") or ctx.turn(("date", market), fmt.DATE_STYLES[market])
    if style in SWAPPABLE and exp.day > 12 and ctx.rng.random() < 0.7:
        exp -= dt.timedelta(days=exp.day - ctx.rng.randint(1, 12))
    order = ctx.order_id(market)
    money_style = w.get("money")
    profile = None
    if market == "DE" and i == 2:
        profile, money_style = META_ONLY, "eur"
    a, _ = amt(ctx, market, w["minor"], money_style)
    f = _f(amt=a, exp=fmt.date(exp, style), order=order)
    blocks = w["blocks"] + ([RECS[market]] if (market, i) in (("US", 1), ("US", 11), ("UK", 1)) else [])
    if "{ship}" in str(w["blocks"]):
        f["ship"] = day(ctx, market, when.date() - dt.timedelta(days=ctx.rng.randint(0, 2)))
    cur = fmt.MARKETS[market]["cur"]
    return Spec(family=f"no-rush grant {market}", market=market, sender=w["sender"],
                subject=w["subject"].format(**f), blocks=blocks, f=f, when=when, lang=w.get("lang"),
                events=[ev("grant", "no-rush", w["minor"], cur, exp, order)], profile=profile,
                note=w.get("note", "") or ("charset only in <meta>" if profile else
                                             "product prices beside the reward" if len(blocks) > len(w["blocks"]) else ""),
                auth=ctx.turn(("auth", market), ["pass", "none", "pass"]))


# ====================================================================== promotional credits

PROMO = [
    dict(m="US", minor=500, days=(60, 120), sender=("Amazon.com", "no-reply@amazon.com"),
         subject="A {amt} credit for Prime Video is waiting for you", blocks=[
             ("p", "Hello {name},"),
             ("p", "As a thank-you for joining Prime Video, a {amt} promotional credit has been applied to your "
                   "account. You can use it to buy or rent eligible movies and TV episodes on Amazon.com."),
             ("p", "Credit expires {exp}.")]),
    dict(m="US", minor=1000, days=None, sender=("Amazon.com Customer Service", "cs-reply@amazon.com"),
         subject="Following up on your contact with us", note="courtesy credit, no expiry", blocks=[
             ("p", "Hi {first},"),
             ("p", "I'm sorry your recent delivery didn't go as planned. As a courtesy, I've added a {amt} promotional "
                   "credit to your account. It will be applied automatically to your next eligible purchase."),
             ("sig", "Thank you for your patience,\nDana R.\nAmazon.com Customer Service")]),
    dict(m="US", minor=2000, days=(30, 60), sender=("Amazon Photos", "no-reply@amazon.com"),
         subject="Your Prime Day credit is here", blocks=[
             ("h", "Your Prime Day credit has been applied"),
             ("p", "You saved your first photo to Amazon Photos, so we've added {amt} in promotional credit to your "
                   "account, good on eligible items sold by Amazon.com."),
             ("kv", [("Credit", "{amt}"), ("Valid until", "{exp}")]),
             ("small", "Not valid on gift cards, digital subscriptions or items sold by third-party sellers. One "
                       "credit per customer.")]),
    dict(m="US", minor=500, days=(45, 90), sender=("Amazon Music", "no-reply@amazon.com"),
         subject="Your {amt} Amazon Music credit", blocks=[
             ("p", "Thanks for streaming with Amazon Music Unlimited. A credit of {amt} now sits in your account for "
                   "digital music purchases."),
             ("p", "It will expire on {exp} at 11:59 PM Pacific Time.")]),
    dict(m="US", minor=300, days=None, sender=("Amazon.com", "no-reply@amazon.com"),
         subject="Promotional credit added", note="no expiry, one line", blocks=[
             ("p", "A {amt} promotional credit has been added to your Amazon.com account and will be applied to your "
                   "next qualifying Amazon Video purchase.")]),
    dict(m="US", minor=1000, days=(60, 90), sender=("Amazon.com", "no-reply@amazon.com"),
         subject="You qualified for a promotional credit", note="a qualifying date besides the expiry", blocks=[
             ("p", "Hello {first},"),
             ("p", "On {qual} you completed your first shopping list with Alexa, which qualified you for this offer. "
                   "We've now added {amt} to your promotional balance."),
             ("kv", [("Amount", "{amt}"), ("Expires", "{exp}")])]),
    dict(m="UK", minor=500, days=(40, 100), sender=("Amazon.co.uk", "no-reply@amazon.co.uk"),
         subject="Your Prime Video credit", blocks=[
             ("p", "Hello {first},"),
             ("p", "We've added a {amt} promotional credit to your Amazon.co.uk account to spend in the Prime Video "
                   "Store on rentals and purchases. It will expire on {exp}.")]),
    dict(m="UK", minor=300, days=None, sender=("Amazon.co.uk Customer Service", "cs-reply@amazon.co.uk"),
         subject="An apology from Amazon.co.uk", note="courtesy credit, no expiry", blocks=[
             ("p", "Dear {name},"),
             ("p", "We're sorry that your parcel arrived later than we promised. Please accept a {amt} promotional "
                   "credit, which we've already applied to your account."),
             ("sig", "Kind regards,\nJamie\nAmazon.co.uk Customer Service")]),
    dict(m="DE", minor=500, days=(30, 90), sender=("Amazon.de", "no-reply@amazon.de"),
         subject="Ihre Aktionsgutschrift über {amt}", blocks=[
             ("p", "Hallo {first},"),
             ("p", "als Dankeschön für Ihre Teilnahme an unserer Prime Video Aktion haben wir Ihrem Konto eine "
                   "Aktionsgutschrift über {amt} hinzugefügt."),
             ("p", "Die Gutschrift ist bis zum {exp} gültig und wird bei Ihrem nächsten berechtigten Einkauf "
                   "automatisch angewendet.")]),
    dict(m="FR", minor=500, days=(30, 90), sender=("Amazon.fr", "no-reply@amazon.fr"),
         subject="Un crédit promotionnel vous attend", blocks=[
             ("p", "Bonjour {first},"),
             ("p", "Pour fêter votre inscription à Amazon Music Unlimited, nous avons ajouté un crédit promotionnel de "
                   "{amt} à votre compte."),
             ("kv", [("Montant", "{amt}"), ("Valable jusqu'au", "{exp}")])]),
    dict(m="JP", minor=500, days=(30, 90), sender=("Amazon.co.jp", "no-reply@amazon.co.jp"),
         subject="プロモーションクレジット付与のお知らせ", blocks=[
             ("p", "{name} 様"),
             ("p", "Prime Videoキャンペーンの特典として、{amt}分のプロモーションクレジットをお客様のアカウントに追加しました。"),
             ("p", "有効期限は{exp}です。対象のデジタル作品のご購入・レンタルにご利用ください。")]),
    dict(m="CA", minor=500, days=(30, 90), sender=("Amazon.ca", "no-reply@amazon.ca"),
         subject="You've got a promotional credit", blocks=[
             ("p", "Hi {first},"),
             ("p", "We've added a {amt} promotional credit to your Amazon.ca account. It can be used on eligible Prime "
                   "Video rentals and purchases and expires on {exp}.")]),
]


def promotional(ctx, i):
    w = PROMO[i]
    m = w["m"]
    when = ctx.when()
    exp = when.date() + dt.timedelta(days=ctx.rng.randint(*w["days"])) if w["days"] else None
    a, _ = amt(ctx, m, w["minor"])
    f = _f(amt=a, exp=day(ctx, m, exp) if exp else "")
    if "{qual}" in str(w["blocks"]):
        f["qual"] = day(ctx, m, when.date() - dt.timedelta(days=ctx.rng.randint(3, 20)))
    cur = fmt.MARKETS[m]["cur"]
    return Spec(family=f"promotional grant", market=m, sender=w["sender"], subject=w["subject"].format(**f),
                blocks=w["blocks"] + ([RECS["US"]] if i == 2 else []), f=f, when=when, note=w.get("note", ""),
                events=[ev("grant", "promotional", w["minor"], cur, exp)])


# ====================================================================== Kindle Rewards

KR = [
    dict(subject="Your Kindle Reward is ready to use", blocks=[
        ("p", "You reached 300 Kindle Points! We've turned them into a {amt} reward that will be applied "
              "automatically to your next eligible Kindle book."),
        ("p", "Use your reward by {exp}.")]),
    dict(subject="Reward unlocked: {amt} off Kindle books", note="300 points redeemed beside the reward", blocks=[
        ("h", "Reward unlocked"),
        ("kv", [("Points redeemed", "300"), ("Reward", "{amt} Kindle credit"), ("Expires", "{exp}")]),
        ("small", "Kindle Rewards can be used on Kindle eBooks sold by Amazon.com. Not valid on Kindle Unlimited or "
                  "subscriptions.")]),
    dict(subject="Kindle Rewards update", note="one line",
         blocks=[("p", "{amt} Kindle Reward earned - expires {exp}.")]),
    dict(subject="You've got a Kindle Reward", blocks=[
        ("p", "Hi {first},"),
        ("p", "Kindle Rewards: you have {amt} to spend on Kindle books. It's valid through {exp}, and it's applied at "
              "checkout automatically.")]),
]


def kindle_reward(ctx, i):
    w = KR[i]
    when = ctx.when((2023, 7, 1), (2026, 9, 30))
    exp = when.date() + dt.timedelta(days=ctx.rng.randint(45, 90))
    a, _ = amt(ctx, "US", 300)
    f = _f(amt=a, exp=day(ctx, "US", exp))
    return Spec(family="kindle-rewards grant", market="US", sender=("Amazon Kindle", "digital-no-reply@amazon.com"),
                subject=w["subject"].format(**f), blocks=w["blocks"], f=f, when=when, note=w.get("note", ""),
                events=[ev("grant", "kindle-rewards", 300, "USD", exp)])


TITLES = ["The Salt Road", "Winter in Lisbon", "A Field Guide to Small Birds", "Ninety Days of Rain",
          "The Clockmaker's Apprentice", "Under the Orchard", "Paper Lanterns", "Notes from a Ferry",
          "The Glass Cartographer", "Letters to the Lighthouse Keeper", "Quiet Engines", "The Long Tide"]

KP = [
    dict(subject="+{pts} Kindle Points", blocks=[
        ("p", "Thanks for buying \"{title}\". You earned {pts} Kindle Points, which expire on {exp}."),
        ("p", "Collect 300 points to unlock a reward for your next Kindle book.")]),
    dict(subject="Points added to your Kindle Rewards", note="a balance line beside the points earned", blocks=[
        ("kv", [("Title", "{title}"), ("Points earned", "{pts}"), ("Points expire", "{exp}"),
                ("Current balance", "{bal} points")])]),
    dict(subject="Double points on your Kindle purchase", blocks=[
        ("p", "Double Points Day! Your purchase of \"{title}\" earned {pts} points (2x). Points expire {exp}.")]),
    dict(subject="Kindle Rewards: points added", blocks=[
        ("p", "{pts} points have been added to your Kindle Rewards account. They'll expire on {exp} if you don't use "
              "them.")]),
    dict(subject="You earned Kindle Points", note="one line",
         blocks=[("p", "You earned {pts} Kindle Points on \"{title}\" (expiring {exp}).")]),
]

POINTS = [14, 38, 29, 9, 45, 21]


def kindle_points(ctx, i):
    w = KP[i % len(KP)]
    when = ctx.when((2023, 7, 1), (2026, 9, 30))
    exp = add_months(when.date(), 3)
    pts = POINTS[i]
    f = _f(pts=str(pts), exp=day(ctx, "US", exp), title=TITLES[i], bal=str(pts + 112))
    return Spec(family="kindle points", market="US", sender=("Amazon Kindle", "digital-no-reply@amazon.com"),
                subject=w["subject"].format(**f), blocks=w["blocks"], f=f, when=when, note=w.get("note", ""),
                events=[ev("points", "kindle-rewards", expires=exp, points=pts)])


# ====================================================================== Shopper Panel

SP = [
    dict(m="US", minor=1000, sender=("Amazon Shopper Panel", "shopper-panel@amazon.com"),
         subject="Your {month} reward is here", blocks=[
             ("p", "Hi {first},"),
             ("p", "Thanks for sharing 10 receipts with Amazon Shopper Panel in {month}. Your {amt} reward has been "
                   "deposited into your Amazon Gift Card balance.")]),
    dict(m="US", minor=1000, sender=("Amazon Shopper Panel", "no-reply@panel.amazon.com"),
         subject="Shopper Panel payment sent", blocks=[
             ("kv", [("Program", "Amazon Shopper Panel"), ("Period", "{month}"), ("Reward", "{amt}"),
                     ("Paid to", "Amazon Balance")]),
             ("small", "Questions? Visit the Shopper Panel help pages in the app.")]),
    dict(m="US", minor=50, sender=("Amazon Shopper Panel", "shopper-panel@amazon.com"),
         subject="Thanks for completing a survey", note="a survey reward of cents", blocks=[
             ("p", "Thanks for answering the survey \"Weekend cooking habits\". {amt} has been added to your Amazon "
                   "Balance.")]),
    dict(m="UK", minor=140, sender=("Amazon Shopper Panel", "shopper-panel@amazon.co.uk"),
         subject="Your Shopper Panel reward for {month}", note="10p per receipt", blocks=[
             ("p", "Hello {first},"),
             ("p", "Thank you for uploading 14 approved receipts in {month}. A reward of {amt} has been added to your "
                   "Amazon.co.uk gift card balance.")]),
    dict(m="DE", minor=500, sender=("Amazon Shopper Panel", "shopper-panel@amazon.de"),
         subject="Ihre Shopper Panel Prämie für {month}", blocks=[
             ("p", "Hallo {first},"),
             ("p", "vielen Dank für Ihre Teilnahme am Amazon Shopper Panel im {month}. Wir haben {amt} Ihrem "
                   "Amazon-Guthaben gutgeschrieben.")]),
    dict(m="JP", minor=500, sender=("Amazon Shopper Panel", "shopper-panel@amazon.co.jp"),
         subject="Amazon Shopper Panel 報酬のお知らせ", blocks=[
             ("p", "{name} 様"),
             ("p", "Amazon Shopper Panelにご参加いただきありがとうございます。{month}分の報酬として、{amt}を"
                   "Amazonギフトカード残高に追加しました。")]),
]


def month_name(market, d):
    prev = (d.replace(day=1) - dt.timedelta(days=1))
    if market == "DE":
        return fmt.MONTHS_DE[prev.month - 1]
    if market == "JP":
        return f"{prev.month}月"
    return fmt.MONTHS_EN[prev.month - 1]


def shopper_panel(ctx, i):
    w = SP[i]
    m = w["m"]
    when = ctx.when()
    a, _ = amt(ctx, m, w["minor"], "sym" if w["minor"] < 100 else None)
    f = _f(amt=a, month=month_name(m, when.date()))
    cur = fmt.MARKETS[m]["cur"]
    return Spec(family="shopper-panel grant", market=m, sender=w["sender"], subject=w["subject"].format(**f),
                blocks=w["blocks"], f=f, when=when, note=w.get("note", ""),
                events=[ev("grant", "shopper-panel", w["minor"], cur)])


# ====================================================================== Trade-In

TI = [
    dict(m="US", minor=3150, sender=("Amazon Trade-In", "trade-in@amazon.com"), item="Kindle Paperwhite (11th Gen)",
         subject="Trade-in {tid}: payment issued", blocks=[
             ("p", "Good news! We've checked your {item} (trade-in {tid}) and it met our criteria. We've added {amt} "
                   "to your Amazon.com Gift Card balance.")]),
    dict(m="US", minor=2200, old=4800, sender=("Amazon Trade-In", "trade-in@amazon.com"),
         item="Echo Show 8 (2nd Gen)", subject="Update on your trade-in {tid}", note="revised value", blocks=[
             ("p", "We received your {item}, but its condition didn't match the answers given when the trade-in was "
                   "created. We accepted it at an adjusted value."),
             ("kv", [("Trade-in ID", "{tid}"), ("Original quote", "{old}"), ("Final value", "{amt}"),
                     ("Paid to", "Gift Card balance")])]),
    dict(m="US", minor=1875, sender=("Amazon Trade-In", "trade-in@amazon.com"), item="Fire TV Stick 4K",
         subject="Your trade-in credit has been applied", note="a 20% coupon beside the credit", blocks=[
             ("p", "Hi {first}, your trade-in credit of {amt} for {item} is now in your Gift Card balance."),
             ("p", "As a thank-you, you'll also get 20% off a new Kindle when you shop this week - no code needed.")]),
    dict(m="UK", minor=4500, sender=("Amazon.co.uk Trade-In", "trade-in@amazon.co.uk"), item="iPad Air (4th generation)",
         subject="Your trade-in has been accepted", blocks=[
             ("p", "Hello {first},"),
             ("p", "Your trade-in of {item} ({tid}) has been accepted, and {amt} has been added to your Amazon.co.uk "
                   "Gift Card balance.")]),
    dict(m="DE", minor=3850, sender=("Amazon.de Trade-In", "trade-in@amazon.de"), item="Kindle Oasis (10. Generation)",
         subject="Ihr Trade-In {tid} wurde angenommen", blocks=[
             ("p", "Hallo {first},"),
             ("p", "Ihr Trade-In {tid} ({item}) wurde geprüft und angenommen. Wir haben Ihrem Geschenkgutschein-Konto "
                   "{amt} gutgeschrieben.")]),
    dict(m="DE", minor=4200, old=6000, sender=("Amazon.de Trade-In", "trade-in@amazon.de"),
         item="Samsung Galaxy S21", subject="Ihr Trade-In {tid}: geänderter Ankaufswert", note="revised value",
         blocks=[
             ("p", "Guten Tag {name},"),
             ("p", "leider entsprach der Zustand Ihres Artikels {item} nicht den Angaben beim Erstellen des Trade-Ins. "
                   "Statt der angebotenen {old} haben wir Ihrem Geschenkgutschein-Konto deshalb {amt} gutgeschrieben.")]),
]


def trade_in(ctx, i):
    w = TI[i]
    m = w["m"]
    when = ctx.when()
    a, style = amt(ctx, m, w["minor"])
    f = _f(amt=a, item=w["item"], tid=f"TRD-{ctx.digits(10)}")
    if "old" in w:
        f["old"] = fmt.money(w["old"], fmt.MARKETS[m]["cur"], style)
    cur = fmt.MARKETS[m]["cur"]
    return Spec(family="trade-in grant", market=m, sender=w["sender"], subject=w["subject"].format(**f),
                blocks=w["blocks"], f=f, when=when, note=w.get("note", ""), money_fields=("amt", "old"),
                events=[ev("grant", "trade-in", w["minor"], cur)])


# ====================================================================== gift cards received

GIVERS = ["Priya Shah", "Tom Becker", "Claire Dubois", "Kenji Sato", "Maya Lindqvist", "Omar Haddad"]
GIFT_MSGS = ["Congrats on the new job!", "Happy birthday, treat yourself", "Thanks for feeding the cat!",
             "For your next long train ride", "Merry Christmas from all of us", "Enjoy some good books"]

GC = [
    dict(m="US", minor=2500, sender=("Amazon.com", "gc-orders@gc.email.amazon.com"),
         subject="{giver} sent you a Gift Card for {amt}", blocks=[
             ("h", "You've got an Amazon.com Gift Card!"),
             ("p", "{giver} sent you a gift."),
             ("kv", [("Amount", "{amt}"), ("Message", "\"{msg}\""), ("Claim code", "{claim}")]),
             ("p", "Redeem it at amazon.com/redeem, or in the Amazon app under Gift Cards.")]),
    dict(m="US", minor=4000, sender=("Amazon.com", "gc-orders@gc.email.amazon.com"),
         subject="You've received a {amt} Amazon.com eGift Card from {giver}", blocks=[
             ("p", "Hi {first},"),
             ("p", "{giver} has sent you an Amazon.com eGift Card worth {amt}."),
             ("p", "\"{msg}\""),
             ("p", "Claim code: {claim}"),
             ("small", "Once redeemed, the balance is added to your account and stays there until you use it.")]),
    dict(m="UK", minor=2000, sender=("Amazon.co.uk", "gc-orders@gc.email.amazon.co.uk"),
         subject="{giver} has sent you an Amazon.co.uk Gift Card", blocks=[
             ("p", "Hello {first},"),
             ("p", "Good news - {giver} has sent you an Amazon.co.uk Gift Card for {amt}."),
             ("kv", [("Gift message", "{msg}"), ("Claim code", "{claim}")]),
             ("p", "To add it to your account, go to Your Account > Gift Cards > Redeem a Gift Card.")]),
    dict(m="DE", minor=2500, sender=("Amazon.de", "gutschein@gc.email.amazon.de"),
         subject="{giver} hat Ihnen einen Amazon.de Gutschein geschickt", note="claim code called Gutscheincode",
         blocks=[
             ("p", "Hallo {first},"),
             ("p", "Sie haben von {giver} einen Amazon.de Geschenkgutschein über {amt} erhalten."),
             ("kv", [("Nachricht", "{msg}"), ("Gutscheincode", "{claim}")]),
             ("p", "Lösen Sie den Gutschein unter amazon.de/einloesen ein.")]),
    dict(m="JP", minor=3000, years=10, sender=("Amazon.co.jp", "gc-orders@gc.email.amazon.co.jp"),
         subject="Amazonギフトカードが届きました", note="expiry stated on the card", blocks=[
             ("p", "{name} 様"),
             ("p", "{giver}様からAmazonギフトカード（Eメールタイプ）が届きました。"),
             ("kv", [("金額", "{amt}"), ("ギフトカード番号", "{claim}"), ("有効期限", "{exp}")]),
             ("p", "アカウントサービスの「ギフトカード」からお客様のアカウントに登録してください。")]),
    dict(m="CA", minor=5000, sender=("Amazon.ca", "gc-orders@gc.email.amazon.ca"),
         subject="You've received an Amazon.ca Gift Card", blocks=[
             ("p", "Hi {first},"),
             ("p", "{giver} sent you a {amt} Amazon.ca Gift Card with the message: \"{msg}\""),
             ("p", "Claim code: {claim}")]),
]


def gift_card(ctx, i):
    w = GC[i]
    m = w["m"]
    when = ctx.when()
    exp = plus_years(when.date(), w["years"]) if w.get("years") else None
    a, _ = amt(ctx, m, w["minor"])
    f = _f(amt=a, giver=GIVERS[i], msg=GIFT_MSGS[i], claim=ctx.claim_code(), exp=day(ctx, m, exp) if exp else "")
    cur = fmt.MARKETS[m]["cur"]
    return Spec(family="gift-card grant", market=m, sender=w["sender"], subject=w["subject"].format(**f),
                blocks=w["blocks"], f=f, when=when, note=w.get("note", ""),
                events=[ev("grant", "gift-card", w["minor"], cur, exp)])


# ====================================================================== redemptions

RD = [
    dict(m="US", digital=True, minor=199, price=1299, sender=("Amazon.com", "digital-no-reply@amazon.com"),
         subject="Your Amazon.com order of \"{title}\"", blocks=[
             ("lines", ["Order #: {order}", "\"{title}\" [Kindle Edition]  {price}", "Promotional credit:  -{amt}",
                        "Order total:  {total}"]),
             ("p", "Your book is now available on your Kindle and in the Kindle app.")]),
    dict(m="US", digital=True, minor=399, price=399, sender=("Prime Video", "digital-no-reply@amazon.com"),
         subject="Thank you for your Prime Video purchase", note="fully paid by credit", blocks=[
             ("p", "You bought {title} (HD)."),
             ("kv", [("Order number", "{order}"), ("Subtotal", "{price}"), ("Digital credits applied", "-{amt}"),
                     ("Total charged", "{total}")])]),
    dict(m="US", digital=True, minor=300, price=1099, sender=("Amazon.com", "digital-no-reply@amazon.com"),
         subject="Amazon.com order {order}", note="no minus sign", blocks=[
             ("p", "Thanks for your order, {first}."),
             ("lines", ["Item: {title}", "Price:  {price}", "Paid with promotional balance:  {amt}",
                        "Charged to Visa ending in 4417:  {total}"])]),
    dict(m="US", digital=True, minor=100, price=999, sender=("Amazon Music", "digital-no-reply@amazon.com"),
         subject="Your Amazon Music purchase", note="amount in parentheses", blocks=[
             ("lines", ["Digital Order: {order}", "{title} (Album)  {price}", "Rewards applied  ({amt})",
                        "Total  {total}"])]),
    dict(m="US", digital=True, minor=200, price=499, sender=("Amazon.com", "digital-no-reply@amazon.com"),
         subject="Your Kindle order", note="en-dash minus", blocks=[
             ("lines", ["Order {order}", "{title}  {price}", "Promotional credit  –{amt}", "Grand total  {total}"])]),
    dict(m="UK", digital=True, minor=100, price=349, sender=("Amazon.co.uk", "digital-no-reply@amazon.co.uk"),
         subject="Your Amazon.co.uk order of {title}", blocks=[
             ("lines", ["Order number: {order}", "{title} (Kindle Edition)  {price}", "Promotion applied:  -{amt}",
                        "Order total:  {total}"])]),
    dict(m="DE", digital=True, minor=200, price=699, sender=("Amazon.de", "digital-no-reply@amazon.de"),
         subject="Ihre Amazon.de Bestellung von „{title}“", blocks=[
             ("lines", ["Bestellnummer: {order}", "„{title}“ (Kindle Ausgabe)  {price}",
                        "Aktionsguthaben eingelöst:  -{amt}", "Gesamtbetrag:  {total}"])]),
    dict(m="JP", digital=True, minor=100, price=770, sender=("Amazon.co.jp", "digital-no-reply@amazon.co.jp"),
         subject="Amazon.co.jpでのご注文: {title}", blocks=[
             ("lines", ["注文番号：{order}", "{title} Kindle版  {price}", "デジタル特典の利用：  -{amt}",
                        "ご請求額：  {total}"])]),
    dict(m="US", digital=False, minor=1500, price=2799, sender=("Amazon.com", "auto-confirm@amazon.com"),
         subject="Your Amazon.com order #{order}", note="order date beside the amounts", blocks=[
             ("p", "Hello {first}, thank you for shopping with us. We'll send a confirmation when your item ships."),
             ("lines", ["Order #{order}", "Placed on {placed}", "{item}  {price}",
                        "Gift card balance used:  -{amt}", "Order Total:  {total}"])]),
    dict(m="US", digital=False, minor=1240, price=1999, sender=("Amazon.com", "auto-confirm@amazon.com"),
         subject="Your Amazon.com order of {item}", note="split tender", blocks=[
             ("p", "Thanks for your order, {first}!"),
             ("kv", [("Order", "{order}"), ("Items", "{price}"), ("Gift Certificate/Card", "-{amt}"),
                     ("Charged to Visa ending in 4417", "{total}")])]),
    dict(m="UK", digital=False, minor=500, price=1899, sender=("Amazon.co.uk", "auto-confirm@amazon.co.uk"),
         subject="Your Amazon.co.uk order {order}", blocks=[
             ("lines", ["Order {order}", "{item}  {price}", "Gift card:  -{amt}", "Total paid by card:  {total}"])]),
    dict(m="DE", digital=False, minor=1000, price=2499, sender=("Amazon.de", "bestellbestaetigung@amazon.de"),
         subject="Ihre Amazon.de Bestellung {order}", blocks=[
             ("lines", ["Bestellnummer {order}", "{item}  {price}", "Gutschein(e):  -{amt}",
                        "Gesamtbetrag inkl. MwSt.:  {total}"])]),
    dict(m="JP", digital=False, minor=1500, price=4280, sender=("Amazon.co.jp", "auto-confirm@amazon.co.jp"),
         subject="Amazon.co.jp ご注文の確認", blocks=[
             ("p", "{name} 様"),
             ("p", "Amazon.co.jpをご利用いただき、ありがとうございます。"),
             ("lines", ["注文番号：{order}", "{item}  {price}", "Amazonギフトカード：  -{amt}", "注文合計：  {total}"])]),
]

ITEMS = {"US": "Stainless steel water bottle, 32 oz", "UK": "LED desk lamp with USB port",
         "DE": "Thermoskanne 1 Liter, Edelstahl", "JP": "電気ケトル 1.0L", "CA": "Wool hiking socks, 3 pairs",
         "FR": "Bouilloire électrique 1,7 L"}


def redeem(ctx, i):
    w = RD[i]
    m = w["m"]
    cur = fmt.MARKETS[m]["cur"]
    when = ctx.when()
    order = ctx.order_id(m, digital=w["digital"])
    a, style = amt(ctx, m, w["minor"])
    mon = lambda x: fmt.money(x, cur, style)
    f = _f(amt=a, order=order, price=mon(w["price"]), total=mon(w["price"] - w["minor"]),
           title=TITLES[(i + 5) % len(TITLES)], item=ITEMS[m],
           placed=day(ctx, m, when.date()))
    program = "promotional" if w["digital"] else "gift-card"
    return Spec(family=f"redeem ({'digital' if w['digital'] else 'retail'})", market=m, sender=w["sender"],
                subject=w["subject"].format(**f), blocks=w["blocks"], f=f, when=when, note=w.get("note", ""),
                money_fields=("amt", "price", "total"), split_fields=("amt",),
                events=[ev("redeem", program, w["minor"], cur, order=order)])


# ====================================================================== No-Rush promises

PR = [
    dict(m="US", minor=100, sender=("Amazon.com", "auto-confirm@amazon.com"), subject="Your Amazon.com order of {item}",
         blocks=[
             ("p", "Hello {first},"),
             ("p", "Thanks for your order. We'll let you know when it ships."),
             ("lines", ["Order #{order}", "{item}  {price}", "Delivery: FREE No-Rush Shipping"]),
             ("p", "Because you chose No-Rush Shipping, you'll get a {amt} reward for digital purchases after this "
                   "order ships.")]),
    dict(m="US", minor=100, sender=("Amazon.com", "auto-confirm@amazon.com"), subject="Order Confirmation", blocks=[
        ("kv", [("Order", "{order}"), ("Item", "{item}"), ("Shipping speed", "FREE No-Rush Shipping"),
                ("Your reward", "{amt} digital credit, issued when your items ship")])]),
    dict(m="US", minor=200, sender=("Amazon.com", "auto-confirm@amazon.com"),
         subject="Your Amazon Day order is confirmed", note="Amazon Day", blocks=[
             ("p", "Your items will arrive together on your Amazon Day. Because you chose Amazon Day delivery, a {amt} "
                   "credit for digital content will be added to your account once order {order} is delivered.")]),
    dict(m="UK", minor=100, sender=("Amazon.co.uk", "auto-confirm@amazon.co.uk"),
         subject="Your Amazon.co.uk order confirmation", blocks=[
             ("lines", ["Order {order}", "{item}  {price}", "Delivery option: No-Rush Delivery"]),
             ("p", "You'll receive {amt} to spend on digital content once this order has been despatched.")]),
    dict(m="DE", minor=100, sender=("Amazon.de", "bestellbestaetigung@amazon.de"), subject="Bestellbestätigung {order}",
         blocks=[
             ("lines", ["Bestellnummer: {order}", "{item}  {price}", "Versandart: Versand ohne Eile"]),
             ("p", "Sie erhalten {amt} Guthaben für digitale Inhalte, sobald Ihre Bestellung versandt wurde.")]),
    dict(m="JP", minor=100, sender=("Amazon.co.jp", "auto-confirm@amazon.co.jp"), subject="Amazon.co.jp ご注文の確認",
         blocks=[
             ("lines", ["注文番号：{order}", "{item}  {price}", "配送オプション：お急ぎ便不要"]),
             ("p", "特典：商品の発送後、{amt}分のデジタル特典を付与します。")]),
    dict(m="CA", minor=100, sender=("Amazon.ca", "auto-confirm@amazon.ca"), subject="Your Amazon.ca order #{order}",
         blocks=[
             ("lines", ["Order #{order}", "{item}  {price}", "Shipping: No-Rush Shipping"]),
             ("p", "You'll receive a {amt} digital credit once your order ships.")]),
]

PRICES = {"USD": 2349, "GBP": 1599, "EUR": 1999, "JPY": 2980, "CAD": 2799}


def promise(ctx, i):
    w = PR[i]
    m = w["m"]
    cur = fmt.MARKETS[m]["cur"]
    when = ctx.when()
    order = ctx.order_id(m)
    a, style = amt(ctx, m, w["minor"])
    f = _f(amt=a, order=order, item=ITEMS[m], price=fmt.money(PRICES[cur], cur, style))
    return Spec(family="no-rush promise", market=m, sender=w["sender"], subject=w["subject"].format(**f),
                blocks=w["blocks"], f=f, when=when, note=w.get("note", ""), money_fields=("amt", "price"),
                split_fields=("amt",), events=[ev("promise", "no-rush", w["minor"], cur, order=order)])


# ====================================================================== promo codes

CD = [
    dict(m="US", minor=500, code="READ5NOW", sender=("Amazon Kindle", "store-news@amazon.com"),
         subject="Here's {amt} off your next eBook", blocks=[
             ("p", "Use promo code {code} at checkout to save {amt} on any Kindle book priced $7.99 or more."),
             ("p", "Code valid through {exp}. One use per account.")]),
    dict(m="US", minor=None, code="SOUND20", sender=("Amazon.com", "store-news@amazon.com"),
         subject="20% off headphones with this code", note="percentage code, no amount", blocks=[
             ("p", "Save 20% on select headphones sold by Amazon.com with code {code}."),
             ("p", "Offer ends {exp}.")]),
    dict(m="UK", minor=300, code="KINDLEUK3", sender=("Amazon.co.uk", "store-news@amazon.co.uk"),
         subject="A code just for you", blocks=[
             ("p", "Enter {code} at checkout for {amt} off your next order of Kindle books."),
             ("kv", [("Code", "{code}"), ("Valid until", "{exp}")])]),
    dict(m="DE", minor=500, code="EBOOK5DE", sender=("Amazon.de", "store-news@amazon.de"),
         subject="Ihr persönlicher Aktionscode", blocks=[
             ("p", "Ihr Aktionscode: {code} - {amt} Rabatt auf Ihr nächstes eBook."),
             ("p", "Einlösbar bis {exp}. Nicht mit anderen Aktionen kombinierbar.")]),
    dict(m="JP", minor=500, code="KINDLE500J", sender=("Amazon.co.jp", "store-news@amazon.co.jp"),
         subject="【Amazon.co.jp】クーポンコードのお届け", blocks=[
             ("kv", [("クーポンコード", "{code}"), ("割引額", "{amt}"), ("有効期限", "{exp}")]),
             ("p", "Kindle本のご購入時にコードを入力してください。")]),
]


def promo_code(ctx, i):
    w = CD[i]
    m = w["m"]
    cur = fmt.MARKETS[m]["cur"]
    when = ctx.when()
    exp = when.date() + dt.timedelta(days=ctx.rng.randint(10, 60))
    a = amt(ctx, m, w["minor"])[0] if w["minor"] else ""
    f = _f(amt=a, code=w["code"], exp=day(ctx, m, exp))
    e = ev("code", "promo-code", w["minor"], cur if w["minor"] else None, exp, code=w["code"])
    return Spec(family="promo code", market=m, sender=w["sender"], subject=w["subject"].format(**f),
                blocks=w["blocks"], f=f, when=when, note=w.get("note", ""), events=[e])


def all_credits(ctx):
    out = []
    for market, n in (("US", 20), ("UK", 5), ("CA", 5), ("DE", 5), ("FR", 5), ("JP", 5)):
        out += [no_rush(ctx, market, i) for i in range(n)]
    out += [promotional(ctx, i) for i in range(len(PROMO))]
    out += [kindle_reward(ctx, i) for i in range(len(KR))]
    out += [kindle_points(ctx, i) for i in range(len(POINTS))]
    out += [shopper_panel(ctx, i) for i in range(len(SP))]
    out += [trade_in(ctx, i) for i in range(len(TI))]
    out += [gift_card(ctx, i) for i in range(len(GC))]
    out += [redeem(ctx, i) for i in range(len(RD))]
    out += [promise(ctx, i) for i in range(len(PR))]
    out += [promo_code(ctx, i) for i in range(len(CD))]
    return out
