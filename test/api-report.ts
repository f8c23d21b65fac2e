import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

/** The workspace root (this file sits in test/). */
export const root = fileURLToPath(new URL('..', import.meta.url));

/** One public entry point: a package subpath and the source file tsup builds it from. */
export interface EntryPoint {
  /** The specifier an integrator imports, e.g. `@rolefit/core/testing`. */
  specifier: string;
  /** The source file, relative to the workspace root. */
  source: string;
}

/** A package's entry points, from its package.json `exports` and the entries of its tsup.config.ts. */
export interface PackageEntryPoints {
  name: string;
  directory: string;
  entries: EntryPoint[];
}

/** Reads the `entry` object literal handed to `packageConfig(...)` in a package's tsup.config.ts. */
function tsupEntries(configFile: string): Record<string, string> {
  const text = readFileSync(configFile, 'utf8');
  const file = ts.createSourceFile(configFile, text, ts.ScriptTarget.Latest, true);
  const entries: Record<string, string> = {};
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'packageConfig') {
      const first = node.arguments[0];
      if (first && ts.isObjectLiteralExpression(first)) {
        for (const property of first.properties) {
          if (!ts.isPropertyAssignment(property) || !ts.isStringLiteralLike(property.initializer)) continue;
          const key =
            ts.isIdentifier(property.name) || ts.isStringLiteralLike(property.name) ? property.name.text : undefined;
          if (key !== undefined) entries[key] = property.initializer.text;
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return entries;
}

/** Every published package with the entry point behind each `exports` subpath (`./package.json` aside). */
export function packageEntryPoints(): PackageEntryPoints[] {
  const packagesDirectory = join(root, 'packages');
  return readdirSync(packagesDirectory)
    .filter((name) => existsSync(join(packagesDirectory, name, 'package.json')))
    .sort()
    .map((folder) => {
      const directory = join(packagesDirectory, folder);
      const manifest = JSON.parse(readFileSync(join(directory, 'package.json'), 'utf8')) as {
        name: string;
        exports: Record<string, unknown>;
      };
      const entries = tsupEntries(join(directory, 'tsup.config.ts'));
      const points: EntryPoint[] = [];
      for (const [subpath, target] of Object.entries(manifest.exports)) {
        if (subpath === './package.json') continue;
        const imported = JSON.stringify(target).match(/"\.\/dist\/([^"]+)\.js"/)?.[1];
        const source = imported === undefined ? undefined : entries[imported];
        if (source === undefined)
          throw new Error(`${manifest.name}: exports "${subpath}" names no tsup entry (${JSON.stringify(target)})`);
        points.push({
          specifier: subpath === '.' ? manifest.name : `${manifest.name}/${subpath.slice(2)}`,
          source: relative(root, join(directory, source)),
        });
      }
      return { name: manifest.name, directory: relative(root, directory), entries: points };
    });
}

const typeFlags =
  ts.TypeFormatFlags.NoTruncation |
  ts.TypeFormatFlags.UseAliasDefinedOutsideCurrentScope |
  ts.TypeFormatFlags.WriteArrowStyleSignature;
/**
 * Longest type text written in full inside a signature or a member; longer ones (a schema's inferred object type,
 * repeated wherever a Job or Resume appears) are cut, deterministically. Type aliases themselves are written in full.
 */
const maxTypeText = 400;

function clip(text: string, limit = maxTypeText): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > limit ? `${flat.slice(0, limit)} …(${flat.length} characters)` : flat;
}

function typeText(
  checker: ts.TypeChecker,
  type: ts.Type,
  at: ts.Node | undefined,
  extra = ts.TypeFormatFlags.None,
  limit = maxTypeText,
): string {
  return clip(checker.typeToString(type, at, typeFlags | extra), limit);
}

function signatureText(checker: ts.TypeChecker, signature: ts.Signature, at: ts.Node | undefined): string {
  return clip(checker.signatureToString(signature, at, typeFlags & ~ts.TypeFormatFlags.WriteArrowStyleSignature));
}

