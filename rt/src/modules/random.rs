//! `random`: CPython's Mersenne Twister, bit for bit — the same seeding from ints, floats,
//! strs and bytes (str and bytes through SHA-512, as `Random.seed` version 2 does), the same
//! 53-bit floats and the same rejection sampling — so a seeded program draws the numbers it
//! draws under CPython. The module's functions share one hidden generator, as CPython's do.

use num_bigint::{BigInt, Sign};
use num_traits::{Signed, ToPrimitive, Zero};

use crate::cell::Global;
use crate::exceptions::{self, raise, raise_type_error};
use crate::object::{Kind, Value};
use crate::{float, int, list, ops, str, tuple};

#[rustfmt::skip]
pub const NAMES: &[&str] = &[
    "BPF", "LOG4", "NV_MAGICCONST", "RECIP_BPF", "Random", "SG_MAGICCONST", "SystemRandom", "TWOPI",
    "betavariate", "binomialvariate", "choice", "choices", "expovariate", "gammavariate", "gauss",
    "getrandbits", "getstate", "lognormvariate", "normalvariate", "paretovariate", "randbytes",
    "randint", "random", "randrange", "sample", "seed", "setstate", "shuffle", "triangular",
    "uniform", "vonmisesvariate", "weibullvariate",
];

const N: usize = 624;
const M: usize = 397;

/// The generator's state: MT19937 words, the position in them, and the second normal
/// deviate `gauss` keeps for its next call.
struct Twister {
    mt: [u32; N],
    index: usize,
    gauss_next: Option<f64>,
}

static GENERATOR: Global<Option<Twister>> = Global::new(None);

impl Twister {
    fn init_genrand(&mut self, s: u32) {
        self.mt[0] = s;
        for i in 1..N {
            let prev = self.mt[i - 1];
            self.mt[i] = 1_812_433_253u32.wrapping_mul(prev ^ (prev >> 30)).wrapping_add(i as u32);
        }
        self.index = N;
    }

    fn init_by_array(&mut self, key: &[u32]) {
        self.init_genrand(19_650_218);
        let (mut i, mut j) = (1, 0);
        for _ in 0..N.max(key.len()) {
            let prev = self.mt[i - 1];
            self.mt[i] = (self.mt[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1_664_525))
                .wrapping_add(key[j])
                .wrapping_add(j as u32);
            i += 1;
            j += 1;
            if i >= N {
                self.mt[0] = self.mt[N - 1];
                i = 1;
            }
            if j >= key.len() {
                j = 0;
            }
        }
        for _ in 0..N - 1 {
            let prev = self.mt[i - 1];
            self.mt[i] = (self.mt[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1_566_083_941)).wrapping_sub(i as u32);
            i += 1;
            if i >= N {
                self.mt[0] = self.mt[N - 1];
                i = 1;
            }
        }
        self.mt[0] = 0x8000_0000;
    }

    fn next_u32(&mut self) -> u32 {
        const MAG: [u32; 2] = [0, 0x9908_b0df];
        const UPPER: u32 = 0x8000_0000;
        const LOWER: u32 = 0x7fff_ffff;
        if self.index >= N {
            let mt = &mut self.mt;
            for k in 0..N {
                let y = (mt[k] & UPPER) | (mt[(k + 1) % N] & LOWER);
                mt[k] = mt[(k + M) % N] ^ (y >> 1) ^ MAG[(y & 1) as usize];
            }
            self.index = 0;
        }
        let mut y = self.mt[self.index];
        self.index += 1;
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^ (y >> 18)
    }

    /// `random()`: a float in [0, 1) from 53 random bits.
    fn random(&mut self) -> f64 {
        let a = f64::from(self.next_u32() >> 5);
        let b = f64::from(self.next_u32() >> 6);
        (a * 67_108_864.0 + b) * (1.0 / 9_007_199_254_740_992.0)
    }

    fn getrandbits(&mut self, k: u64) -> BigInt {
        if k <= 32 {
            return BigInt::from(if k == 0 { 0 } else { self.next_u32() >> (32 - k) });
        }
        let mut words = Vec::with_capacity(k.div_ceil(32) as usize);
        let mut left = k;
        while left > 0 {
            let r = self.next_u32();
            words.push(if left < 32 { r >> (32 - left) } else { r });
            left = left.saturating_sub(32);
        }
        BigInt::from_slice(Sign::Plus, &words)
    }

    /// A random int in [0, n) for n > 0, by rejection from `n.bit_length()` bits.
    fn below(&mut self, n: &BigInt) -> BigInt {
        let k = n.bits();
        loop {
            let r = self.getrandbits(k);
            if &r < n {
                return r;
            }
        }
    }

    fn below_usize(&mut self, n: usize) -> usize {
        self.below(&BigInt::from(n)).to_usize().unwrap_or(0)
    }

