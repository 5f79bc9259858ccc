//! `itertools`: every function of CPython 3.12's module, as lazy iterators
//! (`iter::CustomIter`) that take their inputs' items only as they are needed.

use crate::builtins::nonnull;
use crate::exceptions::{self, raise, raise_type_error};
use crate::func;
use crate::iter::{self, CustomIter};
use crate::native::{self, NativeObj};
use crate::object::{Kind, TypeObject, Value};
use crate::ops::{self, BinOp};
use crate::{repr, tuple};

/// Entry points that differ only in the iterator type a shared constructor makes
/// (`make(ptr, n, kwnames, &TYPE, "name")`).
macro_rules! shared_entries {
    ($make:ident: $($(#[$doc:meta])* $entry:ident => $ty:ident, $name:literal;)*) => {
        $(
            $(#[$doc])*
            #[unsafe(no_mangle)]
            pub unsafe extern "C" fn $entry(ptr: *const Value, n: usize, kwnames: Value) -> Value {
                $make(ptr, n, kwnames, &$ty, $name)
            }
        )*
    };
}

#[rustfmt::skip]
pub const NAMES: &[&str] = &[
    "accumulate", "batched", "chain", "combinations", "combinations_with_replacement", "compress", "count", "cycle",
    "dropwhile", "filterfalse", "groupby", "islice", "pairwise", "permutations", "product", "repeat", "starmap",
    "takewhile", "tee", "zip_longest",
];

macro_rules! types {
    ($($name:ident = $text:literal),* $(,)?) => {
        $(static $name: TypeObject = TypeObject::new($text, Kind::Iterator, Some(&crate::object::OBJECT_TYPE));)*
    };
}
types! {
    ACCUMULATE = "itertools.accumulate", BATCHED = "itertools.batched", CHAIN = "itertools.chain",
    COMBINATIONS = "itertools.combinations",
    COMBINATIONS_WR = "itertools.combinations_with_replacement", COMPRESS = "itertools.compress",
    COUNT = "itertools.count", CYCLE = "itertools.cycle", DROPWHILE = "itertools.dropwhile",
    FILTERFALSE = "itertools.filterfalse", GROUPBY = "itertools.groupby", GROUPER = "itertools._grouper",
    ISLICE = "itertools.islice", PAIRWISE = "itertools.pairwise", PERMUTATIONS = "itertools.permutations",
    PRODUCT = "itertools.product", REPEAT = "itertools.repeat", STARMAP = "itertools.starmap",
    TAKEWHILE = "itertools.takewhile", TEE = "itertools._tee", ZIP_LONGEST = "itertools.zip_longest",
}

static CHAIN_CALLABLE: TypeObject = native::native_type("type");

pub fn getattr(name: &str) -> Option<Value> {
    let f: crate::func::BuiltinEntry = match name {
        "accumulate" => itertools_accumulate,
        "batched" => itertools_batched,
        // `chain` also has `chain.from_iterable`.
        "chain" => {
            return Some(native::new(&CHAIN_CALLABLE, chain_call, chain_repr, Vec::new(), Vec::new(), Vec::new()));
        }
        "combinations" => itertools_combinations,
        "combinations_with_replacement" => itertools_combinations_with_replacement,
        "compress" => itertools_compress,
        "count" => itertools_count,
        "cycle" => itertools_cycle,
        "dropwhile" => itertools_dropwhile,
        "filterfalse" => itertools_filterfalse,
        "groupby" => itertools_groupby,
        "islice" => itertools_islice,
        "pairwise" => itertools_pairwise,
        "permutations" => itertools_permutations,
        "product" => itertools_product,
        "repeat" => itertools_repeat,
        "starmap" => itertools_starmap,
        "takewhile" => itertools_takewhile,
        "tee" => itertools_tee,
        "zip_longest" => itertools_zip_longest,
        _ => return None,
    };
    let name = NAMES.iter().find(|n| **n == name).copied().unwrap_or("itertools");
    Some(super::builtin(f, name))
}

/// `chain.from_iterable`.
pub fn attribute(v: Value, name: &str) -> Option<Value> {
    (!v.is_small_int() && core::ptr::eq(v.ty(), &CHAIN_CALLABLE) && name == "from_iterable")
        .then(|| super::builtin(itertools_chain_from_iterable, "from_iterable"))
}

fn chain_call(_: &NativeObj, args: &[Value], kwnames: Value) -> Value {
    if !kwnames.is_null() {
        return raise_type_error("chain() takes no keyword arguments");
    }
    iter::new_custom(Box::new(Chain { sources: ChainSources::Args(args.to_vec(), 0), current: Value::NULL }))
}

fn chain_repr(_: &NativeObj) -> Result<String, ()> {
    Ok("<class 'itertools.chain'>".into())
}

fn no_keywords(name: &str, kw: &[(&str, Value)]) -> Result<(), ()> {
    if kw.is_empty() {
        return Ok(());
    }
    raise_type_error(&format!("{name}() takes no keyword arguments"));
    Err(())
}

/// Exactly `n` positional arguments (CPython's "expected N arguments, got M").
fn exactly(name: &str, args: &[Value], n: usize) -> Result<(), ()> {
    if args.len() == n {
        return Ok(());
    }
    let s = if n == 1 { "" } else { "s" };
    raise_type_error(&format!("{name} expected {n} argument{s}, got {}", args.len()));
    Err(())
}

fn get_iter(v: Value) -> Result<Value, ()> {
    nonnull(iter::iter(v))
}

fn call1(f: Value, x: Value) -> Result<Value, ()> {
    nonnull(func::call(f, &[x], Value::NULL))
}

fn truthy(v: Value) -> Result<bool, ()> {
    ops::truthy(v)
}

/// A non-negative count argument (`r`, `n`, `times`) with CPython's errors.
fn count_arg(v: Value, what: &str) -> Result<usize, ()> {
    let n = crate::args::ssize(v)?;
    if n < 0 {
        raise(&exceptions::VALUE_ERROR, &format!("{what} must be non-negative"));
        return Err(());
    }
    Ok(n as usize)
}

// ---- accumulate ----

struct Accumulate {
    it: Value,
    func: Value,
    total: Value,
    initial: Value,
}

impl CustomIter for Accumulate {
    fn next(&mut self) -> Result<Option<Value>, ()> {
        if !self.initial.is_null() {
            self.total = self.initial;
            self.initial = Value::NULL;
            return Ok(Some(self.total));
        }
        let Some(x) = iter::next(self.it)? else { return Ok(None) };
        self.total = if self.total.is_null() {
            x
        } else if self.func.is_null() {
            nonnull(ops::binary(BinOp::Add, self.total, x))?
        } else {
            nonnull(func::call(self.func, &[self.total, x], Value::NULL))?
        };
        Ok(Some(self.total))
    }
    fn type_object(&self) -> &'static TypeObject {
        &ACCUMULATE
    }
}

/// `accumulate(iterable[, func, *, initial=None])`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn itertools_accumulate(ptr: *const Value, n: usize, kwnames: Value) -> Value {
    super::entry(ptr, n, kwnames, |args, kw| {
        let b = crate::args::bind_keywords("accumulate", &["iterable", "func", "initial"], 1, args, kw)?;
        let it = get_iter(b[0].unwrap_or(Value::NULL))?;
        let func = b[1].filter(|f| !f.is_none()).unwrap_or(Value::NULL);
        let initial = b[2].filter(|f| !f.is_none()).unwrap_or(Value::NULL);
        Ok(iter::new_custom(Box::new(Accumulate { it, func, total: Value::NULL, initial })))
    })
}

// ---- batched ----

struct Batched {
    it: Value,
    n: usize,
}

impl CustomIter for Batched {
    fn next(&mut self) -> Result<Option<Value>, ()> {
        let mut batch = Vec::with_capacity(self.n);
        while batch.len() < self.n {
            match iter::next(self.it)? {
                Some(x) => batch.push(x),
                None => break,
            }
        }
        Ok((!batch.is_empty()).then(|| tuple::new(batch)))
    }
    fn type_object(&self) -> &'static TypeObject {
        &BATCHED
    }
}

