//! The data definition of MIR. This file only contains datatype declarations; the meaning
//! and invariants of each construct are in its doc comment.
//!
//! A [`Program`] is a set of [`Function`]s, each a control-flow graph of [`BasicBlock`]s over
//! typed [`Local`]s. Every local has a [`Type`]; its representation at run time follows
//! from the type (DESIGN.md §4): `float` is an `f64`, `bool` an `i1`, everything else a
//! `Value` word.
//!
//! Exceptions (DESIGN.md §6): a statement that can raise leaves its block on error. The
//! error edge first records a traceback entry for the statement's line, then continues at
//! the block's `handler`, or returns the error marker from the function when it has none.

use num_bigint::BigInt;

use super::types::Type;

macro_rules! id_type {
    ($(#[$doc:meta])* $name:ident, $prefix:literal) => {
        $(#[$doc])*
        #[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Debug)]
        pub struct $name(pub u32);

        impl $name {
            pub fn index(self) -> usize {
                self.0 as usize
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                write!(f, concat!($prefix, "{}"), self.0)
            }
        }
    };
}

id_type!(/// A function (one specialisation of a `def`, or the module body) in `Program::funcs`.
    FuncId, "fn");
id_type!(/// A basic block in `Function::blocks`.
    BlockId, "bb");
id_type!(/// A local in `Function::locals`.
    LocalId, "_");
id_type!(/// A module-level variable in `Program::globals`.
    GlobalId, "g");
id_type!(/// A sealed class in `Program::classes`.
    ClassId, "class");

/// A whole program: the body of each of its modules and every function specialisation they
/// reach.
#[derive(Debug)]
pub struct Program {
    pub funcs: Vec<Function>,
    pub globals: Vec<Global>,
    /// The script's module body, run by `main`.
    pub main: FuncId,
    /// The script (`__main__`, first) and the modules of the program it imports.
    pub modules: Vec<Module>,
    /// The sealed classes of every module.
    pub classes: Vec<ClassDecl>,
}

/// A *sealed* class: one lowering sees whole (a module-level class statement whose name
/// nothing else binds, with sealed bases and no special attribute machinery). Compiled code
/// takes fast paths for its instances (their inline values at fixed indices, direct calls of
/// its methods), each behind a test of the class's *guard*, a word of the program that rt
/// sets to the class's type when `SealClass` seals it and clears for good when the program
/// changes the class in a way those paths do not expect (rt's `sealed.rs`).
#[derive(Debug, Clone)]
pub struct ClassDecl {
    pub qualname: String,
    /// The attributes its instances keep at fixed indices of their inline values, in the
    /// order its `__init__` gives them; or with `slots`, their slots in rt's order.
    pub keys: Vec<String>,
    /// Every class of its MRO declares `__slots__` (without `__dict__`): instances keep their
    /// attributes in their slots (null while unset), after their floats.
    pub slots: bool,
    /// Per key, whether instances keep a float beside it for compiled code to store floats
    /// unboxed (`shadows::float_attributes`). Instances hold these floats right after their
    /// header, then their inline values (or slots).
    pub floats: Vec<bool>,
    /// No code of the program gives an attribute a name that is not a key of one of its
    /// module's sealed classes: instances need no room beyond their keys.
    pub tight: bool,
    /// Its base, when that is a sealed class (of the same module).
    pub base: Option<ClassId>,
    /// How many sealed classes are above it (through `base`), when fewer than rt's display of
    /// sealed ancestors holds: an instance of it or of a sealed subclass has its type at this
    /// depth of the display of its type, which tests membership of its subtree in one load.
    pub depth: Option<u32>,
}

/// A case of `Terminator::SwitchClass`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ClassCase {
    pub class: ClassId,
    /// The class's sealed subclasses too (its *subtree*, tested by rt's display of sealed
    /// ancestors: `ClassDecl::depth`).
    pub subclasses: bool,
    pub block: BlockId,
}

/// An attribute at a fixed index of the inline values of a sealed class's instances.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Field {
    pub class: ClassId,
    pub index: u32,
}

