import Handlebars from "handlebars/runtime";

/**
 * What `handlebars` (the full package) means in the task pane's bundle: an alias in vite.taskpane.config.ts. The
 * render uses Handlebars' runtime when every part has a build-time compiled form, which the pane always gives it
 * (precompiled-templates.ts), and loads the compiler only for a part without one. The pane could not use a
 * compiler anyway (its CSP forbids the eval a compile needs), so instead of shipping one, this environment says
 * why, should a build ever be out of step with its templates.
 */
const notHere = (what: string) => () => {
  throw new Error(`the task pane has no Handlebars ${what}: its templates are compiled when the add-in is built`);
};
type Environment = typeof Handlebars & Record<"parse" | "compile" | "precompile", unknown>;
function withoutCompiler(env: Environment): Environment {
  env.parse = notHere("parser");
  env.compile = notHere("compiler");
  env.precompile = notHere("compiler");
  return env;
}
// Its own environment: the runtime's default one, which renders the compiled templates, is left as it is.
const pane = withoutCompiler(Handlebars.create() as Environment);
pane.create = () => withoutCompiler(Handlebars.create() as Environment);

export default pane;