/// `batched(iterable, n)` (new in 3.12).
#[unsafe(no_mangle)]
pub unsafe extern "C" fn itertools_batched(ptr: *const Value, n: usize, kwnames: Value) -> Value {
    super::entry(ptr, n, kwnames, |args, kw| {
        let b = crate::args::bind_keywords("batched", &["iterable", "n"], 2, args, kw)?;
        let size = crate::args::ssize(b[1].unwrap_or(Value::NULL))?;
        if size < 1 {
            raise(&exceptions::VALUE_ERROR, "n must be at least one");
            return Err(());
        }
        let it = get_iter(b[0].unwrap_or(Value::NULL))?;
        Ok(iter::new_custom(Box::new(Batched { it, n: size as usize })))
    })
}

// ---- chain ----

enum ChainSources {
    /// The iterables given, and how many were taken.
    Args(Vec<Value>, usize),
    /// An iterator of iterables (`chain.from_iterable`).
    Iter(Value),
}

struct Chain {
    sources: ChainSources,
    current: Value,
}

impl CustomIter for Chain {
    fn next(&mut self) -> Result<Option<Value>, ()> {
        loop {
            if !self.current.is_null() {
                if let Some(x) = iter::next(self.current)? {
                    return Ok(Some(x));
                }
                self.current = Value::NULL;
            }
            let source = match &mut self.sources {
                ChainSources::Args(items, taken) => {
                    let Some(&s) = items.get(*taken) else { return Ok(None) };
                    *taken += 1;
                    s
                }
                ChainSources::Iter(outer) => match iter::next(*outer)? {
                    Some(s) => s,
                    None => return Ok(None),
                },
            };
            self.current = get_iter(source)?;
        }
    }
    fn type_object(&self) -> &'static TypeObject {
        &CHAIN
    }
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn itertools_chain_from_iterable(ptr: *const Value, n: usize, kwnames: Value) -> Value {
    super::entry(ptr, n, kwnames, |args, kw| {
        no_keywords("from_iterable", kw)?;
        exactly("from_iterable", args, 1)?;
        let outer = get_iter(args[0])?;
        Ok(iter::new_custom(Box::new(Chain { sources: ChainSources::Iter(outer), current: Value::NULL })))
    })
}

