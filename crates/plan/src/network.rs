//! One currency's planning problem as a network, and exact integer max-flow on it.
//!
//! For a fixed set of purchases, paying them with credit is a transportation
//! problem: lots on one side, purchases on the other, a lot able to pay a
//! purchase when the category matches and the purchase day is on or before the
//! lot's expiry. Expiry makes eligibility nested (a lot that lasts longer can pay
//! everything a shorter one can), so instead of one edge per (lot, purchase) the
//! network has, per category, a chain of "hub" nodes, one per distinct expiry,
//! from the latest down to the earliest:
//!
//! ```text
//! source ─r_l─► lot l ─► hub(c, level of l's expiry) ─► hub(c, next earlier) ─► …
//!                                │                              │
//!                                └─ price ─► sink  (a purchase of category c dated
//!                                               after the next earlier expiry)
//! ```
//!
//! A purchase hangs off the hub of the earliest expiry that still covers its day,
//! and every lot that can pay it reaches that hub by going down the chain. The
//! network has O(lots × categories + purchases) edges, not O(lots × purchases).

use unspent_core::{Category, Currency, Date};

use crate::model::{Request, Want};

pub(crate) const CATEGORIES: usize = Category::ALL.len();

pub(crate) fn category_index(category: Category) -> usize {
    Category::ALL.iter().position(|c| *c == category).expect("every category is in ALL")
}

/// One way to buy one item: a price window and the earliest day in it.
/// Buying on the first day of a window is never worse: a later day can only
/// lose lots that expire in between.
#[derive(Clone, Debug)]
pub(crate) struct Opt {
    /// Index into the request's items.
    pub item: usize,
    pub window: usize,
    pub price: i64,
    pub date: Date,
    pub category: usize,
    /// The first expiry level that covers `date`; `levels.len()` when no credit can pay.
    pub level: usize,
    pub want: Want,
}

/// One currency's credits and options.
#[derive(Clone, Debug)]
pub(crate) struct Instance {
    pub currency: Currency,
    /// Indices into the request's credits (remaining > 0, this currency).
    pub credits: Vec<usize>,
    pub credit_amount: Vec<i64>,
    pub credit_categories: Vec<u8>,
    pub credit_level: Vec<usize>,
    /// Distinct expiries, ascending; `None` (no expiry) sorts last.
    pub levels: Vec<Option<Date>>,
    /// Every option of every item of this currency, grouped by item.
    pub options: Vec<Opt>,
    /// Indices into the request's items, in this currency.
    pub items: Vec<usize>,
}

impl Instance {
    pub fn new(request: &Request, currency: Currency) -> Instance {
        let credits: Vec<usize> = (0..request.credits.len())
            .filter(|&i| {
                let c = &request.credits[i];
                c.currency() == currency
                    && c.remaining.minor() > 0
                    && !c.categories.is_empty()
                    && c.expires_on.is_none_or(|e| request.as_of <= e)
            })
            .collect();
        let mut levels: Vec<Option<Date>> = credits.iter().map(|&i| request.credits[i].expires_on).collect();
        levels.sort_by_key(|e| (e.is_none(), *e));
        levels.dedup();
        let level_of = |e: Option<Date>| levels.iter().position(|l| *l == e).expect("every expiry has a level");
        let credit_level = credits.iter().map(|&i| level_of(request.credits[i].expires_on)).collect();
        let credit_amount = credits.iter().map(|&i| request.credits[i].remaining.minor()).collect();
        let credit_categories = credits
            .iter()
            .map(|&i| request.credits[i].categories.iter().fold(0u8, |m, c| m | 1 << category_index(*c)))
            .collect();
        let items: Vec<usize> = (0..request.items.len()).filter(|&i| request.items[i].currency() == currency).collect();
        let mut options = Vec::new();
        for &i in &items {
            let item = &request.items[i];
            for window in item.windows(request.as_of).into_iter().flatten() {
                let level = levels.iter().position(|l| l.is_none_or(|e| window.first_day <= e)).unwrap_or(levels.len());
                options.push(Opt {
                    item: i,
                    window: window.index,
                    price: window.price.minor(),
                    date: window.first_day,
                    category: category_index(item.category),
                    level,
                    want: item.want,
                });
            }
        }
        Instance { currency, credits, credit_amount, credit_categories, credit_level, levels, options, items }
    }

