//! The `match` statement (PEP 634): each `case` tests its pattern against the subject,
//! collecting the values of its captures in temporaries; only a pattern that matches as a
//! whole binds them (before its guard runs), as CPython does.

use ruff_python_ast::{self as ast, Pattern};
use ruff_text_size::Ranged;

use super::{FnBuilder, Val};
use crate::mir::{BlockId, Callee, CmpOp, Constant, LocalId, Operand, Rvalue, Statement, Terminator, Type};

/// The captures of a pattern: each name with the temporary holding its value.
type Captures = Vec<(String, LocalId)>;

impl<'a> FnBuilder<'_, 'a> {
    pub(super) fn lower_match(&mut self, m: &'a ast::StmtMatch) {
        let subject = self.lower_expr(&m.subject);
        let subject = self.to_dyn(subject);
        let subject_local = self.temp(Type::Dyn);
        self.emit(Statement::Assign(subject_local, Rvalue::Use(subject)));
        let subject = Operand::Local(subject_local);
        let after = self.new_block();
        let last = m.cases.len() - 1;
        for (i, case) in m.cases.iter().enumerate() {
            self.check_reachable(&case.pattern, case.guard.is_some() || i == last);
        }
        for case in &m.cases {
            self.set_line(case.pattern.range());
            let next = self.new_block();
            let mut captures = Vec::new();
            self.match_pattern(&case.pattern, subject.clone(), next, &mut captures);
            for (name, t) in captures {
                self.store_name(&name, Val { op: Operand::Local(t), ty: Type::Dyn });
            }
            if let Some(guard) = &case.guard {
                let g = self.lower_expr(guard);
                let cond = self.truth(g);
                let body = self.new_block();
                self.terminate(Terminator::Branch { cond, then: body, otherwise: next });
                self.switch_to(body);
            }
            self.lower_body(&case.body);
            self.goto(after);
            self.switch_to(next);
        }
        self.goto(after);
        self.switch_to(after);
    }

    /// Continues in the current block if `p` matches `subject`, else goes to `fail`.
    fn match_pattern(&mut self, p: &'a Pattern, subject: Operand, fail: BlockId, captures: &mut Captures) {
        self.at(p.range());
        match p {
            Pattern::MatchValue(v) => {
                let value = self.lower_expr(&v.value);
                let value = self.to_dyn(value);
                self.at(p.range());
                let eq = self.assign(Rvalue::Compare(CmpOp::Eq, subject, value), Type::Dyn);
                let cond = self.truth(eq);
                self.continue_if(cond, fail);
            }
            Pattern::MatchSingleton(s) => {
                let c = match s.value {
                    ast::Singleton::None => Constant::None,
                    ast::Singleton::True => Constant::Bool(true),
                    ast::Singleton::False => Constant::Bool(false),
                };
                let value = self.to_dyn(Val::constant(c));
                let cond = self.assign(Rvalue::Is(subject, value), Type::Bool).op;
                self.continue_if(cond, fail);
            }
            Pattern::MatchAs(a) => {
                if let Some(inner) = &a.pattern {
                    self.match_pattern(inner, subject.clone(), fail, captures);
                }
                if let Some(name) = &a.name {
                    self.capture(name.as_str(), subject, captures);
                }
            }
            Pattern::MatchStar(s) => {
                if let Some(name) = &s.name {
                    self.capture(name.as_str(), subject, captures);
                }
            }
            Pattern::MatchOr(o) => self.match_or(o, subject, fail, captures),
            Pattern::MatchSequence(s) => {
                let star = s.patterns.iter().position(|p| matches!(p, Pattern::MatchStar(_)));
                let (before, after) = match star {
                    Some(i) => (i, s.patterns.len() - i - 1),
                    None => (s.patterns.len(), 0),
                };
                let count = |n: usize| Operand::Const(Constant::Int((n as i64).into()));
                let star_flag = self.to_dyn(Val::constant(Constant::Bool(star.is_some())));
                let args = vec![subject, count(before), count(after), star_flag];
                let items = self.match_helper("_match_sequence", args, fail);
                self.match_items(&s.patterns.iter().collect::<Vec<_>>(), items, fail, captures);
            }
            Pattern::MatchMapping(m) => {
                let mut keys = Vec::new();
                let mut literals: Vec<Constant> = Vec::new();
                for k in &m.keys {
                    let v = self.lower_expr(k);
                    // Literal keys are checked for duplicates when compiling (value patterns
                    // when matching, by rt).
                    if let Operand::Const(c) = &v.op {
                        if literals.iter().any(|seen| same_key(seen, c)) {
                            let msg = format!("mapping pattern checks duplicate key ({})", python_repr(c));
                            self.syntax_error(&msg, k);
                        }
                        literals.push(c.clone());
                    }
                    keys.push(self.to_dyn(v));
                }
                self.at(p.range());
                let keys = self.assign(Rvalue::BuildTuple(keys), Type::Tuple).op;
                let rest = self.to_dyn(Val::constant(Constant::Bool(m.rest.is_some())));
                let values = self.match_helper("_match_mapping", vec![subject, keys, rest], fail);
                // With `**rest`, the helper's tuple ends with the dict of the other items.
                let temps = self.unpack(values, m.patterns.len() + usize::from(m.rest.is_some()));
                for (p, t) in m.patterns.iter().zip(&temps) {
                    self.match_pattern(p, Operand::Local(*t), fail, captures);
                }
                if let (Some(r), Some(&t)) = (&m.rest, temps.last()) {
                    self.capture(r.as_str(), Operand::Local(t), captures);
                }
            }
            Pattern::MatchClass(c) => {
                let cls = self.lower_expr(&c.cls);
                let cls = self.to_dyn(cls);
                let names: Vec<Operand> =
                    c.arguments.keywords.iter().map(|k| Operand::Const(Constant::Str(k.attr.to_string()))).collect();
                self.at(p.range());
                let names = self.assign(Rvalue::BuildTuple(names), Type::Tuple).op;
                let npos = Operand::Const(Constant::Int((c.arguments.patterns.len() as i64).into()));
                let values = self.match_helper("_match_class", vec![subject, cls, npos, names], fail);
                let patterns: Vec<&Pattern> =
                    c.arguments.patterns.iter().chain(c.arguments.keywords.iter().map(|k| &k.pattern)).collect();
                self.match_items(&patterns, values, fail, captures);
            }
        }
    }

    /// `p1 | p2 | ...`: the first alternative that matches; each binds the same names, into
    /// shared temporaries.
    fn match_or(&mut self, o: &'a ast::PatternMatchOr, subject: Operand, fail: BlockId, captures: &mut Captures) {
        let mut names = std::collections::BTreeSet::new();
        crate::scope::pattern_names(&o.patterns[0], &mut names);
        let shared: Vec<(String, LocalId)> = names.into_iter().map(|n| (n, self.temp(Type::Dyn))).collect();
        let matched = self.new_block();
        for (i, alt) in o.patterns.iter().enumerate() {
            let next = if i + 1 == o.patterns.len() { fail } else { self.new_block() };
            let mut alt_captures = Vec::new();
            self.match_pattern(alt, subject.clone(), next, &mut alt_captures);
            for (name, t) in alt_captures {
                if let Some((_, s)) = shared.iter().find(|(n, _)| *n == name) {
                    self.emit(Statement::Assign(*s, Rvalue::Use(Operand::Local(t))));
                }
            }
            self.goto(matched);
            if next != fail {
                self.switch_to(next);
            }
        }
        self.switch_to(matched);
        captures.extend(shared);
    }

    /// Calls an rt matching helper; `None` from it means no match (to `fail`), else its
    /// tuple of the values the sub-patterns match against.
    fn match_helper(&mut self, helper: &str, args: Vec<Operand>, fail: BlockId) -> Operand {
        let callee = Callee::Builtin(helper.into());
        let r = self.assign(Rvalue::Call { callee, args, kwnames: Vec::new() }, Type::Dyn);
        let none = self.to_dyn(Val::none());
        let no = self.assign(Rvalue::Is(r.op.clone(), none), Type::Bool);
        let yes = self.assign(Rvalue::Not(no.op), Type::Bool).op;
        self.continue_if(yes, fail);
        r.op
    }

    /// Matches each pattern against the corresponding item of the tuple `items`.
    fn match_items(&mut self, patterns: &[&'a Pattern], items: Operand, fail: BlockId, captures: &mut Captures) {
        let temps = self.unpack(items, patterns.len());
        for (p, t) in patterns.iter().zip(temps) {
            self.match_pattern(p, Operand::Local(t), fail, captures);
        }
    }

    /// The `n` items of a tuple a helper returned, in temporaries.
    fn unpack(&mut self, items: Operand, n: usize) -> Vec<LocalId> {
        let temps: Vec<LocalId> = (0..n).map(|_| self.temp(Type::Dyn)).collect();
        if n > 0 {
            self.emit(Statement::Unpack { value: items, targets: temps.clone() });
        }
        temps
    }

    fn capture(&mut self, name: &str, value: Operand, captures: &mut Captures) {
        let t = self.temp(Type::Dyn);
        self.emit(Statement::Assign(t, Rvalue::Use(value)));
        captures.push((name.to_string(), t));
    }

    /// Continues in a fresh block when `cond` holds, else goes to `fail`.
    fn continue_if(&mut self, cond: Operand, fail: BlockId) {
        let ok = self.new_block();
        self.terminate(Terminator::Branch { cond, then: ok, otherwise: fail });
        self.switch_to(ok);
    }
}