// ---- combinatorics: combinations, combinations_with_replacement, permutations, product ----

/// Index-based generation over a pool, as CPython's C implementations go.
struct Combinatoric {
    ty: &'static TypeObject,
    pools: Vec<Vec<Value>>,
    indices: Vec<usize>,
    /// Permutations: the cycle counters.
    cycles: Vec<usize>,
    r: usize,
    started: bool,
    done: bool,
}

impl Combinatoric {
    fn new(ty: &'static TypeObject, pools: Vec<Vec<Value>>, r: usize) -> Self {
        Combinatoric { ty, pools, indices: Vec::new(), cycles: Vec::new(), r, started: false, done: false }
    }

    fn pick(&self, pool: usize, indices: &[usize]) -> Value {
        tuple::new(indices.iter().map(|&i| self.pools[pool][i]).collect())
    }

    fn combinations(&mut self) -> Option<Value> {
        let n = self.pools[0].len();
        let r = self.r;
        if !self.started {
            self.started = true;
            if r > n {
                return None;
            }
            self.indices = (0..r).collect();
            return Some(self.pick(0, &self.indices.clone()));
        }
        let i = (0..r).rev().find(|&i| self.indices[i] != i + n - r)?;
        self.indices[i] += 1;
        for j in i + 1..r {
            self.indices[j] = self.indices[j - 1] + 1;
        }
        Some(self.pick(0, &self.indices.clone()))
    }

    fn combinations_with_replacement(&mut self) -> Option<Value> {
        let n = self.pools[0].len();
        let r = self.r;
        if !self.started {
            self.started = true;
            if n == 0 && r > 0 {
                return None;
            }
            self.indices = vec![0; r];
            return Some(self.pick(0, &self.indices.clone()));
        }
        let i = (0..r).rev().find(|&i| self.indices[i] != n - 1)?;
        let v = self.indices[i] + 1;
        for j in i..r {
            self.indices[j] = v;
        }
        Some(self.pick(0, &self.indices.clone()))
    }

    fn permutations(&mut self) -> Option<Value> {
        let n = self.pools[0].len();
        let r = self.r;
        if !self.started {
            self.started = true;
            if r > n {
                return None;
            }
            self.indices = (0..n).collect();
            self.cycles = (n - r + 1..=n).rev().collect();
            return Some(self.pick(0, &self.indices[..r].to_vec()));
        }
        for i in (0..r).rev() {
            self.cycles[i] -= 1;
            if self.cycles[i] == 0 {
                let moved = self.indices.remove(i);
                self.indices.push(moved);
                self.cycles[i] = n - i;
            } else {
                let j = self.cycles[i];
                self.indices.swap(i, n - j);
                return Some(self.pick(0, &self.indices[..r].to_vec()));
            }
        }
        None
    }

