//! minhbach's patch: the calls of a function whose result depends on its
//! arguments alone, made once when the templates are ready rather than at each
//! render. minhbach's `t(key="…")` is called some sixty times a page with
//! literal arguments, and each call built an argument map, looked the message
//! up and copied it: for 30,000 pages that was several per cent of a build.

use std::collections::HashMap;

use serde_json::{Number, Value};

use crate::builtins::functions::Function;
use crate::parser::ast::{Expr, ExprVal, FunctionCall, Node};
use crate::tera::Tera;

impl Tera {
    /// Replaces every call of the function registered as `name` whose
    /// arguments are all literals by the string it gives, as if the template
    /// had that string literal in its place.
    ///
    /// Only for a function that gives the same value for the same arguments
    /// every time, and that is not marked safe: a string literal is escaped as
    /// an unsafe function's result is, so the output is unchanged. A call that
    /// fails, or gives anything but a string, is left to fail or give it at
    /// render time, with the error it has always had.
    pub fn fold_calls(&mut self, name: &str) {
        let Some(function) = self.functions.get(name).cloned() else {
            return;
        };
        if function.is_safe() {
            return;
        }
        let fold = Fold { name, function: &*function };
        for template in self.templates.values_mut() {
            fold.nodes(&mut template.ast);
            // A macro's defaults are literals already.
            for definition in template.macros.values_mut() {
                fold.nodes(&mut definition.body);
            }
            for block in template.blocks.values_mut() {
                fold.nodes(&mut block.body);
            }
            for chain in template.blocks_definitions.values_mut() {
                for (_, block) in chain {
                    fold.nodes(&mut block.body);
                }
            }
        }
    }
}

struct Fold<'f> {
    name: &'f str,
    function: &'f dyn Function,
}

impl Fold<'_> {
    fn nodes(&self, nodes: &mut [Node]) {
        for node in nodes {
            self.node(node);
        }
    }

    fn node(&self, node: &mut Node) {
        match node {
            Node::VariableBlock(_, expr) => self.expr(expr),
            Node::MacroDefinition(_, definition, _) => self.nodes(&mut definition.body),
            Node::Set(_, set) => self.expr(&mut set.value),
            Node::FilterSection(_, section, _) => {
                self.call_args(&mut section.filter);
                self.nodes(&mut section.body);
            }
            Node::Block(_, block, _) => self.nodes(&mut block.body),
            Node::Forloop(_, forloop, _) => {
                self.expr(&mut forloop.container);
                self.nodes(&mut forloop.body);
                if let Some(empty) = &mut forloop.empty_body {
                    self.nodes(empty);
                }
            }
            Node::If(conditions, _) => {
                for (_, condition, body) in &mut conditions.conditions {
                    self.expr(condition);
                    self.nodes(body);
                }
                if let Some((_, body)) = &mut conditions.otherwise {
                    self.nodes(body);
                }
            }
            Node::Super
            | Node::Text(_)
            | Node::Extends(..)
            | Node::Include(..)
            | Node::ImportMacro(..)
            | Node::Raw(..)
            | Node::Break(_)
            | Node::Continue(_)
            | Node::Comment(..) => {}
        }
    }

    fn expr(&self, expr: &mut Expr) {
        self.val(&mut expr.val);
        for filter in &mut expr.filters {
            self.call_args(filter);
        }
    }

    fn call_args(&self, call: &mut FunctionCall) {
        for arg in call.args.values_mut() {
            self.expr(arg);
        }
    }

    fn val(&self, val: &mut ExprVal) {
        match val {
            ExprVal::FunctionCall(call) => {
                // Arguments first: a call given a folded call's string has
                // literal arguments in turn.
                self.call_args(call);
                if call.name == self.name {
                    if let Some(text) = self.made(call) {
                        *val = ExprVal::String(text);
                    }
                }
            }
            ExprVal::MacroCall(call) => {
                for arg in call.args.values_mut() {
                    self.expr(arg);
                }
            }
            ExprVal::Array(items) => {
                for item in items {
                    self.expr(item);
                }
            }
            ExprVal::StringConcat(concat) => {
                // A call in a concatenation stays: its result asks for the
                // whole to be escaped, and a literal's does not.
                for value in &mut concat.values {
                    match value {
                        ExprVal::FunctionCall(call) => self.call_args(call),
                        other => self.val(other),
                    }
                }
            }
            ExprVal::In(condition) => {
                self.expr(&mut condition.lhs);
                self.expr(&mut condition.rhs);
            }
            ExprVal::Math(math) => {
                self.expr(&mut math.lhs);
                self.expr(&mut math.rhs);
            }
            ExprVal::Logic(logic) => {
                self.expr(&mut logic.lhs);
                self.expr(&mut logic.rhs);
            }
            ExprVal::Test(test) => {
                for arg in &mut test.args {
                    self.expr(arg);
                }
            }
            ExprVal::String(_)
            | ExprVal::Int(_)
            | ExprVal::Float(_)
            | ExprVal::Bool(_)
            | ExprVal::Ident(_) => {}
        }
    }

    /// The string `call` gives, when its arguments are literals.
    fn made(&self, call: &FunctionCall) -> Option<String> {
        let mut args = HashMap::with_capacity(call.args.len());
        for (name, arg) in &call.args {
            args.insert(name.clone(), literal(arg)?);
        }
        match self.function.call(&args) {
            Ok(Value::String(text)) => Some(text),
            _ => None,
        }
    }
}

