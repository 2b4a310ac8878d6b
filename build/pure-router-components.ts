import MagicString from 'magic-string';
import type { Plugin } from 'vite';

const ROUTER_MODULE = /[\\/]node_modules[\\/]react-router[\\/]dist[\\/]/;
/** `React.forwardRef(` / `React3.memo(`: the namespace names the package's bundler gave React. */
const COMPONENT_CALL = /\bReact\d*\.(?:forwardRef|memo)\(/g;
/** `Form.displayName = "Form";` on a line of its own, at the module's top level. */
const DISPLAY_NAME = /^[\w$]+\.displayName = [^\n]*;$/gm;

/**
 * react-router publishes `Link`, `NavLink` and `Form` as unannotated
 * `React.forwardRef(...)` calls followed by `Form.displayName = "Form"`, so the bundler has
 * to keep `<Form>` and its submit machinery (about 1.3 kB gzip) although this app renders
 * no form route. `forwardRef` and `memo` are pure, and `displayName` only labels components
 * in React DevTools: in that package alone, this marks the calls pure and drops the labels.
 * Written by hand because the kept plugins that add pure annotations match bare function
 * names only, not `React.forwardRef`.
 */
export function pureRouterComponents(): Plugin {
  return {
    name: 'pure-router-components',
    apply: 'build',
    transform: {
      filter: { id: ROUTER_MODULE },
      handler(code, id) {
        const text = new MagicString(code);
        for (const call of code.matchAll(COMPONENT_CALL)) text.appendLeft(call.index, '/* @__PURE__ */ ');
        for (const label of code.matchAll(DISPLAY_NAME)) text.remove(label.index, label.index + label[0].length);
        if (!text.hasChanged()) return null;
        return { code: text.toString(), map: text.generateMap({ source: id, hires: 'boundary' }) };
      },
    },
  };
}
