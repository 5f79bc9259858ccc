//! `operator`: the operators as functions, and `itemgetter`, `attrgetter`, `methodcaller`.

use crate::exceptions::raise_type_error;
use crate::func::split_args;
use crate::native::{self, NativeObj};
use crate::object::{Kind, TypeObject, Value};
use crate::ops::{self, BinOp, CmpOp};
use crate::{repr, str, tuple};

#[rustfmt::skip]
pub const NAMES: &[&str] = &[
    "abs", "add", "and_", "attrgetter", "call", "concat", "contains", "countOf", "delitem", "eq", "floordiv", "ge",
    "getitem", "gt", "iadd", "iand", "iconcat", "ifloordiv", "ilshift", "imatmul", "imod", "imul", "index", "indexOf",
    "inv", "invert", "ior", "ipow", "irshift", "is_", "is_not", "isub", "itemgetter", "itruediv", "ixor", "le",
    "length_hint", "lshift", "lt", "matmul", "methodcaller", "mod", "mul", "ne", "neg", "not_", "or_", "pos", "pow",
    "rshift", "setitem", "sub", "truediv", "truth", "xor",
];

static ITEMGETTER_TYPE: TypeObject = native::native_type("operator.itemgetter");
static ATTRGETTER_TYPE: TypeObject = native::native_type("operator.attrgetter");
static METHODCALLER_TYPE: TypeObject = native::native_type("operator.methodcaller");

/// The operator functions of two arguments, by name.
fn binary_op(name: &str) -> Option<BinOp> {
    Some(match name {
        "add" | "concat" => BinOp::Add,
        "sub" => BinOp::Sub,
        "mul" => BinOp::Mul,
        "truediv" => BinOp::TrueDiv,
        "floordiv" => BinOp::FloorDiv,
        "mod" => BinOp::Mod,
        "pow" => BinOp::Pow,
        "lshift" => BinOp::LShift,
        "rshift" => BinOp::RShift,
        "and_" => BinOp::BitAnd,
        "or_" => BinOp::BitOr,
        "xor" => BinOp::BitXor,
        "matmul" => BinOp::MatMul,
        _ => return None,
    })
}

/// The operator of an in-place function (`iadd` is `a += b`).
fn inplace_op(name: &str) -> Option<BinOp> {
    let base = name.strip_prefix('i')?;
    binary_op(match base {
        "and" => "and_",
        "or" => "or_",
        other => other,
    })
}

fn compare_op(name: &str) -> Option<CmpOp> {
    Some(match name {
        "eq" => CmpOp::Eq,
        "ne" => CmpOp::Ne,
        "lt" => CmpOp::Lt,
        "le" => CmpOp::Le,
        "gt" => CmpOp::Gt,
        "ge" => CmpOp::Ge,
        _ => return None,
    })
}

/// One entry point per function name (a builtin object knows only its entry), generated.
macro_rules! entries {
    ($($name:literal => $entry:ident),* $(,)?) => {
        $(
            #[unsafe(no_mangle)]
            pub unsafe extern "C" fn $entry(ptr: *const Value, n: usize, kwnames: Value) -> Value {
                call($name, super::args_of(ptr, n), kwnames)
            }
        )*
        fn entry(name: &str) -> Option<(crate::func::BuiltinEntry, &'static str)> {
            match name {
                $($name => Some(($entry, $name)),)*
                _ => None,
            }
        }
    };
}

entries! {
    "add" => operator_add, "concat" => operator_concat, "sub" => operator_sub, "mul" => operator_mul,
    "truediv" => operator_truediv, "floordiv" => operator_floordiv, "mod" => operator_mod, "pow" => operator_pow,
    "lshift" => operator_lshift, "rshift" => operator_rshift, "and_" => operator_and, "or_" => operator_or,
    "xor" => operator_xor, "matmul" => operator_matmul, "eq" => operator_eq, "ne" => operator_ne,
    "lt" => operator_lt, "le" => operator_le, "gt" => operator_gt, "ge" => operator_ge, "neg" => operator_neg,
    "pos" => operator_pos, "abs" => operator_abs, "invert" => operator_invert, "inv" => operator_inv,
    "not_" => operator_not, "truth" => operator_truth, "is_" => operator_is, "is_not" => operator_is_not,
    "contains" => operator_contains, "getitem" => operator_getitem, "setitem" => operator_setitem,
    "delitem" => operator_delitem, "index" => operator_index, "countOf" => operator_count_of,
    "indexOf" => operator_index_of, "itemgetter" => operator_itemgetter, "attrgetter" => operator_attrgetter,
    "methodcaller" => operator_methodcaller, "length_hint" => operator_length_hint,
    "iadd" => operator_iadd, "iconcat" => operator_iconcat, "isub" => operator_isub, "imul" => operator_imul,
    "itruediv" => operator_itruediv, "ifloordiv" => operator_ifloordiv, "imod" => operator_imod,
    "ipow" => operator_ipow, "ilshift" => operator_ilshift, "irshift" => operator_irshift, "iand" => operator_iand,
    "ior" => operator_ior, "ixor" => operator_ixor, "imatmul" => operator_imatmul,
}