    /// Whether some credit of this instance could pay for option `o`.
    pub fn payable(&self, o: usize) -> bool {
        let opt = &self.options[o];
        (0..self.credits.len())
            .any(|k| self.credit_level[k] >= opt.level && self.credit_categories[k] & (1 << opt.category) != 0)
    }

    pub fn total_credit(&self) -> i64 {
        self.credit_amount.iter().sum()
    }
}

/// The exact result of paying a set of chosen options with credit.
#[derive(Clone, Debug, Default)]
pub(crate) struct Allocation {
    /// Per chosen option (same order as given): (instance credit index, minor units).
    pub paid: Vec<Vec<(usize, i64)>>,
    pub total: i64,
    /// Flow on each (credit, category) edge, for warm starts.
    pub credit_to_hub: Vec<[i64; CATEGORIES]>,
    /// Flow from hub (c, j) down to hub (c, j - 1), index [c][j] (j ≥ 1).
    pub chain: Vec<Vec<i64>>,
    /// Credit per chosen option.
    pub per_option: Vec<i64>,
}

/// Pays the options `chosen` (indices into `instance.options`) with as much credit as possible.
/// Lots are drawn soonest-expiring first, so what is left over is the credit that lasts longest.
pub(crate) fn allocate(instance: &Instance, chosen: &[usize]) -> Allocation {
    let mut order: Vec<usize> = (0..instance.credits.len()).collect();
    order.sort_by_key(|&k| (instance.credit_level[k], k));
    allocate_in_order(instance, chosen, &order)
}

/// Like [`allocate`], but the lots push their credit in `order` (every lot once): each
/// reroutes earlier lots' flow but never undoes it, so the lots left with credit are the
/// last ones in `order` that could not be placed.
pub(crate) fn allocate_in_order(instance: &Instance, chosen: &[usize], order: &[usize]) -> Allocation {
    let levels = instance.levels.len();
    let n_credits = instance.credits.len();
    let hub = |c: usize, j: usize| 2 + n_credits + c * levels + j;
    let sink = 1;
    let mut net = FlowNet::new(2 + n_credits + CATEGORIES * levels);
    let mut credit_edges = vec![[usize::MAX; CATEGORIES]; n_credits];
    for (k, edges) in credit_edges.iter_mut().enumerate() {
        for (c, edge) in edges.iter_mut().enumerate() {
            if instance.credit_categories[k] & (1 << c) != 0 {
                *edge = net.add_edge(2 + k, hub(c, instance.credit_level[k]), i64::MAX / 4);
            }
        }
    }
    let mut chain_edges = vec![vec![usize::MAX; levels]; CATEGORIES];
    for (c, edges) in chain_edges.iter_mut().enumerate() {
        for (j, edge) in edges.iter_mut().enumerate().skip(1) {
            *edge = net.add_edge(hub(c, j), hub(c, j - 1), i64::MAX / 4);
        }
    }
    let option_edges: Vec<Option<usize>> = chosen
        .iter()
        .map(|&o| {
            let opt = &instance.options[o];
            (opt.level < levels).then(|| net.add_edge(hub(opt.category, opt.level), sink, opt.price))
        })
        .collect();

    // Soonest expiry first: each lot pushes as much as it can, rerouting earlier lots' flow
    // but never undoing it, so the lots left unused are the longest-lasting ones.
    let mut total = 0;
    for &k in order {
        total += net.max_flow(2 + k, sink, instance.credit_amount[k]);
    }

    let credit_to_hub: Vec<[i64; CATEGORIES]> = credit_edges
        .iter()
        .map(|edges| {
            let mut out = [0; CATEGORIES];
            for (c, &e) in edges.iter().enumerate() {
                if e != usize::MAX {
                    out[c] = net.flow(e);
                }
            }
            out
        })
        .collect();
    let chain: Vec<Vec<i64>> = chain_edges
        .iter()
        .map(|edges| edges.iter().map(|&e| if e == usize::MAX { 0 } else { net.flow(e) }).collect())
        .collect();
    let per_option: Vec<i64> = option_edges.iter().map(|e| e.map_or(0, |e| net.flow(e))).collect();
    let paid = decompose(instance, &credit_to_hub, &chain, chosen, &per_option);
    Allocation { paid, total, credit_to_hub, chain, per_option }
}

