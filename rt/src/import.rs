//! The program's own modules (DESIGN.md §7): importing them — a module's body runs once, at
//! its first import, after its packages' bodies — and their attributes, which are the
//! module's variables (the words compiled code reads and writes) plus any attribute other
//! code gives it.

use crate::cell::Global;
use crate::exceptions::{self, bytes_str, raise};
use crate::modules::{MODULE_TYPE, ModuleObj};
use crate::object::{Header, Kind, Value, new_object};
use crate::{dict, str};

/// What codegen emits for each module of the program.
#[repr(C)]
pub struct ModuleDesc {
    name: *const u8,
    name_len: usize,
    file: *const u8,
    file_len: usize,
    /// The docstring (null when there is none).
    doc: *const u8,
    doc_len: usize,
    /// The module's body: `None`, or null when it raised.
    body: extern "C" fn() -> Value,
    /// The package of a submodule (null for a top-level module).
    parent: *const ModuleDesc,
    /// `nglobals` (pointer, length) names of the module's variables, and the address of each.
    names: *const Name,
    slots: *const *mut Value,
    nglobals: usize,
    /// 1: a package; 2: a namespace package (`file` is its directory).
    package: usize,
    /// Where the module object lives once its import has started (null before).
    object: *mut Value,
}

/// A module variable's name: (pointer, length) of its UTF-8 text.
#[repr(C)]
#[derive(Clone, Copy)]
struct Name {
    ptr: *const u8,
    len: usize,
}

// SAFETY: the runtime is single-threaded; descriptors are immutable apart from `object`.
unsafe impl Sync for ModuleDesc {}

/// The mutable part of a program module object.
pub struct ModuleState {
    /// Attributes that are not module variables (set from outside), or null.
    attrs: Value,
    /// Its body is running (an import cycle can see it half made).
    initialising: bool,
}

impl ModuleState {
    /// A native module's (unused) state.
    pub const NATIVE: ModuleState = ModuleState { attrs: Value::NULL, initialising: false };
}

impl ModuleDesc {
    pub fn name(&self) -> &'static str {
        bytes_str(self.name, self.name_len)
    }

    fn file(&self) -> &'static str {
        bytes_str(self.file, self.file_len)
    }

    fn object(&self) -> Value {
        // SAFETY: codegen points `object` at a word of its own.
        unsafe { *self.object }
    }

    fn set_object(&self, m: Value) {
        // SAFETY: as in `object`; single-threaded.
        unsafe { *self.object = m }
    }

    /// The address of module variable `name`.
    fn slot(&self, name: &str) -> Option<*mut Value> {
        (0..self.nglobals).find_map(|i| {
            // SAFETY: codegen emits `nglobals` names and slots.
            let n = unsafe { *self.names.add(i) };
            (bytes_str(n.ptr, n.len) == name).then(|| unsafe { *self.slots.add(i) })
        })
    }

    /// The module's variables that are bound, in definition order.
    fn bound_variables(&self) -> Vec<(&'static str, Value)> {
        (0..self.nglobals)
            .filter_map(|i| {
                // SAFETY: as in `slot`.
                let n = unsafe { *self.names.add(i) };
                let v = unsafe { **self.slots.add(i) };
                let name = bytes_str(n.ptr, n.len);
                (!v.is_null() && !name.contains('.')).then_some((name, v))
            })
            .collect()
    }
}

/// The descriptor of a program module object (None for a native module).
pub fn desc_of(m: Value) -> Option<&'static ModuleDesc> {
    // SAFETY: callers check the kind.
    unsafe { m.obj::<ModuleObj>() }.program
}

fn state(m: Value) -> &'static Global<ModuleState> {
    // SAFETY: callers check the kind.
    &unsafe { m.obj::<ModuleObj>() }.state
}

/// `import NAME` of a module of the program: its module object, running its body (after
/// importing its package) on the first import. A body that raises leaves the module not
/// imported, so a later import runs it again, as CPython's removal from `sys.modules` does.
#[unsafe(no_mangle)]
pub extern "C" fn krait_import_module(desc: &'static ModuleDesc) -> Value {
    let m = desc.object();
    if !m.is_null() {
        return m;
    }
    // SAFETY: codegen emits a valid parent pointer or null.
    let parent = unsafe { desc.parent.as_ref() };
    if let Some(p) = parent {
        if krait_import_module(p).is_null() {
            return Value::NULL;
        }
        // The package's body may have imported this module.
        if !desc.object().is_null() {
            return desc.object();
        }
    }
    let m = new_object(ModuleObj {
        header: Header { ty: &MODULE_TYPE },
        name: desc.name(),
        getattr: |_| None,
        names: &[],
        program: Some(desc),
        state: Global::new(ModuleState { attrs: Value::NULL, initialising: true }),
    });
    desc.set_object(m);
    if (desc.body)().is_null() {
        desc.set_object(Value::NULL);
        return Value::NULL;
    }
    state(m).with(|s| s.initialising = false);
    // The package gets the submodule as an attribute once it has run.
    if let Some(p) = parent {
        let last = desc.name().rsplit('.').next().unwrap_or_default();
        set_attribute(p.object(), p, last, m);
    }
    m
}

