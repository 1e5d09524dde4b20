use crate::errors::{Error, Result};
use crate::parser::ast::MacroDefinition;
use crate::template::Template;
use crate::tera::Tera;

// Types around Macros get complicated, simplify it a bit by using aliases

/// minhbach's patch: { template => { namespace => the template defining its
/// macros } }, by name. Tera made the namespaces of a template and of every
/// template it imports, includes or extends afresh for each render, cloning
/// maps as it went: 2 % of a site's build of 30,000 pages. They depend on the
/// templates alone, so `Tera::build_inheritance_chains` now works them out
/// once for every template (`Tera::macro_namespaces`), with the same rules.
pub type MacroNamespaceNames = crate::FxHashMap<String, crate::FxHashMap<String, String>>;

/// Collection of all macro templates by file
#[derive(Clone, Debug)]
pub struct MacroCollection<'a> {
    tera: &'a Tera,
    /// The namespaces of templates missing from `tera.macro_namespaces`: a
    /// template added without `build_inheritance_chains`, or whose imports
    /// were missing then.
    others: MacroNamespaceNames,
}

/// Adds the namespaces of `template` to `names`, with those of the templates
/// it imports and extends: its own imports first, then those of its imports
/// that it does not name itself, then those of its parents that it lacks.
///
/// Macro templates can import other macro templates so the macro loading needs to
/// happen recursively.
pub fn add_namespaces(
    tera: &Tera,
    template: &Template,
    names: &mut MacroNamespaceNames,
) -> Result<()> {
    if names.contains_key(&template.name) {
        return Ok(());
    }
    let mut own = crate::FxHashMap::default();
    if !template.macros.is_empty() {
        own.insert("self".to_string(), template.name.clone());
    }
    for (filename, namespace) in &template.imported_macro_files {
        let macro_tpl = tera.get_template(filename)?;
        own.insert(namespace.clone(), filename.clone());
        add_namespaces(tera, macro_tpl, names)?;
        // We need to load the macros loaded in our macros in our namespace as well, unless we override it
        for (namespace, defining) in &names[&macro_tpl.name] {
            own.entry(namespace.clone()).or_insert_with(|| defining.clone());
        }
    }
    // In before its parents are read, as Tera had it: a parent that imports
    // its child finds it there.
    names.insert(template.name.clone(), own);
    for parent in &template.parents {
        let parent_template = tera.get_template(parent)?;
        add_namespaces(tera, parent_template, names)?;
        // We need to load the parent macros in our namespace as well, unless we override it
        let inherited: Vec<(String, String)> = names[&parent_template.name]
            .iter()
            .map(|(namespace, defining)| (namespace.clone(), defining.clone()))
            .collect();
        let own = names.get_mut(&template.name).expect("inserted above");
        for (namespace, defining) in inherited {
            own.entry(namespace).or_insert(defining);
        }
    }
    Ok(())
}

impl<'a> MacroCollection<'a> {
    pub fn from_original_template(tpl: &'a Template, tera: &'a Tera) -> MacroCollection<'a> {
        let mut macro_collection =
            MacroCollection { tera, others: MacroNamespaceNames::default() };

        macro_collection
            .add_macros_from_template(tpl)
            .expect("Couldn't load macros from base template");

        macro_collection
    }

    /// Add macros from parsed template to `MacroCollection`
    pub fn add_macros_from_template(&mut self, template: &'a Template) -> Result<()> {
        if self.tera.macro_namespaces.contains_key(&template.name) {
            return Ok(());
        }
        add_namespaces(self.tera, template, &mut self.others)
    }

    pub fn lookup_macro(
        &self,
        template_name: &'a str,
        macro_namespace: &'a str,
        macro_name: &'a str,
    ) -> Result<(&'a str, &'a MacroDefinition)> {
        let namespace = self
            .tera
            .macro_namespaces
            .get(template_name)
            .or_else(|| self.others.get(template_name))
            .and_then(|namespace_map| namespace_map.get(macro_namespace));

        if let Some(defining) = namespace {
            let macro_template = self.tera.get_template(defining)?;

            if let Some(m) =
                macro_template.macros.get(macro_name).map(|md| (&macro_template.name[..], md))
            {
                Ok(m)
            } else {
                Err(Error::msg(format!(
                    "Macro `{}::{}` not found in template `{}`",
                    macro_namespace, macro_name, template_name
                )))
            }
        } else {
            Err(Error::msg(format!(
                "Macro namespace `{}` was not found in template `{}`. Have you maybe forgotten to import it, or misspelled it?",
                macro_namespace, template_name
            )))
        }
    }
}
