//! The wishlist, the plan's JSON contract, promo codes and Kindle points, end to end.

use serde_json::Value;

use crate::util::Env;

fn grant(env: &Env, amount: &str, expires: &str, categories: &str) -> String {
    env.add(&[
        "grant",
        "--program",
        "no-rush",
        "--amount",
        amount,
        "--currency",
        "USD",
        "--expires",
        expires,
        "--categories",
        categories,
        "--on",
        "2026-01-02",
    ])
}

fn wish(env: &Env, args: &[&str]) {
    let mut full = vec!["wish", "add"];
    full.extend_from_slice(args);
    env.ok(&full);
}

fn money(v: &Value) -> &str {
    v.as_str().unwrap_or_else(|| panic!("expected a decimal string, got {v}"))
}

#[test]
fn the_plan_uses_every_credit_it_can_and_follows_the_contract() {
    let env = Env::on("2026-01-15");
    let soon = grant(&env, "3.00", "2026-01-20", "ebook");
    let later = grant(&env, "2.00", "2026-03-01", "ebook,music");
    let film_credit = grant(&env, "4.00", "2026-02-01", "video");
    wish(&env, &["Small book", "--price", "0.99", "--currency", "USD", "--category", "ebook"]);
    wish(&env, &["Big book", "--price", "3.00", "--currency", "USD", "--category", "ebook", "--want", "maybe"]);
    wish(&env, &["Album", "--price", "2.00", "--currency", "USD", "--category", "music"]);
    // The album's sale starts after the $3 credit expires: only the $2 one can pay there.
    wish(
        &env,
        &[
            "Sale album",
            "--price",
            "5.00",
            "--currency",
            "USD",
            "--category",
            "music",
            "--sale",
            "1.50",
            "--from",
            "2026-02-10",
            "--to",
            "2026-02-20",
        ],
    );

    let plan = env.json(&["plan"]);
    assert_eq!(money(&plan["credit_used"]), "5.00", "{plan:#}");
    assert_eq!(money(&plan["out_of_pocket"]), "0.00", "{plan:#}");
    assert_eq!(money(&plan["credit_expiring_unused"]), "4.00", "the video credit has nothing to buy: {plan:#}");
    assert_eq!(plan["proven_optimal"], true);

    let credits = env.json(&["credits"]);
    let ids: Vec<&str> = credits.as_array().unwrap().iter().map(|c| c["id"].as_str().unwrap()).collect();
    let purchases = plan["purchases"].as_array().unwrap();
    let mut paid = 0;
    for p in purchases {
        for key in ["item", "date", "price", "currency"] {
            assert!(p[key].is_string(), "purchase lacks {key}: {p:#}");
        }
        for c in p["credits"].as_array().unwrap() {
            assert!(ids.contains(&c["lot"].as_str().unwrap()), "{c} is not a credit id");
            paid += (c["amount"].as_str().unwrap().parse::<f64>().unwrap() * 100.0).round() as i64;
        }
    }
    assert_eq!(paid, 500);
    let titles: Vec<&str> = purchases.iter().map(|p| p["item"].as_str().unwrap()).collect();
    // $3 + $2 of credit with no money out: the big book and the album, exactly.
    assert!(titles.contains(&"Big book") && titles.contains(&"Album"), "{titles:?}");
    let unused = plan["unused"].as_array().unwrap();
    assert_eq!(unused[0]["lot"], film_credit.as_str());
    assert!(unused[0]["reason"].as_str().unwrap().contains("no wished-for item"), "{unused:?}");
    let _ = (soon, later);

    let table = env.ok(&["plan"]);
    assert!(table.contains("Big book") && table.contains("credit used 5.00"), "{table}");
    assert!(table.contains("Greedy") && table.contains("more"), "{table}");
}