    fn seed_from(&mut self, n: &BigInt) {
        let mut key = n.magnitude().to_u32_digits();
        if key.is_empty() {
            key.push(0);
        }
        self.init_by_array(&key);
        self.gauss_next = None;
    }

    fn seed_from_os(&mut self) {
        let mut key = [0u32; N];
        let mut filled = false;
        if let Ok(mut f) = std::fs::File::open("/dev/urandom") {
            let mut bytes = [0u8; N * 4];
            if std::io::Read::read_exact(&mut f, &mut bytes).is_ok() {
                for (w, c) in key.iter_mut().zip(bytes.chunks_exact(4)) {
                    *w = u32::from_le_bytes([c[0], c[1], c[2], c[3]]);
                }
                filled = true;
            }
        }
        if !filled {
            let t = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_nanos());
            key[0] = t as u32;
            key[1] = (t >> 32) as u32;
            key[2] = std::process::id();
        }
        self.init_by_array(&key);
        self.gauss_next = None;
    }
}

/// The generators of `random.Random` instances (kept alive here: their objects hold them by
/// address).
static STATES: Global<Vec<usize>> = Global::new(Vec::new());

static STATE_TYPE: crate::object::TypeObject = crate::native::native_type("_random.state");

fn state_repr(_: &crate::native::NativeObj) -> Result<String, ()> {
    Ok("<_random.state>".into())
}

fn state_not_callable(_: &crate::native::NativeObj, _: &[Value], _: Value) -> Value {
    raise_type_error("'_random.state' object is not callable")
}

// `_new_state()`: a generator of its own for a `random.Random` instance (seeded by its
// `seed`).
module_function!(random__new_state, |args, kw| {
    let _ = (args, kw);
    let slot: Box<Option<Twister>> = Box::new(None);
    let addr = Box::into_raw(slot) as usize;
    STATES.with(|s| s.push(addr));
    Ok(crate::native::new(
        &STATE_TYPE,
        state_not_callable,
        state_repr,
        vec![int::from_i64(addr as i64)],
        Vec::new(),
        Vec::new(),
    ))
});

// `_call_with(state, name, *args, **kwargs)`: the module function `name` run on the
// instance's generator instead of the module's.
module_function!(random__call_with, |args, kw| {
    let (Some(&state), Some(&name)) = (args.first(), args.get(1)) else {
        raise_type_error("_call_with() needs a state and a name");
        return Err(());
    };
    if state.kind() != Kind::Native || !core::ptr::eq(state.ty(), &STATE_TYPE) || name.kind() != Kind::Str {
        raise_type_error("_call_with() needs a state and a name");
        return Err(());
    }
    // SAFETY: the type says this is a state object.
    let o = unsafe { state.obj::<crate::native::NativeObj>() };
    let addr = int::to_i64(o.data[0]).unwrap_or(0) as usize;
    // SAFETY: `_new_state` made the slot and STATES keeps it.
    let slot = unsafe { &mut *(addr as *mut Option<Twister>) };
    let f = getattr(str::as_str(name)).unwrap_or(Value::NULL);
    if f.is_null() {
        return Err(());
    }
    let rest = &args[2..];
    let names: Vec<Value> = kw.iter().map(|(k, _)| str::new_str(k)).collect();
    let mut all: Vec<Value> = rest.to_vec();
    all.extend(kw.iter().map(|(_, v)| *v));
    let kwnames = if names.is_empty() { Value::NULL } else { tuple::new(names) };
    GENERATOR.with(|g| core::mem::swap(g, slot));
    let r = crate::func::call(f, &all, kwnames);
    GENERATOR.with(|g| core::mem::swap(g, slot));
    crate::builtins::nonnull(r)
});

/// Runs `f` on the module's generator, seeded from the OS on first use.
fn with_generator<R>(f: impl FnOnce(&mut Twister) -> R) -> R {
    GENERATOR.with(|g| {
        let t = g.get_or_insert_with(|| {
            let mut t = Twister { mt: [0; N], index: N, gauss_next: None };
            t.seed_from_os();
            t
        });
        f(t)
    })
}

fn random() -> f64 {
    with_generator(Twister::random)
}