/// `from module import name`: the attribute, importing submodule `sub` first when the module
/// lacks the name; CPython's `ImportError` when there is no such attribute.
#[unsafe(no_mangle)]
pub extern "C" fn krait_import_from(module: Value, name: Value, sub: *const ModuleDesc) -> Value {
    let key = str::as_str(name);
    let desc = desc_of(module);
    // SAFETY: codegen passes a descriptor or null.
    if let (Some(d), Some(sub)) = (desc, unsafe { sub.as_ref() })
        && lookup(module, d, key).is_none()
        && krait_import_module(sub).is_null()
    {
        return Value::NULL;
    }
    let v = crate::func::getattr(module, key);
    if !v.is_null() {
        return v;
    }
    if !exceptions::pending().ty().is_subtype(&exceptions::ATTRIBUTE_ERROR) {
        return Value::NULL;
    }
    exceptions::take_pending();
    let (from, location) = match desc {
        Some(d) => (d.name(), d.file()),
        None => (crate::modules::module_name(module), "unknown location"),
    };
    let msg = if desc.is_some() && state(module).with(|s| s.initialising) {
        format!(
            "cannot import name '{key}' from partially initialized module '{from}' (most likely due to a circular import) ({location})"
        )
    } else {
        format!("cannot import name '{key}' from '{from}' ({location})")
    };
    raise(&exceptions::IMPORT_ERROR, &msg)
}

/// One name of `from module import *` of a program module: its attribute, or `old` (the
/// importing module's variable, unchanged) when the module has not bound it. A module with
/// `__all__` (`strict`) must have every name it lists.
#[unsafe(no_mangle)]
pub extern "C" fn krait_import_star_name(module: Value, name: Value, old: Value, strict: bool) -> Value {
    let Some(desc) = desc_of(module) else { return old };
    let key = str::as_str(name);
    match lookup(module, desc, key) {
        Some(v) => v,
        None if strict => getattr(module, desc, key),
        None => old,
    }
}

