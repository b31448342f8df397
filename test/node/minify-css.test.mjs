import assert from 'node:assert/strict';
import { test } from 'node:test';
import { minifyCssTemplates, minifyCssText } from '../../scripts/minify-css-templates.mjs';

test('minifyCssText drops comments and white space but keeps descendant spaces and quoted text', () => {
  const css = `
    /* a comment */
    :host([theme='dark  x']) .a :hover,
    .b > .c {
      color: var(--x, #fff);
      margin: 0 auto;
    }
    @media (prefers-color-scheme: dark) { .d { --_bg: red; } }
  `;
  assert.equal(minifyCssText(css), ` :host([theme='dark  x']) .a :hover,.b > .c{color:var(--x,#fff);margin:0 auto}@media (prefers-color-scheme: dark){.d{--_bg:red}}`);
});

test('minifyCssTemplates changes only the static text of css`…` templates', () => {
  // biome-ignore lint/suspicious/noTemplateCurlyInString: the input is source code, as text
  const code = 'const x = `a:  b`;\nexport const s = css`\n  .a { color: ${`x  y`}; }\n  ${other}\n  .b { top: 0; }\n`;\nconst y = "css";';
  // biome-ignore lint/suspicious/noTemplateCurlyInString: the expected output is source code, as text
  assert.equal(minifyCssTemplates(code), 'const x = `a:  b`;\nexport const s = css` .a{color:${`x  y`}}${other} .b{top:0}`;\nconst y = "css";');
});