pub fn getattr(name: &str) -> Option<Value> {
    // For `random.Random` (written in Python, `lower/stdlib/_random.py`).
    match name {
        "_new_state" => return Some(super::builtin(random__new_state, "_new_state")),
        "_call_with" => return Some(super::builtin(random__call_with, "_call_with")),
        "Random" => return Some(crate::import::attribute_of("_random", "Random")),
        _ => {}
    }
    let name: &'static str = NAMES.iter().find(|n| **n == name)?;
    let f: crate::func::BuiltinEntry = match name {
        "random" => random_random,
        "seed" => random_seed,
        "getstate" => random_getstate,
        "setstate" => random_setstate,
        "getrandbits" => random_getrandbits,
        "randbytes" => random_randbytes,
        "randrange" => random_randrange,
        "randint" => random_randint,
        "choice" => random_choice,
        "choices" => random_choices,
        "shuffle" => random_shuffle,
        "sample" => random_sample,
        "uniform" => random_uniform,
        "triangular" => random_triangular,
        "gauss" => random_gauss,
        "normalvariate" => random_normalvariate,
        "lognormvariate" => random_lognormvariate,
        "expovariate" => random_expovariate,
        "gammavariate" => random_gammavariate,
        "betavariate" => random_betavariate,
        "paretovariate" => random_paretovariate,
        "weibullvariate" => random_weibullvariate,
        "TWOPI" => return Some(float::new(core::f64::consts::TAU)),
        "LOG4" => return Some(float::new(4f64.ln())),
        "NV_MAGICCONST" => return Some(float::new(NV_MAGICCONST)),
        "SG_MAGICCONST" => return Some(float::new(sg_magicconst())),
        "BPF" => return Some(int::from_i64(53)),
        "RECIP_BPF" => return Some(float::new(2f64.powi(-53))),
        _ => return None,
    };
    Some(super::builtin(f, name))
}

const NV_MAGICCONST: f64 = 1.715_527_769_921_413_5; // 4 * exp(-0.5) / sqrt(2.0)

fn sg_magicconst() -> f64 {
    1.0 + 4.5f64.ln()
}

/// The arguments of `func` bound to the parameter names `names` (positional first, then by
/// keyword), with CPython's messages for too many or unexpected ones; `required` of them
/// must be given.
fn params(
    func: &str,
    args: &[Value],
    kw: &[(&str, Value)],
    names: &[&str],
    required: usize,
) -> Result<Vec<Option<Value>>, ()> {
    // They are methods of the hidden `Random` instance: the counts include `self`.
    if args.len() > names.len() {
        let takes = if required == names.len() {
            format!("{}", names.len() + 1)
        } else {
            format!("from {} to {}", required + 1, names.len() + 1)
        };
        raise_type_error(&format!(
            "Random.{func}() takes {takes} positional arguments but {} were given",
            args.len() + 1
        ));
        return Err(());
    }
    crate::args::bind_keywords(&format!("Random.{func}"), names, required, args, kw)
}

/// A float argument (an int or float, or anything with `__float__`), as CPython's
/// arithmetic would take it.
fn real(v: Value) -> Result<f64, ()> {
    if v.is_small_int() || v.kind() == Kind::Int || v.kind() == Kind::Bool {
        return int::to_f64(if v.kind() == Kind::Bool { int::from_i64(i64::from(ops::bool_value(v))) } else { v });
    }
    if v.kind() == Kind::Float {
        return Ok(float::value(v));
    }
    if let Some(f) = float::user_float(v)? {
        return Ok(f);
    }
    raise_type_error(&format!("must be real number, not {}", v.type_name()));
    Err(())
}

/// An int argument, or an object with `__index__` (`operator.index`).
fn index(v: Value) -> Result<BigInt, ()> {
    if int::is_int(v) {
        return Ok(int::to_big(v));
    }
    if let Some(i) = ops::user_index(v)? {
        return Ok(int::to_big(i));
    }
    raise_type_error(&format!("'{}' object cannot be interpreted as an integer", v.type_name()));
    Err(())
}

fn value_error<T>(msg: &str) -> Result<T, ()> {
    raise(&exceptions::VALUE_ERROR, msg);
    Err(())
}

module_function!(random_random, |args, kw| {
    params("random", args, &kw, &[], 0)?;
    Ok(float::new(random()))
});

module_function!(random_seed, |args, kw| {
    let p = params("seed", args, &kw, &["a", "version"], 0)?;
    let a = p[0].unwrap_or(Value::none());
    let version = match p[1] {
        Some(v) => index(v)?,
        None => BigInt::from(2),
    };
    if a.is_none() {
        with_generator(Twister::seed_from_os);
        return Ok(Value::none());
    }
    let n = match a.kind() {
        Kind::Str | Kind::Bytes if version == BigInt::from(2) => {
            let bytes: Vec<u8> =
                if a.kind() == Kind::Str { str::as_str(a).as_bytes().to_vec() } else { crate::bytes::data(a).to_vec() };
            let mut all = bytes.clone();
            all.extend_from_slice(&sha512(&bytes));
            BigInt::from_bytes_be(Sign::Plus, &all)
        }
        Kind::Int | Kind::Bool => int::to_big(a).abs(),
        _ if a.is_small_int() => int::to_big(a).abs(),
        Kind::Float => BigInt::from(ops::hash(a)? as u64),
        Kind::Str | Kind::Bytes => BigInt::from(ops::hash(a)? as u64),
        _ => {
            raise_type_error("The only supported seed types are: None,\nint, float, str, bytes, and bytearray.");
            return Err(());
        }
    };
    with_generator(|t| t.seed_from(&n));
    Ok(Value::none())
});

