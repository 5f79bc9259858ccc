//! The object model: values, object headers and type objects (DESIGN.md §4).

use core::fmt;

/// One Python value in one machine word.
///
/// - low bit 1: a small int, the word shifted right by one (63-bit signed);
/// - otherwise: a pointer to an object whose first word is its [`TypeObject`];
/// - 0 (`NULL`): no value: "an exception is pending" when returned, "unbound" in a variable.
#[repr(transparent)]
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Value(pub usize);

/// The smallest and largest ints that fit in a tagged word.
pub const SMALL_MIN: i64 = -(1 << 62);
pub const SMALL_MAX: i64 = (1 << 62) - 1;

impl Value {
    pub const NULL: Value = Value(0);

    #[inline]
    pub fn is_null(self) -> bool {
        self.0 == 0
    }

    #[inline]
    pub fn is_small_int(self) -> bool {
        self.0 & 1 == 1
    }

    /// Tags `i`, which must lie in `SMALL_MIN..=SMALL_MAX`.
    #[inline]
    pub fn small(i: i64) -> Value {
        debug_assert!((SMALL_MIN..=SMALL_MAX).contains(&i));
        Value(((i << 1) | 1) as usize)
    }

    #[inline]
    pub fn as_small(self) -> i64 {
        (self.0 as i64) >> 1
    }

    #[inline]
    pub fn from_ptr<T>(p: *const T) -> Value {
        Value(p as usize)
    }

    #[inline]
    pub fn from_static<T>(r: &'static T) -> Value {
        Value(core::ptr::from_ref(r) as usize)
    }

    /// Views the object behind this value as `T`.
    ///
    /// # Safety
    /// The value must point to an object whose layout is `T`.
    #[inline]
    pub unsafe fn obj<T>(self) -> &'static T {
        // SAFETY: guaranteed by the caller; GC objects live as long as they are reachable,
        // and this reference is on the stack, which the collector scans.
        unsafe { &*(self.0 as *const T) }
    }

    /// As `obj`, mutably.
    ///
    /// # Safety
    /// As `obj`; and no other reference to the object's interior may be live.
    #[inline]
    #[allow(clippy::mut_from_ref)]
    pub unsafe fn obj_mut<T>(self) -> &'static mut T {
        // SAFETY: guaranteed by the caller.
        unsafe { &mut *(self.0 as *mut T) }
    }

    /// The type of this value.
    #[inline]
    pub fn ty(self) -> &'static TypeObject {
        if self.is_small_int() {
            &crate::int::INT_TYPE
        } else {
            // SAFETY: every non-int value points to an object starting with a `Header`.
            unsafe { self.obj::<Header>().ty }
        }
    }

    #[inline]
    pub fn kind(self) -> Kind {
        self.ty().kind
    }

    /// Whether the value's type is exactly `ty` (not a subtype).
    #[inline]
    pub fn has_type(self, ty: &'static TypeObject) -> bool {
        core::ptr::eq(self.ty(), ty)
    }

    pub fn none() -> Value {
        Value::from_static(&NONE)
    }

    pub fn bool(b: bool) -> Value {
        if b { Value::from_static(&TRUE) } else { Value::from_static(&FALSE) }
    }

    pub fn is_none(self) -> bool {
        self == Value::none()
    }

    pub fn type_name(self) -> &'static str {
        self.ty().name
    }
}

impl fmt::Debug for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Value({:#x})", self.0)
    }
}

/// The first word of every object.
#[repr(C)]
pub struct Header {
    pub ty: &'static TypeObject,
}