    fn product(&mut self) -> Option<Value> {
        let k = self.pools.len();
        let item = |s: &Self| tuple::new(s.indices.iter().enumerate().map(|(p, &i)| s.pools[p][i]).collect());
        if !self.started {
            self.started = true;
            if self.pools.iter().any(Vec::is_empty) {
                return None;
            }
            self.indices = vec![0; k];
            return Some(item(self));
        }
        for p in (0..k).rev() {
            self.indices[p] += 1;
            if self.indices[p] < self.pools[p].len() {
                return Some(item(self));
            }
            self.indices[p] = 0;
        }
        None
    }
}

impl CustomIter for Combinatoric {
    fn next(&mut self) -> Result<Option<Value>, ()> {
        if self.done {
            return Ok(None);
        }
        let r = if core::ptr::eq(self.ty, &COMBINATIONS) {
            self.combinations()
        } else if core::ptr::eq(self.ty, &COMBINATIONS_WR) {
            self.combinations_with_replacement()
        } else if core::ptr::eq(self.ty, &PERMUTATIONS) {
            self.permutations()
        } else {
            self.product()
        };
        self.done = r.is_none();
        Ok(r)
    }
    fn type_object(&self) -> &'static TypeObject {
        self.ty
    }
}

fn combinations_entry(ptr: *const Value, n: usize, kwnames: Value, ty: &'static TypeObject, name: &str) -> Value {
    super::entry(ptr, n, kwnames, |args, kw| {
        let b = crate::args::bind_keywords(name, &["iterable", "r"], 2, args, kw)?;
        let pool = iter::collect(b[0].unwrap_or(Value::NULL))?;
        let r = count_arg(b[1].unwrap_or(Value::NULL), "r")?;
        Ok(iter::new_custom(Box::new(Combinatoric::new(ty, vec![pool], r))))
    })
}

shared_entries! {
    combinations_entry:
    /// `combinations(iterable, r)`.
    itertools_combinations => COMBINATIONS, "combinations";
    /// `combinations_with_replacement(iterable, r)`.
    itertools_combinations_with_replacement => COMBINATIONS_WR, "combinations_with_replacement";
}

/// `permutations(iterable, r=None)`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn itertools_permutations(ptr: *const Value, n: usize, kwnames: Value) -> Value {
    super::entry(ptr, n, kwnames, |args, kw| {
        let b = crate::args::bind_keywords("permutations", &["iterable", "r"], 1, args, kw)?;
        let pool = iter::collect(b[0].unwrap_or(Value::NULL))?;
        let r = match b[1] {
            Some(r) if !r.is_none() => count_arg(r, "r")?,
            _ => pool.len(),
        };
        Ok(iter::new_custom(Box::new(Combinatoric::new(&PERMUTATIONS, vec![pool], r))))
    })
}

/// `product(*iterables, repeat=1)`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn itertools_product(ptr: *const Value, n: usize, kwnames: Value) -> Value {
    super::entry(ptr, n, kwnames, |args, kw| {
        let mut repeat = 1;
        for &(k, v) in kw {
            if k != "repeat" {
                raise_type_error(&format!("product() got an unexpected keyword argument '{k}'"));
                return Err(());
            }
            repeat = crate::args::ssize(v)?;
            if repeat < 0 {
                return exceptions::fail(raise(&exceptions::VALUE_ERROR, "repeat argument cannot be negative"));
            }
        }
        let pools: Vec<Vec<Value>> = args.iter().map(|&a| iter::collect(a)).collect::<Result<_, _>>()?;
        let mut all = Vec::with_capacity(pools.len() * repeat as usize);
        for _ in 0..repeat {
            all.extend(pools.iter().cloned());
        }
        Ok(iter::new_custom(Box::new(Combinatoric::new(&PRODUCT, all, 0))))
    })
}

// ---- compress, dropwhile, takewhile, filterfalse, starmap ----

/// The iterators that test or transform one item at a time.
struct Filtering {
    ty: &'static TypeObject,
    it: Value,
    /// The predicate, function or selector iterator.
    other: Value,
    /// `dropwhile`: still dropping; `takewhile`: still taking.
    active: bool,
}