module_function!(random_getstate, |args, kw| {
    params("getstate", args, &kw, &[], 0)?;
    Ok(with_generator(|t| {
        let mut words: Vec<Value> = t.mt.iter().map(|&w| int::from_i64(i64::from(w))).collect();
        words.push(int::from_i64(t.index as i64));
        let gauss = t.gauss_next.map_or(Value::none(), float::new);
        tuple::new(vec![int::from_i64(3), tuple::new(words), gauss])
    }))
});

module_function!(random_setstate, |args, kw| {
    let p = params("setstate", args, &kw, &["state"], 1)?;
    let state = p[0].unwrap_or(Value::none());
    let parts = if state.kind() == Kind::Tuple { tuple::items(state).to_vec() } else { Vec::new() };
    if parts.len() != 3 || parts[0] != int::from_i64(3) {
        return value_error("state with version 3 passed to Random.setstate() of version 3");
    }
    if parts[1].kind() != Kind::Tuple || tuple::items(parts[1]).len() != N + 1 {
        return value_error("state vector is the wrong size");
    }
    let mut mt = [0u32; N];
    for (w, &v) in mt.iter_mut().zip(tuple::items(parts[1])) {
        *w = index(v)?.to_u32().unwrap_or(0);
    }
    let position = index(tuple::items(parts[1])[N])?.to_usize().unwrap_or(N + 1);
    if position > N {
        return value_error("invalid state");
    }
    let gauss = if parts[2].is_none() { None } else { Some(real(parts[2])?) };
    with_generator(|t| {
        t.mt = mt;
        t.index = position;
        t.gauss_next = gauss;
    });
    Ok(Value::none())
});

module_function!(random_getrandbits, |args, kw| {
    let p = params("getrandbits", args, &kw, &["k"], 1)?;
    let k = index(p[0].unwrap_or(Value::none()))?;
    if k.is_negative() {
        return value_error("number of bits must be non-negative");
    }
    let k = k.to_u64().unwrap_or(u64::MAX);
    Ok(int::from_big(with_generator(|t| t.getrandbits(k))))
});

module_function!(random_randbytes, |args, kw| {
    let p = params("randbytes", args, &kw, &["n"], 1)?;
    let n = index(p[0].unwrap_or(Value::none()))?;
    if n.is_negative() {
        return value_error("number of bits must be non-negative");
    }
    let n = n.to_usize().unwrap_or(0);
    let bits = with_generator(|t| t.getrandbits(n as u64 * 8));
    let mut bytes = bits.magnitude().to_bytes_le();
    bytes.resize(n, 0);
    Ok(crate::bytes::new_bytes(bytes))
});

/// `randrange(start, stop=None, step=1)`, as an int.
fn randrange(start: Value, stop: Option<Value>, step: Option<Value>) -> Result<BigInt, ()> {
    let istart = index(start)?;
    let Some(stop) = stop.filter(|s| !s.is_none()) else {
        if step.is_some() {
            raise_type_error("Missing a non-None stop argument");
            return Err(());
        }
        if istart.is_positive() {
            return Ok(with_generator(|t| t.below(&istart)));
        }
        return value_error("empty range for randrange()");
    };
    let istop = index(stop)?;
    let width = &istop - &istart;
    let istep = match step {
        Some(s) => index(s)?,
        None => BigInt::from(1),
    };
    let show = |v: Value| crate::repr::repr_string(v).unwrap_or_default();
    if istep == BigInt::from(1) {
        if width.is_positive() {
            return Ok(&istart + with_generator(|t| t.below(&width)));
        }
        return value_error(&format!("empty range in randrange({}, {})", show(start), show(stop)));
    }
    let one = BigInt::from(1);
    let n = if istep.is_positive() {
        num_integer::Integer::div_floor(&(&width + &istep - one), &istep)
    } else if istep.is_negative() {
        num_integer::Integer::div_floor(&(&width + &istep + one), &istep)
    } else {
        return value_error("zero step for randrange()");
    };
    if !n.is_positive() {
        let step = step.map(show).unwrap_or_default();
        return value_error(&format!("empty range in randrange({}, {}, {step})", show(start), show(stop)));
    }
    Ok(istart + istep * with_generator(|t| t.below(&n)))
}

module_function!(random_randrange, |args, kw| {
    let p = params("randrange", args, &kw, &["start", "stop", "step"], 1)?;
    Ok(int::from_big(randrange(p[0].unwrap_or(Value::none()), p[1], p[2])?))
});

module_function!(random_randint, |args, kw| {
    let p = params("randint", args, &kw, &["a", "b"], 2)?;
    let (a, b) = (p[0].unwrap_or(Value::none()), p[1].unwrap_or(Value::none()));
    // `b + 1` as Python computes it (its error for a non-number).
    let stop = nonnull(crate::ops::krait_binary_op(crate::ops::BinOp::Add as u32, b, int::from_i64(1)))?;
    Ok(int::from_big(randrange(a, Some(stop), None)?))
});

