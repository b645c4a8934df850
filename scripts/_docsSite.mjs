// Checks of the rendered typedoc site, used by check-docs.mjs. Plain string work on the HTML
// typedoc writes (its classes tsd-signature, tsd-member-summary, navigation.js): no parser.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { inflateSync } from 'node:zlib';

const ENTITIES = { '&lt;': '<', '&gt;': '>', '&amp;': '&', '&quot;': '"', '&#39;': "'" };

/** The visible text of an HTML fragment. */
export function textOf(html) {
  return html
    .replace(/<[^>]+>/g, '')
    .replace(/&(?:lt|gt|amp|quot|#39);/g, (entity) => ENTITIES[entity])
    .replace(/\s+/g, ' ')
    .trim();
}

/** Every `.tsd-signature` block of a page, as text. */
export function signaturesOf(html) {
  return [...html.matchAll(/<div class="tsd-signature[^"]*"[^>]*>([\s\S]*?)<\/div>/g)].map(
    (match) => textOf(match[1]),
  );
}

/** The top-level keys of every `{ … }` object type written out in a signature text. */
export function inlineObjectKeys(text) {
  const objects = [];
  const stack = [];
  for (let i = 0; i < text.length; i += 1) {
    if (text[i] === '{') stack.push({ start: i + 1, keys: [] });
    else if (text[i] === '}' && stack.length > 0) objects.push(stack.pop().keys);
    else if (stack.length > 0) {
      const key = /^[;{ ]\s*(?:readonly\s+)?([A-Za-z_$][\w$]*)\??:/.exec(text.slice(i));
      if (key !== null && (text[i] === ';' || i === stack.at(-1).start - 1 || text[i] === ' ')) {
        const depth = stack.length;
        // only keys of the innermost open object
        if (depth > 0) stack.at(-1).keys.push(key[1]);
        i += key[0].length - 2;
      }
    }
  }
  return objects.map((keys) => [...new Set(keys)]);
}

function pagesIn(site, folder) {
  const dir = join(site, folder);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.html'))
    .map((name) => ({ path: join(folder, name), html: readFileSync(join(dir, name), 'utf8') }));
}

function allPages(site, folder = '') {
  const out = [];
  for (const name of readdirSync(join(site, folder))) {
    const path = join(folder, name);
    if (statSync(join(site, path)).isDirectory()) out.push(...allPages(site, path));
    else if (name.endsWith('.html')) out.push(path);
  }
  return out;
}

/** The sidebar tree typedoc writes into assets/navigation.js. */
export function navigationOf(site) {
  const source = readFileSync(join(site, 'assets/navigation.js'), 'utf8');
  const data = /"([^"]+)"/.exec(source)?.[1] ?? '';
  return JSON.parse(inflateSync(Buffer.from(data, 'base64')).toString('utf8'));
}

/**
 * The model types: the interfaces in the Models category of the main module, by name, with the
 * keys their declaration lists.
 */
function modelInterfaces(site, navigation) {
  const main = navigation.find((node) => node.path === 'modules/tianmu-indicators.html');
  const models = main?.children?.find((node) => node.text === 'Models')?.children ?? [];
  const result = new Map();
  for (const node of models) {
    if (!node.path?.startsWith('interfaces/')) continue;
    const [declaration] = signaturesOf(readFileSync(join(site, node.path), 'utf8'));
    // Objects close innermost first: the declaration's own keys are the last object's.
    const keys = inlineObjectKeys(declaration ?? '').at(-1) ?? [];
    if (keys.length >= 2) result.set(node.text, { keys, path: node.path });
  }
  return result;
}

function checkSignatures(site, navigation, problems) {
  const models = modelInterfaces(site, navigation);
  if (models.size < 10) problems.push(`only ${models.size} model interfaces found in Models`);
  for (const { path, html } of [...pagesIn(site, 'functions'), ...pagesIn(site, 'classes')]) {
    for (const signature of signaturesOf(html)) {
      if (signature.includes('{')) {
        problems.push(`${path}: a signature writes out an object type: ${signature.slice(0, 120)}`);
      }
    }
  }
  const typed = [...pagesIn(site, 'interfaces'), ...pagesIn(site, 'types')];
  // The zod schemas' own types (variables of tianmu-indicators/schemas) are zod's, not models.
  const variables = pagesIn(site, 'variables').filter((page) => !page.path.includes('_schemas.'));
  for (const { path, html } of [...typed, ...variables]) {
    const signatures = signaturesOf(html);
    const own = path.startsWith('interfaces/') ? signatures.slice(1) : signatures;
    for (const signature of own) {
      for (const keys of inlineObjectKeys(signature)) {
        for (const [name, model] of models) {
          // Written out: an object with all of the model's keys, and mostly its keys (a record
          // that merely has a `value` and a `unit` among many is not a Quantity).
          const same =
            model.keys.every((key) => keys.includes(key)) && model.keys.length * 2 > keys.length;
          if (model.path !== path && same) {
            problems.push(
              `${path}: ${name} written out instead of linked: ${signature.slice(0, 120)}`,
            );
          }
        }
      }
    }
  }
}

function checkCategories(site, navigation, problems) {
  for (const module of navigation) {
    if (!module.path?.startsWith('modules/')) continue;
    for (const child of module.children ?? []) {
      if (child.path !== undefined) problems.push(`${module.text}: ${child.text} has no @category`);
      else if (child.text === 'Other') {
        const names = (child.children ?? []).map((node) => node.text).join(', ');
        problems.push(`${module.text}: in no category: ${names}`);
      }
    }
    const page = readFileSync(join(site, module.path), 'utf8');
    for (const match of page.matchAll(
      /<dt class="tsd-member-summary" id="([^"]+)">[\s\S]*?<dd class="tsd-member-summary">([\s\S]*?)<\/dd>/g,
    )) {
      if (textOf(match[2]) === '') problems.push(`${module.path}: ${match[1]} has no summary`);
    }
  }
}