impl CustomIter for Filtering {
    fn next(&mut self) -> Result<Option<Value>, ()> {
        loop {
            if core::ptr::eq(self.ty, &TAKEWHILE) && !self.active {
                return Ok(None);
            }
            let Some(x) = iter::next(self.it)? else { return Ok(None) };
            if core::ptr::eq(self.ty, &COMPRESS) {
                let Some(s) = iter::next(self.other)? else { return Ok(None) };
                if truthy(s)? {
                    return Ok(Some(x));
                }
            } else if core::ptr::eq(self.ty, &DROPWHILE) {
                if !self.active || !truthy(call1(self.other, x)?)? {
                    self.active = false;
                    return Ok(Some(x));
                }
            } else if core::ptr::eq(self.ty, &TAKEWHILE) {
                if truthy(call1(self.other, x)?)? {
                    return Ok(Some(x));
                }
                self.active = false;
            } else if core::ptr::eq(self.ty, &FILTERFALSE) {
                let keep = if self.other.is_none() { truthy(x)? } else { truthy(call1(self.other, x)?)? };
                if !keep {
                    return Ok(Some(x));
                }
            } else {
                // starmap
                let args = iter::collect(x)?;
                return nonnull(func::call(self.other, &args, Value::NULL)).map(Some);
            }
        }
    }
    fn type_object(&self) -> &'static TypeObject {
        self.ty
    }
}

fn filtering(ty: &'static TypeObject, it: Value, other: Value) -> Value {
    iter::new_custom(Box::new(Filtering { ty, it, other, active: true }))
}

/// `compress(data, selectors)`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn itertools_compress(ptr: *const Value, n: usize, kwnames: Value) -> Value {
    super::entry(ptr, n, kwnames, |args, kw| {
        let b = crate::args::bind_keywords("compress", &["data", "selectors"], 2, args, kw)?;
        let data = get_iter(b[0].unwrap_or(Value::NULL))?;
        let selectors = get_iter(b[1].unwrap_or(Value::NULL))?;
        Ok(filtering(&COMPRESS, data, selectors))
    })
}

fn predicate_entry(ptr: *const Value, n: usize, kwnames: Value, ty: &'static TypeObject, name: &str) -> Value {
    super::entry(ptr, n, kwnames, |args, kw| {
        no_keywords(name, kw)?;
        exactly(name, args, 2)?;
        let it = get_iter(args[1])?;
        Ok(filtering(ty, it, args[0]))
    })
}

shared_entries! {
    predicate_entry:
    /// `dropwhile(predicate, iterable)`.
    itertools_dropwhile => DROPWHILE, "dropwhile";
    /// `takewhile(predicate, iterable)`.
    itertools_takewhile => TAKEWHILE, "takewhile";
    /// `filterfalse(predicate, iterable)` (`None`: the falsy items).
    itertools_filterfalse => FILTERFALSE, "filterfalse";
    /// `starmap(function, iterable)`.
    itertools_starmap => STARMAP, "starmap";
}

// ---- count, cycle, repeat ----

struct Count {
    next: Value,
    step: Value,
}

impl CustomIter for Count {
    fn next(&mut self) -> Result<Option<Value>, ()> {
        let v = self.next;
        self.next = nonnull(ops::binary(BinOp::Add, v, self.step))?;
        Ok(Some(v))
    }
    fn type_object(&self) -> &'static TypeObject {
        &COUNT
    }
    fn repr(&self) -> Option<Result<String, ()>> {
        Some((|| {
            let start = repr::repr_string(self.next)?;
            if self.step == Value::small(1) {
                return Ok(format!("count({start})"));
            }
            Ok(format!("count({start}, {})", repr::repr_string(self.step)?))
        })())
    }
}

/// `count(start=0, step=1)`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn itertools_count(ptr: *const Value, n: usize, kwnames: Value) -> Value {
    super::entry(ptr, n, kwnames, |args, kw| {
        let b = crate::args::bind_keywords("count", &["start", "step"], 0, args, kw)?;
        let start = b[0].unwrap_or(Value::small(0));
        let step = b[1].unwrap_or(Value::small(1));
        for v in [start, step] {
            if !matches!(v.kind(), Kind::Int | Kind::Bool | Kind::Float)
                && crate::class::special(v, "__add__").is_none()
            {
                raise_type_error("a number is required");
                return Err(());
            }
        }
        Ok(iter::new_custom(Box::new(Count { next: start, step })))
    })
}

struct Cycle {
    it: Value,
    saved: Vec<Value>,
    /// Replaying `saved` from this position once the iterable is exhausted.
    replay: Option<usize>,
}