/// Splits the aggregate flow into "this lot paid that much of that option".
/// Per category, walks the chain from the latest level down: credit arriving at a
/// level pays the options hanging there (earliest-expiring lots first), and the rest
/// flows down, exactly as the max-flow routed it.
fn decompose(
    instance: &Instance,
    credit_to_hub: &[[i64; CATEGORIES]],
    chain: &[Vec<i64>],
    chosen: &[usize],
    per_option: &[i64],
) -> Vec<Vec<(usize, i64)>> {
    let levels = instance.levels.len();
    let mut paid: Vec<Vec<(usize, i64)>> = vec![Vec::new(); chosen.len()];
    for c in 0..CATEGORIES {
        // Supply queue: (credit, amount) arriving at the current level, FIFO so the
        // earliest-expiring credit that reached this level pays first.
        let mut queue: std::collections::VecDeque<(usize, i64)> = Default::default();
        for j in (0..levels).rev() {
            let mut arriving: Vec<(usize, i64)> = (0..instance.credits.len())
                .filter(|&k| instance.credit_level[k] == j && credit_to_hub[k][c] > 0)
                .map(|k| (k, credit_to_hub[k][c]))
                .collect();
            arriving.sort_by_key(|(k, _)| *k);
            // Lots that arrive here expire at this level: they go first, then what came down the chain.
            for entry in arriving.into_iter().rev() {
                queue.push_front(entry);
            }
            for (n, &o) in chosen.iter().enumerate() {
                let opt = &instance.options[o];
                if opt.category != c || opt.level != j {
                    continue;
                }
                let mut need = per_option[n];
                while need > 0 {
                    let (k, have) = queue.front_mut().expect("flow is conserved at every hub");
                    let take = need.min(*have);
                    paid[n].push((*k, take));
                    *have -= take;
                    need -= take;
                    if *have == 0 {
                        queue.pop_front();
                    }
                }
            }
            // What goes further down is exactly chain[c][j]; the queue now holds that much.
            debug_assert_eq!(queue.iter().map(|(_, a)| a).sum::<i64>(), if j >= 1 { chain[c][j] } else { 0 });
        }
    }
    for list in &mut paid {
        list.sort_by_key(|(k, a)| (-a, *k));
    }
    paid
}

/// A directed network with integer capacities; Dinic's algorithm.
struct FlowNet {
    /// When set, every augmentation is recorded so it can be undone.
    log: Option<Vec<(Vec<usize>, i64)>>,
    head: Vec<Vec<usize>>,
    to: Vec<usize>,
    cap: Vec<i64>,
    original: Vec<i64>,
    level: Vec<i32>,
    next: Vec<usize>,
}

impl FlowNet {
    fn new(nodes: usize) -> FlowNet {
        FlowNet {
            log: None,
            head: vec![Vec::new(); nodes],
            to: Vec::new(),
            cap: Vec::new(),
            original: Vec::new(),
            level: vec![0; nodes],
            next: vec![0; nodes],
        }
    }

    /// Adds `from → to` with capacity `cap` (and its residual twin); returns the edge's index.
    fn add_edge(&mut self, from: usize, to: usize, cap: i64) -> usize {
        let e = self.to.len();
        self.head[from].push(e);
        self.to.push(to);
        self.cap.push(cap);
        self.original.push(cap);
        self.head[to].push(e + 1);
        self.to.push(from);
        self.cap.push(0);
        self.original.push(0);
        e
    }

    /// Removes the edge added last (which must carry no flow).
    fn pop_edge(&mut self) {
        let e = self.to.len() - 2;
        let from = self.to[e + 1];
        let to = self.to[e];
        self.head[from].pop();
        self.head[to].pop();
        self.to.truncate(e);
        self.cap.truncate(e);
        self.original.truncate(e);
    }

    /// Undoes every augmentation logged since logging started, newest first.
    fn undo(&mut self) {
        for (path, pushed) in self.log.take().unwrap_or_default().into_iter().rev() {
            for e in path {
                self.cap[e] += pushed;
                self.cap[e ^ 1] -= pushed;
            }
        }
    }

    fn flow(&self, edge: usize) -> i64 {
        self.original[edge] - self.cap[edge]
    }

    /// Pushes up to `limit` from `s` to `t`; returns how much went.
    fn max_flow(&mut self, s: usize, t: usize, limit: i64) -> i64 {
        let mut total = 0;
        while total < limit && self.bfs(s, t) {
            self.next.iter_mut().for_each(|n| *n = 0);
            loop {
                let pushed = self.dfs(s, t, limit - total);
                if pushed == 0 {
                    break;
                }
                total += pushed;
                if total == limit {
                    break;
                }
            }
        }
        total
    }