function decoded(fragment) {
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}

function checkLinks(site, problems) {
  const ids = new Map();
  const idsOf = (path) => {
    if (!ids.has(path)) {
      const html = readFileSync(join(site, path), 'utf8');
      ids.set(path, new Set([...html.matchAll(/\s(?:id|name)="([^"]+)"/g)].map((m) => m[1])));
    }
    return ids.get(path);
  };
  for (const page of allPages(site)) {
    const html = readFileSync(join(site, page), 'utf8');
    for (const match of html.matchAll(/\s(?:href|src)="([^"]*)"/g)) {
      const link = match[1].replace(/&amp;/g, '&');
      if (/^(?:[a-z]+:|\/\/)/i.test(link)) continue;
      const [pathPart, fragment] = link.split('#');
      const target = pathPart === '' ? page : join(dirname(page), pathPart.split('?')[0]);
      const file =
        existsSync(join(site, target)) && statSync(join(site, target)).isDirectory()
          ? join(target, 'index.html')
          : target;
      if (relative(site, join(site, file)).startsWith('..')) {
        problems.push(`${page}: ${link} leaves the site`);
      } else if (!existsSync(join(site, file))) {
        problems.push(`${page}: ${link} does not exist`);
      } else if (/^media\/.*\.md$/.test(file)) {
        problems.push(`${page}: ${link} opens a raw markdown file`);
      } else if (fragment && file.endsWith('.html') && !idsOf(file).has(decoded(fragment))) {
        if (!file.startsWith('assets/')) problems.push(`${page}: ${link} has no such anchor`);
      }
    }
  }
}

/** Every problem of a rendered site, as lines; empty when it passes. */
export function checkSite(site) {
  const problems = [];
  const navigation = navigationOf(site);
  checkSignatures(site, navigation, problems);
  checkCategories(site, navigation, problems);
  checkLinks(site, problems);
  return problems;
}
