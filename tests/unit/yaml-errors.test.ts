// YAML mistakes are reported at the line the editor must fix, with that line's text.
import yaml from 'js-yaml';
import { expect, test } from 'vitest';
import { describeYamlError } from '../../src/node/yaml-errors.ts';

function errorOf(source: string): unknown {
  try {
    yaml.load(source);
  } catch (error) {
    return error;
  }
  throw new Error('the YAML parsed');
}

test('an unclosed quotation mark is reported on its own line, not where parsing stopped', () => {
  const source = [
    '- id: a',
    '  label:',
    '    en: "no closing quote',
    '- id: b',
    '  date: "2024-08"',
    '  section: x',
    '',
  ].join('\n');
  // js-yaml stops later, where the next quotation mark closes the value.
  expect((errorOf(source) as { mark: { line: number } }).mark.line + 1).toBeGreaterThan(3);
  expect(describeYamlError(errorOf(source), source)).toBe(
    'line 3: a quotation mark (") opens here and is not closed on this line: add the closing " (the line reads: en: "no closing quote)',
  );
});

test('a single-quoted value with a doubled quote inside is closed', () => {
  const source = ["title: 'it''s fine'", 'bad: [unclosed', ''].join('\n');
  expect(describeYamlError(errorOf(source), source)).toMatch(/^line \d+, column \d+: .*\(the line reads: /);
});

test('other mistakes keep js-yaml line and column, counted from the first line of the file', () => {
  const source = ['section: x', 'order: 1', '  heading: wrong indent', ''].join('\n');
  const message = describeYamlError(errorOf(source), source, 2);
  expect(message).toMatch(/^line 4, column \d+: .+ \(the line reads: heading: wrong indent\)$/);
});