impl FnBuilder<'_, '_> {
    /// CPython's compile-time check that no pattern makes the ones after it unreachable: an
    /// irrefutable pattern (a capture or `_`) is allowed only as the last case (or one with a
    /// guard), the last alternative of an or-pattern that is itself allowed one, or inside a
    /// sequence, mapping or class pattern.
    fn check_reachable(&mut self, p: &Pattern, allow: bool) {
        match p {
            Pattern::MatchAs(a) if a.pattern.is_none() && !allow => {
                let msg = match &a.name {
                    Some(name) => format!("name capture '{name}' makes remaining patterns unreachable"),
                    None => "wildcard makes remaining patterns unreachable".to_string(),
                };
                self.syntax_error(&msg, p);
            }
            Pattern::MatchAs(a) => {
                if let Some(inner) = &a.pattern {
                    self.check_reachable(inner, allow);
                }
            }
            Pattern::MatchOr(o) => {
                let last = o.patterns.len() - 1;
                for (i, alt) in o.patterns.iter().enumerate() {
                    self.check_reachable(alt, allow && i == last);
                }
            }
            Pattern::MatchSequence(s) => s.patterns.iter().for_each(|q| self.check_reachable(q, true)),
            Pattern::MatchMapping(m) => m.patterns.iter().for_each(|q| self.check_reachable(q, true)),
            Pattern::MatchClass(c) => {
                let args = &c.arguments;
                args.patterns.iter().for_each(|q| self.check_reachable(q, true));
                args.keywords.iter().for_each(|k| self.check_reachable(&k.pattern, true));
            }
            _ => {}
        }
    }
}