impl CustomIter for Cycle {
    fn next(&mut self) -> Result<Option<Value>, ()> {
        if self.replay.is_none() {
            if let Some(x) = iter::next(self.it)? {
                self.saved.push(x);
                return Ok(Some(x));
            }
            self.replay = Some(0);
        }
        if self.saved.is_empty() {
            return Ok(None);
        }
        let i = self.replay.unwrap_or(0);
        self.replay = Some((i + 1) % self.saved.len());
        Ok(Some(self.saved[i]))
    }
    fn type_object(&self) -> &'static TypeObject {
        &CYCLE
    }
}

/// `cycle(iterable)`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn itertools_cycle(ptr: *const Value, n: usize, kwnames: Value) -> Value {
    super::entry(ptr, n, kwnames, |args, kw| {
        no_keywords("cycle", kw)?;
        exactly("cycle", args, 1)?;
        let it = get_iter(args[0])?;
        Ok(iter::new_custom(Box::new(Cycle { it, saved: Vec::new(), replay: None })))
    })
}

struct Repeat {
    value: Value,
    /// How many are left (`None`: forever).
    left: Option<usize>,
}

impl CustomIter for Repeat {
    fn next(&mut self) -> Result<Option<Value>, ()> {
        match &mut self.left {
            None => Ok(Some(self.value)),
            Some(0) => Ok(None),
            Some(n) => {
                *n -= 1;
                Ok(Some(self.value))
            }
        }
    }
    fn type_object(&self) -> &'static TypeObject {
        &REPEAT
    }
    fn repr(&self) -> Option<Result<String, ()>> {
        Some(repr::repr_string(self.value).map(|v| match self.left {
            None => format!("repeat({v})"),
            Some(n) => format!("repeat({v}, {n})"),
        }))
    }
}

/// `repeat(object[, times])`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn itertools_repeat(ptr: *const Value, n: usize, kwnames: Value) -> Value {
    super::entry(ptr, n, kwnames, |args, kw| {
        let b = crate::args::bind_keywords("repeat", &["object", "times"], 1, args, kw)?;
        let left = match b[1] {
            Some(t) => Some(crate::args::ssize(t)?.max(0) as usize),
            None => None,
        };
        Ok(iter::new_custom(Box::new(Repeat { value: b[0].unwrap_or(Value::NULL), left })))
    })
}

// ---- groupby ----

/// `groupby`'s state, shared with its group iterators (as CPython's C implementation): the
/// current item and its key, the key of the group being returned, and which grouper may
/// still read (an earlier group's grouper is finished once the next group starts).
struct GroupState {
    it: Value,
    keyfunc: Value,
    target: Value,
    current_key: Value,
    /// The current item, until a grouper takes it (null then).
    current_value: Value,
    current_grouper: usize,
    groupers: usize,
}

impl GroupState {
    /// Reads the next item and its key; false at the end.
    fn step(&mut self) -> Result<bool, ()> {
        let Some(v) = iter::next(self.it)? else { return Ok(false) };
        self.current_key = if self.keyfunc.is_null() { v } else { call1(self.keyfunc, v)? };
        self.current_value = v;
        Ok(true)
    }
}

struct GroupBy {
    state: *mut GroupState,
}

impl CustomIter for GroupBy {
    fn next(&mut self) -> Result<Option<Value>, ()> {
        // SAFETY: the state lives in GC memory this iterator and its groupers keep reachable.
        let s = unsafe { &mut *self.state };
        s.current_grouper = 0;
        // Skip to the next group.
        loop {
            if !s.current_key.is_null() && (s.target.is_null() || !ops::eq(s.target, s.current_key)?) {
                break;
            }
            if !s.step()? {
                return Ok(None);
            }
        }
        s.target = s.current_key;
        s.groupers += 1;
        s.current_grouper = s.groupers;
        let grouper = Grouper { state: self.state, id: s.groupers, target: s.target };
        Ok(Some(tuple::new(vec![s.target, iter::new_custom(Box::new(grouper))])))
    }
    fn type_object(&self) -> &'static TypeObject {
        &GROUPBY
    }
}

struct Grouper {
    state: *mut GroupState,
    id: usize,
    target: Value,
}

impl CustomIter for Grouper {
    fn next(&mut self) -> Result<Option<Value>, ()> {
        // SAFETY: as for `GroupBy`.
        let s = unsafe { &mut *self.state };
        if s.current_grouper != self.id {
            return Ok(None);
        }
        if s.current_value.is_null() && !s.step()? {
            return Ok(None);
        }
        if !ops::eq(self.target, s.current_key)? {
            return Ok(None);
        }
        let v = s.current_value;
        s.current_value = Value::NULL;
        Ok(Some(v))
    }
    fn type_object(&self) -> &'static TypeObject {
        &GROUPER
    }
}