/// What the runtime needs to know to dispatch on a builtin type without comparing pointers.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Kind {
    Type,
    NoneType,
    Bool,
    Int,
    Float,
    Str,
    /// `bytes` and `bytearray`.
    Bytes,
    List,
    Tuple,
    Dict,
    DictView,
    /// `set` and `frozenset`.
    Set,
    Range,
    Slice,
    Iterator,
    Function,
    BuiltinFunction,
    /// A builtin type's method as a value: bound (`xs.append`) or not (`str.upper`).
    BuiltinMethod,
    Exception,
    File,
    Module,
    NotImplemented,
    /// `Ellipsis` (`...`).
    Ellipsis,
    /// An instance of a user class (`class.rs`).
    Instance,
    /// A function bound to an object (`obj.method`).
    Method,
    /// A `super()` object.
    Super,
    /// A `staticmethod`, `classmethod` or `property` (`class.rs`).
    Descriptor,
    /// A callable object implemented in Rust (`native.rs`).
    Native,
    /// A variable shared between a function and the functions nested in it (`func.rs`).
    Cell,
    /// A plain `object()`: only identity (a sentinel).
    Object,
}

/// A Python type. Builtin types are statics; `base` gives the single-inheritance chain used
/// by `isinstance` and `except` clauses.
#[repr(C)]
pub struct TypeObject {
    pub header: Header,
    pub name: &'static str,
    pub kind: Kind,
    pub base: Option<&'static TypeObject>,
    /// A second base of a builtin type (`ExceptionGroup` derives from `BaseExceptionGroup`
    /// and `Exception`); its MRO follows the base's own classes.
    pub mixin: Option<&'static TypeObject>,
    /// Set for classes a program defines (`class.rs`), which are `ClassObj`s.
    pub user: bool,
    /// For a sealed class (`sealed.rs`), the types of its sealed ancestors from the top down,
    /// its own at its depth: compiled code tests that an instance's class is a sealed class
    /// or one of its sealed subclasses by one entry. Zero elsewhere, and once unsealed.
    pub display: [core::sync::atomic::AtomicUsize; DISPLAY],
}

/// How many sealed ancestors `TypeObject::display` holds (lowering's `classes::DISPLAY`).
pub const DISPLAY: usize = 4;

// Compiled code reads the display at this offset (codegen's `layout.rs`).
const _: () = assert!(core::mem::offset_of!(TypeObject, display) == 56);

/// An empty display.
pub const NO_DISPLAY: [core::sync::atomic::AtomicUsize; DISPLAY] =
    [const { core::sync::atomic::AtomicUsize::new(0) }; DISPLAY];

impl TypeObject {
    pub const fn new(name: &'static str, kind: Kind, base: Option<&'static TypeObject>) -> Self {
        TypeObject {
            header: Header { ty: &TYPE_TYPE },
            name,
            kind,
            base,
            mixin: None,
            user: false,
            display: NO_DISPLAY,
        }
    }

    /// A builtin type with two bases.
    pub const fn with_mixin(
        name: &'static str,
        kind: Kind,
        base: &'static TypeObject,
        mixin: &'static TypeObject,
    ) -> Self {
        TypeObject {
            header: Header { ty: &TYPE_TYPE },
            name,
            kind,
            base: Some(base),
            mixin: Some(mixin),
            user: false,
            display: NO_DISPLAY,
        }
    }

    /// Whether `self` is `other` or derives from it.
    pub fn is_subtype(&'static self, other: &'static TypeObject) -> bool {
        if let Some(c) = crate::class::of_type(self) {
            return crate::class::mro_contains(c, other);
        }
        let mut t = Some(self);
        while let Some(ty) = t {
            if core::ptr::eq(ty, other) || ty.mixin.is_some_and(|m| m.is_subtype(other)) {
                return true;
            }
            t = ty.base;
        }
        false
    }