fn sequence_len(v: Value) -> Result<usize, ()> {
    ops::len(v)
}

module_function!(random_choice, |args, kw| {
    let p = params("choice", args, &kw, &["seq"], 1)?;
    let seq = p[0].unwrap_or(Value::none());
    let n = sequence_len(seq)?;
    if n == 0 {
        raise(&exceptions::INDEX_ERROR, "Cannot choose from an empty sequence");
        return Err(());
    }
    let i = with_generator(|t| t.below_usize(n));
    nonnull(ops::getitem(seq, int::from_i64(i as i64)))
});

fn nonnull(v: Value) -> Result<Value, ()> {
    if v.is_null() { Err(()) } else { Ok(v) }
}

module_function!(random_shuffle, |args, kw| {
    let p = params("shuffle", args, &kw, &["x"], 1)?;
    let x = p[0].unwrap_or(Value::none());
    let n = sequence_len(x)?;
    for i in (1..n).rev() {
        let j = with_generator(|t| t.below_usize(i + 1));
        let (vi, vj) = (int::from_i64(i as i64), int::from_i64(j as i64));
        let a = nonnull(ops::getitem(x, vi))?;
        let b = nonnull(ops::getitem(x, vj))?;
        if !ops::setitem(x, vi, b) || !ops::setitem(x, vj, a) {
            return Err(());
        }
    }
    Ok(Value::none())
});

module_function!(random_sample, |args, kw| {
    if args.len() > 2 {
        raise_type_error(&format!("Random.sample() takes 3 positional arguments but {} were given", args.len() + 1));
        return Err(());
    }
    let p = params("sample", args, &kw, &["population", "k", "counts"], 2)?;
    let population = p[0].unwrap_or(Value::none());
    let k_value = p[1].unwrap_or(Value::none());
    if !matches!(population.kind(), Kind::List | Kind::Tuple | Kind::Str | Kind::Range | Kind::Bytes)
        || population.is_small_int()
    {
        raise_type_error("Population must be a sequence.  For dicts or sets, use sorted(d).");
        return Err(());
    }
    let n = sequence_len(population)?;
    if let Some(counts) = p[2].filter(|c| !c.is_none()) {
        let counts = crate::iter::collect(counts)?;
        if counts.len() != n {
            return value_error("The number of counts does not match the population");
        }
        let mut cum = Vec::with_capacity(n);
        let mut total = BigInt::zero();
        for &c in &counts {
            if !int::is_int(c) {
                raise_type_error("Counts must be integers");
                return Err(());
            }
            total += int::to_big(c);
            cum.push(total.clone());
        }
        if !total.is_positive() {
            return value_error("Total of counts must be greater than zero");
        }
        let selections = sample_indices(total.to_usize().unwrap_or(0), k_value, &|i| int::from_i64(i as i64))?;
        let mut out = Vec::with_capacity(selections.len());
        for s in selections {
            let s = int::to_big(s);
            let at = cum.partition_point(|c| c <= &s);
            out.push(nonnull(ops::getitem(population, int::from_i64(at as i64)))?);
        }
        return Ok(list::new(out));
    }
    let items = |i: usize| ops::getitem(population, int::from_i64(i as i64));
    Ok(list::new(sample_indices(n, k_value, &items)?))
});

/// `k` items drawn without replacement from the `n` that `item` gives, as CPython's
/// `sample` draws them (a pool for small populations, a set of chosen indices otherwise).
fn sample_indices(n: usize, k_value: Value, item: &dyn Fn(usize) -> Value) -> Result<Vec<Value>, ()> {
    let k = index(k_value)?;
    let Some(k) = k.to_usize().filter(|&k| k <= n) else {
        return value_error("Sample larger than population or is negative");
    };
    let mut setsize = 21usize;
    if k > 5 {
        setsize += 4usize.pow(log4_ceil(k * 3));
    }
    let mut result = Vec::with_capacity(k);
    if n <= setsize {
        let mut pool: Vec<usize> = (0..n).collect();
        for i in 0..k {
            let j = with_generator(|t| t.below_usize(n - i));
            result.push(pool[j]);
            pool[j] = pool[n - i - 1];
        }
    } else {
        let mut selected = std::collections::HashSet::new();
        for _ in 0..k {
            let mut j = with_generator(|t| t.below_usize(n));
            while selected.contains(&j) {
                j = with_generator(|t| t.below_usize(n));
            }
            selected.insert(j);
            result.push(j);
        }
    }
    result.into_iter().map(|i| nonnull(item(i))).collect()
}