function isHidden(declaration: ts.Declaration): boolean {
  const flags = ts.getCombinedModifierFlags(declaration);
  if (flags & (ts.ModifierFlags.Private | ts.ModifierFlags.Protected)) return true;
  const name = ts.getNameOfDeclaration(declaration);
  return name !== undefined && ts.isPrivateIdentifier(name);
}

// A well-known symbol member is named "__@asyncIterator@4485" inside the compiler, with an id that moves whenever
// any other file changes; the report writes it as TypeScript does, "[Symbol.asyncIterator]".
function memberName(property: ts.Symbol): string {
  return property.name.replace(/^__@(\w+)@\d+$/, '[Symbol.$1]');
}

function memberLines(checker: ts.TypeChecker, type: ts.Type, at: ts.Node, prefix = ''): string[] {
  const lines: string[] = [];
  for (const property of [...checker.getPropertiesOfType(type)].sort((a, b) =>
    memberName(a).localeCompare(memberName(b)),
  )) {
    const declaration = property.valueDeclaration ?? property.declarations?.[0];
    if (declaration !== undefined && isHidden(declaration)) continue;
    if (property.name === 'prototype') continue;
    const optional = property.flags & ts.SymbolFlags.Optional ? '?' : '';
    const readonly =
      declaration !== undefined && ts.getCombinedModifierFlags(declaration) & ts.ModifierFlags.Readonly
        ? 'readonly '
        : '';
    const propertyType = checker.getTypeOfSymbolAtLocation(property, at);
    if (property.flags & ts.SymbolFlags.Method) {
      // An optional method's type is `method | undefined`: its signatures are those of the method.
      for (const signature of checker.getNonNullableType(propertyType).getCallSignatures())
        lines.push(`  ${prefix}${memberName(property)}${optional}${signatureText(checker, signature, at)};`);
    } else {
      lines.push(`  ${prefix}${readonly}${memberName(property)}${optional}: ${typeText(checker, propertyType, at)};`);
    }
  }
  for (const signature of type.getCallSignatures()) lines.push(`  ${prefix}${signatureText(checker, signature, at)};`);
  for (const signature of type.getConstructSignatures())
    if (prefix === '') lines.push(`  new ${signatureText(checker, signature, at)};`);
  for (const info of checker.getIndexInfosOfType(type))
    lines.push(`  ${prefix}[key: ${typeText(checker, info.keyType, at)}]: ${typeText(checker, info.type, at)};`);
  return lines;
}

function typeParameters(declaration: ts.Declaration): string {
  const parameters = (declaration as { typeParameters?: ts.NodeArray<ts.TypeParameterDeclaration> }).typeParameters;
  return parameters && parameters.length > 0
    ? `<${parameters.map((parameter) => parameter.getText().replace(/\s+/g, ' ')).join(', ')}>`
    : '';
}