/// Whether two literal keys are the same dict key (`1`, `1.0` and `True` are).
fn same_key(a: &Constant, b: &Constant) -> bool {
    use num_traits::ToPrimitive;
    let number = |c: &Constant| match c {
        Constant::Int(i) => i.to_f64(),
        Constant::Float(x) => Some(*x),
        Constant::Bool(b) => Some(f64::from(u8::from(*b))),
        _ => None,
    };
    match (a, b) {
        (Constant::Int(x), Constant::Int(y)) => x == y,
        _ if number(a).is_some() && number(b).is_some() => number(a) == number(b),
        _ => a == b,
    }
}

/// A literal key as Python's `repr` shows it.
fn python_repr(c: &Constant) -> String {
    let quoted = |s: &str, prefix: &str| {
        let quote = if s.contains('\'') && !s.contains('"') { '"' } else { '\'' };
        let mut out = format!("{prefix}{quote}");
        for ch in s.chars() {
            match ch {
                '\\' => out.push_str("\\\\"),
                '\n' => out.push_str("\\n"),
                '\r' => out.push_str("\\r"),
                '\t' => out.push_str("\\t"),
                c if c == quote => {
                    out.push('\\');
                    out.push(c);
                }
                c if (c as u32) < 0x20 || c as u32 == 0x7f || (!prefix.is_empty() && c as u32 > 0x7f) => {
                    out.push_str(&format!("\\x{:02x}", c as u32))
                }
                c => out.push(c),
            }
        }
        out.push(quote);
        out
    };
    match c {
        Constant::Str(s) => quoted(s, ""),
        Constant::Bytes(b) => quoted(&b.iter().map(|&x| x as char).collect::<String>(), "b"),
        other => other.to_string(),
    }
}