#[test]
fn the_optimum_beats_greedy_and_says_by_how_much() {
    let env = Env::on("2026-01-15");
    grant(&env, "5.00", "2026-01-31", "ebook,music");
    wish(&env, &["Cheap book", "--price", "2.00", "--currency", "USD", "--category", "ebook"]);
    wish(&env, &["Dear book", "--price", "4.00", "--currency", "USD", "--category", "ebook"]);
    wish(&env, &["Album", "--price", "5.00", "--currency", "USD", "--category", "music", "--want", "maybe"]);
    let plan = env.json(&["plan", "--budget", "0"]);
    let usd = &plan["by_currency"][0];
    assert_eq!((money(&usd["credit_used"]), money(&usd["greedy_credit_used"])), ("5.00", "2.00"), "{plan:#}");
    assert_eq!(money(&usd["more_than_greedy"]), "3.00");
    assert!(env.ok(&["plan", "--budget", "$0"]).contains("the optimum uses 3.00 more"));
}

#[test]
fn musts_over_budget_are_refused_with_what_they_need() {
    let env = Env::on("2026-01-15");
    grant(&env, "1.00", "2026-01-31", "ebook");
    wish(&env, &["Needed", "--price", "9.00", "--currency", "USD", "--category", "ebook", "--want", "must"]);
    let (code, err) = env.fails(&["plan", "--budget", "5"]);
    assert_eq!(code, 3);
    assert!(err.contains("at least USD 8.00") && err.contains("USD 5.00"), "{err}");
    assert!(!env.ok(&["plan"]).contains("No plan"), "without a budget the must is simply bought");
}

#[test]
fn wishlist_import_is_all_or_nothing_with_line_numbers() {
    let env = Env::new();
    let write = |name: &str, text: &str| {
        let path = env.dir().join(name);
        std::fs::write(&path, text).unwrap();
        path.to_str().unwrap().to_string()
    };
    let header = "title,price,currency,category,want,sale_price,sale_from,sale_to\n";
    let cases = [
        (
            "missing.csv",
            "title,price,currency,category,want,sale_price,sale_from\nA,1.00,USD,ebook,,,\n",
            "no `sale_to` column",
        ),
        ("price.csv", &format!("{header}A,1.00,USD,ebook,,,,\nB,abc,USD,ebook,,,,\n"), "line 3: price"),
        (
            "backwards.csv",
            &format!("{header}A,4.99,USD,ebook,want,2.99,2026-02-10,2026-02-01\n"),
            "line 2: the sale ends (2026-02-01) before it starts",
        ),
        ("category.csv", &format!("{header}A,4.99,USD,novel,want,,,\n"), "line 2: category: unknown category `novel`"),
        ("currency.csv", &format!("{header}A,4.99,XYZ,ebook,want,,,\n"), "line 2: price: unknown currency `XYZ`"),
        ("date.csv", &format!("{header}A,4.99,USD,ebook,want,2.99,10/02/2026,2026-02-20\n"), "line 2: sale from"),
        ("want.csv", &format!("{header}A,4.99,USD,ebook,someday,,,\n"), "line 2: want: unknown want"),
    ];
    for (name, text, expected) in cases {
        let path = write(name, text);
        let (code, err) = env.fails(&["wish", "import", &path]);
        assert_eq!(code, 3, "{name}: {err}");
        assert!(err.contains(expected), "{name}: expected `{expected}` in: {err}");
        assert_eq!(err.trim().lines().count(), 1, "one line: {err}");
    }
    assert_eq!(env.json(&["wish", "list"]), serde_json::json!([]), "nothing was added by a failed import");

    let good = write(
        "good.csv",
        &format!("{header}Dune,9.99,USD,ebook,must,4.99,2026-02-01,2026-02-07\nLamp,£30,,physical,,,,\n"),
    );
    env.ok(&["wish", "import", &good]);
    let list = env.json(&["wish", "list"]);
    assert_eq!(list[0]["sales"][0], serde_json::json!({"price": "4.99", "from": "2026-02-01", "to": "2026-02-07"}));
    assert_eq!((list[1]["currency"].as_str(), list[1]["want"].as_str()), (Some("GBP"), Some("want")));

    env.ok(&["wish", "remove", "Lamp"]);
    let id = list[0]["id"].to_string();
    env.ok(&["wish", "remove", &id]);
    assert_eq!(env.json(&["wish", "list"]), serde_json::json!([]));
    let (code, err) = env.fails(&["wish", "remove", "Nothing"]);
    assert!(code == 3 && err.contains("no wishlist item"), "{err}");
}