/** The lines that describe one exported name. */
function describeSymbol(checker: ts.TypeChecker, name: string, exported: ts.Symbol, typeOnly: boolean): string[] {
  const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
  const declarations = symbol.declarations ?? [];
  const lines: string[] = [];
  const typeOnlyNote = typeOnly && symbol.flags & ts.SymbolFlags.Value ? ' // type only' : '';
  for (const declaration of declarations) {
    // Functions (overloads included) are written below, one line per call signature.
    if (ts.isFunctionDeclaration(declaration)) continue;
    if (ts.isClassDeclaration(declaration)) {
      const abstract = ts.getCombinedModifierFlags(declaration) & ts.ModifierFlags.Abstract ? 'abstract ' : '';
      const heritage = (declaration.heritageClauses ?? [])
        .map((clause) => ` ${clause.getText().replace(/\s+/g, ' ')}`)
        .join('');
      lines.push(`${abstract}class ${name}${typeParameters(declaration)}${heritage} {${typeOnlyNote}`);
      const staticType = checker.getTypeOfSymbolAtLocation(symbol, declaration);
      for (const signature of staticType.getConstructSignatures()) {
        if (signature.declaration && isHidden(signature.declaration)) continue;
        lines.push(`  constructor${signatureText(checker, signature, declaration).replace(/: [^:]+$/, '')};`);
      }
      lines.push(
        ...memberLines(checker, staticType, declaration, 'static ').filter((line) => !line.startsWith('  static new ')),
      );
      lines.push(...memberLines(checker, checker.getDeclaredTypeOfSymbol(symbol), declaration));
      lines.push('}');
    } else if (ts.isInterfaceDeclaration(declaration)) {
      if (lines.some((line) => line.startsWith(`interface ${name}`))) continue;
      const heritage = (declaration.heritageClauses ?? [])
        .map((clause) => ` ${clause.getText().replace(/\s+/g, ' ')}`)
        .join('');
      lines.push(`interface ${name}${typeParameters(declaration)}${heritage} {`);
      lines.push(...memberLines(checker, checker.getDeclaredTypeOfSymbol(symbol), declaration));
      lines.push('}');
    } else if (ts.isTypeAliasDeclaration(declaration)) {
      const declared = checker.getTypeFromTypeNode(declaration.type);
      lines.push(
        `type ${name}${typeParameters(declaration)} = ${typeText(checker, declared, declaration, ts.TypeFormatFlags.InTypeAlias, Infinity)};`,
      );
    } else if (ts.isVariableDeclaration(declaration)) {
      const constant = ts.getCombinedNodeFlags(declaration) & ts.NodeFlags.Const ? 'const' : 'let';
      lines.push(
        `${constant} ${name}: ${typeText(checker, checker.getTypeOfSymbolAtLocation(symbol, declaration), declaration)};${typeOnlyNote}`,
      );
    } else if (ts.isEnumDeclaration(declaration)) {
      lines.push(
        `enum ${name} { ${declaration.members.map((member) => member.getText().replace(/\s+/g, ' ')).join(', ')} }`,
      );
    } else if (ts.isModuleDeclaration(declaration)) {
      lines.push(`namespace ${name}`);
    } else {
      lines.push(`${ts.SyntaxKind[declaration.kind]} ${name}`);
    }
  }
  if (symbol.flags & ts.SymbolFlags.Function) {
    const first = declarations.find(ts.isFunctionDeclaration);
    const type = checker.getTypeOfSymbolAtLocation(symbol, first ?? declarations[0]!);
    for (const signature of type.getCallSignatures())
      lines.push(`function ${name}${signatureText(checker, signature, first)};${typeOnlyNote}`);
  }
  if (lines.length === 0) lines.push(`unknown ${name}`);
  return lines;
}

/** Whether `name` reaches the entry point only through `export type` (so no runtime value is exported). */
function isTypeOnlyExport(checker: ts.TypeChecker, exported: ts.Symbol): boolean {
  let current = exported;
  for (let depth = 0; depth < 20 && current.flags & ts.SymbolFlags.Alias; depth++) {
    const declaration = current.declarations?.[0];
    if (declaration && (ts.isTypeOnlyImportDeclaration(declaration) || ts.isTypeOnlyExportDeclaration(declaration)))
      return true;
    const next = checker.getImmediateAliasedSymbol(current);
    if (next === undefined) break;
    current = next;
  }
  return false;
}

/** The compiler options of the workspace tsconfig.json (paths map `@rolefit/*` to the sources). */
function compilerOptions(): ts.CompilerOptions {
  const configFile = join(root, 'tsconfig.json');
  const parsed = ts.getParsedCommandLineOfConfigFile(
    configFile,
    {},
    { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined },
  );
  if (parsed === undefined) throw new Error('tsconfig.json did not parse');
  return { ...parsed.options, noEmit: true };
}

/** One entry point's report: its exported names, sorted, each with its kind and signature. */
export interface EntryReport {
  specifier: string;
  names: string[];
  lines: string[];
}

/** One program over the entry points of every package, for {@link buildApiReports} and {@link optionalWithoutUndefined}. */
export function createApiProgram(packages = packageEntryPoints()): ts.Program {
  const sources = packages.flatMap((pkg) => pkg.entries.map((entry) => join(root, entry.source)));
  return ts.createProgram(sources, compilerOptions());
}