/// The value of a literal written as an argument, as the renderer makes it.
fn literal(expr: &Expr) -> Option<Value> {
    if expr.negated || !expr.filters.is_empty() {
        return None;
    }
    match &expr.val {
        ExprVal::String(text) => Some(Value::String(text.clone())),
        ExprVal::Int(n) => Some(Value::Number((*n).into())),
        ExprVal::Float(n) => Number::from_f64(*n).map(Value::Number),
        ExprVal::Bool(b) => Some(Value::Bool(*b)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use std::collections::HashMap;
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::sync::Arc;

    use serde_json::Value;

    use crate::{Context, Result, Tera};

    /// "<" and the arguments, counting its calls.
    struct Shout(Arc<AtomicUsize>);

    impl crate::Function for Shout {
        fn call(&self, args: &HashMap<String, Value>) -> Result<Value> {
            self.0.fetch_add(1, Ordering::SeqCst);
            let mut names: Vec<_> = args.iter().map(|(k, v)| format!("{k}={v}")).collect();
            names.sort();
            match args.get("fail") {
                Some(_) => Err("asked to fail".into()),
                None => Ok(Value::String(format!("<{}>", names.join(",")))),
            }
        }
    }

    fn tera(templates: &[(&str, &str)]) -> (Tera, Arc<AtomicUsize>) {
        let mut tera = Tera::default();
        tera.add_raw_templates(templates.iter().copied()).unwrap();
        let calls = Arc::new(AtomicUsize::new(0));
        tera.register_function("shout", Shout(Arc::clone(&calls)));
        (tera, calls)
    }

    #[test]
    fn folded_calls_render_as_before_and_are_not_called_again() {
        let templates = [
            ("macros.html", "{% macro m(a, b=\"d\") %}[{{ a }}{{ b }}{{ shout(k=2) }}]{% endmacro m %}"),
            ("base.html", "{% block main %}{{ shout(k=\"base\") }}{% endblock main %}"),
            (
                "page.html",
                "{% extends \"base.html\" %}{% import \"macros.html\" as m %}{% block main %}\
                 {{ shout(k=\"a\") }}|{{ shout(k=1.5, b=true) | upper }}|{{ m::m(a=shout(k=\"x\")) }}|\
                 {% if shout(k=\"c\") == '<k=\"c\">' %}yes{% endif %}|\
                 {{ \"p-\" ~ shout(k=\"d\") }}|{{ shout(k=shout(k=\"e\")) }}|\
                 {% for i in [1, 2] %}{{ shout(k=i) }}{% endfor %}|{% set v = shout(k=3) %}{{ v }}|\
                 {{ super() }}{% endblock main %}",
            ),
            ("plain.txt", "{{ shout(k=\"a\") }}"),
        ];
        let (before, _) = tera(&templates);
        let (mut after, calls) = tera(&templates);
        after.fold_calls("shout");
        let folded = calls.load(Ordering::SeqCst);
        let context = Context::new();
        for name in ["page.html", "plain.txt"] {
            assert_eq!(
                after.render(name, &context).unwrap(),
                before.render(name, &context).unwrap(),
                "{name}"
            );
        }
        // Only `shout(k=i)`, whose argument is a variable, is called at
        // render time (twice), and the call in the concatenation (once).
        assert_eq!(calls.load(Ordering::SeqCst), folded + 3);
        assert!(after.render("page.html", &context).unwrap().contains("&lt;k=&quot;a&quot;&gt;"));
        assert!(after.render("plain.txt", &context).unwrap().starts_with("<k="));
    }

    #[test]
    fn a_failing_call_still_fails_at_render_time() {
        let templates = [("page.html", "{{ shout(fail=true) }}")];
        let (mut tera, _) = tera(&templates);
        tera.fold_calls("shout");
        let error = tera.render("page.html", &Context::new()).unwrap_err();
        let chain = format!("{:?}", error);
        assert!(chain.contains("asked to fail"), "{chain}");
    }
}