    /// The MRO of a builtin type: its chain of bases, with a mixin's own classes placed
    /// before the classes it shares with the base (C3 for these hierarchies).
    pub fn builtin_mro(&'static self) -> Vec<&'static TypeObject> {
        let mut chain = vec![self];
        let Some(base) = self.base else { return chain };
        let rest = base.builtin_mro();
        match self.mixin {
            Some(m) => {
                let extra = m.builtin_mro();
                let shared =
                    rest.iter().position(|t| extra.iter().any(|e| core::ptr::eq(*e, *t))).unwrap_or(rest.len());
                chain.extend_from_slice(&rest[..shared]);
                chain.extend(extra.iter().filter(|&&e| !rest[shared..].iter().any(|&t| core::ptr::eq(e, t))));
                chain.extend_from_slice(&rest[shared..]);
            }
            None => chain.extend(rest),
        }
        chain
    }
}

pub static TYPE_TYPE: TypeObject = TypeObject::new("type", Kind::Type, Some(&OBJECT_TYPE));
pub static OBJECT_TYPE: TypeObject = TypeObject::new("object", Kind::Object, None);
pub static NONE_TYPE: TypeObject = TypeObject::new("NoneType", Kind::NoneType, Some(&OBJECT_TYPE));
#[unsafe(export_name = "krait_bool_type")]
pub static BOOL_TYPE: TypeObject = TypeObject::new("bool", Kind::Bool, Some(&crate::int::INT_TYPE));
pub static ELLIPSIS_TYPE: TypeObject = TypeObject::new("ellipsis", Kind::Ellipsis, Some(&OBJECT_TYPE));
pub static NOT_IMPLEMENTED_TYPE: TypeObject =
    TypeObject::new("NotImplementedType", Kind::NotImplemented, Some(&OBJECT_TYPE));

#[repr(C)]
pub struct NoneObj {
    pub header: Header,
}

#[repr(C)]
pub struct BoolObj {
    pub header: Header,
    pub value: bool,
}

/// `None`, `True` and `False` are exported so that generated code can use their addresses.
#[unsafe(export_name = "krait_none")]
pub static NONE: NoneObj = NoneObj { header: Header { ty: &NONE_TYPE } };
#[unsafe(export_name = "krait_true")]
pub static TRUE: BoolObj = BoolObj { header: Header { ty: &BOOL_TYPE }, value: true };
#[unsafe(export_name = "krait_false")]
pub static FALSE: BoolObj = BoolObj { header: Header { ty: &BOOL_TYPE }, value: false };

/// The singletons `NotImplemented` and `Ellipsis` (`...`).
#[unsafe(export_name = "krait_not_implemented")]
pub static NOT_IMPLEMENTED: NoneObj = NoneObj { header: Header { ty: &NOT_IMPLEMENTED_TYPE } };
pub static ELLIPSIS: NoneObj = NoneObj { header: Header { ty: &ELLIPSIS_TYPE } };

/// `object()`: a new object with nothing but its identity.
pub fn new_plain_object() -> Value {
    new_object(NoneObj { header: Header { ty: &OBJECT_TYPE } })
}

/// Allocates a scanned object and returns it as a value.
/// An instance of a class deriving from a builtin container type: the builtin object (its
/// header typed by the class), followed by the instance's attribute dict.
#[repr(C)]
pub struct WithDict<T> {
    pub obj: T,
    pub dict: Value,
}

pub fn new_object<T>(value: T) -> Value {
    Value::from_ptr(crate::gc::alloc(value))
}

/// Allocates an object that holds no GC pointers besides its static type (see
/// `gc::alloc_atomic`: only values point to it).
pub fn new_atomic_object<T>(value: T) -> Value {
    Value::from_ptr(crate::gc::alloc_atomic(value))
}

/// Copies `n` values from an array generated code passed (a dangling pointer when `n` is 0).
///
/// # Safety
/// `ptr` must point to `n` initialised values when `n > 0`.
pub unsafe fn values_from_raw(ptr: *const Value, n: usize) -> Vec<Value> {
    // SAFETY: guaranteed by the caller.
    if n == 0 { Vec::new() } else { unsafe { core::slice::from_raw_parts(ptr, n) }.to_vec() }
}