/** The module symbol of each entry point of each package. */
function entryModules(
  program: ts.Program,
  packages: PackageEntryPoints[],
): Array<{ pkg: PackageEntryPoints; entry: EntryPoint; moduleSymbol: ts.Symbol }> {
  const checker = program.getTypeChecker();
  return packages.flatMap((pkg) =>
    pkg.entries.map((entry) => {
      const file = program.getSourceFile(join(root, entry.source));
      const moduleSymbol = file && checker.getSymbolAtLocation(file);
      if (moduleSymbol === undefined) throw new Error(`${entry.specifier}: ${entry.source} is not a module`);
      return { pkg, entry, moduleSymbol };
    }),
  );
}

/** An optional property of a public type that an `exactOptionalPropertyTypes` consumer cannot set to undefined. */
export interface OptionalWithoutUndefined {
  /** `HttpClientSettings.fetch`; `__type.limit` for a property of an inline object type. */
  property: string;
  /** The export it was reached from: `@rolefit/crawlers:createHttpClient(settings)`. */
  reachedFrom: string;
  /** Where the property is declared: `packages/crawlers/src/http/client.ts:40`. */
  declaredAt: string;
}

/** Whether a declared type accepts `undefined` as written (`T | undefined`, `unknown`, `any`). */
function acceptsUndefined(node: ts.TypeNode): boolean {
  if (ts.isParenthesizedTypeNode(node)) return acceptsUndefined(node.type);
  if (ts.isUnionTypeNode(node)) return node.types.some(acceptsUndefined);
  return (
    node.kind === ts.SyntaxKind.UndefinedKeyword ||
    node.kind === ts.SyntaxKind.UnknownKeyword ||
    node.kind === ts.SyntaxKind.AnyKeyword ||
    (ts.isLiteralTypeNode(node) && node.literal.kind === ts.SyntaxKind.UndefinedKeyword)
  );
}

/**
 * The optional properties, declared in the workspace's sources, of every type a public entry point exposes (its
 * exported interfaces and type aliases, and the parameters, results and properties of its exported functions, classes
 * and constants, followed through properties, type arguments and signatures) whose declaration does not say
 * `| undefined`: under a consumer's `exactOptionalPropertyTypes`, `tokenize(text, { stem: maybeStem })` with a
 * `maybeStem: boolean | undefined` fails to compile against `stem?: boolean`. The workspace compiles without that flag,
 * where both spellings mean the same, so the declarations are read as written. A property made optional by a mapped
 * type (`Partial<…>`) of a required one is listed too. Left out: optional methods (`prepare?(jobs): Promise<void>`,
 * which an implementation has or has not; a method is compared bivariantly, a function-typed property is not),
 * optional parameters (which accept undefined under the flag too) and the properties of zod-inferred types (zod
 * writes `?: T | undefined` itself).
 */