pub fn getattr(name: &str) -> Option<Value> {
    entry(name).map(|(e, n)| super::builtin(e, n))
}

fn arity(name: &str, args: &[Value], n: usize) -> Result<(), ()> {
    if args.len() == n {
        return Ok(());
    }
    raise_type_error(&format!("{name} expected {n} argument{}, got {}", if n == 1 { "" } else { "s" }, args.len()));
    Err(())
}

fn call(name: &str, all: &[Value], kwnames: Value) -> Value {
    let (args, kw) = split_args(all, kwnames);
    let result = (|| -> Result<Value, ()> {
        if !kw.is_empty() && !matches!(name, "methodcaller") {
            raise_type_error(&format!("{name}() takes no keyword arguments"));
            return Err(());
        }
        if let Some(op) = binary_op(name) {
            arity(name, args, 2)?;
            return crate::builtins::nonnull(ops::binary(op, args[0], args[1]));
        }
        if let Some(op) = inplace_op(name) {
            arity(name, args, 2)?;
            return crate::builtins::nonnull(ops::inplace(op, args[0], args[1]));
        }
        if let Some(op) = compare_op(name) {
            arity(name, args, 2)?;
            return crate::builtins::nonnull(crate::ops::krait_compare(op as u32, args[0], args[1]));
        }
        match name {
            "neg" | "pos" | "abs" | "invert" | "inv" | "not_" | "truth" | "index" => {
                arity(name, args, 1)?;
                let v = args[0];
                crate::builtins::nonnull(match name {
                    "neg" => ops::neg(v),
                    "pos" => ops::pos(v),
                    "invert" | "inv" => ops::invert(v),
                    "not_" => Value::bool(!ops::truthy(v)?),
                    "truth" => Value::bool(ops::truthy(v)?),
                    "index" => {
                        if let Some(i) = ops::user_index(v)? {
                            return Ok(i);
                        }
                        if !crate::int::is_int(v) {
                            raise_type_error(&format!(
                                "'{}' object cannot be interpreted as an integer",
                                v.type_name()
                            ));
                            return Err(());
                        }
                        if v.kind() == Kind::Bool { Value::small(i64::from(ops::bool_value(v))) } else { v }
                    }
                    // SAFETY: one argument, in the generic builtin convention.
                    _ => unsafe { crate::builtins::krait_builtin_abs(args.as_ptr(), 1, Value::NULL) },
                })
            }
            "is_" | "is_not" => {
                arity(name, args, 2)?;
                Ok(Value::bool((args[0] == args[1]) == (name == "is_")))
            }
            "contains" => {
                arity(name, args, 2)?;
                Ok(Value::bool(ops::contains(args[0], args[1])?))
            }
            "getitem" => {
                arity(name, args, 2)?;
                crate::builtins::nonnull(ops::getitem(args[0], args[1]))
            }
            "setitem" => {
                arity(name, args, 3)?;
                if ops::setitem(args[0], args[1], args[2]) { Ok(Value::none()) } else { Err(()) }
            }
            "delitem" => {
                arity(name, args, 2)?;
                if ops::delitem(args[0], args[1]) { Ok(Value::none()) } else { Err(()) }
            }
            // `length_hint(obj, default=0)`: `len(obj)`, else its `__length_hint__()`, else
            // the default.
            "length_hint" => {
                if args.is_empty() || args.len() > 2 {
                    let n = args.len();
                    raise_type_error(&format!("length_hint expected at most 2 arguments, got {n}"));
                    return Err(());
                }
                let default = args.get(1).copied().unwrap_or(Value::small(0));
                if crate::ops::index_value(default).is_none() {
                    let t = default.type_name();
                    raise_type_error(&format!("'{t}' object cannot be interpreted as an integer"));
                    return Err(());
                }
                match ops::len(args[0]) {
                    Ok(n) => return Ok(crate::int::from_i64(n as i64)),
                    Err(()) if crate::exceptions::pending().ty().is_subtype(&crate::exceptions::TYPE_ERROR) => {
                        crate::exceptions::take_pending();
                    }
                    Err(()) => return Err(()),
                }
                match crate::class::call_special(args[0], "__length_hint__", &[]) {
                    Some(r) if r.is_null() => Err(()),
                    Some(r) if r == Value::from_static(&crate::object::NOT_IMPLEMENTED) => Ok(default),
                    Some(r) => Ok(r),
                    None => Ok(default),
                }
            }
            "countOf" | "indexOf" => {
                arity(name, args, 2)?;
                let items = crate::iter::collect(args[0])?;
                let mut count = 0;
                for (i, &x) in items.iter().enumerate() {
                    if ops::eq(x, args[1])? {
                        if name == "indexOf" {
                            return Ok(Value::small(i as i64));
                        }
                        count += 1;
                    }
                }
                if name == "indexOf" {
                    crate::exceptions::raise(&crate::exceptions::VALUE_ERROR, "sequence.index(x): x not in sequence");
                    return Err(());
                }
                Ok(Value::small(count))
            }
            "itemgetter" => {
                if args.is_empty() {
                    raise_type_error("itemgetter expected 1 argument, got 0");
                    return Err(());
                }
                Ok(native::new(&ITEMGETTER_TYPE, itemgetter_call, getter_repr, args.to_vec(), Vec::new(), Vec::new()))
            }
            "attrgetter" => {
                if args.is_empty() {
                    raise_type_error("attrgetter expected 1 argument, got 0");
                    return Err(());
                }
                let mut names = Vec::new();
                for &a in args {
                    if a.kind() != Kind::Str {
                        raise_type_error("attribute name must be a string");
                        return Err(());
                    }
                    names.push(str::as_str(a).to_string());
                }
                Ok(native::new(&ATTRGETTER_TYPE, attrgetter_call, getter_repr, args.to_vec(), names, Vec::new()))
            }
            _ => {
                // methodcaller(name, *args, **kwargs)
                let Some((&method, rest)) = args.split_first() else {
                    raise_type_error("methodcaller needs at least one argument, the method name");
                    return Err(());
                };
                if method.kind() != Kind::Str {
                    raise_type_error("method name must be a string");
                    return Err(());
                }
                let mut data = vec![method];
                data.extend_from_slice(rest);
                let names = kw.iter().map(|(k, _)| k.to_string()).collect();
                let values = kw.iter().map(|&(_, v)| v).collect();
                Ok(native::new(&METHODCALLER_TYPE, methodcaller_call, methodcaller_repr, data, names, values))
            }
        }
    })();
    result.unwrap_or(Value::NULL)
}

