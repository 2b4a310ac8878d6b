import { build, type Plugin, type Rolldown } from 'vite';
import { describe, expect, it } from 'vitest';
import { pureRouterComponents } from './pure-router-components.ts';

/** The build of a module that uses react-router's <Link> and nothing else of the router. */
async function bundleLinkOnly(plugins: Plugin[]): Promise<string> {
  const entry: Plugin = {
    name: 'link-only-entry',
    resolveId: (id) => (id === 'link-only' ? '\0link-only' : null),
    load: (id) => (id === '\0link-only' ? "import { Link } from 'react-router-dom';\nconsole.log(Link);" : null),
  };
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    plugins: [entry, ...plugins],
    build: {
      write: false,
      minify: false,
      rolldownOptions: { input: 'link-only', external: [/^react(-dom)?($|\/)/] },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
  return outputs
    .flatMap((output) => output.output)
    .map((file) => (file.type === 'chunk' ? file.code : ''))
    .join('\n');
}

describe('pureRouterComponents', () => {
  it("lets a build that uses <Link> drop react-router's <Form> and its submit code", async () => {
    const without = await bundleLinkOnly([]);
    const withPlugin = await bundleLinkOnly([pureRouterComponents()]);

    // The installed react-router keeps <Form> alive on its own: what the plugin is for.
    expect(without).toContain('function useSubmit(');
    expect(withPlugin).not.toContain('function useSubmit(');
    expect(withPlugin).not.toContain('.displayName =');
    // <Link> itself is still there.
    expect(withPlugin).toMatch(/\bLink = \/\* @__PURE__ \*\/ React\d*\.forwardRef\(/);
  }, 30_000);
});