export function optionalWithoutUndefined(
  program: ts.Program,
  packages = packageEntryPoints(),
): OptionalWithoutUndefined[] {
  const checker = program.getTypeChecker();
  const found = new Map<string, OptionalWithoutUndefined>();
  const seen = new Set<ts.Type>();
  const ours = (source: ts.SourceFile) => !program.isSourceFileFromExternalLibrary(source) && !source.isDeclarationFile;
  const isOptional = (declaration: ts.Declaration) =>
    (declaration as { questionToken?: ts.QuestionToken }).questionToken !== undefined;

  const visitSignature = (signature: ts.Signature, via: string): void => {
    for (const parameter of signature.getParameters()) {
      const declaration = parameter.valueDeclaration;
      if (declaration)
        visitType(checker.getTypeOfSymbolAtLocation(parameter, declaration), `${via}(${parameter.name})`);
    }
    visitType(signature.getReturnType(), via);
  };

  const visitType = (type: ts.Type, via: string): void => {
    if (seen.has(type)) return;
    seen.add(type);
    if (type.isUnionOrIntersection()) {
      for (const member of type.types) visitType(member, via);
      return;
    }
    if (!(type.flags & ts.TypeFlags.Object)) return;
    const symbol = type.getSymbol() ?? type.aliasSymbol;
    const first = symbol?.declarations?.[0];
    // Types of other libraries (Date, AbortSignal, the Elasticsearch client's) are theirs to declare.
    // A mapped type (`Partial<JobFilter>`) is declared in the library, its properties in the sources.
    const mapped = ((type as ts.ObjectType).objectFlags & ts.ObjectFlags.Mapped) !== 0;
    if (first !== undefined && !ours(first.getSourceFile()) && !mapped) return;
    // `{ [Key in keyof Weights]?: Weights[Key] | undefined }` says it for every property (`Partial<…>` does not).
    const template = mapped ? (type as { declaration?: ts.MappedTypeNode }).declaration?.type : undefined;
    const mappedAcceptsUndefined = template !== undefined && acceptsUndefined(template);
    if ((type as ts.ObjectType).objectFlags & ts.ObjectFlags.Reference)
      for (const argument of checker.getTypeArguments(type as ts.TypeReference)) visitType(argument, via);
    for (const signature of [...type.getCallSignatures(), ...type.getConstructSignatures()])
      visitSignature(signature, via);
    for (const property of checker.getPropertiesOfType(type)) {
      const declarations = property.declarations ?? [];
      if (declarations.length > 0 && !declarations.some((declaration) => ours(declaration.getSourceFile()))) continue;
      if (property.flags & ts.SymbolFlags.Optional && !mappedAcceptsUndefined) {
        // A property required in one branch of a union and `?: undefined` in another is optional as a whole: the
        // required branch is as written.
        const inUnion = declarations.some(isOptional);
        for (const declaration of declarations) {
          if (inUnion && !isOptional(declaration)) continue;
          if (!ts.isPropertySignature(declaration) && !ts.isPropertyDeclaration(declaration)) continue;
          const source = declaration.getSourceFile();
          if (!ours(source)) continue;
          const typeNode = declaration.type;
          if (typeNode !== undefined && isOptional(declaration) && acceptsUndefined(typeNode)) continue;
          const line = source.getLineAndCharacterOfPosition(declaration.getStart()).line + 1;
          const declaredAt = `${relative(root, source.fileName)}:${line}`;
          const key = `${declaredAt}:${property.name}`;
          if (!found.has(key))
            found.set(key, { property: `${symbol?.name ?? '__type'}.${property.name}`, reachedFrom: via, declaredAt });
        }
      }
      const declaration = declarations[0];
      if (declaration !== undefined) visitType(checker.getTypeOfSymbolAtLocation(property, declaration), via);
    }
  };

  for (const { entry, moduleSymbol } of entryModules(program, packages)) {
    for (const exported of checker.getExportsOfModule(moduleSymbol)) {
      const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      const via = `${entry.specifier}:${exported.name}`;
      if (symbol.flags & (ts.SymbolFlags.Interface | ts.SymbolFlags.TypeAlias | ts.SymbolFlags.Class))
        visitType(checker.getDeclaredTypeOfSymbol(symbol), via);
      if (
        symbol.flags & (ts.SymbolFlags.Function | ts.SymbolFlags.Variable | ts.SymbolFlags.Class) &&
        symbol.valueDeclaration
      )
        visitType(checker.getTypeOfSymbolAtLocation(symbol, symbol.valueDeclaration), via);
    }
  }
  return [...found.values()].sort(
    (a, b) => a.declaredAt.localeCompare(b.declaredAt) || a.property.localeCompare(b.property),
  );
}

/** A named type of a public function's signature that no entry point exports: `Matrix (fitKernelRidge(kernel), …)`. */
export interface UnexportedSignatureType {
  /** The type's name. */
  name: string;
  /** Where it was reached: `@rolefit/rankers/testing:fitKernelRidge(kernel)`. */
  reachedFrom: string;
}

/**
 * The interfaces, type aliases, classes and enums declared in the sources that an exported function's parameters or
 * result name (through unions, arrays, Promises and other type arguments) and that no entry point of any published
 * package exports: a consumer cannot write the type of what they pass or get (`const settings: XSettings = …`) without
 * `Parameters<typeof f>[0]`.
 */