fn no_keywords(o: &NativeObj, kwnames: Value) -> bool {
    if kwnames.is_null() || tuple::items(kwnames).is_empty() {
        return true;
    }
    let short = o.header.ty.name.trim_start_matches("operator.");
    raise_type_error(&format!("{short}() takes no keyword arguments"));
    false
}

fn one_argument(o: &NativeObj, args: &[Value]) -> bool {
    if args.len() == 1 {
        return true;
    }
    let short = o.header.ty.name.trim_start_matches("operator.");
    raise_type_error(&format!("{short} expected 1 argument, got {}", args.len()));
    false
}

fn itemgetter_call(o: &NativeObj, args: &[Value], kwnames: Value) -> Value {
    if !no_keywords(o, kwnames) || !one_argument(o, args) {
        return Value::NULL;
    }
    if let [item] = o.data[..] {
        return ops::getitem(args[0], item);
    }
    let mut out = Vec::with_capacity(o.data.len());
    for &item in &o.data {
        let v = ops::getitem(args[0], item);
        if v.is_null() {
            return v;
        }
        out.push(v);
    }
    tuple::new(out)
}

fn attrgetter_call(o: &NativeObj, args: &[Value], kwnames: Value) -> Value {
    if !no_keywords(o, kwnames) || !one_argument(o, args) {
        return Value::NULL;
    }
    let get = |path: &str| {
        let mut v = args[0];
        for part in path.split('.') {
            v = crate::func::getattr(v, part);
            if v.is_null() {
                break;
            }
        }
        v
    };
    if let [path] = &o.names[..] {
        return get(path);
    }
    let mut out = Vec::with_capacity(o.names.len());
    for path in &o.names {
        let v = get(path);
        if v.is_null() {
            return v;
        }
        out.push(v);
    }
    tuple::new(out)
}

fn methodcaller_call(o: &NativeObj, args: &[Value], kwnames: Value) -> Value {
    if !no_keywords(o, kwnames) || !one_argument(o, args) {
        return Value::NULL;
    }
    let mut all = o.data[1..].to_vec();
    all.extend_from_slice(&o.kwvalues);
    let names =
        if o.names.is_empty() { Value::NULL } else { tuple::new(o.names.iter().map(|n| str::new_str(n)).collect()) };
    crate::func::call_method(args[0], str::as_str(o.data[0]), &all, names)
}

fn getter_repr(o: &NativeObj) -> Result<String, ()> {
    let items: Result<Vec<String>, ()> = o.data.iter().map(|&v| repr::repr_string(v)).collect();
    Ok(format!("{}({})", o.header.ty.name, items?.join(", ")))
}

fn methodcaller_repr(o: &NativeObj) -> Result<String, ()> {
    let mut parts: Vec<String> = Vec::new();
    for &v in &o.data {
        parts.push(repr::repr_string(v)?);
    }
    for (k, &v) in o.names.iter().zip(&o.kwvalues) {
        parts.push(format!("{k}={}", repr::repr_string(v)?));
    }
    Ok(format!("operator.methodcaller({})", parts.join(", ")))
}
