import Handlebars from "handlebars/runtime";

/**
 * What `handlebars` means in the task pane's bundle (an alias in vite.taskpane.config.ts): Handlebars' runtime,
 * without the parser and code generator the full package adds. The pane renders only templates compiled at build
 * time (precompiled-templates.ts), and its CSP would forbid compiling anyway. Should a part ever miss the compiled
 * map (a build out of step with its templates), the render says so instead of calling what is not there.
 */
const notHere = (what: string) => () => {
  throw new Error(`the task pane has no Handlebars ${what}: its templates are compiled when the add-in is built`);
};
type Environment = typeof Handlebars & Record<"parse" | "compile" | "precompile", unknown>;
function withoutCompiler(env: Environment): Environment {
  env.parse ??= notHere("parser");
  env.compile ??= notHere("compiler");
  env.precompile ??= notHere("compiler");
  return env;
}
const pane = withoutCompiler(Handlebars as Environment);
// The render makes its own environment per report (Handlebars.create()): those say it too.
const create = pane.create;
pane.create = () => withoutCompiler(create() as Environment);

export default pane;
