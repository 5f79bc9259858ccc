//! The names of standard-library modules that CPython 3.12 has and krait does not provide
//! yet. A program using one (`from os import fork`, `statistics.NormalDist(...)`) is rejected
//! at compile time, naming it, rather than failing when it runs.

use crate::builtins::cpython::MODULE_NAMES;
use crate::modules::ModuleTable;

/// The names each native module of rt lacks among CPython's: kept true by the test
/// `driver/tests/unprovided.rs`, which asks a compiled program for every name (and with
/// `KRAIT_BLESS=1` rewrites the file).
mod native {
    include!("unprovided_native.rs");
}

/// CPython 3.12's public names of module `module` (dotted), if krait provides the module.
pub fn cpython_names(module: &str) -> Option<&'static [&'static str]> {
    MODULE_NAMES.iter().find(|(m, _)| *m == module).map(|(_, names)| *names)
}

/// Every module `cpython_names` knows, with its names.
pub fn modules() -> &'static [(&'static str, &'static [&'static str])] {
    MODULE_NAMES
}

/// The names native module `module` lacks, as recorded.
pub fn native_lacks(module: &str) -> &'static [&'static str] {
    native::LACKING.iter().find(|(m, _)| *m == module).map_or(&[], |(_, names)| *names)
}

/// Whether attribute `name` of standard-library module `module` is one CPython has and krait
/// does not: for a module in Python, one its code does not bind at module level.
pub fn is_unprovided(table: &ModuleTable, module: &str, name: &str) -> bool {
    if !cpython_names(module).is_some_and(|names| names.contains(&name)) {
        return false;
    }
    match table.find(module) {
        Some(i) if table.modules[i].frozen => !table.binds(i, name),
        Some(_) => false,
        None => native_lacks(module).contains(&name),
    }
}