/// `groupby(iterable, key=None)`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn itertools_groupby(ptr: *const Value, n: usize, kwnames: Value) -> Value {
    super::entry(ptr, n, kwnames, |args, kw| {
        let b = crate::args::bind_keywords("groupby", &["iterable", "key"], 1, args, kw)?;
        let it = get_iter(b[0].unwrap_or(Value::NULL))?;
        let keyfunc = b[1].filter(|k| !k.is_none()).unwrap_or(Value::NULL);
        let state = Box::leak(Box::new(GroupState {
            it,
            keyfunc,
            target: Value::NULL,
            current_key: Value::NULL,
            current_value: Value::NULL,
            current_grouper: 0,
            groupers: 0,
        }));
        Ok(iter::new_custom(Box::new(GroupBy { state })))
    })
}

// ---- islice ----

struct ISlice {
    it: Value,
    /// Index of the next item to return, and the one after the last (`None`: no end).
    next: usize,
    stop: Option<usize>,
    step: usize,
    /// Items taken from the underlying iterator so far.
    taken: usize,
}

impl CustomIter for ISlice {
    fn next(&mut self) -> Result<Option<Value>, ()> {
        if self.stop.is_some_and(|s| self.next >= s) {
            // Consume up to `stop`, as CPython does, then stop.
            while self.stop.is_some_and(|s| self.taken < s) {
                if iter::next(self.it)?.is_none() {
                    break;
                }
                self.taken += 1;
            }
            return Ok(None);
        }
        while self.taken < self.next {
            if iter::next(self.it)?.is_none() {
                self.stop = Some(0);
                return Ok(None);
            }
            self.taken += 1;
        }
        let Some(x) = iter::next(self.it)? else {
            self.stop = Some(0);
            return Ok(None);
        };
        self.taken += 1;
        self.next += self.step;
        Ok(Some(x))
    }
    fn type_object(&self) -> &'static TypeObject {
        &ISLICE
    }
}

/// An islice index: `None` or a non-negative int.
fn islice_index(v: Value, what: &str) -> Result<Option<usize>, ()> {
    if v.is_none() {
        return Ok(None);
    }
    let bad = || {
        raise(
            &exceptions::VALUE_ERROR,
            &format!("{what} for islice() must be None or an integer: 0 <= x <= sys.maxsize."),
        );
    };
    if crate::ops::index_value(v).is_none() {
        bad();
        return Err(());
    }
    match crate::args::ssize(v) {
        Ok(n) if n >= 0 => Ok(Some(n as usize)),
        Ok(_) => {
            bad();
            Err(())
        }
        Err(()) => {
            exceptions::take_pending();
            bad();
            Err(())
        }
    }
}

/// `islice(iterable, stop)` or `islice(iterable, start, stop[, step])`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn itertools_islice(ptr: *const Value, n: usize, kwnames: Value) -> Value {
    super::entry(ptr, n, kwnames, |args, kw| {
        no_keywords("islice", kw)?;
        if !(2..=4).contains(&args.len()) {
            let msg = if args.len() < 2 { "at least 2" } else { "at most 4" };
            raise_type_error(&format!("islice expected {msg} arguments, got {}", args.len()));
            return Err(());
        }
        let (start, stop, step) = match args.len() {
            2 => (None, islice_index(args[1], "Stop argument")?, None),
            _ => {
                let start = islice_index(args[1], "Indices")?;
                let stop = islice_index(args[2], "Stop argument")?;
                let step = match args.get(3) {
                    Some(&s) if !s.is_none() => match crate::args::ssize(s) {
                        Ok(k) if k >= 1 => Some(k as usize),
                        _ => {
                            exceptions::take_pending();
                            raise(&exceptions::VALUE_ERROR, "Step for islice() must be a positive integer or None.");
                            return Err(());
                        }
                    },
                    _ => None,
                };
                (start, stop, step)
            }
        };
        let it = get_iter(args[0])?;
        let slice = ISlice { it, next: start.unwrap_or(0), stop, step: step.unwrap_or(1), taken: 0 };
        Ok(iter::new_custom(Box::new(slice)))
    })
}

// ---- pairwise ----

struct Pairwise {
    it: Value,
    last: Value,
}

