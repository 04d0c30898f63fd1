//! Which promo codes apply to which planned purchases.
//!
//! Purchases planned for the same day in the same currency are taken as one
//! order. A code applies to an order when it has not expired on that day, is in
//! the order's currency (a percentage code fits any), and the items in its
//! categories add up to its minimum purchase. Its saving is the amount off (at
//! most the eligible subtotal) or the percentage of the eligible subtotal,
//! rounded down to the minor unit. The optimizer does not plan around codes:
//! this tells where a saved code can still shave the out-of-pocket part.

use unspent_core::{Category, Currency, Date, Money};

use crate::model::{Plan, Request};

/// A promo code and its terms.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Code {
    pub id: String,
    pub code: String,
    pub amount: Option<Money>,
    pub percent_off: Option<u32>,
    pub min_purchase: Option<Money>,
    /// `None`: anything.
    pub categories: Option<Vec<Category>>,
    pub expires_on: Option<Date>,
}

impl Code {
    fn currency(&self) -> Option<Currency> {
        self.amount.or(self.min_purchase).map(Money::currency)
    }

    fn covers(&self, category: Category) -> bool {
        self.categories.as_ref().is_none_or(|list| list.contains(&category))
    }
}

/// What a code can do for the plan.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Verdict {
    /// It applies; the order (day) where it saves the most, the saving, and the items it covers there.
    Applies { day: Date, saving: Money, items: Vec<usize> },
    /// It expired before the plan's day.
    Expired,
    /// Nothing planned fits it; the reason says which term fails.
    NoMatch(String),
}

/// The verdict for every code, in the order given.
pub fn check_codes(codes: &[Code], request: &Request, plan: &Plan) -> Vec<Verdict> {
    codes.iter().map(|code| verdict(code, request, plan)).collect()
}

fn verdict(code: &Code, request: &Request, plan: &Plan) -> Verdict {
    if code.expires_on.is_some_and(|e| e < request.as_of) {
        return Verdict::Expired;
    }
    let mut orders: Vec<(Date, Currency)> = plan.purchases().map(|p| (p.date, p.price.currency())).collect();
    orders.sort();
    orders.dedup();
    if orders.is_empty() {
        return Verdict::NoMatch("no purchases are planned".into());
    }
    let mut best: Option<(Date, Money, Vec<usize>)> = None;
    let mut reason = String::from("no planned purchase is in its categories");
    for (day, currency) in orders {
        if code.expires_on.is_some_and(|e| e < day) {
            reason = format!("it expires before the planned order of {day}");
            continue;
        }
        if code.currency().is_some_and(|c| c != currency) {
            reason = format!("it is in {} and the plan buys in {currency}", code.currency().map_or("", |c| c.code()));
            continue;
        }
        let eligible: Vec<(usize, i64)> = plan
            .purchases()
            .filter(|p| p.date == day && p.price.currency() == currency && code.covers(request.items[p.item].category))
            .map(|p| (p.item, p.price.minor()))
            .collect();
        if eligible.is_empty() {
            continue;
        }
        let subtotal: i64 = eligible.iter().map(|(_, price)| price).sum();
        if let Some(min) = code.min_purchase.filter(|m| subtotal < m.minor()) {
            reason = format!(
                "the order of {day} has {} of eligible items, under its minimum of {min}",
                Money::from_minor(subtotal, currency)
            );
            continue;
        }
        let saving = match (code.amount, code.percent_off) {
            (Some(amount), _) => amount.minor().min(subtotal),
            (None, Some(percent)) => subtotal * i64::from(percent.min(100)) / 100,
            (None, None) => 0,
        };
        if best.as_ref().is_none_or(|(_, s, _)| saving > s.minor()) {
            best = Some((day, Money::from_minor(saving, currency), eligible.iter().map(|(i, _)| *i).collect()));
        }
    }
    match best {
        Some((day, saving, items)) => Verdict::Applies { day, saving, items },
        None => Verdict::NoMatch(reason),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{CurrencyPlan, Item, Proof, Purchase, Score, Want};

    fn usd(minor: i64) -> Money {
        Money::from_minor(minor, Currency::USD)
    }

    fn day(d: i8) -> Date {
        Date::new(2026, 2, d).unwrap()
    }

    fn setup() -> (Request, Plan) {
        let item = |title: &str, category| Item {
            id: title.into(),
            title: title.into(),
            category,
            want: Want::Want,
            price: usd(1000),
            sales: vec![],
        };
        let request = Request {
            as_of: day(1),
            credits: vec![],
            items: vec![item("book", Category::Ebook), item("lamp", Category::Physical), item("film", Category::Video)],
            budgets: Default::default(),
            time_limit: None,
        };
        let buy = |item, date, price| Purchase { item, window: 0, date, price: usd(price), credits: vec![] };
        let plan = Plan {
            as_of: day(1),
            currencies: vec![CurrencyPlan {
                currency: Currency::USD,
                purchases: vec![buy(0, day(1), 1000), buy(1, day(1), 2500), buy(2, day(9), 400)],
                score: Score::default(),
                proof: Proof::Optimal,
                infeasible: None,
            }],
        };
        (request, plan)
    }

    fn code(
        amount: Option<i64>,
        percent: Option<u32>,
        min: Option<i64>,
        categories: Option<Vec<Category>>,
        expires: Option<Date>,
    ) -> Code {
        Code {
            id: "c".into(),
            code: "SAVE".into(),
            amount: amount.map(usd),
            percent_off: percent,
            min_purchase: min.map(usd),
            categories,
            expires_on: expires,
        }
    }

    #[test]
    fn codes_apply_by_day_category_minimum_and_expiry() {
        let (request, plan) = setup();
        let verdicts = check_codes(
            &[
                code(Some(500), None, Some(3000), None, None),
                code(None, Some(20), None, Some(vec![Category::Video]), None),
                code(Some(500), None, Some(3000), Some(vec![Category::Ebook]), None),
                code(Some(500), None, None, None, Some(Date::new(2026, 1, 31).unwrap())),
                code(None, Some(10), None, Some(vec![Category::Video]), Some(day(5))),
            ],
            &request,
            &plan,
        );
        assert_eq!(verdicts[0], Verdict::Applies { day: day(1), saving: usd(500), items: vec![0, 1] });
        assert_eq!(verdicts[1], Verdict::Applies { day: day(9), saving: usd(80), items: vec![2] });
        assert!(matches!(&verdicts[2], Verdict::NoMatch(r) if r.contains("under its minimum")), "{:?}", verdicts[2]);
        assert_eq!(verdicts[3], Verdict::Expired);
        assert!(matches!(&verdicts[4], Verdict::NoMatch(r) if r.contains("expires before")), "{:?}", verdicts[4]);
    }

    #[test]
    fn a_code_in_another_currency_never_applies() {
        let (request, plan) = setup();
        let mut euro = code(Some(500), None, None, None, None);
        euro.amount = Some(Money::from_minor(500, Currency::EUR));
        let verdicts = check_codes(&[euro], &request, &plan);
        assert!(matches!(&verdicts[0], Verdict::NoMatch(r) if r.contains("EUR")), "{:?}", verdicts[0]);
    }
}