/// One module of the program: its body runs at its first import (the script's at start-up).
#[derive(Debug)]
pub struct Module {
    /// `__main__` for the script, else the dotted name it is imported by.
    pub name: String,
    /// The file's path as tracebacks and `__file__` show it.
    pub path: String,
    /// The source, embedded for traceback lines.
    pub source: String,
    /// A standard-library module krait provides in Python: tracebacks show no source lines
    /// for it (as CPython's for frozen modules).
    pub frozen: bool,
    pub body: FuncId,
    /// A package (`__init__.py`).
    pub package: bool,
    /// A namespace package (a directory without `__init__.py`; `path` is the directory).
    pub namespace: bool,
    /// The package a submodule belongs to (index into `Program::modules`).
    pub parent: Option<usize>,
    /// Its module variables, which other modules reach as its attributes.
    pub globals: Vec<GlobalId>,
    pub doc: Option<String>,
}

/// A module-level variable. Unbound (null) until first assigned.
#[derive(Debug)]
pub struct Global {
    pub name: String,
}

/// What a function is, for its generic entry and its traceback name.
#[derive(Debug, Clone, PartialEq)]
pub enum FuncKind {
    /// The module body: no parameters, returns `None`.
    Module,
    /// A specialisation of a `def`. Exactly one specialisation per `def`, the one whose
    /// parameters are all `Dyn`, is `generic`: it gets the generic entry that function
    /// objects call.
    Def { generic: bool },
}

#[derive(Debug)]
pub struct Function {
    /// The name a traceback shows (`<module>` for the module body).
    pub name: String,
    pub qualname: String,
    pub kind: FuncKind,
    /// Parameter names, in order; the parameters are locals `_0 .. _n`: the positional ones,
    /// the keyword-only ones, then `*args` and `**kwargs` if present.
    pub param_names: Vec<String>,
    /// The parameter kinds, packed as rt's `FuncInfo::shape` (0 for plain positional ones).
    pub shape: u64,
    /// The docstring (`__doc__`), if the body starts with one.
    pub doc: Option<String>,
    /// The variables of enclosing functions this one uses (sorted, as CPython's
    /// `co_freevars`). When there are any, the function takes its closure, a tuple of their
    /// cells in this order, as a hidden last parameter: local `_n` for `n` parameters.
    pub freevars: Vec<String>,
    /// A generator function (its body contains `yield`): calling it makes a generator
    /// object that owns the locals in a heap frame, and the body runs as the generator is
    /// resumed. Its return type is `Dyn` (the generator); `return v` sets `StopIteration.value`.
    pub generator: bool,
    pub ret: Type,
    pub locals: Vec<LocalDecl>,
    pub blocks: Vec<BasicBlock>,
    /// Execution starts at `bb0`.
    pub entry: BlockId,
    /// First line of the `def`, for diagnostics.
    pub line: u32,
    /// The class bodies this function runs (their names): each is a frame of its own in
    /// tracebacks, as CPython runs a class body as a function.
    pub class_frames: Vec<String>,
    /// The module whose code this is (index into `Program::modules`).
    pub module: usize,
    /// No call the compiler sees reaches it (`passes::mark_cold`): compiled without
    /// optimisation, to save compile time.
    pub cold: bool,
}

#[derive(Debug, Clone)]
pub struct LocalDecl {
    /// The Python variable this local holds, if any (temporaries have none).
    pub name: Option<String>,
    pub ty: Type,
}

/// The source location of an operation, as a traceback shows it: the line, the byte range
/// of the expression it evaluates, and for binary operators and subscripts the byte range
/// `(left_end, right_start)` between the two operands (CPython's "anchors").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Span {
    pub line: u32,
    pub start: u32,
    pub end: u32,
    pub anchor: Option<(u32, u32)>,
}

#[derive(Debug, Clone)]
pub struct BasicBlock {
    pub stmts: Vec<Statement>,
    /// Source location of each statement (side table, parallel to `stmts`).
    pub spans: Vec<Span>,
    pub term: Terminator,
    pub term_span: Span,
    /// Where an exception raised in this block goes: an `except`/`finally` dispatch block,
    /// or `None` to return the error to the caller.
    pub handler: Option<BlockId>,
    /// The class body (index into `Function::class_frames`) this block's code belongs to.
    pub frame: Option<u32>,
}

/// A compile-time constant.
#[derive(Debug, Clone, PartialEq)]
pub enum Constant {
    Int(BigInt),
    Float(f64),
    Bool(bool),
    None,
    Str(String),
    Bytes(Vec<u8>),
}