impl CustomIter for Pairwise {
    fn next(&mut self) -> Result<Option<Value>, ()> {
        if self.last.is_null() {
            match iter::next(self.it)? {
                Some(x) => self.last = x,
                None => return Ok(None),
            }
        }
        let Some(x) = iter::next(self.it)? else { return Ok(None) };
        let pair = tuple::new(vec![self.last, x]);
        self.last = x;
        Ok(Some(pair))
    }
    fn type_object(&self) -> &'static TypeObject {
        &PAIRWISE
    }
}

/// `pairwise(iterable)`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn itertools_pairwise(ptr: *const Value, n: usize, kwnames: Value) -> Value {
    super::entry(ptr, n, kwnames, |args, kw| {
        no_keywords("pairwise", kw)?;
        exactly("pairwise", args, 1)?;
        let it = get_iter(args[0])?;
        Ok(iter::new_custom(Box::new(Pairwise { it, last: Value::NULL })))
    })
}

// ---- tee ----

/// The items one `tee` copy has read ahead of the others, shared by all copies.
struct TeeBuffer {
    it: Value,
    items: Vec<Value>,
    /// The index (in the whole stream) of `items[0]`.
    base: usize,
}

struct Tee {
    buffer: *mut TeeBuffer,
    /// The index of the next item this copy returns.
    pos: usize,
}

impl CustomIter for Tee {
    fn next(&mut self) -> Result<Option<Value>, ()> {
        // SAFETY: the buffer lives in GC memory every copy keeps reachable.
        let b = unsafe { &mut *self.buffer };
        let i = self.pos - b.base;
        if i == b.items.len() {
            match iter::next(b.it)? {
                Some(x) => b.items.push(x),
                None => return Ok(None),
            }
        }
        self.pos += 1;
        Ok(Some(b.items[i]))
    }
    fn type_object(&self) -> &'static TypeObject {
        &TEE
    }
}

/// `tee(iterable, n=2)`: `n` independent iterators over the same items.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn itertools_tee(ptr: *const Value, n: usize, kwnames: Value) -> Value {
    super::entry(ptr, n, kwnames, |args, kw| {
        no_keywords("tee", kw)?;
        if args.is_empty() || args.len() > 2 {
            raise_type_error(&format!("tee expected at most 2 arguments, got {}", args.len()));
            return Err(());
        }
        let count = match args.get(1) {
            Some(&c) => {
                let c = crate::args::ssize(c)?;
                if c < 0 {
                    raise(&exceptions::VALUE_ERROR, "n must be >= 0");
                    return Err(());
                }
                c as usize
            }
            None => 2,
        };
        let it = get_iter(args[0])?;
        let buffer = Box::leak(Box::new(TeeBuffer { it, items: Vec::new(), base: 0 })) as *mut TeeBuffer;
        let copies = (0..count).map(|_| iter::new_custom(Box::new(Tee { buffer, pos: 0 }))).collect();
        Ok(tuple::new(copies))
    })
}

// ---- zip_longest ----

struct ZipLongest {
    its: Vec<Value>,
    /// Which iterators are still going.
    active: Vec<bool>,
    fill: Value,
}

impl CustomIter for ZipLongest {
    fn next(&mut self) -> Result<Option<Value>, ()> {
        if !self.active.iter().any(|&a| a) {
            return Ok(None);
        }
        let mut items = Vec::with_capacity(self.its.len());
        for k in 0..self.its.len() {
            if self.active[k] {
                match iter::next(self.its[k])? {
                    Some(x) => {
                        items.push(x);
                        continue;
                    }
                    None => self.active[k] = false,
                }
            }
            items.push(self.fill);
        }
        if !self.active.iter().any(|&a| a) {
            return Ok(None);
        }
        Ok(Some(tuple::new(items)))
    }
    fn type_object(&self) -> &'static TypeObject {
        &ZIP_LONGEST
    }
}

/// `zip_longest(*iterables, fillvalue=None)`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn itertools_zip_longest(ptr: *const Value, n: usize, kwnames: Value) -> Value {
    super::entry(ptr, n, kwnames, |args, kw| {
        let mut fill = Value::none();
        for &(k, v) in kw {
            if k != "fillvalue" {
                raise_type_error("zip_longest() got an unexpected keyword argument");
                return Err(());
            }
            fill = v;
        }
        let its: Vec<Value> = args.iter().map(|&a| get_iter(a)).collect::<Result<_, _>>()?;
        let active = vec![true; its.len()];
        Ok(iter::new_custom(Box::new(ZipLongest { its, active, fill })))
    })
}