/// `ceil(log(x, 4))` as CPython's `sample` computes it (in floating point).
fn log4_ceil(x: usize) -> u32 {
    ((x as f64).ln() / 4f64.ln()).ceil() as u32
}

module_function!(random_choices, |args, kw| {
    if args.len() > 2 {
        raise_type_error(&format!(
            "Random.choices() takes from 2 to 3 positional arguments but {} were given",
            args.len() + 1
        ));
        return Err(());
    }
    let p = params("choices", args, &kw, &["population", "weights", "cum_weights", "k"], 1)?;
    let population = p[0].unwrap_or(Value::none());
    let weights = p[1].filter(|w| !w.is_none());
    let cum_weights = p[2].filter(|w| !w.is_none());
    let k = match p[3] {
        Some(k) => index(k)?.to_i64().unwrap_or(0).max(0) as usize,
        None => 1,
    };
    let n = sequence_len(population)?;
    let pick = |i: usize| nonnull(ops::getitem(population, int::from_i64(i as i64)));
    let cum: Vec<Value> = match (weights, cum_weights) {
        (None, None) => {
            let nf = n as f64;
            return Ok(list::new(
                (0..k).map(|_| pick((random() * nf).floor() as usize)).collect::<Result<Vec<_>, ()>>()?,
            ));
        }
        (Some(w), None) => {
            if int::is_int(w) && w.kind() != Kind::Bool {
                raise_type_error(&format!(
                    "The number of choices must be a keyword argument: k={}",
                    crate::repr::repr_string(w)?
                ));
                return Err(());
            }
            let items = crate::iter::collect(w)?;
            let mut total: Option<Value> = None;
            let mut cum = Vec::with_capacity(items.len());
            for v in items {
                let next = match total {
                    None => v,
                    Some(t) => nonnull(crate::ops::krait_binary_op(crate::ops::BinOp::Add as u32, t, v))?,
                };
                cum.push(next);
                total = Some(next);
            }
            cum
        }
        (None, Some(c)) => crate::iter::collect(c)?,
        (Some(_), Some(_)) => {
            raise_type_error("Cannot specify both weights and cumulative weights");
            return Err(());
        }
    };
    if cum.len() != n {
        return value_error("The number of weights does not match the population");
    }
    let total = real(*cum.last().unwrap_or(&float::new(0.0)))? + 0.0;
    if total <= 0.0 {
        return value_error("Total of weights must be greater than zero");
    }
    if !total.is_finite() {
        return value_error("Total of weights must be finite");
    }
    let hi = n - 1;
    let mut out = Vec::with_capacity(k);
    for _ in 0..k {
        let x = float::new(random() * total);
        // bisect_right(cum, x, 0, hi)
        let (mut lo, mut hi) = (0usize, hi);
        while lo < hi {
            let mid = (lo + hi) / 2;
            if ops::compare_bool(crate::ops::CmpOp::Lt, x, cum[mid])? {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        out.push(pick(lo)?);
    }
    Ok(list::new(out))
});

/// The float parameters of a distribution, with their defaults.
fn reals(
    func: &str,
    args: &[Value],
    kw: &[(&str, Value)],
    names: &[&str],
    defaults: &[Option<f64>],
) -> Result<Vec<f64>, ()> {
    let required = defaults.iter().take_while(|d| d.is_none()).count();
    let p = params(func, args, kw, names, required)?;
    p.iter()
        .zip(defaults)
        .map(|(v, d)| match v {
            Some(v) => real(*v),
            None => Ok(d.unwrap_or(0.0)),
        })
        .collect()
}

module_function!(random_uniform, |args, kw| {
    let v = reals("uniform", args, &kw, &["a", "b"], &[None, None])?;
    Ok(float::new(v[0] + (v[1] - v[0]) * random()))
});

module_function!(random_triangular, |args, kw| {
    let p = params("triangular", args, &kw, &["low", "high", "mode"], 0)?;
    let low = p[0].map_or(Ok(0.0), real)?;
    let high = p[1].map_or(Ok(1.0), real)?;
    let mut u = random();
    let mut c = match p[2].filter(|m| !m.is_none()) {
        None => 0.5,
        Some(m) => {
            if high - low == 0.0 {
                // CPython's `except ZeroDivisionError: return low`: the argument as given.
                return Ok(p[0].unwrap_or_else(|| float::new(0.0)));
            }
            (real(m)? - low) / (high - low)
        }
    };
    let (mut low, mut high) = (low, high);
    if u > c {
        u = 1.0 - u;
        c = 1.0 - c;
        core::mem::swap(&mut low, &mut high);
    }
    Ok(float::new(low + (high - low) * (u * c).sqrt()))
});

module_function!(random_gauss, |args, kw| {
    let v = reals("gauss", args, &kw, &["mu", "sigma"], &[Some(0.0), Some(1.0)])?;
    let z = with_generator(|t| match t.gauss_next.take() {
        Some(z) => z,
        None => {
            let x2pi = t.random() * core::f64::consts::TAU;
            let g2rad = (-2.0 * (1.0 - t.random()).ln()).sqrt();
            t.gauss_next = Some(x2pi.sin() * g2rad);
            x2pi.cos() * g2rad
        }
    });
    Ok(float::new(v[0] + z * v[1]))
});

fn normal(mu: f64, sigma: f64) -> f64 {
    loop {
        let u1 = random();
        let u2 = 1.0 - random();
        let z = NV_MAGICCONST * (u1 - 0.5) / u2;
        let zz = z * z / 4.0;
        if zz <= -u2.ln() {
            return mu + z * sigma;
        }
    }
}

module_function!(random_normalvariate, |args, kw| {
    let v = reals("normalvariate", args, &kw, &["mu", "sigma"], &[Some(0.0), Some(1.0)])?;
    Ok(float::new(normal(v[0], v[1])))
});

module_function!(random_lognormvariate, |args, kw| {
    let v = reals("lognormvariate", args, &kw, &["mu", "sigma"], &[None, None])?;
    Ok(float::new(normal(v[0], v[1]).exp()))
});

module_function!(random_expovariate, |args, kw| {
    let v = reals("expovariate", args, &kw, &["lambd"], &[Some(1.0)])?;
    let x = -(1.0 - random()).ln();
    Ok(float::new(float::truediv(x, v[0])?))
});

fn gamma(alpha: f64, beta: f64) -> Result<f64, ()> {
    if alpha <= 0.0 || beta <= 0.0 {
        return value_error("gammavariate: alpha and beta must be > 0.0");
    }
    if alpha > 1.0 {
        let ainv = (2.0 * alpha - 1.0).sqrt();
        let bbb = alpha - 4f64.ln();
        let ccc = alpha + ainv;
        loop {
            let u1 = random();
            if !(1e-7 < u1 && u1 < 0.999_999_9) {
                continue;
            }
            let u2 = 1.0 - random();
            let v = (u1 / (1.0 - u1)).ln() / ainv;
            let x = alpha * v.exp();
            let z = u1 * u1 * u2;
            let r = bbb + ccc * v - x;
            if r + sg_magicconst() - 4.5 * z >= 0.0 || r >= z.ln() {
                return Ok(x * beta);
            }
        }
    }
    if alpha == 1.0 {
        return Ok(-(1.0 - random()).ln() * beta);
    }
    let e = core::f64::consts::E;
    loop {
        let u = random();
        let b = (e + alpha) / e;
        let p = b * u;
        let x = if p <= 1.0 { p.powf(1.0 / alpha) } else { -((b - p) / alpha).ln() };
        let u1 = random();
        if p > 1.0 {
            if u1 <= x.powf(alpha - 1.0) {
                return Ok(x * beta);
            }
        } else if u1 <= (-x).exp() {
            return Ok(x * beta);
        }
    }
}

module_function!(random_gammavariate, |args, kw| {
    let v = reals("gammavariate", args, &kw, &["alpha", "beta"], &[None, None])?;
    Ok(float::new(gamma(v[0], v[1])?))
});

module_function!(random_betavariate, |args, kw| {
    let v = reals("betavariate", args, &kw, &["alpha", "beta"], &[None, None])?;
    let y = gamma(v[0], 1.0)?;
    if y == 0.0 {
        return Ok(float::new(0.0));
    }
    Ok(float::new(y / (y + gamma(v[1], 1.0)?)))
});

module_function!(random_paretovariate, |args, kw| {
    let v = reals("paretovariate", args, &kw, &["alpha"], &[None])?;
    let u = 1.0 - random();
    Ok(float::new(u.powf(-1.0 / v[0])))
});

module_function!(random_weibullvariate, |args, kw| {
    let v = reals("weibullvariate", args, &kw, &["alpha", "beta"], &[None, None])?;
    let u = 1.0 - random();
    Ok(float::new(v[0] * (-u.ln()).powf(1.0 / v[1])))
});

/// SHA-512 of `data` (FIPS 180-4), for seeding from strs and bytes as CPython does.
fn sha512(data: &[u8]) -> [u8; 64] {
    const K: [u64; 80] = [
        0x428a2f98d728ae22,
        0x7137449123ef65cd,
        0xb5c0fbcfec4d3b2f,
        0xe9b5dba58189dbbc,
        0x3956c25bf348b538,
        0x59f111f1b605d019,
        0x923f82a4af194f9b,
        0xab1c5ed5da6d8118,
        0xd807aa98a3030242,
        0x12835b0145706fbe,
        0x243185be4ee4b28c,
        0x550c7dc3d5ffb4e2,
        0x72be5d74f27b896f,
        0x80deb1fe3b1696b1,
        0x9bdc06a725c71235,
        0xc19bf174cf692694,
        0xe49b69c19ef14ad2,
        0xefbe4786384f25e3,
        0x0fc19dc68b8cd5b5,
        0x240ca1cc77ac9c65,
        0x2de92c6f592b0275,
        0x4a7484aa6ea6e483,
        0x5cb0a9dcbd41fbd4,
        0x76f988da831153b5,
        0x983e5152ee66dfab,
        0xa831c66d2db43210,
        0xb00327c898fb213f,
        0xbf597fc7beef0ee4,
        0xc6e00bf33da88fc2,
        0xd5a79147930aa725,
        0x06ca6351e003826f,
        0x142929670a0e6e70,
        0x27b70a8546d22ffc,
        0x2e1b21385c26c926,
        0x4d2c6dfc5ac42aed,
        0x53380d139d95b3df,
        0x650a73548baf63de,
        0x766a0abb3c77b2a8,
        0x81c2c92e47edaee6,
        0x92722c851482353b,
        0xa2bfe8a14cf10364,
        0xa81a664bbc423001,
        0xc24b8b70d0f89791,
        0xc76c51a30654be30,
        0xd192e819d6ef5218,
        0xd69906245565a910,
        0xf40e35855771202a,
        0x106aa07032bbd1b8,
        0x19a4c116b8d2d0c8,
        0x1e376c085141ab53,
        0x2748774cdf8eeb99,
        0x34b0bcb5e19b48a8,
        0x391c0cb3c5c95a63,
        0x4ed8aa4ae3418acb,
        0x5b9cca4f7763e373,
        0x682e6ff3d6b2b8a3,
        0x748f82ee5defb2fc,
        0x78a5636f43172f60,
        0x84c87814a1f0ab72,
        0x8cc702081a6439ec,
        0x90befffa23631e28,
        0xa4506cebde82bde9,
        0xbef9a3f7b2c67915,
        0xc67178f2e372532b,
        0xca273eceea26619c,
        0xd186b8c721c0c207,
        0xeada7dd6cde0eb1e,
        0xf57d4f7fee6ed178,
        0x06f067aa72176fba,
        0x0a637dc5a2c898a6,
        0x113f9804bef90dae,
        0x1b710b35131c471b,
        0x28db77f523047d84,
        0x32caab7b40c72493,
        0x3c9ebe0a15c9bebc,
        0x431d67c49c100d4c,
        0x4cc5d4becb3e42b6,
        0x597f299cfc657e2a,
        0x5fcb6fab3ad6faec,
        0x6c44198c4a475817,
    ];
    let mut h: [u64; 8] = [
        0x6a09e667f3bcc908,
        0xbb67ae8584caa73b,
        0x3c6ef372fe94f82b,
        0xa54ff53a5f1d36f1,
        0x510e527fade682d1,
        0x9b05688c2b3e6c1f,
        0x1f83d9abfb41bd6b,
        0x5be0cd19137e2179,
    ];
    let mut msg = data.to_vec();
    msg.push(0x80);
    while msg.len() % 128 != 112 {
        msg.push(0);
    }
    msg.extend_from_slice(&((data.len() as u128) * 8).to_be_bytes());
    for block in msg.chunks_exact(128) {
        let mut w = [0u64; 80];
        for (i, c) in block.chunks_exact(8).enumerate() {
            w[i] = u64::from_be_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]);
        }
        for i in 16..80 {
            let s0 = w[i - 15].rotate_right(1) ^ w[i - 15].rotate_right(8) ^ (w[i - 15] >> 7);
            let s1 = w[i - 2].rotate_right(19) ^ w[i - 2].rotate_right(61) ^ (w[i - 2] >> 6);
            w[i] = w[i - 16].wrapping_add(s0).wrapping_add(w[i - 7]).wrapping_add(s1);
        }
        let mut v = h;
        for i in 0..80 {
            let s1 = v[4].rotate_right(14) ^ v[4].rotate_right(18) ^ v[4].rotate_right(41);
            let ch = (v[4] & v[5]) ^ (!v[4] & v[6]);
            let t1 = v[7].wrapping_add(s1).wrapping_add(ch).wrapping_add(K[i]).wrapping_add(w[i]);
            let s0 = v[0].rotate_right(28) ^ v[0].rotate_right(34) ^ v[0].rotate_right(39);
            let maj = (v[0] & v[1]) ^ (v[0] & v[2]) ^ (v[1] & v[2]);
            let t2 = s0.wrapping_add(maj);
            v = [t1.wrapping_add(t2), v[0], v[1], v[2], v[3].wrapping_add(t1), v[4], v[5], v[6]];
        }
        for (a, b) in h.iter_mut().zip(v) {
            *a = a.wrapping_add(b);
        }
    }
    let mut out = [0u8; 64];
    for (c, x) in out.chunks_exact_mut(8).zip(h) {
        c.copy_from_slice(&x.to_be_bytes());
    }
    out
}
