/**
 * Reads the YAML of a content file (a .yaml file, or a Markdown file's frontmatter) into the data Astro's loader
 * makes of it, keeping where each value is written so a problem can name its line. Unquoted dates become Dates as
 * in Astro, but only after their calendar is checked: Astro's YAML parser turns 2025-02-30 into 2 March silently.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { isYamlTimestamp, readYamlTimestamp } from '../dates';

export type FieldPath = (string | number)[];

export interface YamlProblem {
  path: FieldPath; // where the value is, e.g. ['date'] or [0, 'effective']
  line?: number; // 1-based line in the file
  message: string;
}

export interface YamlRead {
  data: unknown; // undefined when the YAML cannot be read
  problems: YamlProblem[]; // syntax errors and impossible dates
  lineOf: (path: FieldPath) => number | undefined; // the line of a value, or of the nearest enclosing one written
}

/** The YAML parser's commonest errors, in words for editors. */
const SYNTAX: Record<string, string> = {
  DUPLICATE_KEY: '同一个字段写了两次',
  BAD_INDENT: '缩进不齐，或括号没有配对',
  MULTILINE_IMPLICIT_KEY: '这一行不是“字段名: 值”的写法（冒号后要有空格，续行要缩进）',
  BLOCK_AS_IMPLICIT_KEY: '这一行不是“字段名: 值”的写法（冒号后要有空格，续行要缩进）',
  MISSING_CHAR: '引号或括号没有配对',
  TAB_AS_INDENT: '缩进请用空格，不要用 Tab',
};

/** `text` starts at line `firstLine` of its file (2 for a frontmatter after its opening ---). */
export function readYaml(text: string, firstLine = 1): YamlRead {
  const counter = new LineCounter();
  const document = parseDocument(text, { lineCounter: counter, prettyErrors: false });
  const lineAt = (offset: number) => counter.linePos(offset).line + firstLine - 1;
  // The first syntax error only: the others usually follow from it.
  const problems: YamlProblem[] = document.errors.slice(0, 1).map((error) => ({
    path: [],
    line: lineAt(error.pos[0]),
    message: `YAML 写法有误：${SYNTAX[error.code] ?? `${error.message.split('\n')[0]}（常见原因：冒号后少了空格、缩进不齐、引号或括号没有配对）`}`,
  }));
  const readable = problems.length === 0;
  if (readable) checkDates(document.contents, [], problems, lineAt);

  const lineOf = (path: FieldPath) => {
    for (let depth = path.length; depth >= 1; depth--) {
      const node = document.getIn(path.slice(0, depth), true) as Node | undefined;
      if (node?.range) return lineAt(node.range[0]);
    }
    return undefined;
  };
  return { data: readable ? document.toJS() : undefined, problems, lineOf };
}

/** Checks every unquoted timestamp and turns the valid ones into Dates, as Astro's parser does. */
function checkDates(node: unknown, path: FieldPath, problems: YamlProblem[], lineAt: (offset: number) => number): void {
  if (isMap(node)) {
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
      checkDates(pair.value, [...path, key], problems, lineAt);
    }
  } else if (isSeq(node)) {
    node.items.forEach((item, index) => checkDates(item, [...path, index], problems, lineAt));
  } else if (isScalar(node) && node.type === 'PLAIN' && typeof node.value === 'string' && isYamlTimestamp(node.value)) {
    const read = readYamlTimestamp(node.value);
    if ('date' in read) node.value = read.date;
    else problems.push({ path, line: node.range ? lineAt(node.range[0]) : undefined, message: read.problem });
  }
}

