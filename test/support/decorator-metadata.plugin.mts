import ts from "typescript-transpiler";
import type { Plugin } from "vite";

/**
 * Compiles the project's TypeScript for vitest with TypeScript's own transpiler, which emits the
 * decorator metadata type-graphql and TypeORM read (STACK.md: esbuild/oxc do not). TypeScript 7,
 * which builds the server, has no JavaScript API, so the 5.x compiler serves here under an alias;
 * it is pure JavaScript, unlike SWC, whose platform binaries not every registry mirrors.
 */
export function decoratorMetadata(): Plugin {
  return {
    name: "ts-decorator-metadata",
    enforce: "pre",
    transform(code, id) {
      if (!id.endsWith(".ts") || id.includes("/node_modules/")) return null;
      const out = ts.transpileModule(code, {
        fileName: id,
        compilerOptions: {
          target: ts.ScriptTarget.ES2022,
          module: ts.ModuleKind.ESNext,
          experimentalDecorators: true,
          emitDecoratorMetadata: true,
          useDefineForClassFields: false,
          sourceMap: true,
          inlineSources: true,
        },
      });
      return { code: out.outputText, map: out.sourceMapText ? JSON.parse(out.sourceMapText) : null };
    },
  };
}
