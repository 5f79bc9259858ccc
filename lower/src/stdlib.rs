//! Standard-library modules written in Python for krait (DESIGN.md §7), compiled with the
//! programs that import them. Their sources are in `lower/stdlib/`, embedded in the compiler.

/// Each module's name and source.
const MODULES: &[(&str, &str)] = &[
    ("_collections", include_str!("../stdlib/_collections.py")),
    ("_os", include_str!("../stdlib/_os.py")),
    ("_random", include_str!("../stdlib/_random.py")),
    ("_time", include_str!("../stdlib/_time.py")),
    ("argparse", include_str!("../stdlib/argparse.py")),
    ("copy", include_str!("../stdlib/copy.py")),
    ("csv", include_str!("../stdlib/csv.py")),
    ("datetime", include_str!("../stdlib/datetime.py")),
    ("fnmatch", include_str!("../stdlib/fnmatch.py")),
    ("glob", include_str!("../stdlib/glob.py")),
    ("json", include_str!("../stdlib/json.py")),
    ("logging", include_str!("../stdlib/logging.py")),
    ("pathlib", include_str!("../stdlib/pathlib.py")),
    ("re", include_str!("../stdlib/re.py")),
    ("shlex", include_str!("../stdlib/shlex.py")),
    ("shutil", include_str!("../stdlib/shutil.py")),
    ("statistics", include_str!("../stdlib/statistics.py")),
    ("subprocess", include_str!("../stdlib/subprocess.py")),
    ("tempfile", include_str!("../stdlib/tempfile.py")),
    ("textwrap", include_str!("../stdlib/textwrap.py")),
];

/// The source of standard-library module `name`, if krait has it in Python.
pub fn source(name: &str) -> Option<&'static str> {
    MODULES.iter().find(|(n, _)| *n == name).map(|(_, s)| *s)
}

/// Native modules with parts written in Python, and the module holding those parts (rt
/// imports it by name when the native module is asked for them).
const HELPERS: &[(&str, &str)] =
    &[("collections", "_collections"), ("os", "_os"), ("random", "_random"), ("time", "_time")];

/// The helper module in Python a native module needs, if any.
pub fn helper_of(native: &str) -> Option<&'static str> {
    HELPERS.iter().find(|(n, _)| *n == native).map(|(_, h)| *h)
}

/// The names of the modules krait has in Python.
pub fn names() -> impl Iterator<Item = &'static str> {
    MODULES.iter().map(|(n, _)| *n).filter(|n| !n.starts_with('_'))
}