    fn bfs(&mut self, s: usize, t: usize) -> bool {
        self.level.iter_mut().for_each(|l| *l = -1);
        self.level[s] = 0;
        let mut queue = std::collections::VecDeque::from([s]);
        while let Some(v) = queue.pop_front() {
            for &e in &self.head[v] {
                let w = self.to[e];
                if self.cap[e] > 0 && self.level[w] < 0 {
                    self.level[w] = self.level[v] + 1;
                    queue.push_back(w);
                }
            }
        }
        self.level[t] >= 0
    }

    /// One augmenting path in the level graph (iterative, so deep chains cannot overflow the stack).
    fn dfs(&mut self, s: usize, t: usize, limit: i64) -> i64 {
        let mut path: Vec<usize> = Vec::new();
        let mut v = s;
        loop {
            if v == t {
                let pushed = path.iter().map(|&e| self.cap[e]).fold(limit, i64::min);
                for &e in &path {
                    self.cap[e] -= pushed;
                    self.cap[e ^ 1] += pushed;
                }
                if let Some(log) = &mut self.log {
                    log.push((path, pushed));
                }
                return pushed;
            }
            let mut advanced = false;
            while self.next[v] < self.head[v].len() {
                let e = self.head[v][self.next[v]];
                let w = self.to[e];
                if self.cap[e] > 0 && self.level[w] == self.level[v] + 1 {
                    path.push(e);
                    v = w;
                    advanced = true;
                    break;
                }
                self.next[v] += 1;
            }
            if !advanced {
                // Dead end: retreat and never try this node again in this phase.
                self.level[v] = -1;
                match path.pop() {
                    Some(e) => {
                        v = self.to[e ^ 1];
                        self.next[v] += 1;
                    }
                    None => return 0,
                }
            }
        }
    }
}

/// A growing set of purchases with its max-flow kept up to date, to try options one
/// at a time: how much more credit would this one take? (The exact gain, by augmenting
/// the current flow and undoing it.)
pub(crate) struct Filler<'a> {
    instance: &'a Instance,
    net: FlowNet,
    pub credit: i64,
    pub spent: i64,
    pub chosen: Vec<usize>,
}

const SOURCE: usize = 0;
const SINK: usize = 1;

impl<'a> Filler<'a> {
    pub fn new(instance: &'a Instance) -> Filler<'a> {
        let levels = instance.levels.len();
        let n_credits = instance.credits.len();
        let mut net = FlowNet::new(2 + n_credits + CATEGORIES * levels);
        for k in 0..n_credits {
            net.add_edge(SOURCE, 2 + k, instance.credit_amount[k]);
            for c in 0..CATEGORIES {
                if instance.credit_categories[k] & (1 << c) != 0 {
                    net.add_edge(2 + k, Self::hub(instance, c, instance.credit_level[k]), i64::MAX / 4);
                }
            }
        }
        for c in 0..CATEGORIES {
            for j in 1..levels {
                net.add_edge(Self::hub(instance, c, j), Self::hub(instance, c, j - 1), i64::MAX / 4);
            }
        }
        Filler { instance, net, credit: 0, spent: 0, chosen: Vec::new() }
    }

    fn hub(instance: &Instance, c: usize, j: usize) -> usize {
        2 + instance.credits.len() + c * instance.levels.len() + j
    }

    /// How much more credit buying option `o` would use, leaving everything as it was.
    pub fn gain(&mut self, o: usize) -> i64 {
        let opt = &self.instance.options[o];
        if opt.level >= self.instance.levels.len() {
            return 0;
        }
        self.net.add_edge(Self::hub(self.instance, opt.category, opt.level), SINK, opt.price);
        self.net.log = Some(Vec::new());
        let gained = self.net.max_flow(SOURCE, SINK, opt.price);
        self.net.undo();
        self.net.pop_edge();
        gained
    }

    /// Buys option `o`; returns the credit it adds.
    pub fn add(&mut self, o: usize) -> i64 {
        let opt = &self.instance.options[o];
        self.chosen.push(o);
        self.spent += opt.price;
        if opt.level >= self.instance.levels.len() {
            return 0;
        }
        self.net.add_edge(Self::hub(self.instance, opt.category, opt.level), SINK, opt.price);
        let gained = self.net.max_flow(SOURCE, SINK, opt.price);
        self.credit += gained;
        gained
    }

    pub fn out_of_pocket(&self) -> i64 {
        self.spent - self.credit
    }
}