#[test]
fn wish_add_rejects_bad_input_in_one_line() {
    let env = Env::new();
    let cases: [(&[&str], &str); 4] = [
        (&["T", "--price", "4.99", "--currency", "USD", "--category", "book"], "unknown category `book`"),
        (&["T", "--price", "4.99", "--currency", "ZZZ", "--category", "ebook"], "unknown currency"),
        (&["T", "--price", "-1", "--currency", "USD", "--category", "ebook"], "more than zero"),
        (
            &[
                "T",
                "--price",
                "4.99",
                "--currency",
                "USD",
                "--category",
                "ebook",
                "--sale",
                "2.99",
                "--from",
                "2026-03-02",
                "--to",
                "2026-03-01",
            ],
            "ends (2026-03-01) before it starts",
        ),
    ];
    for (args, expected) in cases {
        let mut full = vec!["wish", "add"];
        full.extend_from_slice(args);
        let (code, err) = env.fails(&full);
        assert!(code == 3 && err.contains(expected), "{args:?}: {err}");
    }
}

#[test]
fn codes_are_listed_and_checked_against_the_plan() {
    let env = Env::on("2026-01-15");
    grant(&env, "1.00", "2026-01-31", "video");
    wish(&env, &["Film", "--price", "9.99", "--currency", "USD", "--category", "video"]);
    env.add(&["code", "--code", "FILM20", "--percent", "20", "--categories", "video", "--expires", "2026-02-01"]);
    env.add(&["code", "--code", "BIG10", "--amount", "10", "--currency", "USD", "--min", "50"]);
    env.add(&["code", "--code", "OLD", "--amount", "1", "--currency", "USD", "--expires", "2026-01-01"]);
    let codes = env.json(&["codes"]);
    let old = codes.as_array().unwrap().iter().find(|c| c["code"] == "OLD").unwrap();
    assert_eq!(old["status"], "expired");
    let check = env.json(&["codes", "check"]);
    let by = |code: &str| check.as_array().unwrap().iter().find(|c| c["code"] == code).unwrap().clone();
    assert_eq!((by("FILM20")["applies"].as_bool(), by("FILM20")["saving"].as_str()), (Some(true), Some("1.99")));
    assert!(by("BIG10")["reason"].as_str().unwrap().contains("under its minimum"), "{check:#}");
    assert_eq!(by("OLD")["reason"], "expired");
}

#[test]
fn points_show_balance_pace_next_reward_and_losses() {
    let env = Env::on("2026-04-10");
    env.add(&["points", "--points", "50", "--on", "2026-01-15"]);
    env.add(&["points", "--points", "200", "--on", "2026-03-20"]);
    let p = env.json(&["points"]);
    // 250 earned in 90 days (about 2.8 a day): the 50 of Jan 15 expire on Apr 15, before
    // 300 are together; the 200 of March last until June, long enough to reach 300.
    assert_eq!(p["balance"], 250, "{p:#}");
    assert_eq!(p["earned_in_pace_window"], 250);
    assert_eq!(p["expiring"][0], serde_json::json!({"expires_on": "2026-04-15", "points": 50}));
    assert_eq!(p["pace_days"], 90);
    assert!(p["next_reward_on"].is_string(), "{p:#}");
    assert_eq!(p["expire_unused_total"].as_i64(), Some(50), "{p:#}");
    assert!(env.ok(&["points"]).contains("Next 300-point reward"));
}