impl Constant {
    pub fn ty(&self) -> Type {
        match self {
            Constant::Int(_) => Type::Int,
            Constant::Float(_) => Type::Float,
            Constant::Bool(_) => Type::Bool,
            Constant::None => Type::None,
            Constant::Str(_) => Type::Str,
            Constant::Bytes(_) => Type::Bytes,
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum Operand {
    Local(LocalId),
    Const(Constant),
}

/// Binary operators; discriminants are shared with rt's `ops::BinOp`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u32)]
pub enum BinOp {
    Add = 0,
    Sub = 1,
    Mul = 2,
    TrueDiv = 3,
    FloorDiv = 4,
    Mod = 5,
    Pow = 6,
    LShift = 7,
    RShift = 8,
    BitAnd = 9,
    BitOr = 10,
    BitXor = 11,
    MatMul = 12,
}

/// Rich comparisons; discriminants are shared with rt's `ops::CmpOp`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u32)]
pub enum CmpOp {
    Eq = 0,
    Ne = 1,
    Lt = 2,
    Le = 3,
    Gt = 4,
    Ge = 5,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnaryOp {
    Neg,
    Pos,
    Invert,
}

/// A conversion in an f-string replacement field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Conversion {
    None,
    Str,
    Repr,
    Ascii,
}

/// Who a call goes to.
#[derive(Debug, Clone, PartialEq)]
pub enum Callee {
    /// A compiled function specialisation, called with its native signature. Arguments
    /// are already bound to parameters (one operand per parameter, types equal).
    Direct(FuncId),
    /// A builtin function by name (`krait_builtin_NAME` in rt), generic convention.
    Builtin(String),
    /// Any callable value, generic convention.
    Value(Operand),
}

/// A computation producing a value. Each variant says whether it can raise.
#[derive(Debug, Clone, PartialEq)]
pub enum Rvalue {
    /// The operand itself. Never raises. Between two `Value` word types it reinterprets the
    /// value (lowering knows an item of a `str` is a `str`).
    Use(Operand),
    /// Converts a typed operand to the `Dyn` representation (boxing a float or bool).
    /// Never raises.
    Box(Operand),
    /// A `Dyn` operand known to hold exactly a float (or bool) object, as the destination's
    /// unboxed type. Never raises.
    Unbox(Operand),
    /// `float(i)` for an `int` operand; raises `OverflowError` for huge ints.
    IntToFloat(Operand),
    /// Whether a `Dyn` operand is a small int (so it can be used as an `int`) → `bool`.
    /// Never raises.
    IsSmallInt(Operand),
    /// Whether a `Dyn` operand is exactly of the builtin type (not a subclass), so that it
    /// can be used as that type → `bool`. Never raises. `int` includes big ints; the type is
    /// one of `int`, `float`, `bool`, `str`, `bytes`, `list`, `tuple`, `dict`, `set`.
    IsExact(Type, Operand),
    /// A `Dyn` operand as the `float` a `math` function takes (CPython's
    /// `PyFloat_AsDouble`: a float, an int, an object with `__float__` or `__index__`).
    /// Raises `TypeError` ("must be real number, not T") or `OverflowError`.
    AsFloat(Operand),
    /// `math.func(x)` of one of the `math` module's float functions of one float
    /// (`typing::MATH_UNARY`; `func` is its index there) on a `float` operand → `float`.
    /// Raises as the function does (`ValueError: math domain error`, `OverflowError`).
    MathUnary(u32, Operand),
    /// `a op b`. Both operands `int` → `int` (or `float` for `/`); both `float`
    /// → `float`; otherwise both `Dyn` → `Dyn` via rt. Raises as Python does.
    Binary(BinOp, Operand, Operand),
    /// `a op= b`: like `Binary` but mutates lists and dicts in place (`Dyn` operands only).
    InPlace(BinOp, Operand, Operand),
    /// Unary `-`, `+`, `~` on an `int`, `float` or `Dyn` operand.
    Unary(UnaryOp, Operand),
    /// `a op b`. Typed numeric operands give `bool` directly; otherwise `Dyn` operands and
    /// the result type decides: `bool` via `krait_compare_bool`, `Dyn` via `krait_compare`.
    Compare(CmpOp, Operand, Operand),
    /// `a is b` → `bool`. Never raises.
    Is(Operand, Operand),
    /// `item in container` → `bool`.
    Contains {
        container: Operand,
        item: Operand,
    },
    /// `bool(x)` → `bool`.
    Truth(Operand),
    /// `not x` for a `bool` operand. Never raises.
    Not(Operand),
    /// Reads a module variable; raises `NameError` if it is unbound.
    LoadGlobal(GlobalId),
    /// A builtin (function or type) as a value; raises `NameError` for unknown names.
    LoadBuiltin(String),
    Call {
        callee: Callee,
        args: Vec<Operand>,
        kwnames: Vec<String>,
    },
    /// `callee(*args, **kw)` where `args` is a list of the positional arguments built at run
    /// time and `kwvalues` are the keyword arguments named `kwnames`.
    CallStar {
        callee: Operand,
        args: Operand,
        kwnames: Vec<String>,
        kwvalues: Vec<Operand>,
    },
    /// `obj.name(args)`. A failed lookup of the method is reported at `attr_span` (the
    /// `obj.name` part), a failure inside the call at the statement's span.
    CallMethod {
        obj: Operand,
        name: String,
        args: Vec<Operand>,
        kwnames: Vec<String>,
        attr_span: Span,
    },
    /// `obj.name`. For an instance of one of the sealed classes of `fields` that has the
    /// attribute inline, read at its index (the guard of the class tested first); anything
    /// else through rt.
    GetAttr {
        obj: Operand,
        name: String,
        fields: Vec<Field>,
    },
    /// Whether the guard of sealed class `class` holds → `bool`. Never raises.
    ClassSealed(ClassId),
    /// Whether `obj` is a number of a builtin type exactly (a small int, an `int`, `bool` or
    /// `float` object, or an unboxed float), whose operators return `NotImplemented` for an
    /// instance of a user class → `bool`. Never raises.
    IsNumber(Operand),
    /// Whether `obj` is `NotImplemented` → `bool`. Never raises.
    IsNotImplemented(Operand),
    /// A new instance of the sealed class `cls` (its value), without attributes, for a call
    /// of the class whose guard holds (its `__init__` is called next). Never raises.
    NewInstance(Operand),
    GetItem {
        obj: Operand,
        index: Operand,
    },
    /// `len(list)` of a `list` operand, an `int`. Never raises.
    ListLen(Operand),
    /// `list[index]` of a `list` operand with an `int` index, without dispatching on the
    /// container. The destination's type is the element type lowering has proven (a private
    /// list's), `Dyn` when unknown; a `float` destination reads the element unboxed. Raises
    /// `IndexError`.
    ListItem {
        list: Operand,
        index: Operand,
    },
    /// `obj[start:stop:step]`; `None` for an omitted bound.
    GetSlice {
        obj: Operand,
        start: Option<Operand>,
        stop: Option<Operand>,
        step: Option<Operand>,
    },
    /// A `slice` object for `x[a:b:c] = v` and `del x[a:b:c]`; `None` for an omitted bound.
    BuildSlice {
        start: Option<Operand>,
        stop: Option<Operand>,
        step: Option<Operand>,
    },
    BuildList(Vec<Operand>),
    BuildTuple(Vec<Operand>),
    /// Key/value pairs in order.
    BuildDict(Vec<(Operand, Operand)>),
    /// A set from a display's items; `origin` says how CPython builds it, which decides the
    /// table's layout and so the iteration order.
    BuildSet {
        items: Vec<Operand>,
        origin: SetOrigin,
    },
    /// One replacement field of an f-string → `str`.
    Format {
        value: Operand,
        conversion: Conversion,
        spec: Option<Operand>,
    },
    /// Concatenation of `str` pieces → `str`.
    BuildString(Vec<Operand>),
    /// `iter(x)`.
    Iter(Operand),
    /// A function object for the generic specialisation `func`, with default values for its
    /// last parameters and the cells of its free variables (`Function::freevars`, in order).
    /// Never raises.
    MakeFunction {
        func: FuncId,
        defaults: Vec<Operand>,
        closure: Vec<Operand>,
    },
    /// A new, empty cell (a variable that nested functions share). Never raises.
    NewCell,
    /// The cell of free variable `index` from the function's closure. Never raises.
    ClosureCell(u32),
    /// The value in a cell (`Dyn`). Raises when it is empty: `UnboundLocalError` for the
    /// function's own variable `name`, `NameError` for a free one (`free`).
    CellGet {
        cell: Operand,
        name: String,
        free: bool,
    },
    /// `import name` of a native module.
    Import(String),
    /// `import name` of a module of the program (index into `Program::modules`): the module
    /// object, after running its body (and its packages' bodies first) if this is its first
    /// import. Raises what the body raises.
    ImportModule(u32),
    /// `from module import name` → `Dyn`: the attribute, after importing the submodule
    /// `module.name` (index into `Program::modules`) if there is one and the module lacks the
    /// attribute. Raises `ImportError` when the module has no such attribute.
    ImportFrom {
        module: Operand,
        name: String,
        submodule: Option<u32>,
    },
    /// The value a suspended generator was resumed with (`None` for `next()`, the argument
    /// of `send()`): the first statement of each block a `Yield` resumes at. Raises the
    /// exception `throw()` delivers, unless `delegate` (the yield of a `yield from`): the
    /// value is then null with the exception pending, for `_yield_from_step` to pass on.
    Resume {
        delegate: bool,
    },
    /// Entering an `except`/`finally` block: takes the pending exception (`Dyn`).
    /// Never raises.
    BeginHandler,
    /// `except cls` test of exception `exc` → `bool`. Raises if `cls` is not an exception
    /// class.
    ExcMatches {
        exc: Operand,
        cls: Operand,
    },
}

#[derive(Debug, Clone, PartialEq)]
pub enum Statement {
    /// Evaluates the rvalue into the local; the rvalue's type equals the local's.
    Assign(LocalId, Rvalue),
    /// Evaluates the rvalue for its effect.
    Eval(Rvalue),
    /// Stores a `Dyn` operand into a module variable. Never raises.
    StoreGlobal(GlobalId, Operand),
    /// `obj.name = value`: into the inline value at its index for an instance of one of the
    /// sealed classes of `fields` that has it or gets it next (the guard tested first),
    /// anything else through rt's `setattr`.
    SetAttr {
        obj: Operand,
        name: String,
        value: Operand,
        fields: Vec<Field>,
    },
    /// Seals class `cls`, just made by the class statement of sealed class `class`
    /// (`ClassDecl`): rt gives it its keys and sets its guard. Never raises.
    SealClass {
        class: ClassId,
        cls: Operand,
    },
    /// Unbinds a module variable (`del x`); raises `NameError` if unbound.
    DeleteGlobal(GlobalId),
    /// Raises `UnboundLocalError` (or `NameError` at module level) if the `Dyn` local is
    /// unbound. Removed by the definite-assignment pass where the local is always bound.
    CheckBound(LocalId),
    /// Unbinds a `Dyn` local (`del x`, the `as` name after an `except` block).
    Unbind(LocalId),
    /// Raises the `TypeError` of `a op b` (`a op= b` with `inplace`) whose operands' methods
    /// returned `NotImplemented` (a sealed class's method called directly, `classes.rs`).
    UnsupportedBinary {
        op: BinOp,
        a: Operand,
        b: Operand,
        inplace: bool,
    },
    /// Raises `KeyboardInterrupt` if Ctrl-C (SIGINT) arrived: once per iteration of a loop
    /// that may run long (`scope::polls_interrupt`).
    PollInterrupt,
    /// Records that the pending exception passes through this frame at this statement
    /// (leaving a class body for the code that runs the class statement).
    TracebackEntry,
    /// Stores a `Dyn` value into a cell. Never raises.
    CellSet {
        cell: Operand,
        value: Operand,
    },
    /// The list in `list` (a `list` local, or unbound) is one nothing can reach any more (a
    /// private list at the function's return, `scope::lists_dead_at_return`): its storage
    /// goes back to the collector now, and the list is left empty. Never raises.
    ReleaseList(LocalId),
    /// Empties a cell (`del x` of a shared variable, after `CellGet` checked it is bound).
    /// Never raises.
    CellClear(Operand),
    SetItem {
        obj: Operand,
        index: Operand,
        value: Operand,
    },
    /// `obj[start:stop:step] = value` (`bounds`, `None` where omitted). With `from`, the value
    /// stored is `value[from]`, a slice of a `list` into a `list` `obj` by `int` bounds, its
    /// items copied without the list between (lowering makes it only where taking that slice
    /// last instead of first cannot show).
    SetSlice {
        obj: Operand,
        bounds: [Option<Operand>; 3],
        value: Operand,
        from: Option<[Option<Operand>; 3]>,
    },
    /// `list[index] = value` of a `list` operand with an `int` index; a `float` value is
    /// stored unboxed where the list holds only floats. Raises `IndexError`.
    SetListItem {
        list: Operand,
        index: Operand,
        value: Operand,
    },
    /// `list.append(value)` of a `list` operand (a `float` value unboxed, as for
    /// `SetListItem`). Never raises.
    ListAppend {
        list: Operand,
        value: Operand,
    },
    DelItem {
        obj: Operand,
        index: Operand,
    },
    /// `a, b = value`: unpacks exactly `targets.len()` items into `Dyn` locals.
    Unpack {
        value: Operand,
        targets: Vec<LocalId>,
    },
    /// Leaving an `except`/`finally` block (normally or by a new exception). Never raises.
    EndHandler,
    /// `from module import *` of a program module: each name the module has bound goes into
    /// its module variable here (the others are left as they are). `strict` (the module has
    /// `__all__`): a name it lacks raises `AttributeError`.
    ImportStar {
        module: Operand,
        names: Vec<(String, GlobalId)>,
        strict: bool,
    },
}

#[derive(Debug, Clone, PartialEq)]
pub enum RaiseKind {
    /// `raise exc` → records a traceback entry.
    New(Operand),
    /// `raise exc from cause` → records a traceback entry.
    From(Operand, Operand),
    /// Bare `raise` inside a handler: the handled exception again, traceback unchanged.
    Reraise,
    /// A handler that did not match, or the end of a `finally` after an exception: the
    /// exception `exc` propagates again (and stops being "handled").
    Resume(Operand),
    /// The pending exception keeps propagating (cleanup blocks).
    Propagate,
    /// `assert` failure: raises `AssertionError(msg)`.
    Assertion(Option<Operand>),
}

#[derive(Debug, Clone, PartialEq)]
pub enum Terminator {
    Goto(BlockId),
    /// `cond` is a `bool` operand.
    Branch {
        cond: Operand,
        then: BlockId,
        otherwise: BlockId,
    },
    /// Returns the operand, whose type is the function's return type.
    Return(Operand),
    /// Advances iterator `iter` (a `Dyn` local from `Rvalue::Iter`): the item goes to
    /// `target` and control to `body`, or to `exit` when exhausted. Can raise.
    IterNext {
        iter: LocalId,
        target: LocalId,
        body: BlockId,
        exit: BlockId,
    },
    /// Suspends a generator, producing the `Dyn` value; it continues at `resume` when resumed.
    Yield {
        value: Operand,
        resume: BlockId,
    },
    /// Continues at the block of the first case `obj` is an instance of, when the instance's
    /// attributes are its inline values (no `__dict__`): of exactly the case's sealed class,
    /// or with `subclasses` of it or one of its sealed subclasses, while that class's guard
    /// holds (it is as its statement made it, so its methods are the ones lowering saw).
    /// Anything else continues at `otherwise`. Never raises.
    SwitchClass {
        obj: Operand,
        cases: Vec<ClassCase>,
        otherwise: BlockId,
    },
    /// Returns what specialisation `func` of the same Python function returns for `args`
    /// (one per parameter, types equal): the function hands its whole call over. An
    /// exception from it passes through without an entry for this frame (the callee's frame
    /// is this call's), and the call does not count twice against the recursion limit.
    Delegate {
        func: FuncId,
        args: Vec<Operand>,
    },
    /// Leaves the block by an exception: to the handler, or out of the function.
    Raise(RaiseKind),
    /// Never reached (placeholder of a block under construction, or after a call that
    /// always raises).
    Unreachable,
}

/// How CPython 3.12 builds a set display (the codes are rt's `krait_set_new` modes).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SetOrigin {
    /// `BUILD_SET`: the items added in order.
    Display = 0,
    /// A frozenset constant (constants iterated over or searched with `in`): the compiler
    /// builds it, then rebuilds it from its own iteration order when merging constants.
    Constant = 1,
    /// A display of three or more constants: that constant merged into a new set.
    ConstantDisplay = 2,
}