export function unexportedSignatureTypes(
  program: ts.Program,
  packages = packageEntryPoints(),
): UnexportedSignatureType[] {
  const checker = program.getTypeChecker();
  const modules = entryModules(program, packages);
  const exported = new Set<ts.Symbol>();
  for (const { moduleSymbol } of modules)
    for (const symbol of checker.getExportsOfModule(moduleSymbol))
      exported.add(symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol);
  const ours = (source: ts.SourceFile) => !program.isSourceFileFromExternalLibrary(source) && !source.isDeclarationFile;
  const named = ts.SymbolFlags.Interface | ts.SymbolFlags.TypeAlias | ts.SymbolFlags.Class | ts.SymbolFlags.Enum;
  const found = new Map<string, UnexportedSignatureType>();
  const visit = (type: ts.Type, via: string, depth: number): void => {
    if (depth > 3) return;
    if (type.isUnionOrIntersection()) {
      for (const member of type.types) visit(member, via, depth);
      return;
    }
    for (const symbol of [type.aliasSymbol, type.getSymbol()]) {
      const declaration = symbol?.declarations?.[0];
      if (symbol === undefined || declaration === undefined || !(symbol.flags & named)) continue;
      if (ours(declaration.getSourceFile()) && !exported.has(symbol) && !found.has(symbol.name))
        found.set(symbol.name, { name: symbol.name, reachedFrom: via });
    }
    for (const argument of type.aliasTypeArguments ?? []) visit(argument, via, depth + 1);
    if ((type as ts.ObjectType).objectFlags & ts.ObjectFlags.Reference)
      for (const argument of checker.getTypeArguments(type as ts.TypeReference)) visit(argument, via, depth + 1);
  };
  for (const { entry, moduleSymbol } of modules)
    for (const symbol of checker.getExportsOfModule(moduleSymbol)) {
      const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
      if (!(target.flags & ts.SymbolFlags.Function) || target.valueDeclaration === undefined) continue;
      const type = checker.getTypeOfSymbolAtLocation(target, target.valueDeclaration);
      for (const signature of type.getCallSignatures()) {
        for (const parameter of signature.getParameters())
          if (parameter.valueDeclaration)
            visit(
              checker.getTypeOfSymbolAtLocation(parameter, parameter.valueDeclaration),
              `${entry.specifier}:${symbol.name}(${parameter.name})`,
              0,
            );
        visit(signature.getReturnType(), `${entry.specifier}:${symbol.name}`, 0);
      }
    }
  return [...found.values()].sort((a, b) => a.name.localeCompare(b.name));
}

/** Builds the API report of every entry point of every package with one ts.Program. */
export function buildApiReports(
  packages = packageEntryPoints(),
  program = createApiProgram(packages),
): Map<string, EntryReport[]> {
  const checker = program.getTypeChecker();
  const reports = new Map<string, EntryReport[]>();
  for (const pkg of packages) {
    const entryReports: EntryReport[] = [];
    for (const entry of pkg.entries) {
      const file = program.getSourceFile(join(root, entry.source));
      const moduleSymbol = file && checker.getSymbolAtLocation(file);
      if (moduleSymbol === undefined) throw new Error(`${entry.specifier}: ${entry.source} is not a module`);
      const exports = [...checker.getExportsOfModule(moduleSymbol)].sort((a, b) =>
        a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
      );
      const lines: string[] = [];
      for (const exported of exports)
        lines.push(...describeSymbol(checker, exported.name, exported, isTypeOnlyExport(checker, exported)));
      entryReports.push({ specifier: entry.specifier, names: exports.map((symbol) => symbol.name), lines });
    }
    reports.set(pkg.name, entryReports);
  }
  return reports;
}

/** The text of a package's checked-in report file. */
export function formatReport(packageName: string, entries: EntryReport[]): string {
  const parts = [
    `# API report: ${packageName}`,
    '',
    '<!-- Generated by test/api-report.test.ts from the sources; do not edit by hand. -->',
    '<!-- After a deliberate change to the public API: ROLEFIT_UPDATE_API=1 npx vitest run test/api-report.test.ts -->',
    '',
  ];
  for (const entry of entries) {
    parts.push(`## ${entry.specifier} (${entry.names.length} exports)`, '', '```ts', ...entry.lines, '```', '');
  }
  return parts.join('\n');
}

/** Where a package's report is checked in. */
export function reportFile(pkg: PackageEntryPoints): string {
  return join(root, pkg.directory, 'api-report.md');
}