unsafe extern "C" {
    /// Every module of the program (codegen's table), and how many there are.
    static krait_program_modules: [&'static ModuleDesc; 0];
    static krait_program_module_count: usize;
}

/// Imports the program module `name` (a standard-library helper module in Python that a
/// native module delegates to), or null with `ImportError`.
pub fn by_name(name: &str) -> Value {
    // SAFETY: codegen emits the table with `krait_program_module_count` entries.
    let descs = unsafe {
        core::slice::from_raw_parts(
            core::ptr::addr_of!(krait_program_modules).cast::<&ModuleDesc>(),
            krait_program_module_count,
        )
    };
    match descs.iter().find(|d| d.name() == name) {
        Some(d) => krait_import_module(d),
        None => raise(&exceptions::IMPORT_ERROR, &format!("No module named '{name}'")),
    }
}

/// Attribute `attr` of the program module `module` (see `by_name`).
pub fn attribute_of(module: &str, attr: &str) -> Value {
    let m = by_name(module);
    if m.is_null() { m } else { crate::func::getattr(m, attr) }
}

/// A program module's attribute, without `__getattr__` or errors.
fn lookup(m: Value, desc: &'static ModuleDesc, name: &str) -> Option<Value> {
    if let Some(slot) = desc.slot(name) {
        // SAFETY: codegen's slots are module variables' words.
        let v = unsafe { *slot };
        if !v.is_null() {
            return Some(v);
        }
    }
    let attrs = state(m).with(|s| s.attrs);
    if !attrs.is_null()
        && let Some(v) = crate::class::namespace_get(attrs, name)
    {
        return Some(v);
    }
    let text = |p: *const u8, n: usize| str::new_str(bytes_str(p, n));
    Some(match name {
        "__name__" => text(desc.name, desc.name_len),
        "__file__" if desc.package == 2 => Value::none(),
        "__file__" => text(desc.file, desc.file_len),
        "__doc__" if desc.doc.is_null() => Value::none(),
        "__doc__" => text(desc.doc, desc.doc_len),
        "__package__" if desc.package != 0 => text(desc.name, desc.name_len),
        "__package__" => str::new_str(desc.name().rsplit_once('.').map_or("", |(p, _)| p)),
        "__path__" if desc.package != 0 => {
            let dir = if desc.package == 2 { desc.file() } else { desc.file().rsplit_once('/').map_or("", |(d, _)| d) };
            crate::list::new(vec![str::new_str(dir)])
        }
        "__dict__" => namespace(m, desc),
        _ => return None,
    })
}

/// `module.__dict__`: a dict of the module's bound variables and other attributes (a copy:
/// storing into it does not change the module).
fn namespace(m: Value, desc: &'static ModuleDesc) -> Value {
    let d = dict::new();
    let file = if desc.package == 2 { Value::none() } else { str::new_str(desc.file()) };
    for (k, v) in [("__name__", str::new_str(desc.name())), ("__file__", file)] {
        dict::setitem(d, str::new_str(k), v);
    }
    for (name, v) in desc.bound_variables() {
        dict::setitem(d, str::new_str(name), v);
    }
    let attrs = state(m).with(|s| s.attrs);
    if !attrs.is_null() {
        for e in dict::table(attrs).live() {
            dict::setitem(d, e.key, e.value);
        }
    }
    d
}

/// `module.name` of a program module: its variable, another attribute, or the module's
/// `__getattr__` (PEP 562); else CPython's `AttributeError`.
pub fn getattr(m: Value, desc: &'static ModuleDesc, name: &str) -> Value {
    if let Some(v) = lookup(m, desc, name) {
        return v;
    }
    if let Some(f) = lookup(m, desc, "__getattr__").filter(|_| name != "__getattr__") {
        return crate::func::call(f, &[str::new_str(name)], Value::NULL);
    }
    let module = desc.name();
    let msg = if state(m).with(|s| s.initialising) {
        format!(
            "partially initialized module '{module}' has no attribute '{name}' (most likely due to a circular import)"
        )
    } else {
        format!("module '{module}' has no attribute '{name}'")
    };
    raise(&exceptions::ATTRIBUTE_ERROR, &msg)
}

/// The address of a program module's variable `name` (for inline caches), if it has one.
pub fn variable(m: Value, name: &str) -> Option<*mut Value> {
    desc_of(m)?.slot(name)
}

/// `module.name = value` (or `del module.name` with a null value) of a program module.
pub fn setattr(m: Value, desc: &'static ModuleDesc, name: &str, value: Value) -> Result<(), ()> {
    if let Some(slot) = desc.slot(name) {
        // SAFETY: as in `lookup`.
        let old = unsafe { *slot };
        if value.is_null() && old.is_null() {
            raise(&exceptions::ATTRIBUTE_ERROR, &format!("module '{}' has no attribute '{name}'", desc.name()));
            return Err(());
        }
        // SAFETY: as in `lookup`.
        unsafe { *slot = value };
        return Ok(());
    }
    if value.is_null() {
        let attrs = state(m).with(|s| s.attrs);
        if attrs.is_null() || !dict::delitem(attrs, str::new_str(name)) {
            if !attrs.is_null() {
                exceptions::take_pending();
            }
            raise(&exceptions::ATTRIBUTE_ERROR, &format!("module '{}' has no attribute '{name}'", desc.name()));
            return Err(());
        }
        return Ok(());
    }
    set_attribute(m, desc, name, value);
    Ok(())
}

/// Stores an attribute of a program module: its variable, or another attribute.
fn set_attribute(m: Value, desc: &'static ModuleDesc, name: &str, value: Value) {
    if let Some(slot) = desc.slot(name) {
        // SAFETY: as in `lookup`.
        unsafe { *slot = value };
        return;
    }
    let attrs = state(m).with(|s| {
        if s.attrs.is_null() {
            s.attrs = dict::new();
        }
        s.attrs
    });
    dict::setitem(attrs, crate::class::attr_key(name), value);
}

/// `repr(module)` of a program module.
pub fn repr(desc: &'static ModuleDesc) -> String {
    if desc.package == 2 {
        return format!("<module '{}' (namespace) from ['{}']>", desc.name(), desc.file());
    }
    format!("<module '{}' from '{}'>", desc.name(), desc.file())
}

/// Whether `v` is a module object.
pub fn is_module(v: Value) -> bool {
    !v.is_small_int() && v.kind() == Kind::Module
}
