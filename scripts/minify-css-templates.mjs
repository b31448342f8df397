/**
 * Minifies the CSS inside Lit's css`…` templates for the library build. The JS minifier leaves
 * template text as written (indentation, comments, spaces after colons and commas), so every
 * element shipped its styles unminified. Only the static text between `${…}` is touched, never
 * a quoted string: comments go, runs of white space become one space, and spaces around
 * `{ } ; ,`, after `:` in declarations and the last `;` of a block go. Selectors keep their descendant spaces.
 */

/** The minified text of one static part of a css`…` template. */
export function minifyCssText(text) {
  return text
    .split(/('[^'\n]*'|"[^"\n]*")/)
    .map((part, i) => (i % 2 ? part : part
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\s+/g, ' ')
      .replace(/ ?([{};,]) ?/g, '$1')
      // "color: red" → "color:red"; only after a property name, so ".a :hover" keeps its space.
      .replace(/([{;][-\w]+): /g, '$1:')
      .replace(/;}/g, '}')))
    .join('');
}

/** `code` with the static text of every css`…` template minified. */
export function minifyCssTemplates(code) {
  let out = '';
  let at = 0;
  for (let start = code.indexOf('css`', at); start >= 0; start = code.indexOf('css`', at)) {
    out += code.slice(at, start + 4);
    let i = start + 4;
    let text = '';
    const flush = () => {
      out += minifyCssText(text);
      text = '';
    };
    for (; i < code.length && code[i] !== '`'; i++) {
      if (code[i] === '\\') {
        text += code[i] + code[i + 1];
        i++;
      } else if (code[i] === '$' && code[i + 1] === '{') {
        flush();
        let depth = 0;
        const from = i;
        for (; i < code.length; i++) {
          if (code[i] === '{') depth++;
          else if (code[i] === '}' && --depth === 0) break;
        }
        out += code.slice(from, i + 1);
      } else text += code[i];
    }
    flush();
    at = i;
  }
  return out + code.slice(at);
}

/** A Vite/Rolldown plugin that applies minifyCssTemplates to the packages' TypeScript sources. */
export function minifyCssTemplatesPlugin() {
  return {
    name: 'twinning-minify-css-templates',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]packages[\\/][^\\/]+[\\/]src[\\/].*\.ts$/.test(id) || !code.includes('css`')) return null;
      return { code: minifyCssTemplates(code), map: null };
    },
  };
}
